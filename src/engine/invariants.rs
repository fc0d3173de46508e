//! The invariants of `vocabulary.md`, as a check over one (facts, result) pair.
//!
//! Used by the tests, the enumeration of every reachable answer set and `waymark enumerate`, so
//! that one function says what "safe" means. Pure: it reads, it never decides.

use super::evaluate::{Assessment, Standing};
use super::facts::Facts;

fn is(f: &Facts, k: &str, vs: &[&str]) -> bool {
    f.get(k).is_some_and(|v| vs.contains(&v))
}

/// Returns a sentence per broken invariant (empty when all hold). `complete` says whether the facts
/// come from a finished walk (invariant 8 only applies then).
pub fn check(facts: &Facts, a: &Assessment, complete: bool) -> Vec<String> {
    let mut out = Vec::new();
    let present = |id: &str| a.get(id).is_some();
    let rank = |id: &str| a.get(id).map(|p| p.rank);
    let journeys: Vec<_> = a.paths.iter().filter(|p| p.journey).collect();
    let above_journeys = |id: &str, n: u8, out: &mut Vec<String>| match rank(id) {
        None => out.push(format!("invariant {n}: `{id}` is missing")),
        Some(r) => {
            for j in &journeys {
                if j.rank <= r {
                    out.push(format!("invariant {n}: journey path `{}` (rank {}) is not below `{id}` (rank {r})", j.id, j.rank));
                }
            }
        }
    };
    let all_journeys_info = |n: u8, why: &str, out: &mut Vec<String>| {
        for j in &journeys {
            if j.standing != Standing::InfoOnly {
                out.push(format!("invariant {n}: journey path `{}` is may_apply although {why}", j.id));
            }
        }
    };

    let protection = is(facts, "fear_of_harm", &["yes", "unsure"]) || is(facts, "at_risk_group", &["yes"]) || is(facts, "stay_status", &["asylum_pending"]);
    if protection {
        above_journeys("asylum_referral", 1, &mut out);
    }
    let trafficking = is(facts, "trafficking_signs", &["yes"]);
    if trafficking {
        above_journeys("trafficking_referral", 2, &mut out);
    }
    let child = is(facts, "age_band", &["under_15", "15_17"]);
    if child {
        for id in ["child_protection", "capacity_assessment"] {
            if !present(id) {
                out.push(format!("invariant 3: `{id}` is missing for a child"));
            }
        }
        if !is(facts, "with_guardian", &["yes"]) {
            all_journeys_info(3, "the child is not with a parent or guardian", &mut out);
        }
    }
    let pressure = is(facts, "pressure", &["yes"]);
    if pressure {
        all_journeys_info(4, "someone is pressuring the person", &mut out);
    }
    let crisis = is(facts, "crisis_at_origin", &["yes"]);
    if crisis {
        if !present("safety_hold") {
            out.push("invariant 5: `safety_hold` is missing".into());
        }
        if present("voluntary_repatriation") {
            out.push("invariant 5: `voluntary_repatriation` is present during a crisis".into());
        }
        all_journeys_info(5, "there is a crisis at origin", &mut out);
    }
    if is(facts, "wish", &["return"]) && is(facts, "location", &["host"]) && !is(facts, "means", &["own"]) && !(protection || trafficking || child || pressure || crisis) {
        match a.get("avrr") {
            Some(p) if p.standing == Standing::MayApply => {}
            Some(_) => out.push("invariant 6: `avrr` is held back although no safeguard applies".into()),
            None => out.push("invariant 6: `avrr` is missing".into()),
        }
    }
    if is(facts, "order_to_leave", &["yes"]) {
        for id in ["legal_advice", "deadline_urgent"] {
            if !present(id) {
                out.push(format!("invariant 7: `{id}` is missing with an order to leave"));
            }
        }
        if !is(facts, "wish", &["stay"]) && !present("avrr_before_deadline") {
            out.push("invariant 7: `avrr_before_deadline` is missing with an order to leave".into());
        }
    }
    if !present("counsellor") {
        out.push("invariant 8: `counsellor` is missing".into());
    }
    if complete && a.paths.len() < 2 {
        out.push("invariant 8: a completed walk has no path besides `counsellor`".into());
    }
    for p in &a.paths {
        if p.cites.is_empty() {
            out.push(format!("invariant 9: `{}` cites no source", p.id));
        }
        if p.because.is_empty() && !(p.id == "counsellor" && facts.0.is_empty()) {
            out.push(format!("invariant 9: `{}` does not say which answers led to it", p.id));
        }
    }
    if protection {
        if let Some(p) = a.get("consular_documents") {
            if p.standing != Standing::InfoOnly {
                out.push("invariant 11: `consular_documents` is may_apply for a person who may need protection".into());
            }
        }
    }
    out
}
