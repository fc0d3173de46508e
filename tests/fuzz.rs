//! A fuzz smoke test on stable Rust: arbitrary bytes, JSON-like text and mutated copies of the real
//! packs go into the loaders (`pack::parse` and `build`, `rules::load_text`), the facts reader
//! (`facts::from_json`) and the reader the widget ships (`rules::json`, `rules::pack_read`). None
//! of them may panic: a bad pack or facts file is a list of problems. A pack that still loads after
//! a mutation is evaluated too. The widget's readers are compared with serde's on every input:
//! where both read a JSON text they read the same value; a pack file is read by both, as the same
//! pack, or refused by both.

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use serde::de::{Deserialize, Deserializer, Error as _, MapAccess, SeqAccess, Visitor};
use serde_json::Value as Json;
use waymark::engine::{evaluate, facts, pack, Facts};
use waymark::rules::{self, json, pack_read};

/// The day the tests evaluate on (dated rules depend on it; the engine has no clock).
const ON: waymark::engine::Date = waymark::engine::Date::new(2026, 11, 29).unwrap();

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
            let a = evaluate(&p, &f, ON);
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
        // Nor does CI pass a pack file the widget would refuse (and replace by the generic pack).
        (None, Some(_)) => panic!("serde reads a pack file the widget's reader refuses: {text:?}"),
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

/// A key twice in an object is refused by both readers: a field twice (serde's derive refuses it)
/// and a key twice in a map, which serde's maps would take last (pack.rs reads the pack's maps with
/// `unique_map`): a duplicate key is always a mistake in a pack.
#[test]
fn a_duplicate_key_is_refused_by_both_readers() {
    let g = rules::GENERIC;
    let field_twice = g.replacen("\"version\": ", "\"version\": \"0\", \"version\": ", 1);
    assert_ne!(field_twice, g);
    assert!(pack::parse(&field_twice).is_err(), "serde refuses a field twice");
    assert_eq!(pack_read::read(&field_twice), None, "the widget's reader refuses it too");
    let map_key_twice = g.replacen("{\"is\": {", "{\"is\": {\"wish\": [\"stay\"], \"wish\": [\"stay\"], ", 1);
    assert_ne!(map_key_twice, g);
    assert!(pack::parse(&map_key_twice).is_err(), "serde refuses a key twice in `is`");
    assert_eq!(pack_read::read(&map_key_twice), None);
    assert!(has_duplicate_key(&map_key_twice) && !has_duplicate_key(g));
    compare_readers(&field_twice);
    compare_readers(&map_key_twice);
}

/// What the fuzz found serde's derived readers took and the widget's reader refuses, each now
/// refused by both: a key twice in any map of a pack, an unknown field in a citation (a misspelt
/// `title` was dropped; a seed citation with an official one's fields read as a seed), and a
/// struct written as a JSON array of its fields in order.
#[test]
fn serde_refuses_what_the_widgets_reader_refuses() {
    let g = rules::GENERIC;
    let with = |extra: &str| g.replacen("\"paths\": [", &format!("{extra}, \"paths\": ["), 1);
    let cite = r#"{"title": "Gesetz, § 1", "source": "A law, § 1", "id": "https://example.org/law", "read": "2026-01-01"}"#;
    let cases = [
        ("a key twice in `always`", g.replacen("{\"always\": {}}", "{\"always\": {\"x\": \"a\", \"x\": \"b\"}}", 1)),
        ("a key twice in `names`", with(&format!(r#""names": {{"asylum_authority": {{"name": "A", "cites": [{cite}]}}, "asylum_authority": {{"name": "B", "cites": [{cite}]}}}}"#))),
        ("a fact twice in `local_names`", with(r#""local_names": {"stay_status": {"tolerated": "Duldung"}, "stay_status": {"expired": "Fiktion"}}"#)),
        ("a value twice in `local_names`", with(r#""local_names": {"stay_status": {"tolerated": "Duldung", "tolerated": "Fiktion"}}"#)),
        ("a misspelt `title`", g.replacen("\"title\":", "\"titel\":", 1)),
        ("a seed citation with an official one's field", g.replacen("{\"seed\": \"", "{\"read\": \"2026-01-01\", \"seed\": \"", 1)),
        ("a path as an array", g.replacen(r#"{"id": "asylum_referral", "kind": "protection", "journey": false, "order": 10}"#, r#"["asylum_referral", "protection", false, 10]"#, 1)),
        ("a citation as an array", g.replacen(r#"{"seed": "001:27"}"#, r#"["001:27"]"#, 1)),
        ("an official citation as an array", with(r#""names": {"asylum_authority": {"name": "A", "cites": [["Gesetz, § 1", "A law, § 1", "https://example.org/law", "2026-01-01"]]}}"#)),
        ("a named thing as an array", with(&format!(r#""names": {{"asylum_authority": ["A", [{cite}]]}}"#))),
        ("a rule as an array", g.replacen(r#"{"id": "counsellor", "path": "counsellor", "when": {"always": {}}, "cites": [{"seed": "004:163-170"}, {"seed": "001:66"}, {"seed": "001:69"}]}"#, r#"["counsellor", "counsellor", {"always": {}}, null, [], null, null, [{"seed": "004:163-170"}]]"#, 1)),
        ("a rank rule as an array", g.replacen(r#"{"id": "return_wish", "when": {"is": {"wish": ["return"]}}, "cites": [{"seed": "001:66"}, {"seed": "001:86"}]}"#, r#"["return_wish", {"is": {"wish": ["return"]}}, [{"seed": "001:66"}]]"#, 1)),
        ("a pack as an array", format!("[{}]", [r#""x""#; 5].join(", "))),
    ];
    let mut read = Vec::new();
    for (what, text) in &cases {
        assert_ne!(text, g, "{what}: the edit did not apply");
        assert_eq!(pack_read::read(text), None, "{what}: the widget's reader reads it");
        if pack::parse(text).is_ok() {
            read.push(*what);
        }
    }
    assert!(read.is_empty(), "serde reads {read:?}");
    cases.iter().for_each(|(_, text)| compare_readers(text));
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
    "notices", "kind", "journey", "order", "path", "when", "unless", "overrides", "from", "until", "local_names", "victim_routes", "tolerated", "Duldung", "cites", "seed", "source", "read",
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
