//! Locale tests (issues #2 and #5): every locale has exactly English's message ids, none empty;
//! every id the code or the packs use exists in every locale; every message formats with the real
//! Fluent runtime (`fluent-bundle`) without errors and exactly as the widget's compiled resolver
//! formats it; and no English sentence hides in `src/ui`.

// build.rs's compiler of one message and the encoding's marks, to compile messages of our own.
#[path = "../src/i18n/encoding.rs"]
mod encoding;
#[path = "../build/compile.rs"]
mod compile;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::collections::BTreeSet;
use std::path::Path;
use waymark::engine::facts::{Values, FACTS};
use waymark::flow::{questions, Ask};
use waymark::i18n::{self, id, Arg, LOCALES};

/// Every `*.ftl` of English's folder, sorted (as build.rs reads them): the shared four and one per
/// country pack with words of its own.
fn files() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join("en");
    let mut v: Vec<String> = std::fs::read_dir(&dir).unwrap().filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).filter(|n| n.ends_with(".ftl")).collect();
    v.sort();
    v
}

fn source(lang: &str, file: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(lang).join(file);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// The message ids of one file, in order, with every Fluent syntax error.
fn ids_of(text: &str) -> (Vec<String>, Vec<String>) {
    let (res, errs) = match fluent_syntax::parser::parse(text) {
        Ok(r) => (r, vec![]),
        Err((r, e)) => (r, e.iter().map(|e| format!("{e:?}")).collect()),
    };
    let mut ids = Vec::new();
    let mut problems = errs;
    for e in res.body {
        match e {
            fluent_syntax::ast::Entry::Message(m) => ids.push(m.id.name.to_string()),
            fluent_syntax::ast::Entry::Junk { content } => problems.push(format!("junk: {content}")),
            _ => {}
        }
    }
    (ids, problems)
}

/// Persian shows numbers in Persian digits (locales/README.md): the same rule as the widget's
/// `i18n::number`, given to Fluent as its custom formatter.
fn digits(b: &mut FluentBundle<FluentResource>, lang: &str) {
    if lang == "fa" {
        b.set_formatter(Some(|v, _| match v {
            FluentValue::Number(n) => Some(n.as_string().chars().map(|c| c.to_digit(10).map_or(c, |d| char::from_u32(0x06F0 + d).unwrap())).collect()),
            _ => None,
        }));
    }
}

fn bundle(lang: &str) -> FluentBundle<FluentResource> {
    let mut b = FluentBundle::new(vec![lang.parse().unwrap()]);
    digits(&mut b, lang);
    for f in &files() {
        let res = FluentResource::try_new(source(lang, f)).unwrap_or_else(|(r, _)| r);
        let _ = b.add_resource(res);
    }
    b
}

#[test]
fn every_locale_has_exactly_the_english_ids_in_every_file_with_no_syntax_error() {
    let mut problems = Vec::new();
    for f in &files() {
        let (en, en_problems) = ids_of(&source("en", f));
        problems.extend(en_problems.into_iter().map(|p| format!("en/{f}: {p}")));
        for l in LOCALES.iter().filter(|l| l.code != "en") {
            let (ids, ps) = ids_of(&source(l.code, f));
            problems.extend(ps.into_iter().map(|p| format!("{}/{f}: {p}", l.code)));
            let (a, b): (BTreeSet<_>, BTreeSet<_>) = (en.iter().collect(), ids.iter().collect());
            for missing in a.difference(&b) {
                problems.push(format!("{}/{f}: `{missing}` is missing (English falls in for it)", l.code));
            }
            for extra in b.difference(&a) {
                problems.push(format!("{}/{f}: `{extra}` is not an English id", l.code));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Representative arguments for every variable the messages use, with numbers that reach each
/// plural category of the shipped languages.
fn arg_sets() -> Vec<Vec<(&'static str, Arg<'static>)>> {
    [0i64, 1, 2, 3, 5, 11, 21, 22, 100, 101]
        .iter()
        .map(|&n| {
            vec![
                ("n", Arg::Num(n)),
                ("total", Arg::Num(n + 12)),
                ("count", Arg::Num(n)),
                ("left", Arg::Num(n)),
                ("date", Arg::Str("2026-11-20")),
                ("pack", Arg::Str("Deutschland")),
                ("country", Arg::Str("Deutschland")),
                ("doc", Arg::Str("004")),
                ("lines", Arg::Str("669-673")),
                ("title", Arg::Str("AufenthG § 25b Abs. 1")),
                ("option", Arg::Str("My removal is suspended")),
                ("local", Arg::Str("Duldung")),
                ("read", Arg::Str("2026-11-20")),
                ("id", Arg::Str("https://www.gesetze-im-internet.de/aufenthg_2004/__25b.html")),
                ("label", Arg::Str("Where you live now")),
                ("value", Arg::Str("Deutschland")),
                ("name", Arg::Str("About you")),
                ("list", Arg::Str("Arabic, Farsi")),
                ("rules", Arg::Str("2026-01-01")),
                ("day", Arg::Num(n % 31 + 1)),
                ("month", Arg::Str("Mai")),
                ("year", Arg::Num(2026)),
            ]
        })
        .collect()
}

#[test]
fn every_message_formats_with_fluent_without_errors_and_the_widget_formats_it_the_same() {
    let mut problems = Vec::new();
    for l in LOCALES {
        let b = bundle(l.code);
        for mid in i18n::ids() {
            let Some(msg) = b.get_message(mid) else { continue };
            let Some(pattern) = msg.value() else {
                problems.push(format!("{}: `{mid}` has no value", l.code));
                continue;
            };
            for args in arg_sets() {
                let mut fa = FluentArgs::new();
                for (k, v) in &args {
                    match v {
                        Arg::Str(s) => fa.set(*k, FluentValue::from(*s)),
                        Arg::Num(n) => fa.set(*k, FluentValue::from(*n)),
                    }
                }
                let mut errors = vec![];
                let want = b.format_pattern(pattern, Some(&fa), &mut errors).into_owned();
                if !errors.is_empty() {
                    problems.push(format!("{}: `{mid}`: {errors:?}", l.code));
                }
                if want.trim().is_empty() {
                    problems.push(format!("{}: `{mid}` is empty", l.code));
                }
                let got = i18n::tr_args(l.code, mid, &args);
                if got != want {
                    problems.push(format!("{}: `{mid}`: Fluent gives {want:?}, the widget {got:?}", l.code));
                }
            }
        }
    }
    problems.dedup();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Selectors whose variants overlap (an exact number and the plural category it falls in, in
/// either order): the widget's resolver takes the first that matches, in order, as fluent-bundle
/// does. The shipped messages may not have such a select; these are compiled here by build.rs's
/// own compiler and formatted by both.
#[test]
fn overlapping_select_variants_are_taken_in_order_as_fluent_bundle_does() {
    let sources = [
        "m = { $n ->\n    [one] one by category\n    [1] exactly one\n   *[other] other\n}\n",
        "m = { $n ->\n    [1] exactly one\n    [one] one by category\n   *[other] other\n}\n",
        "m = { $n ->\n    [few] few by category\n    [3] exactly three\n    [0] zero exactly\n    [zero] zero by category\n   *[other] other { $n }\n}\n",
        "m = Before { $n ->\n    *[other] other\n    [2] two\n    [two] two by category\n} after.\n",
    ];
    let mut problems = Vec::new();
    for src in sources {
        let res = fluent_syntax::parser::parse(src).expect("the test's FTL parses");
        let Some(fluent_syntax::ast::Entry::Message(m)) = res.body.first() else { panic!("no message in {src:?}") };
        let encoded = compile::pattern(m.value.as_ref().unwrap(), &Default::default(), 0).expect("the resolver has every feature used");
        for l in LOCALES {
            let mut b = FluentBundle::new(vec![l.code.parse().unwrap()]);
            digits(&mut b, l.code);
            b.add_resource(FluentResource::try_new(src.to_string()).unwrap()).unwrap();
            let pattern = b.get_message("m").unwrap().value().unwrap();
            for n in [0i64, 1, 2, 3, 5, 11, 21] {
                let mut fa = FluentArgs::new();
                fa.set("n", FluentValue::from(n));
                let want = b.format_pattern(pattern, Some(&fa), &mut vec![]).into_owned();
                let got = i18n::format_encoded(l.code, &encoded, &[("n", Arg::Num(n))]);
                if got != want {
                    problems.push(format!("{} n={n} {src:?}: fluent-bundle {want:?}, the widget {got:?}", l.code));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every id the widget asks for: the frame's (found in `src/ui`), each question's, each fact
/// value's, and each path, hold and notice of every shipped pack.
fn used_ids() -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui");
    let prefixes = ["btn-", "start-", "check-", "results-", "safety-", "exit-", "error-", "opt-", "hint-", "q-", "country-", "lang-", "cite-", "progress", "hold-ended"];
    for entry in std::fs::read_dir(ui).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for lit in text.split('"').skip(1).step_by(2) {
            // Test hooks and element ids are not messages.
            let hook = [
                format!("data-testid=\"{lit}\""),
                format!("id=\"{lit}\""),
                format!("focus(\"{lit}\")"),
                format!("\"data-testid\", \"{lit}\""),
                format!("\"id\", \"{lit}\""),
                // `button(ctx, class, testid, action, label)`
                format!("\"{lit}\", Act::"),
            ];
            if hook.iter().any(|h| text.contains(h.as_str())) {
                continue;
            }
            if prefixes.iter().any(|p| lit.starts_with(p)) && lit.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
                used.insert(lit.to_string());
            }
        }
    }
    for q in questions() {
        used.insert(id(&["q", q.id]));
        used.insert(id(&["q", q.id, "short"]));
        match q.ask {
            Ask::One { fact, options, .. } => options.iter().for_each(|v| {
                used.insert(id(&["opt", fact, v]));
            }),
            Ask::Many { ticks } => ticks.iter().for_each(|t| {
                used.insert(id(&["opt", t.fact, t.value]));
            }),
            _ => {}
        }
    }
    for f in FACTS {
        if !matches!(f.values, Values::Country(_)) {
            used.insert(id(&["fact", f.key]));
        }
        if let Values::OneOf(vs) | Values::ListOf(vs) = f.values {
            vs.iter().for_each(|v| {
                used.insert(id(&["opt", f.key, v]));
            });
        }
    }
    for pid in waymark::rules::ids() {
        let pack = waymark::rules::load(pid).expect("shipped packs load");
        for p in &pack.paths {
            for part in ["title", "what", "next"] {
                used.insert(id(&["path", &p.id, part]));
            }
        }
        for h in &pack.holds {
            used.insert(id(&["hold", &h.id]));
        }
        for n in &pack.notices {
            used.insert(id(&["notice", &n.id]));
            used.insert(id(&["notice", &n.id, "title"]));
        }
        for r in &pack.ranks {
            used.insert(id(&["rank", &r.id]));
        }
    }
    used
}

#[test]
fn every_id_the_code_and_the_packs_use_exists_in_every_locale() {
    let used = used_ids();
    assert!(used.len() > 200, "the scan found the ids ({})", used.len());
    let mut missing = Vec::new();
    for l in LOCALES {
        for u in &used {
            if !i18n::has(l.code, u) {
                missing.push(format!("{}: `{u}`", l.code));
            }
        }
    }
    assert!(missing.is_empty(), "missing messages:\n{}", missing.join("\n"));
}

#[test]
fn a_missing_message_falls_back_to_english_never_to_a_blank_or_an_id() {
    assert_eq!(i18n::tr("xx", "btn-continue"), i18n::tr("en", "btn-continue"));
    let none = i18n::tr("en", "no-such-message");
    assert!(!none.is_empty() && !none.contains("no-such"));
}

#[test]
fn plural_categories_follow_cldr_for_the_shipped_languages() {
    use waymark::i18n::plural_category as p;
    assert_eq!([p("en", 1), p("en", 0), p("en", 2)], ["one", "other", "other"]);
    assert_eq!([p("fr", 0), p("fr", 1), p("fr", 2)], ["one", "one", "other"]);
    assert_eq!([p("ar", 0), p("ar", 1), p("ar", 2), p("ar", 3), p("ar", 11), p("ar", 100)], ["zero", "one", "two", "few", "many", "other"]);
    assert_eq!([p("ru", 1), p("ru", 2), p("ru", 5), p("ru", 11), p("ru", 21), p("ru", 22)], ["one", "few", "many", "many", "one", "few"]);
    assert_eq!([p("uk", 12), p("uk", 104)], ["many", "few"]);
    assert_eq!([p("fa", 0), p("fa", 1), p("fa", 2)], ["one", "one", "other"]);
    assert_eq!([p("de", 0), p("de", 1), p("de", 2), p("de", 21)], ["other", "one", "other", "other"]);
    assert_eq!([p("tr", 0), p("tr", 1), p("tr", 2), p("tr", 21)], ["other", "one", "other", "other"]);
}

#[test]
fn language_negotiation_takes_the_host_then_the_browser_then_english() {
    let b = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(i18n::negotiate(Some("ar"), &b(&["fr-FR"])), "ar");
    assert_eq!(i18n::negotiate(None, &b(&["fr-FR", "en"])), "fr");
    assert_eq!(i18n::negotiate(None, &b(&["pt-BR"])), "pt");
    assert_eq!(i18n::negotiate(Some("xx"), &b(&["zh-CN", "ru"])), "ru");
    assert_eq!(i18n::negotiate(None, &b(&["de-DE"])), "de");
    assert_eq!(i18n::negotiate(None, &b(&["tr-TR", "de"])), "tr");
    assert_eq!(i18n::negotiate(None, &b(&["zh-CN"])), "en");
    assert_eq!(i18n::negotiate(None, &[]), "en");
}

/// What fluent-langneg chooses (the widget's own `negotiate` must agree, without carrying it).
fn fluent_langneg_choice(host: Option<&str>, browser: &[String]) -> &'static str {
    use unic_langid::LanguageIdentifier;
    let available: Vec<LanguageIdentifier> = i18n::built().filter_map(|l| l.code.parse().ok()).collect();
    let pick = |requested: Vec<LanguageIdentifier>| -> Option<&'static str> {
        let found = fluent_langneg::negotiate_languages(&requested, &available, None, fluent_langneg::NegotiationStrategy::Lookup);
        let code = found.first()?.to_string();
        i18n::locale(&code).map(|l| l.code)
    };
    if let Some(h) = host.and_then(|h| h.parse::<LanguageIdentifier>().ok()) {
        if let Some(c) = pick(vec![h]) {
            return c;
        }
    }
    pick(browser.iter().filter_map(|b| b.parse().ok()).collect()).unwrap_or(i18n::FALLBACK)
}

#[test]
fn language_negotiation_agrees_with_fluent_langneg_tag_by_tag() {
    let langs = ["en", "ar", "es", "fa", "fr", "pt", "ru", "uk", "de", "zh", "prs", "und", "english", "e", "", "x", "123", "PT", "Fa", "tlh"];
    let rests = [
        "", "-US", "_BR", "-Latn", "-Cyrl-UA", "-419", "-1996", "-valencia", "-x-private", "-u-ca-buddhist", "-", "-US-Latn", "-toolongsubtag",
        "-!!", "-Arab-IR-1901", "-ir", "-AF", "-Latn-Latn", "-12", "-US-valencia-1996", "-1a2b", "_Hant_TW", "-Qaaa", "--US",
    ];
    let tags: Vec<String> = langs.iter().flat_map(|l| rests.iter().map(move |r| format!("{l}{r}"))).collect();
    let mut differ = Vec::new();
    for t in &tags {
        for (host, browser) in [(Some(t.as_str()), vec![]), (None, vec![t.clone()]), (None, vec![t.clone(), "fr".to_string()]), (Some("zz"), vec!["zh".to_string(), t.clone()])] {
            let (ours, theirs) = (i18n::negotiate(host, &browser), fluent_langneg_choice(host, &browser));
            if ours != theirs {
                differ.push(format!("host {host:?}, browser {browser:?}: ours {ours}, fluent-langneg {theirs}"));
            }
        }
    }
    assert!(differ.is_empty(), "{} of {} cases differ:\n{}", differ.len(), tags.len() * 4, differ.join("\n"));
}

#[test]
fn every_locale_is_listed_with_its_own_name_and_direction() {
    let dirs: BTreeSet<String> = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let listed: BTreeSet<String> = LOCALES.iter().map(|l| l.code.to_string()).collect();
    assert_eq!(dirs, listed, "locales/ folders and i18n::LOCALES agree");
    assert!(LOCALES.len() >= 8);
    for code in ["ar", "fa"] {
        assert!(i18n::locale(code).unwrap().rtl, "{code} is right-to-left");
    }
}

/// A string literal in `src/ui` or `src/main.rs` that reads like English words for a person.
#[test]
fn no_english_sentence_in_the_widget_code() {
    let mut found = Vec::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<_> = std::fs::read_dir(root.join("src/ui")).unwrap().map(|e| e.unwrap().path()).collect();
    files.push(root.join("src/main.rs"));
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.trim_start();
            if code.starts_with("//") || code.starts_with("///") || code.starts_with("//!") {
                continue;
            }
            for lit in line.split('"').skip(1).step_by(2) {
                let words: Vec<&str> = lit.split_whitespace().collect();
                let wordy = words.iter().filter(|w| w.chars().all(|c| c.is_alphabetic() || ",.;:!?'".contains(c))).count();
                // Class lists and ids use hyphens; messages for people have several plain words.
                let human = wordy >= 3 || (wordy >= 2 && lit.ends_with(['.', '!', '?']));
                // Console messages for the host's developers (English on purpose) start with `waymark:`.
                if human && !lit.starts_with("waymark:") && !lit.contains("{") {
                    found.push(format!("{}:{}: {lit:?}", f.display(), n + 1));
                }
            }
        }
    }
    assert!(found.is_empty(), "English in the widget code (put it in locales/en):\n{}", found.join("\n"));
}

/// The page's `<noscript>` line cannot come through Fluent: it must be there in every locale.
#[test]
fn the_noscript_line_is_in_every_shipped_language() {
    let html = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("www/index.html")).unwrap();
    // (The first <noscript>, in <head>, only links noscript.css.)
    let noscript = html
        .split("<noscript>")
        .skip(1)
        .filter_map(|r| r.split("</noscript>").next())
        .find(|n| n.contains("<p lang="))
        .expect("www/index.html has a <noscript> with the lines");
    for l in LOCALES {
        let dir = if l.rtl { " dir=\"rtl\"" } else { "" };
        let open = format!("<p lang=\"{}\"{dir}>", l.code);
        let line = noscript.split(&open).nth(1).and_then(|r| r.split("</p>").next()).unwrap_or("");
        assert!(line.contains("Waymark") && line.contains("JavaScript"), "<noscript> has no line {open}…</p> for {}", l.code);
        // It says what to do instead (issue 13): ask for help, or find it at UNHCR's help site.
        assert!(line.contains("help.unhcr.org"), "the <noscript> line for {} says where to find help", l.code);
    }
}
