//! The words themselves (issue 13): each locale keeps to its glossary (`locales/<lang>/glossary.json`),
//! French typography, digits in Arabic-script text, no slash or bracket gender forms, lowercase
//! «вы/ви», and dates and numbers written the way each language writes them.
//!
//! Messages are read from the FTL sources (every variant of a selector, placeables as `{}`), so a
//! word in any variant counts.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use waymark::i18n::{self, LOCALES};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

/// The text of a pattern: every text element, every variant of every selector; placeables as `{}`.
fn text(p: &Pattern<&str>, out: &mut String) {
    for e in &p.elements {
        match e {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => expr(expression, out),
        }
    }
}

fn expr(e: &Expression<&str>, out: &mut String) {
    match e {
        Expression::Select { variants, .. } => {
            for v in variants {
                out.push('\n');
                text(&v.value, out);
            }
            out.push('\n');
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => expr(expression, out),
        Expression::Inline(InlineExpression::StringLiteral { value }) => out.push_str(value),
        Expression::Inline(_) => out.push_str("{}"),
    }
}

/// Every message of a locale: id → its text.
fn messages(lang: &str) -> BTreeMap<String, String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join(lang)).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == "ftl")).collect();
    files.sort();
    let mut out = BTreeMap::new();
    for f in files {
        let src = std::fs::read_to_string(&f).unwrap();
        let res = match fluent_syntax::parser::parse(src.as_str()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        for e in res.body {
            if let Entry::Message(m) = e {
                let mut t = String::new();
                if let Some(v) = &m.value {
                    text(v, &mut t);
                }
                out.insert(m.id.name.to_string(), t);
            }
        }
    }
    out
}

fn glossary(lang: &str) -> Value {
    let p = root().join(lang).join("glossary.json");
    let s = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e} (every locale keeps a glossary)", p.display()));
    serde_json::from_str(&s).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn strings(v: &Value, key: &str) -> Vec<String> {
    v.get(key).and_then(Value::as_array).map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect()).unwrap_or_default()
}

/// For matching only: lowercase, without Arabic diacritics or the zero-width non-joiner, with
/// one form of alef, yeh and kaf, and ё read as е. Turkish «İ» lowercases to «i» plus a combining
/// dot (U+0307); the dot is dropped so that «İnsan ticareti» at a sentence's start matches «insan
/// ticaret» (and a forbidden word cannot hide behind a capital İ).
fn norm(s: &str) -> String {
    s.to_lowercase()
        .chars()
        .filter(|c| !matches!(*c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{200C}' | '\u{0640}' | '\u{0307}'))
        .map(|c| match c {
            'أ' | 'إ' | 'آ' => 'ا',
            'ي' | 'ى' => 'ی',
            'ك' => 'ک',
            'ё' => 'е',
            '\u{00A0}' | '\u{202F}' => ' ',
            c => c,
        })
        .collect()
}

fn has_any(text: &str, stems: &[String]) -> bool {
    let t = norm(text);
    stems.iter().any(|s| t.contains(&norm(s)))
}

/// The message ids that use each concept: those whose English words contain one of its `find` stems.
fn concept_ids() -> BTreeMap<String, Vec<String>> {
    let en = messages("en");
    let g = glossary("en");
    let mut out = BTreeMap::new();
    for (concept, spec) in g["concepts"].as_object().expect("en glossary has concepts") {
        let find = strings(spec, "find");
        assert!(!find.is_empty(), "en glossary: `{concept}` says how to find it (`find`)");
        out.insert(concept.clone(), en.iter().filter(|(_, t)| has_any(t, &find)).map(|(id, _)| id.clone()).collect());
    }
    out
}

#[test]
fn every_locale_has_a_glossary_with_a_word_for_every_concept() {
    let concepts = concept_ids();
    for must in ["asylum", "trafficking", "smuggling", "guardian", "counsellor", "tolerated-stay", "order-to-leave", "return", "voluntary", "may-apply"] {
        assert!(concepts.contains_key(must), "en glossary names `{must}`");
    }
    let mut problems = Vec::new();
    for l in LOCALES {
        let g = glossary(l.code);
        for c in concepts.keys() {
            let spec = &g["concepts"][c];
            if spec.get("word").and_then(Value::as_str).is_none_or(|w| w.trim().is_empty()) {
                problems.push(format!("{}: no word for `{c}`", l.code));
            }
            if strings(spec, "stems").is_empty() {
                problems.push(format!("{}: no stems for `{c}`", l.code));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn messages_that_use_a_concept_use_the_glossary_word() {
    let concepts = concept_ids();
    assert!(concepts["may-apply"].len() > 10 && concepts["asylum"].len() > 5, "the English words find the messages");
    let mut problems = Vec::new();
    for l in LOCALES {
        let (msgs, g) = (messages(l.code), glossary(l.code));
        for (c, ids) in &concepts {
            let stems = strings(&g["concepts"][c], "stems");
            for id in ids {
                if let Some(t) = msgs.get(id).filter(|t| !has_any(t, &stems)) {
                    problems.push(format!("{}: `{id}` uses {c} but not its glossary word {stems:?}: {t:?}", l.code));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn no_message_uses_a_variant_the_glossary_forbids() {
    let mut problems = Vec::new();
    for l in LOCALES {
        let (msgs, g) = (messages(l.code), glossary(l.code));
        for (c, spec) in g["concepts"].as_object().unwrap() {
            let mut forbid = strings(spec, "forbid");
            // (Spellings that differ only in diacritics are one variant.)
            forbid.dedup_by_key(|f| norm(f));
            for bad in forbid {
                for (id, t) in &msgs {
                    if has_any(t, std::slice::from_ref(&bad)) {
                        problems.push(format!("{}: `{id}` says {bad:?} ({c}): {t:?}", l.code));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn a_term_is_explained_in_plain_words_where_it_is_met() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for l in LOCALES {
        let (msgs, g) = (messages(l.code), glossary(l.code));
        for (c, spec) in g["concepts"].as_object().unwrap() {
            let explain = strings(spec, "explain");
            for id in strings(spec, "explain_in") {
                checked += 1;
                match msgs.get(&id) {
                    None => problems.push(format!("{}: glossary `{c}` names `{id}`, which is not a message", l.code)),
                    Some(t) if !has_any(t, &explain) => problems.push(format!("{}: `{id}` does not explain {c} {explain:?}: {t:?}", l.code)),
                    _ => {}
                }
            }
        }
    }
    assert!(checked >= 15, "the glossaries ask for explanations ({checked})");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// French: a non-breaking space (U+00A0 or the narrow U+202F) before : ; ? ! » and after «.
#[test]
fn french_has_a_non_breaking_space_around_high_punctuation() {
    let nb = |c: char| c == '\u{00A0}' || c == '\u{202F}';
    let mut problems = Vec::new();
    for (id, t) in messages("fr") {
        let cs: Vec<char> = t.chars().collect();
        for (i, &c) in cs.iter().enumerate() {
            let before = if i > 0 { Some(cs[i - 1]) } else { None };
            let bad = match c {
                // (After a placeable `{}` the space is the message's, so it is checked there.)
                ':' | ';' | '?' | '!' | '»' => before.is_some_and(|b| !nb(b) && b != '}' && !matches!(b, '?' | '!' | '\n')),
                '«' => cs.get(i + 1).is_some_and(|&a| !nb(a)),
                _ => false,
            };
            if bad {
                let from = i.saturating_sub(12);
                problems.push(format!("fr: `{id}`: …{}…", cs[from..(i + 3).min(cs.len())].iter().collect::<String>()));
            }
        }
    }
    assert!(problems.is_empty(), "{} places without a non-breaking space:\n{}", problems.len(), problems.join("\n"));
}

/// The whitespace-separated words of a text, as char vectors.
fn words(t: &str) -> Vec<Vec<char>> {
    t.split(|c: char| c.is_whitespace()).filter(|w| !w.is_empty()).map(|w| w.chars().collect()).collect()
}

fn latin(c: char) -> bool {
    c.is_ascii_alphabetic()
}

/// Arabic and Persian: a number standing alone next to a Latin word ("Shift 3 مرات") is drawn on
/// the wrong side by the bidi algorithm; write the number as a word or move it away.
#[test]
fn arabic_script_text_has_no_number_beside_a_latin_word() {
    let mut problems = Vec::new();
    for lang in ["ar", "fa"] {
        for (id, t) in messages(lang) {
            let ws = words(&t);
            for (i, w) in ws.iter().enumerate() {
                let core: Vec<char> = w.iter().copied().filter(|c| !"().,;:«»،؛".contains(*c)).collect();
                let number = !core.is_empty() && core.iter().all(|c| c.is_numeric());
                let beside = |o: Option<&Vec<char>>| o.is_some_and(|o| o.iter().any(|&c| latin(c)) && o.iter().all(|&c| !('\u{0600}'..='\u{06FF}').contains(&c)));
                if number && (beside(i.checked_sub(1).and_then(|j| ws.get(j))) || beside(ws.get(i + 1))) {
                    problems.push(format!("{lang}: `{id}`: number {:?} beside a Latin word: {t:?}", core.iter().collect::<String>()));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Persian writes numbers with Persian digits (locales/README.md). Western digits stay only inside
/// a Latin name or code ("A2", "CA-4", "§ 25b") and in the number of a German section ("§ 25").
#[test]
fn persian_numbers_use_persian_digits() {
    let mut problems = Vec::new();
    for (id, t) in messages("fa") {
        let ws = words(&t);
        for (i, w) in ws.iter().enumerate() {
            let ascii_digit = w.iter().any(|c| c.is_ascii_digit());
            let code = w.iter().any(|&c| latin(c));
            let section = i > 0 && ws[i - 1].last() == Some(&'§');
            if ascii_digit && !code && !section {
                problems.push(format!("fa: `{id}`: {:?}", w.iter().collect::<String>()));
            }
        }
    }
    assert!(problems.is_empty(), "Western digits in Persian text:\n{}", problems.join("\n"));
    assert_eq!(
        i18n::tr_args("fa", "progress-part", &[("n", i18n::Arg::Num(3)), ("total", i18n::Arg::Num(5)), ("name", i18n::Arg::Str("x"))]).replace(['\u{2068}', '\u{2069}'], ""),
        "بخش ۳ از ۵: x"
    );
    assert_eq!(i18n::number("fa", 2026), "۲۰۲۶");
    assert_eq!(i18n::number("ar", 2026), "2026");
}

/// Gender written as a slash or bracket form ("вернулся(ась)", "bloqué(e)", "seul/e", "Berater(in)")
/// is hard to read aloud and leaves people out: phrase it so that it needs none. German also has
/// the star, colon, underscore and capital-I forms ("Berater*innen", "Berater:innen", "BeraterInnen"):
/// the German locale names the service instead ("Beratungsstelle").
#[test]
fn no_slash_or_bracket_gender_forms() {
    let endings = ["а", "ась", "-ась", "лась", "ла", "-ла", "-лася", "лася", "одна", "сама", "e", "es", "a", "as", "o", "os", "ne", "le", "ve", "euse", "rice", "ica", "ая", "яя", "in", "innen"];
    let mut problems = Vec::new();
    for lang in ["ru", "uk", "fr", "es", "pt", "en", "de", "tr"] {
        for (id, t) in messages(lang) {
            let cs: Vec<char> = t.chars().collect();
            for (i, &c) in cs.iter().enumerate() {
                // German "Berater*in", "Berater:innen", "Berater_innen", "BeraterIn", "BeraterInnen".
                if lang == "de" && i > 0 && cs[i - 1].is_lowercase() {
                    let rest: String = cs[i..].iter().take(7).collect();
                    let mark = matches!(c, '*' | ':' | '_') && rest[c.len_utf8()..].starts_with("in");
                    let capital = rest.starts_with("Innen") || (rest.starts_with("In") && !rest.chars().nth(2).is_some_and(char::is_alphabetic));
                    if mark || capital {
                        problems.push(format!("{lang}: `{id}`: gender form in {t:?}"));
                    }
                }
                // "word(e)" or "word (одна)": a bracket holding only an ending.
                if c == '(' {
                    if let Some(len) = cs[i + 1..].iter().position(|&x| x == ')') {
                        let inner: String = cs[i + 1..i + 1 + len].iter().collect();
                        if endings.contains(&inner.as_str()) {
                            problems.push(format!("{lang}: `{id}`: ({inner}) in {t:?}"));
                        }
                    }
                }
                // "seul/e", "один/одна": a slash between letters.
                if c == '/' && i > 0 && cs[i - 1].is_alphabetic() && cs.get(i + 1).is_some_and(|n| n.is_alphabetic()) {
                    problems.push(format!("{lang}: `{id}`: slash form in {t:?}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Russian and Ukrainian address the reader with lowercase «вы/ви» (the capital is letter-style
/// officialese): a capital only where a sentence starts.
#[test]
fn russian_and_ukrainian_say_lowercase_you() {
    let forms = ["Вы", "Вас", "Вам", "Вами", "Ваш", "Ваша", "Ваше", "Ваши", "Вашего", "Вашей", "Вашему", "Вашим", "Вашими", "Ваших", "Вашу", "Вашем", "Ви", "Вашій", "Вашої", "Ваші", "Вашою", "Вашого", "Вашому"];
    let mut problems = Vec::new();
    for lang in ["ru", "uk"] {
        for (id, t) in messages(lang) {
            for (at, _) in t.match_indices('В') {
                let word: String = t[at..].chars().take_while(|c| c.is_alphabetic()).collect();
                if !forms.contains(&word.as_str()) {
                    continue;
                }
                let prev = t[..at].chars().rev().find(|c| !c.is_whitespace());
                if prev.is_some_and(|p| !matches!(p, '.' | '!' | '?' | '\n' | '…')) {
                    problems.push(format!("{lang}: `{id}`: {word:?} mid-sentence: {t:?}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{} capitalised «вы/ви»:\n{}", problems.len(), problems.join("\n"));
}

/// Dates as each language writes them, from `date-long` and the month names.
#[test]
fn dates_are_written_as_each_language_writes_them() {
    let d = |code: &str, iso: &str| i18n::date(code, iso).replace(['\u{2068}', '\u{2069}'], "");
    assert_eq!(d("en", "2026-01-01"), "1 January 2026");
    assert_eq!(d("en", "2025-12-31"), "31 December 2025");
    assert_eq!(d("fr", "2026-01-01"), "1er janvier 2026");
    assert_eq!(d("fr", "2026-03-15"), "15 mars 2026");
    assert_eq!(d("es", "2026-05-02"), "2 de mayo de 2026");
    assert_eq!(d("pt", "2026-05-02"), "2 de maio de 2026");
    assert_eq!(d("ru", "2026-05-02"), "2 мая 2026 г.");
    assert_eq!(d("uk", "2026-05-02"), "2 травня 2026 р.");
    assert_eq!(d("ar", "2026-01-20"), "20 كانون الثاني/يناير 2026");
    assert_eq!(d("fa", "2026-01-20"), "۲۰ ژانویهٔ ۲۰۲۶");
    assert_eq!(d("de", "2026-03-01"), "1. März 2026");
    assert_eq!(d("tr", "2026-08-30"), "30 Ağustos 2026");
    // Not a date: shown as it is, never a panic or a blank.
    for odd in ["", "2026", "2026-13-01", "2026-00-10", "2026-1-1", "abcd-ef-gh", "2026-01-01T00:00", "2026-01-0x"] {
        assert_eq!(d("en", odd), odd);
    }
    // Every locale has the twelve months and a date with day, month and year in it.
    for l in LOCALES {
        for m in 1..=12 {
            assert!(i18n::has(l.code, &format!("month-{m}")), "{}: month-{m}", l.code);
        }
        let s = d(l.code, "2026-11-29");
        let month = i18n::tr(l.code, "month-11");
        assert!(s.contains(&month) && s.contains(&i18n::number(l.code, 2026)) && s.contains(&i18n::number(l.code, 29)), "{}: {s}", l.code);
    }
}
