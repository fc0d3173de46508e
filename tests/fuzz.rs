//! A fuzz smoke test on stable Rust: arbitrary bytes, JSON-like text and mutated copies of the real
//! packs go into the loaders (`pack::parse` and `build`, `rules::load_text`) and the facts reader
//! (`facts::from_json`); arbitrary text and mutated copies of the widget's form of the packs go into
//! the widget's reader (`rules::compact::read`). None of them may panic: a bad pack or facts file
//! is a list of problems, a bad form no pack. A pack that still loads after a mutation is
//! evaluated too.

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use serde::de::{Deserialize, Deserializer, Error as _, MapAccess, SeqAccess, Visitor};
use serde_json::Value as Json;
use waymark::engine::{evaluate, facts, pack, Facts, Pack};
use waymark::rules::{self, compact};

/// The day the tests evaluate on (dated rules depend on it; the engine has no clock).
const ON: waymark::engine::Date = waymark::engine::Date::new(2026, 11, 29).unwrap();

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

/// Evaluates a pack that loaded on a few answer sets: it never panics and always shows the counsellor.
fn evaluate_some(p: &Pack) {
    for f in [Facts::new(), Facts::new().with("location", "host").with("wish", "return").with("fear_of_harm", "yes")] {
        let a = evaluate(p, &f, ON);
        assert!(a.get("counsellor").is_some(), "a pack that loads always shows the counsellor");
    }
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
        evaluate_some(&p);
    }
    let _ = facts::from_json(text);
    let _ = compact::read(text);
}

/// Feeds a widget's form to its reader; evaluates whatever pack it reads.
fn feed_form(text: &str) {
    if let Some(p) = compact::read(text) {
        for f in [Facts::new(), Facts::new().with("location", "host").with("wish", "return").with("fear_of_harm", "yes")] {
            let _ = evaluate(&p, &f, ON);
        }
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

/// A key twice in an object is refused: a field twice (serde's derive refuses it) and a key twice
/// in a map, which serde's maps would take last (pack.rs reads the pack's maps with `unique_map`):
/// a duplicate key is always a mistake in a pack.
#[test]
fn a_duplicate_key_is_refused() {
    let g = rules::GENERIC;
    let field_twice = g.replacen("\"version\": ", "\"version\": \"0\", \"version\": ", 1);
    assert_ne!(field_twice, g);
    assert!(pack::parse(&field_twice).is_err(), "serde refuses a field twice");
    let map_key_twice = g.replacen("{\"is\": {", "{\"is\": {\"wish\": [\"stay\"], \"wish\": [\"stay\"], ", 1);
    assert_ne!(map_key_twice, g);
    assert!(pack::parse(&map_key_twice).is_err(), "serde refuses a key twice in `is`");
    assert!(has_duplicate_key(&map_key_twice) && !has_duplicate_key(g));
}

/// What the fuzz once found serde's derived readers took, each now refused: a key twice in any
/// map of a pack, an unknown field in a citation (a misspelt `title` was dropped; a seed citation
/// with an official one's fields read as a seed), and a struct written as a JSON array of its
/// fields in order.
#[test]
fn serde_refuses_what_no_pack_means() {
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
        if pack::parse(text).is_ok() {
            read.push(*what);
        }
    }
    assert!(read.is_empty(), "serde reads {read:?}");
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

    #[test]
    fn mutated_widget_forms_never_panic(which in 0..rules::WIDGET.len(), edits in prop::collection::vec(form_edit(), 1..4)) {
        feed_form(&apply(rules::WIDGET[which].1, &edits));
    }
}

/// One edit of a widget's form: fields of the forms (counts, tags, flags, separators) spliced in.
fn form_edit() -> impl Strategy<Value = Edit> {
    let span = (any::<prop::sample::Index>(), 0usize..40);
    let bits = prop::sample::select(vec!["", "\u{1f}", "0\u{1f}", "1\u{1f}", "7\u{1f}", "99999999999999999999\u{1f}", "is\u{1f}", "not\u{1f}", "all\u{1f}", "official\u{1f}", "seed\u{1f}", "journey\u{1f}", "stay\u{1f}", "x"]).prop_map(str::to_string);
    prop_oneof![
        span.clone().prop_map(|(i, n)| Edit::Delete(i.index(usize::MAX), n)),
        span.clone().prop_map(|(i, n)| Edit::Duplicate(i.index(usize::MAX), n)),
        (span, bits).prop_map(|((i, n), s)| Edit::Replace(i.index(usize::MAX), n, s)),
    ]
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

/// The mutations of the widget's forms reach past the first fields: some changed forms still read
/// as a pack, most do not.
#[test]
fn form_mutations_reach_the_whole_form() {
    let (mut read, mut refused) = (0, 0);
    let mut runner = proptest::test_runner::TestRunner::new(config(300));
    for i in 0..300 {
        let edits = prop::collection::vec(form_edit(), 1..2).new_tree(&mut runner).unwrap().current();
        let form = rules::WIDGET[i % rules::WIDGET.len()].1;
        let text = apply(form, &edits);
        match compact::read(&text) {
            Some(_) if text != form => read += 1,
            Some(_) => {}
            None => refused += 1,
        }
    }
    assert!(read > 0 && refused > 0, "read {read}, refused {refused}");
}
