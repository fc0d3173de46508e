//! The widget's copy of a pack: the same JSON without whitespace, and with the official
//! citations' `source` notes emptied.
//!
//! Why: `source` is the longer English note for counsellors and the CLI (the law, the article, where
//! the wording was checked); the widget shows a citation's `title`, `id` and `read` date, never its
//! `source`, which was a fifth of the packs' bytes (2.2 KiB of the first load, brotli). `build.rs`
//! embeds this copy in the widget (`#[path]`-included there) and the full file everywhere else.
//! The member stays, empty, so the copy is still a pack file both readers take (the widget's never
//! reads what serde's refuses: tests/fuzz.rs); a test requires the same pack from both copies,
//! `source` aside.
//!
//! Works on tokens, so it keeps everything else exactly, in order; only the string value of a
//! `"source"` member changes (nothing else in a pack is called `source`).

/// The copy of pack text `text` that the widget embeds.
pub fn widget_copy(text: &str) -> String {
    let b = text.as_bytes();
    let mut toks: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b' ' | b'\n' | b'\r' | b'\t' => i += 1,
            b'"' => {
                let from = i;
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i = (i + 1).min(b.len());
                toks.push(&text[from..i]);
            }
            b'{' | b'}' | b'[' | b']' | b':' | b',' => {
                toks.push(&text[i..i + 1]);
                i += 1;
            }
            _ => {
                let from = i;
                while i < b.len() && !b" \n\r\t{}[]:,\"".contains(&b[i]) {
                    i += 1;
                }
                toks.push(&text[from..i]);
            }
        }
    }
    let mut out: Vec<&str> = Vec::with_capacity(toks.len());
    for (k, t) in toks.iter().enumerate() {
        let is_source = k >= 2 && toks[k - 2] == "\"source\"" && toks[k - 1] == ":" && t.starts_with('"');
        out.push(if is_source { "\"\"" } else { t });
    }
    out.concat()
}
