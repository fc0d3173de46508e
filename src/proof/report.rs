//! What the proof found for one pack: its counts, the paths each outcome class shows, the broken
//! invariants with examples, and the summary `waymark enumerate` prints.

use super::plan::Plan;
use super::walk::Outcome;
use crate::engine::facts;
use std::collections::BTreeMap;
use std::time::Duration;

/// What an enumeration found.
#[derive(Debug, Default)]
pub struct Report {
    pub pack: String,
    /// Every combination of raw options the routing allows (each value, "prefer not to say" included).
    pub raw_space: u128,
    /// The same, counting one value per class: every one of these walks is covered.
    pub class_space: u128,
    /// Whether every class combination was covered (false only if `STATE_LIMIT` was hit).
    pub exhaustive: bool,
    /// Distinct outcome classes: each was evaluated by the engine on a replayed walk.
    pub outcomes: u64,
    /// Engine evaluations made (one or two per outcome class).
    pub evaluations: u64,
    /// The most states kept after any one step.
    pub peak_states: usize,
    /// The states kept after each step (a question, or one fact of a multi-select or of the countries).
    pub states: Vec<(String, usize)>,
    /// For each path: in how many outcome classes some walk shows it.
    pub paths: BTreeMap<String, u64>,
    /// Up to 20 failing walks (their facts as JSON) with what broke.
    pub failures: Vec<(String, Vec<String>)>,
    /// Failing outcome classes, and the class walks in them.
    pub failure_count: u64,
    pub failing_walks: u128,
    /// Each distinct problem, with the number of outcome classes that have it.
    pub problems: BTreeMap<String, u64>,
}

impl Report {
    pub fn summary(&self, took: Duration) -> String {
        let mut s = format!(
            "pack {}: {} in {:.1} s; reachable answer sets: {} raw, {} by class; {} outcome classes, {} engine evaluations, at most {} states kept\n",
            self.pack,
            if self.exhaustive { "every class combination checked" } else { "INCOMPLETE (state limit reached)" },
            took.as_secs_f64(),
            self.raw_space,
            self.class_space,
            self.outcomes,
            self.evaluations,
            self.peak_states,
        );
        s += "states kept after each step: ";
        s += &self.states.iter().map(|(q, n)| format!("{q} {n}")).collect::<Vec<_>>().join(", ");
        s += "\n";
        s += &format!("paths reached ({}), with the outcome classes that show each:\n", self.paths.len());
        for (p, n) in &self.paths {
            s += &format!("  {p}: {n}\n");
        }
        s += &format!("invariant failures: {} outcome classes ({} class walks)\n", self.failure_count, self.failing_walks);
        for (p, n) in &self.problems {
            s += &format!("  {n} × {p}\n");
        }
        if !self.failures.is_empty() {
            s += "examples:\n";
        }
        for (f, why) in &self.failures {
            s += &format!("  {f}\n    {}\n", why.join("\n    "));
        }
        s
    }

    /// Counts one checked outcome class: its evaluations, the paths it shows, what it breaks.
    pub(super) fn add(&mut self, plan: &Plan, outcome: Outcome) {
        let Outcome { classes, reached, first, second } = outcome;
        self.evaluations += 1 + second.is_some() as u64;
        let mut broken = Vec::new();
        let mut json = String::new();
        let mut shown = 0u128;
        match first {
            Ok(c) => {
                if !c.broken.is_empty() {
                    json = facts::to_json(&c.facts).to_string();
                }
                broken = c.broken;
                shown |= c.shown;
            }
            Err(e) => broken.push(e),
        }
        match second {
            Some(Ok(c)) => {
                if c.broken != broken && !broken.iter().any(|x| x.starts_with("enumeration error")) {
                    let other = facts::to_json(&c.facts);
                    broken.push(format!("enumeration error: {other} was merged with this walk but checks differently: {:?}", c.broken));
                }
                shown |= c.shown;
            }
            Some(Err(e)) => broken.push(e),
            None => {}
        }
        for (g, id) in plan.untracked.iter().enumerate() {
            if reached & (1 << g) != 0 {
                shown |= plan.pack.paths.iter().position(|x| x.id == *id).map_or(0, |i| 1 << i);
            }
        }
        for (i, p) in plan.pack.paths.iter().enumerate() {
            if shown & (1 << i) != 0 {
                *self.paths.entry(p.id.clone()).or_default() += 1;
            }
        }
        for b in &broken {
            *self.problems.entry(b.clone()).or_default() += 1;
        }
        if !broken.is_empty() {
            self.failure_count += 1;
            self.failing_walks += classes;
            // One example of each distinct set of problems, up to 20.
            if self.failures.len() < 20 && !self.failures.iter().any(|(_, b)| *b == broken) {
                self.failures.push((json, broken));
            }
        }
    }
}
