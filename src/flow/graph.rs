//! The flow as Graphviz dot, for review (as GOV.UK smart-answers draws its flows).
//!
//! Each question is a node, labelled with its id and the condition under which it is asked (in
//! brackets; none for a question always asked); each edge is a step some answer can take, drawn
//! bare, since the condition of its target says when. Edges are found by walking the routing
//! itself, so the drawing cannot drift from the code.

use super::questions;
use crate::engine::pack::Cond;
use std::collections::BTreeSet;

fn describe(c: &Cond) -> String {
    match c {
        Cond::Always(_) => String::new(),
        Cond::Is(m) => m.iter().map(|(k, v)| format!("{k} ∈ {{{}}}", v.join(","))).collect::<Vec<_>>().join(" ∧ "),
        Cond::Absent(k) => format!("no {}", k.join(",")),
        Cond::Present(k) => format!("has {}", k.join(",")),
        Cond::All(cs) => cs.iter().map(describe).collect::<Vec<_>>().join(" ∧ "),
        Cond::Any(cs) => format!("({})", cs.iter().map(describe).collect::<Vec<_>>().join(" ∨ ")),
        Cond::Not(c) => format!("¬({})", describe(c)),
    }
}

/// Every (from, to) step the routing can take, with "start" and "check" as the ends.
pub fn edges() -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    super::routes::routing_walks(&mut |route: &[&'static str]| {
        let mut prev = "start";
        for q in route {
            out.insert((prev.to_string(), q.to_string()));
            prev = q;
        }
        out.insert((prev.to_string(), "check".to_string()));
    });
    out
}

/// The dot text.
pub fn dot() -> String {
    let qs = questions();
    let mut s = String::from("digraph waymark {\n  rankdir=TB;\n  node [shape=box, fontname=\"sans-serif\"];\n  start [shape=oval];\n  check [shape=oval, label=\"check answers → results\"];\n");
    for q in &qs {
        let when = describe(&q.when);
        let label = if when.is_empty() { q.id.to_string() } else { format!("{}\\n[{}]", q.id, when) };
        s += &format!("  {} [label=\"{}\"{}];\n", q.id, label, if q.sensitive { ", style=bold" } else { "" });
    }
    for (a, b) in edges() {
        s += &format!("  {a} -> {b};\n");
    }
    s += "}\n";
    s
}
