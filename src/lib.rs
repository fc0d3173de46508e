//! Waymark: an anonymous questionnaire that shows which return, stay and protection paths may apply.
//!
//! The crate is split so that the architecture shows (see README "Codemap"): `engine` decides,
//! `rules` is data, `flow` routes, `i18n` words, `ui` shows. Only `ui` and `main.rs` touch the browser.

pub mod engine;
pub mod rules;
pub mod flow;
