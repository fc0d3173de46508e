//! Every screen the question flow can show, and a few walks that together show them all.
//!
//! The browser tests (`tests/browser/screens.test.mjs`, through `waymark screens`) drive the real
//! widget along these walks and check each screen in every language (axe, no sideways scrolling,
//! focus, errors). Because the walks are computed here from `questions()`, a new question or a new
//! branch is covered by the next run without a new test.
//!
//! A screen is a question with the options it offers on that route: the screening question offers
//! fewer options back home, and the countries page asks one list instead of two. Each such variant
//! is shown by at least one walk. Walks are picked greedily from `routes::routing_answer_walks`
//! (every routing state), then filled in with answers the routing does not read (ticks, countries)
//! so that the results pages they end on have something to show: the countries of the shipped
//! packs, which is why this file sits above `flow` and `rules` rather than in `flow`.
//!
//! May import: `engine`, `flow` and `rules`. Only the CLI (`waymark screens`) and the tests use it.

use crate::engine::Facts;
use crate::flow::routes::routing_answer_walks;
use crate::flow::{apply, questions, shown_ticks, Answer, Answers, Ask};
use std::collections::BTreeSet;

/// One screen of the flow: a question and the options it shows there (option values, `fact=value`
/// for ticks, `host`/`origin` for the country lists, `yes`/`no` for the gate).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Screen {
    pub question: &'static str,
    pub options: Vec<String>,
}

/// A walk from the first question to the check page: the answers in the order asked, the route
/// they take, and the screens shown on the way.
#[derive(Debug, Clone)]
pub struct Walk {
    pub answers: Vec<(&'static str, Answer)>,
    pub route: Vec<&'static str>,
    pub screens: Vec<Screen>,
}

/// Every screen variant some answers can reach.
pub fn all() -> BTreeSet<Screen> {
    let mut out = BTreeSet::new();
    routing_answer_walks(&mut |a: &Answers| out.extend(shown(a)));
    out
}

/// A few walks that show every screen of `all()`, at least once each. `packs` are the shipped
/// packs' ids (passed in: the flow sits below the rules), whose countries the walks take as hosts.
pub fn covering_walks(packs: &[&str]) -> Vec<Walk> {
    let mut candidates: Vec<(Answers, BTreeSet<Screen>)> = Vec::new();
    routing_answer_walks(&mut |a: &Answers| candidates.push((a.clone(), shown(a).into_iter().collect())));
    let mut left: BTreeSet<Screen> = candidates.iter().flat_map(|(_, s)| s.iter().cloned()).collect();
    let mut picked = Vec::new();
    // Greedy set cover: the walk that shows the most screens not yet shown, the first on a tie
    // (so the choice is the same on every run).
    while !left.is_empty() {
        let best = candidates
            .iter()
            .enumerate()
            .max_by_key(|(i, (_, s))| (s.intersection(&left).count(), std::cmp::Reverse(*i)))
            .map(|(i, _)| i)
            .expect("a screen left implies a walk that shows it");
        let (answers, screens) = candidates.swap_remove(best);
        left.retain(|s| !screens.contains(s));
        picked.push(answers);
    }
    let hosts = hosts(packs);
    picked.into_iter().enumerate().map(|(i, a)| walk(fill_in(&a, i, &hosts))).collect()
}

/// The screens a complete answer set passes through, in order.
pub fn shown(answers: &Answers) -> Vec<Screen> {
    let mut facts = Facts::new();
    let mut out = Vec::new();
    for q in questions() {
        if !q.when.eval(&facts) {
            continue;
        }
        let options = match q.ask {
            Ask::One { options, .. } => options.iter().map(|o| o.to_string()).collect(),
            Ask::Many { ticks } => shown_ticks(ticks, &facts).iter().map(|t| format!("{}={}", t.fact, t.value)).collect(),
            Ask::Countries if facts.get("location") == Some("origin") => vec!["origin".to_string()],
            Ask::Countries => vec!["host".to_string(), "origin".to_string()],
            Ask::Gate => vec!["yes".to_string(), "no".to_string()],
        };
        out.push(Screen { question: q.id, options });
        match answers.0.get(q.id) {
            Some(a) => apply(&q, a, &mut facts),
            None => break,
        }
    }
    out
}

/// Hosts for the walks: every country pack, then a country without one.
fn hosts(packs: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = packs.iter().filter(|p| **p != "generic").map(|p| p.to_ascii_uppercase()).collect();
    v.push("other".to_string());
    v
}

const ORIGINS: &[Option<&str>] = &[Some("SY"), Some("AF"), Some("stateless"), None, Some("UA"), Some("ER")];

/// Walk `n` with the answers the routing does not read filled in: on even walks every offered
/// tick is ticked (many result cards, holds, long official sources), on odd ones "I prefer not to
/// say" stays; the countries cycle through the packs. The route must not change (checked: if a
/// future routing reads one of these, the plain walk is kept).
fn fill_in(plain: &Answers, n: usize, hosts: &[String]) -> Answers {
    let mut a = Answers::new();
    let route = plain.route();
    for id in &route {
        let q = crate::flow::question(id).expect("route ids are question ids");
        let before = a.routing_facts();
        let given = plain.0.get(id).cloned().expect("a complete walk answers its route");
        let filled = match (q.ask, &given) {
            (Ask::Many { ticks }, Answer::PreferNot) if n.is_multiple_of(2) => {
                Answer::Ticked(shown_ticks(ticks, &before).iter().map(|t| (t.fact.to_string(), t.value.to_string())).collect())
            }
            (Ask::Countries, Answer::Countries(None, None)) => {
                let away = before.get("location") != Some("origin");
                Answer::Countries(away.then(|| hosts[n % hosts.len()].clone()), ORIGINS[n % ORIGINS.len()].map(str::to_string))
            }
            _ => given,
        };
        a.set(id, filled);
    }
    if a.route() == route && a.is_complete() { a } else { plain.clone() }
}

fn walk(a: Answers) -> Walk {
    let route = a.route();
    let answers = route.iter().map(|id| (*id, a.0[id].clone())).collect();
    Walk { answers, screens: shown(&a), route }
}
