//! The questions as the steps of the proof's programme, each with its choices: one class of the
//! fact it sets, with how many raw answers the class stands for and one answer that gives it.
//!
//! A question is one step, or several: a multi-select opens with "prefer not to say or answer",
//! then takes one step per fact it sets; the countries question takes one step per country.

use super::classes::{index_of, subsets, ValueClasses};
use crate::engine::facts::{self, Values};
use crate::engine::Value;
use crate::flow::{unticked_value, Ask, Question, Tick, GATE_FACT};

/// One choice at a step: the class it stores, how many raw options it stands for, and what the
/// person's answer holds.
#[derive(Debug, Clone)]
pub(super) struct Choice {
    pub class: u8,
    pub weight: u128,
    pub given: Given,
}

/// What a choice puts in the person's answer.
#[derive(Debug, Clone)]
pub(super) enum Given {
    /// The question is not on the route.
    NotAsked,
    /// A value, or "prefer not to say" (`None`), of a one-valued question or of a country.
    One(Option<String>),
    Gate(bool),
    /// Opening a multi-select: "prefer not to say", or an answer to come.
    Open { prefer_not: bool },
    /// The ticked values of one fact of a multi-select.
    Ticked(Vec<String>),
}

pub(super) enum StepKind {
    One { fact: usize, choices: Vec<Choice> },
    Gate { fact: usize, choices: Vec<Choice> },
    Host { fact: usize, choices: Vec<Choice> },
    Origin { fact: usize, choices: Vec<Choice> },
    /// The start (step 0), or the opening of a multi-select.
    Open,
    /// The ticks of one fact; `by_shown[mask]` are the choices when the ticks in `mask` are shown.
    Ticks { fact: usize, list: bool, ticks: Vec<Tick>, by_shown: Vec<Vec<Choice>> },
}

pub(super) struct Step {
    /// The question, by its place in `questions()` (`usize::MAX` for the start).
    pub question: usize,
    /// Whether this is the question's first step (it decides whether the question is asked) and
    /// its last (the answer is complete).
    pub first: bool,
    pub last: bool,
    pub kind: StepKind,
}

impl Step {
    /// The fact this step sets, if any.
    pub fn fact(&self) -> Option<usize> {
        match &self.kind {
            StepKind::One { fact, .. }
            | StepKind::Gate { fact, .. }
            | StepKind::Host { fact, .. }
            | StepKind::Origin { fact, .. }
            | StepKind::Ticks { fact, .. } => Some(*fact),
            StepKind::Open => None,
        }
    }
}

/// The choices that do not depend on the question.
pub(super) struct FixedChoices {
    /// A step whose question is not on the route.
    pub not_asked: Vec<Choice>,
    /// The host country when back home (not asked: absent).
    pub host_back_home: Vec<Choice>,
    /// Opening a multi-select: "prefer not to say", or answer.
    pub opening: Vec<Choice>,
    /// A multi-select's fact after "prefer not to say": nothing ticked.
    pub after_prefer_not: Vec<Choice>,
}

impl FixedChoices {
    pub fn new() -> Self {
        let one = |given| vec![Choice { class: 0, weight: 1, given }];
        FixedChoices {
            not_asked: one(Given::NotAsked),
            host_back_home: one(Given::One(None)),
            opening: vec![Choice { class: 0, weight: 1, given: Given::Open { prefer_not: true } }, Choice { class: 0, weight: 1, given: Given::Open { prefer_not: false } }],
            after_prefer_not: one(Given::Ticked(vec![])),
        }
    }
}

/// The steps of the questions `qs` (step 0 is the start, for the decisions that read no fact),
/// and for each fact the step that sets it (0 for none).
pub(super) fn steps(qs: &[Question], facts: &[ValueClasses]) -> (Vec<Step>, Vec<usize>) {
    let mut steps = vec![Step { question: usize::MAX, first: true, last: true, kind: StepKind::Open }];
    let mut set_by: Vec<usize> = vec![0; facts.len()];
    let mut claim = |fact: usize, step: usize| {
        assert!(set_by[fact] == 0, "fact `{}` is set by two questions; the enumeration assumes one", facts[fact].key);
        set_by[fact] = step;
    };
    for (qi, q) in qs.iter().enumerate() {
        let start = steps.len();
        match q.ask {
            Ask::One { fact, options, prefer_not } => {
                let f = index_of(facts, fact).expect("a question sets a fact of the catalogue");
                claim(f, start);
                let choices = one_choices(&facts[f], options.iter().map(|o| o.to_string()).collect(), prefer_not);
                steps.push(Step { question: qi, first: true, last: true, kind: StepKind::One { fact: f, choices } });
            }
            Ask::Gate => {
                let f = index_of(facts, GATE_FACT).unwrap();
                claim(f, start);
                let choices = [true, false]
                    .into_iter()
                    .map(|b| Choice { class: facts[f].class(&Value::One(if b { "yes" } else { "no" }.into())), weight: 1, given: Given::Gate(b) })
                    .collect();
                steps.push(Step { question: qi, first: true, last: true, kind: StepKind::Gate { fact: f, choices } });
            }
            Ask::Countries => {
                for (i, key) in ["host_country", "origin_country"].into_iter().enumerate() {
                    let f = index_of(facts, key).unwrap();
                    claim(f, start + i);
                    let spec = facts::spec(key).unwrap();
                    let Values::Country(extra) = spec.values else { panic!("`{key}` is a country fact") };
                    let options = facts::ISO_COUNTRIES.iter().chain(extra.iter()).map(|v| v.to_string()).collect();
                    let choices = one_choices(&facts[f], options, true);
                    let kind = if i == 0 { StepKind::Host { fact: f, choices } } else { StepKind::Origin { fact: f, choices } };
                    steps.push(Step { question: qi, first: i == 0, last: i == 1, kind });
                }
            }
            Ask::Many { ticks } => {
                steps.push(Step { question: qi, first: true, last: false, kind: StepKind::Open });
                let mut order: Vec<&'static str> = Vec::new();
                for t in ticks {
                    if !order.contains(&t.fact) {
                        order.push(t.fact);
                    }
                }
                for key in order {
                    let f = index_of(facts, key).expect("a tick sets a fact of the catalogue");
                    let mine: Vec<Tick> = ticks.iter().copied().filter(|t| t.fact == key).collect();
                    let list = matches!(facts::spec(key).map(|s| s.values), Some(Values::ListOf(_)));
                    assert!(list || mine.len() <= 3, "yes/no fact `{key}` has more than three ticks");
                    assert!(mine.len() <= 12, "too many ticks for `{key}`");
                    claim(f, steps.len());
                    let by_shown = (0u32..(1 << mine.len()))
                        .map(|mask| {
                            let shown: Vec<&Tick> = mine.iter().enumerate().filter(|(i, _)| mask & (1 << i) != 0).map(|(_, t)| t).collect();
                            tick_choices(&facts[f], list, &shown)
                        })
                        .collect();
                    steps.push(Step { question: qi, first: false, last: false, kind: StepKind::Ticks { fact: f, list, ticks: mine, by_shown } });
                }
                steps.last_mut().unwrap().last = true;
            }
        }
    }
    (steps, set_by)
}

/// The choices for a one-valued fact: each option, by class, and "prefer not to say" if `none`.
fn one_choices(fc: &ValueClasses, options: Vec<String>, none: bool) -> Vec<Choice> {
    let mut out: Vec<Choice> = Vec::new();
    for o in options {
        let class = fc.class(&Value::One(o.clone()));
        match out.iter_mut().find(|c| c.class == class) {
            Some(c) => c.weight += 1,
            None => out.push(Choice { class, weight: 1, given: Given::One(Some(o)) }),
        }
    }
    if none {
        out.push(Choice { class: 0, weight: 1, given: Given::One(None) });
    }
    out
}

/// The choices for one fact of a multi-select, given the ticks shown: for a yes/no fact, none
/// ticked ("no") or the first ticked value; for a list fact, every subset of the shown values, by
/// class.
fn tick_choices(fc: &ValueClasses, list: bool, shown: &[&Tick]) -> Vec<Choice> {
    let mut out: Vec<Choice> = Vec::new();
    let mut add = |class: u8, given: Given| match out.iter_mut().find(|c| c.class == class) {
        Some(c) => c.weight += 1,
        None => out.push(Choice { class, weight: 1, given }),
    };
    if shown.is_empty() {
        add(0, Given::Ticked(vec![]));
    } else if !list {
        // None ticked is the fact's "none of these" value (`unticked_value`: "no" for a yes/no
        // fact); otherwise the first ticked value wins (as `flow::apply` does), so each shown tick
        // stands for the walks where it is the first one ticked.
        add(fc.class(&Value::One(unticked_value(fc.key).into())), Given::Ticked(vec![]));
        for (i, t) in shown.iter().enumerate() {
            // The ticks after the first ticked one may be ticked or not: 2^(later ones) raw answers.
            let later = (shown.len() - 1 - i) as u32;
            let class = fc.class(&Value::One(t.value.into()));
            for _ in 0..(1u64 << later) {
                add(class, Given::Ticked(vec![t.value.to_string()]));
            }
        }
    } else {
        add(0, Given::Ticked(vec![]));
        let values: Vec<&str> = shown.iter().map(|t| t.value).collect();
        for sub in subsets(&values) {
            add(fc.class(&Value::Many(sub.clone())), Given::Ticked(sub));
        }
    }
    out
}
