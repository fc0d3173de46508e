//! A locale's table as the widget embeds it: one byte per character. `build.rs` narrows each
//! locale's text with `narrow`; `src/i18n.rs` widens it back with `widen` the first time the
//! locale is shown. Both directions are in this file so that they are read side by side; both
//! includers take it whole.
//!
//! Why: in UTF-8 every Cyrillic, Arabic and Persian letter takes two bytes, and the server's
//! brotli compresses those pairs less well than single bytes. Written one byte a character, the
//! first visit of the full build (ten locales) is 5.0 KiB smaller as served with brotli, this
//! code included (release build, 2026-11-29: 281.7 -> 276.7 KiB). Widening the largest locale
//! (Russian, 81 KB) into a `String` once is a single pass over its bytes.
//!
//! The bytes: ASCII (the encoding's marks included) as it is; 0xC0 to 0xFF the 64 characters
//! from `window` on (a script's letters: `WINDOWS`); 0x80 to 0xBE the locale's other characters,
//! `others` (up to 63, the most used, in code point order); 0xBF an escape, followed by the
//! character's code point in three bytes, little-endian (any other character: a script the
//! windows do not know still works, only less compactly). Imports nothing.

// Each includer uses one direction (build.rs `narrow`, the widget `widen`; the tests both).
#![allow(dead_code)]

/// The first of 64 consecutive code points that hold a script's letters: Latin-1's accented
/// letters (U+00C0 …), Cyrillic А to я (U+0410 …), the Arabic letters (U+0620 …). A locale takes
/// the one that holds most of its characters.
pub const WINDOWS: &[u32] = &[0x00C0, 0x0410, 0x0620];

/// The escape byte (see above).
const ESC: u8 = 0xBF;
/// The first byte of the window, and the first of `others`.
const WIN: u8 = 0xC0;
const OTHER: u8 = 0x80;

/// `text` narrowed: (bytes, window, others).
pub fn narrow(text: &str) -> (Vec<u8>, u32, String) {
    let mut counts: Vec<(char, usize)> = Vec::new();
    for c in text.chars().filter(|c| !c.is_ascii()) {
        match counts.iter_mut().find(|(k, _)| *k == c) {
            Some((_, n)) => *n += 1,
            None => counts.push((c, 1)),
        }
    }
    let in_window = |w: u32, c: char| (w..w + 64).contains(&(c as u32));
    let window = WINDOWS.iter().copied().max_by_key(|w| (counts.iter().filter(|(c, _)| in_window(*w, *c)).map(|(_, n)| n).sum::<usize>(), std::cmp::Reverse(*w))).unwrap_or(WINDOWS[0]);
    // The 63 most used characters outside the window (ties by code point), then in code point order.
    let mut others: Vec<(char, usize)> = counts.into_iter().filter(|(c, _)| !in_window(window, *c)).collect();
    others.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    others.truncate(usize::from(ESC - OTHER));
    let mut others: Vec<char> = others.into_iter().map(|(c, _)| c).collect();
    others.sort();
    let mut bytes = Vec::with_capacity(text.len());
    for c in text.chars() {
        let cp = c as u32;
        if c.is_ascii() {
            bytes.push(cp as u8);
        } else if in_window(window, c) {
            bytes.push(WIN + (cp - window) as u8);
        } else if let Some(i) = others.iter().position(|o| *o == c) {
            bytes.push(OTHER + i as u8);
        } else {
            bytes.extend([ESC, cp as u8, (cp >> 8) as u8, (cp >> 16) as u8]);
        }
    }
    (bytes, window, others.into_iter().collect())
}

/// The text that `narrow` gave `bytes`, `window` and `others` for. Total: a byte it cannot map
/// (none that `narrow` writes) becomes U+FFFD.
pub fn widen(bytes: &[u8], window: u32, others: &str) -> String {
    let others: Vec<char> = others.chars().collect();
    let mut out = String::with_capacity(bytes.len() * 2);
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        i += 1;
        let c = match b {
            0..=0x7F => Some(char::from(b)),
            WIN.. => char::from_u32(window + u32::from(b - WIN)),
            ESC => {
                let cp = bytes.get(i..i + 3).map(|c| u32::from(c[0]) | u32::from(c[1]) << 8 | u32::from(c[2]) << 16);
                i += 3;
                cp.and_then(char::from_u32)
            }
            _ => others.get(usize::from(b - OTHER)).copied(),
        };
        out.push(c.unwrap_or('\u{FFFD}'));
    }
    out
}
