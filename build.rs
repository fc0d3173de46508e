//! Compiles the Fluent messages in `locales/<lang>/*.ftl` into compact static tables at build time.
//!
//! Why: the Fluent runtime (parser, every locale's plural tables, number formatting) costs about
//! 60 KB gzip in the widget (BUILD-NOTES), more than a quarter of our first-load budget. Parsing
//! here with `fluent-syntax` and resolving with the small resolver in `src/i18n.rs` keeps Fluent's
//! syntax and semantics (variables, selectors, plural categories, bidi isolation) without shipping
//! the parser. The native tests format every message with `fluent-bundle` as well and require the
//! same output, so the two cannot drift.
//!
//! The message ids are stored once (English's, in order); each locale stores only its patterns.
//! A message that does not parse, or uses a Fluent feature the resolver does not have (functions,
//! attributes), is left out with a build warning: the widget falls back to English for it and the
//! locale tests fail, so it is fixed before it ships.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use std::collections::HashMap;
use std::fmt::Write;
use std::path::Path;

const FILES: &[&str] = &["ui.ftl", "questions.ftl", "paths.ftl", "packs.ftl"];

fn main() {
    println!("cargo:rerun-if-changed=locales");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut locales: Vec<String> = std::fs::read_dir(&root)
        .map(|d| d.filter_map(|e| e.ok()).filter(|e| e.path().is_dir()).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    locales.sort();
    locales.retain(|l| l != "en");
    locales.insert(0, "en".to_string());

    let mut ids: Vec<String> = Vec::new();
    let mut out = String::new();
    let mut tables = Vec::new();
    for (n, lang) in locales.iter().enumerate() {
        let mut messages: Vec<(String, String)> = Vec::new();
        let mut terms: HashMap<String, String> = HashMap::new();
        for file in FILES {
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
        }
        let by_id: HashMap<&str, &str> = messages.iter().map(|(i, c)| (i.as_str(), c.as_str())).collect();
        let name = format!("L{n}");
        write!(out, "static {name}: &[Option<&[Part]>] = &[").unwrap();
        for id in &ids {
            match by_id.get(id.as_str()) {
                Some(code) => write!(out, "Some({code}),").unwrap(),
                None => out.push_str("None,"),
            }
        }
        out.push_str("];\n");
        tables.push(format!("({lang:?}, {name})"));
    }
    let mut all = String::new();
    write!(all, "/// Message ids, in English's order.\npub static IDS: &[&str] = &{ids:?};\n").unwrap();
    all.push_str(&out);
    write!(all, "/// Each locale's patterns, aligned with `IDS`.\npub static TABLES: &[(&str, &[Option<&[Part]>])] = &[{}];\n", tables.join(",")).unwrap();
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("messages.rs");
    std::fs::write(dest, all).unwrap();
}

fn pattern(p: &Pattern<&str>, terms: &HashMap<String, String>, depth: u8) -> Option<String> {
    if depth > 8 {
        return None;
    }
    let isolate = p.elements.len() > 1;
    let mut parts = Vec::new();
    for el in &p.elements {
        match el {
            PatternElement::TextElement { value } => parts.push(format!("Part::T({value:?})")),
            PatternElement::Placeable { expression } => parts.push(expr(expression, terms, depth, isolate)?),
        }
    }
    Some(format!("&[{}]", parts.join(",")))
}

fn expr(e: &Expression<&str>, terms: &HashMap<String, String>, depth: u8, isolate: bool) -> Option<String> {
    match e {
        Expression::Inline(i) => inline(i, terms, depth, isolate),
        Expression::Select { selector: InlineExpression::VariableReference { id }, variants } => {
            let mut vs = Vec::new();
            let mut default = 0;
            for (n, v) in variants.iter().enumerate() {
                if v.default {
                    default = n;
                }
                let key = match &v.key {
                    VariantKey::Identifier { name } => format!("Key::I({name:?})"),
                    VariantKey::NumberLiteral { value } => format!("Key::N({})", value.parse::<i64>().ok()?),
                };
                vs.push(format!("({key}, {})", pattern(&v.value, terms, depth + 1)?));
            }
            Some(format!("Part::S({:?}, &[{}], {default}, {isolate})", id.name, vs.join(",")))
        }
        Expression::Select { .. } => None,
    }
}

fn inline(i: &InlineExpression<&str>, terms: &HashMap<String, String>, depth: u8, isolate: bool) -> Option<String> {
    match i {
        InlineExpression::StringLiteral { value } => Some(format!("Part::T({:?})", unescape(value)?)),
        InlineExpression::NumberLiteral { value } => Some(format!("Part::T({value:?})")),
        InlineExpression::VariableReference { id } => Some(format!("Part::V({:?}, {isolate})", id.name)),
        InlineExpression::MessageReference { id, attribute: None } => Some(format!("Part::M(\"{}\")", id.name)),
        InlineExpression::TermReference { id, attribute: None, arguments: None } => {
            terms.get(id.name).map(|code| format!("Part::G({code})"))
        }
        InlineExpression::Placeable { expression } => expr(expression, terms, depth + 1, isolate),
        _ => None,
    }
}

/// Fluent string literals allow `\"`, `\\` and `\uXXXX` escapes.
fn unescape(s: &str) -> Option<String> {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next()? {
            'u' => out.push(char::from_u32(u32::from_str_radix(&it.by_ref().take(4).collect::<String>(), 16).ok()?)?),
            'U' => out.push(char::from_u32(u32::from_str_radix(&it.by_ref().take(6).collect::<String>(), 16).ok()?)?),
            c => out.push(c),
        }
    }
    Some(out)
}
