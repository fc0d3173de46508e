//! A fuzz smoke test on stable Rust: arbitrary bytes, JSON-like text and mutated copies of the real
//! packs go into the loaders (`pack::parse` and `build`, `rules::load_text`), the facts reader
//! (`facts::from_json`) and the reader the widget ships (`rules::json`, `rules::pack_read`). None
//! of them may panic: a bad pack or facts file is a list of problems. A pack that still loads after
//! a mutation is evaluated too. The widget's readers are compared with serde's on every input:
//! where both read a JSON text they read the same value; where both read a pack file, the same
//! pack; and the widget's never reads a pack file that serde's refuses.

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use serde::de::{Deserialize, Deserializer, Error as _, MapAccess, SeqAccess, Visitor};
use serde_json::Value as Json;
use waymark::engine::{evaluate, facts, pack, Facts};
use waymark::rules::{self, json, pack_read};

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

/// Feeds text to every loader; evaluates whatever loads.
fn feed(text: &str) {
    if let Ok(file) = pack::parse(text) {
        let _ = pack::build(file.clone(), None);
        if let Ok(base) = rules::load("generic") {
            let _ = pack::build(file, Some(&base));
        }
    }
    if let Ok(p) = rules::load_text(text) {
        for f in [Facts::new(), Facts::new().with("location", "host").with("wish", "return").with("fear_of_harm", "yes")] {
            let a = evaluate(&p, &f);
            assert!(a.get("counsellor").is_some(), "a pack that loads always shows the counsellor");
        }
    }
    let _ = facts::from_json(text);
    compare_readers(text);
}

/// The widget's readers against serde's on one text (see the file's opening comment).
fn compare_readers(text: &str) {
    if let (Some(ours), Ok(theirs)) = (json::parse(text), serde_json::from_str::<Json>(text)) {
        assert_eq!(to_serde(&ours), theirs, "the two JSON readers read {text:?} differently");
    }
    let (ours, theirs) = (pack_read::read(text), pack::parse(text).ok());
    match (&ours, &theirs) {
        (Some(o), Some(t)) => assert_eq!(o, t, "the two pack readers read {text:?} differently"),
        // The widget never reads a pack that CI's checks (serde's reader) would refuse.
        (Some(_), None) => panic!("the widget's reader reads a pack file serde refuses: {text:?}"),
        // Where serde reads a file the widget's reader refuses, the widget would fall back to the
        // generic pack (and every shipped pack is read by both, below). The fuzz finds three such
        // leniencies of serde's, to close in pack.rs: a key twice in a map (serde takes the last),
        // an unknown field in a citation (the untagged `Cite` ignores it, so a misspelt `title`
        // is dropped and a seed citation with an official one's fields reads as a seed), and a
        // struct written as a JSON array of its fields in order.
        (None, Some(_)) => {}
        (None, None) => {}
    }
}

fn to_serde(v: &json::Json) -> Json {
    match v {
        json::Json::Null => Json::Null,
        json::Json::Bool(b) => Json::Bool(*b),
        json::Json::Int(i) => Json::from(*i),
        json::Json::Str(s) => Json::String(s.clone()),
        json::Json::Arr(a) => Json::Array(a.iter().map(to_serde).collect()),
        json::Json::Obj(m) => Json::Object(m.iter().map(|(k, v)| (k.clone(), to_serde(v))).collect()),
    }
}

/// Whether valid JSON `text` has an object with a key twice (serde_json's `Value` hides it).
fn has_duplicate_key(text: &str) -> bool {
    struct Unique;
    impl<'de> Deserialize<'de> for Unique {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            d.deserialize_any(Unique)
        }
    }
    impl<'de> Visitor<'de> for Unique {
        type Value = Unique;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("JSON")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Unique, A::Error> {
            let mut keys = std::collections::BTreeSet::new();
            while let Some(k) = m.next_key::<String>()? {
                if !keys.insert(k) {
                    return Err(A::Error::custom("a duplicate key"));
                }
                m.next_value::<Unique>()?;
            }
            Ok(Unique)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut s: A) -> Result<Unique, A::Error> {
            while s.next_element::<Unique>()?.is_some() {}
            Ok(Unique)
        }
        fn visit_bool<E>(self, _: bool) -> Result<Unique, E> {
            Ok(Unique)
        }
        fn visit_i64<E>(self, _: i64) -> Result<Unique, E> {
            Ok(Unique)
        }
        fn visit_u64<E>(self, _: u64) -> Result<Unique, E> {
            Ok(Unique)
        }
        fn visit_f64<E>(self, _: f64) -> Result<Unique, E> {
            Ok(Unique)
        }
        fn visit_str<E>(self, _: &str) -> Result<Unique, E> {
            Ok(Unique)
        }
        fn visit_unit<E>(self) -> Result<Unique, E> {
            Ok(Unique)
        }
    }
    serde_json::from_str::<Json>(text).is_ok() && serde_json::from_str::<Unique>(text).is_err()
}

/// A key twice in an object: serde refuses a duplicate field and now so does the widget's reader
/// (it used to take the first); a key twice in a map serde takes last, and the widget's reader
/// refuses (the stricter of the two: a duplicate key is always a mistake in a pack).
#[test]
fn a_duplicate_key_is_refused_by_both_readers_where_serde_refuses_it() {
    let g = rules::GENERIC;
    let field_twice = g.replacen("\"version\": ", "\"version\": \"0\", \"version\": ", 1);
    assert_ne!(field_twice, g);
    assert!(pack::parse(&field_twice).is_err(), "serde refuses a field twice");
    assert_eq!(pack_read::read(&field_twice), None, "the widget's reader refuses it too");
    let map_key_twice = g.replacen("{\"is\": {", "{\"is\": {\"wish\": [\"stay\"], \"wish\": [\"stay\"], ", 1);
    assert_ne!(map_key_twice, g);
    assert_eq!(pack_read::read(&map_key_twice), None);
    assert!(has_duplicate_key(&map_key_twice) && !has_duplicate_key(g));
    compare_readers(&field_twice);
    compare_readers(&map_key_twice);
}

/// Every shipped pack reads the same with both readers.
#[test]
fn every_shipped_pack_reads_the_same_with_both_readers() {
    for (id, text) in rules::SHIPPED {
        assert!(pack_read::read(text).is_some(), "pack {id}");
        compare_readers(text);
    }
}

/// Words that packs and facts files use, so that generated JSON gets past the first checks.
const WORDS: &[&str] = &[
    "id", "jurisdiction", "version", "rules_as_of", "reviewed", "extends", "generic", "names", "paths", "rules", "holds",
    "notices", "kind", "journey", "order", "path", "when", "unless", "overrides", "ended", "cites", "seed", "source", "read",
    "is", "all", "any", "not", "absent", "present", "always", "applies_to", "paths_present", "protection", "return", "stay",
    "advice", "wish", "location", "host", "fear_of_harm", "yes", "no", "counsellor", "avrr", "asylum_referral", "de",
    "2026-01-01", "004:669-673", "restart_needs", "job", "DE", "other",
];

/// JSON values built from those words, nested a few levels.
fn json_like() -> impl Strategy<Value = Json> {
    let word = prop::sample::select(WORDS).prop_map(|w| w.to_string());
    let leaf = prop_oneof![
        word.clone().prop_map(Json::String),
        any::<bool>().prop_map(Json::Bool),
        (-5i64..500).prop_map(Json::from),
        Just(Json::Null),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Json::Array),
            prop::collection::btree_map(word.clone(), inner, 0..6).prop_map(|m| Json::Object(m.into_iter().collect())),
        ]
    })
}

/// One edit of a text: delete, duplicate or replace a span (cut at character boundaries).
#[derive(Debug, Clone)]
enum Edit {
    Delete(usize, usize),
    Duplicate(usize, usize),
    Replace(usize, usize, String),
}

fn edit() -> impl Strategy<Value = Edit> {
    let span = (any::<prop::sample::Index>(), 0usize..40);
    prop_oneof![
        span.clone().prop_map(|(i, n)| Edit::Delete(i.index(usize::MAX), n)),
        span.clone().prop_map(|(i, n)| Edit::Duplicate(i.index(usize::MAX), n)),
        (span, prop_oneof![prop::sample::select(vec!["", "\"", ",", "}", "]", "{", "[", ":", "null", "\"x\"", "9", "\u{a7}"]).prop_map(str::to_string), prop::sample::select(WORDS).prop_map(|w| format!("\"{w}\""))])
            .prop_map(|((i, n), s)| Edit::Replace(i.index(usize::MAX), n, s)),
    ]
}

fn apply(text: &str, edits: &[Edit]) -> String {
    let mut t = text.to_string();
    for e in edits {
        let floor = |mut i: usize, t: &str| {
            i = i.min(t.len());
            while !t.is_char_boundary(i) {
                i -= 1;
            }
            i
        };
        let (at, n) = match e {
            Edit::Delete(i, n) | Edit::Duplicate(i, n) | Edit::Replace(i, n, _) => (*i % (t.len() + 1), *n),
        };
        let a = floor(at, &t);
        let b = floor(a + n, &t);
        t = match e {
            Edit::Delete(..) => format!("{}{}", &t[..a], &t[b..]),
            Edit::Duplicate(..) => format!("{}{}", &t[..b], &t[a..]),
            Edit::Replace(.., s) => format!("{}{s}{}", &t[..a], &t[b..]),
        };
    }
    t
}

proptest! {
    #![proptest_config(config(5000))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        feed(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn json_like_text_never_panics(v in json_like()) {
        feed(&v.to_string());
        // The same value as the body of a pack that extends `generic`.
        let mut head = serde_json::json!({"id": "pt", "jurisdiction": "x", "version": "1", "rules_as_of": "2026-01-01", "reviewed": "2026-01-01", "extends": "generic"});
        if let (Json::Object(h), Json::Object(body)) = (&mut head, &v) {
            h.extend(body.clone());
        }
        feed(&head.to_string());
    }

    #[test]
    fn mutated_shipped_packs_never_panic(which in 0..rules::SHIPPED.len(), edits in prop::collection::vec(edit(), 1..4)) {
        feed(&apply(rules::SHIPPED[which].1, &edits));
    }
}

/// The mutations do reach past the JSON parser: some mutated packs still load, others fail in
/// `build` with problems (not only syntax errors).
#[test]
fn mutations_reach_the_pack_checks() {
    let (mut loaded, mut checked) = (0, 0);
    let mut runner = proptest::test_runner::TestRunner::new(config(300));
    for _ in 0..300 {
        let edits = prop::collection::vec(edit(), 1..3).new_tree(&mut runner).unwrap().current();
        let text = apply(rules::GENERIC, &edits);
        match rules::load_text(&text) {
            Ok(_) => loaded += 1,
            Err(p) if !p[0].at.starts_with("line ") => checked += 1,
            Err(_) => {}
        }
    }
    assert!(loaded > 0 && checked > 0, "loaded {loaded}, failed a pack check {checked}");
}
