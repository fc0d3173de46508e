//! The engine: facts in, paths out. Pure and total.
//!
//! No Leptos, web-sys, Fluent, clock or I/O here (a tidy test checks this), so the same code runs
//! in the browser, in the CLI and in native tests, and any set of facts gives a result.
//!
//! May import: the standard library, serde, and `crate::lean` only; nothing of `flow`, `rules`,
//! `i18n`, `host`, `ui` or `proof` (tests/tidy.rs checks the `use` lines; unit tests may read the
//! shipped packs of `rules`). Reading pack files is `rules`'s.

pub mod date;
pub mod evaluate;
pub mod facts;
pub mod invariants;
pub mod pack;

// The children name the size-lean helpers as `super::lean::…`; this keeps that path working
// now that they live at the bottom of the crate, outside the engine.
use crate::lean;

pub use date::Date;
pub use evaluate::{evaluate, Assessment, NoticeResult, PathResult, Standing};
pub use facts::{Facts, Value};
pub use pack::{Kind, Pack};
