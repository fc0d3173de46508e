//! Cases as data: every `tests/cases/<pack>/*.json` and every `tests/personas/*.json` through the
//! engine, checked by one `check` function.
//!
//! A case names a person in a sentence and says which paths the result must show, must not show,
//! in which order and with which standing (`tests/personas/README.md`). Every result is also
//! checked against the invariants. A directory under `tests/cases/` is a pack id, so a new country's
//! cases run as soon as they are added; a malformed case file fails with what is wrong and where.
//! Every failing case is reported, by name, in one run.

use serde::Deserialize;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use waymark::engine::pack::Pack;
use waymark::engine::{evaluate, facts, invariants, Date, Facts, Standing};
use waymark::flow::{self, Answer, Ask};
use waymark::rules;

/// One case, as written in a case file or a persona file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    #[serde(default)]
    pack: Option<String>,
    facts: serde_json::Map<String, serde_json::Value>,
    #[serde(default)]
    must_include: Vec<String>,
    #[serde(default)]
    must_exclude: Vec<String>,
    #[serde(default)]
    ranked_above: Vec<(String, String)>,
    #[serde(default)]
    may_apply: Vec<String>,
    #[serde(default)]
    info_only: Vec<String>,
    /// Notices the results page must show (by id).
    #[serde(default)]
    notices: Vec<String>,
    /// The day to evaluate on, `YYYY-MM-DD` (dated rules depend on it); `DEFAULT_ON` when absent.
    #[serde(default)]
    on: Option<String>,
}

/// The day a case is evaluated on unless it says otherwise: fixed, so that a case never changes
/// its result with the calendar.
const DEFAULT_ON: Date = Date::new(2026, 11, 29).unwrap();

impl Case {
    /// The case's evaluation day (checked when the file is read).
    fn on(&self) -> Date {
        self.on.as_deref().and_then(Date::parse).unwrap_or(DEFAULT_ON)
    }
}

/// A case ready to run: where it came from, its pack id and its facts.
struct Loaded {
    file: String,
    pack: String,
    case: Case,
    facts: Facts,
}

fn cases_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases")
}

fn personas_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/personas")
}

fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    v.sort();
    v
}

/// Parses one case file: a JSON array of cases. `dir_pack` is the pack its directory names (none for
/// personas, whose cases each name their pack). Returns the cases, or every problem found.
fn parse_file(file: &str, text: &str, dir_pack: Option<&str>) -> Result<Vec<Loaded>, Vec<String>> {
    let cases: Vec<Case> = serde_json::from_str(text).map_err(|e| vec![format!("{file}: not a JSON array of cases: {e}")])?;
    let mut out = Vec::new();
    let mut problems = Vec::new();
    let mut names = BTreeSet::new();
    for case in cases {
        let at = format!("{file}: case \"{}\"", case.name);
        if case.name.trim().is_empty() {
            problems.push(format!("{file}: a case has no name; name it by a sentence"));
        }
        if !names.insert(case.name.clone()) {
            problems.push(format!("{at}: the name is used twice in this file"));
        }
        let pack = match (dir_pack, case.pack.as_deref()) {
            (Some(d), Some(p)) if d != p => {
                problems.push(format!("{at}: names pack `{p}` but is in the directory of pack `{d}`"));
                continue;
            }
            (Some(d), _) => d.to_string(),
            (None, Some(p)) => p.to_string(),
            (None, None) => {
                problems.push(format!("{at}: has no \"pack\""));
                continue;
            }
        };
        let loaded_pack = match rules::load(&pack) {
            Ok(p) => p,
            Err(e) => {
                problems.push(format!("{at}: pack `{pack}` does not load: {}", e.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("; ")));
                continue;
            }
        };
        let facts = match facts::from_json(&serde_json::Value::Object(case.facts.clone()).to_string()) {
            Ok(f) => f,
            Err(errors) => {
                problems.push(format!("{at}: bad facts: {}", errors.join("; ")));
                continue;
            }
        };
        let ids = case
            .must_include
            .iter()
            .chain(&case.must_exclude)
            .chain(&case.may_apply)
            .chain(&case.info_only)
            .chain(case.ranked_above.iter().flat_map(|(a, b)| [a, b]));
        for id in ids {
            if loaded_pack.path(id).is_none() {
                problems.push(format!("{at}: `{id}` is not a path of pack `{pack}`"));
            }
        }
        if let Some(on) = &case.on {
            if Date::parse(on).is_none() {
                problems.push(format!("{at}: `on` is `{on}`, not a date in the form YYYY-MM-DD"));
            }
        }
        for n in &case.notices {
            if !loaded_pack.notices.iter().any(|x| &x.id == n) {
                problems.push(format!("{at}: notice `{n}` is not a notice of pack `{pack}`"));
            }
        }
        for id in &case.must_include {
            if case.must_exclude.contains(id) {
                problems.push(format!("{at}: `{id}` is both in must_include and must_exclude"));
            }
        }
        out.push(Loaded { file: file.to_string(), pack, case, facts });
    }
    if problems.is_empty() { Ok(out) } else { Err(problems) }
}

/// Whether `facts` are what a finished walk through the flow gives: walking the flow from them
/// (with only options the flow offers) gives them back. Invariant 8 applies to those.
fn is_complete_walk(facts: &Facts) -> bool {
    let answers = flow::answers_from_facts(facts);
    let offered = answers.0.iter().all(|(id, a)| match (flow::question(id).map(|q| q.ask), a) {
        (Some(Ask::One { prefer_not, .. }), Answer::One(None)) => prefer_not,
        _ => true,
    });
    offered && answers.is_complete() && answers.facts() == *facts
}

/// Checks one case under `pack`: every expectation and every invariant. Returns what failed.
fn check(pack: &Pack, case: &Case, facts: &Facts) -> Vec<String> {
    let a = evaluate(pack, facts, case.on());
    let mut out = Vec::new();
    for id in &case.must_include {
        if a.get(id).is_none() {
            out.push(format!("`{id}` is missing"));
        }
    }
    for id in &case.must_exclude {
        if a.get(id).is_some() {
            out.push(format!("`{id}` is shown but must not be"));
        }
    }
    for (want, ids) in [(Standing::MayApply, &case.may_apply), (Standing::InfoOnly, &case.info_only)] {
        for id in ids {
            match a.get(id) {
                None => out.push(format!("`{id}` is missing (expected {want:?})")),
                Some(p) if p.standing != want => {
                    out.push(format!("`{id}` is {:?} (held by {:?}), expected {want:?}", p.standing, p.held_by))
                }
                Some(_) => {}
            }
        }
    }
    for n in &case.notices {
        if !a.notices.iter().any(|x| &x.id == n) {
            out.push(format!("notice `{n}` is not shown"));
        }
    }
    for (x, y) in &case.ranked_above {
        match (a.get(x), a.get(y)) {
            (Some(p), Some(q)) if p.rank < q.rank => {}
            (Some(p), Some(q)) => out.push(format!("`{x}` (rank {}) is not above `{y}` (rank {})", p.rank, q.rank)),
            _ => out.push(format!("`{x}` above `{y}`: both must be shown")),
        }
    }
    out.extend(invariants::check(pack, facts, &a, is_complete_walk(facts)));
    out.extend(invariants::check_across_wishes(pack, facts, case.on()));
    if !out.is_empty() {
        let shown: Vec<String> = a.paths.iter().map(|p| format!("{}{}", p.id, if p.standing == Standing::InfoOnly { " (info)" } else { "" })).collect();
        out.push(format!("shown: {}", shown.join(", ")));
    }
    out
}

/// Every case file: those of `tests/cases/<pack>/` and the personas.
fn load_all() -> (Vec<Loaded>, Vec<String>) {
    let mut cases = Vec::new();
    let mut problems = Vec::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut add = |path: &Path, dir_pack: Option<&str>| {
        let file = path.strip_prefix(root).unwrap_or(path).display().to_string();
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {file}: {e}"));
        match parse_file(&file, &text, dir_pack) {
            Ok(c) => cases.extend(c),
            Err(p) => problems.extend(p),
        }
    };
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(cases_dir()).expect("tests/cases").map(|e| e.unwrap().path()).filter(|p| p.is_dir()).collect();
    dirs.sort();
    for dir in dirs {
        let pack = dir.file_name().unwrap().to_string_lossy().to_string();
        for f in json_files(&dir) {
            add(&f, Some(&pack));
        }
    }
    let personas = personas_dir();
    assert!(personas.is_dir(), "the persona vectors are missing: no directory {}", personas.display());
    for f in json_files(&personas) {
        add(&f, None);
    }
    (cases, problems)
}

fn report(failures: &[String]) {
    assert!(failures.is_empty(), "{} failing case(s):\n\n{}", failures.len(), failures.join("\n\n"));
}

#[test]
fn every_case_and_persona_holds() {
    let (cases, mut failures) = load_all();
    for l in &cases {
        let pack = rules::load(&l.pack).expect("checked when loading");
        let broken = check(&pack, &l.case, &l.facts);
        if !broken.is_empty() {
            failures.push(format!("{} [{}]: \"{}\"\n  {}", l.file, l.pack, l.case.name, broken.join("\n  ")));
        }
    }
    report(&failures);
}

/// A country pack can never weaken protection: each protection case of the generic pack holds in
/// every country pack too, for a person in that country.
#[test]
fn country_packs_keep_every_generic_protection_case() {
    let file = cases_dir().join("generic/protection.json");
    let text = std::fs::read_to_string(&file).expect("tests/cases/generic/protection.json");
    let cases = parse_file(&file.display().to_string(), &text, Some("generic")).unwrap_or_else(|p| panic!("{}", p.join("\n")));
    assert!(cases.len() >= 10, "the generic protection cases are missing");
    let mut failures = Vec::new();
    for id in rules::ids().filter(|id| *id != "generic") {
        let pack = rules::load(id).unwrap_or_else(|p| panic!("pack `{id}` does not load: {p:?}"));
        for l in &cases {
            let mut facts = l.facts.clone();
            facts.set("host_country", &id.to_uppercase());
            let broken = check(&pack, &l.case, &facts);
            if !broken.is_empty() {
                failures.push(format!("pack `{id}`: \"{}\"\n  {}", l.case.name, broken.join("\n  ")));
            }
        }
    }
    report(&failures);
}

/// Each shipped pack has cases of its own.
#[test]
fn every_shipped_pack_has_cases() {
    for id in rules::ids() {
        let dir = cases_dir().join(id);
        assert!(dir.is_dir() && !json_files(&dir).is_empty(), "pack `{id}` has no cases in {}", dir.display());
    }
}

/// Every rule of the generic pack is exercised by some case: it fires for a case, and its path is
/// then shown.
#[test]
fn every_generic_rule_fires_in_some_case() {
    let pack = rules::load("generic").unwrap();
    let (cases, problems) = load_all();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let generic: Vec<&Loaded> = cases.iter().filter(|l| l.pack == "generic").collect();
    let unfired: Vec<&str> = pack
        .rules
        .iter()
        .filter(|r| {
            !generic.iter().any(|l| r.when.eval(&l.facts) && !r.unless.as_ref().is_some_and(|u| u.eval(&l.facts)) && l.case.must_include.contains(&r.path))
        })
        .map(|r| r.id.as_str())
        .collect();
    assert!(unfired.is_empty(), "no generic case shows these rules firing (with their path in must_include): {unfired:?}");
}

/// A malformed case file fails with a message that says what is wrong.
#[test]
fn malformed_case_files_are_rejected_with_a_clear_message() {
    let ok = r#"{"name": "A", "facts": {"location": "host"}, "must_include": ["counsellor"]}"#;
    let table: &[(&str, Option<&str>, &str)] = &[
        ("[{", Some("generic"), "not a JSON array of cases"),
        (r#"{"name": "A"}"#, Some("generic"), "not a JSON array of cases"),
        (r#"[{"name": "A", "facts": {}, "must_inclde": ["counsellor"]}]"#, Some("generic"), "unknown field `must_inclde`"),
        (r#"[{"name": "A", "facts": {}, "must_include": ["asylum"]}]"#, Some("generic"), "`asylum` is not a path of pack `generic`"),
        (r#"[{"name": "A", "facts": {}, "ranked_above": [["avrr", "avr"]]}]"#, Some("generic"), "`avr` is not a path of pack `generic`"),
        (r#"[{"name": "A", "facts": {"wish": "home"}}]"#, Some("generic"), "`wish` has the value `home`"),
        (r#"[{"name": "A", "facts": {"mood": "good"}}]"#, Some("generic"), "unknown fact `mood`"),
        (r#"[{"name": "A", "facts": {}, "must_include": ["avrr"], "must_exclude": ["avrr"]}]"#, Some("generic"), "both in must_include and must_exclude"),
        (r#"[{"name": "A", "pack": "de", "facts": {}}]"#, Some("generic"), "names pack `de` but is in the directory of pack `generic`"),
        (r#"[{"name": "A", "facts": {}}]"#, None, "has no \"pack\""),
        (r#"[{"name": "A", "facts": {}}]"#, Some("xx"), "pack `xx` does not load"),
        (r#"[{"name": "", "facts": {}}]"#, Some("generic"), "a case has no name"),
        (r#"[{"name": "A", "facts": {}, "on": "2026-02-30"}]"#, Some("generic"), "`on` is `2026-02-30`, not a date"),
        (r#"[{"name": "A", "facts": {}, "notices": ["return_and_remain"]}]"#, Some("generic"), "notice `return_and_remain` is not a notice of pack `generic`"),
    ];
    let mut wrong = Vec::new();
    for (text, pack, expected) in table {
        match parse_file("bad.json", text, *pack) {
            Ok(_) => wrong.push(format!("{text}: accepted")),
            Err(p) if !p.iter().any(|m| m.contains(expected)) => wrong.push(format!("{text}: {p:?} does not say {expected:?}")),
            Err(_) => {}
        }
    }
    let dup = format!("[{ok}, {ok}]");
    if !parse_file("dup.json", &dup, Some("generic")).is_err_and(|p| p.iter().any(|m| m.contains("used twice"))) {
        wrong.push("a duplicated case name is accepted".into());
    }
    assert!(parse_file("ok.json", &format!("[{ok}]"), Some("generic")).is_ok());
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// `check` reports each kind of broken expectation (so a passing case means something).
#[test]
fn check_reports_each_broken_expectation() {
    let pack = rules::load("generic").unwrap();
    let facts = Facts::new().with("location", "host").with("wish", "return").with("means", "travel_help").with("pressure", "yes");
    let case = |json: &str| -> Case { serde_json::from_str(json).unwrap() };
    let table: &[(&str, &str)] = &[
        (r#"{"name": "x", "facts": {}, "must_include": ["asylum_referral"]}"#, "`asylum_referral` is missing"),
        (r#"{"name": "x", "facts": {}, "must_exclude": ["avrr"]}"#, "`avrr` is shown but must not be"),
        (r#"{"name": "x", "facts": {}, "may_apply": ["avrr"]}"#, "`avrr` is InfoOnly"),
        (r#"{"name": "x", "facts": {}, "info_only": ["origin_reception"]}"#, "`origin_reception` is MayApply"),
        (r#"{"name": "x", "facts": {}, "ranked_above": [["counsellor", "avrr"]]}"#, "is not above"),
        (r#"{"name": "x", "facts": {}, "ranked_above": [["safety_hold", "avrr"]]}"#, "both must be shown"),
        (r#"{"name": "x", "facts": {}, "notices": ["reentry_loss"]}"#, "notice `reentry_loss` is not shown"),
    ];
    for (json, expected) in table {
        let broken = check(&pack, &case(json), &facts);
        assert!(broken.iter().any(|b| b.contains(expected)), "{json}: {broken:?} does not say {expected:?}");
    }
    let fine = check(&pack, &case(r#"{"name": "x", "facts": {}, "must_include": ["avrr"], "info_only": ["avrr"]}"#), &facts);
    assert!(fine.is_empty(), "{fine:?}");
}

/// The personas are kept in `tests/personas/` so that a clone tests without the team's shared
/// folder beside it; where `../shared/personas` is there, the copy must equal it file for file, so
/// a new or changed shared vector is never silently missed.
#[test]
fn the_vendored_personas_equal_the_shared_ones() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/personas");
    if !shared.is_dir() {
        return;
    }
    let list = |d: &Path| -> Vec<(String, String)> {
        let mut v: Vec<(String, String)> = std::fs::read_dir(d)
            .unwrap()
            .map(|e| e.unwrap().path())
            .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap_or_default()))
            .collect();
        v.sort();
        v
    };
    assert_eq!(list(&personas_dir()), list(&shared), "copy ../shared/personas/* into tests/personas/");
}
