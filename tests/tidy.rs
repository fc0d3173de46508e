//! Tidy checks on the source: the engine stays pure (no Leptos, web-sys, Fluent, clock, I/O or
//! printing), the flow and the proof know nothing of the UI or the clock, every layer imports only
//! those below it, and every source file opens with a `//!` paragraph saying what it is for.

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

fn src(sub: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(sub)
}

/// The code of a file, without its comments (a comment may say what the code must not use).
fn code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    text.lines().map(|l| l.split("//").next().unwrap_or("")).collect::<Vec<_>>().join("\n")
}

/// Every use of a forbidden word in the files under `dir`, except the allowed (file name, word) pairs.
fn uses(dir: &str, words: &[&str], allowed: &[(&str, &str)]) -> Vec<String> {
    let mut out = Vec::new();
    for path in rust_files(&src(dir)) {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        for (n, line) in code(&path).lines().enumerate() {
            for w in words {
                if line.contains(w) && !allowed.contains(&(name.as_str(), *w)) {
                    out.push(format!("src/{dir}/{name}:{}: `{w}` in `{}`", n + 1, line.trim()));
                }
            }
        }
    }
    out
}

#[test]
fn the_engine_is_pure() {
    let found = uses("engine", &["leptos", "web_sys", "fluent", "std::time", "SystemTime", "std::fs", "std::io", "println", "eprintln", "print!"], &[]);
    assert!(found.is_empty(), "the engine must not use the UI, the clock, I/O or printing:\n{}", found.join("\n"));
}

#[test]
fn the_flow_and_the_proof_know_nothing_of_the_ui_or_the_clock() {
    let words = &["leptos", "web_sys", "fluent", "std::time", "Instant", "SystemTime", "std::fs", "std::io", "println"];
    let mut found = uses("flow", words, &[]);
    // The proof's report says how long it took as a `Duration` given by its caller; it never reads
    // the clock itself.
    found.extend(uses("proof", words, &[("report.rs", "std::time")]));
    for path in rust_files(&src("proof")) {
        for (n, line) in code(&path).lines().enumerate() {
            if let Some(rest) = line.split("std::time").nth(1) {
                if !rest.starts_with("::Duration") {
                    found.push(format!("{}:{}: only `std::time::Duration` is allowed: `{}`", path.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// The checker itself: it finds a forbidden word in code and ignores it in a comment.
#[test]
fn the_tidy_checker_sees_code_not_comments() {
    let dir = std::env::temp_dir().join(format!("waymark-tidy-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("x.rs");
    std::fs::write(&file, "//! Says leptos in a comment.\nfn f() { println!(\"hi\"); } // std::fs here is fine\n").unwrap();
    let c = code(&file);
    assert!(c.contains("println") && !c.contains("leptos") && !c.contains("std::fs"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn every_source_file_opens_with_a_doc_paragraph() {
    let mut missing = Vec::new();
    for path in rust_files(&src("")) {
        let text = std::fs::read_to_string(&path).unwrap();
        let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
        let words = first.trim_start_matches("//!").split_whitespace().count();
        if !first.starts_with("//!") || words < 4 {
            missing.push(format!("{}: {first:?}", path.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap_or(&path).display()));
        }
    }
    assert!(missing.is_empty(), "files that do not open with a `//!` paragraph saying what they are for:\n{}", missing.join("\n"));
}

/// What each part of `src/` may name of the crate (`crate::x`), bottom up: see src/lib.rs. The
/// proof sits above the flow and the engine, beside the UI; no part names it or `screens` (the CLI
/// and the tests reach them as `waymark::proof` and `waymark::screens`).
const LAYERS: &[(&str, &[&str])] = &[
    ("lean.rs", &[]),
    ("host/", &[]),
    ("i18n.rs", &[]),
    ("i18n/", &[]),
    ("engine/", &["lean"]),
    ("first/", &["i18n"]),
    ("rules/", &["engine", "lean"]),
    ("flow/", &["engine", "lean"]),
    ("results.rs", &["engine", "rules", "flow", "host"]),
    ("ui/", &["engine", "first", "flow", "rules", "results", "i18n", "host", "lean"]),
    ("screens.rs", &["engine", "flow", "rules"]),
    ("proof/", &["engine", "flow", "rules", "lean"]),
    ("lib.rs", &["engine", "first", "flow", "rules", "results", "i18n", "host", "lean", "ui", "proof", "screens"]),
    ("main.rs", &[]),
    ("bin/", &[]),
];

/// Inside `ui/`: which of its siblings each file may name (`super::x`). The screens (`pages.rs`,
/// `question.rs`) never name each other or `ui/mod.rs`; the shared state sits at the bottom.
const UI: &[(&str, &[&str])] = &[
    ("web.rs", &[]),
    ("state.rs", &["web"]),
    ("dom.rs", &["state"]),
    ("pages.rs", &["dom", "state", "web"]),
    ("question.rs", &["dom", "state", "web"]),
    ("options.rs", &[]),
    ("embed.rs", &["state"]),
    ("mod.rs", &[]),
];

/// The names that follow `prefix` (`crate::` or `super::`) in code; `{` for a grouped path, which
/// the layering check refuses so that each line names its module.
fn named_after(code: &str, prefix: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, _) in code.match_indices(prefix) {
        let before = code[..i].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
            continue;
        }
        let rest = &code[i + prefix.len()..];
        let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '{').collect();
        out.push(if name.starts_with('{') { "{".to_string() } else { name });
    }
    out
}

/// Every name a file may not use, for the files under `src/` (paths relative to it). A file's unit
/// tests (its `#[cfg(test)]` module, last in every file) are not shipped and may name any part:
/// the engine's tests read the real packs of `rules`.
fn layering_violations(files: &[(String, String)]) -> Vec<String> {
    let mut out = Vec::new();
    for (rel, code) in files {
        let code = code.split("#[cfg(test)]").next().unwrap_or("");
        let Some((part, allowed)) = LAYERS.iter().find(|(part, _)| rel == part || (part.ends_with('/') && rel.starts_with(part))) else {
            out.push(format!("src/{rel}: not in the layer table of tests/tidy.rs"));
            continue;
        };
        // A part may name itself (`crate::rules::SHIPPED` in a test of `rules/pack_read.rs`).
        let own = part.trim_end_matches('/').trim_end_matches(".rs");
        for name in named_after(code, "crate::") {
            if name != own && !allowed.contains(&name.as_str()) {
                out.push(format!("src/{rel}: names `crate::{name}`; it may name {allowed:?}"));
            }
        }
        if let Some(file) = rel.strip_prefix("ui/") {
            let siblings = UI.iter().find(|(f, _)| *f == file).map(|(_, s)| *s);
            match siblings {
                None => out.push(format!("src/{rel}: not in the ui table of tests/tidy.rs")),
                Some(_) if file == "mod.rs" => {}
                Some(siblings) => {
                    for name in named_after(code, "super::") {
                        if !siblings.contains(&name.as_str()) {
                            out.push(format!("src/{rel}: names `super::{name}`; it may name {siblings:?}"));
                        }
                    }
                }
            }
        }
    }
    out
}

#[test]
fn every_layer_imports_only_the_layers_below_it_and_the_ui_has_no_cycle() {
    let root = src("");
    let files: Vec<(String, String)> = rust_files(&root)
        .iter()
        .map(|p| (p.strip_prefix(&root).unwrap().to_string_lossy().replace('\\', "/"), code(p)))
        .collect();
    let found = layering_violations(&files);
    assert!(found.is_empty(), "imports against the layering (src/lib.rs, src/ui/mod.rs):\n{}", found.join("\n"));
}

/// The layering check itself: it finds an upward import, a screen naming another screen or the
/// top of `ui/`, a grouped path, an import of the proof, and a file missing from its tables.
#[test]
fn the_layering_check_finds_each_kind_of_violation() {
    let f = |rel: &str, code: &str| (rel.to_string(), code.to_string());
    let ok = [
        f("engine/evaluate.rs", "use super::facts::Facts;\nlet v = crate::lean::sort_by(x);"),
        f("ui/pages.rs", "use super::dom::el;\nuse crate::results;"),
        f("proof/walk.rs", "use super::plan::Plan;\nuse crate::engine::invariants;\nuse crate::flow::Answers;"),
        f("engine/pack.rs", "fn build() {}\n#[cfg(test)]\nmod tests {\n    const G: &str = crate::rules::GENERIC;\n}"),
    ];
    assert!(layering_violations(&ok).is_empty(), "{:?}", layering_violations(&ok));
    for (bad, expected) in [
        (f("engine/pack.rs", "use crate::rules::GENERIC;"), "crate::rules"),
        (f("flow/graph.rs", "let t = crate::i18n::tr(l, id);"), "crate::i18n"),
        (f("ui/pages.rs", "use super::question::back_from;"), "super::question"),
        (f("ui/dom.rs", "super::act(ctx, a);"), "super::act"),
        (f("ui/state.rs", "use super::{web, dom};"), "super::{"),
        (f("ui/extra.rs", ""), "not in the ui table"),
        (f("flow/routes.rs", "use crate::proof::run;"), "crate::proof"),
        (f("ui/pages.rs", "let r = crate::proof::run(&pack, on);"), "crate::proof"),
        (f("proof/report.rs", "use crate::ui::state::Ctx;"), "crate::ui"),
        (f("engine/invariants.rs", "use crate::flow::questions;"), "crate::flow"),
        (f("extra/plan.rs", ""), "not in the layer table"),
        (f("flow/routes.rs", "let v = crate::rules::ids();"), "crate::rules"),
        (f("results.rs", "use crate::screens::all;"), "crate::screens"),
        (f("engine/pack.rs", "const G: &str = crate::rules::GENERIC;\n#[cfg(test)]\nmod tests {}"), "crate::rules"),
    ] {
        let found = layering_violations(std::slice::from_ref(&bad));
        assert!(found.iter().any(|v| v.contains(expected)), "{bad:?}: expected {expected}, found {found:?}");
    }
}
