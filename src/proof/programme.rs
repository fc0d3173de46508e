//! The dynamic programme over the questions: from the start state, every state is taken through
//! each step with every choice there, and the states after a step that are alike (the same key)
//! are merged and counted. The states after the last step are the outcome classes.

use super::plan::{Plan, ASKED, PREFER_NOT};
use super::report::Report;
use super::state::{Entry, Key, States, Walk, MAX_STEPS};
use super::steps::Given;
use super::{STATE_LIMIT, THREADS};
use crate::engine::Facts;

impl Plan<'_> {
    /// The start state: the decisions that read no fact (and the untracked paths they show).
    fn start(&self) -> (Key, u64) {
        let mut key = Key::default();
        self.decide(&mut key, 0, &Facts::new());
        let reached = self.close_summaries(&mut key, 0);
        (key, reached)
    }

    /// Takes one state through step `s`, calling `out` with each next state.
    fn advance(&self, s: usize, key: &Key, entry: &Entry, out: &mut dyn FnMut(Key, Entry)) {
        let l = &self.layout;
        let step = &self.steps[s];
        let mut f = self.decode(key, s);
        let mut transient = l.get(key, l.transient);
        if step.first {
            transient = if self.qs[step.question].when.eval(&f) { ASKED } else { 0 };
        }
        let fact = step.fact();
        let choices = self.choices(s, &f, transient);
        assert!(choices.len() < 256);
        for (ci, c) in choices.iter().enumerate() {
            let mut k = *key;
            let mut t = transient;
            if let Given::Open { prefer_not: true } = c.given {
                t |= PREFER_NOT;
            }
            if let Some(fi) = fact {
                l.set(&mut k, fi, c.class);
                if self.reads_own_fact[s] {
                    let v = (c.class != 0).then(|| &self.facts[fi].reps[c.class as usize - 1]);
                    self.set_fact(&mut f, fi, v);
                }
                if c.class != 0 && fi + 1 < self.facts.len() {
                    l.set(&mut k, l.present, 1);
                }
            }
            self.decide(&mut k, s, &f);
            let reached = entry.reached | self.close_summaries(&mut k, s);
            self.forget(&mut k, s);
            if step.last {
                t = 0;
            }
            l.set(&mut k, l.transient, t);
            if s + 1 == self.steps.len() {
                self.finish_always(&mut k);
            }
            let extend = |w: &Walk| {
                let mut w = *w;
                w.0[s - 1] = ci as u8;
                w
            };
            out(
                k,
                Entry {
                    classes: entry.classes,
                    raw: entry.raw * c.weight,
                    reached,
                    witness: extend(&entry.witness),
                    alt: entry.alt.as_ref().map(extend),
                },
            );
        }
    }
}

/// Runs the programme through every step, noting in `report` the states kept after each. Returns
/// the outcome classes, or `None` (and the report says why) if a step kept more than
/// `STATE_LIMIT` states.
pub(super) fn outcome_classes(plan: &Plan, report: &mut Report) -> Option<Vec<(Key, Entry)>> {
    let (key, reached) = plan.start();
    let first = Entry { classes: 1, raw: 1, reached, witness: Walk([0; MAX_STEPS]), alt: None };
    let mut layer: Vec<(Key, Entry)> = vec![(key, first)];
    for s in 1..plan.steps.len() {
        let chunk = layer.len().div_ceil(THREADS).max(1);
        let parts: Vec<States> = std::thread::scope(|sc| {
            let handles: Vec<_> = layer
                .chunks(chunk)
                .map(|part| {
                    sc.spawn(move || {
                        let mut m = States::default();
                        for (k, e) in part {
                            plan.advance(s, k, e, &mut |k2, e2| m.merge(k2, e2));
                        }
                        m
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().expect("an enumeration thread panicked")).collect()
        });
        let mut parts = parts.into_iter();
        let mut next = parts.next().unwrap_or_default();
        for m in parts {
            for (k, e) in m.list {
                next.merge(k, e);
            }
        }
        layer = next.list;
        report.peak_states = report.peak_states.max(layer.len());
        report.states.push((plan.step_name(s), layer.len()));
        if layer.len() > STATE_LIMIT {
            report.exhaustive = false;
            let why = format!("enumeration incomplete: {} states after step {s}, over STATE_LIMIT ({STATE_LIMIT})", layer.len());
            report.problems.insert(why.clone(), 1);
            report.failures.push((String::new(), vec![why]));
            report.failure_count += 1;
            return None;
        }
    }
    Some(layer)
}
