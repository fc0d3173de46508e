//! `evaluate(pack, facts, on) -> Assessment`: the whole of the decision, pure and total.
//!
//! Any facts, complete or partial, give a result: there is no error path. Rules yield paths (a
//! rule applies from its `from` day to its `until` day; after that its path only shows as ended),
//! holds turn journey paths into information, ranks come from the pack's path order. The engine has
//! no clock: `on` is the day to evaluate on, given by the caller. The UI and the CLI only show what
//! this returns.

use super::date::Date;
use super::facts::Facts;
use super::pack::{is_stay_route, Cite, Cond, Kind, Pack, Rule, Target};
use serde::Serialize;

/// Whether a path is worth raising with a counsellor, or shown only so the decision is informed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Standing {
    MayApply,
    InfoOnly,
}

/// One path in a result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PathResult {
    pub id: String,
    pub kind: Kind,
    pub standing: Standing,
    /// 1 shows first.
    pub rank: usize,
    /// The facts that led to this path (their keys), in the order the rules read them.
    pub because: Vec<String>,
    /// The sources behind it. The CLI's JSON has them rendered (`seed:004:669-673`, or
    /// `source [id] (read date)`); the widget words them in the person's language.
    #[serde(serialize_with = "rendered")]
    pub cites: Vec<Cite>,
    /// Why it is held back: the ids of the holds that apply (or `ended`). Empty when `may_apply`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub held_by: Vec<String>,
    #[serde(skip)]
    pub journey: bool,
    /// For a route that has ended: the last day it applied (its rule's `until`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ended: Option<String>,
    /// For a stay route a rank rule moved after the journey paths: that rule's id (its card says
    /// why the route is shown there).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ranked_by: Option<String>,
}

/// A notice shown with the results (for example: talk to a counsellor before applying for either
/// return or a stay route).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NoticeResult {
    pub id: String,
    pub because: Vec<String>,
    #[serde(serialize_with = "rendered")]
    pub cites: Vec<Cite>,
}

/// The result of one evaluation: the CLI's JSON and what the results page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assessment {
    pub pack: String,
    pub rules_as_of: String,
    pub reviewed: String,
    /// The day the facts were evaluated on (dated rules depend on it).
    pub on: Date,
    pub paths: Vec<PathResult>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notices: Vec<NoticeResult>,
}

impl Assessment {
    pub fn get(&self, id: &str) -> Option<&PathResult> {
        self.paths.iter().find(|p| p.id == id)
    }
}

fn because_of(c: &Cond, f: &Facts) -> Vec<String> {
    match c {
        // An unconditional path (the counsellor) is there because of everything the person said.
        Cond::Always(_) => f.0.keys().cloned().collect(),
        _ => c.because(f),
    }
}

fn add_all<T: PartialEq>(into: &mut Vec<T>, from: impl IntoIterator<Item = T>) {
    for x in from {
        if !into.contains(&x) {
            into.push(x);
        }
    }
}

/// Citations as the contract's JSON has them: rendered strings.
fn rendered<S: serde::Serializer>(cites: &[Cite], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(cites.iter().map(Cite::render))
}

/// Where a rule stands on a day: not yet in force, in force, or ended (after its `until`).
#[derive(PartialEq)]
enum Period {
    NotYet,
    Current,
    Ended,
}

/// A date the build did not check (the widget merges packs unchecked) is read cautiously: an
/// unreadable `from` keeps the rule from firing, an unreadable `until` counts as ended, so a
/// broken date never makes a route `may_apply`.
fn period(r: &Rule, on: Date) -> Period {
    let day = |d: &Option<String>| d.as_deref().map(Date::parse);
    match (day(&r.from), day(&r.until)) {
        (Some(None), _) => Period::NotYet,
        (Some(Some(from)), _) if on < from => Period::NotYet,
        (_, Some(None)) => Period::Ended,
        (_, Some(Some(until))) if on > until => Period::Ended,
        _ => Period::Current,
    }
}

/// Evaluates `facts` under `pack` on the day `on`. Total and deterministic: the same facts on the
/// same day give the same result.
pub fn evaluate(pack: &Pack, facts: &Facts, on: Date) -> Assessment {
    let fired: Vec<_> = pack
        .rules
        .iter()
        .filter(|r| period(r, on) != Period::NotYet && r.when.eval(facts) && !r.unless.as_ref().is_some_and(|u| u.eval(facts)))
        .collect();
    // A rule that has ended is no longer law: it displaces nothing.
    let overridden: Vec<&String> = fired.iter().filter(|r| period(r, on) == Period::Current).flat_map(|r| r.overrides.iter()).collect();
    let effective: Vec<_> = fired.into_iter().filter(|r| !overridden.contains(&&r.id)).collect();

    let mut paths: Vec<(u32, PathResult)> = Vec::new();
    for spec in &pack.paths {
        let yielding: Vec<_> = effective.iter().filter(|r| r.path == spec.id).collect();
        if yielding.is_empty() {
            continue;
        }
        // A route that has ended is mentioned only as ended, and only if no current rule yields it.
        let current: Vec<_> = yielding.iter().filter(|r| period(r, on) == Period::Current).collect();
        let (used, ended) = if current.is_empty() {
            (yielding.clone(), yielding.iter().filter_map(|r| r.until.clone()).max())
        } else {
            (current.into_iter().copied().collect(), None)
        };
        let mut because = Vec::new();
        let mut cites = Vec::new();
        for r in &used {
            add_all(&mut because, because_of(&r.when, facts));
            add_all(&mut cites, r.cites.iter().cloned());
        }
        let mut held_by = Vec::new();
        if ended.is_some() {
            held_by.push("ended".to_string());
        }
        paths.push((
            spec.order,
            PathResult {
                id: spec.id.clone(),
                kind: spec.kind,
                standing: if ended.is_some() { Standing::InfoOnly } else { Standing::MayApply },
                rank: 0,
                because,
                cites,
                held_by,
                journey: spec.journey,
                ended,
                ranked_by: None,
            },
        ));
    }

    let mut journeys_held = false;
    for hold in pack.holds.iter().filter(|h| h.when.eval(facts)) {
        journeys_held |= hold.applies_to == Target::Journey(true);
        for (_, p) in paths.iter_mut() {
            let applies = match &hold.applies_to {
                Target::Journey(j) => *j && p.journey,
                Target::Paths(ids) => ids.contains(&p.id),
            };
            if applies {
                p.standing = Standing::InfoOnly;
                add_all(&mut p.held_by, [hold.id.clone()]);
                add_all(&mut p.because, hold.when.because(facts));
                add_all(&mut p.cites, hold.cites.iter().cloned());
            }
        }
    }

    // Ranks come from the paths' order, except that a rank rule that holds, while no safeguard
    // holds journeys back, moves the stay routes just after the last journey path.
    let rank = if journeys_held { None } else { pack.ranks.iter().find(|r| r.when.eval(facts)) };
    let last_journey = pack.paths.iter().filter(|p| p.journey).map(|p| p.order).max().unwrap_or(0);
    let mut paths: Vec<((u32, u32), PathResult)> = paths
        .into_iter()
        .map(|(order, mut p)| match rank {
            Some(r) if is_stay_route(&p.id) => {
                p.ranked_by = Some(r.id.clone());
                ((last_journey, order + 1), p)
            }
            _ => ((order, 0), p),
        })
        .collect();
    super::lean::sort_by(&mut paths, |a, b| a.0.cmp(&b.0).then_with(|| a.1.id.cmp(&b.1.id)));
    let paths: Vec<PathResult> = paths
        .into_iter()
        .enumerate()
        .map(|(i, (_, mut p))| {
            p.rank = i + 1;
            p
        })
        .collect();

    let notices = pack
        .notices
        .iter()
        .filter(|n| {
            n.when.eval(facts)
                && n.paths_present.iter().all(|set| paths.iter().any(|p| set.contains(&p.id)))
        })
        .map(|n| NoticeResult { id: n.id.clone(), because: n.when.because(facts), cites: n.cites.clone() })
        .collect();

    Assessment {
        pack: pack.id.clone(),
        rules_as_of: pack.rules_as_of.clone(),
        reviewed: pack.reviewed.clone(),
        on,
        paths,
        notices,
    }
}

#[cfg(test)]
mod tests {
    use super::{evaluate, Standing};

    /// The generic pack's text, read directly (the engine sits below `rules`).
    const GENERIC: &str = include_str!("../rules/packs/generic.json");
    use crate::engine::{pack, Date, Facts};

    const CITE: &str = r#"[{"title": "Gesetz, § 1", "source": "A law, § 1", "id": "https://example.org/law", "read": "2026-01-01"}]"#;

    /// A country pack with a window open from 2026-03-01 to 2026-06-30 (inclusive), a route that
    /// replaces another while it is in force, and a second, undated rule for one of the paths.
    fn dated_pack() -> pack::Pack {
        let text = format!(
            r#"{{"id": "de", "jurisdiction": "Test", "version": "0.0.1", "rules_as_of": "2026-01-01", "reviewed": "2026-01-02", "extends": "generic",
               "paths": [{{"id": "regularisation_de_window", "kind": "stay", "order": 140}}, {{"id": "regularisation_de_old", "kind": "stay", "order": 141}}],
               "rules": [
                 {{"id": "de_window", "path": "regularisation_de_window", "when": {{"is": {{"location": ["host"]}}}}, "from": "2026-03-01", "until": "2026-06-30", "overrides": ["de_old"], "cites": {CITE}}},
                 {{"id": "de_window_for_workers", "path": "regularisation_de_window", "when": {{"is": {{"work": ["formal"]}}}}, "cites": {CITE}}},
                 {{"id": "de_old", "path": "regularisation_de_old", "when": {{"is": {{"location": ["host"]}}}}, "cites": {CITE}}}
               ]}}"#
        );
        let generic = pack::build(pack::parse(GENERIC).unwrap(), None).unwrap();
        pack::build(pack::parse(&text).unwrap(), Some(&generic)).unwrap_or_else(|p| panic!("{p:?}"))
    }

    fn day(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn the_same_facts_before_during_and_after_a_window() {
        let pack = dated_pack();
        let f = Facts::new().with("location", "host").with("wish", "stay");
        let window = |on: &str| evaluate(&pack, &f, day(on));

        // The day before it opens: not there, and it displaces nothing.
        let before = window("2026-02-28");
        assert!(before.get("regularisation_de_window").is_none());
        assert!(before.get("regularisation_de_old").is_some());
        assert_eq!(before.on, day("2026-02-28"));

        // Its first and last day: may apply, and the old route it replaces is gone.
        for on in ["2026-03-01", "2026-06-30"] {
            let during = window(on);
            let p = during.get("regularisation_de_window").unwrap_or_else(|| panic!("{on}: missing"));
            assert_eq!((p.standing, p.ended.as_deref()), (Standing::MayApply, None), "{on}");
            assert!(during.get("regularisation_de_old").is_none(), "{on}");
        }

        // The day after its last: shown only as ended, with its last day; an ended rule displaces nothing.
        let after = window("2026-07-01");
        let p = after.get("regularisation_de_window").expect("an ended route is still mentioned");
        assert_eq!(p.standing, Standing::InfoOnly);
        assert_eq!(p.held_by, vec!["ended".to_string()]);
        assert_eq!(p.ended.as_deref(), Some("2026-06-30"));
        assert!(after.get("regularisation_de_old").is_some());

        // Another current rule for the same path keeps it may_apply after the window closed.
        let worker = evaluate(&pack, &f.clone().with("work", "formal"), day("2026-07-01"));
        let p = worker.get("regularisation_de_window").unwrap();
        assert_eq!((p.standing, p.ended.as_deref()), (Standing::MayApply, None));
        assert!(p.held_by.is_empty());
    }

    /// The widget merges packs without the build's checks: a date the build would refuse never
    /// makes a route may_apply.
    #[test]
    fn an_unreadable_date_never_makes_a_route_may_apply() {
        let mut pack = dated_pack();
        let f = Facts::new().with("location", "host");
        let window = pack.rules.iter().position(|r| r.id == "de_window").unwrap();
        pack.rules[window].until = Some("2026-06-31".into());
        let p = evaluate(&pack, &f, day("2026-04-01"));
        assert_eq!(p.get("regularisation_de_window").map(|p| p.standing), Some(Standing::InfoOnly));
        pack.rules[window].until = None;
        pack.rules[window].from = Some("soon".into());
        assert!(evaluate(&pack, &f, day("2026-04-01")).get("regularisation_de_window").is_none());
    }
}
