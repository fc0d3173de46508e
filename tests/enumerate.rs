//! The proof: for every shipped pack, every reachable answer set (by class) is walked through the
//! flow, evaluated and checked against the invariants (`waymark enumerate`), within a bound on its
//! cost (engine evaluations and states kept, counted, so the check does not depend on the machine).
//! A pack with a planted safeguarding bug must fail it, so that a pass means something.

use std::sync::Mutex;
use std::time::{Duration, Instant};
use waymark::proof::{run, Report};
use waymark::rules;

/// The cost bound for one pack: engine evaluations and the most states kept after one step. A
/// change that doubles either should be looked at, not waved through. Measured 2026-11-29: at most
/// 567,650 evaluations (mx) and 1,267,376 states (de), 18 to 48 s a pack on two busy cores.
/// Invariant 12 doubled the evaluations (each outcome class is also evaluated under the other
/// wishes, where a rule could make a stay or protection path depend on the wish), from 223,320.
const MAX_EVALUATIONS: u64 = 1_200_000;
const MAX_STATES: usize = 2_500_000;

/// The day the enumeration evaluates on (dated rules depend on it; the engine has no clock).
const ON: waymark::engine::Date = waymark::engine::Date::new(2026, 11, 29).unwrap();

/// The tests of this file take turns, so that each timing is of one enumeration alone.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

fn timed(pack: &waymark::engine::Pack) -> (Report, Duration) {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let start = Instant::now();
    let report = run(pack, ON);
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
            "labour channels (the labour ministry at home) are no longer held back for a person who may need protection",
            r#""applies_to": {"paths": ["consular_documents", "labour_channels"]}"#,
            r#""applies_to": {"paths": ["consular_documents"]}"#,
            "invariant 11:",
        ),
        (
            "the lawful-stay umbrella shows only to those who want to stay",
            r#"{"id": "regularisation", "path": "regularisation", "when": {"is": {"location": ["host"]}}"#,
            r#"{"id": "regularisation", "path": "regularisation", "when": {"is": {"location": ["host"], "wish": ["stay", "unsure"]}}"#,
            "invariant 12:",
        ),
        (
            "a deadline is invented for a permit that has expired, without an order to leave",
            r#"{"id": "avrr_before_deadline_order", "path": "avrr_before_deadline", "when": {"is": {"order_to_leave": ["yes"]}}"#,
            r#"{"id": "avrr_before_deadline_order", "path": "avrr_before_deadline", "when": {"any": [{"is": {"order_to_leave": ["yes"]}}, {"is": {"stay_status": ["expired"]}}]}"#,
            "invariant 13:",
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

/// A country pack with a victims' route (Directive 2004/81/EC), written right and with a planted
/// bug: the right one keeps every invariant; the one that shows the route only to people who want
/// to stay breaks invariant 14 (and 12).
#[test]
fn the_enumeration_checks_the_victims_route_of_a_pack() {
    let pack = |when: &str| {
        let text = format!(
            r#"{{"id": "at", "jurisdiction": "Test", "version": "0.0.1", "rules_as_of": "2026-01-01", "reviewed": "2026-01-02", "extends": "generic",
               "victim_routes": ["regularisation_at_victims"],
               "paths": [{{"id": "regularisation_at_victims", "kind": "stay", "order": 140}}],
               "rules": [{{"id": "at_victims", "path": "regularisation_at_victims", "when": {when},
                 "cites": [{{"title": "Richtlinie 2004/81/EG, Art. 6 und 8", "source": "Directive 2004/81/EC, Art. 6 and 8 (test pack)", "id": "CELEX:32004L0081", "read": "2026-11-29"}}]}}]}}"#
        );
        rules::load_text(&text).unwrap_or_else(|p| panic!("{p:?}"))
    };
    let right = pack(r#"{"is": {"location": ["host"], "trafficking_signs": ["yes"]}}"#);
    let (report, _) = timed(&right);
    assert_eq!(report.failure_count, 0, "{:?}", report.problems);
    assert!(report.paths.contains_key("regularisation_at_victims"));

    let wrong = pack(r#"{"is": {"location": ["host"], "trafficking_signs": ["yes"], "wish": ["stay"]}}"#);
    let (report, _) = timed(&wrong);
    for expected in ["invariant 14:", "invariant 12:"] {
        assert!(report.problems.keys().any(|p| p.starts_with(expected)), "{expected} not found: {:?}", report.problems);
    }
    assert!(!report.problems.keys().any(|p| p.starts_with("enumeration")), "{:?}", report.problems);
}
