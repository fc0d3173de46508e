//! The flow, tested per question (as GOV.UK smart-answers tests its flows): every question and
//! every option is reachable, every path of the generic pack is reachable through the questions, no
//! answer leads to a dead end, going back and changing an answer keeps what still applies, the
//! personas can be walked like people, and the drawn graph matches the questions.
//!
//! Walks are random but seeded, so every run walks the same answers.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use waymark::engine::{evaluate, facts, Facts};
use waymark::flow::{self, Answer, Answers, Ask, Question};
use waymark::rules;

/// The day the tests evaluate on (dated rules depend on it; the engine has no clock).
const ON: waymark::engine::Date = waymark::engine::Date::new(2026, 11, 29).unwrap();

/// A small seeded generator (xorshift64*), so the walks are the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn percent(&mut self, p: u64) -> bool {
        self.next() % 100 < p
    }
}

const HOSTS: &[Option<&str>] = &[None, Some("other"), Some("GT"), Some("HN"), Some("DE"), Some("ES"), Some("PT"), Some("US")];
const ORIGINS: &[Option<&str>] = &[None, Some("other"), Some("stateless"), Some("HN"), Some("SV"), Some("NI"), Some("SY"), Some("MX")];

/// Every answer the UI can give to a question, in a few representative forms for the multi-selects
/// and the countries: used to look for dead ends.
fn offered_answers(q: &Question, before: &Facts) -> Vec<Answer> {
    match q.ask {
        Ask::One { options, prefer_not, .. } => {
            let mut v: Vec<Answer> = options.iter().map(|o| Answer::One(Some(o.to_string()))).collect();
            if prefer_not {
                v.push(Answer::One(None));
            }
            v
        }
        Ask::Many { ticks } => {
            let shown = flow::shown_ticks(ticks, before);
            let pair = |t: &flow::Tick| (t.fact.to_string(), t.value.to_string());
            let mut v = vec![Answer::PreferNot, Answer::Ticked(vec![]), Answer::Ticked(shown.iter().map(pair).collect())];
            v.extend(shown.iter().map(|t| Answer::Ticked(vec![pair(t)])));
            v
        }
        Ask::Countries => HOSTS.iter().zip(ORIGINS).map(|(h, o)| Answer::Countries(h.map(str::to_string), o.map(str::to_string))).collect(),
        Ask::Gate => vec![Answer::Gate(true), Answer::Gate(false)],
    }
}

/// A random answer the UI can give (multi-selects tick each option with some chance).
fn random_answer(q: &Question, rng: &mut Rng) -> Answer {
    match q.ask {
        Ask::One { options, prefer_not, .. } => {
            let i = rng.below(options.len() + prefer_not as usize);
            Answer::One(options.get(i).map(|o| o.to_string()))
        }
        Ask::Many { ticks } if rng.percent(10) => {
            let _ = ticks;
            Answer::PreferNot
        }
        Ask::Many { ticks } => Answer::Ticked(ticks.iter().filter(|_| rng.percent(30)).map(|t| (t.fact.to_string(), t.value.to_string())).collect()),
        Ask::Countries => Answer::Countries(HOSTS[rng.below(HOSTS.len())].map(str::to_string), ORIGINS[rng.below(ORIGINS.len())].map(str::to_string)),
        Ask::Gate => Answer::Gate(rng.percent(50)),
    }
}

/// A complete random walk: an answer for every question (those off the route are ignored, as the
/// UI ignores answers on branches no longer taken).
fn random_walk(qs: &[Question], rng: &mut Rng) -> Answers {
    let mut a = Answers::new();
    for q in qs {
        a.set(q.id, random_answer(q, rng));
    }
    a
}

/// The answers given before question `id`, in question order.
fn before(qs: &[Question], answers: &Answers, id: &str) -> Answers {
    let stop = qs.iter().position(|q| q.id == id).unwrap();
    let keep: BTreeSet<&str> = qs[..stop].iter().map(|q| q.id).collect();
    Answers(answers.0.iter().filter(|(k, _)| keep.contains(*k)).map(|(k, v)| (*k, v.clone())).collect())
}

const WALKS: usize = 4000;

#[test]
fn every_question_and_every_option_is_reachable() {
    let qs = flow::questions();
    let mut rng = Rng(0x5eed_0001);
    let mut asked: BTreeSet<&str> = BTreeSet::new();
    let mut offered: BTreeSet<(String, String)> = BTreeSet::new();
    for _ in 0..WALKS {
        let a = random_walk(&qs, &mut rng);
        assert!(a.is_complete(), "a walk with every question answered is complete");
        for id in a.route() {
            asked.insert(id);
            let q = flow::question(id).unwrap();
            if let Ask::Many { ticks } = q.ask {
                for t in flow::shown_ticks(ticks, &before(&qs, &a, id).routing_facts()) {
                    offered.insert((id.to_string(), format!("{}={}", t.fact, t.value)));
                }
            }
        }
    }
    let mut missing = Vec::new();
    for q in &qs {
        if !asked.contains(q.id) {
            missing.push(format!("question `{}` is never asked", q.id));
        }
        if let Ask::Many { ticks } = q.ask {
            for t in ticks {
                if !offered.contains(&(q.id.to_string(), format!("{}={}", t.fact, t.value))) {
                    missing.push(format!("option `{}={}` of `{}` is never shown", t.fact, t.value, q.id));
                }
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

#[test]
fn every_generic_path_is_reachable_through_the_questions() {
    let pack = rules::load("generic").unwrap();
    let qs = flow::questions();
    let mut rng = Rng(0x5eed_0002);
    let mut reached: BTreeMap<String, usize> = BTreeMap::new();
    for _ in 0..WALKS {
        let a = random_walk(&qs, &mut rng);
        for p in evaluate(&pack, &a.facts(), ON).paths {
            *reached.entry(p.id).or_default() += 1;
        }
    }
    let missing: Vec<&str> = pack.paths.iter().map(|p| p.id.as_str()).filter(|id| !reached.contains_key(*id)).collect();
    assert!(missing.is_empty(), "paths no walk reaches: {missing:?} (reached: {reached:?})");
}

/// From any state a person can reach, every option the question offers leads to a later question or
/// to the end: no answer leaves them stuck or sends them back.
#[test]
fn no_answer_is_a_dead_end() {
    let qs = flow::questions();
    let order = |id: &str| qs.iter().position(|q| q.id == id).unwrap();
    let mut rng = Rng(0x5eed_0003);
    let mut problems = Vec::new();
    for _ in 0..150 {
        let walk = random_walk(&qs, &mut rng);
        let mut a = Answers::new();
        while let Some(id) = a.next() {
            let q = flow::question(id).unwrap();
            for option in offered_answers(&q, &a.routing_facts()) {
                let mut b = a.clone();
                b.set(id, option.clone());
                match b.next() {
                    None if b.is_complete() => {}
                    Some(n) if order(n) > order(id) => {}
                    other => problems.push(format!("after {:?}, answering `{id}` with {option:?} leads to {other:?}", a.route())),
                }
            }
            a.set(id, walk.0[id].clone());
        }
    }
    problems.dedup();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Changing an earlier answer keeps the answers of later questions that are still on the route, and
/// changing it back gives the very same facts.
#[test]
fn changing_an_earlier_answer_keeps_what_still_applies() {
    let qs = flow::questions();
    let mut rng = Rng(0x5eed_0004);
    let mut problems = Vec::new();
    for _ in 0..1000 {
        let a = random_walk(&qs, &mut rng);
        let route = a.route();
        let id = route[rng.below(route.len())];
        let q = flow::question(id).unwrap();
        let mut b = a.clone();
        b.set(id, random_answer(&q, &mut rng));
        let (fa, fb) = (a.facts(), b.facts());
        // A later question asked on both routes, whose options do not depend on the change, sets
        // the same facts.
        let new_route = b.route();
        for later in route.iter().filter(|l| order_of(&qs, l) > order_of(&qs, id) && new_route.contains(l)) {
            let lq = flow::question(later).unwrap();
            if let Ask::Many { ticks } = lq.ask {
                let shown_a = flow::shown_ticks(ticks, &before(&qs, &a, later).routing_facts());
                let shown_b = flow::shown_ticks(ticks, &before(&qs, &b, later).routing_facts());
                if shown_a != shown_b {
                    continue;
                }
            }
            if matches!(lq.ask, Ask::Countries) && fa.get("location") != fb.get("location") {
                continue;
            }
            for k in lq.facts() {
                if fa.0.get(k) != fb.0.get(k) {
                    problems.push(format!("changing `{id}` changed `{k}` (answered at `{later}`, still asked): {:?} → {:?}", fa.0.get(k), fb.0.get(k)));
                }
            }
        }
        // A question that left the route no longer counts.
        for gone in route.iter().filter(|l| !new_route.contains(l) && b.next() != Some(**l)) {
            for k in flow::question(gone).unwrap().facts() {
                if fb.has(k) && !new_route.iter().any(|n| flow::question(n).unwrap().facts().contains(&k)) {
                    problems.push(format!("changing `{id}` took `{gone}` off the route but `{k}` still counts"));
                }
            }
        }
        // Going back to the first answer restores everything.
        b.set(id, a.0[id].clone());
        if b.facts() != fa {
            problems.push(format!("changing `{id}` and changing it back does not restore the facts"));
        }
    }
    problems.sort();
    problems.dedup();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn order_of(qs: &[Question], id: &str) -> usize {
    qs.iter().position(|q| q.id == id).unwrap()
}

/// Back and Change, as a person does them: each row changes one answer of a complete walk and says
/// which facts stay, which go, and which question comes next.
#[test]
fn back_and_change_examples() {
    struct Row {
        name: &'static str,
        change: (&'static str, Answer),
        kept: &'static [&'static str],
        dropped: &'static [&'static str],
        next: Option<&'static str>,
    }
    let one = |v: &str| Answer::One(Some(v.to_string()));
    let base = Facts::new()
        .with("respondent", "self")
        .with("location", "host")
        .with("host_country", "DE")
        .with("origin_country", "SY")
        .with("wish", "return")
        .with("informed", "partly")
        .with("means", "travel_help")
        .with("stay_status", "expired")
        .with("order_to_leave", "no")
        .with("documents", "none")
        .with("fear_of_harm", "no")
        .with("pressure", "no")
        .with("torture_or_abuse", "yes")
        .with("age_band", "27_59");
    let rows = [
        Row {
            name: "Someone who first wanted to go home and now wants to stay keeps their status and screening answers, and is not asked again what the stay routes need",
            change: ("wish", one("stay")),
            kept: &["stay_status", "order_to_leave", "fear_of_harm", "torture_or_abuse", "age_band", "host_country"],
            dropped: &["means", "documents"],
            next: Some("virtual_engagement"),
        },
        Row {
            name: "Someone who says they are back home no longer has host-country answers counted",
            change: ("location", one("origin")),
            kept: &["origin_country", "torture_or_abuse", "age_band", "respondent"],
            dropped: &["host_country", "wish", "means", "stay_status", "fear_of_harm", "pressure"],
            next: Some("return_mode"),
        },
        Row {
            name: "Someone who corrects their age to 16 is asked about a guardian next and keeps everything else",
            change: ("age_band", one("15_17")),
            kept: &["wish", "means", "stay_status", "fear_of_harm", "torture_or_abuse", "documents"],
            dropped: &[],
            next: Some("with_guardian"),
        },
        Row {
            name: "Someone who now prefers not to give their status keeps their answer about an order to leave, and is done",
            change: ("stay_status", Answer::One(None)),
            kept: &["order_to_leave", "wish", "fear_of_harm", "documents"],
            dropped: &["stay_status"],
            next: None,
        },
        Row {
            name: "Someone whose permit turns out to be valid is no longer asked about an order to leave",
            change: ("stay_status", one("valid")),
            kept: &["wish", "means", "documents", "fear_of_harm", "torture_or_abuse"],
            dropped: &["order_to_leave"],
            next: None,
        },
    ];
    let mut problems = Vec::new();
    for row in rows {
        let mut a = flow::answers_from_facts(&base);
        let before = a.facts();
        assert!(base.0.iter().all(|(k, v)| before.0.get(k) == Some(v)), "the base walk keeps the base facts: {before:?}");
        let (id, answer) = row.change;
        let old = a.0[id].clone();
        a.set(id, answer);
        if a.next() != row.next {
            problems.push(format!("{}: the next question is {:?}, expected {:?}", row.name, a.next(), row.next));
        }
        // The person answers the questions the change opened up ("prefer not to say", or the first
        // option); the answers given before to later questions then count again.
        while let Some(n) = a.next() {
            let q = flow::question(n).unwrap();
            let first = offered_answers(&q, &a.routing_facts()).pop().unwrap();
            a.set(n, first);
        }
        let after = a.facts();
        for k in row.kept {
            if after.0.get(*k) != before.0.get(*k) {
                problems.push(format!("{}: `{k}` changed from {:?} to {:?}", row.name, before.0.get(*k), after.0.get(*k)));
            }
        }
        for k in row.dropped {
            if after.has(k) {
                problems.push(format!("{}: `{k}` still counts", row.name));
            }
        }
        a.set(id, old);
        if a.facts() != before {
            problems.push(format!("{}: changing back does not restore the facts", row.name));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The UI walks a persona by answering each question from its facts: the result then shows what the
/// persona must see.
#[test]
fn personas_walked_through_the_flow_see_their_paths() {
    #[derive(serde::Deserialize)]
    struct Persona {
        name: String,
        pack: String,
        facts: serde_json::Value,
        #[serde(default)]
        must_include: Vec<String>,
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/personas");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("the shared test vectors are missing ({}): {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    let mut problems = Vec::new();
    let mut count = 0;
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let personas: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for value in personas {
            // Only the fields this test reads; `tests/cases.rs` checks the whole format.
            let p: Persona = serde_json::from_value(serde_json::json!({
                "name": value["name"], "pack": value["pack"], "facts": value["facts"],
                "must_include": value.get("must_include").cloned().unwrap_or(serde_json::json!([]))
            }))
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            count += 1;
            let pack = rules::load(&p.pack).unwrap_or_else(|e| panic!("{}: pack {}: {e:?}", p.name, p.pack));
            let given = facts::from_json(&p.facts.to_string()).unwrap_or_else(|e| panic!("{}: {e:?}", p.name));
            let answers = flow::answers_from_facts(&given);
            if !answers.is_complete() {
                problems.push(format!("\"{}\": the walk does not complete", p.name));
            }
            let walked = answers.facts();
            let result = evaluate(&pack, &walked, ON);
            for id in &p.must_include {
                if result.get(id).is_none() {
                    problems.push(format!("\"{}\": walked through the flow, `{id}` is missing (walked facts: {})", p.name, facts::to_json(&walked)));
                }
            }
        }
    }
    assert!(count > 0, "no persona found in {}", dir.display());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// `waymark graph` is a digraph with one node per question, every edge between declared nodes, and
/// every question reached from `start`.
#[test]
fn the_graph_has_one_node_per_question() {
    let dot = flow::graph::dot();
    let body = dot
        .trim_end()
        .strip_prefix("digraph waymark {")
        .and_then(|b| b.strip_suffix('}'))
        .unwrap_or_else(|| panic!("not a digraph:\n{dot}"));
    let mut nodes: Vec<String> = Vec::new();
    let mut edges: Vec<(String, String)> = Vec::new();
    for line in body.lines().map(str::trim).filter(|l| !l.is_empty()) {
        assert!(line.ends_with(';'), "a statement without `;`: {line}");
        assert_eq!(line.matches('"').count() % 2, 0, "unbalanced quotes: {line}");
        let stmt = line.trim_end_matches(';');
        if let Some((a, b)) = stmt.split_once(" -> ") {
            edges.push((a.trim().to_string(), b.trim().to_string()));
        } else {
            let id = stmt.split([' ', '[']).next().unwrap();
            if !["rankdir=TB", "node"].contains(&id) {
                nodes.push(id.to_string());
            }
        }
    }
    let qs = flow::questions();
    let mut expected: Vec<String> = qs.iter().map(|q| q.id.to_string()).chain(["start".into(), "check".into()]).collect();
    expected.sort();
    let mut got = nodes.clone();
    got.sort();
    assert_eq!(got, expected, "one node per question, plus start and check");
    for (a, b) in &edges {
        assert!(nodes.contains(a) && nodes.contains(b), "edge {a} -> {b} names an undeclared node");
    }
    let mut reached: BTreeSet<&str> = BTreeSet::from(["start"]);
    loop {
        let before = reached.len();
        for (a, b) in &edges {
            if reached.contains(a.as_str()) {
                reached.insert(b);
            }
        }
        if reached.len() == before {
            break;
        }
    }
    for n in &nodes {
        assert!(reached.contains(n.as_str()), "`{n}` cannot be reached from start in the graph");
    }
}

#[test]
fn parts_follow_the_question_order_and_never_outnumber_parts() {
    let parts: Vec<usize> = waymark::flow::questions().iter().map(|q| waymark::flow::part(q.id)).collect();
    assert!(parts.windows(2).all(|w| w[0] <= w[1]), "parts in question order: {parts:?}");
    assert_eq!(parts.first(), Some(&1));
    assert_eq!(parts.iter().max(), Some(&waymark::flow::PARTS));
    assert!((1..=waymark::flow::PARTS).all(|p| parts.contains(&p)), "every part has a question");
}

/// "You said" lists what was said: an unticked box, "None of these" and "I prefer not to say"
/// are not statements.
#[test]
fn stated_facts_are_only_what_the_person_chose_or_ticked() {
    let f = facts::from_json(r#"{"respondent": "self", "location": "host", "host_country": "DE", "health_needs": "yes", "age_band": "27_59"}"#).unwrap();
    let a = flow::answers_from_facts(&f);
    assert!(a.is_complete());
    assert_eq!(a.facts().get("pregnant"), Some("no"), "an unticked box sets no");
    let stated = a.stated();
    assert!(stated.contains(&"health_needs") && stated.contains(&"host_country") && stated.contains(&"location"), "{stated:?}");
    assert!(!stated.contains(&"pregnant") && !stated.contains(&"trafficking_signs"), "{stated:?}");
    assert!(!stated.contains(&"wish") && !stated.contains(&"origin_country"), "prefer not to say is not a statement: {stated:?}");
    assert!(stated.iter().position(|k| *k == "location") < stated.iter().position(|k| *k == "health_needs"), "in the order asked");
    let mut none = a.clone();
    none.set("screening", Answer::Ticked(vec![]));
    assert_eq!(none.facts().get("health_needs"), Some("no"));
    assert!(!none.stated().iter().any(|k| ["health_needs", "pregnant", "stranded"].contains(k)), "None of these states nothing");
}

/// The browser walk answers the gate from the persona's facts with its own copy of the tailoring
/// facts (`TAILOR` in tests/browser/walk.test.mjs): it must be the flow's list.
#[test]
fn the_browser_walks_copy_of_the_tailoring_facts_is_the_flows() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/walk.test.mjs");
    let js = std::fs::read_to_string(&path).unwrap();
    let line = js.lines().find(|l| l.starts_with("const TAILOR = [")).expect("walk.test.mjs declares `const TAILOR = [...]`");
    let copy: Vec<&str> = line["const TAILOR = [".len()..].split(']').next().unwrap().split(',').map(|s| s.trim().trim_matches('"')).collect();
    assert_eq!(copy, flow::q_tailor_facts(), "TAILOR in {} differs from flow::q_tailor_facts", path.display());
}

/// Issue 13: the browser tests check every screen the flow can show by driving the widget along
/// `screens::covering_walks(&waymark::rules::ids().collect::<Vec<_>>())`. Those walks must show every screen variant, and `screens::all()`
/// must not miss one that real answers reach (compared with random walks, which pick answers the
/// routing does not tell apart too).
#[test]
fn the_browser_walks_show_every_screen_the_flow_can_show() {
    use waymark::screens;
    let all = screens::all();
    let qs = flow::questions();
    for q in &qs {
        assert!(all.iter().any(|s| s.question == q.id), "question `{}` has no screen", q.id);
    }
    let mut rng = Rng(0x5eed_0013);
    for _ in 0..WALKS {
        let a = random_walk(&qs, &mut rng);
        for s in screens::shown(&a) {
            assert!(all.contains(&s), "a walk shows {s:?}, which screens::all() does not list");
        }
    }
    let walks = screens::covering_walks(&waymark::rules::ids().collect::<Vec<_>>());
    let mut shown = BTreeSet::new();
    for w in &walks {
        let mut a = Answers::new();
        for (id, answer) in &w.answers {
            assert_eq!(a.next(), Some(*id), "a walk answers the question the flow asks next");
            a.set(id, answer.clone());
        }
        assert!(a.is_complete(), "a walk ends on the check page");
        assert_eq!(a.route(), w.route);
        assert_eq!(screens::shown(&a), w.screens);
        shown.extend(w.screens.iter().cloned());
    }
    assert_eq!(shown, all, "the walks show every screen");
    assert!(walks.len() <= 5, "a few walks suffice ({} now): the browser runs each in every language", walks.len());
}
