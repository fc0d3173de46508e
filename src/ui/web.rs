//! The few browser facilities the widget uses directly: country names from the browser's own
//! `Intl.DisplayNames` (so no country list ships in our bytes), today's date, the host's options,
//! locking the page's Content-Security-Policy after boot, asking for the offline copy, leaving the
//! page, and reading text aloud with the device's own voices.

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

/// Today's local date: the day the engine evaluates on (dated rules) and the review-age warning's
/// "today". The engine has no clock; this is the one place the widget reads it.
pub fn today() -> crate::engine::Date {
    let now = js_sys::Date::new_0();
    let (y, m, d) = (now.get_full_year(), now.get_month() + 1, now.get_date());
    // A clock outside years 1 to 9999 is broken: fall back to a fixed, known day rather than guess.
    crate::engine::Date::new(y as u16, m as u8, d as u8).filter(|_| (1..=9999).contains(&y)).unwrap_or(FALLBACK_DAY)
}

/// The day used if the device's clock gives no real date.
const FALLBACK_DAY: crate::engine::Date = crate::engine::Date::new(2026, 11, 29).unwrap();

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

/// Puts focus on the main heading if nothing has it (after a language switch redraws the screen).
pub fn refocus_if_lost() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let lost = match (doc.active_element(), doc.body()) {
        (None, _) => true,
        (Some(a), Some(b)) => a == *b.unchecked_ref::<web_sys::Element>(),
        (Some(_), None) => false,
    };
    if lost {
        focus("main-heading");
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

/// The device's speech synthesis, if the browser has one (some have none; a test page may stub it).
fn synth() -> Option<web_sys::SpeechSynthesis> {
    let w = web_sys::window()?;
    let s = Reflect::get(&w, &"speechSynthesis".into()).ok()?;
    if s.is_undefined() || s.is_null() {
        return None;
    }
    Some(s.unchecked_into())
}

/// The device's voices that speak on the device itself. A voice with `localService` false (the
/// "Google" voices of desktop Chrome, for example) sends the text to a server to be spoken: never
/// used, since nothing a person answers or reads here may leave the device.
fn local_voices() -> Vec<web_sys::SpeechSynthesisVoice> {
    let Some(s) = synth() else { return vec![] };
    s.get_voices().iter().map(|v| v.unchecked_into::<web_sys::SpeechSynthesisVoice>()).filter(|v| v.local_service()).collect()
}

/// The primary language of a BCP 47 tag, lowercased ("ar-SA" and "ar_EG" are "ar").
fn primary(tag: &str) -> String {
    tag.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase()
}

/// Whether the device can speak `lang` without the network.
pub fn has_voice(lang: &str) -> bool {
    local_voices().iter().any(|v| primary(&v.lang()) == lang)
}

/// Calls `f` when the device's list of voices changes (browsers fill it in after the page loads).
pub fn on_voices_changed(f: impl Fn() + 'static) {
    let Some(s) = synth() else { return };
    let cb = Closure::<dyn Fn()>::new(f);
    let _ = s.add_event_listener_with_callback("voiceschanged", cb.as_ref().unchecked_ref());
    // The widget lives as long as the page: the listener is never removed.
    cb.forget();
}

/// Reads the visible text of the elements `ids` (space-separated) aloud in `lang`, with a local
/// voice of that language (the device's default one for it if it marks one). Whatever was being
/// read stops first.
pub fn speak(ids: &str, lang: &str) {
    let Some(s) = synth() else { return };
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let voices: Vec<_> = local_voices().into_iter().filter(|v| primary(&v.lang()) == lang).collect();
    let Some(voice) = voices.iter().find(|v| v.default()).or(voices.first()) else { return };
    let mut text = String::new();
    for el in ids.split(' ').filter_map(|id| doc.get_element_by_id(id)) {
        if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
            text.push_str(&el.inner_text());
            text.push('\n');
        }
    }
    // Fluent's bidi isolation marks around placeables are for drawing, not for speaking.
    text.retain(|c| !matches!(c, '\u{2068}' | '\u{2069}'));
    let Ok(u) = web_sys::SpeechSynthesisUtterance::new_with_text(text.trim_end()) else { return };
    u.set_lang(&voice.lang());
    u.set_voice(Some(voice));
    s.cancel();
    s.speak(&u);
}

/// Stops reading aloud (on every new screen, and at once on quick exit).
pub fn stop_speaking() {
    if let Some(s) = synth() {
        s.cancel();
    }
}
