//! The shipped packs, embedded at compile time, and how a host country selects one.
//!
//! The packs are data (`src/rules/packs/*.json`); this file only lists them. Tests load every
//! shipped pack and `waymark validate` passes on each, so loading here cannot fail in practice; if
//! it ever did, the caller gets the problems and shows them, never a blank widget.

use crate::engine::pack::{self, Pack, Problem};

/// The generic pack's text.
pub const GENERIC: &str = include_str!("packs/generic.json");

/// Every shipped pack: (id, text). The generic pack first.
pub const SHIPPED: &[(&str, &str)] = &[("generic", GENERIC)];

/// The ids of the shipped packs.
pub fn ids() -> impl Iterator<Item = &'static str> {
    SHIPPED.iter().map(|(id, _)| *id)
}

/// Loads a pack from its text, over the generic pack when it extends it.
pub fn load_text(text: &str) -> Result<Pack, Vec<Problem>> {
    let file = pack::parse(text)?;
    if file.extends.is_some() {
        let base = pack::build(pack::parse(GENERIC)?, None)?;
        pack::build(file, Some(&base))
    } else {
        pack::build(file, None)
    }
}

/// Loads a shipped pack by id.
pub fn load(id: &str) -> Result<Pack, Vec<Problem>> {
    match SHIPPED.iter().find(|(pid, _)| *pid == id) {
        Some((_, text)) => load_text(text),
        None => Err(vec![Problem {
            at: "--pack".into(),
            what: format!("no pack `{id}`; the packs are: {}", ids().collect::<Vec<_>>().join(", ")),
        }]),
    }
}

/// The pack a host country selects: its own pack if one is shipped, else `generic`.
pub fn pack_for(host_country: Option<&str>) -> &'static str {
    let cc = host_country.map(|c| c.to_ascii_lowercase());
    ids().find(|id| Some(*id) == cc.as_deref()).unwrap_or("generic")
}
