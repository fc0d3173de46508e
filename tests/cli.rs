//! The native binary as pack authors, counsellors and CI use it: `waymark evaluate` prints the JSON
//! of the contract in `vocabulary.md`, bad input exits 2 with a message naming what was wrong and
//! what is allowed, and `waymark validate` passes every shipped pack and lists every problem of a
//! broken one, never panicking.

use serde_json::Value as Json;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use waymark::engine::{evaluate, facts};
use waymark::rules;

/// The day the tests evaluate on (dated rules depend on it; the engine has no clock).
const ON: waymark::engine::Date = waymark::engine::Date::new(2026, 11, 29).unwrap();

fn waymark(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_waymark")).args(args).output().expect("the waymark binary runs")
}

/// A scratch directory for one test, under the system's temporary directory; removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(test: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("waymark-cli-test-{}-{test}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, text).unwrap();
        path
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

/// The persona vectors, each as (name, pack, facts).
fn personas() -> Vec<(String, String, Json)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/personas");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == "json") {
            let cases: Vec<Json> = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            for c in cases {
                out.push((c["name"].as_str().unwrap().to_string(), c["pack"].as_str().unwrap().to_string(), c["facts"].clone()));
            }
        }
    }
    assert!(!out.is_empty(), "no persona in {}", dir.display());
    out
}

#[test]
fn evaluate_prints_the_contract_json_for_every_persona() {
    let scratch = Scratch::new("evaluate");
    let kinds = ["protection", "return", "stay", "advice"];
    for (i, (name, pack_id, facts_json)) in personas().into_iter().enumerate() {
        let file = scratch.write(&format!("persona-{i}.json"), &facts_json.to_string());
        let o = waymark(&["evaluate", "--pack", &pack_id, "--on", &ON.to_string(), file.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(0), "{name}: {}", stderr(&o));
        let out: Json = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{name}: the output is not JSON: {e}"));
        assert_eq!(out["pack"], Json::from(pack_id.as_str()), "{name}");
        assert_eq!(out["on"], Json::from("2026-11-29"), "{name}: the JSON says the day it used");
        let pack = rules::load(&pack_id).unwrap();
        assert_eq!(out["rules_as_of"], Json::from(pack.rules_as_of.as_str()), "{name}");
        let paths = out["paths"].as_array().unwrap_or_else(|| panic!("{name}: no `paths` array"));
        assert!(!paths.is_empty(), "{name}");
        for (rank, p) in paths.iter().enumerate() {
            let id = p["id"].as_str().unwrap_or_else(|| panic!("{name}: a path without an id"));
            assert!(pack.path(id).is_some(), "{name}: `{id}` is not a path of the pack");
            assert!(kinds.contains(&p["kind"].as_str().unwrap_or("")), "{name}: `{id}` has kind {}", p["kind"]);
            assert!(["may_apply", "info_only"].contains(&p["standing"].as_str().unwrap_or("")), "{name}: `{id}` has standing {}", p["standing"]);
            assert_eq!(p["rank"], Json::from(rank + 1), "{name}: `{id}` is out of rank order");
            let because = p["because"].as_array().unwrap_or_else(|| panic!("{name}: `{id}` has no `because`"));
            assert!(because.iter().all(|k| k.as_str().is_some_and(|k| facts::spec(k).is_some())), "{name}: `{id}` because {because:?}");
            let cites = p["cites"].as_array().unwrap_or_else(|| panic!("{name}: `{id}` has no `cites`"));
            assert!(!cites.is_empty() && cites.iter().all(|c| c.as_str().is_some_and(|c| !c.is_empty())), "{name}: `{id}` cites {cites:?}");
        }
        // The CLI shows what the engine decides, in the same order.
        let f = facts::from_json(&facts_json.to_string()).unwrap();
        let expected: Vec<(String, Json)> = evaluate(&pack, &f, ON).paths.iter().map(|p| (p.id.clone(), serde_json::to_value(p.standing).unwrap())).collect();
        let got: Vec<(String, Json)> = paths.iter().map(|p| (p["id"].as_str().unwrap().to_string(), p["standing"].clone())).collect();
        assert_eq!(got, expected, "{name}");
    }
}

/// The day is an input: the same facts before and after a route's last day give different
/// standings, the JSON says which day was used, and without `--on` the day is today's (UTC).
#[test]
fn evaluate_uses_the_day_given_by_on_or_today() {
    let scratch = Scratch::new("on");
    let file = scratch.write(
        "tolerated.json",
        r#"{"location": "host", "host_country": "DE", "wish": "stay", "stay_status": "tolerated", "time_in_host": "8_plus"}"#,
    );
    let route = |on: Option<&str>| -> (Json, Json) {
        let mut args = vec!["evaluate", "--pack", "de"];
        if let Some(d) = on {
            args.extend(["--on", d]);
        }
        args.push(file.to_str().unwrap());
        let o = waymark(&args);
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        let out: Json = serde_json::from_slice(&o.stdout).unwrap();
        let p = out["paths"].as_array().unwrap().iter().find(|p| p["id"] == "regularisation_de_opportunity_residence").cloned().unwrap_or(Json::Null);
        (out["on"].clone(), p["standing"].clone())
    };
    assert_eq!(route(Some("2025-12-30")), (Json::from("2025-12-30"), Json::from("may_apply")));
    assert_eq!(route(Some("2025-12-31")), (Json::from("2025-12-31"), Json::from("info_only")));
    let (today, _) = route(None);
    let today = today.as_str().expect("`on` is a string").to_string();
    assert!(waymark::engine::Date::parse(&today).is_some_and(|d| d >= ON), "today is {today}");
    for bad in ["2026-02-30", "29.11.2026", "tomorrow"] {
        let o = waymark(&["evaluate", "--pack", "de", "--on", bad, file.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(2), "--on {bad}");
        assert!(o.stdout.is_empty());
        assert!(stderr(&o).contains(&format!("--on `{bad}` is not a date in the form YYYY-MM-DD")), "{}", stderr(&o));
    }
    let o = waymark(&["evaluate", "--pack", "de", "--on"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}

/// Bad input: exit 2, nothing on standard output, and a message naming the key and what it takes.
#[test]
fn bad_facts_exit_2_with_a_message_naming_the_key_and_the_allowed_values() {
    let scratch = Scratch::new("bad-facts");
    let rows: &[(&str, &str, &[&str])] = &[
        (r#"{"wishes": "return"}"#, "unknown key", &["wishes", "respondent", "wish", "in_training"]),
        (r#"{"wish": "home"}"#, "unknown value", &["wish", "home", "return, stay, elsewhere, unsure"]),
        (r#"{"host_country": "de"}"#, "a country in lower case", &["host_country", "de", "ISO 3166-1 alpha-2"]),
        (r#"{"restart_needs": "job"}"#, "a list fact given one string", &["restart_needs", "array", "job, training"]),
        (r#"{"restart_needs": ["job", "villa"]}"#, "an unknown item of a list", &["restart_needs", "villa", "job, training"]),
        (r#"{"age_band": 16}"#, "a number", &["age_band", "16", "under_15, 15_17"]),
        (r#"{"wish": "return", "pressure": "maybe"}"#, "one good and one bad", &["pressure", "maybe", "yes, no"]),
        (r#"["wish", "return"]"#, "not an object", &["one JSON object"]),
        (r#"{"wish": "return""#, "broken JSON", &["not valid JSON"]),
    ];
    for (i, (text, what, expected)) in rows.iter().enumerate() {
        let file = scratch.write(&format!("bad-{i}.json"), text);
        let o = waymark(&["evaluate", "--pack", "generic", file.to_str().unwrap()]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{what}: {err}");
        assert!(o.stdout.is_empty(), "{what}: something was printed: {}", String::from_utf8_lossy(&o.stdout));
        for e in *expected {
            assert!(err.contains(e), "{what}: the message does not name {e:?}:\n{err}");
        }
    }
    let o = waymark(&["evaluate", "--pack", "xx", scratch.write("ok.json", "{}").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no pack `xx`") && stderr(&o).contains("generic"), "{}", stderr(&o));
    let o = waymark(&["evaluate", "--pack", "generic", scratch.0.join("missing.json").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("missing.json"));
    let o = waymark(&["frobnicate"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("usage"));
}

#[test]
fn validate_passes_every_shipped_pack() {
    for id in rules::ids() {
        let file = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("src/rules/packs/{id}.json"));
        let o = waymark(&["validate", file.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(0), "pack `{id}`: {}", stderr(&o));
        assert!(String::from_utf8_lossy(&o.stdout).contains(&format!("pack `{id}` is valid")));
    }
}

/// A country pack around `rules` (and `paths`), as a pack author would write it.
fn country_pack(paths: &str, rules: &str) -> String {
    format!(
        r#"{{"id": "pt", "jurisdiction": "Test", "version": "0.0.1", "rules_as_of": "2026-01-01", "reviewed": "2026-01-02",
            "extends": "generic", "paths": [{paths}], "rules": [{rules}]}}"#
    )
}

const CITE: &str = r#"[{"title": "Lei de Teste, art. 1", "source": "A law, art. 1", "id": "https://example.org/law", "read": "2026-01-01"}]"#;
const PATH: &str = r#"{"id": "regularisation_pt_test", "kind": "stay", "order": 140}"#;

fn rule(id: &str, when: &str, extra: &str) -> String {
    format!(r#"{{"id": "{id}", "path": "regularisation_pt_test", "when": {when}, "cites": {CITE}{extra}}}"#)
}

#[test]
fn validate_lists_each_problem_of_a_broken_pack_and_never_panics() {
    let scratch = Scratch::new("validate");
    let ok = rule("pt_ok", r#"{"is": {"wish": ["stay"]}}"#, "");
    let rows: Vec<(&str, String, &[&str])> = vec![
        ("bad JSON syntax", country_pack(PATH, &ok).replacen("\"rules\": [", "\"rules\": [,", 1), &["line 2, column"]),
        ("an unknown field", country_pack(PATH, &ok).replacen("\"version\"", "\"colour\": \"red\", \"version\"", 1), &["unknown field `colour`"]),
        ("an official source without its title", country_pack(PATH, &ok.replacen("\"title\": \"Lei de Teste, art. 1\", ", "", 1)), &["rules.pt_ok: citation of `A law, art. 1`: `title` must be"]),
        ("an unknown fact", country_pack(PATH, &rule("pt_bad", r#"{"is": {"mood": ["good"]}}"#, "")), &["rules.pt_bad.when", "unknown fact `mood`"]),
        ("an unknown value", country_pack(PATH, &rule("pt_bad", r#"{"is": {"wish": ["home"]}}"#, "")), &["rules.pt_bad.when", "no value `home`", "return, stay"]),
        ("a rule with no citation", country_pack(PATH, &ok.replacen(CITE, "[]", 1)), &["rules.pt_ok", "has no citation"]),
        ("a path no rule yields", country_pack(&format!(r#"{PATH}, {{"id": "regularisation_pt_orphan", "kind": "stay", "order": 141}}"#), &ok), &["paths.regularisation_pt_orphan", "no rule yields this path"]),
        ("a rule that can never fire", country_pack(PATH, &rule("pt_never", r#"{"all": [{"is": {"wish": ["stay"]}}, {"is": {"wish": ["return"]}}]}"#, "")), &["rules.pt_never", "can never fire"]),
        ("a duplicate rule id", country_pack(PATH, &format!("{ok}, {ok}")), &["rules.pt_ok", "duplicate rule id"]),
        ("a rule that reuses a generic rule id", country_pack(PATH, &rule("avrr", r#"{"is": {"wish": ["stay"]}}"#, "")), &["rules.avrr", "duplicate rule id"]),
        ("a duplicate path id", country_pack(&format!("{PATH}, {PATH}"), &ok), &["paths.regularisation_pt_test", "duplicate path id"]),
        ("an override of a missing rule", country_pack(PATH, &rule("pt_o", r#"{"is": {"wish": ["stay"]}}"#, r#", "overrides": ["pt_ghost"]"#)), &["rules.pt_o", "overrides rule `pt_ghost`, which does not exist"]),
        (
            "a cycle of overrides",
            country_pack(PATH, &format!("{}, {}", rule("pt_a", r#"{"is": {"wish": ["stay"]}}"#, r#", "overrides": ["pt_b"]"#), rule("pt_b", r#"{"is": {"wish": ["unsure"]}}"#, r#", "overrides": ["pt_a"]"#))),
            &["overrides form a cycle", "pt_a", "pt_b"],
        ),
        ("weakening a generic protection rule", country_pack(PATH, &rule("pt_quiet", r#"{"is": {"wish": ["stay"]}}"#, r#", "overrides": ["asylum_referral"]"#)), &["rules.pt_quiet", "overrides the generic protection rule `asylum_referral`"]),
        ("a country path named like a generic one", country_pack(r#"{"id": "asylum_fast", "kind": "protection", "order": 5}"#, &ok), &["paths.asylum_fast", "regularisation_pt_<name>"]),
        ("a bad date", country_pack(PATH, &ok).replacen("2026-01-02", "yesterday", 1), &["reviewed", "`yesterday` is not a date"]),
        ("a `from` that is not a date", country_pack(PATH, &rule("pt_d", r#"{"is": {"wish": ["stay"]}}"#, r#", "from": "2026-02-30""#)), &["rules.pt_d", "`from` is `2026-02-30`, not a date"]),
        ("an `until` that is not a date", country_pack(PATH, &rule("pt_d", r#"{"is": {"wish": ["stay"]}}"#, r#", "until": "soon""#)), &["rules.pt_d", "`until` is `soon`, not a date"]),
        ("a rule that ends before it starts", country_pack(PATH, &rule("pt_d", r#"{"is": {"wish": ["stay"]}}"#, r#", "from": "2026-03-01", "until": "2026-02-28""#)), &["rules.pt_d", "`from` (2026-03-01) is after `until` (2026-02-28)"]),
        ("the old `ended` field", country_pack(PATH, &rule("pt_d", r#"{"is": {"wish": ["stay"]}}"#, r#", "ended": "2026-01-01""#)), &["unknown field `ended`"]),
        ("a local name of an unknown fact", country_pack(PATH, &ok).replacen("\"paths\"", r#""local_names": {"paper": {"yes": "Duldung"}}, "paths""#, 1), &["local_names.paper", "unknown fact `paper`"]),
        ("a local name of an unknown value", country_pack(PATH, &ok).replacen("\"paths\"", r#""local_names": {"stay_status": {"suspended": "Duldung"}}, "paths""#, 1), &["local_names.stay_status", "no value `suspended`"]),
        ("an empty local name", country_pack(PATH, &ok).replacen("\"paths\"", r#""local_names": {"stay_status": {"tolerated": " "}}, "paths""#, 1), &["local_names.stay_status.tolerated", "1 to 60 characters"]),
        ("a local name too long", country_pack(PATH, &ok).replacen("\"paths\"", &format!(r#""local_names": {{"stay_status": {{"tolerated": "{}"}}}}, "paths""#, "D".repeat(61)), 1), &["local_names.stay_status.tolerated", "1 to 60 characters"]),
        ("a victims' route that is not the pack's path", country_pack(PATH, &ok).replacen("\"paths\"", r#""victim_routes": ["regularisation"], "paths""#, 1), &["victim_routes.regularisation", "not a path this pack declares"]),
        (
            "a victims' route that is not a stay path",
            country_pack(&format!(r#"{PATH}, {{"id": "pt_victims", "kind": "protection", "order": 95}}"#), &format!(r#"{ok}, {{"id": "pt_v", "path": "pt_victims", "when": {{"is": {{"trafficking_signs": ["yes"]}}}}, "cites": {CITE}}}"#)).replacen("\"paths\"", r#""victim_routes": ["pt_victims"], "paths""#, 1),
            &["victim_routes.pt_victims", "is a `protection` path"],
        ),
        ("a pack that extends nothing known", country_pack(PATH, &ok).replacen("\"extends\": \"generic\"", "\"extends\": \"global\"", 1), &["extends", "`global` is not known"]),
        ("not JSON at all", "\u{0}\u{1}binary".to_string(), &["line 1, column"]),
        ("an empty file", String::new(), &["line 1, column 0"]),
    ];
    let mut wrong = Vec::new();
    for (i, (what, text, expected)) in rows.iter().enumerate() {
        let file = scratch.write(&format!("pack-{i}.json"), text);
        let o = waymark(&["validate", file.to_str().unwrap()]);
        let err = stderr(&o);
        if o.status.code() != Some(2) {
            wrong.push(format!("{what}: exit {:?} (2 expected; 101 is a panic)\n{err}", o.status.code()));
            continue;
        }
        for e in *expected {
            if !err.contains(e) {
                wrong.push(format!("{what}: the problems do not say {e:?}:\n{err}"));
            }
        }
    }
    // One pack with many problems lists every one of them.
    let all = country_pack(
        PATH,
        &[
            rule("pt_m1", r#"{"is": {"mood": ["good"]}}"#, ""),
            rule("pt_m2", r#"{"is": {"wish": ["home"]}}"#, ""),
            rule("pt_m3", r#"{"is": {"wish": ["stay"]}}"#, r#", "overrides": ["asylum_referral", "pt_ghost"]"#),
            rule("pt_m4", r#"{"all": [{"is": {"wish": ["stay"]}}, {"absent": ["wish"]}]}"#, ""),
        ]
        .join(", "),
    );
    let o = waymark(&["validate", scratch.write("pack-all.json", &all).to_str().unwrap()]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    for e in ["unknown fact `mood`", "no value `home`", "generic protection rule `asylum_referral`", "`pt_ghost`, which does not exist", "rules.pt_m4: can never fire", "5 problem(s)"] {
        if !err.contains(e) {
            wrong.push(format!("a pack with many problems: {e:?} is not listed:\n{err}"));
        }
    }
    let o = waymark(&["validate", scratch.0.join("no-such-pack.json").to_str().unwrap()]);
    if o.status.code() != Some(2) || !stderr(&o).contains("no-such-pack.json") {
        wrong.push(format!("a missing file: exit {:?}: {}", o.status.code(), stderr(&o)));
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n\n"));
}

#[test]
fn sizes_lists_every_locale_and_pack_with_what_it_embeds() {
    let o = waymark(&["sizes"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = String::from_utf8_lossy(&o.stdout).to_string();
    let listed: Vec<(String, String, usize)> = out
        .lines()
        .map(|l| {
            let f: Vec<&str> = l.split(' ').collect();
            (f[0].to_string(), f[1].to_string(), f[2].parse().expect("a byte count"))
        })
        .collect();
    for l in waymark::i18n::LOCALES {
        let text: usize = std::fs::read_dir(Path::new("locales").join(l.code)).unwrap().map(|f| std::fs::metadata(f.unwrap().path()).unwrap().len() as usize).sum();
        let (_, _, n) = listed.iter().find(|(w, id, _)| w == "messages" && id == l.code).unwrap_or_else(|| panic!("{} not listed:\n{out}", l.code));
        // The compiled records drop the ids, comments and syntax: less than the FTL text, never empty.
        assert!(*n > 1000 && *n < text, "{}: {n} compiled bytes for {text} bytes of FTL", l.code);
    }
    for id in rules::ids() {
        let (_, _, n) = listed.iter().find(|(w, p, _)| w == "pack" && p == id).unwrap_or_else(|| panic!("pack {id} not listed:\n{out}"));
        // The widget's form of the pack (src/rules/compact.rs): a country pack's holds the generic
        // pack's rules too, merged; the generic pack's, without field names and source notes, is
        // less than its file.
        assert_eq!(*n, rules::WIDGET.iter().find(|(p, _)| *p == id).unwrap().1.len(), "pack {id}: the widget's form");
        assert!(*n > 1000 && (id != "generic" || *n < rules::text(id).unwrap().len()), "pack {id}: {n} bytes");
    }
}

/// Issue 13: `waymark screens` gives the browser tests the flow's questions and walks, one source:
/// the same question ids in the same order, every walk a route of the flow.
#[test]
fn screens_lists_the_flows_questions_and_walks_that_show_every_screen() {
    let o = waymark(&["screens"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let j: Json = serde_json::from_slice(&o.stdout).expect("JSON out");
    let ids: Vec<&str> = j["questions"].as_array().unwrap().iter().map(|q| q["id"].as_str().unwrap()).collect();
    let expected: Vec<&str> = waymark::flow::questions().iter().map(|q| q.id).collect();
    assert_eq!(ids, expected);
    let walks = waymark::screens::covering_walks(&waymark::rules::ids().collect::<Vec<_>>());
    assert_eq!(j["walks"].as_array().unwrap().len(), walks.len());
    for (w, jw) in walks.iter().zip(j["walks"].as_array().unwrap()) {
        let route: Vec<&str> = jw["route"].as_array().unwrap().iter().map(|q| q.as_str().unwrap()).collect();
        assert_eq!(route, w.route);
        let answered: Vec<&str> = jw["answers"].as_array().unwrap().iter().map(|a| a["question"].as_str().unwrap()).collect();
        assert_eq!(answered, w.route, "one answer per question on the route, in order");
    }
    assert_eq!(j["screens"].as_array().unwrap().len(), waymark::screens::all().len());
}
