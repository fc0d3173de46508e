//! The first screen as data: the widget's frame (quick exit, the language list, the live regions)
//! around the start page, in one tree that two renderers read.
//!
//! - The live widget builds its frame and its start page from it (`ui/dom.rs`, `node`), with the
//!   texts and the `lang`/`dir` attributes following the language signal and the actions attached.
//! - The build renders it to plain HTML for every shipped language (`html`, run by
//!   `waymark prerender` in Trunk's post-build hook), so the page shows the start screen, in the
//!   person's language, as soon as the HTML and CSS arrive, before the wasm. The loader script
//!   (`www/first.js`) keeps the person's language, makes quick exit work, and holds a press on
//!   Start until the widget takes over with the same markup.
//!
//! Nothing here depends on Leptos or the browser; the words are the Fluent messages of `i18n`. The
//! browser tests compare the two renderings element by element (issue 12).

use crate::i18n::Locale;
use Val::{Lit, Msg};

mod words;
pub use words::WORDS;

/// A text or an attribute value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Val {
    /// As it is.
    Lit(&'static str),
    /// A message, in the screen's language.
    Msg(&'static str),
    /// The screen's language code.
    Lang,
    /// `rtl` or `ltr`, by the screen's language.
    Dir,
}

/// What an element does when it is used. The live widget attaches these; before the wasm, the
/// loader script finds the same elements by their `data-testid`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Do {
    /// Quick exit.
    Leave,
    /// Start the questions.
    Start,
    /// Open the safety page, coming back to the start page.
    SafetyInfo,
    /// Switch language (a `<select>`'s change).
    Lang,
}

/// A place only the live widget fills: empty in the pre-rendered page, where nothing has happened yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// The host's logo (a theme option), first in the header.
    Logo,
    /// How many more Shift presses leave (announced while counting).
    ShiftCount,
    /// The notice that a host option was refused.
    ConfigProblem,
    /// The current screen; pre-rendered, the start page (`screen(start_page())`).
    Screen,
}

/// An element, a text, or a slot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    El { tag: &'static str, attrs: Vec<(&'static str, Val)>, on: Option<Do>, kids: Vec<Node> },
    Text(Val),
    Slot(Slot),
}

fn el(tag: &'static str, attrs: Vec<(&'static str, Val)>, kids: Vec<Node>) -> Node {
    Node::El { tag, attrs, on: None, kids }
}

fn msg(tag: &'static str, attrs: Vec<(&'static str, Val)>, id: &'static str) -> Node {
    el(tag, attrs, vec![Node::Text(Val::Msg(id))])
}

/// A `<button type="button">` that does `on`.
fn button(class: &'static str, testid: &'static str, on: Do, label: &'static str) -> Node {
    Node::El {
        tag: "button",
        attrs: vec![("type", Val::Lit("button")), ("class", Val::Lit(class)), ("data-testid", Val::Lit(testid))],
        on: Some(on),
        kids: vec![Node::Text(Val::Msg(label))],
    }
}

/// The frame around every screen, with the language list of `locales` and `lang` selected in it.
pub fn frame<'a>(lang: &str, locales: impl Iterator<Item = &'a Locale>) -> Node {
    let options = locales
        .map(|l| {
            let mut attrs = vec![("value", Lit(l.code)), ("lang", Lit(l.code))];
            if l.code == lang {
                attrs.push(("selected", Lit("")));
            }
            el("option", attrs, vec![Node::Text(Lit(l.native_name))])
        })
        .collect();
    el(
        "div",
        vec![("class", Lit("waymark")), ("data-testid", Lit("waymark-root")), ("lang", Val::Lang), ("dir", Val::Dir)],
        vec![
            button("skip-exit", "exit-skip", Do::Leave, "btn-leave-skip"),
            el(
                "header",
                vec![("class", Lit("top"))],
                vec![
                    Node::Slot(Slot::Logo),
                    el(
                        "div",
                        vec![("class", Lit("lang"))],
                        vec![
                            // The label names itself in the current language and in English
                            // ("Язык · Language"), so someone landed in a language they cannot
                            // read still finds it; the globe is a picture only (hidden from screen
                            // readers, which read the label).
                            el(
                                "label",
                                vec![("for", Lit("wm-lang"))],
                                vec![el("span", vec![("aria-hidden", Lit("true"))], vec![Node::Text(Lit("🌐 "))]), Node::Text(Msg("lang-label"))],
                            ),
                            Node::El { tag: "select", attrs: vec![("id", Lit("wm-lang")), ("data-testid", Lit("lang"))], on: Some(Do::Lang), kids: options },
                        ],
                    ),
                    button("exit", "exit", Do::Leave, "btn-leave"),
                ],
            ),
            el(
                "div",
                vec![("role", Lit("status")), ("class", Lit("visually-hidden")), ("data-testid", Lit("exit-status"))],
                vec![Node::Slot(Slot::ShiftCount)],
            ),
            Node::Slot(Slot::ConfigProblem),
            el("main", vec![("class", Lit("main"))], vec![Node::Slot(Slot::Screen)]),
        ],
    )
}

/// A screen: the element every screen's content sits in (rebuilt whole when it changes).
pub fn screen(kids: Vec<Node>) -> Node {
    el("div", vec![("class", Lit("screen"))], kids)
}

/// The start page: what this is, that answers stay on the device, that it is not legal advice.
///
/// The `loading` region is empty until a press on Start (or the safety link) made before the wasm
/// is ready has waited a moment: the loader script then writes its `data-text` into it, where a
/// screen reader announces it (`role="status"`).
pub fn start_page() -> Vec<Node> {
    vec![
        msg("h1", vec![("id", Lit("main-heading")), ("tabindex", Lit("-1"))], "start-heading"),
        msg("p", vec![], "start-what"),
        msg("p", vec![("class", Lit("notice private"))], "start-private"),
        msg("p", vec![], "start-not-advice"),
        msg("p", vec![], "start-decision"),
        msg("p", vec![], "start-length"),
        button("button start", "start", Do::Start, "btn-start"),
        el("div", vec![("class", Lit("loading")), ("role", Lit("status")), ("data-testid", Lit("loading")), ("data-text", Msg("start-loading"))], vec![]),
        el("p", vec![], vec![button("link", "safety-link", Do::SafetyInfo, "start-safety-link")]),
    ]
}

/// A value in language `lang`.
pub fn resolve(lang: &str, v: Val) -> String {
    match v {
        Lit(s) => s.to_string(),
        Msg(id) => crate::i18n::tr(lang, id),
        Val::Lang => lang.to_string(),
        Val::Dir => if crate::i18n::LOCALES.iter().any(|l| l.code == lang && l.rtl) { "rtl" } else { "ltr" }.to_string(),
    }
}

/// The pre-rendered first screen in `lang`: the frame with the start page, inside the wrapper the
/// loader script recognises (`<div class="wm-pre" lang>`), as HTML. The live widget draws the same
/// markup inside the mount element; the wrapper has no style of its own, so nothing moves when the
/// widget replaces it.
pub fn html<'a>(lang: &str, locales: impl Iterator<Item = &'a Locale>) -> String {
    let mut out = format!("<div class=\"wm-pre\" lang=\"{}\">", escape(lang));
    write_html(&frame(lang, locales), lang, &mut out);
    out.push_str("</div>");
    out
}

fn write_html(n: &Node, lang: &str, out: &mut String) {
    match n {
        Node::El { tag, attrs, kids, .. } => {
            out.push('<');
            out.push_str(tag);
            for (k, v) in attrs {
                out.push(' ');
                out.push_str(k);
                out.push_str("=\"");
                out.push_str(&escape(&resolve(lang, *v)));
                out.push('"');
            }
            out.push('>');
            for k in kids {
                write_html(k, lang, out);
            }
            out.push_str("</");
            out.push_str(tag);
            out.push('>');
        }
        Node::Text(v) => out.push_str(&escape(&resolve(lang, *v))),
        Node::Slot(Slot::Screen) => write_html(&screen(start_page()), lang, out),
        Node::Slot(Slot::Logo | Slot::ShiftCount | Slot::ConfigProblem) => {}
    }
}

/// Escapes text for an HTML text node or a double-quoted attribute.
fn escape(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            c => o.push(c),
        }
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n;

    #[test]
    fn the_pre_rendered_screen_carries_the_start_page_in_its_language() {
        let ar = html("ar", i18n::built());
        assert!(ar.starts_with("<div class=\"wm-pre\" lang=\"ar\"><div class=\"waymark\" data-testid=\"waymark-root\" lang=\"ar\" dir=\"rtl\">"), "{ar}");
        assert!(ar.contains(&i18n::tr("ar", "start-heading")));
        assert!(ar.contains(&i18n::tr("ar", "btn-leave")));
        assert!(ar.contains("<option value=\"ar\" lang=\"ar\" selected=\"\">العربية</option>"));
        assert!(!ar.contains(&i18n::tr("en", "start-heading")), "no English heading in the Arabic screen");
        let en = html("en", i18n::built());
        assert!(en.contains("dir=\"ltr\"") && en.contains("<option value=\"en\" lang=\"en\" selected=\"\">"));
        assert_eq!(en.matches(" selected=").count(), 1);
        // Slots the live widget fills are empty before it.
        assert!(en.contains("data-testid=\"exit-status\"></div>"));
    }

    #[test]
    fn the_list_of_first_screen_words_is_what_the_first_screen_shows() {
        fn msgs(n: &Node, out: &mut Vec<&'static str>) {
            match n {
                Node::El { attrs, kids, .. } => {
                    out.extend(attrs.iter().filter_map(|(_, v)| if let Msg(id) = v { Some(*id) } else { None }));
                    kids.iter().for_each(|k| msgs(k, out));
                }
                Node::Text(Msg(id)) => out.push(id),
                Node::Slot(Slot::Screen) => msgs(&screen(start_page()), out),
                _ => {}
            }
        }
        let mut used = Vec::new();
        msgs(&frame("en", i18n::built()), &mut used);
        let mut listed = WORDS.to_vec();
        used.sort();
        listed.sort();
        assert_eq!(used, listed);
    }

    #[test]
    fn text_and_attributes_are_escaped() {
        assert_eq!(escape("a <b> & \"c\""), "a &lt;b&gt; &amp; &quot;c&quot;");
    }
}
