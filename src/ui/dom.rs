//! The few shapes every screen is built from.
//!
//! Why not `view!` everywhere: each `view!` tree has its own type, and Leptos renders each type with
//! its own copy of the rendering code. With five screens of varied markup that came to about
//! 100 KiB gzip, a third of the first load. Here every element is one type (a tag, erased
//! attributes, erased children), so the rendering code exists once. Screens are rebuilt whole when
//! the screen, the language or an error changes (see `App`), so nothing relies on patching one
//! element into another.
//!
//! The first screen (the frame and the start page) is data (`crate::first`), shared with the
//! build's pre-rendered HTML; `node` draws it in these shapes.
//!
//! May import: `state.rs` only (of `ui/`). A button's action runs through `Ctx::dispatch`, so the
//! shapes know no screen.

use super::state::{Act, Ctx, Screen};
use crate::first::{self, Do, Node, Slot};
use leptos::attr::any_attribute::{AnyAttribute, IntoAnyAttribute};
use leptos::attr::custom::custom_attribute;
use leptos::html::custom;
use leptos::prelude::*;

pub type Kids = Vec<AnyView>;
pub type Attrs = Vec<AnyAttribute>;

/// An element: tag, attributes, children.
pub fn el(tag: &'static str, attrs: Attrs, kids: Kids) -> AnyView {
    custom(tag).add_any_attr(attrs).child(kids).into_any()
}

/// A text node.
pub fn text(s: String) -> AnyView {
    s.into_any()
}

/// An element holding only text.
pub fn el_text(tag: &'static str, attrs: Attrs, s: String) -> AnyView {
    el(tag, attrs, vec![text(s)])
}

/// An attribute.
pub fn at(key: &'static str, value: impl Into<String>) -> AnyAttribute {
    custom_attribute(key, value.into()).into_any_attr()
}

/// A click that runs an action (one closure type for every button).
pub fn click(ctx: Ctx, act: Act) -> AnyAttribute {
    leptos::ev::on(leptos::ev::click, move |e: web_sys::MouseEvent| {
        e.prevent_default();
        (ctx.dispatch)(ctx, act.clone());
    })
    .into_any_attr()
}

/// A `<button type="button">` that runs an action.
pub fn button(ctx: Ctx, class: &'static str, testid: &'static str, act: Act, label: String) -> AnyView {
    el_text("button", vec![at("type", "button"), at("class", class), at("data-testid", testid), click(ctx, act)], label)
}

/// The "Read aloud" button for the element `target` (a question's fieldset, a result card's words),
/// when the person has switched read aloud on and the device has a voice for the language; nothing
/// otherwise. `what` names the card for screen readers, where several such buttons share a page.
pub fn read_aloud(ctx: Ctx, target: String, what: Option<String>) -> Option<AnyView> {
    if !ctx.reads_aloud() {
        return None;
    }
    let mut label = vec![text(ctx.t("btn-read-aloud"))];
    if let Some(w) = what {
        label.push(el_text("span", vec![at("class", "visually-hidden")], format!(" {w}")));
    }
    Some(el(
        "button",
        vec![at("type", "button"), at("class", "read-aloud"), at("data-testid", "read-aloud"), click(ctx, Act::ReadAloud(target))],
        label,
    ))
}

/// The Back link (a button: navigation never touches the URL).
pub fn back_link(ctx: Ctx, to: Screen) -> AnyView {
    button(ctx, "back-link", "back", Act::Go(to), ctx.t("btn-back"))
}

/// Draws the first screen's data (`crate::first`) in the current language, with its actions
/// attached; `slot` fills the places only the live widget has. Its words are static: on a
/// language switch the screens are drawn anew, and the frame's words are rewritten in place
/// (`Ctx::set_lang`), which costs less code than reactive words (1.3 KiB of the first load).
pub fn node(ctx: Ctx, n: Node, slot: &dyn Fn(Slot) -> AnyView) -> AnyView {
    let lang = ctx.lang.get_untracked();
    match n {
        Node::El { tag, attrs, on, kids } => {
            let mut a: Attrs = attrs.into_iter().map(|(k, v)| at(k, first::resolve(lang, v))).collect();
            a.extend(on.map(|d| match d {
                Do::Leave => click(ctx, Act::Leave),
                Do::Start => click(ctx, Act::Start),
                Do::SafetyInfo => click(ctx, Act::SafetyInfo(Screen::Start)),
                Do::Lang => leptos::ev::on(leptos::ev::change, move |ev| {
                    if let Some(l) = crate::i18n::locale(&event_target_value(&ev)) {
                        ctx.set_lang(l.code);
                    }
                })
                .into_any_attr(),
            }));
            el(tag, a, kids.into_iter().map(|k| node(ctx, k, slot)).collect())
        }
        Node::Text(v) => text(first::resolve(lang, v)),
        Node::Slot(s) => slot(s),
    }
}

/// A change of a `<select>` that runs the action `make` builds from the chosen value.
pub fn select_changed(ctx: Ctx, make: fn(String) -> Act) -> AnyAttribute {
    leptos::ev::on(leptos::ev::change, move |e: web_sys::Event| (ctx.dispatch)(ctx, make(event_target_value(&e)))).into_any_attr()
}

/// A link a person follows only by tapping it: nothing is fetched before, and the page it opens is
/// told nothing of this one (`rel="noreferrer"`; an `https` address opens in a new tab, which the
/// embed's sandbox allows with `allow-popups`).
pub fn link(href: String, label: String, testid: &'static str) -> AnyView {
    let mut attrs = vec![at("href", href.clone()), at("rel", "noreferrer noopener"), at("data-testid", testid)];
    if href.starts_with("https://") {
        attrs.push(at("target", "_blank"));
    }
    el_text("a", attrs, label)
}
