//! Every distinct route through the questions: the walks that the graph, the screens and the
//! reachability tests are drawn from, found by walking the routing itself.
//!
//! Answers are chosen only among the values the routing's conditions tell apart, so each routing
//! state is visited once. Also what the proof (`crate::proof`) reads to know which values a
//! condition tells apart (`tested_values`).

use super::{questions, shown_ticks, Answer, Answers, Ask, Question};
use crate::engine::pack::Cond;
use crate::engine::Facts;
use std::collections::BTreeSet;

/// Every (fact, value set) that a condition tests: values on the same side of every such test
/// are alike to the condition.
pub fn tested_values(c: &Cond, out: &mut Vec<(String, BTreeSet<String>)>) {
    match c {
        Cond::Is(m) => m.iter().for_each(|(k, v)| out.push((k.clone(), v.iter().cloned().collect()))),
        Cond::All(cs) | Cond::Any(cs) => cs.iter().for_each(|x| tested_values(x, out)),
        Cond::Not(x) => tested_values(x, out),
        Cond::Always(_) | Cond::Absent(_) | Cond::Present(_) => {}
    }
}

/// Calls `visit` with the route of every distinct routing state (answers chosen only among the
/// values the routing tells apart). Used for the graph and the reachability tests.
pub fn routing_walks(visit: &mut dyn FnMut(&[&'static str])) {
    routing_answer_walks(&mut |answers: &Answers| visit(&answers.route()));
}

/// Like `routing_walks`, with the answers that take each route (for `screens`, which needs to know
/// how to walk a route, not only where it goes).
pub fn routing_answer_walks(visit: &mut dyn FnMut(&Answers)) {
    let qs = questions();
    let mut atoms = Vec::new();
    qs.iter().for_each(|q| tested_values(&q.when, &mut atoms));
    let routed: BTreeSet<String> = atoms.iter().map(|(k, _)| k.clone()).collect();
    let reps = |fact: &str, options: Vec<String>| -> Vec<String> {
        let mut seen = BTreeSet::new();
        options
            .into_iter()
            .filter(|v| seen.insert(atoms.iter().filter(|(k, _)| k == fact).map(|(_, vs)| vs.contains(v)).collect::<Vec<_>>()))
            .collect()
    };
    let choices = |q: &Question, f: &Facts| -> Vec<Answer> {
        match q.ask {
            Ask::One { fact, options, prefer_not } => {
                let mut v: Vec<Answer> = reps(fact, options.iter().map(|o| o.to_string()).collect()).into_iter().map(|x| Answer::One(Some(x))).collect();
                if prefer_not {
                    v.push(Answer::One(None));
                }
                v
            }
            // A multi-select routes only through the facts the routing reads: tick those in every
            // combination (today none is read, so "prefer not to say" stands for all).
            Ask::Many { ticks } => {
                let read: Vec<_> = shown_ticks(ticks, f).into_iter().filter(|t| routed.contains(t.fact)).collect();
                let mut v = vec![Answer::PreferNot];
                for m in 0u32..(1 << read.len()) {
                    v.push(Answer::Ticked(read.iter().enumerate().filter(|(i, _)| m & (1 << i) != 0).map(|(_, t)| (t.fact.to_string(), t.value.to_string())).collect()));
                }
                if read.is_empty() {
                    v.truncate(1);
                }
                v
            }
            Ask::Countries => {
                assert!(!routed.contains("host_country") && !routed.contains("origin_country"), "routing on countries is not enumerated");
                vec![Answer::Countries(None, None)]
            }
            Ask::Gate => vec![Answer::Gate(false), Answer::Gate(true)],
        }
    };
    fn go(qs: &[Question], i: usize, answers: Answers, choices: &dyn Fn(&Question, &Facts) -> Vec<Answer>, visit: &mut dyn FnMut(&Answers)) {
        let f = answers.routing_facts();
        let Some(j) = (i..qs.len()).find(|&j| qs[j].when.eval(&f)) else {
            visit(&answers);
            return;
        };
        for a in choices(&qs[j], &f) {
            let mut b = answers.clone();
            b.set(qs[j].id, a);
            go(qs, j + 1, b, choices, visit);
        }
    }
    go(&qs, 0, Answers::new(), &choices, visit);
}
