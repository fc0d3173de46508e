//! The engine: facts in, paths out. Pure and total.
//!
//! No Leptos, web-sys, Fluent, clock or I/O here (a tidy test checks this), so the same code runs
//! in the browser, in the CLI and in native tests, and any set of facts gives a result.

pub mod date;
pub mod evaluate;
pub mod facts;
pub mod invariants;
pub mod json;
pub mod lean;
pub mod pack;
pub mod pack_read;

pub use date::Date;
pub use evaluate::{evaluate, Assessment, NoticeResult, PathResult, Standing};
pub use facts::{Facts, Value};
pub use pack::{Kind, Pack};
