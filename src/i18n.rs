//! The words: Fluent messages, compiled into the binary at build time; nothing about the language
//! choice is persisted.
//!
//! Every user-visible word comes from `locales/<lang>/*.ftl`. `build.rs` parses them with
//! `fluent-syntax` into one record per message (so the widget does not ship Fluent's parser and
//! every locale's plural tables), embedded one byte per character (`narrow`); this file widens a
//! locale and splits it into its records the first time it is shown and resolves its
//! messages with Fluent's semantics: variables, selectors on plural categories and exact numbers,
//! message and term references, and bidi isolation of placeables (U+2068 … U+2069). The native
//! tests format every message with `fluent-bundle` too and require identical output.
//!
//! Size (release build, issue 14): the locales, ids and packs once shipped compressed by a
//! context-mixing codec; as plain text the first load is 3.0 KiB more as served with brotli
//! (wasm 166.4 -> 169.8 KiB with the UI's new layout; gzip 187.1 -> 204.0 KiB), and the start
//! screen comes sooner (median 254 -> 188 ms, unthrottled), with no 6 MB decoder to fill. The
//! incremental, one-language-at-a-time decoding it needed is gone too: it would not pay, since
//! splitting the ids and the largest locale (Ukrainian, 55 KB) into records takes 0.06 ms
//! (native release build; the first message of a language, measured in a throwaway test).
//!
//! A message missing from a locale falls back to English, so the screen never shows a blank or
//! an id; the parity tests make such a gap fail CI. Imports nothing of the crate but its own
//! `encoding` (shared with build.rs).

use std::cell::RefCell;

mod compiled {
    use super::Table;
    include!(concat!(env!("OUT_DIR"), "/messages.rs"));
}

// The marks of the encoding `build.rs` writes (one list, included by both).
mod encoding;
// A locale's one byte per character, and back (included by build.rs too).
mod narrow;

/// A locale's messages as embedded: narrowed by build.rs (see `narrow`).
struct Table {
    code: &'static str,
    text: &'static [u8],
    window: u32,
    others: &'static str,
}

impl Table {
    /// The locale's messages as text, widened once for the page's life (the records borrow it).
    fn text(&self) -> &'static str {
        Box::leak(narrow::widen(self.text, self.window, self.others).into_boxed_str())
    }
}
use encoding::{END, KEY, MSG, RS, SEL, SEL_ISO, SEND, VAR, VAR_ISO, VEND};

/// One shipped locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale {
    /// The BCP 47 code, also the `<select>` option value and the folder under `locales/`.
    pub code: &'static str,
    /// The language's own name in its own script (a proper name, so it lives here, not in FTL).
    pub native_name: &'static str,
    pub rtl: bool,
}

/// The shipped locales; English first (the fallback).
pub const LOCALES: &[Locale] = &[
    Locale { code: "en", native_name: "English", rtl: false },
    Locale { code: "ar", native_name: "العربية", rtl: true },
    Locale { code: "de", native_name: "Deutsch", rtl: false },
    Locale { code: "es", native_name: "Español", rtl: false },
    Locale { code: "fa", native_name: "فارسی / دری", rtl: true },
    Locale { code: "fr", native_name: "Français", rtl: false },
    Locale { code: "pt", native_name: "Português", rtl: false },
    Locale { code: "ru", native_name: "Русский", rtl: false },
    Locale { code: "tr", native_name: "Türkçe", rtl: false },
    Locale { code: "uk", native_name: "Українська", rtl: false },
];

/// The fallback locale.
pub const FALLBACK: &str = "en";

/// The locales this build carries: all of `LOCALES` unless the build was limited with
/// `WAYMARK_LOCALES` (see build.rs).
pub fn built() -> impl Iterator<Item = &'static Locale> {
    LOCALES.iter().filter(|l| shipped(l.code))
}

/// Looks a built locale up by its exact code.
pub fn locale(code: &str) -> Option<&'static Locale> {
    built().find(|l| l.code == code)
}

/// Chooses the first language: the host's option if shipped, else the first of the browser's
/// languages that a shipped locale serves, else English.
///
/// This is fluent-langneg's lookup strategy as it works on our locales, which are bare language
/// codes: a well-formed tag is served by the locale of its language subtag ("pt-BR" by "pt",
/// "uk-Cyrl-UA" by "uk"), and an ill-formed one by none. The widget does not carry fluent-langneg
/// and its tag parser (3 KiB gzip of the first load); the tests compare this, tag by tag, with
/// fluent-langneg itself.
pub fn negotiate(host: Option<&str>, browser: &[String]) -> &'static str {
    host.and_then(served_by).or_else(|| browser.iter().find_map(|b| served_by(b))).unwrap_or(FALLBACK)
}

/// The shipped locale that serves a BCP 47 language tag, if any (see `negotiate`).
fn served_by(tag: &str) -> Option<&'static str> {
    let mut parts = tag.split(['-', '_']);
    let lang = parts.next()?.to_ascii_lowercase();
    let alpha = |s: &str| s.bytes().all(|b| b.is_ascii_alphabetic());
    let alnum = |s: &str| s.bytes().all(|b| b.is_ascii_alphanumeric());
    if !(matches!(lang.len(), 2 | 3 | 5..=8) && alpha(&lang)) {
        return None;
    }
    // Then, in order and each optional: a script, a region, variants. Anything else is ill-formed.
    let mut stage = 0;
    for p in parts {
        let n = p.len();
        stage = match () {
            _ if stage < 1 && n == 4 && alpha(p) => 1,
            _ if stage < 2 && ((n == 2 && alpha(p)) || (n == 3 && p.bytes().all(|b| b.is_ascii_digit()))) => 2,
            // (fluent-langneg's parser takes any 4 to 8 letters or digits as a variant.)
            _ if (4..=8).contains(&n) && alnum(p) => 3,
            _ => return None,
        };
    }
    locale(&lang).map(|l| l.code)
}

/// An argument for a message.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    Str(&'a str),
    Num(i64),
}

/// Whether this build carries `code`.
fn shipped(code: &str) -> bool {
    compiled::TABLES.iter().any(|t| t.code == code)
}

/// A table's records: the text split at each RS (the last record is ended by RS too). The records
/// borrow the text, so splitting a locale copies nothing.
fn records(table: &'static str) -> Vec<&'static str> {
    let mut r: Vec<&'static str> = table.split(RS as char).collect();
    r.pop();
    r
}

thread_local! {
    /// The message ids, in order (split on first use).
    static IDS: Vec<&'static str> = records(compiled::IDS);
    /// Each locale shown so far, split on its first use, in `IDS` order.
    static LOADED: RefCell<Vec<(&'static str, Vec<&'static str>)>> = const { RefCell::new(Vec::new()) };
    /// Words read from the page: (locale, message id, text). See `add_page_words`.
    static PAGE: RefCell<Vec<(&'static str, &'static str, &'static str)>> = const { RefCell::new(Vec::new()) };
}

/// Adds the words of messages as the page shows them in locale `code`. The widget's own tables
/// leave out the first screen's messages in every locale but English (`first::WORDS`; build.rs),
/// because the build pre-renders that screen into the page in every language: the widget reads
/// the words back from there when it starts (`ui/web.rs`, `page_words`). Kept for the page's
/// life, like the tables.
pub fn add_page_words(code: &'static str, words: Vec<(&'static str, String)>) {
    PAGE.with(|p| {
        let mut p = p.borrow_mut();
        for (id, text) in words {
            if !p.iter().any(|(c, i, _)| *c == code && *i == id) {
                p.push((code, id, Box::leak(text.into_boxed_str())));
            }
        }
    });
}

/// The position of message `id` in `IDS`.
fn index(id: &str) -> Option<usize> {
    IDS.with(|ids| ids.iter().position(|i| *i == id))
}

/// What the messages add to the widget: ("ids", bytes), then (locale, bytes), as embedded (the
/// server compresses them with the rest of the wasm).
pub fn shipped_sizes() -> Vec<(&'static str, usize)> {
    let mut v = vec![("ids", compiled::IDS.len())];
    v.extend(compiled::TABLES.iter().map(|t| (t.code, t.text.len() + t.others.len())));
    v
}

/// The message ids, in English's order (for the tests).
pub fn ids() -> Vec<&'static str> {
    IDS.with(|ids| ids.clone())
}

/// A locale's own encoded message `id` (no fallback); `None` when missing or empty.
fn own(code: &str, id: &str) -> Option<&'static str> {
    let i = index(id)?;
    LOADED.with(|loaded| {
        let mut loaded = loaded.borrow_mut();
        let at = match loaded.iter().position(|(c, _)| *c == code) {
            Some(at) => at,
            None => {
                let table = compiled::TABLES.iter().find(|t| t.code == code)?;
                loaded.push((table.code, records(table.text())));
                loaded.len() - 1
            }
        };
        loaded[at].1.get(i).copied().filter(|m| !m.is_empty())
    })
    .or_else(|| PAGE.with(|p| p.borrow().iter().find(|(c, i, _)| *c == code && *i == id).map(|(_, _, t)| *t)))
}

/// Whether a locale has its own message `id` (no fallback): for the tests.
pub fn has(code: &str, id: &str) -> bool {
    own(code, id).is_some()
}

/// Whether message `id` exists (every locale has English's ids: the parity tests see to it).
pub fn exists(id: &str) -> bool {
    index(id).is_some()
}

/// The CLDR cardinal plural category of an integer in a shipped language (integers are the only
/// numbers the widget formats).
pub fn plural_category(code: &str, n: i64) -> &'static str {
    let i = n.unsigned_abs();
    match code {
        "fr" | "pt" => match i {
            0 | 1 => "one",
            _ if i.is_multiple_of(1_000_000) => "many",
            _ => "other",
        },
        "es" => match i {
            1 => "one",
            _ if i != 0 && i.is_multiple_of(1_000_000) => "many",
            _ => "other",
        },
        "ar" => match (i, i % 100) {
            (0, _) => "zero",
            (1, _) => "one",
            (2, _) => "two",
            (_, 3..=10) => "few",
            (_, 11..=99) => "many",
            _ => "other",
        },
        "fa" => if i <= 1 { "one" } else { "other" },
        "ru" | "uk" => match (i % 10, i % 100) {
            (1, r) if r != 11 => "one",
            (2..=4, r) if !(12..=14).contains(&r) => "few",
            _ => "many",
        },
        // en, de ("one": i = 1 and v = 0) and tr ("one": n = 1) agree on integers; any other
        // language falls back to English, so it takes English's rule too.
        _ => if i == 1 { "one" } else { "other" },
    }
}

/// Reads up to the next `END`.
fn name<'a>(s: &'a str, i: &mut usize) -> &'a str {
    let from = *i;
    while *i < s.len() && s.as_bytes()[*i] != END {
        *i += 1;
    }
    let n = &s[from..*i];
    *i += 1;
    n
}

/// Formats (or, with `out` = `None`, skips) one encoded pattern from `*i`, up to the end of the
/// string or the `VEND` that closes it (left for the caller).
fn run(code: &str, s: &str, i: &mut usize, args: &[(&str, Arg)], mut out: Option<&mut String>, depth: u8) {
    let b = s.as_bytes();
    while *i < b.len() && b[*i] != VEND {
        match b[*i] {
            VAR | VAR_ISO => {
                let iso = b[*i] == VAR_ISO;
                *i += 1;
                let n = name(s, i);
                if let Some(o) = out.as_deref_mut() {
                    if iso {
                        o.push('\u{2068}');
                    }
                    match args.iter().find(|(k, _)| *k == n).map(|(_, v)| *v) {
                        Some(Arg::Str(v)) => o.push_str(v),
                        Some(Arg::Num(v)) => o.push_str(&number(code, v)),
                        // As Fluent does: a missing variable shows as its name in braces.
                        None => {
                            o.push_str("{$");
                            o.push_str(n);
                            o.push('}');
                        }
                    }
                    if iso {
                        o.push('\u{2069}');
                    }
                }
            }
            MSG => {
                *i += 1;
                let id = name(s, i);
                if let (Some(o), true) = (out.as_deref_mut(), depth < 8) {
                    let (lang, m) = match own(code, id) {
                        Some(m) => (code, m),
                        None => (FALLBACK, own(FALLBACK, id).unwrap_or("")),
                    };
                    run(lang, m, &mut 0, args, Some(o), depth + 1);
                }
            }
            SEL | SEL_ISO => {
                let iso = b[*i] == SEL_ISO;
                *i += 1;
                let var = name(s, i);
                let default: usize = name(s, i).parse().unwrap_or(0);
                let arg = args.iter().find(|(k, _)| *k == var).map(|(_, v)| *v);
                // First pass: which variant (an exact number, then the plural category or string).
                let mut keys = Vec::new();
                let mut j = *i;
                while j < b.len() && b[j] != SEND {
                    let k = {
                        let from = j;
                        while j < b.len() && b[j] != KEY {
                            j += 1;
                        }
                        &s[from..j]
                    };
                    j += 1;
                    keys.push(k);
                    run(code, s, &mut j, args, None, depth + 1);
                    j += 1;
                }
                // The first variant whose key matches, in order, as fluent-bundle takes them: for a
                // number, its exact value (`[1]`) or its plural category (`[one]`).
                let chosen = match arg {
                    Some(Arg::Num(n)) => keys.iter().position(|k| match k.strip_prefix('#') {
                        Some(x) => x.parse::<i64>().ok() == Some(n),
                        None => *k == plural_category(code, n),
                    }),
                    Some(Arg::Str(v)) => keys.iter().position(|k| *k == v),
                    None => None,
                }
                .unwrap_or(default);
                if let Some(o) = out.as_deref_mut() {
                    if iso {
                        o.push('\u{2068}');
                    }
                }
                // Second pass: format the chosen variant, skip the others.
                let mut n = 0;
                while *i < b.len() && b[*i] != SEND {
                    while *i < b.len() && b[*i] != KEY {
                        *i += 1;
                    }
                    *i += 1;
                    run(code, s, i, args, if n == chosen { out.as_deref_mut() } else { None }, depth + 1);
                    *i += 1;
                    n += 1;
                }
                *i += 1;
                if let Some(o) = out.as_deref_mut() {
                    if iso {
                        o.push('\u{2069}');
                    }
                }
            }
            _ => {
                // Plain text up to the next control byte (ASCII, so never inside a UTF-8 character).
                let from = *i;
                while *i < b.len() && !matches!(b[*i], VAR | VAR_ISO | MSG | SEL | SEL_ISO | VEND) {
                    *i += 1;
                }
                if let Some(o) = out.as_deref_mut() {
                    o.push_str(&s[from..*i]);
                }
            }
        }
    }
}

/// Formats a message in `code`, falling back to English, and last to a neutral mark (never the
/// id: the parity tests keep that from happening).
pub fn tr_args(code: &str, id: &str, args: &[(&str, Arg)]) -> String {
    let (lang, m) = match own(code, id) {
        Some(m) => (code, m),
        None => match own(FALLBACK, id) {
            Some(m) => (FALLBACK, m),
            None => return "…".to_string(),
        },
    };
    format_encoded(lang, m, args)
}

/// Formats one encoded message (see `encoding`) in `code`: what `tr_args` does once it has found
/// the message; the locale tests also call it on messages they compile themselves.
pub fn format_encoded(code: &str, encoded: &str, args: &[(&str, Arg)]) -> String {
    let mut out = String::new();
    run(code, encoded, &mut 0, args, Some(&mut out), 0);
    out
}

/// Formats a message without arguments.
pub fn tr(code: &str, id: &str) -> String {
    tr_args(code, id, &[])
}

/// An integer written with the digits its language uses on screen: Persian digits (۰–۹) in
/// Persian, Western digits elsewhere (Arabic included: see locales/README.md, "Numbers and
/// dates"). Every number a message shows passes through here; the tests give fluent-bundle the
/// same rule as a custom formatter.
pub fn number(code: &str, n: i64) -> String {
    let s = n.to_string();
    match code {
        "fa" => s.chars().map(|c| c.to_digit(10).map_or(c, |d| char::from_u32(0x06F0 + d).unwrap_or(c))).collect(),
        _ => s,
    }
}

/// A `YYYY-MM-DD` date as people write it in `code`: the locale's `date-long` message with the
/// day, the name of the month (`month-1` … `month-12`, in the form a date needs, such as the
/// Russian genitive) and the year. Anything that is not such a date is shown as it is.
pub fn date(code: &str, iso: &str) -> String {
    const MONTHS: [&str; 12] = ["month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8", "month-9", "month-10", "month-11", "month-12"];
    let b = iso.as_bytes();
    let num = |from: usize, to: usize| b[from..to].iter().try_fold(0i64, |n, c| c.is_ascii_digit().then(|| n * 10 + i64::from(c - b'0')));
    if b.len() == 10 && b[4] == b'-' && b[7] == b'-' {
        if let (Some(y), Some(m @ 1..=12), Some(d @ 1..=31)) = (num(0, 4), num(5, 7), num(8, 10)) {
            let month = tr(code, MONTHS[m as usize - 1]);
            return tr_args(code, "date-long", &[("day", Arg::Num(d)), ("month", Arg::Str(&month)), ("year", Arg::Num(y))]);
        }
    }
    iso.to_string()
}

/// A message id from parts: `opt`, `stay_status`, `asylum_pending` → `opt-stay-status-asylum-pending`.
pub fn id(parts: &[&str]) -> String {
    parts.iter().map(|p| p.replace('_', "-")).collect::<Vec<_>>().join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_locale_has_one_record_per_id() {
        let n = ids().len();
        assert!(n > 100, "{n} ids");
        for table in compiled::TABLES {
            assert_eq!(records(table.text()).len(), n, "{}", table.code);
        }
    }

    /// Every locale's text comes back exactly from its narrowed bytes, and so does text in a script
    /// no window holds, the encoding's marks and characters beyond the Basic Multilingual Plane.
    #[test]
    fn narrowed_text_widens_back_exactly() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let mut texts: Vec<String> = Vec::new();
        for l in LOCALES {
            let mut t = String::new();
            for f in std::fs::read_dir(dir.join(l.code)).unwrap() {
                t.push_str(&std::fs::read_to_string(f.unwrap().path()).unwrap());
            }
            texts.push(t);
        }
        let mixed: String = (0x20u32..0x3000).chain([0x1F600, 0x10FFFF]).filter_map(char::from_u32).collect();
        texts.extend([String::new(), "\u{1e}\u{1}x\u{2}\u{1e}".to_string(), "中文 ελληνικά ქართული 😀".to_string(), mixed]);
        for t in &texts {
            let (bytes, window, others) = narrow::narrow(t);
            assert_eq!(&narrow::widen(&bytes, window, &others), t);
            assert!(others.chars().count() <= 63);
        }
        // Russian: one byte per character.
        let ru = &texts[LOCALES.iter().position(|l| l.code == "ru").unwrap()];
        assert_eq!(narrow::narrow(ru).0.len(), ru.chars().count());
    }
}
