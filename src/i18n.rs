//! Fluent bundles, embedded at compile time; nothing about the language choice is persisted.
//!
//! Every user-visible word comes from `locales/<lang>/*.ftl`. Each locale has the same files and
//! the same message ids (a test checks parity). A message missing from a locale falls back to
//! English, so the screen never shows a blank or an id; the parity test makes such a gap fail CI.
//! Bundles are built lazily, one per locale, and kept for the page's lifetime.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::cell::RefCell;
use std::collections::HashMap;
use unic_langid::LanguageIdentifier;

/// One shipped locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Locale {
    /// The BCP 47 code, also the `<select>` option value.
    pub code: &'static str,
    /// The language's own name in its own script (a proper name, so it lives here, not in FTL).
    pub native_name: &'static str,
    pub rtl: bool,
    /// The FTL files, in order.
    pub sources: &'static [(&'static str, &'static str)],
}

macro_rules! ftl {
    ($lang:literal) => {
        &[
            ("ui.ftl", include_str!(concat!("../locales/", $lang, "/ui.ftl"))),
            ("questions.ftl", include_str!(concat!("../locales/", $lang, "/questions.ftl"))),
            ("paths.ftl", include_str!(concat!("../locales/", $lang, "/paths.ftl"))),
            ("packs.ftl", include_str!(concat!("../locales/", $lang, "/packs.ftl"))),
        ]
    };
}

/// The shipped locales; English first (the fallback).
pub const LOCALES: &[Locale] = &[
    Locale { code: "en", native_name: "English", rtl: false, sources: ftl!("en") },
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
    let default: LanguageIdentifier = FALLBACK.parse().expect("the fallback code parses");
    let pick = |requested: Vec<LanguageIdentifier>| -> Option<&'static str> {
        let found = fluent_langneg::negotiate_languages(
            &requested,
            &available,
            None,
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        let code = found.first()?.to_string();
        LOCALES.iter().find(|l| l.code == code).map(|l| l.code)
    };
    if let Some(h) = host.and_then(|h| h.parse::<LanguageIdentifier>().ok()) {
        if let Some(c) = pick(vec![h]) {
            return c;
        }
    }
    let requested: Vec<LanguageIdentifier> = browser.iter().filter_map(|b| b.parse().ok()).collect();
    pick(requested).unwrap_or_else(|| locale(&default.to_string()).map(|l| l.code).unwrap_or(FALLBACK))
}

/// A parse or format problem in a locale, for the tests (the UI never shows these).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleProblem {
    pub locale: &'static str,
    pub file: &'static str,
    pub what: String,
}

/// Builds a locale's bundle, collecting every problem (tests fail on any; the UI uses what parsed).
pub fn build_bundle(l: &Locale) -> (FluentBundle<FluentResource>, Vec<LocaleProblem>) {
    let id: LanguageIdentifier = l.code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![id]);
    let mut problems = Vec::new();
    for (file, text) in l.sources {
        let res = match FluentResource::try_new(text.to_string()) {
            Ok(r) => r,
            Err((r, errs)) => {
                for e in errs {
                    problems.push(LocaleProblem { locale: l.code, file, what: format!("{e:?}") });
                }
                r
            }
        };
        if let Err(errs) = bundle.add_resource(res) {
            for e in errs {
                problems.push(LocaleProblem { locale: l.code, file, what: format!("{e:?}") });
            }
        }
    }
    (bundle, problems)
}

thread_local! {
    static BUNDLES: RefCell<HashMap<&'static str, &'static FluentBundle<FluentResource>>> = RefCell::new(HashMap::new());
}

/// The bundle of a locale, built on first use and kept (leaked on purpose: one per locale, for the
/// page's lifetime, so lookups never rebuild).
fn bundle(code: &str) -> &'static FluentBundle<FluentResource> {
    let l = locale(code).unwrap_or(&LOCALES[0]);
    BUNDLES.with(|b| {
        *b.borrow_mut().entry(l.code).or_insert_with(|| Box::leak(Box::new(build_bundle(l).0)))
    })
}

/// An argument for a message.
pub enum Arg<'a> {
    Str(&'a str),
    Num(i64),
}

fn format_in(b: &FluentBundle<FluentResource>, id: &str, attr: Option<&str>, args: &[(&str, Arg)]) -> Option<String> {
    let msg = b.get_message(id)?;
    let pattern = match attr {
        Some(a) => msg.get_attribute(a)?.value(),
        None => msg.value()?,
    };
    let mut fa = FluentArgs::new();
    for (k, v) in args {
        match v {
            Arg::Str(s) => fa.set(*k, FluentValue::from(*s)),
            Arg::Num(n) => fa.set(*k, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    let s = b.format_pattern(pattern, if args.is_empty() { None } else { Some(&fa) }, &mut errors);
    Some(s.into_owned())
}

/// Whether a locale has a message (no fallback): for the tests and for optional hints.
pub fn has(code: &str, id: &str) -> bool {
    bundle(code).has_message(id)
}

/// Formats a message in `code`, falling back to English, and last to a neutral mark (never the id:
/// the parity tests keep that from happening).
pub fn tr_args(code: &str, id: &str, args: &[(&str, Arg)]) -> String {
    format_in(bundle(code), id, None, args)
        .or_else(|| format_in(bundle(FALLBACK), id, None, args))
        .unwrap_or_else(|| "…".to_string())
}

/// Formats a message without arguments.
pub fn tr(code: &str, id: &str) -> String {
    tr_args(code, id, &[])
}

/// A message id from parts: `opt`, `stay_status`, `asylum_pending` → `opt-stay-status-asylum-pending`.
pub fn id(parts: &[&str]) -> String {
    parts.iter().map(|p| p.replace('_', "-")).collect::<Vec<_>>().join("-")
}
