//! The widget's side of an embed: tell the host page how tall the widget is and when a new screen
//! starts, so that `embed-host.js` grows the frame to fit (no scroll inside a scroll on a phone),
//! brings its top into view, and keeps a "Leave this page" button in view in the widget's language.
//!
//! Only when the widget runs in a frame and the host gave its exact origin (`host_origin`):
//! messages go to that origin only (`postMessage(msg, origin)`), and they carry the height, the
//! exit button's words and the language's direction, never an answer.

use super::state::Ctx;
use crate::i18n;
use js_sys::{Object, Reflect};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

fn embedded(w: &web_sys::Window) -> bool {
    match w.top() {
        Ok(Some(top)) => !Object::is(&top, w),
        _ => true,
    }
}

fn post(origin: &str, fields: &[(&str, JsValue)]) {
    let Some(w) = web_sys::window() else { return };
    let msg = Object::new();
    for (k, v) in fields {
        let _ = Reflect::set(&msg, &(*k).into(), v);
    }
    if let Ok(Some(parent)) = w.parent() {
        let _ = parent.post_message(&msg, origin);
    }
}

fn post_height(ctx: Ctx, origin: &str) {
    let Some(html) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else { return };
    let lang = ctx.lang.get_untracked();
    let rtl = i18n::locale(lang).is_some_and(|l| l.rtl);
    post(
        origin,
        &[
            ("waymark", "height".into()),
            ("height", html.get_bounding_client_rect().height().ceil().into()),
            ("leave", i18n::tr(lang, "btn-leave").into()),
            ("lang", lang.into()),
            ("dir", (if rtl { "rtl" } else { "ltr" }).into()),
        ],
    );
}

/// Starts the messages, for the page's life. Call once, inside `App` (it creates effects).
pub fn start(ctx: Ctx) {
    let Some(origin) = ctx.options.with_value(|o| o.host_origin.clone()) else { return };
    let Some(w) = web_sys::window() else { return };
    if !embedded(&w) {
        return;
    }
    let Some(html) = w.document().and_then(|d| d.document_element()) else { return };
    // The stylesheet drops the full-screen minimum height in a frame: the frame follows the widget.
    let _ = html.class_list().add_1("wm-embedded");
    let o = origin.clone();
    let cb = Closure::<dyn FnMut()>::new(move || post_height(ctx, &o));
    if let Ok(ro) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
        ro.observe(&html);
        // Both live as long as the page: the observer must keep reporting until it is closed.
        std::mem::forget(ro);
        cb.forget();
    }
    let o = origin.clone();
    // A new language changes the exit button's words even when the height stays.
    Effect::new(move |_| {
        ctx.lang.track();
        post_height(ctx, &o);
    });
    Effect::new(move |first: Option<()>| {
        ctx.screen.track();
        if first.is_some() {
            post(&origin, &[("waymark", "screen".into())]);
        }
    });
}
