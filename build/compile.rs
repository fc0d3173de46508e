//! Compiles one Fluent pattern (parsed by `fluent-syntax`) into the widget's encoding (the marks
//! of `src/i18n/encoding.rs`). Used by `build.rs` for every message of every locale, and by the
//! locale tests to compile messages of their own and compare the widget's resolver with
//! fluent-bundle on them. Imports `fluent-syntax` and the encoding (as `crate::encoding`, which
//! each includer declares); `None` for a feature the resolver lacks (functions, attributes).

use crate::encoding::{END, KEY, MSG, SEL, SEL_ISO, SEND, VAR, VAR_ISO, VEND};
use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use std::collections::HashMap;
use std::fmt::Write;

/// Pattern `p`, encoded; `terms` are the locale's terms, already encoded (they are inlined).
pub fn pattern(p: &Pattern<&str>, terms: &HashMap<String, String>, depth: u8) -> Option<String> {
    if depth > 8 {
        return None;
    }
    let isolate = p.elements.len() > 1;
    let mut out = String::new();
    for el in &p.elements {
        match el {
            PatternElement::TextElement { value } => {
                if value.chars().any(|c| (c as u32) < 0x20 && c != '\n' && c != '\t') {
                    return None;
                }
                out.push_str(value)
            }
            PatternElement::Placeable { expression } => out.push_str(&expr(expression, terms, depth, isolate)?),
        }
    }
    Some(out)
}

fn expr(e: &Expression<&str>, terms: &HashMap<String, String>, depth: u8, isolate: bool) -> Option<String> {
    match e {
        Expression::Inline(i) => inline(i, terms, depth, isolate),
        Expression::Select { selector: InlineExpression::VariableReference { id }, variants } => {
            let default = variants.iter().position(|v| v.default).unwrap_or(0);
            let (end, sel) = (char::from(END), char::from(if isolate { SEL_ISO } else { SEL }));
            let mut out = format!("{sel}{}{end}{default}{end}", id.name);
            for v in variants {
                match &v.key {
                    VariantKey::Identifier { name } => out.push_str(name),
                    VariantKey::NumberLiteral { value } => write!(out, "#{}", value.parse::<i64>().ok()?).unwrap(),
                }
                out.push(char::from(KEY));
                out.push_str(&pattern(&v.value, terms, depth + 1)?);
                out.push(char::from(VEND));
            }
            out.push(char::from(SEND));
            Some(out)
        }
        Expression::Select { .. } => None,
    }
}

fn inline(i: &InlineExpression<&str>, terms: &HashMap<String, String>, depth: u8, isolate: bool) -> Option<String> {
    match i {
        InlineExpression::StringLiteral { value } => unescape(value),
        // Fluent isolates a number literal like a variable, and never a string literal or a term.
        InlineExpression::NumberLiteral { value } if isolate => Some(format!("\u{2068}{value}\u{2069}")),
        InlineExpression::NumberLiteral { value } => Some(value.to_string()),
        InlineExpression::VariableReference { id } => Some(format!("{}{}{}", char::from(if isolate { VAR_ISO } else { VAR }), id.name, char::from(END))),
        InlineExpression::MessageReference { id, attribute: None } => Some(format!("{}{}{}", char::from(MSG), id.name, char::from(END))),
        InlineExpression::TermReference { id, attribute: None, arguments: None } => terms.get(id.name).cloned(),
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
