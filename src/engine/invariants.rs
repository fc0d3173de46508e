//! The invariants of `vocabulary.md`, as a check over one (facts, result) pair, and, for invariant
//! 12 ("a wish never hides a right"), over the same facts evaluated with each wish.
//!
//! Used by the tests and by the proof (`waymark enumerate`, every reachable answer set), so that
//! these two functions say what "safe" means. What they read is listed here once (`READS`, the
//! tests on facts; `PATHS`, the paths read by name): the proof keeps exactly those apart. Pure:
//! they read, they never decide.

use super::date::Date;
use super::evaluate::{evaluate, Assessment, Standing};
use super::facts::Facts;
use super::pack::{is_stay_route, Kind, Pack};

/// The hold whose words warn that contacting the authorities of one's own country can put a person
/// or a protection claim at risk (invariant 11).
pub const ORIGIN_AUTHORITIES_WARNING: &str = "hold_origin_authorities";

/// Every value of `wish`: invariant 12 compares the result for `stay` with the others.
pub const WISHES: [&str; 4] = ["stay", "return", "unsure", "elsewhere"];

/// A test the invariants make on one fact: whether it is one of these values.
pub type Test = (&'static str, &'static [&'static str]);

const FEAR: Test = ("fear_of_harm", &["yes", "unsure"]);
const AT_RISK: Test = ("at_risk_group", &["yes"]);
const ASYLUM_PENDING: Test = ("stay_status", &["asylum_pending"]);
const TRAFFICKING: Test = ("trafficking_signs", &["yes"]);
const CHILD: Test = ("age_band", &["under_15", "15_17"]);
const WITH_GUARDIAN: Test = ("with_guardian", &["yes"]);
const PRESSURE: Test = ("pressure", &["yes"]);
const CRISIS: Test = ("crisis_at_origin", &["yes"]);
const WANTS_RETURN: Test = ("wish", &["return"]);
const WANTS_STAY: Test = ("wish", &["stay"]);
const IN_HOST: Test = ("location", &["host"]);
const OWN_MEANS: Test = ("means", &["own"]);
const ORDER_TO_LEAVE: Test = ("order_to_leave", &["yes"]);
const ORDER_OR_UNSURE: Test = ("order_to_leave", &["yes", "unsure"]);

/// Every test `check` makes on facts: it reads facts only through these (`is`). The proof
/// (`crate::proof`) keeps apart any two values that one of them tells apart, and decides each in
/// every state; tests/invariants.rs checks that `check` tells nothing else apart.
pub const READS: &[Test] = &[
    FEAR, AT_RISK, ASYLUM_PENDING, TRAFFICKING, CHILD, WITH_GUARDIAN, PRESSURE, CRISIS, WANTS_RETURN, WANTS_STAY, IN_HOST, OWN_MEANS,
    ORDER_TO_LEAVE, ORDER_OR_UNSURE,
];

/// The paths `check` reads by name (besides a pack's victims' routes and the journey paths, which
/// it finds by their flags). The proof tracks these one by one; tests/invariants.rs checks that
/// the standing of no other path changes what `check` says.
pub const PATHS: &[&str] = &[
    "asylum_referral", "trafficking_referral", "child_protection", "capacity_assessment", "safety_hold",
    "voluntary_repatriation", "avrr", "avrr_before_deadline", "legal_advice", "deadline_urgent",
    "consular_documents", "labour_channels", "counsellor",
];

/// Whether `check` reads this path of `pack` by name: one of `PATHS` or one of the pack's
/// victims' routes (invariant 14). The other stay routes are read only together (invariant 12:
/// whether any of them ranks below a journey path), so the proof keeps one bit for "some stay
/// route is shown" instead of tracking each (a country has many).
pub fn reads_path(pack: &Pack, id: &str) -> bool {
    PATHS.contains(&id) || pack.victim_routes.iter().any(|v| v == id)
}

fn is(f: &Facts, (k, vs): Test) -> bool {
    f.get(k).is_some_and(|v| vs.contains(&v))
}

/// Returns a sentence per broken invariant (empty when all hold). `complete` says whether the facts
/// come from a finished walk (invariant 8 only applies then). `pack` is the pack `a` came from (its
/// victims' routes, invariant 14). Invariant 12's comparison across wishes is `check_across_wishes`.
pub fn check(pack: &Pack, facts: &Facts, a: &Assessment, complete: bool) -> Vec<String> {
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

    let protection = is(facts, FEAR) || is(facts, AT_RISK) || is(facts, ASYLUM_PENDING);
    if protection {
        above_journeys("asylum_referral", 1, &mut out);
    }
    let trafficking = is(facts, TRAFFICKING);
    if trafficking {
        above_journeys("trafficking_referral", 2, &mut out);
    }
    let child = is(facts, CHILD);
    if child {
        for id in ["child_protection", "capacity_assessment"] {
            if !present(id) {
                out.push(format!("invariant 3: `{id}` is missing for a child"));
            }
        }
        if !is(facts, WITH_GUARDIAN) {
            all_journeys_info(3, "the child is not with a parent or guardian", &mut out);
        }
    }
    let pressure = is(facts, PRESSURE);
    if pressure {
        all_journeys_info(4, "someone is pressuring the person", &mut out);
    }
    let crisis = is(facts, CRISIS);
    if crisis {
        if !present("safety_hold") {
            out.push("invariant 5: `safety_hold` is missing".into());
        }
        if present("voluntary_repatriation") {
            out.push("invariant 5: `voluntary_repatriation` is present during a crisis".into());
        }
        all_journeys_info(5, "there is a crisis at origin", &mut out);
    }
    if is(facts, WANTS_RETURN) && is(facts, IN_HOST) && !is(facts, OWN_MEANS) && !(protection || trafficking || child || pressure || crisis) {
        match a.get("avrr") {
            Some(p) if p.standing == Standing::MayApply => {}
            Some(_) => out.push("invariant 6: `avrr` is held back although no safeguard applies".into()),
            None => out.push("invariant 6: `avrr` is missing".into()),
        }
    }
    if is(facts, ORDER_TO_LEAVE) {
        for id in ["legal_advice", "deadline_urgent"] {
            if !present(id) {
                out.push(format!("invariant 7: `{id}` is missing with an order to leave"));
            }
        }
        if !is(facts, WANTS_STAY) && !present("avrr_before_deadline") {
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
    // 11: the next step of these is the country of origin's authorities.
    if protection {
        for id in ["consular_documents", "labour_channels"] {
            match a.get(id) {
                Some(p) if p.standing != Standing::InfoOnly => {
                    out.push(format!("invariant 11: `{id}` is may_apply for a person who may need protection"));
                }
                Some(p) if !p.held_by.iter().any(|h| h == ORIGIN_AUTHORITIES_WARNING) => {
                    out.push(format!("invariant 11: `{id}` does not warn that contacting the authorities of one's own country can put a protection claim at risk"));
                }
                _ => {}
            }
        }
    }
    // 12 (order): stay routes below a journey path only for a free wish to return, saying why.
    // (Read together, not route by route: the enumeration keeps whether any is shown, not which.)
    let below: Vec<_> = a.paths.iter().filter(|s| is_stay_route(&s.id) && journeys.iter().any(|j| j.rank < s.rank)).collect();
    if let Some(j) = journeys.first().filter(|_| !below.is_empty()) {
        if pressure {
            out.push(format!("invariant 12: a stay route ranks below journey path `{}` although someone is pressuring the person", j.id));
        } else if !is(facts, WANTS_RETURN) {
            out.push(format!("invariant 12: a stay route ranks below journey path `{}` although the person does not want to return", j.id));
        } else if below.iter().any(|s| s.ranked_by.is_none()) {
            out.push(format!("invariant 12: a stay route ranks below journey path `{}` and its card does not say why it is shown", j.id));
        }
    }
    // 13: no deadline without an order to leave.
    if !is(facts, ORDER_OR_UNSURE) {
        for id in ["avrr_before_deadline", "deadline_urgent"] {
            if present(id) {
                out.push(format!("invariant 13: `{id}` is shown without an order to leave"));
            }
        }
    }
    // 14: a victim of trafficking in the country learns the pack's residence or reflection route.
    if trafficking && is(facts, IN_HOST) {
        for v in &pack.victim_routes {
            match a.get(v) {
                None => out.push(format!("invariant 14: the victims' route `{v}` is missing")),
                Some(p) if p.standing != Standing::MayApply => out.push(format!("invariant 14: the victims' route `{v}` is held back ({:?})", p.held_by)),
                Some(p) => {
                    if let Some(j) = journeys.iter().find(|j| j.rank < p.rank) {
                        out.push(format!("invariant 14: the victims' route `{v}` ranks below journey path `{}`", j.id));
                    }
                }
            }
        }
    }
    out
}

/// Invariant 12, "a wish never hides a right": the same facts evaluated with `wish` = `stay` and
/// with each other wish. Every stay route and protection path shown for `stay` is shown for every
/// other wish, and one that may apply for `stay` may apply for every other wish. Returns a sentence
/// per broken promise (empty when it holds).
pub fn check_across_wishes(pack: &Pack, facts: &Facts, on: Date) -> Vec<String> {
    let with = |w: &str| {
        let mut f = facts.clone();
        f.set("wish", w);
        evaluate(pack, &f, on)
    };
    let stay = with("stay");
    let rights: Vec<_> = stay.paths.iter().filter(|p| is_stay_route(&p.id) || p.kind == Kind::Protection).collect();
    let mut out = Vec::new();
    for w in WISHES.into_iter().filter(|w| *w != "stay") {
        let other = with(w);
        for p in &rights {
            match other.get(&p.id) {
                None => out.push(format!("invariant 12: `{}` is shown when the person wants to stay but not when the wish is `{w}`", p.id)),
                Some(q) if p.standing == Standing::MayApply && q.standing != Standing::MayApply => {
                    out.push(format!("invariant 12: `{}` may apply when the person wants to stay but is held back when the wish is `{w}`", p.id))
                }
                Some(_) => {}
            }
        }
    }
    out
}
