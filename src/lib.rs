//! Waymark: an anonymous questionnaire, run entirely in the browser, that shows which return, stay
//! and protection paths may apply to a person, why, and from which source.
//!
//! `engine` decides (pure, total); `rules` holds the cited packs and reads them; `flow` routes the
//! questions; `results` decides what the results page shows; `i18n` holds the words; `first` is
//! the first screen as data (drawn by the widget and pre-rendered by the build); `host` checks the
//! embedding page's options (`host::theme` its colours, `host::referrals` its directory of
//! services); `ui` (browser only) shows all of it. For the CLI and the tests
//! (the widget never calls them): `proof` walks every reachable answer set through the flow and
//! checks the invariants on each; `screens` lists every screen of the flow and walks that show
//! them all (for the browser tests). See README.md for the codemap and the invariants.
//!
//! The layers, bottom up, each importing only those below it (tests/tidy.rs checks the `use`
//! lines): `lean`, `i18n` and `host` (nothing of the crate); `engine` (`lean`); `first` (`i18n`);
//! `rules` and `flow` (`engine`, `lean`); `results` (`engine`, `rules`, `flow`, `host`) and
//! `screens` (`engine`, `rules`, `flow`); `ui` (any of those but `screens`); `proof` (`engine`,
//! `flow`, `rules`, `lean`). Nothing in the crate imports `proof` or `screens`.

pub mod engine;
pub mod first;
pub mod flow;
pub mod host;
pub mod i18n;
pub mod lean;
pub mod proof;
pub mod results;
pub mod rules;
pub mod screens;

#[cfg(target_arch = "wasm32")]
pub mod ui;
