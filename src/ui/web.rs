//! The few browser facilities the widget uses directly: country names from the browser's own
//! `Intl.DisplayNames` (so no country list ships in our bytes), today's date, the host's options,
//! locking the page's Content-Security-Policy after boot, asking for the offline copy, and leaving
//! the page.

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = DisplayNames)]
    type DisplayNames;
    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "DisplayNames", catch)]
    fn new(locales: &Array, options: &JsValue) -> Result<DisplayNames, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn of(this: &DisplayNames, code: &str) -> Result<JsValue, JsValue>;
}

/// The name of the region `code` (ISO 3166-1 alpha-2) in `lang`, as the browser knows it; the code
/// itself if the browser has no name for it.
pub fn country_name(lang: &str, code: &str) -> String {
    let opts = Object::new();
    let _ = Reflect::set(&opts, &"type".into(), &"region".into());
    let locales = Array::of1(&lang.into());
    DisplayNames::new(&locales, &opts)
        .ok()
        .and_then(|d| d.of(code).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| code.to_string())
}

/// Sorts names as the language sorts them.
pub fn sort_names(lang: &str, items: &mut [(String, String)]) {
    let locales = Array::of1(&lang.into());
    let opts = Object::new();
    crate::lean::sort_by(items, |a, b| {
        js_sys::JsString::from(a.1.as_str()).locale_compare(&b.1, &locales, &opts).cmp(&0)
    });
}

/// Today's date as `YYYY-MM-DD` (for the review-age warning only).
pub fn today() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.chars().take(10).collect()
}

/// The browser's preferred languages.
pub fn browser_languages() -> Vec<String> {
    let Some(w) = web_sys::window() else { return vec![] };
    let langs = w.navigator().languages();
    langs.iter().filter_map(|v| v.as_string()).collect()
}

/// The host's options as name/value pairs: the mount element's `data-*` attributes, then a
/// `window.waymarkOptions` object of strings, then the query string.
pub fn option_pairs(mount: &web_sys::Element) -> (Vec<(String, String)>, Vec<String>) {
    let mut pairs = Vec::new();
    let mut errors = Vec::new();
    let names = mount.get_attribute_names();
    for n in names.iter().filter_map(|v| v.as_string()) {
        if let Some(key) = n.strip_prefix("data-") {
            pairs.push((key.to_string(), mount.get_attribute(&n).unwrap_or_default()));
        }
    }
    if let Some(w) = web_sys::window() {
        if let Ok(v) = Reflect::get(&w, &"waymarkOptions".into()) {
            if !v.is_undefined() && !v.is_null() {
                // Read by hand: serde-wasm-bindgen's error path formats numbers, which would cost
                // the widget the float printer (10 KiB gzip with serde's error machinery) for one message.
                match v.dyn_ref::<Object>().filter(|_| !v.is_function() && !Array::is_array(&v)) {
                    Some(o) => {
                        for entry in Object::entries(o).iter() {
                            let pair: Array = entry.unchecked_into();
                            let name = pair.get(0).as_string().unwrap_or_default();
                            match pair.get(1).as_string() {
                                Some(value) => pairs.push((name, value)),
                                None => errors.push(format!(
                                    "waymark: window.waymarkOptions.{name} was ignored: it must be a string"
                                )),
                            }
                        }
                    }
                    None => errors.push("waymark: window.waymarkOptions was ignored: it must be an object of strings".to_string()),
                }
            }
        }
        if let Ok(q) = w.location().search() {
            pairs.extend(crate::host::query_pairs(&q));
        }
    }
    (pairs, errors)
}

/// Logs a detailed problem for the host's developers.
pub fn console_warn(msg: &str) {
    web_sys::console::warn_1(&msg.into());
}

/// Adds a second policy that forbids every connection: once the wasm runs, nothing on the page
/// may send anything, even a compromised dependency. Policies only ever tighten, so this cannot be
/// undone by the page.
pub fn lock_connections() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(meta) = doc.create_element("meta") else { return };
    let _ = meta.set_attribute("http-equiv", "Content-Security-Policy");
    let _ = meta.set_attribute("content", "connect-src 'none'");
    let _ = meta.set_attribute("data-waymark-lock", "");
    if let Some(head) = doc.head() {
        let _ = head.append_child(&meta);
    }
}

/// Whether the widget runs inside another page's frame, or in an opaque (sandboxed) origin: then
/// it must not leave anything of itself behind in the browser (README "Offline").
pub fn embedded() -> bool {
    let Some(w) = web_sys::window() else { return true };
    let framed = match w.top() {
        Ok(Some(top)) => !Object::is(&top, &w),
        _ => true,
    };
    framed || Reflect::get(&w, &"origin".into()).ok().and_then(|o| o.as_string()).is_none_or(|o| o == "null")
}

/// Tells the loader script whether to keep an offline copy (README "Offline"): the loader, not the
/// wasm, registers the service worker (or removes one a host has since turned off), so the wasm
/// needs no service-worker bindings. The loader checks "not embedded" again itself.
pub fn mark_offline(on: bool) {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-waymark-offline", if on { "on" } else { "off" });
    }
}

/// Leaves the page for `url` so that Back cannot return to the answers. Embedded, it asks the host
/// page to leave (by postMessage, only to its exact origin) and navigates the top page itself where
/// the sandbox allows; in every case it replaces this document too.
pub fn leave(url: &str, host_origin: Option<&str>) {
    let Some(w) = web_sys::window() else { return };
    let embedded = match w.top() {
        Ok(Some(top)) => !Object::is(&top, &w),
        _ => true,
    };
    if embedded {
        // Ask the host first (only at its exact origin): the browser may refuse this frame the
        // top-level navigation, silently, when no click or key press allowed it.
        if let (Some(origin), Ok(Some(parent))) = (host_origin, w.parent()) {
            let msg = Object::new();
            let _ = Reflect::set(&msg, &"waymark".into(), &"leave".into());
            let _ = parent.post_message(&msg, origin);
        }
        if let Ok(Some(top)) = w.top() {
            let _ = top.location().replace(url);
        }
    }
    let _ = w.location().replace(url);
}

/// Moves focus to the page's main heading after a screen change, so a screen reader starts there.
pub fn focus_heading() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(el) = doc.get_element_by_id("main-heading").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Focuses an element by id (the error summary).
pub fn focus(id: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(el) = doc.get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// Opens the print dialog.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Milliseconds since the epoch (for the Shift-three-times shortcut).
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}
