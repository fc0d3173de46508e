//! Each outcome class replayed through the real flow and checked by the real engine: one walk of
//! the class, and a second when one was merged into it, so that a merge that should not have
//! happened shows up as a failure instead of hiding one.

use super::plan::{Plan, ASKED, PREFER_NOT};
use super::state::{Entry, Key, Walk};
use super::steps::{Given, StepKind};
use super::THREADS;
use crate::engine::facts::{self, Facts};
use crate::engine::{evaluate, invariants, Value};
use crate::flow::{unticked_value, Answer, Answers, GATE_FACT};

/// What checking one walk gave.
pub(super) struct Checked {
    pub facts: Facts,
    pub broken: Vec<String>,
    /// The paths shown, as bits by their place in the pack.
    pub shown: u128,
}

/// One outcome class, checked.
pub(super) struct Outcome {
    /// The class walks merged into it.
    pub classes: u128,
    /// The untracked paths some walk of it shows (a bit per summary).
    pub reached: u64,
    /// Its first walk, checked (or an enumeration error).
    pub first: Result<Checked, String>,
    /// Its second walk, where one was merged.
    pub second: Option<Result<Checked, String>>,
}

/// Checks every outcome class, on two threads.
pub(super) fn check_outcomes(plan: &Plan, layer: &[(Key, Entry)]) -> Vec<Outcome> {
    let chunk = layer.len().div_ceil(THREADS).max(1);
    std::thread::scope(|sc| {
        let handles: Vec<_> = layer
            .chunks(chunk)
            .map(|part| {
                sc.spawn(move || {
                    part.iter()
                        .map(|(k, e)| Outcome {
                            classes: e.classes as u128,
                            reached: e.reached,
                            first: plan.check_walk(&e.witness, k),
                            second: e.alt.as_ref().map(|w| plan.check_walk(w, k)),
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().expect("an enumeration thread panicked")).collect()
    })
}

impl Plan<'_> {
    /// Replays a walk (one choice index per step) through the real flow: the answers, and the
    /// enumeration's own view of the facts (to check that the two agree).
    fn replay(&self, picks: &[u8]) -> (Answers, Facts) {
        let mut f = Facts::new();
        let mut answers = Answers::new();
        let mut transient = 0;
        let mut prefer_not = false;
        let mut ticked: Vec<(String, String)> = Vec::new();
        let mut countries: (Option<String>, Option<String>) = (None, None);
        for s in 1..self.steps.len() {
            let step = &self.steps[s];
            let q = &self.qs[step.question];
            if step.first {
                transient = if q.when.eval(&f) { ASKED } else { 0 };
                prefer_not = false;
                ticked.clear();
                countries = (None, None);
            }
            let choices = self.choices(s, &f, transient | if prefer_not { PREFER_NOT } else { 0 });
            let c = &choices[picks[s - 1] as usize];
            match (&step.kind, &c.given) {
                (_, Given::NotAsked) => {}
                (StepKind::Open, Given::Open { prefer_not: p }) => prefer_not = *p,
                (StepKind::Host { .. }, Given::One(v)) => countries.0 = v.clone(),
                (StepKind::Origin { .. }, Given::One(v)) => countries.1 = v.clone(),
                (StepKind::Ticks { ticks, .. }, Given::Ticked(vs)) if !prefer_not => {
                    for v in vs {
                        ticked.push((ticks[0].fact.to_string(), v.clone()));
                    }
                }
                _ => {}
            }
            if let Some(fi) = step.fact() {
                let v = match &c.given {
                    Given::One(v) => v.clone().map(Value::One),
                    Given::Gate(b) => Some(Value::One(if *b { "yes" } else { "no" }.into())),
                    Given::Ticked(vs) => match &step.kind {
                        StepKind::Ticks { list: true, .. } => (!vs.is_empty()).then(|| Value::Many(vs.clone())),
                        StepKind::Ticks { list: false, .. } if transient & ASKED != 0 && !prefer_not && c.class != 0 => {
                            Some(Value::One(vs.first().map(String::as_str).unwrap_or(unticked_value(self.facts[fi].key)).into()))
                        }
                        _ => None,
                    },
                    _ => None,
                };
                self.set_fact(&mut f, fi, v.as_ref());
            }
            if step.last && transient & ASKED != 0 {
                let a = match (&step.kind, &c.given) {
                    (StepKind::One { .. }, Given::One(v)) => Answer::One(v.clone()),
                    (StepKind::Gate { .. }, Given::Gate(b)) => Answer::Gate(*b),
                    (StepKind::Origin { .. }, _) => Answer::Countries(countries.0.clone(), countries.1.clone()),
                    _ if prefer_not => Answer::PreferNot,
                    _ => Answer::Ticked(ticked.clone()),
                };
                answers.set(q.id, a);
            }
        }
        f.remove(GATE_FACT);
        (answers, f)
    }

    /// The final key of complete facts, computed directly (to check the programme's decisions).
    fn final_key(&self, f: &Facts) -> Key {
        let l = &self.layout;
        let mut key = Key::default();
        for d in &self.decisions {
            self.keep(&mut key, d, d.value(self.pack, f));
        }
        for g in 0..self.untracked.len() {
            self.close_summary(&mut key, g);
        }
        l.set(&mut key, l.present, !f.0.is_empty() as u8);
        self.finish_always(&mut key);
        key
    }

    /// Replays one walk and checks it: (its facts, the invariant check, the paths shown), or an
    /// enumeration error.
    fn check_walk(&self, walk: &Walk, key: &Key) -> Result<Checked, String> {
        let (answers, mine) = self.replay(&walk.0);
        let (facts, complete) = answers.facts_and_completeness();
        let json = || facts::to_json(&facts).to_string();
        if facts != mine {
            return Err(format!("enumeration error: the flow gives {}, the enumeration expected {}", json(), facts::to_json(&mine)));
        }
        if !complete {
            return Err(format!("enumeration error: the replayed walk {} is not complete", json()));
        }
        if self.final_key(&facts) != *key {
            return Err(format!("enumeration error: the outcome class of {} was decided wrongly", json()));
        }
        let a = evaluate(self.pack, &facts, self.on);
        let mut broken = invariants::check(self.pack, &facts, &a, true);
        if self.wish_can_hide {
            broken.extend(invariants::check_across_wishes(self.pack, &facts, self.on));
        }
        let shown = a.paths.iter().fold(0u128, |m, p| m | self.pack.paths.iter().position(|x| x.id == p.id).map_or(0, |i| 1 << i));
        Ok(Checked { facts, broken, shown })
    }
}
