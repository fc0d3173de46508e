//! The protection screening asked as one "which of these apply to you?" question: a fact with two
//! boxes ("there is a crisis in my country" and "I do not know if there is") is set by the first one
//! ticked, and "not sure" reaches the safety card through the flow, as the generic pack intends.

use waymark::engine::evaluate;
use waymark::flow::{Answer, Answers};

/// The day the tests evaluate on (dated rules depend on it; the engine has no clock).
const ON: waymark::engine::Date = waymark::engine::Date::new(2026, 11, 29).unwrap();

fn walk_with_screening(ticked: &[(&str, &str)]) -> waymark::engine::Facts {
    let mut a = Answers::new();
    a.set("respondent", Answer::One(Some("self".into())));
    a.set("location", Answer::One(Some("host".into())));
    a.set("countries", Answer::Countries(Some("other".into()), None));
    a.set("wish", Answer::One(Some("return".into())));
    a.set("informed", Answer::One(Some("yes".into())));
    a.set("means", Answer::One(None));
    a.set("stay_status", Answer::One(None));
    a.set("order_to_leave", Answer::One(None));
    a.set("fear_of_harm", Answer::One(Some("no".into())));
    a.set("screening", Answer::Ticked(ticked.iter().map(|(f, v)| (f.to_string(), v.to_string())).collect()));
    a.facts()
}

#[test]
fn not_sure_about_a_crisis_at_home_shows_the_safety_card() {
    let pack = waymark::rules::load("generic").unwrap();
    let f = walk_with_screening(&[("crisis_at_origin", "unsure")]);
    assert_eq!(f.get("crisis_at_origin"), Some("unsure"));
    let a = evaluate(&pack, &f, ON);
    assert!(a.get("safety_hold").is_some(), "{:?}", a.paths.iter().map(|p| &p.id).collect::<Vec<_>>());
    assert!(a.get("voluntary_repatriation").is_none());
}

#[test]
fn a_crisis_ticked_wins_over_not_sure_and_no_box_means_no() {
    assert_eq!(walk_with_screening(&[("crisis_at_origin", "yes"), ("crisis_at_origin", "unsure")]).get("crisis_at_origin"), Some("yes"));
    assert_eq!(walk_with_screening(&[("crisis_at_origin", "unsure"), ("crisis_at_origin", "yes")]).get("crisis_at_origin"), Some("yes"));
    let none = walk_with_screening(&[("pressure", "yes")]);
    assert_eq!(none.get("crisis_at_origin"), Some("no"));
    assert_eq!(none.get("pressure"), Some("yes"));
}
