//! The shipped packs, embedded at compile time; how a pack file is read into a `Pack`; and how a
//! host country selects one.
//!
//! The packs are data (`src/rules/packs/*.json`). Reading them is this folder's: `json.rs` and
//! `pack_read.rs` are the widget's small reader, `seam` below the one place where the widget and
//! the native build differ. Tests load every shipped pack and `waymark validate` passes on each,
//! so loading here cannot fail in practice; if it ever did, the caller gets the problems and shows
//! them, never a blank widget.
//!
//! May import: `engine` (the pack model and its checks) and `lean`; nothing of `flow`, `i18n` or
//! `ui`.

use crate::engine::pack::{Pack, Problem};
use crate::engine::Facts;

pub mod json;
pub mod pack_read;
pub mod widget_copy;

// Every file in `src/rules/packs/`, listed by build.rs: `generic`, then `de` (AufenthG stay
// routes, BAMF, REAG/GARP 2.0), `es` (Reglamento de Extranjería 2024 arraigos, OAR), `gt`
// (refugee status before CONARE and the Autoridad Migratoria Nacional, CA-4, and for Guatemalans
// back home the Plan Retorno al Hogar), `mx` (COMAR, the humanitarian visitor card, the
// regularisation routes of the Ley de Migración, IOM's RVA) and `pt` (Lei n.º 23/2007 stay
// routes, AIMA, ARVoRe). Embedded as they are: the server compresses them with the rest of the wasm.
mod shipped {
    include!(concat!(env!("OUT_DIR"), "/packs.rs"));
}
pub use shipped::SHIPPED;

/// The generic pack's text.
pub const GENERIC: &str = SHIPPED[0].1;

/// The ids of the shipped packs, the generic pack first.
pub fn ids() -> impl Iterator<Item = &'static str> {
    SHIPPED.iter().map(|(id, _)| *id)
}

/// What each shipped pack adds to the widget: (id, bytes), as embedded.
pub fn shipped_sizes() -> Vec<(&'static str, usize)> {
    SHIPPED.iter().map(|(id, t)| (*id, t.len())).collect()
}

/// A shipped pack's text.
pub fn text(id: &str) -> Option<&'static str> {
    SHIPPED.iter().find(|(pid, _)| *pid == id).map(|(_, t)| *t)
}

/// The one place where the widget and everything else differ: how a pack file becomes a `Pack`.
///
/// The widget reads with the small JSON reader (`pack_read`, no serde_json in its bytes) and merges
/// without re-running the checks (`pack::merge`): it only ever loads the shipped packs, which CI
/// checks with `pack::build`, and tests require the same `Pack` either way (the unit test below and
/// tests/fuzz.rs). Everything else (the CLI, `validate`, the tests) reads with serde, whose
/// messages name the line and column of a syntax error, and runs every check of `pack::build`.
#[cfg(target_arch = "wasm32")]
mod seam {
    use crate::engine::pack::{self, Pack, PackFile, Problem};

    pub fn parse(text: &str) -> Result<PackFile, Vec<Problem>> {
        super::pack_read::read(text).ok_or_else(|| {
            vec![Problem { at: "pack".into(), what: "not a well-formed pack file (run `waymark validate` on it)".into() }]
        })
    }

    pub fn assemble(file: PackFile, base: Option<&Pack>) -> Result<Pack, Vec<Problem>> {
        Ok(pack::merge(file, base))
    }
}
#[cfg(not(target_arch = "wasm32"))]
mod seam {
    pub use crate::engine::pack::{build as assemble, parse};
}

/// Loads a pack from its text, over the generic pack when it extends it (see `seam` for what is
/// checked where).
pub fn load_text(text: &str) -> Result<Pack, Vec<Problem>> {
    let file = seam::parse(text)?;
    let base = match file.extends {
        Some(_) => Some(seam::assemble(seam::parse(GENERIC)?, None)?),
        None => None,
    };
    seam::assemble(file, base.as_ref())
}

/// Loads a shipped pack by id.
pub fn load(id: &str) -> Result<Pack, Vec<Problem>> {
    match text(id) {
        Some(text) => load_text(text),
        None => Err(vec![Problem {
            at: "--pack".into(),
            what: format!("no pack `{id}`; the packs are: {}", ids().collect::<Vec<_>>().join(", ")),
        }]),
    }
}

/// The local names a shipped pack gives fact values (fact → value → name), such as `stay_status`
/// `tolerated` → "Duldung" in Germany: a question's options show them beside the plain words. Only
/// the pack's own names (a country pack inherits none); empty for an unknown pack.
pub fn local_names(pack_id: &str) -> std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>> {
    text(pack_id).and_then(|t| seam::parse(t).ok()).map(|f| f.local_names).unwrap_or_default()
}

/// Which answer names the country a person is in now, by `location`: back home it is the country
/// of citizenship (the questionnaire does not ask for a host country there); anywhere else it is
/// the host country. Data, so that a new kind of location is one more row, not a new branch.
const COUNTRY_NOW: &[(&str, &str)] = &[("origin", "origin_country")];

/// The pack for a person's answers: the pack of the country they are in now if one is shipped,
/// else `generic`. A pack holds a country's law and programmes for everyone in it, so a Guatemalan
/// back in Guatemala gets the `gt` pack (its reception and reintegration programmes), as a
/// Honduran in Guatemala does (its refugee procedure and the CA-4).
pub fn pack_for(facts: &Facts) -> &'static str {
    let key = facts.get("location").and_then(|l| COUNTRY_NOW.iter().find(|(loc, _)| *loc == l)).map_or("host_country", |(_, k)| *k);
    let cc = facts.get(key).map(|c| c.to_ascii_lowercase());
    ids().find(|id| Some(*id) == cc.as_deref() && *id != "generic").unwrap_or("generic")
}

/// Whether a pack reviewed on `reviewed` is more than 12 months old on `today` (both `YYYY-MM-DD`).
/// The engine has no clock: the UI passes today's date. An unreadable date counts as stale, so
/// the warning shows rather than hides.
pub fn review_is_stale(reviewed: &str, today: &str) -> bool {
    fn ymd(d: &str) -> Option<(i32, i32, i32)> {
        let mut it = d.splitn(3, '-').map(|p| p.parse::<i32>().ok());
        Some((it.next()??, it.next()??, it.next()??))
    }
    match (ymd(reviewed), ymd(today)) {
        (Some((ry, rm, rd)), Some((ty, tm, td))) => (ty, tm, td) > (ry + 1, rm, rd) || (ty - ry) * 12 + (tm - rm) > 12,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::{pack_for, review_is_stale};
    use crate::engine::Facts;

    #[test]
    fn merging_a_shipped_pack_gives_exactly_what_the_checked_build_gives() {
        for (id, text) in super::SHIPPED {
            let built = super::load_text(text).expect("shipped packs build");
            let file = crate::engine::pack::parse(text).unwrap();
            let base = file.extends.as_ref().map(|_| crate::engine::pack::merge(crate::engine::pack::parse(super::GENERIC).unwrap(), None));
            assert_eq!(crate::engine::pack::merge(file, base.as_ref()), built, "pack {id}");
        }
    }

    /// A pack's local names reach the question through `local_names`, and only that pack's.
    #[test]
    fn local_names_are_the_selected_packs_own() {
        for (id, text) in super::SHIPPED {
            let built = super::load_text(text).unwrap();
            assert_eq!(super::local_names(id), built.local_names, "pack {id}");
        }
        assert!(super::local_names("generic").is_empty());
        assert!(super::local_names("xx").is_empty());
    }

    #[test]
    fn the_pack_is_the_country_the_person_is_in_now() {
        let f = |pairs: &[(&str, &str)]| pairs.iter().fold(Facts::new(), |f, (k, v)| f.with(k, v));
        // Away from home, the host country decides, whatever the citizenship.
        assert_eq!(pack_for(&f(&[("location", "host"), ("host_country", "GT"), ("origin_country", "HN")])), "gt");
        assert_eq!(pack_for(&f(&[("location", "transit"), ("host_country", "MX"), ("origin_country", "GT")])), "mx");
        assert_eq!(pack_for(&f(&[("location", "transit"), ("host_country", "DE"), ("origin_country", "GT")])), "de");
        // Back home the country of citizenship decides; a host country left over from an earlier
        // answer does not.
        assert_eq!(pack_for(&f(&[("location", "origin"), ("origin_country", "GT")])), "gt");
        assert_eq!(pack_for(&f(&[("location", "origin"), ("origin_country", "GT"), ("host_country", "MX")])), "gt");
        // No shipped pack, no answer, or a value that is not a country: generic.
        assert_eq!(pack_for(&f(&[("location", "origin"), ("origin_country", "HN")])), "generic");
        assert_eq!(pack_for(&f(&[("location", "origin"), ("origin_country", "stateless")])), "generic");
        assert_eq!(pack_for(&f(&[("location", "host"), ("host_country", "other")])), "generic");
        assert_eq!(pack_for(&f(&[("location", "origin")])), "generic");
        assert_eq!(pack_for(&f(&[("host_country", "ES")])), "es");
        assert_eq!(pack_for(&Facts::new()), "generic");
    }

    #[test]
    fn the_widget_s_copy_of_a_pack_reads_as_the_pack_without_its_source_notes() {
        // A pack as data, with every official citation's `source` emptied.
        fn without_sources(p: &crate::engine::pack::PackFile) -> serde_json::Value {
            fn strip(v: &mut serde_json::Value) {
                match v {
                    serde_json::Value::Object(m) => {
                        if m.contains_key("read") {
                            m.insert("source".into(), "".into());
                        }
                        m.values_mut().for_each(strip);
                    }
                    serde_json::Value::Array(a) => a.iter_mut().for_each(strip),
                    _ => {}
                }
            }
            let mut v = serde_json::to_value(p).unwrap();
            strip(&mut v);
            v
        }
        for (id, text) in super::SHIPPED {
            let copy = super::widget_copy::widget_copy(text);
            assert!(!copy.contains('\n') && copy.len() < text.len(), "pack {id}");
            assert_eq!(copy.matches("\"source\":\"\"").count(), text.matches("\"source\"").count(), "pack {id}: every source emptied, none dropped");
            let full = super::pack_read::read(text).unwrap_or_else(|| panic!("pack {id} reads"));
            let widget = super::pack_read::read(&copy).unwrap_or_else(|| panic!("the widget's copy of pack {id} reads"));
            let sources = serde_json::to_string(&full).unwrap().matches("\"source\":\"").count();
            // The full copy keeps its notes (a country pack cites official texts; gt has the fewest, 9).
            assert!(*id == "generic" || sources > 0, "pack {id} has its sources ({sources})");
            assert_eq!(without_sources(&widget), without_sources(&full), "pack {id}: the same pack, the sources aside");
            assert_eq!(without_sources(&full), without_sources(&crate::engine::pack::parse(text).unwrap()), "pack {id}: as serde reads it");
        }
    }

    #[test]
    fn a_review_more_than_twelve_months_old_is_stale() {
        assert!(!review_is_stale("2026-11-20", "2026-11-23"));
        assert!(!review_is_stale("2025-11-23", "2026-11-23"));
        assert!(review_is_stale("2025-11-22", "2026-11-23"));
        assert!(review_is_stale("2024-01-01", "2026-11-23"));
        assert!(review_is_stale("not a date", "2026-11-23"));
    }
}
