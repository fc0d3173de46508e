//! `evaluate(pack, facts) -> Assessment`: the whole of the decision, pure and total.
//!
//! Any facts, complete or partial, give a result: there is no error path. Rules yield paths, holds
//! turn journey paths into information, ranks come from the pack's path order. The UI and the CLI
//! only show what this returns.

use super::facts::Facts;
use super::pack::{Cite, Cond, Kind, Pack, Target};
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
    /// For a route that has ended: the date it ended.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ended: Option<String>,
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

/// Evaluates `facts` under `pack`. Total and deterministic: the same facts give the same result.
pub fn evaluate(pack: &Pack, facts: &Facts) -> Assessment {
    let fired: Vec<_> = pack
        .rules
        .iter()
        .filter(|r| r.when.eval(facts) && !r.unless.as_ref().is_some_and(|u| u.eval(facts)))
        .collect();
    let overridden: Vec<&String> = fired.iter().flat_map(|r| r.overrides.iter()).collect();
    let effective: Vec<_> = fired.into_iter().filter(|r| !overridden.contains(&&r.id)).collect();

    let mut paths: Vec<(u32, PathResult)> = Vec::new();
    for spec in &pack.paths {
        let yielding: Vec<_> = effective.iter().filter(|r| r.path == spec.id).collect();
        if yielding.is_empty() {
            continue;
        }
        // A route that has ended is mentioned only as ended, and only if no current rule yields it.
        let current: Vec<_> = yielding.iter().filter(|r| r.until.is_none()).collect();
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
            },
        ));
    }

    for hold in pack.holds.iter().filter(|h| h.when.eval(facts)) {
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
        paths,
        notices,
    }
}
