//! Every reachable answer set, walked through the flow's routing and checked against the invariants.
//!
//! Options are grouped into classes: two values of a fact that every condition (of the pack and of
//! the routing) treats alike give the same result, so one stands for both. If the classes of every
//! fact still multiply past `EXHAUSTIVE_LIMIT`, the facts that the safeguards read (`PROTECTION`)
//! stay exhaustive and the others take one class per walk, rotating so that each class is used;
//! the proptest suite samples the whole space on top (README "Proof").

use super::{questions, shown_ticks, Answer, Answers, Ask, Question, GATE_FACT};
use crate::engine::invariants;
use crate::engine::pack::{Cond, Pack};
use crate::engine::{evaluate, facts, Facts};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::time::Duration;

/// The facts the safeguards and the invariants read: always enumerated over every class.
pub const PROTECTION: &[&str] = &[
    "respondent", "location", "wish", "pressure", "capacity_concern", "means", "stay_status", "order_to_leave",
    "documents", "fear_of_harm", "crisis_at_origin", "fled_crisis", "trafficking_signs", "at_risk_group",
    "age_band", "with_guardian", "host_country", "origin_country",
];

/// Above this many walks, non-protection facts rotate instead of multiplying.
pub const EXHAUSTIVE_LIMIT: u128 = 3_000_000;

/// What an enumeration found.
#[derive(Debug, Default)]
pub struct Report {
    pub pack: String,
    /// Every combination of raw options the routing allows (each value, "prefer not to say" included).
    pub raw_space: u128,
    /// The same, counting one value per class.
    pub class_space: u128,
    /// Whether every class combination was walked (else the protection facts were, the rest rotated).
    pub exhaustive: bool,
    pub walks: u64,
    pub paths: BTreeMap<String, u64>,
    /// Up to 20 failing fact sets (as JSON) with what broke; `failure_count` counts all.
    pub failures: Vec<(String, Vec<String>)>,
    pub failure_count: u64,
}

impl Report {
    pub fn summary(&self, took: Duration) -> String {
        let mut s = format!(
            "pack {}: {} walks evaluated in {:.1} s ({}); reachable answer sets: {} raw, {} by class\n",
            self.pack,
            self.walks,
            took.as_secs_f64(),
            if self.exhaustive { "every class combination" } else { "protection facts exhaustive, the rest rotated" },
            self.raw_space,
            self.class_space
        );
        s += &format!("paths reached ({}):\n", self.paths.len());
        for (p, n) in &self.paths {
            s += &format!("  {p}: {n}\n");
        }
        s += &format!("invariant failures: {}\n", self.failure_count);
        for (f, why) in &self.failures {
            s += &format!("  {f}\n    {}\n", why.join("\n    "));
        }
        s
    }
}

/// Every (fact, value-list) atom of every condition in the pack and the flow.
fn atoms(pack: &Pack, qs: &[Question]) -> Vec<(String, BTreeSet<String>)> {
    fn walk(c: &Cond, out: &mut Vec<(String, BTreeSet<String>)>) {
        match c {
            Cond::Is(m) => m.iter().for_each(|(k, v)| out.push((k.clone(), v.iter().cloned().collect()))),
            Cond::All(cs) | Cond::Any(cs) => cs.iter().for_each(|x| walk(x, out)),
            Cond::Not(x) => walk(x, out),
            _ => {}
        }
    }
    let mut out = Vec::new();
    pack.rules.iter().for_each(|r| {
        walk(&r.when, &mut out);
        if let Some(u) = &r.unless {
            walk(u, &mut out)
        }
    });
    pack.holds.iter().for_each(|h| walk(&h.when, &mut out));
    pack.notices.iter().for_each(|n| walk(&n.when, &mut out));
    qs.iter().for_each(|q| walk(&q.when, &mut out));
    out
}

struct Classes {
    atoms: Vec<(String, BTreeSet<String>)>,
}

impl Classes {
    fn signature(&self, fact: &str, v: &str) -> Vec<bool> {
        self.atoms.iter().filter(|(k, _)| k == fact).map(|(_, vs)| vs.contains(v)).collect()
    }
    /// One representative value per class, in option order.
    fn reps(&self, fact: &str, values: &[String]) -> Vec<String> {
        let mut seen = BTreeSet::new();
        values.iter().filter(|v| seen.insert(self.signature(fact, v))).cloned().collect()
    }
    fn read(&self, fact: &str, v: &str) -> bool {
        self.atoms.iter().any(|(k, vs)| k == fact && vs.contains(v))
    }
}

/// The answer choices for a question, grouped into classes. `rotate` picks one of the classes for a
/// fact that is not enumerated exhaustively.
fn choices(q: &Question, before: &Facts, cl: &Classes, all_classes: bool, rotate: &mut u64) -> Vec<Answer> {
    let mut pick = |fact: &str, v: Vec<Answer>| -> Vec<Answer> {
        if all_classes || PROTECTION.contains(&fact) || v.len() <= 1 {
            v
        } else {
            *rotate += 1;
            vec![v[(*rotate as usize) % v.len()].clone()]
        }
    };
    match q.ask {
        Ask::One { fact, options, prefer_not } => {
            let vals: Vec<String> = options.iter().map(|s| s.to_string()).collect();
            let mut v: Vec<Answer> = cl.reps(fact, &vals).into_iter().map(|x| Answer::One(Some(x))).collect();
            if prefer_not {
                v.push(Answer::One(None));
            }
            pick(fact, v)
        }
        Ask::Many { ticks } => {
            let shown = shown_ticks(ticks, before);
            let (read, unread): (Vec<&super::Tick>, Vec<&super::Tick>) = shown.iter().partition(|t| cl.read(t.fact, t.value));
            let exhaustive: Vec<_> = read.iter().filter(|t| all_classes || PROTECTION.contains(&t.fact)).collect();
            let rotated: Vec<_> = read.iter().filter(|t| !(all_classes || PROTECTION.contains(&t.fact))).chain(unread.iter()).collect();
            let mut out = vec![Answer::PreferNot];
            for mask in 0u32..(1 << exhaustive.len()) {
                *rotate += 1;
                let mut ticked: Vec<(String, String)> = exhaustive
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| mask & (1 << i) != 0)
                    .map(|(_, t)| (t.fact.to_string(), t.value.to_string()))
                    .collect();
                // The other options: all off, all on, or one at a time, in turn.
                let n = rotated.len() as u64 + 2;
                match *rotate % n {
                    0 => {}
                    1 => ticked.extend(rotated.iter().map(|t| (t.fact.to_string(), t.value.to_string()))),
                    k => {
                        let t = rotated[(k - 2) as usize];
                        ticked.push((t.fact.to_string(), t.value.to_string()));
                    }
                }
                out.push(Answer::Ticked(ticked));
            }
            out
        }
        Ask::Countries => {
            let mut hosts: Vec<String> = facts::ISO_COUNTRIES.iter().map(|s| s.to_string()).collect();
            hosts.push("other".into());
            let mut origins = hosts.clone();
            origins.push("stateless".into());
            let mut h: Vec<Option<String>> = cl.reps("host_country", &hosts).into_iter().map(Some).collect();
            h.push(None);
            let mut o: Vec<Option<String>> = cl.reps("origin_country", &origins).into_iter().map(Some).collect();
            o.push(None);
            if before.get("location") == Some("origin") {
                h = vec![None];
            }
            let mut out = Vec::new();
            for x in &h {
                for y in &o {
                    out.push(Answer::Countries(x.clone(), y.clone()));
                }
            }
            out
        }
        Ask::Gate => vec![Answer::Gate(false), Answer::Gate(true)],
    }
}

/// Counts the walks the routing allows, memoised on the facts the routing reads.
fn count(qs: &[Question], i: usize, answers: &Answers, cl: Option<&Classes>, memo: &mut HashMap<(usize, Vec<Option<String>>), u128>) -> u128 {
    let routing = ["respondent", "location", "wish", "stay_status", "age_band", GATE_FACT];
    let f = answers.routing_facts();
    let Some(j) = (i..qs.len()).find(|&j| qs[j].when.eval(&f)) else { return 1 };
    let key = (j, routing.iter().map(|k| f.get(k).map(str::to_string)).collect::<Vec<_>>());
    if let Some(n) = memo.get(&key) {
        return *n;
    }
    let q = &qs[j];
    let opts: Vec<Answer> = match (q.ask, cl) {
        (_, Some(cl)) => choices(q, &f, cl, true, &mut 0),
        (Ask::One { options, prefer_not, .. }, None) => {
            let mut v: Vec<Answer> = options.iter().map(|o| Answer::One(Some(o.to_string()))).collect();
            if prefer_not {
                v.push(Answer::One(None));
            }
            v
        }
        (Ask::Many { ticks }, None) => {
            // Subsets of the shown options, plus "prefer not to say"; routing never reads these.
            let n = shown_ticks(ticks, &f).len();
            let sub = count(qs, j + 1, &with(answers, q.id, Answer::PreferNot), cl, memo);
            let total = sub * ((1u128 << n) + 1);
            memo.insert(key, total);
            return total;
        }
        (Ask::Countries, None) => {
            let n = facts::ISO_COUNTRIES.len() as u128 + 2;
            let sub = count(qs, j + 1, &with(answers, q.id, Answer::Countries(None, None)), cl, memo);
            let total = sub * if f.get("location") == Some("origin") { n + 1 } else { (n + 1) * (n + 2) };
            memo.insert(key, total);
            return total;
        }
        (Ask::Gate, None) => vec![Answer::Gate(false), Answer::Gate(true)],
    };
    let total = opts.into_iter().map(|a| count(qs, j + 1, &with(answers, q.id, a), cl, memo)).sum();
    memo.insert(key, total);
    total
}

fn with(a: &Answers, id: &'static str, ans: Answer) -> Answers {
    let mut b = a.clone();
    b.set(id, ans);
    b
}

/// Walks every reachable answer set (by class) under `pack` and checks the invariants on each.
pub fn run(pack: &Pack) -> Report {
    let qs = questions();
    let cl = Classes { atoms: atoms(pack, &qs) };
    let raw_space = count(&qs, 0, &Answers::new(), None, &mut HashMap::new());
    let class_space = count(&qs, 0, &Answers::new(), Some(&cl), &mut HashMap::new());
    let exhaustive = class_space <= EXHAUSTIVE_LIMIT;
    let mut report = Report { pack: pack.id.clone(), raw_space, class_space, exhaustive, ..Default::default() };
    let mut rotate = 0u64;
    dfs(&qs, 0, Answers::new(), pack, &cl, exhaustive, &mut rotate, &mut report);
    report
}

#[allow(clippy::too_many_arguments)]
fn dfs(qs: &[Question], i: usize, answers: Answers, pack: &Pack, cl: &Classes, all: bool, rotate: &mut u64, report: &mut Report) {
    let f = answers.routing_facts();
    let Some(j) = (i..qs.len()).find(|&j| qs[j].when.eval(&f)) else {
        let facts = answers.facts();
        let result = evaluate(pack, &facts);
        report.walks += 1;
        for p in &result.paths {
            *report.paths.entry(p.id.clone()).or_default() += 1;
        }
        let broken = invariants::check(&facts, &result, true);
        if !broken.is_empty() {
            report.failure_count += 1;
            if report.failures.len() < 20 {
                report.failures.push((facts::to_json(&facts).to_string(), broken));
            }
        }
        return;
    };
    for a in choices(&qs[j], &f, cl, all, rotate) {
        dfs(qs, j + 1, with(&answers, qs[j].id, a), pack, cl, all, rotate, report);
    }
}

/// Calls `visit` with the route of every distinct routing state (answers chosen only among the
/// values the routing distinguishes). Used for the graph and the reachability tests.
pub fn routing_walks(visit: &mut dyn FnMut(&[&'static str])) {
    let qs = questions();
    let cl = Classes { atoms: atoms_of_flow(&qs) };
    fn go(qs: &[Question], i: usize, answers: Answers, cl: &Classes, visit: &mut dyn FnMut(&[&'static str])) {
        let f = answers.routing_facts();
        let Some(j) = (i..qs.len()).find(|&j| qs[j].when.eval(&f)) else {
            visit(&answers.route());
            return;
        };
        let mut opts = choices(&qs[j], &f, cl, true, &mut 0);
        if matches!(qs[j].ask, Ask::Many { .. } | Ask::Countries) {
            opts.truncate(1);
        }
        for a in opts {
            go(qs, j + 1, with(&answers, qs[j].id, a), cl, visit);
        }
    }
    go(&qs, 0, Answers::new(), &cl, visit);
}

fn atoms_of_flow(qs: &[Question]) -> Vec<(String, BTreeSet<String>)> {
    let empty = Pack {
        id: String::new(),
        jurisdiction: String::new(),
        version: String::new(),
        rules_as_of: String::new(),
        reviewed: String::new(),
        names: Default::default(),
        paths: vec![],
        rules: vec![],
        holds: vec![],
        notices: vec![],
        inherited: Default::default(),
    };
    atoms(&empty, qs)
}
