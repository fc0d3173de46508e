//! What every state of the proof must decide, and where it keeps each: whether each rule fires
//! (and whether it has a reason to show), each hold, each test of the invariants, each rank rule,
//! and each wish-dependent rule or hold under every wish.
//!
//! The paths `invariants::check` reads by name, the journey paths and any path that an override, a
//! date, a targeted hold or a wish-dependent rule touches are tracked one by one. Every other path
//! only counts towards "a path besides the counsellor" and "every path says why": its rules share
//! one summary slot, closed into that count once they are all decided.

use super::reads_of;
use crate::engine::facts::Facts;
use crate::engine::invariants;
use crate::engine::pack::{is_stay_route, Cond, Kind, Pack, Rule, Target};
use std::collections::{BTreeMap, BTreeSet};

/// What a decision is about.
pub(super) enum Decided {
    /// A rule of the pack, by its place.
    Rule(usize),
    /// A hold of the pack, by its place.
    Hold(usize),
    /// One of `invariants::READS`, as a condition.
    InvariantTest(Cond),
    /// A condition decided part by part like a hold's (a rank rule, or a rule or hold under one wish).
    Condition(Cond),
}

/// Where a decision's value is kept: its own slot, or the summary of an untracked path.
#[derive(Clone, Copy)]
pub(super) enum Kept {
    Own(usize),
    Summary(usize),
}

pub(super) struct Decision {
    pub what: Decided,
    pub kept: Kept,
}

pub(super) struct Decisions {
    pub list: Vec<Decision>,
    /// The untracked paths, by id, in the order of their summary slots.
    pub untracked: Vec<String>,
    /// How many own slots `list` uses.
    pub own: usize,
    /// The own slots of rules whose condition is `always`: they give every fact as a reason.
    pub always: Vec<usize>,
    /// Whether some rule or hold of the pack could make a stay route or a protection path depend on
    /// the wish (`wish_swapped`). When none can, every wish shows those paths alike by construction,
    /// and invariant 12's comparison across wishes (four more evaluations per walk) is skipped;
    /// otherwise every outcome class is evaluated with every wish.
    pub wish_can_hide: bool,
}

/// The decisions of `pack`, in order: rules, holds, the invariants' tests, rank rules, then each
/// wish-dependent rule or hold under every wish.
pub(super) fn decisions(pack: &Pack) -> Decisions {
    let overridden: BTreeSet<&String> = pack.rules.iter().flat_map(|r| r.overrides.iter()).collect();
    let swapped = wish_swapped(pack);
    let tracked = |path: &str| {
        invariants::reads_path(pack, path)
            || swapped.iter().any(|(p, _)| p == path)
            || pack.path(path).is_none_or(|p| p.journey)
            || pack.rules.iter().filter(|r| r.path == path).any(|r| {
                r.until.is_some() || r.from.is_some() || !r.overrides.is_empty() || overridden.contains(&r.id) || matches!(r.when, Cond::Always(_))
            })
            || pack.holds.iter().any(|h| matches!(&h.applies_to, Target::Paths(ps) if ps.iter().any(|p| p == path)))
    };
    let mut list = Vec::new();
    let mut untracked: Vec<String> = Vec::new();
    let mut own = 0;
    let mut always = Vec::new();
    let mut own_slot = || {
        own += 1;
        own - 1
    };
    for (i, r) in pack.rules.iter().enumerate() {
        let kept = if tracked(&r.path) {
            let slot = own_slot();
            if matches!(r.when, Cond::Always(_)) {
                always.push(slot);
            }
            Kept::Own(slot)
        } else {
            let g = untracked.iter().position(|g| *g == r.path).unwrap_or_else(|| {
                untracked.push(r.path.clone());
                untracked.len() - 1
            });
            Kept::Summary(g)
        };
        list.push(Decision { what: Decided::Rule(i), kept });
    }
    for i in 0..pack.holds.len() {
        list.push(Decision { what: Decided::Hold(i), kept: Kept::Own(own_slot()) });
    }
    for (k, vs) in invariants::READS {
        let cond = Cond::Is([(k.to_string(), vs.iter().map(|v| v.to_string()).collect())].into_iter().collect());
        list.push(Decision { what: Decided::InvariantTest(cond), kept: Kept::Own(own_slot()) });
    }
    // Rank rules decide the order of stay routes and journeys.
    for r in &pack.ranks {
        list.push(Decision { what: Decided::Condition(r.when.clone()), kept: Kept::Own(own_slot()) });
    }
    // Invariant 12 evaluates each walk with every wish: what a wish-dependent rule or hold that
    // can touch a stay route or a protection path would decide under each wish is part of the
    // state, so that walks merged into one class also agree under every other wish.
    for (_, c) in &swapped {
        for w in invariants::WISHES {
            list.push(Decision { what: Decided::Condition(with_wish(c, w)), kept: Kept::Own(own_slot()) });
        }
    }
    Decisions { list, untracked, own, always, wish_can_hide: !swapped.is_empty() }
}

impl Decision {
    /// The value of this decision on facts: 0 when it does not hold; 1 when it holds with a reason;
    /// 2 when it holds with no fact as its reason (mirrors `because_of` in `engine::evaluate`).
    pub fn value(&self, pack: &Pack, f: &Facts) -> u8 {
        match &self.what {
            Decided::Rule(i) => {
                let r = &pack.rules[*i];
                let fired = r.when.eval(f) && !r.unless.as_ref().is_some_and(|u| u.eval(f));
                if !fired {
                    0
                } else if matches!(r.when, Cond::Always(_)) {
                    1 // Its reasons are every fact given; fixed at the end from `present`.
                } else if r.when.because(f).is_empty() {
                    2
                } else {
                    1
                }
            }
            Decided::Hold(i) => value_on(&pack.holds[*i].when, f),
            Decided::Condition(c) => value_on(c, f),
            Decided::InvariantTest(c) => c.eval(f) as u8,
        }
    }
}

/// A condition's value on facts: 0 false, 1 true with a reason, 2 true with none.
pub(super) fn value_on(c: &Cond, f: &Facts) -> u8 {
    match (c.eval(f), c.because(f).is_empty()) {
        (false, _) => 0,
        (true, true) => 2,
        (true, false) => 1,
    }
}

/// The rules and holds whose outcome under another wish invariant 12 can see: a rule of a stay
/// route or a protection path, a rule that displaces others, or a hold on such a path, whose
/// condition reads `wish`; each as (its path, or "" for a hold, and its whole condition).
fn wish_swapped(pack: &Pack) -> Vec<(String, Cond)> {
    let right = |path: &str| is_stay_route(path) || pack.path(path).is_some_and(|p| p.kind == Kind::Protection);
    // A hold on every journey path touches a stay route or protection path only if one is a journey.
    let journey_right = pack.paths.iter().any(|p| p.journey && right(&p.id));
    let reads_wish = |c: &Cond| reads_of(c).iter().any(|k| k == "wish");
    let whole = |r: &Rule| match &r.unless {
        None => r.when.clone(),
        Some(u) => Cond::All(vec![r.when.clone(), Cond::Not(Box::new(u.clone()))]),
    };
    let mut out: Vec<(String, Cond)> = pack
        .rules
        .iter()
        .filter(|r| (right(&r.path) || !r.overrides.is_empty()) && (reads_wish(&r.when) || r.unless.as_ref().is_some_and(reads_wish)))
        .map(|r| (r.path.clone(), whole(r)))
        .collect();
    for h in pack.holds.iter().filter(|h| reads_wish(&h.when)) {
        let touches = match &h.applies_to {
            Target::Paths(ps) => ps.iter().any(|p| right(p)),
            Target::Journey(j) => *j && journey_right,
        };
        if touches {
            out.push((String::new(), h.when.clone()));
        }
    }
    out
}

/// `c` with `wish` fixed to `w`: the parts that test the wish become true or false.
fn with_wish(c: &Cond, w: &str) -> Cond {
    let yes = || Cond::Always(BTreeMap::new());
    let no = || Cond::Not(Box::new(yes()));
    match c {
        Cond::Is(m) => match m.get("wish") {
            None => c.clone(),
            Some(vs) if !vs.iter().any(|v| v == w) => no(),
            Some(_) => {
                let rest: BTreeMap<String, Vec<String>> = m.iter().filter(|(k, _)| *k != "wish").map(|(k, v)| (k.clone(), v.clone())).collect();
                if rest.is_empty() { yes() } else { Cond::Is(rest) }
            }
        },
        Cond::Absent(ks) if ks.iter().any(|k| k == "wish") => no(),
        Cond::Present(ks) if ks.iter().any(|k| k == "wish") => {
            let rest: Vec<String> = ks.iter().filter(|k| *k != "wish").cloned().collect();
            if rest.is_empty() { yes() } else { Cond::Present(rest) }
        }
        Cond::All(cs) => Cond::All(cs.iter().map(|x| with_wish(x, w)).collect()),
        Cond::Any(cs) => Cond::Any(cs.iter().map(|x| with_wish(x, w)).collect()),
        Cond::Not(x) => Cond::Not(Box::new(with_wish(x, w))),
        Cond::Always(_) | Cond::Absent(_) | Cond::Present(_) => c.clone(),
    }
}
