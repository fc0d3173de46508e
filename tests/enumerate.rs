//! The proof: for every shipped pack, every reachable answer set (by class) is walked through the
//! flow, evaluated and checked against the invariants (`waymark enumerate`), within a bound on its
//! cost (engine evaluations and states kept, counted, so the check does not depend on the machine).
//! A pack with a planted safeguarding bug must fail it, so that a pass means something.

use std::sync::Mutex;
use std::time::{Duration, Instant};
use waymark::flow::enumerate::{run, Report};
use waymark::rules;

/// The cost bound for one pack: engine evaluations and the most states kept after one step (in
/// 2026-11 at most 223,320 and 1,217,968, the pt and de packs; about a minute on two cores). A
/// change that doubles either should be looked at, not waved through.
const MAX_EVALUATIONS: u64 = 450_000;
const MAX_STATES: usize = 2_500_000;

/// The tests of this file take turns, so that each timing is of one enumeration alone.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

fn timed(pack: &waymark::engine::Pack) -> (Report, Duration) {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let start = Instant::now();
    let report = run(pack);
    (report, start.elapsed())
}

#[test]
fn every_pack_keeps_every_invariant_on_every_reachable_answer_set() {
    let mut problems = Vec::new();
    for id in rules::ids() {
        let pack = rules::load(id).unwrap_or_else(|p| panic!("pack `{id}` does not load: {p:?}"));
        let (report, took) = timed(&pack);
        println!("{}", report.summary(took));
        if !report.exhaustive {
            problems.push(format!("pack `{id}`: the enumeration did not cover every class combination"));
        }
        if report.failure_count > 0 {
            let examples: Vec<String> = report.failures.iter().map(|(f, why)| format!("    {f}\n      {}", why.join("\n      "))).collect();
            let kinds: Vec<String> = report.problems.iter().map(|(p, n)| format!("    {n} × {p}")).collect();
            problems.push(format!("pack `{id}`: {} failing outcome classes:\n{}\n  for example:\n{}", report.failure_count, kinds.join("\n"), examples.join("\n")));
        }
        let unreached: Vec<&str> = pack.paths.iter().map(|p| p.id.as_str()).filter(|p| !report.paths.contains_key(*p)).collect();
        if !unreached.is_empty() {
            problems.push(format!("pack `{id}`: no answer set reaches {unreached:?}"));
        }
        if report.class_space == 0 || report.raw_space < report.class_space || report.outcomes == 0 {
            problems.push(format!("pack `{id}`: implausible counts: {} raw, {} by class, {} outcomes", report.raw_space, report.class_space, report.outcomes));
        }
        if report.evaluations > MAX_EVALUATIONS || report.peak_states > MAX_STATES {
            problems.push(format!(
                "pack `{id}`: the enumeration cost {} engine evaluations and kept up to {} states, over the bound ({MAX_EVALUATIONS}, {MAX_STATES})",
                report.evaluations, report.peak_states
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

/// Planted bugs the enumeration must find: each row edits the generic pack and names the invariant
/// that must then break.
#[test]
fn the_enumeration_finds_planted_bugs() {
    let rows: &[(&str, &str, &str, &str)] = &[
        (
            "pressure no longer holds return back",
            r#"{"id": "hold_pressure", "when": {"is": {"pressure": ["yes"]}}"#,
            r#"{"id": "hold_pressure", "when": {"is": {"pressure": ["yes"], "trafficking_signs": ["yes"]}}"#,
            "invariant 4:",
        ),
        (
            "a path that gives no reason",
            r#"{"id": "free_movement", "path": "free_movement", "when": {"is": {"origin_country": ["GT", "HN", "SV", "NI"], "host_country": ["GT", "HN", "SV", "NI"]}}"#,
            r#"{"id": "free_movement", "path": "free_movement", "when": {"absent": ["work"]}"#,
            "invariant 9:",
        ),
    ];
    for (name, from, to, expected) in rows {
        assert!(rules::GENERIC.contains(from), "{name}: the generic pack no longer has {from}");
        let pack = rules::load_text(&rules::GENERIC.replacen(from, to, 1)).unwrap_or_else(|p| panic!("{name}: {p:?}"));
        let (report, _) = timed(&pack);
        assert!(
            report.problems.keys().any(|p| p.starts_with(expected)),
            "{name}: the enumeration did not find it; it found {:?}",
            report.problems
        );
        assert!(!report.problems.keys().any(|p| p.starts_with("enumeration")), "{name}: {:?}", report.problems);
    }
}
