//! The words: Fluent messages, compiled into the binary at build time; nothing about the language
//! choice is persisted.
//!
//! Every user-visible word comes from `locales/<lang>/*.ftl`. `build.rs` parses them with
//! `fluent-syntax` into static tables (so the widget does not ship Fluent's parser and every
//! locale's plural tables); this file resolves them with Fluent's semantics: variables, selectors
//! on plural categories and exact numbers, message and term references, and bidi isolation of
//! placeables (U+2068 … U+2069). The native tests format every message with `fluent-bundle` too
//! and require identical output.
//!
//! A message missing from a locale falls back to English, so the screen never shows a blank or
//! an id; the parity tests make such a gap fail CI.

use unic_langid::LanguageIdentifier;

/// A piece of a compiled pattern (built by `build.rs`).
#[derive(Debug)]
pub enum Part {
    /// Text.
    T(&'static str),
    /// A variable, and whether to isolate it.
    V(&'static str, bool),
    /// A reference to another message of the same locale.
    M(&'static str),
    /// An inlined term.
    G(&'static [Part]),
    /// A select on a variable: the variants, the default's index, and whether to isolate.
    S(&'static str, &'static [(Key, &'static [Part])], usize, bool),
}

/// A variant key.
#[derive(Debug)]
pub enum Key {
    N(i64),
    I(&'static str),
}

mod compiled {
    use super::{Key, Part};
    include!(concat!(env!("OUT_DIR"), "/messages.rs"));
}
pub use compiled::IDS;

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
    Locale { code: "es", native_name: "Español", rtl: false },
    Locale { code: "fa", native_name: "فارسی", rtl: true },
    Locale { code: "fr", native_name: "Français", rtl: false },
    Locale { code: "pt", native_name: "Português", rtl: false },
    Locale { code: "ru", native_name: "Русский", rtl: false },
    Locale { code: "uk", native_name: "Українська", rtl: false },
];

/// The fallback locale.
pub const FALLBACK: &str = "en";

/// Looks a locale up by its exact code.
pub fn locale(code: &str) -> Option<&'static Locale> {
    LOCALES.iter().find(|l| l.code == code)
}

/// Chooses the first language: the host's option if shipped, else the best match for the browser's
/// languages (fluent-langneg), else English.
pub fn negotiate(host: Option<&str>, browser: &[String]) -> &'static str {
    let available: Vec<LanguageIdentifier> = LOCALES.iter().filter_map(|l| l.code.parse().ok()).collect();
    let pick = |requested: Vec<LanguageIdentifier>| -> Option<&'static str> {
        let found = fluent_langneg::negotiate_languages(&requested, &available, None, fluent_langneg::NegotiationStrategy::Lookup);
        let code = found.first()?.to_string();
        locale(&code).map(|l| l.code)
    };
    if let Some(h) = host.and_then(|h| h.parse::<LanguageIdentifier>().ok()) {
        if let Some(c) = pick(vec![h]) {
            return c;
        }
    }
    pick(browser.iter().filter_map(|b| b.parse().ok()).collect()).unwrap_or(FALLBACK)
}

/// An argument for a message.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    Str(&'a str),
    Num(i64),
}

fn table(code: &str) -> Option<&'static [Option<&'static [Part]>]> {
    compiled::TABLES.iter().find(|(c, _)| *c == code).map(|(_, t)| *t)
}

fn index(id: &str) -> Option<usize> {
    IDS.iter().position(|i| *i == id)
}

/// A locale's own pattern for `id` (no fallback).
fn own(code: &str, id: &str) -> Option<&'static [Part]> {
    table(code)?.get(index(id)?).copied().flatten()
}

/// Whether a locale has its own message `id` (no fallback): for the tests and optional hints.
pub fn has(code: &str, id: &str) -> bool {
    own(code, id).is_some()
}

/// The CLDR cardinal plural category of an integer in a shipped language (integers are the only
/// numbers the widget formats).
pub fn plural_category(code: &str, n: i64) -> &'static str {
    let i = n.unsigned_abs();
    match code {
        "fr" | "pt" => match i {
            0 | 1 => "one",
            _ if i % 1_000_000 == 0 => "many",
            _ => "other",
        },
        "es" => match i {
            1 => "one",
            _ if i != 0 && i % 1_000_000 == 0 => "many",
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
        _ => if i == 1 { "one" } else { "other" },
    }
}

fn write(code: &str, parts: &[Part], args: &[(&str, Arg)], out: &mut String, depth: u8) {
    if depth > 8 {
        return;
    }
    let arg = |name: &str| args.iter().find(|(k, _)| *k == name).map(|(_, v)| *v);
    for p in parts {
        match p {
            Part::T(t) => out.push_str(t),
            Part::V(name, iso) => {
                if *iso {
                    out.push('\u{2068}');
                }
                match arg(name) {
                    Some(Arg::Str(s)) => out.push_str(s),
                    Some(Arg::Num(n)) => out.push_str(&n.to_string()),
                    // As Fluent does: a missing variable shows as its name in braces.
                    None => {
                        out.push_str("{$");
                        out.push_str(name);
                        out.push('}');
                    }
                }
                if *iso {
                    out.push('\u{2069}');
                }
            }
            Part::M(id) => {
                if let Some(m) = own(code, id).or_else(|| own(FALLBACK, id)) {
                    write(code, m, args, out, depth + 1);
                }
            }
            Part::G(term) => write(code, term, args, out, depth + 1),
            Part::S(name, variants, default, iso) => {
                let chosen = match arg(name) {
                    Some(Arg::Num(n)) => variants
                        .iter()
                        .position(|(k, _)| matches!(k, Key::N(x) if *x == n))
                        .or_else(|| {
                            let cat = plural_category(code, n);
                            variants.iter().position(|(k, _)| matches!(k, Key::I(x) if *x == cat))
                        }),
                    Some(Arg::Str(s)) => variants.iter().position(|(k, _)| matches!(k, Key::I(x) if *x == s)),
                    None => None,
                }
                .unwrap_or(*default);
                if *iso {
                    out.push('\u{2068}');
                }
                if let Some((_, v)) = variants.get(chosen) {
                    write(code, v, args, out, depth + 1);
                }
                if *iso {
                    out.push('\u{2069}');
                }
            }
        }
    }
}

/// Formats a message in `code`, falling back to English, and last to a neutral mark (never the
/// id: the parity tests keep that from happening).
pub fn tr_args(code: &str, id: &str, args: &[(&str, Arg)]) -> String {
    let (lang, parts) = match own(code, id) {
        Some(p) => (code, p),
        None => match own(FALLBACK, id) {
            Some(p) => (FALLBACK, p),
            None => return "…".to_string(),
        },
    };
    let mut out = String::new();
    write(lang, parts, args, &mut out, 0);
    out
}

/// Formats a message without arguments.
pub fn tr(code: &str, id: &str) -> String {
    tr_args(code, id, &[])
}

/// A message id from parts: `opt`, `stay_status`, `asylum_pending` → `opt-stay-status-asylum-pending`.
pub fn id(parts: &[&str]) -> String {
    parts.iter().map(|p| p.replace('_', "-")).collect::<Vec<_>>().join("-")
}
