//! Compiles the Fluent messages in `locales/<lang>/*.ftl` into compact static tables at build time.
//!
//! Why: the Fluent runtime (parser, every locale's plural tables, number formatting) costs about
//! 60 KB gzip in the widget (BUILD-NOTES), more than a quarter of our first-load budget. Parsing
//! here with `fluent-syntax` and resolving with the small resolver in `src/i18n.rs` keeps Fluent's
//! syntax and semantics (variables, selectors, plural categories, bidi isolation) without shipping
//! the parser. The native tests format every message with `fluent-bundle` as well and require the
//! same output, so the two cannot drift.
//!
//! The message ids are stored once (English's, in order); each locale stores only its patterns,
//! one record per message. The ids and each pack (`src/rules/packs/*.json`) are embedded as plain
//! text, each locale with one byte per character (`src/i18n/narrow.rs` says why): the server
//! compresses the wasm. Measured on release builds (issue 14):
//! the whole first load is 176.6 KiB brotli, 212.0 KiB gzip; inside it a locale is 7 to 10.5 KiB
//! brotli, the ids 2 KiB, the four packs 8 KiB. (A context-mixing codec once shipped them 3 KiB
//! smaller as served with brotli, 17 KiB with gzip; it was retired for its cost in code, memory
//! and first-screen time: see README "Size".)
//! A message that does not parse, or uses a Fluent feature the resolver does not have (functions,
//! attributes), is left out with a build warning: the widget falls back to English for it and the
//! locale tests fail, so it is fixed before it ships.

// The pack model with its checks, and the widget's form of a pack: build.rs builds every shipped
// pack as the CLI does and embeds it in that form (see `packs`). The paths they use inside the
// crate (`crate::engine::pack`, `super::date`, `super::facts`, `super::lean`) hold here too.
#[allow(dead_code)]
#[path = "src/engine/date.rs"]
mod date;
#[allow(dead_code)]
#[path = "src/engine/facts.rs"]
mod facts;
#[allow(dead_code)]
#[path = "src/lean.rs"]
mod lean;
#[allow(dead_code)]
#[path = "src/engine/pack.rs"]
mod pack;
#[allow(dead_code)]
#[path = "src/rules/compact.rs"]
mod compact;
mod engine {
    pub(crate) use super::pack;
}

// The marks of the encoding (shared with the resolver) and the compiler of one message (shared
// with the locale tests, which compile messages of their own).
#[path = "src/i18n/encoding.rs"]
mod encoding;
// One byte per character in each embedded locale (shared with the widget, which widens it back).
#[path = "src/i18n/narrow.rs"]
mod narrow;
#[path = "build/compile.rs"]
mod compile;

use compile::pattern;
use encoding::RS;
use fluent_syntax::ast::Entry;
use std::collections::HashMap;
use std::fmt::Write;
use std::path::Path;

// The first screen's messages, which the widget reads from the pre-rendered page (see `main`).
#[path = "src/first/words.rs"]
mod first_words;

/// The message files of a locale: every `*.ftl` in English's folder, sorted (the four shared
/// files, then one file per country pack that has words of its own, such as `pack-gt.ftl`), so a
/// new pack adds a file instead of growing a shared one. Every locale has the same files.
fn files(root: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(root.join("en"))
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).filter(|n| n.ends_with(".ftl")).collect())
        .unwrap_or_default();
    v.sort();
    v
}

fn main() {
    println!("cargo:rerun-if-changed=locales");
    // The manifest directory at run time: a build script binary can be reused for a checkout in
    // another place, where a path baked in at its compile time would be wrong.
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest).join("locales");
    let mut locales: Vec<String> = std::fs::read_dir(&root)
        .map(|d| d.filter_map(|e| e.ok()).filter(|e| e.path().is_dir()).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    locales.sort();
    locales.retain(|l| l != "en");
    // A host may build only the languages it serves (`WAYMARK_LOCALES="fr ar"`; English is always
    // in, as the fallback): each locale left out saves 7 to 10.5 KiB brotli of the first load.
    println!("cargo:rerun-if-env-changed=WAYMARK_LOCALES");
    if let Ok(only) = std::env::var("WAYMARK_LOCALES") {
        let only: Vec<&str> = only.split([' ', ',']).filter(|s| !s.is_empty()).collect();
        if !only.is_empty() {
            locales.retain(|l| only.contains(&l.as_str()));
        }
    }
    locales.insert(0, "en".to_string());

    let widget = std::env::var("TARGET").is_ok_and(|t| t.starts_with("wasm32"));
    let mut ids: Vec<String> = Vec::new();
    let mut tables = Vec::new();
    let files = files(&root);
    for (n, lang) in locales.iter().enumerate() {
        let mut messages: Vec<(String, String)> = Vec::new();
        let mut terms: HashMap<String, String> = HashMap::new();
        for file in &files {
            let path = root.join(lang).join(file);
            println!("cargo:rerun-if-changed={}", path.display());
            let Ok(text) = std::fs::read_to_string(&path) else {
                println!("cargo:warning=locales/{lang}/{file} is missing");
                continue;
            };
            let res = match fluent_syntax::parser::parse(text.as_str()) {
                Ok(r) => r,
                Err((r, errs)) => {
                    println!("cargo:warning=locales/{lang}/{file}: {} syntax error(s); those entries are left out", errs.len());
                    r
                }
            };
            // Terms first, so messages can inline them wherever they are defined.
            for e in &res.body {
                if let Entry::Term(t) = e {
                    if let Some(code) = pattern(&t.value, &terms, 0) {
                        terms.insert(t.id.name.to_string(), code);
                    }
                }
            }
            for e in &res.body {
                if let Entry::Message(m) = e {
                    let Some(v) = &m.value else { continue };
                    if !m.attributes.is_empty() {
                        println!("cargo:warning=locales/{lang}/{file}: `{}` has attributes, which the widget does not use", m.id.name);
                    }
                    match pattern(v, &terms, 0) {
                        Some(code) => messages.push((m.id.name.to_string(), code)),
                        None => println!("cargo:warning=locales/{lang}/{file}: `{}` uses a Fluent feature the widget's resolver lacks", m.id.name),
                    }
                }
            }
        }
        if n == 0 {
            ids = messages.iter().map(|(id, _)| id.clone()).collect();
            // Without English there is nothing to fall back to: stop the build rather than ship
            // a widget of blanks.
            assert!(!ids.is_empty(), "no English messages in {}/en: the widget cannot be built without them", root.display());
        }
        let mut by_id: HashMap<&str, &str> = messages.iter().map(|(i, c)| (i.as_str(), c.as_str())).collect();
        // The widget (wasm) reads the first screen's words in every language but English from the
        // pre-rendered page (src/first/words.rs says why); the CLI and the tests keep them all.
        if widget && n > 0 {
            by_id.retain(|id, _| !first_words::WORDS.contains(id));
        }
        // One string per locale: the messages in `IDS` order, each ended by RS (an empty record is
        // a missing message). There are no pointer tables to ship.
        let mut blob = String::new();
        for id in &ids {
            blob.push_str(by_id.get(id.as_str()).copied().unwrap_or(""));
            blob.push(char::from(RS));
        }
        let (bytes, window, others) = narrow::narrow(&blob);
        std::fs::write(out_dir().join(format!("locale-{lang}.bin")), bytes).unwrap();
        tables.push(format!("Table {{ code: {lang:?}, text: include_bytes!(concat!(env!(\"OUT_DIR\"), \"/locale-{lang}.bin\")), window: {window:#x}, others: {others:?} }}"));
    }
    let mut all = String::new();
    let ids: String = ids.iter().flat_map(|id| [id.as_str(), "\u{1e}"]).collect();
    write!(all, "/// Message ids, in English's order, each ended by RS.\npub static IDS: &str = {};\n", embedded_file("ids", &ids)).unwrap();
    write!(all, "/// Each locale's messages, encoded (see `src/i18n.rs`), in `IDS` order, narrowed (`narrow.rs`).\npub static TABLES: &[Table] = &[{}];\n", tables.join(",")).unwrap();
    std::fs::write(out_dir().join("messages.rs"), all).unwrap();
    packs(Path::new(&manifest));
}

/// The shipped packs, `src/rules/packs/*.json`, the generic pack first, in `OUT_DIR/packs.rs`:
/// `SHIPPED`, the files as they are, for the CLI and the tests (the widget never names them), and `WIDGET`,
/// each pack built here as the CLI builds it (`pack::build`, every check, over the generic pack)
/// and written in the widget's form (`src/rules/compact.rs` says why). A pack that does not build
/// stops the widget's build (wasm32), so a broken pack is never shipped; for the CLI and the tests
/// it is embedded empty with a build warning, so that `waymark validate` can still say why.
fn packs(manifest: &Path) {
    let widget = std::env::var("TARGET").is_ok_and(|t| t.starts_with("wasm32"));
    let refuse = |why: String| {
        assert!(!widget, "{why}: the widget is not built with a pack it cannot use (run `cargo run --bin waymark -- validate src/rules/packs/` for the problems)");
        println!("cargo:warning={why}; the widget will not use it");
    };
    let dir = manifest.join("src/rules/packs");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut ids: Vec<String> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok()).filter_map(|e| e.file_name().to_str()?.strip_suffix(".json").map(str::to_string)).collect())
        .unwrap_or_default();
    ids.sort_by_key(|id| (id != "generic", id.clone()));
    assert!(ids.first().is_some_and(|id| id == "generic"), "no generic pack in {}", dir.display());
    let (mut files, mut forms) = (Vec::new(), Vec::new());
    let mut generic: Option<pack::Pack> = None;
    for id in &ids {
        let path = dir.join(format!("{id}.json"));
        println!("cargo:rerun-if-changed={}", path.display());
        files.push(format!("({id:?}, include_str!({:?}))", path.display().to_string()));
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let built = pack::parse(&text).and_then(|file| {
            let base = if file.extends.is_some() { generic.as_ref() } else { None };
            pack::build(file, base)
        });
        let form = match built {
            Ok(p) => {
                let form = compact::write(&p);
                if form.is_none() {
                    refuse(format!("src/rules/packs/{id}.json: a string holds U+001F, which the widget's form cannot carry"));
                }
                if id == "generic" {
                    generic = Some(p);
                }
                form.unwrap_or_default()
            }
            Err(problems) => {
                refuse(format!("src/rules/packs/{id}.json does not build ({} problem(s))", problems.len()));
                String::new()
            }
        };
        forms.push(format!("({id:?}, {})", embedded_file(&format!("pack-{id}"), &form)));
    }
    let out = format!(
        "/// Every shipped pack file: (id, text), the generic pack first.\npub const SHIPPED: &[(&str, &str)] = &[{}];\n/// Every shipped pack in the widget's form: (id, text), the generic pack first.\npub const WIDGET: &[(&str, &str)] = &[{}];\n",
        files.join(","),
        forms.join(",")
    );
    std::fs::write(out_dir().join("packs.rs"), out).unwrap();
}

fn out_dir() -> std::path::PathBuf {
    std::env::var("OUT_DIR").expect("cargo sets OUT_DIR").into()
}

/// Writes `text` to `OUT_DIR/<name>.txt` and returns the expression that embeds it.
fn embedded_file(name: &str, text: &str) -> String {
    std::fs::write(out_dir().join(format!("{name}.txt")), text).unwrap();
    format!("include_str!(concat!(env!(\"OUT_DIR\"), \"/{name}.txt\"))")
}
