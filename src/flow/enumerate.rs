//! Every reachable answer set, walked through the flow's routing and checked against the invariants.
//!
//! Two values of a fact that every condition (of the pack, of the routing and of the invariants)
//! treats alike form a class, and one value stands for its class. The enumeration covers every
//! combination of classes, not a sample. It walks the questions in order as a dynamic programme: a
//! state keeps only what the rest of the walk can still tell apart (the classes of the facts that a
//! later question or condition reads, and for each rule, hold and invariant trigger already decided,
//! whether it holds and whether it has a reason to show), so walks that reach the same state are
//! merged and counted instead of being walked one by one. A state at the end is an outcome class:
//! every walk in it gets the same answer from `invariants::check`. Each outcome class is then
//! replayed through the real flow and evaluated by the real engine on one of its walks, and on a
//! second walk when one was merged into it, so that a merge that should not have happened shows up
//! as a failure instead of hiding one.
//!
//! Invariant 12 compares each walk's facts evaluated with every wish. A walk's class must then also
//! fix what every wish would give: each rule or hold that could make a stay route or a protection
//! path depend on the wish is kept in the state once per wish (`wish_swapped`), and each outcome
//! class is evaluated with every wish. A pack with no such rule or hold gives those paths alike for
//! every wish by construction; its walks skip those four extra evaluations.

use super::{questions, unticked_value, Answer, Answers, Ask, Question, Tick, GATE_FACT};
use crate::engine::facts::{self, Values};
use crate::engine::invariants;
use crate::engine::pack::{is_stay_route, Cond, Kind, Pack, Rule, Target};
use crate::engine::{evaluate, Date, Facts, Value};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::hash::BuildHasherDefault;
use std::time::Duration;

/// The tests the invariants make on facts (mirrors `engine::invariants::check`): values these tell
/// apart are never put in one class, and each is decided as a trigger in every state.
pub const INVARIANT_ATOMS: &[(&str, &[&str])] = &[
    ("fear_of_harm", &["yes", "unsure"]),
    ("at_risk_group", &["yes"]),
    ("stay_status", &["asylum_pending"]),
    ("trafficking_signs", &["yes"]),
    ("age_band", &["under_15", "15_17"]),
    ("with_guardian", &["yes"]),
    ("pressure", &["yes"]),
    ("crisis_at_origin", &["yes"]),
    ("wish", &["return"]),
    ("wish", &["stay"]),
    ("location", &["host"]),
    ("means", &["own"]),
    ("order_to_leave", &["yes"]),
    ("order_to_leave", &["yes", "unsure"]),
];

/// The paths the invariants name (mirrors `engine::invariants::check`). These, the stay routes and
/// victims' routes (`tracked_by_invariants`), the journey paths and any path that an override, a
/// date, a targeted hold or a wish-dependent rule touches are tracked one by one; every other path
/// only counts towards "a path besides the counsellor" and "every path says why".
pub const INVARIANT_PATHS: &[&str] = &[
    "asylum_referral", "trafficking_referral", "child_protection", "capacity_assessment", "safety_hold",
    "voluntary_repatriation", "avrr", "avrr_before_deadline", "legal_advice", "deadline_urgent",
    "consular_documents", "labour_channels", "counsellor",
];

/// Whether `invariants::check` reads this path of `pack` by name: a path of `INVARIANT_PATHS` or
/// one of the pack's victims' routes (invariant 14). The other stay routes are read only together
/// (invariant 12: whether any of them ranks below a journey path), so the enumeration keeps one bit
/// for "some stay route is shown" instead of tracking each (a country has many).
pub fn tracked_by_invariants(pack: &Pack, id: &str) -> bool {
    INVARIANT_PATHS.contains(&id) || pack.victim_routes.iter().any(|v| v == id)
}

/// Above this many states after one question, the enumeration stops and says that it is incomplete.
pub const STATE_LIMIT: usize = 3_000_000;

/// The worker threads (the CI machine has two cores; a fixed number keeps the examples stable).
const THREADS: usize = 2;

/// A state's slots, packed a few bits each into a fixed key (no allocation per state).
const KEY_WORDS: usize = 6;

/// The most steps a walk can take (a witness holds one choice per step).
const MAX_STEPS: usize = 56;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
struct Key([u64; KEY_WORDS]);

/// One walk: the choice taken at each step.
#[derive(Clone, Copy)]
struct Walk([u8; MAX_STEPS]);

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
}

/// Checks every class combination of answers under `pack`, evaluated on the day `on`.
pub fn run(pack: &Pack, on: Date) -> Report {
    Plan::new(pack, on).run()
}

// ---------------------------------------------------------------------------------------------
// Classes of values.

/// The classes of one fact's values. Class `i` is stored as `i + 1`; 0 is "absent".
struct FactClasses {
    key: &'static str,
    atoms: Vec<BTreeSet<String>>,
    reps: Vec<Value>,
    index: HashMap<Vec<bool>, u8>,
}

impl FactClasses {
    fn new(key: &'static str, atoms: Vec<BTreeSet<String>>, values: Vec<Value>) -> Self {
        let mut c = FactClasses { key, atoms, reps: vec![], index: HashMap::new() };
        for v in values {
            let sig = c.sig(&v);
            if !c.index.contains_key(&sig) {
                assert!(c.reps.len() < 250, "fact `{key}` has too many classes to enumerate");
                c.index.insert(sig, c.reps.len() as u8 + 1);
                c.reps.push(v);
            }
        }
        c
    }

    fn sig(&self, v: &Value) -> Vec<bool> {
        self.atoms
            .iter()
            .map(|a| match v {
                Value::One(x) => a.contains(x),
                Value::Many(xs) => xs.iter().any(|x| a.contains(x)),
            })
            .collect()
    }

    fn class(&self, v: &Value) -> u8 {
        *self.index.get(&self.sig(v)).unwrap_or_else(|| panic!("no class for {v:?} of `{}`", self.key))
    }
}

/// Every (fact, value set) that a condition tests.
fn atoms_of(c: &Cond, out: &mut Vec<(String, BTreeSet<String>)>) {
    match c {
        Cond::Is(m) => m.iter().for_each(|(k, v)| out.push((k.clone(), v.iter().cloned().collect()))),
        Cond::All(cs) | Cond::Any(cs) => cs.iter().for_each(|x| atoms_of(x, out)),
        Cond::Not(x) => atoms_of(x, out),
        Cond::Always(_) | Cond::Absent(_) | Cond::Present(_) => {}
    }
}

fn reads_of(c: &Cond) -> Vec<String> {
    let mut v = Vec::new();
    c.facts(&mut v);
    v
}

/// Every non-empty subset of `values`, as list values.
fn subsets(values: &[&str]) -> Vec<Vec<String>> {
    (1u32..(1 << values.len()))
        .map(|m| values.iter().enumerate().filter(|(i, _)| m & (1 << i) != 0).map(|(_, v)| v.to_string()).collect())
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The plan: steps, items, and what each step decides and forgets.

/// One choice at a step: the class it stores, how many raw options it stands for, and what the
/// person's answer holds.
#[derive(Debug, Clone)]
struct Choice {
    class: u8,
    weight: u128,
    part: Part,
}

#[derive(Debug, Clone)]
enum Part {
    /// The question is not on the route.
    Skip,
    /// A value, or "prefer not to say" (`None`), of a one-valued question or of a country.
    One(Option<String>),
    Gate(bool),
    /// A multi-select: "prefer not to say" (true) or an answer (false).
    Open(bool),
    /// The ticked values of one fact of a multi-select.
    Ticked(Vec<String>),
}

/// A question is one step, or several: a multi-select opens with "prefer not to say or answer",
/// then takes one step per fact it sets; the countries question takes one step per country.
enum StepKind {
    One { fact: usize, choices: Vec<Choice> },
    Gate { fact: usize, choices: Vec<Choice> },
    Host { fact: usize, choices: Vec<Choice> },
    Origin { fact: usize, choices: Vec<Choice> },
    Open,
    /// The ticks of one fact; `by_shown[mask]` are the choices when the ticks in `mask` are shown.
    Ticks { fact: usize, list: bool, ticks: Vec<Tick>, by_shown: Vec<Vec<Choice>> },
}

struct Step {
    q: usize,
    first: bool,
    last: bool,
    kind: StepKind,
}

enum ItemKind {
    Rule(usize),
    Hold(usize),
    Trigger(Cond),
    /// A condition decided part by part like a hold's (a rank rule, or a rule or hold under one wish).
    Cond(Cond),
}

/// A compiled condition's value on facts: 0 false, 1 true with a reason, 2 true with none.
fn cond_value(c: &Cond, f: &Facts) -> u8 {
    match (c.eval(f), c.because(f).is_empty()) {
        (false, _) => 0,
        (true, true) => 2,
        (true, false) => 1,
    }
}

/// The rules and holds whose outcome under another wish invariant 12 can see: a rule of a stay
/// route or a protection path, a rule that displaces others, or a hold on such a path, whose
/// condition reads `wish`; each as (its path, or "" for a hold, and its whole condition).
fn wish_swapped(pack: &Pack) -> Vec<(String, Cond)> {
    let right = |path: &str| is_stay_route(path) || pack.path(path).is_some_and(|p| p.kind == Kind::Protection);
    // A hold on every journey path touches a stay route or protection path only if one is a journey.
    let journey_right = pack.paths.iter().any(|p| p.journey && right(&p.id));
    let reads_wish = |c: &Cond| reads_of(c).iter().any(|k| k == "wish");
    let whole = |r: &Rule| match &r.unless {
        None => r.when.clone(),
        Some(u) => Cond::All(vec![r.when.clone(), Cond::Not(Box::new(u.clone()))]),
    };
    let mut out: Vec<(String, Cond)> = pack
        .rules
        .iter()
        .filter(|r| (right(&r.path) || !r.overrides.is_empty()) && (reads_wish(&r.when) || r.unless.as_ref().is_some_and(reads_wish)))
        .map(|r| (r.path.clone(), whole(r)))
        .collect();
    for h in pack.holds.iter().filter(|h| reads_wish(&h.when)) {
        let touches = match &h.applies_to {
            Target::Paths(ps) => ps.iter().any(|p| right(p)),
            Target::Journey(j) => *j && journey_right,
        };
        if touches {
            out.push((String::new(), h.when.clone()));
        }
    }
    out
}

/// `c` with `wish` fixed to `w`: the parts that test the wish become true or false.
fn with_wish(c: &Cond, w: &str) -> Cond {
    let yes = || Cond::Always(BTreeMap::new());
    let no = || Cond::Not(Box::new(yes()));
    match c {
        Cond::Is(m) => match m.get("wish") {
            None => c.clone(),
            Some(vs) if !vs.iter().any(|v| v == w) => no(),
            Some(_) => {
                let rest: BTreeMap<String, Vec<String>> = m.iter().filter(|(k, _)| *k != "wish").map(|(k, v)| (k.clone(), v.clone())).collect();
                if rest.is_empty() { yes() } else { Cond::Is(rest) }
            }
        },
        Cond::Absent(ks) if ks.iter().any(|k| k == "wish") => no(),
        Cond::Present(ks) if ks.iter().any(|k| k == "wish") => {
            let rest: Vec<String> = ks.iter().filter(|k| *k != "wish").cloned().collect();
            if rest.is_empty() { yes() } else { Cond::Present(rest) }
        }
        Cond::All(cs) => Cond::All(cs.iter().map(|x| with_wish(x, w)).collect()),
        Cond::Any(cs) => Cond::Any(cs.iter().map(|x| with_wish(x, w)).collect()),
        Cond::Not(x) => Cond::Not(Box::new(with_wish(x, w))),
        Cond::Always(_) | Cond::Absent(_) | Cond::Present(_) => c.clone(),
    }
}

/// Where an item's value goes: its own slot, or the running summary of a path that is not tracked
/// one by one.
#[derive(Clone, Copy)]
enum Slot {
    Own(usize),
    Group(usize),
}

struct Item {
    kind: ItemKind,
    slot: Slot,
}

/// How an accumulating node combines the values of its parts (each 0: false, 1: true with a
/// reason, 2: true with no fact as its reason), as `Cond::eval` and `Cond::because` do.
#[derive(Clone, Copy)]
enum Combine {
    All,
    Any,
    /// A rule: its `when` (part 0) unless its `unless` (part 1).
    Rule { always: bool },
}

/// A condition, or a part of one, decided at `step`: a leaf is evaluated there on the facts; an
/// accumulating node collects its parts (decided at earlier steps or the same) in a slot of the
/// state, so that facts can be forgotten as soon as the part reading them is decided.
enum NodeKind {
    Leaf(Cond),
    Acc(Combine, usize),
}

#[derive(Clone, Copy)]
enum Up {
    Parent(usize, u8),
    Item(usize),
}

struct Node {
    kind: NodeKind,
    step: usize,
    up: Up,
}

impl Combine {
    fn add(self, acc: u8, part: u8, v: u8) -> u8 {
        match self {
            Combine::All => acc | (v == 0) as u8 | ((v == 1) as u8) << 1,
            Combine::Any => acc | (v != 0) as u8 | ((v == 1) as u8) << 1,
            Combine::Rule { .. } if part == 0 => acc | v,
            Combine::Rule { .. } => acc | ((v != 0) as u8) << 2,
        }
    }

    fn finish(self, acc: u8) -> u8 {
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

/// A leaf's value on facts.
fn leaf_value(c: &Cond, f: &Facts) -> u8 {
    if !c.eval(f) {
        0
    } else if c.because(f).is_empty() {
        2
    } else {
        1
    }
}

struct Plan<'a> {
    pack: &'a Pack,
    /// Whether some rule or hold of the pack could make a stay route or a protection path depend on
    /// the wish (`wish_swapped`). When none can, every wish shows those paths alike by construction,
    /// and invariant 12's comparison across wishes (four more evaluations per walk) is skipped;
    /// otherwise every outcome class is evaluated with every wish.
    wish_can_hide: bool,
    /// The evaluation day: a dated rule is in force, not yet, or ended, the same for every walk.
    on: Date,
    qs: Vec<Question>,
    /// The facts of the catalogue, then the gate.
    facts: Vec<FactClasses>,
    /// Step 0 is the start (decisions that read no fact); steps 1.. are the questions' steps.
    steps: Vec<Step>,
    items: Vec<Item>,
    /// Untracked paths, by id, with the group slot of each.
    groups: Vec<String>,
    nodes: Vec<Node>,
    /// The nodes decided at each step, parts before the node they belong to.
    decide_at: Vec<Vec<usize>>,
    fold_at: Vec<Vec<usize>>,
    erase_at: Vec<Vec<usize>>,
    /// The facts a step reads (the question's condition, shown options, the items it decides).
    reads: Vec<Vec<usize>>,
    /// Own slots of rules whose condition is `always`: they give every fact as a reason.
    always: Vec<usize>,
    /// The choices of a step not asked, of the host country when back home, of opening a
    /// multi-select, and of a multi-select's fact after "prefer not to say".
    fixed: [Vec<Choice>; 4],
    // The slot layout: facts, then items, groups, accumulators, then `other`, `present`, `transient`;
    // `pos` gives each slot's word, shift and width in the key.
    pos: Vec<(u8, u8, u8)>,
    /// Whether the fact a step sets is read at that step.
    reads_own: Vec<bool>,
    item_base: usize,
    group_base: usize,
    acc_base: usize,
    other: usize,
    present: usize,
    transient: usize,
    /// Set when an untracked stay route is shown (see `tracked_by_invariants`).
    stay_shown: usize,
    /// Which groups are stay routes.
    stay_group: Vec<bool>,
}

const ASKED: u8 = 1;
const PREFER_NOT: u8 = 2;

fn combine_group(g: u8, v: u8) -> u8 {
    match (g, v) {
        (_, 0) => g,
        (0, _) => v,
        (1, _) | (_, 1) => 1,
        _ => 2,
    }
}

impl<'a> Plan<'a> {
    fn new(pack: &'a Pack, on: Date) -> Self {
        let qs = questions();

        // Atoms: the pack's rules and holds, the routing, the invariants.
        let mut atoms = Vec::new();
        for r in &pack.rules {
            atoms_of(&r.when, &mut atoms);
            if let Some(u) = &r.unless {
                atoms_of(u, &mut atoms);
            }
        }
        pack.holds.iter().for_each(|h| atoms_of(&h.when, &mut atoms));
        qs.iter().for_each(|q| atoms_of(&q.when, &mut atoms));
        for (k, vs) in INVARIANT_ATOMS {
            atoms.push((k.to_string(), vs.iter().map(|v| v.to_string()).collect()));
        }
        // The countries question tests whether the person is back home, and each option's `Shown`
        // condition tests what it reads.
        atoms.push(("location".into(), ["origin".to_string()].into_iter().collect()));
        for q in &qs {
            if let Ask::Many { ticks } = q.ask {
                for t in ticks {
                    for (k, v) in t.shown.reads() {
                        atoms.push((k.to_string(), [v.to_string()].into_iter().collect()));
                    }
                }
            }
        }

        // Classes, over every value a fact can take (and every option a question offers).
        let mut keys: Vec<&'static str> = facts::FACTS.iter().map(|f| f.key).collect();
        keys.push(GATE_FACT);
        let facts: Vec<FactClasses> = keys
            .iter()
            .map(|&key| {
                let on_fact: Vec<BTreeSet<String>> = atoms.iter().filter(|(k, _)| k == key).map(|(_, v)| v.clone()).collect();
                let mut values: Vec<Value> = match facts::spec(key).map(|s| s.values) {
                    Some(Values::OneOf(vs)) => vs.iter().map(|v| Value::One(v.to_string())).collect(),
                    Some(Values::ListOf(vs)) => subsets(vs).into_iter().map(Value::Many).collect(),
                    Some(Values::Country(extra)) => {
                        facts::ISO_COUNTRIES.iter().chain(extra.iter()).map(|v| Value::One(v.to_string())).collect()
                    }
                    None => vec![Value::One("yes".into()), Value::One("no".into())],
                };
                for q in &qs {
                    if let Ask::One { fact, options, .. } = q.ask {
                        if fact == key {
                            values.extend(options.iter().map(|o| Value::One(o.to_string())));
                        }
                    }
                }
                FactClasses::new(key, on_fact, values)
            })
            .collect();
        let fact_index = |k: &str| keys.iter().position(|x| *x == k);

        // Steps.
        let mut steps = vec![Step { q: usize::MAX, first: true, last: true, kind: StepKind::Open }];
        let mut set_by: Vec<usize> = vec![0; keys.len()];
        let mut claim = |fact: usize, step: usize| {
            assert!(set_by[fact] == 0, "fact `{}` is set by two questions; the enumeration assumes one", keys[fact]);
            set_by[fact] = step;
        };
        for (qi, q) in qs.iter().enumerate() {
            let start = steps.len();
            let one_choices = |fact: usize, options: Vec<String>, none: bool| {
                let fc = &facts[fact];
                let mut out: Vec<Choice> = Vec::new();
                for o in options {
                    let class = fc.class(&Value::One(o.clone()));
                    match out.iter_mut().find(|c| c.class == class) {
                        Some(c) => c.weight += 1,
                        None => out.push(Choice { class, weight: 1, part: Part::One(Some(o)) }),
                    }
                }
                if none {
                    out.push(Choice { class: 0, weight: 1, part: Part::One(None) });
                }
                out
            };
            match q.ask {
                Ask::One { fact, options, prefer_not } => {
                    let f = fact_index(fact).expect("a question sets a fact of the catalogue");
                    claim(f, start);
                    let choices = one_choices(f, options.iter().map(|o| o.to_string()).collect(), prefer_not);
                    steps.push(Step { q: qi, first: true, last: true, kind: StepKind::One { fact: f, choices } });
                }
                Ask::Gate => {
                    let f = fact_index(GATE_FACT).unwrap();
                    claim(f, start);
                    let choices = [true, false]
                        .into_iter()
                        .map(|b| Choice { class: facts[f].class(&Value::One(if b { "yes" } else { "no" }.into())), weight: 1, part: Part::Gate(b) })
                        .collect();
                    steps.push(Step { q: qi, first: true, last: true, kind: StepKind::Gate { fact: f, choices } });
                }
                Ask::Countries => {
                    for (i, key) in ["host_country", "origin_country"].into_iter().enumerate() {
                        let f = fact_index(key).unwrap();
                        claim(f, start + i);
                        let spec = facts::spec(key).unwrap();
                        let Values::Country(extra) = spec.values else { panic!("`{key}` is a country fact") };
                        let options = facts::ISO_COUNTRIES.iter().chain(extra.iter()).map(|v| v.to_string()).collect();
                        let choices = one_choices(f, options, true);
                        let kind = if i == 0 { StepKind::Host { fact: f, choices } } else { StepKind::Origin { fact: f, choices } };
                        steps.push(Step { q: qi, first: i == 0, last: i == 1, kind });
                    }
                }
                Ask::Many { ticks } => {
                    steps.push(Step { q: qi, first: true, last: false, kind: StepKind::Open });
                    let mut order: Vec<&'static str> = Vec::new();
                    for t in ticks {
                        if !order.contains(&t.fact) {
                            order.push(t.fact);
                        }
                    }
                    for key in order {
                        let f = fact_index(key).expect("a tick sets a fact of the catalogue");
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
                        steps.push(Step { q: qi, first: false, last: false, kind: StepKind::Ticks { fact: f, list, ticks: mine, by_shown } });
                    }
                    steps.last_mut().unwrap().last = true;
                }
            }
        }
        let n = steps.len();
        assert!(n < 256, "too many steps to enumerate");

        // Items and groups: which paths are tracked one by one.
        let overridden: BTreeSet<&String> = pack.rules.iter().flat_map(|r| r.overrides.iter()).collect();
        let swapped = wish_swapped(pack);
        let tracked = |path: &str| {
            tracked_by_invariants(pack, path)
                || swapped.iter().any(|(p, _)| p == path)
                || pack.path(path).is_none_or(|p| p.journey)
                || pack.rules.iter().filter(|r| r.path == path).any(|r| {
                    r.until.is_some() || r.from.is_some() || !r.overrides.is_empty() || overridden.contains(&r.id) || matches!(r.when, Cond::Always(_))
                })
                || pack.holds.iter().any(|h| matches!(&h.applies_to, Target::Paths(ps) if ps.iter().any(|p| p == path)))
        };
        let mut items = Vec::new();
        let mut groups: Vec<String> = Vec::new();
        let mut own = 0;
        let mut always = Vec::new();
        for (i, r) in pack.rules.iter().enumerate() {
            let slot = if tracked(&r.path) {
                own += 1;
                if matches!(r.when, Cond::Always(_)) {
                    always.push(own - 1);
                }
                Slot::Own(own - 1)
            } else {
                let g = groups.iter().position(|g| *g == r.path).unwrap_or_else(|| {
                    groups.push(r.path.clone());
                    groups.len() - 1
                });
                Slot::Group(g)
            };
            items.push(Item { kind: ItemKind::Rule(i), slot });
        }
        for i in 0..pack.holds.len() {
            own += 1;
            items.push(Item { kind: ItemKind::Hold(i), slot: Slot::Own(own - 1) });
        }
        for (k, vs) in INVARIANT_ATOMS {
            own += 1;
            let cond = Cond::Is([(k.to_string(), vs.iter().map(|v| v.to_string()).collect())].into_iter().collect());
            items.push(Item { kind: ItemKind::Trigger(cond), slot: Slot::Own(own - 1) });
        }
        // Rank rules decide the order of stay routes and journeys.
        for r in &pack.ranks {
            own += 1;
            items.push(Item { kind: ItemKind::Cond(r.when.clone()), slot: Slot::Own(own - 1) });
        }
        // Invariant 12 evaluates each walk with every wish: what a wish-dependent rule or hold that
        // can touch a stay route or a protection path would decide under each wish is part of the
        // state, so that walks merged into one class also agree under every other wish.
        for (_, c) in &swapped {
            for w in invariants::WISHES {
                own += 1;
                items.push(Item { kind: ItemKind::Cond(with_wish(c, w)), slot: Slot::Own(own - 1) });
            }
        }

        // The nodes: each rule, hold and trigger as a tree of parts, each part decided after the
        // last step that sets a fact it reads.
        let step_of = |k: &str| fact_index(k).map(|f| set_by[f]).unwrap_or(0);
        let cond_step = |c: &Cond| reads_of(c).iter().map(|k| step_of(k)).max().unwrap_or(0);
        fn compile(c: &Cond, up: Up, nodes: &mut Vec<Node>, accs: &mut usize, cond_step: &dyn Fn(&Cond) -> usize) {
            let step = cond_step(c);
            match c {
                Cond::All(cs) | Cond::Any(cs) if cs.iter().any(|x| cond_step(x) != step) => {
                    let comb = if matches!(c, Cond::All(_)) { Combine::All } else { Combine::Any };
                    let id = nodes.len();
                    nodes.push(Node { kind: NodeKind::Acc(comb, *accs), step, up });
                    *accs += 1;
                    cs.iter().for_each(|x| compile(x, Up::Parent(id, 0), nodes, accs, cond_step));
                }
                _ => nodes.push(Node { kind: NodeKind::Leaf(c.clone()), step, up }),
            }
        }
        let mut nodes: Vec<Node> = Vec::new();
        let mut accs = 0;
        let mut fold_step = vec![0usize; groups.len()];
        for (ii, it) in items.iter().enumerate() {
            let at = match &it.kind {
                ItemKind::Rule(i) => {
                    let r = &pack.rules[*i];
                    let at = cond_step(&r.when).max(r.unless.as_ref().map(&cond_step).unwrap_or(0));
                    let always = matches!(r.when, Cond::Always(_));
                    if r.unless.is_none() && !always {
                        compile(&r.when, Up::Item(ii), &mut nodes, &mut accs, &cond_step);
                        if let Slot::Group(g) = it.slot {
                            fold_step[g] = fold_step[g].max(at);
                        }
                        continue;
                    }
                    let id = nodes.len();
                    nodes.push(Node { kind: NodeKind::Acc(Combine::Rule { always }, accs), step: at, up: Up::Item(ii) });
                    accs += 1;
                    compile(&r.when, Up::Parent(id, 0), &mut nodes, &mut accs, &cond_step);
                    if let Some(u) = &r.unless {
                        compile(u, Up::Parent(id, 1), &mut nodes, &mut accs, &cond_step);
                    }
                    at
                }
                ItemKind::Hold(i) => {
                    compile(&pack.holds[*i].when, Up::Item(ii), &mut nodes, &mut accs, &cond_step);
                    cond_step(&pack.holds[*i].when)
                }
                ItemKind::Trigger(c) => {
                    nodes.push(Node { kind: NodeKind::Leaf(c.clone()), step: cond_step(c), up: Up::Item(ii) });
                    cond_step(c)
                }
                ItemKind::Cond(c) => {
                    compile(c, Up::Item(ii), &mut nodes, &mut accs, &cond_step);
                    cond_step(c)
                }
            };
            if let Slot::Group(g) = it.slot {
                fold_step[g] = fold_step[g].max(at);
            }
        }
        let mut decide_at = vec![Vec::new(); n];
        let mut reads: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); n];
        let mut last_use: Vec<usize> = set_by.clone();
        // A part comes after the node it belongs to, so the reverse order decides parts first.
        for (ni, node) in nodes.iter().enumerate().rev() {
            decide_at[node.step].push(ni);
            if let NodeKind::Leaf(c) = &node.kind {
                for k in reads_of(c) {
                    if let Some(f) = fact_index(&k) {
                        reads[node.step].insert(f);
                        last_use[f] = last_use[f].max(node.step);
                    }
                }
            }
        }
        let mut fold_at = vec![Vec::new(); n];
        for (g, s) in fold_step.iter().enumerate() {
            fold_at[*s].push(g);
        }
        // The routing reads: each question's condition at its first step, and what decides which
        // options are shown (mirrors `Shown::holds` and the countries question in `flow::apply`).
        for (s, step) in steps.iter().enumerate().skip(1) {
            let mut rs: Vec<String> = if step.first { reads_of(&qs[step.q].when) } else { vec![] };
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
                let f = fact_index(&k).expect("the routing reads facts of the catalogue or the gate");
                reads[s].insert(f);
                last_use[f] = last_use[f].max(s);
            }
        }
        let mut erase_at = vec![Vec::new(); n];
        for (f, s) in last_use.iter().enumerate() {
            erase_at[*s].push(f);
        }

        let nf = facts.len();
        let item_base = nf;
        let reads_own = (0..n)
            .map(|s| match &steps[s].kind {
                StepKind::One { fact, .. }
                | StepKind::Gate { fact, .. }
                | StepKind::Host { fact, .. }
                | StepKind::Origin { fact, .. }
                | StepKind::Ticks { fact, .. } => reads[s].contains(fact),
                StepKind::Open => false,
            })
            .collect();
        let width = |n: usize| (usize::BITS - n.leading_zeros()) as u8;
        let widths: Vec<u8> = facts
            .iter()
            .map(|f| width(f.reps.len()))
            .chain(std::iter::repeat_n(2, own + groups.len()))
            .chain(std::iter::repeat_n(3, accs))
            .chain([3, 1, 2, 1])
            .collect();
        let mut pos = Vec::new();
        let (mut word, mut shift) = (0u8, 0u8);
        for w in widths {
            if shift + w > 64 {
                word += 1;
                shift = 0;
            }
            pos.push((word, shift, w));
            shift += w;
        }
        assert!((word as usize) < KEY_WORDS, "the states of this pack do not fit in {KEY_WORDS} words");
        assert!(n <= MAX_STEPS, "the flow has more than {MAX_STEPS} steps");
        assert!(pack.paths.len() <= 128, "too many paths to enumerate");
        assert!(groups.len() <= 64, "too many untracked paths to enumerate");
        let group_base = item_base + own;
        let acc_base = group_base + groups.len();
        let other = acc_base + accs;
        let stay_group = groups.iter().map(|g| is_stay_route(g)).collect();
        Plan {
            pack,
            wish_can_hide: !swapped.is_empty(),
            on,
            qs,
            facts,
            steps,
            items,
            groups,
            nodes,
            decide_at,
            fold_at,
            erase_at,
            reads: reads.into_iter().map(|s| s.into_iter().collect()).collect(),
            always,
            fixed: [
                vec![Choice { class: 0, weight: 1, part: Part::Skip }],
                vec![Choice { class: 0, weight: 1, part: Part::One(None) }],
                vec![Choice { class: 0, weight: 1, part: Part::Open(true) }, Choice { class: 0, weight: 1, part: Part::Open(false) }],
                vec![Choice { class: 0, weight: 1, part: Part::Ticked(vec![]) }],
            ],
            pos,
            reads_own,
            item_base,
            group_base,
            acc_base,
            other,
            present: other + 1,
            transient: other + 2,
            stay_shown: other + 3,
            stay_group,
        }
    }

    /// The value of an item on facts: 0 when it does not hold; 1 when it holds with a reason; 2 when
    /// it holds with no fact as its reason (mirrors `because_of` in `engine::evaluate`).
    fn value(&self, it: &Item, f: &Facts) -> u8 {
        match &it.kind {
            ItemKind::Rule(i) => {
                let r = &self.pack.rules[*i];
                let fired = r.when.eval(f) && !r.unless.as_ref().is_some_and(|u| u.eval(f));
                if !fired {
                    0
                } else if matches!(r.when, Cond::Always(_)) {
                    1 // Its reasons are every fact given; fixed at the end from `present`.
                } else if r.when.because(f).is_empty() {
                    2
                } else {
                    1
                }
            }
            ItemKind::Hold(i) => cond_value(&self.pack.holds[*i].when, f),
            ItemKind::Cond(c) => cond_value(c, f),
            ItemKind::Trigger(c) => c.eval(f) as u8,
        }
    }

    fn get(&self, k: &Key, i: usize) -> u8 {
        let (w, sh, wd) = self.pos[i];
        ((k.0[w as usize] >> sh) & ((1u64 << wd) - 1)) as u8
    }

    fn set(&self, k: &mut Key, i: usize, v: u8) {
        let (w, sh, wd) = self.pos[i];
        assert!(u64::from(v) >> wd == 0, "slot {i} is too narrow for {v}");
        let m = ((1u64 << wd) - 1) << sh;
        k.0[w as usize] = (k.0[w as usize] & !m) | (u64::from(v) << sh);
    }

    fn take(&self, k: &mut Key, i: usize) -> u8 {
        let v = self.get(k, i);
        self.set(k, i, 0);
        v
    }

    /// Decides the nodes of step `s` on `f` (which holds at least the facts they read).
    fn decide(&self, key: &mut Key, s: usize, f: &Facts) {
        for &ni in &self.decide_at[s] {
            let node = &self.nodes[ni];
            let v = match node.kind {
                NodeKind::Leaf(ref c) => leaf_value(c, f),
                NodeKind::Acc(comb, a) => comb.finish(self.take(key, self.acc_base + a)),
            };
            match node.up {
                Up::Item(i) => self.put(key, &self.items[i], v),
                Up::Parent(p, part) => {
                    let NodeKind::Acc(comb, a) = self.nodes[p].kind else { unreachable!("a parent accumulates") };
                    let acc = comb.add(self.get(key, self.acc_base + a), part, v);
                    self.set(key, self.acc_base + a, acc);
                }
            }
        }
    }

    fn put(&self, key: &mut Key, it: &Item, v: u8) {
        match it.slot {
            Slot::Own(i) => self.set(key, self.item_base + i, v),
            Slot::Group(g) => {
                let c = combine_group(self.get(key, self.group_base + g), v);
                self.set(key, self.group_base + g, c)
            }
        }
    }

    /// Folds a group into `other` (count of untracked paths, saturating at 2; bit 2: one has no
    /// reason). Returns whether the group's path was present.
    fn fold(&self, key: &mut Key, g: usize) -> bool {
        let v = self.take(key, self.group_base + g);
        if v != 0 {
            let o = self.get(key, self.other);
            let count = ((o & 3) + 1).min(2);
            self.set(key, self.other, count | (o & 4) | if v == 2 { 4 } else { 0 });
            if self.stay_group[g] {
                self.set(key, self.stay_shown, 1);
            }
        }
        v != 0
    }

    /// At the end: a rule whose condition is `always` gives every fact as its reason.
    fn finish_always(&self, key: &mut Key) {
        for &a in &self.always {
            if self.get(key, self.item_base + a) == 1 && self.get(key, self.present) == 0 {
                self.set(key, self.item_base + a, 2);
            }
        }
    }

    fn set_fact(&self, f: &mut Facts, fact: usize, v: Option<&Value>) {
        let k = self.facts[fact].key;
        match v {
            None => f.remove(k),
            Some(v) => {
                f.0.insert(k.to_string(), v.clone());
            }
        }
    }

    /// The facts a step reads, decoded from a key (each class as its representative).
    fn decode(&self, key: &Key, s: usize) -> Facts {
        let mut f = Facts::new();
        for &i in &self.reads[s] {
            let c = self.get(key, i);
            if c != 0 {
                self.set_fact(&mut f, i, Some(&self.facts[i].reps[c as usize - 1]));
            }
        }
        f
    }

    /// The choices at step `s`, given the facts so far (at least those the step reads).
    fn choices(&self, s: usize, f: &Facts, transient: u8) -> &[Choice] {
        let [skip, none, open, unticked] = &self.fixed;
        if transient & ASKED == 0 {
            return skip;
        }
        match &self.steps[s].kind {
            StepKind::One { choices, .. } | StepKind::Gate { choices, .. } | StepKind::Origin { choices, .. } => choices,
            StepKind::Host { choices, .. } => {
                if f.get("location") == Some("origin") {
                    none
                } else {
                    choices
                }
            }
            StepKind::Open => open,
            StepKind::Ticks { ticks, by_shown, .. } => {
                if transient & PREFER_NOT != 0 {
                    return unticked;
                }
                let mask = ticks.iter().enumerate().filter(|(_, t)| t.shown.holds(f)).fold(0usize, |m, (i, _)| m | (1 << i));
                &by_shown[mask]
            }
        }
    }

    fn step_name(&self, s: usize) -> String {
        let q = self.qs[self.steps[s].q].id;
        match self.step_fact(s) {
            Some(f) if self.facts[f].key != q => format!("{q}.{}", self.facts[f].key),
            _ => q.to_string(),
        }
    }

    /// The fact a step sets, if any.
    fn step_fact(&self, s: usize) -> Option<usize> {
        match &self.steps[s].kind {
            StepKind::One { fact, .. }
            | StepKind::Gate { fact, .. }
            | StepKind::Host { fact, .. }
            | StepKind::Origin { fact, .. }
            | StepKind::Ticks { fact, .. } => Some(*fact),
            StepKind::Open => None,
        }
    }

    /// The start state: the decisions that read no fact (and the untracked paths they show).
    fn start(&self) -> (Key, u64) {
        let mut key = Key::default();
        self.decide(&mut key, 0, &Facts::new());
        let mut reached = 0;
        for &g in &self.fold_at[0] {
            if self.fold(&mut key, g) {
                reached |= 1 << g;
            }
        }
        (key, reached)
    }

    /// Takes one state through step `s`, calling `out` with each next state.
    fn advance(&self, s: usize, key: &Key, entry: &Entry, out: &mut dyn FnMut(Key, Entry)) {
        let step = &self.steps[s];
        let mut f = self.decode(key, s);
        let mut transient = self.get(key, self.transient);
        if step.first {
            transient = if self.qs[step.q].when.eval(&f) { ASKED } else { 0 };
        }
        let fact = self.step_fact(s);
        let choices = self.choices(s, &f, transient);
        assert!(choices.len() < 256);
        for (ci, c) in choices.iter().enumerate() {
            let mut k = *key;
            let mut t = transient;
            if let Part::Open(true) = c.part {
                t |= PREFER_NOT;
            }
            if let Some(fi) = fact {
                self.set(&mut k, fi, c.class);
                if self.reads_own[s] {
                    let v = (c.class != 0).then(|| &self.facts[fi].reps[c.class as usize - 1]);
                    self.set_fact(&mut f, fi, v);
                }
                if c.class != 0 && fi + 1 < self.facts.len() {
                    self.set(&mut k, self.present, 1);
                }
            }
            self.decide(&mut k, s, &f);
            let mut reached = entry.reached;
            for &g in &self.fold_at[s] {
                if self.fold(&mut k, g) {
                    reached |= 1 << g;
                }
            }
            for &e in &self.erase_at[s] {
                self.set(&mut k, e, 0);
            }
            if step.last {
                t = 0;
            }
            self.set(&mut k, self.transient, t);
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
            let q = &self.qs[step.q];
            if step.first {
                transient = if q.when.eval(&f) { ASKED } else { 0 };
                prefer_not = false;
                ticked.clear();
                countries = (None, None);
            }
            let choices = self.choices(s, &f, transient | if prefer_not { PREFER_NOT } else { 0 });
            let c = &choices[picks[s - 1] as usize];
            let fact = self.step_fact(s);
            match (&step.kind, &c.part) {
                (_, Part::Skip) => {}
                (StepKind::Open, Part::Open(p)) => prefer_not = *p,
                (StepKind::Host { .. }, Part::One(v)) => countries.0 = v.clone(),
                (StepKind::Origin { .. }, Part::One(v)) => countries.1 = v.clone(),
                (StepKind::Ticks { ticks, list, .. }, Part::Ticked(vs)) if !prefer_not => {
                    for v in vs {
                        let value = v.clone();
                        ticked.push((ticks[0].fact.to_string(), value));
                    }
                }
                _ => {}
            }
            if let Some(fi) = fact {
                let v = match &c.part {
                    Part::One(v) => v.clone().map(Value::One),
                    Part::Gate(b) => Some(Value::One(if *b { "yes" } else { "no" }.into())),
                    Part::Ticked(vs) => match &step.kind {
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
                let a = match (&step.kind, &c.part) {
                    (StepKind::One { .. }, Part::One(v)) => Answer::One(v.clone()),
                    (StepKind::Gate { .. }, Part::Gate(b)) => Answer::Gate(*b),
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
        let mut key = Key::default();
        for it in &self.items {
            let v = self.value(it, f);
            self.put(&mut key, it, v);
        }
        for g in 0..self.groups.len() {
            self.fold(&mut key, g);
        }
        self.set(&mut key, self.present, !f.0.is_empty() as u8);
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

    fn run(self) -> Report {
        let mut report = Report { pack: self.pack.id.clone(), exhaustive: true, ..Default::default() };
        let (key, reached) = self.start();
        let first = Entry { classes: 1, raw: 1, reached, witness: Walk([0; MAX_STEPS]), alt: None };
        let mut layer: Vec<(Key, Entry)> = vec![(key, first)];
        for s in 1..self.steps.len() {
            let chunk = layer.len().div_ceil(THREADS).max(1);
            let parts: Vec<States> = std::thread::scope(|sc| {
                let handles: Vec<_> = layer
                    .chunks(chunk)
                    .map(|part| {
                        let plan = &self;
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
            report.states.push((self.step_name(s), layer.len()));
            if layer.len() > STATE_LIMIT {
                report.exhaustive = false;
                let why = format!("enumeration incomplete: {} states after step {s}, over STATE_LIMIT ({STATE_LIMIT})", layer.len());
                report.problems.insert(why.clone(), 1);
                report.failures.push((String::new(), vec![why]));
                report.failure_count += 1;
                return report;
            }
        }

        report.outcomes = layer.len() as u64;
        report.raw_space = layer.iter().map(|(_, e)| e.raw).sum();
        report.class_space = layer.iter().map(|(_, e)| e.classes as u128).sum();

        // Evaluate each outcome class on its walk, and on a second walk when one was merged.
        let chunk = layer.len().div_ceil(THREADS).max(1);
        #[allow(clippy::type_complexity)]
        let results: Vec<(u128, u64, Result<Checked, String>, Option<Result<Checked, String>>)> = std::thread::scope(|sc| {
            let handles: Vec<_> = layer
                .chunks(chunk)
                .map(|part| {
                    let plan = &self;
                    sc.spawn(move || {
                        part.iter()
                            .map(|(k, e)| (e.classes as u128, e.reached, plan.check_walk(&e.witness, k), e.alt.as_ref().map(|w| plan.check_walk(w, k))))
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            handles.into_iter().flat_map(|h| h.join().expect("an enumeration thread panicked")).collect()
        });
        for (classes, reached, first, second) in results {
            report.evaluations += 1 + second.is_some() as u64;
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
            for (g, id) in self.groups.iter().enumerate() {
                if reached & (1 << g) != 0 {
                    shown |= self.pack.paths.iter().position(|x| x.id == *id).map_or(0, |i| 1 << i);
                }
            }
            for (i, p) in self.pack.paths.iter().enumerate() {
                if shown & (1 << i) != 0 {
                    *report.paths.entry(p.id.clone()).or_default() += 1;
                }
            }
            for b in &broken {
                *report.problems.entry(b.clone()).or_default() += 1;
            }
            if !broken.is_empty() {
                report.failure_count += 1;
                report.failing_walks += classes;
                // One example of each distinct set of problems, up to 20.
                if report.failures.len() < 20 && !report.failures.iter().any(|(_, b)| *b == broken) {
                    report.failures.push((json, broken));
                }
            }
        }
        report
    }
}

/// The choices for one fact of a multi-select, given the ticks shown: for a yes/no fact, none
/// ticked ("no") or the first ticked value; for a list fact, every subset of the shown values, by
/// class.
fn tick_choices(fc: &FactClasses, list: bool, shown: &[&Tick]) -> Vec<Choice> {
    let mut out: Vec<Choice> = Vec::new();
    let mut add = |class: u8, part: Part| match out.iter_mut().find(|c| c.class == class) {
        Some(c) => c.weight += 1,
        None => out.push(Choice { class, weight: 1, part }),
    };
    if shown.is_empty() {
        add(0, Part::Ticked(vec![]));
    } else if !list {
        // None ticked is the fact's "none of these" value (`unticked_value`: "no" for a yes/no
        // fact); otherwise the first ticked value wins (as `flow::apply` does), so each shown tick
        // stands for the walks where it is the first one ticked.
        add(fc.class(&Value::One(unticked_value(fc.key).into())), Part::Ticked(vec![]));
        for (i, t) in shown.iter().enumerate() {
            // The ticks after the first ticked one may be ticked or not: 2^(later ones) raw answers.
            let later = (shown.len() - 1 - i) as u32;
            let class = fc.class(&Value::One(t.value.into()));
            for _ in 0..(1u64 << later) {
                add(class, Part::Ticked(vec![t.value.to_string()]));
            }
        }
    } else {
        add(0, Part::Ticked(vec![]));
        let values: Vec<&str> = shown.iter().map(|t| t.value).collect();
        for sub in subsets(&values) {
            add(fc.class(&Value::Many(sub.clone())), Part::Ticked(sub));
        }
    }
    out
}

/// What checking one walk gave.
struct Checked {
    facts: Facts,
    broken: Vec<String>,
    /// The paths shown, as bits by their place in the pack.
    shown: u128,
}

/// A state's counts and walks.
struct Entry {
    /// Class walks merged into this state.
    classes: u64,
    /// Raw answer sets they stand for.
    raw: u128,
    /// Untracked paths some merged walk has shown (bit per group).
    reached: u64,
    /// One walk into this state, and a second one if any was merged.
    witness: Walk,
    alt: Option<Walk>,
}

/// The states after one step, in the order they were first reached.
#[derive(Default)]
struct States {
    index: HashMap<Key, u32, BuildHasherDefault<KeyHasher>>,
    list: Vec<(Key, Entry)>,
}

impl States {
    fn merge(&mut self, k: Key, e: Entry) {
        match self.index.get(&k) {
            None => {
                self.index.insert(k, self.list.len() as u32);
                self.list.push((k, e));
            }
            Some(&i) => {
                let x = &mut self.list[i as usize].1;
                x.classes += e.classes;
                x.raw += e.raw;
                x.reached |= e.reached;
                if x.alt.is_none() {
                    x.alt = Some(e.witness);
                }
            }
        }
    }
}

/// A fast, fixed hash for state keys (fixed so that runs are repeatable; keys are not adversarial).
#[derive(Default)]
struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn write_u64(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut w = [0u8; 8];
            w[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

// ---------------------------------------------------------------------------------------------
// Routes, for the graph and the reachability tests.

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
    qs.iter().for_each(|q| atoms_of(&q.when, &mut atoms));
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
                let read: Vec<Tick> = super::shown_ticks(ticks, f).into_iter().filter(|t| routed.contains(t.fact)).collect();
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
