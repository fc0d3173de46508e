//! The proof: every reachable answer set, walked through the flow's routing, evaluated by the
//! engine and checked against the invariants (`waymark enumerate`, tests/enumerate.rs).
//!
//! Two values of a fact that every condition (of the pack, of the routing and of the invariants)
//! treats alike form a class, and one value stands for its class. The enumeration covers every
//! combination of classes, not a sample. It walks the questions in order as a dynamic programme: a
//! state keeps only what the rest of the walk can still tell apart (the classes of the facts that a
//! later question or condition reads, and for each rule, hold and invariant test already decided,
//! whether it holds and whether it has a reason to show), so walks that reach the same state are
//! merged and counted instead of being walked one by one. A state at the end is an outcome class:
//! every walk in it gets the same answer from `invariants::check`. Each outcome class is then
//! replayed through the real flow and evaluated by the real engine on one of its walks, and on a
//! second walk when one was merged into it, so that a merge that should not have happened shows up
//! as a failure instead of hiding one.
//!
//! Invariant 12 compares each walk's facts evaluated with every wish. A walk's class must then also
//! fix what every wish would give: each rule or hold that could make a stay route or a protection
//! path depend on the wish is kept in the state once per wish, and each outcome class is evaluated
//! with every wish. A pack with no such rule or hold gives those paths alike for every wish by
//! construction; its walks skip those four extra evaluations.
//!
//! The parts, in the order the proof uses them: `classes.rs` (which values the conditions tell
//! apart), `steps.rs` (the questions as steps, with their choices), `decisions.rs` (what a state
//! decides, and which paths are tracked one by one), `parts.rs` (each decision's condition split
//! into parts decided as soon as their facts are known), `state.rs` (a state as a fixed key; the
//! states after a step, merged), `plan.rs` (all of it built once per pack), `programme.rs` (the
//! dynamic programme), `walk.rs` (each outcome class replayed and checked), `report.rs` (the
//! counts and the summary).
//!
//! May import: `engine` (the condition language, facts, `evaluate` and `invariants`, which say
//! what to check), `flow` (the questions and their routing), `rules` and `lean`; nothing of
//! `i18n`, `host` or `ui`. Nothing imports the proof but the CLI and the tests. It never reads the
//! clock: the caller measures the time a run took.

mod classes;
mod decisions;
mod parts;
mod plan;
mod programme;
mod report;
mod state;
mod steps;
mod walk;

use crate::engine::pack::{Cond, Pack};
use crate::engine::Date;

pub use report::Report;

/// Above this many states after one step, the enumeration stops and says that it is incomplete.
pub const STATE_LIMIT: usize = 3_000_000;

/// The worker threads (the CI machine has two cores; a fixed number keeps the examples stable).
const THREADS: usize = 2;

/// Checks every class combination of answers under `pack`, evaluated on the day `on`.
pub fn run(pack: &Pack, on: Date) -> Report {
    let plan = plan::Plan::new(pack, on);
    let mut report = Report { pack: pack.id.clone(), exhaustive: true, ..Default::default() };
    let Some(outcomes) = programme::outcome_classes(&plan, &mut report) else {
        return report;
    };
    report.outcomes = outcomes.len() as u64;
    report.raw_space = outcomes.iter().map(|(_, e)| e.raw).sum();
    report.class_space = outcomes.iter().map(|(_, e)| e.classes as u128).sum();
    // Evaluate each outcome class on its walk, and on a second walk when one was merged.
    for outcome in walk::check_outcomes(&plan, &outcomes) {
        report.add(&plan, outcome);
    }
    report
}

/// The facts a condition reads.
fn reads_of(c: &Cond) -> Vec<String> {
    let mut v = Vec::new();
    c.facts(&mut v);
    v
}
