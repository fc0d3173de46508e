//! The shipped packs, embedded at compile time; how a pack file is read into a `Pack`; and how a
//! host country selects one.
//!
//! The packs are data (`src/rules/packs/*.json`). The CLI and the tests read a pack file with
//! serde and run every check of `pack::build` (`load_text`). The widget reads none of that: build.rs
//! builds each shipped pack the same way and embeds the result in the widget's form
//! (`compact.rs`), so the widget has no JSON reader, no merge and no checks in its bytes; tests
//! require what it reads to be the checked pack. Tests load every shipped pack and `waymark
//! validate` passes on each, so loading here cannot fail in practice; if it ever did, the caller
//! gets the problems and shows them, never a blank widget.
//!
//! May import: `engine` (the pack model and its checks) and `lean`; nothing of `flow`, `i18n` or
//! `ui`.

use crate::engine::pack::{Pack, Problem};
use crate::engine::Facts;

pub mod compact;

// Every file in `src/rules/packs/`, listed by build.rs: `generic`, then `de` (AufenthG stay
// routes, BAMF, REAG/GARP 2.0), `es` (Reglamento de Extranjería 2024 arraigos, OAR), `gt`
// (refugee status before CONARE and the Autoridad Migratoria Nacional, CA-4, and for Guatemalans
// back home the Plan Retorno al Hogar), `mx` (COMAR, the humanitarian visitor card, the
// regularisation routes of the Ley de Migración, IOM's RVA) and `pt` (Lei n.º 23/2007 stay
// routes, AIMA, ARVoRe): `SHIPPED`, the files as they are, and `WIDGET`, each pack built and
// checked, in the widget's form. The server compresses them with the rest of the wasm.
mod shipped {
    include!(concat!(env!("OUT_DIR"), "/packs.rs"));
}
// The files are the CLI's and the tests': nothing in the widget names them (`load` reads its
// form), so they stay out of its bytes; `make size` would show them coming back.
pub use shipped::{SHIPPED, WIDGET};

/// The generic pack's file.
pub const GENERIC: &str = SHIPPED[0].1;

/// The ids of the shipped packs, the generic pack first.
pub fn ids() -> impl Iterator<Item = &'static str> {
    WIDGET.iter().map(|(id, _)| *id)
}

/// What each shipped pack adds to the widget: (id, bytes), as embedded.
pub fn shipped_sizes() -> Vec<(&'static str, usize)> {
    WIDGET.iter().map(|(id, t)| (*id, t.len())).collect()
}

/// A shipped pack's file.
pub fn text(id: &str) -> Option<&'static str> {
    SHIPPED.iter().find(|(pid, _)| *pid == id).map(|(_, t)| *t)
}

/// Loads a pack from a file's text, over the generic pack when it extends it, with every check
/// (`pack::build`).
pub fn load_text(text: &str) -> Result<Pack, Vec<Problem>> {
    use crate::engine::pack::{build, parse};
    let file = parse(text)?;
    let base = match file.extends {
        Some(_) => Some(build(parse(GENERIC)?, None)?),
        None => None,
    };
    build(file, base.as_ref())
}

/// Loads a shipped pack by id: the widget reads its embedded form, everything else its file.
pub fn load(id: &str) -> Result<Pack, Vec<Problem>> {
    let Some((_, widget)) = WIDGET.iter().find(|(pid, _)| *pid == id) else {
        return Err(vec![Problem {
            at: "--pack".into(),
            what: format!("no pack `{id}`; the packs are: {}", ids().collect::<Vec<_>>().join(", ")),
        }]);
    };
    #[cfg(target_arch = "wasm32")]
    return compact::read(widget).ok_or_else(|| {
        // build.rs embeds a pack that does not build as nothing, with a build warning.
        vec![Problem { at: "pack".into(), what: format!("pack `{id}` did not build (run `waymark validate` on it)") }]
    });
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = widget;
        load_text(text(id).unwrap_or_default())
    }
}

/// The local names a shipped pack gives fact values (fact → value → name), such as `stay_status`
/// `tolerated` → "Duldung" in Germany: a question's options show them beside the plain words. Only
/// the pack's own names (a country pack inherits none); empty for an unknown pack.
pub fn local_names(pack_id: &str) -> std::collections::BTreeMap<String, std::collections::BTreeMap<String, String>> {
    load(pack_id).map(|p| p.local_names).unwrap_or_default()
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

    /// What build.rs embeds for the widget is each shipped pack, built and checked, as
    /// `compact::write` writes it (which reads back as the pack: compact.rs's tests).
    #[test]
    fn the_widget_s_form_of_each_shipped_pack_is_the_checked_pack() {
        for (id, widget) in super::WIDGET {
            let built = super::load_text(super::text(id).unwrap()).expect("shipped packs build");
            assert_eq!(super::compact::write(&built).as_deref(), Some(*widget), "pack {id}");
        }
        assert_eq!(super::ids().collect::<Vec<_>>(), super::SHIPPED.iter().map(|(id, _)| *id).collect::<Vec<_>>());
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
    fn a_review_more_than_twelve_months_old_is_stale() {
        assert!(!review_is_stale("2026-11-20", "2026-11-23"));
        assert!(!review_is_stale("2025-11-23", "2026-11-23"));
        assert!(review_is_stale("2025-11-22", "2026-11-23"));
        assert!(review_is_stale("2024-01-01", "2026-11-23"));
        assert!(review_is_stale("not a date", "2026-11-23"));
    }
}
