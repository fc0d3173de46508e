//! Waymark: an anonymous questionnaire, run entirely in the browser, that shows which return, stay
//! and protection paths may apply to a person, why, and from which source.
//!
//! `engine` decides (pure, total); `rules` holds the cited packs; `flow` routes the questions;
//! `i18n` holds the words; `first` is the first screen as data (drawn live and pre-rendered);
//! `host` checks the embedding page's options; `ui` (browser only) shows
//! all of it. See README.md for the codemap and the invariants.

pub mod engine;
pub mod first;
pub mod flow;
pub mod host;
pub mod i18n;
pub mod lean;
pub mod results;
pub mod rules;

#[cfg(target_arch = "wasm32")]
pub mod ui;
