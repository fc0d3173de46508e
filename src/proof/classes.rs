//! Which values of a fact the conditions tell apart. Two values that every condition (of the pack,
//! of the routing and of the invariants) treats alike form a class, and one value stands for it.

use crate::engine::facts::{self, Values};
use crate::engine::invariants;
use crate::engine::pack::Pack;
use crate::engine::Value;
use crate::flow::routes::tested_values;
use crate::flow::{Ask, Question, GATE_FACT};
use std::collections::{BTreeSet, HashMap};

/// The classes of one fact's values. Class `i` is stored as `i + 1`; 0 is "absent".
pub(super) struct ValueClasses {
    pub key: &'static str,
    /// The value sets the conditions test this fact against.
    tests: Vec<BTreeSet<String>>,
    /// One value for each class, by class (less one).
    pub reps: Vec<Value>,
    /// A class by the answers a value gives to `tests`.
    index: HashMap<Vec<bool>, u8>,
}

impl ValueClasses {
    fn new(key: &'static str, tests: Vec<BTreeSet<String>>, values: Vec<Value>) -> Self {
        let mut c = ValueClasses { key, tests, reps: vec![], index: HashMap::new() };
        for v in values {
            let sig = c.signature(&v);
            if !c.index.contains_key(&sig) {
                assert!(c.reps.len() < 250, "fact `{key}` has too many classes to enumerate");
                c.index.insert(sig, c.reps.len() as u8 + 1);
                c.reps.push(v);
            }
        }
        c
    }

    /// What each test says of `v`: values with the same signature are in one class.
    fn signature(&self, v: &Value) -> Vec<bool> {
        self.tests
            .iter()
            .map(|a| match v {
                Value::One(x) => a.contains(x),
                Value::Many(xs) => xs.iter().any(|x| a.contains(x)),
            })
            .collect()
    }

    pub fn class(&self, v: &Value) -> u8 {
        *self.index.get(&self.signature(v)).unwrap_or_else(|| panic!("no class for {v:?} of `{}`", self.key))
    }
}

/// Every (fact, value set) that something the proof decides tests: the pack's rules and holds, the
/// routing, the invariants (`invariants::READS`), whether the person is back home (the countries
/// question) and what decides which options of a multi-select are shown.
pub(super) fn tested(pack: &Pack, qs: &[Question]) -> Vec<(String, BTreeSet<String>)> {
    let mut atoms = Vec::new();
    for r in &pack.rules {
        tested_values(&r.when, &mut atoms);
        if let Some(u) = &r.unless {
            tested_values(u, &mut atoms);
        }
    }
    pack.holds.iter().for_each(|h| tested_values(&h.when, &mut atoms));
    qs.iter().for_each(|q| tested_values(&q.when, &mut atoms));
    for (k, vs) in invariants::READS {
        atoms.push((k.to_string(), vs.iter().map(|v| v.to_string()).collect()));
    }
    // The countries question tests whether the person is back home, and each option's `Shown`
    // condition tests what it reads.
    atoms.push(("location".into(), ["origin".to_string()].into_iter().collect()));
    for q in qs {
        if let Ask::Many { ticks } = q.ask {
            for t in ticks {
                for (k, v) in t.shown.reads() {
                    atoms.push((k.to_string(), [v.to_string()].into_iter().collect()));
                }
            }
        }
    }
    atoms
}

/// The classes of every fact of the catalogue, then of the gate, over every value a fact can take
/// (and every option a question offers).
pub(super) fn fact_classes(qs: &[Question], tested: &[(String, BTreeSet<String>)]) -> Vec<ValueClasses> {
    let mut keys: Vec<&'static str> = facts::FACTS.iter().map(|f| f.key).collect();
    keys.push(GATE_FACT);
    keys.iter()
        .map(|&key| {
            let on_fact: Vec<BTreeSet<String>> = tested.iter().filter(|(k, _)| k == key).map(|(_, v)| v.clone()).collect();
            let mut values: Vec<Value> = match facts::spec(key).map(|s| s.values) {
                Some(Values::OneOf(vs)) => vs.iter().map(|v| Value::One(v.to_string())).collect(),
                Some(Values::ListOf(vs)) => subsets(vs).into_iter().map(Value::Many).collect(),
                Some(Values::Country(extra)) => facts::ISO_COUNTRIES.iter().chain(extra.iter()).map(|v| Value::One(v.to_string())).collect(),
                None => vec![Value::One("yes".into()), Value::One("no".into())],
            };
            for q in qs {
                if let Ask::One { fact, options, .. } = q.ask {
                    if fact == key {
                        values.extend(options.iter().map(|o| Value::One(o.to_string())));
                    }
                }
            }
            ValueClasses::new(key, on_fact, values)
        })
        .collect()
}

/// The place of a fact in `fact_classes`.
pub(super) fn index_of(facts: &[ValueClasses], key: &str) -> Option<usize> {
    facts.iter().position(|f| f.key == key)
}

/// Every non-empty subset of `values`, as list values.
pub(super) fn subsets(values: &[&str]) -> Vec<Vec<String>> {
    (1u32..(1 << values.len()))
        .map(|m| values.iter().enumerate().filter(|(i, _)| m & (1 << i) != 0).map(|(_, v)| v.to_string()).collect())
        .collect()
}
