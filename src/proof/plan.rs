//! The plan of the proof for one pack, built once: the classes of every fact, the questions as
//! steps, the decisions and their parts, at which step each part is decided and each fact can be
//! forgotten, and the layout of a state's key. Also the operations on a state that both the
//! programme (`programme.rs`) and the replay of a walk (`walk.rs`) use.

use super::classes::{self, index_of, ValueClasses};
use super::decisions::{self, Decision, Kept};
use super::parts::{self, Feeds, Part, PartKind};
use super::reads_of;
use super::state::{Key, Layout, MAX_STEPS};
use super::steps::{self, Choice, FixedChoices, Step, StepKind};
use crate::engine::pack::{is_stay_route, Cond, Pack};
use crate::engine::{Date, Facts, Value};
use crate::flow::{questions, Question};
use std::collections::BTreeSet;

/// Bits of a state's `transient` slot: the current question is asked; its answer is "prefer not
/// to say" (a multi-select).
pub(super) const ASKED: u8 = 1;
pub(super) const PREFER_NOT: u8 = 2;

pub(super) struct Plan<'a> {
    pub pack: &'a Pack,
    /// See `Decisions::wish_can_hide`.
    pub wish_can_hide: bool,
    /// The evaluation day: a dated rule is in force, not yet, or ended, the same for every walk.
    pub on: Date,
    pub qs: Vec<Question>,
    /// The facts of the catalogue, then the gate.
    pub facts: Vec<ValueClasses>,
    /// Step 0 is the start (decisions that read no fact); steps 1.. are the questions' steps.
    pub steps: Vec<Step>,
    pub decisions: Vec<Decision>,
    /// Untracked paths, by id, in the order of their summaries.
    pub untracked: Vec<String>,
    parts: Vec<Part>,
    /// When each part is decided, each summary closed and each fact forgotten, and what each step
    /// reads.
    schedule: Schedule,
    /// Own slots of rules whose condition is `always`: they give every fact as a reason.
    always: Vec<usize>,
    fixed: FixedChoices,
    pub layout: Layout,
    /// Whether the fact a step sets is read at that step.
    pub reads_own_fact: Vec<bool>,
    /// Which untracked paths are stay routes.
    untracked_is_stay: Vec<bool>,
}

/// What happens at each step (by step).
struct Schedule {
    /// The parts decided, children before the part they belong to.
    parts_at: Vec<Vec<usize>>,
    /// The summaries of untracked paths closed (every rule of the path decided).
    summaries_at: Vec<Vec<usize>>,
    /// The facts no later step reads, forgotten.
    forget_at: Vec<Vec<usize>>,
    /// The facts a step reads (the question's condition, shown options, the parts it decides).
    reads_at: Vec<Vec<usize>>,
}

impl<'a> Plan<'a> {
    pub fn new(pack: &'a Pack, on: Date) -> Self {
        let qs = questions();
        let facts = classes::fact_classes(&qs, &classes::tested(pack, &qs));
        let (steps, set_by) = steps::steps(&qs, &facts);
        let n = steps.len();
        assert!(n < 256, "too many steps to enumerate");
        let decisions = decisions::decisions(pack);
        let step_of = |k: &str| index_of(&facts, k).map(|f| set_by[f]).unwrap_or(0);
        let cond_step = |c: &Cond| reads_of(c).iter().map(|k| step_of(k)).max().unwrap_or(0);
        let parts = parts::parts(pack, &decisions, &cond_step);
        let schedule = schedule(&qs, &steps, &facts, &set_by, &parts);
        let reads_own_fact = steps.iter().enumerate().map(|(s, step)| step.fact().is_some_and(|f| schedule.reads_at[s].contains(&f))).collect();
        let width = |n: usize| (usize::BITS - n.leading_zeros()) as u8;
        let fact_widths: Vec<u8> = facts.iter().map(|f| width(f.reps.len())).collect();
        let layout = Layout::new(&fact_widths, decisions.own, decisions.untracked.len(), parts.accumulators);
        assert!(n <= MAX_STEPS, "the flow has more than {MAX_STEPS} steps");
        assert!(pack.paths.len() <= 128, "too many paths to enumerate");
        assert!(decisions.untracked.len() <= 64, "too many untracked paths to enumerate");
        Plan {
            pack,
            wish_can_hide: decisions.wish_can_hide,
            on,
            qs,
            facts,
            steps,
            untracked_is_stay: decisions.untracked.iter().map(|g| is_stay_route(g)).collect(),
            decisions: decisions.list,
            untracked: decisions.untracked,
            parts: parts.list,
            schedule,
            always: decisions.always,
            fixed: FixedChoices::new(),
            layout,
            reads_own_fact,
        }
    }

    /// Decides the parts of step `s` on `f` (which holds at least the facts they read).
    pub fn decide(&self, key: &mut Key, s: usize, f: &Facts) {
        let l = &self.layout;
        for &pi in &self.schedule.parts_at[s] {
            let part = &self.parts[pi];
            let v = match part.kind {
                PartKind::Test(ref c) => decisions::value_on(c, f),
                PartKind::Combined(comb, a) => comb.finish(l.read_and_clear(key, l.accumulators + a)),
            };
            match part.feeds {
                Feeds::Decision(d) => self.keep(key, &self.decisions[d], v),
                Feeds::Part { parent, child } => {
                    let PartKind::Combined(comb, a) = self.parts[parent].kind else { unreachable!("a parent combines") };
                    let acc = comb.add(l.get(key, l.accumulators + a), child, v);
                    l.set(key, l.accumulators + a, acc);
                }
            }
        }
    }

    /// Keeps a decision's value: in its own slot, or added to its path's summary.
    pub fn keep(&self, key: &mut Key, d: &Decision, v: u8) {
        let l = &self.layout;
        match d.kept {
            Kept::Own(i) => l.set(key, l.own + i, v),
            Kept::Summary(g) => {
                let c = add_to_summary(l.get(key, l.summaries + g), v);
                l.set(key, l.summaries + g, c)
            }
        }
    }

    /// Closes the summary of untracked path `g` into `other` (the count of untracked paths shown,
    /// saturating at 2; bit 2: one has no reason). Returns whether the path is shown.
    pub fn close_summary(&self, key: &mut Key, g: usize) -> bool {
        let l = &self.layout;
        let v = l.read_and_clear(key, l.summaries + g);
        if v != 0 {
            let o = l.get(key, l.other);
            let count = ((o & 3) + 1).min(2);
            l.set(key, l.other, count | (o & 4) | if v == 2 { 4 } else { 0 });
            if self.untracked_is_stay[g] {
                l.set(key, l.stay_shown, 1);
            }
        }
        v != 0
    }

    /// Closes the summaries due after step `s`; returns the paths shown, a bit per summary.
    pub fn close_summaries(&self, key: &mut Key, s: usize) -> u64 {
        let mut reached = 0;
        for &g in &self.schedule.summaries_at[s] {
            if self.close_summary(key, g) {
                reached |= 1 << g;
            }
        }
        reached
    }

    /// Forgets the facts no step after `s` reads.
    pub fn forget(&self, key: &mut Key, s: usize) {
        for &f in &self.schedule.forget_at[s] {
            self.layout.set(key, f, 0);
        }
    }

    /// At the end: a rule whose condition is `always` gives every fact as its reason.
    pub fn finish_always(&self, key: &mut Key) {
        let l = &self.layout;
        for &a in &self.always {
            if l.get(key, l.own + a) == 1 && l.get(key, l.present) == 0 {
                l.set(key, l.own + a, 2);
            }
        }
    }

    pub fn set_fact(&self, f: &mut Facts, fact: usize, v: Option<&Value>) {
        let k = self.facts[fact].key;
        match v {
            None => f.remove(k),
            Some(v) => {
                f.0.insert(k.to_string(), v.clone());
            }
        }
    }

    /// The facts step `s` reads, decoded from a key (each class as its representative).
    pub fn decode(&self, key: &Key, s: usize) -> Facts {
        let mut f = Facts::new();
        for &i in &self.schedule.reads_at[s] {
            let c = self.layout.get(key, i);
            if c != 0 {
                self.set_fact(&mut f, i, Some(&self.facts[i].reps[c as usize - 1]));
            }
        }
        f
    }

    /// The choices at step `s`, given the facts so far (at least those the step reads).
    pub fn choices(&self, s: usize, f: &Facts, transient: u8) -> &[Choice] {
        let fixed = &self.fixed;
        if transient & ASKED == 0 {
            return &fixed.not_asked;
        }
        match &self.steps[s].kind {
            StepKind::One { choices, .. } | StepKind::Gate { choices, .. } | StepKind::Origin { choices, .. } => choices,
            StepKind::Host { choices, .. } => {
                if f.get("location") == Some("origin") {
                    &fixed.host_back_home
                } else {
                    choices
                }
            }
            StepKind::Open => &fixed.opening,
            StepKind::Ticks { ticks, by_shown, .. } => {
                if transient & PREFER_NOT != 0 {
                    return &fixed.after_prefer_not;
                }
                let mask = ticks.iter().enumerate().filter(|(_, t)| t.shown.holds(f)).fold(0usize, |m, (i, _)| m | (1 << i));
                &by_shown[mask]
            }
        }
    }

    /// A step's name in the report: the question's id, and the fact when it is not the same.
    pub fn step_name(&self, s: usize) -> String {
        let q = self.qs[self.steps[s].question].id;
        match self.steps[s].fact() {
            Some(f) if self.facts[f].key != q => format!("{q}.{}", self.facts[f].key),
            _ => q.to_string(),
        }
    }
}

/// A summary with one more rule's value: shown if any rule shows it, with a reason if any has one.
fn add_to_summary(g: u8, v: u8) -> u8 {
    match (g, v) {
        (_, 0) => g,
        (0, _) => v,
        (1, _) | (_, 1) => 1,
        _ => 2,
    }
}

/// When each part is decided and each summary closed, what each step reads, and when each fact is
/// read for the last time (and forgotten).
fn schedule(qs: &[Question], steps: &[Step], facts: &[ValueClasses], set_by: &[usize], parts: &parts::Parts) -> Schedule {
    let n = steps.len();
    let mut parts_at = vec![Vec::new(); n];
    let mut reads: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); n];
    let mut last_use: Vec<usize> = set_by.to_vec();
    // A child comes after the part it belongs to, so the reverse order decides children first.
    for (pi, part) in parts.list.iter().enumerate().rev() {
        parts_at[part.step].push(pi);
        if let PartKind::Test(c) = &part.kind {
            for k in reads_of(c) {
                if let Some(f) = index_of(facts, &k) {
                    reads[part.step].insert(f);
                    last_use[f] = last_use[f].max(part.step);
                }
            }
        }
    }
    let mut summaries_at = vec![Vec::new(); n];
    for (g, s) in parts.summary_step.iter().enumerate() {
        summaries_at[*s].push(g);
    }
    // The routing reads: each question's condition at its first step, and what decides which
    // options are shown (mirrors `Shown::holds` and the countries question in `flow::apply`).
    for (s, step) in steps.iter().enumerate().skip(1) {
        let mut rs: Vec<String> = if step.first { reads_of(&qs[step.question].when) } else { vec![] };
        match &step.kind {
            StepKind::Host { .. } => rs.push("location".into()),
            StepKind::Ticks { ticks, .. } => {
                for t in ticks {
                    rs.extend(t.shown.reads().iter().map(|(k, _)| k.to_string()));
                }
            }
            _ => {}
        }
        for k in rs {
            let f = index_of(facts, &k).expect("the routing reads facts of the catalogue or the gate");
            reads[s].insert(f);
            last_use[f] = last_use[f].max(s);
        }
    }
    let mut forget_at = vec![Vec::new(); n];
    for (f, s) in last_use.iter().enumerate() {
        forget_at[*s].push(f);
    }
    Schedule { parts_at, summaries_at, forget_at, reads_at: reads.into_iter().map(|s| s.into_iter().collect()).collect() }
}
