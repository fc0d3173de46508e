//! Each decision's condition split into parts, so that a state can forget a fact as soon as every
//! part that reads it is decided.
//!
//! A part is decided at the step after which every fact it reads is known. A test part is
//! evaluated there on the facts; a combined part (an `all` or `any` whose children are decided at
//! different steps, or a rule with an `unless`) collects its children's values in an accumulator
//! slot of the state until its own step, and then gives its value to its parent or its decision.

use super::decisions::{Decided, Decisions, Kept};
use crate::engine::pack::{Cond, Pack};

/// How a combined part combines the values of its children (each 0: false, 1: true with a reason,
/// 2: true with no fact as its reason), as `Cond::eval` and `Cond::because` do.
#[derive(Clone, Copy)]
pub(super) enum Combine {
    All,
    Any,
    /// A rule: its `when` (child 0) unless its `unless` (child 1).
    Rule { always: bool },
}

impl Combine {
    /// The accumulator after child `child` gave `v`.
    pub fn add(self, acc: u8, child: u8, v: u8) -> u8 {
        match self {
            Combine::All => acc | (v == 0) as u8 | ((v == 1) as u8) << 1,
            Combine::Any => acc | (v != 0) as u8 | ((v == 1) as u8) << 1,
            Combine::Rule { .. } if child == 0 => acc | v,
            Combine::Rule { .. } => acc | ((v != 0) as u8) << 2,
        }
    }

    /// The value of the combined part once every child has given its value.
    pub fn finish(self, acc: u8) -> u8 {
        match self {
            Combine::All if acc & 1 != 0 => 0,
            Combine::Any if acc & 1 == 0 => 0,
            Combine::All | Combine::Any => if acc & 2 != 0 { 1 } else { 2 },
            Combine::Rule { always } => match (acc & 3, acc & 4 != 0) {
                (0, _) | (_, true) => 0,
                // Its reasons are every fact given; fixed at the end from `present`.
                _ if always => 1,
                (when, false) => when,
            },
        }
    }
}

pub(super) enum PartKind {
    /// A condition evaluated on the facts at its step.
    Test(Cond),
    /// Children combined in the accumulator with this number.
    Combined(Combine, usize),
}

/// Where a part's value goes.
#[derive(Clone, Copy)]
pub(super) enum Feeds {
    /// Child `child` of the combined part `parent`.
    Part { parent: usize, child: u8 },
    /// The decision with this place in `Decisions::list`.
    Decision(usize),
}

pub(super) struct Part {
    pub kind: PartKind,
    /// The step after which it is decided.
    pub step: usize,
    pub feeds: Feeds,
}

pub(super) struct Parts {
    /// Every part; a child comes after the part it belongs to.
    pub list: Vec<Part>,
    /// How many accumulators the combined parts use.
    pub accumulators: usize,
    /// For each untracked path, the step after which every rule of it is decided.
    pub summary_step: Vec<usize>,
}

/// The parts of every decision; `cond_step` gives the step after which a condition can be decided.
pub(super) fn parts(pack: &Pack, decisions: &Decisions, cond_step: &dyn Fn(&Cond) -> usize) -> Parts {
    let mut list: Vec<Part> = Vec::new();
    let mut accs = 0;
    let mut summary_step = vec![0usize; decisions.untracked.len()];
    for (di, d) in decisions.list.iter().enumerate() {
        let at = match &d.what {
            Decided::Rule(i) => {
                let r = &pack.rules[*i];
                let at = cond_step(&r.when).max(r.unless.as_ref().map(cond_step).unwrap_or(0));
                let always = matches!(r.when, Cond::Always(_));
                if r.unless.is_none() && !always {
                    split(&r.when, Feeds::Decision(di), &mut list, &mut accs, cond_step);
                } else {
                    let id = list.len();
                    list.push(Part { kind: PartKind::Combined(Combine::Rule { always }, accs), step: at, feeds: Feeds::Decision(di) });
                    accs += 1;
                    split(&r.when, Feeds::Part { parent: id, child: 0 }, &mut list, &mut accs, cond_step);
                    if let Some(u) = &r.unless {
                        split(u, Feeds::Part { parent: id, child: 1 }, &mut list, &mut accs, cond_step);
                    }
                }
                at
            }
            Decided::Hold(i) => {
                split(&pack.holds[*i].when, Feeds::Decision(di), &mut list, &mut accs, cond_step);
                cond_step(&pack.holds[*i].when)
            }
            Decided::InvariantTest(c) => {
                list.push(Part { kind: PartKind::Test(c.clone()), step: cond_step(c), feeds: Feeds::Decision(di) });
                cond_step(c)
            }
            Decided::Condition(c) => {
                split(c, Feeds::Decision(di), &mut list, &mut accs, cond_step);
                cond_step(c)
            }
        };
        if let Kept::Summary(g) = d.kept {
            summary_step[g] = summary_step[g].max(at);
        }
    }
    Parts { list, accumulators: accs, summary_step }
}

/// Adds `c` as a part feeding `feeds`: an `all` or `any` whose children are decided at different
/// steps becomes a combined part with each child a part of its own; anything else is one test.
fn split(c: &Cond, feeds: Feeds, list: &mut Vec<Part>, accs: &mut usize, cond_step: &dyn Fn(&Cond) -> usize) {
    let step = cond_step(c);
    match c {
        Cond::All(cs) | Cond::Any(cs) if cs.iter().any(|x| cond_step(x) != step) => {
            let comb = if matches!(c, Cond::All(_)) { Combine::All } else { Combine::Any };
            let id = list.len();
            list.push(Part { kind: PartKind::Combined(comb, *accs), step, feeds });
            *accs += 1;
            cs.iter().for_each(|x| split(x, Feeds::Part { parent: id, child: 0 }, list, accs, cond_step));
        }
        _ => list.push(Part { kind: PartKind::Test(c.clone()), step, feeds }),
    }
}
