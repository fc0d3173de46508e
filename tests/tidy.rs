//! Tidy checks on the source: the engine stays pure (no Leptos, web-sys, Fluent, clock, I/O or
//! printing), the flow knows nothing of the UI or the clock, and every source file opens with a
//! `//!` paragraph saying what it is for.

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
fn the_flow_knows_nothing_of_the_ui_or_the_clock() {
    // The enumeration reports how long it took as a `Duration` given by its caller; it never reads
    // the clock itself.
    let found = uses(
        "flow",
        &["leptos", "web_sys", "fluent", "std::time", "Instant", "SystemTime", "std::fs", "std::io", "println"],
        &[("enumerate.rs", "std::time")],
    );
    let mut found = found;
    for path in rust_files(&src("flow")) {
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
