//! Routing only: which question comes next, given the answers so far. No policy, no words.
//!
//! The questions are data: each names the facts it sets, its options, and when it applies (a
//! `Cond` over earlier answers, the same language the packs use, so the flow can be drawn and
//! enumerated). A question that does not apply is skipped, and its old answer no longer counts:
//! the facts a result sees are only those of questions on the current route.
//!
//! May import: `engine` (the condition language and facts, never `evaluate` or `invariants`) and
//! `lean`; nothing of `rules`, `i18n`, `host`, `ui` or the proof (`crate::proof`, which sits above
//! and walks this routing).

pub mod graph;
pub mod routes;

use crate::engine::pack::Cond;
use crate::engine::{Facts, Value};
use std::collections::BTreeMap;

/// One option of a multi-select question: ticking it sets `fact` (a yes/no fact to `yes`, or adds
/// `value` to a list fact). An unticked yes/no option sets `no`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tick {
    pub fact: &'static str,
    pub value: &'static str,
    /// When this option is offered (for example: "stuck here" only away from home).
    pub shown: Shown,
}

/// A small, closed set of conditions for showing an option (kept simple: options are few).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Always,
    AwayFromHome,
    /// In the country one migrated to (`location` host).
    InHost,
    /// Wanting to go home (`wish` return).
    Returning,
}

impl Shown {
    pub fn holds(self, facts: &Facts) -> bool {
        match self {
            Shown::Always => true,
            Shown::AwayFromHome => facts.get("location") != Some("origin"),
            Shown::InHost => facts.get("location") == Some("host"),
            Shown::Returning => facts.get("wish") == Some("return"),
        }
    }

    /// The facts `holds` reads (the enumeration tracks them).
    pub fn reads(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Shown::Always => &[],
            Shown::AwayFromHome => &[("location", "origin")],
            Shown::InHost => &[("location", "host")],
            Shown::Returning => &[("wish", "return")],
        }
    }
}

/// What a one-valued fact of a multi-select is when none of its boxes is ticked (and the person
/// answered the question): "no" for a yes/no fact; for the others, the value that says "none of
/// these" (no work here; a passport that is neither expired nor missing).
pub fn unticked_value(fact: &str) -> &'static str {
    match fact {
        "work" => "none",
        "documents" => "valid",
        _ => "no",
    }
}

/// What a question asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ask {
    /// One value of one fact (radio buttons). `prefer_not` adds "I prefer not to say" (fact absent).
    One { fact: &'static str, options: &'static [&'static str], prefer_not: bool },
    /// "Which of these apply to you?": checkboxes, "none of these" and "I prefer not to say".
    Many { ticks: &'static [Tick] },
    /// The country one is in now (not asked when back home) and the country of citizenship.
    Countries,
    /// A choice that only steers the route (whether to ask the tailoring questions); sets no fact.
    Gate,
}

/// A question: an id (its Fluent ids are `q-<id>…`), what it asks, when it applies, whether it is
/// sensitive (the safety interruption comes before the first sensitive one).
#[derive(Debug, Clone)]
pub struct Question {
    pub id: &'static str,
    pub ask: Ask,
    pub when: Cond,
    pub sensitive: bool,
}

impl Question {
    /// The facts this question can set.
    pub fn facts(&self) -> Vec<&'static str> {
        match self.ask {
            Ask::One { fact, .. } => vec![fact],
            Ask::Many { ticks } => {
                let mut v: Vec<&str> = Vec::new();
                for t in ticks {
                    if !v.contains(&t.fact) {
                        v.push(t.fact);
                    }
                }
                v
            }
            Ask::Countries => vec!["host_country", "origin_country"],
            Ask::Gate => vec![],
        }
    }
}

/// A person's answer to one question, as the UI gives it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Answer {
    /// A value for `Ask::One`; `None` is "I prefer not to say".
    One(Option<String>),
    /// The ticked options of `Ask::Many` (`fact=value` pairs); empty is "none of these".
    Ticked(Vec<(String, String)>),
    /// "I prefer not to say" on a multi-select.
    PreferNot,
    /// Host country (None when not asked or not said) and country of citizenship.
    Countries(Option<String>, Option<String>),
    /// The gate: whether to ask the tailoring questions.
    Gate(bool),
}

/// Every answer given, by question id, including answers on branches no longer taken (so that going
/// back and forth never loses one); `facts()` uses only those on the current route.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers(pub BTreeMap<&'static str, Answer>);

fn is(pairs: &[(&str, &[&str])]) -> Cond {
    Cond::Is(crate::lean::map_from(pairs.iter().map(|(k, vs)| (k.to_string(), vs.iter().map(|v| v.to_string()).collect()))))
}
fn not(c: Cond) -> Cond {
    Cond::Not(Box::new(c))
}
fn all(cs: Vec<Cond>) -> Cond {
    Cond::All(cs)
}
fn any(cs: Vec<Cond>) -> Cond {
    Cond::Any(cs)
}
fn always() -> Cond {
    Cond::Always(BTreeMap::new())
}

/// The pseudo-fact a gate answer is routed on. It is not a fact of the contract and never reaches
/// the engine: `facts()` strips it.
pub const GATE_FACT: &str = "_tailor";

const PROTECTION_TICKS: &[Tick] = &[
    Tick { fact: "pressure", value: "yes", shown: Shown::AwayFromHome },
    Tick { fact: "trafficking_signs", value: "yes", shown: Shown::Always },
    Tick { fact: "torture_or_abuse", value: "yes", shown: Shown::Always },
    Tick { fact: "at_risk_group", value: "yes", shown: Shown::AwayFromHome },
    Tick { fact: "crisis_at_origin", value: "yes", shown: Shown::AwayFromHome },
    Tick { fact: "crisis_at_origin", value: "unsure", shown: Shown::AwayFromHome },
    Tick { fact: "fled_crisis", value: "yes", shown: Shown::AwayFromHome },
    Tick { fact: "stranded", value: "yes", shown: Shown::AwayFromHome },
    Tick { fact: "health_needs", value: "yes", shown: Shown::Always },
    Tick { fact: "pregnant", value: "yes", shown: Shown::Always },
];

const RESTART_TICKS: &[Tick] = &[
    Tick { fact: "restart_needs", value: "job", shown: Shown::Always },
    Tick { fact: "restart_needs", value: "training", shown: Shown::Always },
    Tick { fact: "restart_needs", value: "business", shown: Shown::Always },
    Tick { fact: "restart_needs", value: "credit", shown: Shown::Always },
    Tick { fact: "restart_needs", value: "housing", shown: Shown::Always },
    Tick { fact: "restart_needs", value: "health", shown: Shown::Always },
    Tick { fact: "restart_needs", value: "psychosocial", shown: Shown::Always },
    Tick { fact: "restart_needs", value: "school", shown: Shown::Always },
    Tick { fact: "restart_needs", value: "documents", shown: Shown::Always },
    Tick { fact: "restart_needs", value: "cash", shown: Shown::Always },
];

/// "Your situation": what the host country's stay routes need (work, family, training), asked of
/// everyone there whatever their wish, and for a person who wants to go home, their papers and
/// what leaving may cost. One screen, so that asking for the stay routes keeps the walk short.
const SITUATION_TICKS: &[Tick] = &[
    Tick { fact: "documents", value: "none", shown: Shown::Returning },
    Tick { fact: "documents", value: "expired", shown: Shown::Returning },
    Tick { fact: "social_security", value: "yes", shown: Shown::Returning },
    Tick { fact: "reentry_risk", value: "yes", shown: Shown::Returning },
    Tick { fact: "work", value: "formal", shown: Shown::InHost },
    Tick { fact: "work", value: "informal", shown: Shown::InHost },
    Tick { fact: "work", value: "offer", shown: Shown::InHost },
    Tick { fact: "family_in_host", value: "citizen_or_resident", shown: Shown::InHost },
    Tick { fact: "family_in_host", value: "child_citizen", shown: Shown::InHost },
    Tick { fact: "family_in_host", value: "child_born_here", shown: Shown::InHost },
    Tick { fact: "family_in_host", value: "child_in_school", shown: Shown::InHost },
    Tick { fact: "in_training", value: "yes", shown: Shown::InHost },
];

/// The questions, built once: every walk reads them (the enumeration replays hundreds of thousands
/// of walks, and building the conditions each time was most of its cost).
fn all_questions() -> &'static [Question] {
    static QUESTIONS: std::sync::OnceLock<Vec<Question>> = std::sync::OnceLock::new();
    QUESTIONS.get_or_init(questions)
}

/// The questions, in the order they are asked.
pub fn questions() -> Vec<Question> {
    let away = || is(&[("location", &["host", "transit"])]);
    let back = || is(&[("location", &["origin"])]);
    let returning = || is(&[("wish", &["return", "unsure"])]);
    // Everyone in the host country is asked what its stay routes need (time, family, work),
    // whatever they wish: a wish never hides a right (invariant 12), and a right can only show if
    // the facts it needs were asked.
    let in_host = || is(&[("location", &["host"])]);
    let tailor = || is(&[(GATE_FACT, &["yes"])]);
    let child = || is(&[("age_band", &["under_15", "15_17"])]);
    let q = |id, ask, when, sensitive| Question { id, ask, when, sensitive };
    let one = |fact, options, prefer_not| Ask::One { fact, options, prefer_not };
    vec![
        q("respondent", one("respondent", &["self", "counsellor", "helper"], false), always(), false),
        q("location", one("location", &["host", "transit", "origin"], false), always(), false),
        q("countries", Ask::Countries, always(), false),
        q("return_mode", one("return_mode", &["own", "programme", "forced"], true), back(), false),
        q("remigrate_soon", one("remigrate_soon", &["yes", "no", "unsure"], true), back(), false),
        q("wish", one("wish", &["return", "stay", "elsewhere", "unsure"], true), away(), false),
        // Not asked when a counsellor answers with the client: the session is the information.
        q("informed", one("informed", &["yes", "partly", "no"], false), all(vec![away(), not(is(&[("respondent", &["counsellor"])]))]), false),
        q("capacity_concern", one("capacity_concern", &["yes", "no"], true), is(&[("respondent", &["counsellor"])]), false),
        q("means", one("means", &["own", "travel_help", "full_help"], true), all(vec![away(), returning()]), false),
        q(
            "stay_status",
            one(
                "stay_status",
                &["valid", "expiring", "expired", "irregular_entry", "refused_entry", "asylum_pending", "asylum_refused", "tolerated", "temporary_protection", "contract_ending", "unknown"],
                true,
            ),
            away(),
            true,
        ),
        q("order_to_leave", one("order_to_leave", &["yes", "no", "unsure"], true), all(vec![away(), not(is(&[("stay_status", &["valid"])]))]), true),
        q("fear_of_harm", one("fear_of_harm", &["yes", "no", "unsure"], true), away(), true),
        q("screening", Ask::Many { ticks: PROTECTION_TICKS }, always(), true),
        q("age_band", one("age_band", &["under_15", "15_17", "18_26", "27_59", "60_plus"], true), always(), false),
        q("with_guardian", one("with_guardian", &["yes", "no", "other_adult"], true), child(), false),
        // A child on their own is not walked through planning a return: journeys are held back for
        // them (invariant 3) until a guardian and a best-interests check are in place.
        q("tailor", Ask::Gate, all(vec![any(vec![all(vec![away(), is(&[("wish", &["return"])])]), back()]), not(all(vec![child(), not(is(&[("with_guardian", &["yes"])]))]))]), false),
        q("family_returning", one("family_returning", &["none", "partner", "children", "other"], true), all(vec![away(), tailor()]), false),
        q("welcome_expected", one("welcome_expected", &["yes", "unsure", "no"], true), tailor(), false),
        q("restart_needs", Ask::Many { ticks: RESTART_TICKS }, tailor(), false),
        q("future_mobility", one("future_mobility", &["yes", "no", "unsure"], true), tailor(), false),
        q("time_in_host", one("time_in_host", &["under_1", "1_2", "2_3", "3_4", "4_6", "6_8", "8_plus"], true), in_host(), false),
        q("situation", Ask::Many { ticks: SITUATION_TICKS }, any(vec![in_host(), all(vec![away(), is(&[("wish", &["return"])])])]), false),
        q("virtual_engagement", one("virtual_engagement", &["yes", "no"], true), all(vec![away(), is(&[("wish", &["stay", "elsewhere"])])]), false),
    ]
}

/// The options of a multi-select question that are offered, given earlier answers.
pub fn shown_ticks(ticks: &'static [Tick], facts: &Facts) -> Vec<Tick> {
    ticks.iter().copied().filter(|t| t.shown.holds(facts)).collect()
}

/// Writes an answer's facts into `facts` (for the question `q`, given the facts before it).
pub(crate) fn apply(q: &Question, a: &Answer, facts: &mut Facts) {
    match (q.ask, a) {
        (Ask::One { fact, options, .. }, Answer::One(v)) => {
            if let Some(v) = v.as_deref().filter(|v| options.contains(v)) {
                facts.set(fact, v);
            }
        }
        (Ask::Many { ticks }, Answer::Ticked(ticked)) => {
            let shown = shown_ticks(ticks, facts);
            let mut lists: BTreeMap<&str, Vec<String>> = BTreeMap::new();
            let mut ticked_before: Vec<&str> = Vec::new();
            for t in &shown {
                let on = ticked.iter().any(|(f, v)| f == t.fact && v == t.value);
                if matches!(crate::engine::facts::spec(t.fact).map(|s| s.values), Some(crate::engine::facts::Values::ListOf(_))) {
                    let l = lists.entry(t.fact).or_default();
                    if on {
                        l.push(t.value.to_string());
                    }
                } else if on {
                    // A yes/no fact may have more than one tick (crisis: "yes" and "not sure"):
                    // the first one ticked, in the order shown, wins; "yes" comes first.
                    if !ticked_before.contains(&t.fact) {
                        facts.set(t.fact, t.value);
                        ticked_before.push(t.fact);
                    }
                } else if !ticked_before.contains(&t.fact) && !facts.has(t.fact) {
                    facts.set(t.fact, unticked_value(t.fact));
                }
            }
            for (k, l) in lists {
                if !l.is_empty() {
                    facts.set_list(k, l);
                }
            }
        }
        (Ask::Countries, Answer::Countries(host, origin)) => {
            let ok = |fact: &str, v: &Option<String>| {
                v.as_deref().filter(|v| crate::engine::facts::spec(fact).is_some_and(|s| crate::engine::facts::allows(s, v))).map(str::to_string)
            };
            if facts.get("location") != Some("origin") {
                if let Some(h) = ok("host_country", host) {
                    facts.set("host_country", &h);
                }
            }
            if let Some(o) = ok("origin_country", origin) {
                facts.set("origin_country", &o);
            }
        }
        (Ask::Gate, Answer::Gate(yes)) => facts.set(GATE_FACT, if *yes { "yes" } else { "no" }),
        // An answer of the wrong shape (it cannot come from the UI) is ignored, never trusted.
        _ => {}
    }
}

/// The facts without the gate's pseudo-fact. Rebuilt rather than removed from: the map's `remove`
/// would bring the B-tree's rebalancing code into the widget for this one use (1.4 KiB of its
/// first visit as served with brotli, measured 2026-11-30), and the facts are a few dozen.
fn without_gate(f: Facts) -> Facts {
    Facts(crate::lean::map_from(f.0.into_iter().filter(|(k, _)| k != GATE_FACT)))
}

impl Answers {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn set(&mut self, id: &'static str, a: Answer) {
        self.0.insert(id, a);
    }

    /// Walks the route: the questions that apply, in order, up to and including the first one not
    /// yet answered; with the facts (routing included) gathered along the way.
    fn walk(&self) -> (Vec<&'static str>, Facts, bool) {
        let mut facts = Facts::new();
        let mut route = Vec::new();
        for q in all_questions() {
            if !q.when.eval(&facts) {
                continue;
            }
            route.push(q.id);
            match self.0.get(q.id) {
                Some(a) => apply(q, a, &mut facts),
                None => return (route, facts, false),
            }
        }
        (route, facts, true)
    }

    /// The facts of the current route only, ready for the engine.
    pub fn facts(&self) -> Facts {
        without_gate(self.walk().1)
    }

    /// The facts of the current route and whether every question on it is answered, in one walk.
    pub fn facts_and_completeness(&self) -> (Facts, bool) {
        let (_, f, complete) = self.walk();
        (without_gate(f), complete)
    }

    /// The facts including the routing pseudo-facts (for deciding what applies).
    pub fn routing_facts(&self) -> Facts {
        self.walk().1
    }

    /// The questions on the current route, up to the first unanswered one.
    pub fn route(&self) -> Vec<&'static str> {
        self.walk().0
    }

    /// The first question on the route not yet answered, or `None` when every one is.
    pub fn next(&self) -> Option<&'static str> {
        let (route, _, complete) = self.walk();
        if complete { None } else { route.last().copied() }
    }

    /// The question after `id` on the current route (for Continue after a change).
    pub fn after(&self, id: &str) -> Option<&'static str> {
        let route = self.route();
        route.iter().position(|q| *q == id).and_then(|i| route.get(i + 1).copied())
    }

    pub fn is_complete(&self) -> bool {
        self.walk().2
    }
}

/// Looks up a question by id.
pub fn question(id: &str) -> Option<Question> {
    all_questions().iter().find(|q| q.id == id).cloned()
}

/// The facts of an answer set, for tests that speak in facts: answers each question on the route
/// from `facts` (absent facts as "prefer not to say"), so a persona can be walked like a person.
pub fn answers_from_facts(facts: &Facts) -> Answers {
    let mut answers = Answers::new();
    while let Some(id) = answers.next() {
        let q = question(id).expect("route ids are question ids");
        let before = answers.routing_facts();
        let a = match q.ask {
            Ask::One { fact, .. } => Answer::One(facts.get(fact).map(str::to_string)),
            Ask::Many { ticks } => {
                let shown = shown_ticks(ticks, &before);
                let any_known = shown.iter().any(|t| facts.has(t.fact));
                if !any_known {
                    Answer::PreferNot
                } else {
                    Answer::Ticked(
                        shown
                            .iter()
                            .filter(|t| match facts.0.get(t.fact) {
                                Some(Value::One(v)) => v == t.value,
                                Some(Value::Many(items)) => items.iter().any(|i| i == t.value),
                                None => false,
                            })
                            .map(|t| (t.fact.to_string(), t.value.to_string()))
                            .collect(),
                    )
                }
            }
            Ask::Countries => Answer::Countries(facts.get("host_country").map(str::to_string), facts.get("origin_country").map(str::to_string)),
            Ask::Gate => Answer::Gate(q_tailor_facts().iter().any(|k| facts.has(k))),
        };
        answers.set(id, a);
    }
    answers
}

/// The facts that only the tailoring questions behind the gate collect. (The browser walk test
/// keeps a copy, `TAILOR` in tests/browser/walk.test.mjs; tests/flow.rs checks that they agree.)
pub fn q_tailor_facts() -> [&'static str; 4] {
    ["family_returning", "welcome_expected", "restart_needs", "future_mobility"]
}

/// The parts of the questionnaire, in order: progress shows "part n of `PARTS`", a fixed count
/// that never grows as answers open new questions (a part a walk does not need is skipped).
pub const PARTS: usize = 5;

/// The part (1 to `PARTS`) question `id` belongs to: about you, your plans, your papers, your
/// safety, your life here and back home (where `situation`, papers and work here, is asked last).
/// Parts follow the order of `questions()`, and every question has one (a test checks both).
pub fn part(id: &str) -> usize {
    match id {
        "respondent" | "location" | "countries" => 1,
        "return_mode" | "remigrate_soon" | "wish" | "informed" | "capacity_concern" | "means" => 2,
        "stay_status" | "order_to_leave" => 3,
        "fear_of_harm" | "screening" | "age_band" | "with_guardian" => 4,
        _ => PARTS,
    }
}

impl Answers {
    /// The facts the person stated, in the order they were asked: a chosen option, a ticked box,
    /// a country. Not "I prefer not to say", and not the `no` that an unticked box (or "None of
    /// these") stands for: those were never said, so the results never show them as "you said".
    pub fn stated(&self) -> Vec<&'static str> {
        let facts = self.facts();
        let mut out: Vec<&'static str> = Vec::new();
        let mut push = |k: &'static str| {
            if facts.has(k) && !out.contains(&k) {
                out.push(k);
            }
        };
        for id in self.route() {
            let (Some(q), Some(a)) = (question(id), self.0.get(id)) else { continue };
            match (q.ask, a) {
                (Ask::One { fact, .. }, Answer::One(Some(_))) => push(fact),
                (Ask::Many { ticks }, Answer::Ticked(ticked)) => {
                    for t in ticks {
                        let on = ticked.iter().any(|(f, v)| f == t.fact && v == t.value);
                        let holds = match facts.0.get(t.fact) {
                            Some(Value::One(v)) => v == t.value,
                            Some(Value::Many(vs)) => vs.iter().any(|v| v == t.value),
                            None => false,
                        };
                        if on && holds {
                            push(t.fact);
                        }
                    }
                }
                (Ask::Countries, Answer::Countries(..)) => {
                    push("host_country");
                    push("origin_country");
                }
                _ => {}
            }
        }
        out
    }
}
