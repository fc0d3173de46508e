//! The encoding of a compiled Fluent message: written by `build.rs` (with `build/compile.rs`),
//! read by `src/i18n.rs`. This file is the one list of its marks; both include it.
//!
//! Text is kept as is; a variable is VAR (or VAR_ISO when isolated) name END; a message reference
//! MSG id END; a term is inlined; a select is SEL (or SEL_ISO) name END default END, then per
//! variant: key KEY pattern VEND, then SEND. A numeric key is written `#` and the number. Each
//! message of a locale table, and each id of the id table, is ended by RS. FTL text never holds
//! these control characters (the compiler refuses a message that does). Imports nothing.

// Not every includer reads every mark (build.rs writes all of them, the resolver reads them all,
// the locale tests only compile).
#![allow(dead_code)]

pub const RS: u8 = 0x1e;
pub const VAR_ISO: u8 = 0x01;
pub const END: u8 = 0x02;
pub const VAR: u8 = 0x03;
pub const MSG: u8 = 0x04;
pub const SEL: u8 = 0x05;
pub const SEL_ISO: u8 = 0x06;
pub const KEY: u8 = 0x07;
pub const VEND: u8 = 0x08;
pub const SEND: u8 = 0x0f;
