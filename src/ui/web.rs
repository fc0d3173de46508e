//! The few browser facilities the widget uses directly: country and language names from the
//! browser's own `Intl.DisplayNames` (so no list ships in our bytes), weekday names and dates from
//! `Intl.DateTimeFormat`, today's date, locking the page's Content-Security-Policy after boot,
//! history entries that hold only a number (Back and Forward), the leave-this-page question,
//! asking for the offline copy, leaving the page, and reading text aloud with the device's own
//! voices.

use crate::first::Val;
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

    #[wasm_bindgen(js_namespace = Intl, js_name = Collator)]
    type Collator;
    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "Collator")]
    fn new(locales: &Array) -> Collator;
    #[wasm_bindgen(method)]
    fn compare(this: &Collator, a: &JsValue, b: &JsValue) -> f64;
}

/// One language's country names, made on first use and kept: the browser's `Intl.DisplayNames`
/// for it, and the country `<option>`s named and sorted its way. Making them took most of the
/// countries screen's 200 ms at 4x CPU slowdown (a new `DisplayNames` for each of 250 names, and
/// `localeCompare` with a locale list, which builds a collator, for each of some 2,000
/// comparisons), every time the screen was drawn. Now a language's list is made once (one
/// `DisplayNames`, one `Intl.Collator`, the options as one HTML string), and each country list is
/// filled from it by the browser's parser in one call.
struct Names {
    lang: &'static str,
    display: Option<DisplayNames>,
    options: Option<std::rc::Rc<str>>,
}

thread_local! {
    static NAMES: std::cell::RefCell<Vec<Names>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Runs `f` on `lang`'s names, made on first use.
fn with_names<R>(lang: &'static str, f: impl FnOnce(&mut Names) -> R) -> R {
    NAMES.with(|all| {
        let mut all = all.borrow_mut();
        let i = match all.iter().position(|n| n.lang == lang) {
            Some(i) => i,
            None => {
                let opts = Object::new();
                let _ = Reflect::set(&opts, &"type".into(), &"region".into());
                let display = DisplayNames::new(&Array::of1(&lang.into()), &opts).ok();
                all.push(Names { lang, display, options: None });
                all.len() - 1
            }
        };
        f(&mut all[i])
    })
}

fn display_name(lang: &str, kind: &str, code: &str) -> String {
    let opts = Object::new();
    let _ = Reflect::set(&opts, &"type".into(), &kind.into());
    let locales = Array::of1(&lang.into());
    DisplayNames::new(&locales, &opts)
        .ok()
        .and_then(|d| d.of(code).ok())
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| code.to_string())
}

/// The name of the region `code` (ISO 3166-1 alpha-2) in `lang`, as the browser knows it; the code
/// itself if the browser has no name for it.
pub fn country_name(lang: &'static str, code: &str) -> String {
    with_names(lang, |n| n.display.as_ref().and_then(|d| d.of(code).ok()).and_then(|v| v.as_string()))
        .unwrap_or_else(|| code.to_string())
}

/// The name of the language `tag` (BCP 47) in `lang` (a service's languages).
pub fn language_name(lang: &str, tag: &str) -> String {
    display_name(lang, "language", tag)
}

/// The short name of weekday `n` (0 Monday to 6 Sunday) in `lang`.
pub fn weekday(lang: &str, n: u8) -> String {
    // 1 January 2024 was a Monday.
    let day = js_sys::Date::new_with_year_month_day(2024, 0, 1 + n as i32);
    let opts = Object::new();
    let _ = Reflect::set(&opts, &"weekday".into(), &"short".into());
    day.to_locale_date_string(lang, &opts).into()
}

/// Marks this history entry with `n` (and nothing else), without changing the address.
pub fn replace_entry(n: u32) {
    if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = h.replace_state(&entry(n), "");
    }
}

/// Adds a history entry holding only `n`, at the same address, so the browser's Back returns to
/// the screen before.
pub fn push_entry(n: u32) {
    if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = h.push_state(&entry(n), "");
    }
}

fn entry(n: u32) -> JsValue {
    let o = Object::new();
    let _ = Reflect::set(&o, &"waymark".into(), &n.into());
    o.into()
}

/// The number a history entry holds (see `push_entry`), if it is one of ours.
pub fn entry_number(state: &JsValue) -> Option<u32> {
    Reflect::get(state, &"waymark".into()).ok()?.as_f64().map(|n| n as u32)
}

/// Calls `on_pop` with the number of the entry the browser's Back or Forward reached.
pub fn on_history(on_pop: impl Fn(Option<u32>) + 'static) {
    let Some(w) = web_sys::window() else { return };
    let cb = Closure::<dyn FnMut(web_sys::PopStateEvent)>::new(move |e: web_sys::PopStateEvent| on_pop(entry_number(&e.state())));
    let _ = w.add_event_listener_with_callback("popstate", cb.as_ref().unchecked_ref());
    cb.forget();
}

/// Asks before the page unloads (a refresh, closing the tab) while `busy()` says answers would be
/// lost. The browser shows its own question; quick exit wipes the answers first, so it never asks.
pub fn ask_before_unload(busy: impl Fn() -> bool + 'static) {
    let Some(w) = web_sys::window() else { return };
    let cb = Closure::<dyn FnMut(web_sys::BeforeUnloadEvent)>::new(move |e: web_sys::BeforeUnloadEvent| {
        if busy() {
            e.prevent_default();
            e.set_return_value("");
        }
    });
    let _ = w.add_event_listener_with_callback("beforeunload", cb.as_ref().unchecked_ref());
    cb.forget();
}

/// Calls `restored` when the browser shows this page again from its back-forward cache (the page
/// comes back as it was left, without loading).
pub fn on_restored(restored: impl Fn() + 'static) {
    let Some(w) = web_sys::window() else { return };
    let cb = Closure::<dyn FnMut(web_sys::PageTransitionEvent)>::new(move |e: web_sys::PageTransitionEvent| {
        if e.persisted() {
            restored();
        }
    });
    let _ = w.add_event_listener_with_callback("pageshow", cb.as_ref().unchecked_ref());
    cb.forget();
}

/// Completes the country list `<select id>` (drawn with its first `keep` options, and the
/// country chosen, if any) after the screen is painted: every country of `codes`, named by the
/// browser in `lang` and sorted its way, keeping the choice on it. `order` is the list's place on
/// the screen: the lists fill one frame apart, after a frame that makes the names.
///
/// Why after the paint, and apart: two lists of 250 options cost the browser 35 to 45 ms of style
/// and layout at 4x CPU slowdown, however they are made; drawn with the screen, they kept the
/// countries step over 50 ms, and filled in one frame they made a task of 80 ms or more, which
/// would hold up a tap. The lists are complete a few frames later, long before a person can reach
/// them, and take the full width from the start, so nothing moves when they fill.
pub fn complete_countries(id: &'static str, lang: &'static str, codes: &'static [&'static str], keep: u32, order: u32) {
    after_frames(2, move || {
        let _ = options_html(lang, codes);
    });
    after_frames(3 + order, move || fill_countries(id, lang, codes, keep));
}

/// Runs `f` in the animation frame `n` frames from now.
fn after_frames(n: u32, f: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || if n > 1 { after_frames(n - 1, f) } else { f() });
}

/// Puts every country in the list `complete_countries` scheduled, unless it is gone, was redrawn
/// in another language (that drawing completes its own) or is complete already.
fn fill_countries(id: &str, lang: &'static str, codes: &[&str], keep: u32) {
    let Some(s) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok())
    else {
        return;
    };
    let drawn_in = s.closest("[lang]").ok().flatten().and_then(|r| r.get_attribute("lang"));
    if drawn_in.as_deref() != Some(lang) || s.length() > keep + 1 {
        return;
    }
    let value = s.value();
    while s.length() > keep {
        s.remove_with_index(keep as i32);
    }
    let _ = s.insert_adjacent_html("beforeend", &options_html(lang, codes));
    s.set_value(&value);
}

/// A language's country `<option>`s as HTML, made once (see `Names`).
fn options_html(lang: &'static str, codes: &[&str]) -> std::rc::Rc<str> {
    with_names(lang, |n| {
        if n.options.is_none() {
            let mut named: Vec<(JsValue, &str)> = codes
                .iter()
                .map(|cc| (n.display.as_ref().and_then(|d| d.of(cc).ok()).unwrap_or_else(|| JsValue::from_str(cc)), *cc))
                .collect();
            // The names stay JavaScript strings while they are sorted: one call per comparison.
            let collator = Collator::new(&Array::of1(&lang.into()));
            crate::lean::sort_by(&mut named, |a, b| collator.compare(&a.0, &b.0).partial_cmp(&0.0).unwrap_or(std::cmp::Ordering::Equal));
            let mut html = String::new();
            for (name, cc) in &named {
                html.push_str("<option value=\"");
                html.push_str(cc);
                html.push_str("\">");
                for c in name.as_string().unwrap_or_default().chars() {
                    match c {
                        '&' => html.push_str("&amp;"),
                        '<' => html.push_str("&lt;"),
                        c => html.push(c),
                    }
                }
                html.push_str("</option>");
            }
            n.options = Some(html.into());
        }
        n.options.clone().unwrap_or_else(|| "".into())
    })
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

/// What the person did on the pre-rendered first screen before the widget was ready, as the loader
/// script (`www/first.js`) marked it on `<html>`: a language chosen from the list, and a press on
/// Start (`start`) or on the safety link (`safety`). The marks are removed: they are read once.
pub fn first_screen_choices() -> (Option<String>, Option<String>) {
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else { return (None, None) };
    let take = |name: &str| {
        let v = root.get_attribute(name);
        let _ = root.remove_attribute(name);
        v
    };
    (take("data-waymark-lang"), take("data-waymark-pending"))
}

/// Reads the first screen's words, in every language the page pre-rendered, into `i18n` (see
/// `i18n::add_page_words` for why): from the screen on show and from those the loader script set
/// aside (`window.waymarkFirst.screens`, www/first.js). Where `first::frame` puts a message, the
/// pre-rendered screen has its words, as the build rendered it from the same data.
pub fn page_words() {
    let Some(w) = web_sys::window() else { return };
    let Some(doc) = w.document() else { return };
    let mut copies: Vec<web_sys::Element> = Vec::new();
    if let Ok(list) = doc.query_selector_all(".wm-pre") {
        copies.extend((0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.dyn_into().ok()));
    }
    let kept = Reflect::get(&w, &"waymarkFirst".into()).and_then(|f| Reflect::get(&f, &"screens".into()));
    if let Some(kept) = kept.ok().and_then(|k| k.dyn_into::<Object>().ok()) {
        copies.extend(Object::values(&kept).iter().filter_map(|v| v.dyn_into().ok()));
    }
    for copy in copies {
        let Some(code) = crate::i18n::locale(&copy.get_attribute("lang").unwrap_or_default()).map(|l| l.code) else { continue };
        if let Some(root) = copy.first_element_child() {
            let mut words = Vec::new();
            places(&crate::first::frame(code, crate::i18n::built()), &root, true, &mut |v, place| {
                if let Val::Msg(id) = v {
                    words.push((id, match place {
                        Place::Attr(e, name) => e.get_attribute(name).unwrap_or_default(),
                        Place::Text(t) => t.text_content().unwrap_or_default(),
                    }));
                }
            });
            crate::i18n::add_page_words(code, words);
        }
    }
}

/// Rewrites the drawn frame's words, language and direction in language `lang`, in place (the
/// screen inside it is drawn anew by the widget).
pub fn relabel(lang: &'static str) {
    let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.query_selector("[data-testid=\"waymark-root\"]").ok().flatten());
    if let Some(root) = root {
        places(&crate::first::frame(lang, crate::i18n::built()), &root, false, &mut |v, place| {
            let words = crate::first::resolve(lang, v);
            match place {
                Place::Attr(e, name) => {
                    let _ = e.set_attribute(name, &words);
                }
                Place::Text(t) => t.set_text_content(Some(&words)),
            }
        });
    }
}

/// Where a value of the first screen's data is in its drawing.
enum Place {
    Attr(web_sys::Element, &'static str),
    Text(web_sys::Node),
}

/// Calls `f` with each value of `n` that is not a literal (a message, the language, the
/// direction) and its place in `el`, n's drawing: pre-rendered by the build or drawn by the widget
/// (which may hold more: a notice in a slot, a text it wrote; those are passed over). With
/// `screen`, the start page in the screen slot too.
fn places(n: &crate::first::Node, el: &web_sys::Element, screen: bool, f: &mut dyn FnMut(Val, Place)) {
    use crate::first::{Node, Slot};
    let Node::El { attrs, kids, .. } = n else { return };
    for (name, v) in attrs {
        if !matches!(v, Val::Lit(_)) {
            f(*v, Place::Attr(el.clone(), name));
        }
    }
    let start = crate::first::screen(crate::first::start_page());
    let nodes = el.child_nodes();
    let mut at = 0;
    for kid in kids {
        let kid = match kid {
            Node::Slot(Slot::Screen) if screen => &start,
            Node::Slot(_) => continue,
            k => k,
        };
        // The next node of the same kind: an element of that tag, or a text.
        let want_tag = if let Node::El { tag, .. } = kid { Some(*tag) } else { None };
        let found = loop {
            let Some(dom) = nodes.item(at) else { return };
            at += 1;
            match (want_tag, dom.dyn_ref::<web_sys::Element>()) {
                (Some(tag), Some(e)) if e.tag_name().eq_ignore_ascii_case(tag) => break dom,
                (None, None) if dom.node_type() == web_sys::Node::TEXT_NODE => break dom,
                _ => {}
            }
        };
        match kid {
            Node::Text(v) if !matches!(v, Val::Lit(_)) => f(*v, Place::Text(found)),
            Node::El { .. } => {
                if let Ok(e) = found.dyn_into::<web_sys::Element>() {
                    places(kid, &e, screen, f);
                }
            }
            _ => {}
        }
    }
}

/// Removes the pre-rendered first screen (`.wm-pre`) once the widget has drawn its own beside it,
/// in the same task, so the browser never paints both or neither. With `carry_focus`, an element
/// that had the focus there passes it to its live twin (the same `data-testid`), so a keyboard user
/// goes on where they were.
pub fn take_over(carry_focus: bool) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let focused = doc
        .active_element()
        .filter(|e| e.closest(".wm-pre").ok().flatten().is_some())
        .and_then(|e| e.get_attribute("data-testid"));
    if let Ok(pre) = doc.query_selector_all(".wm-pre") {
        for i in 0..pre.length() {
            if let Some(e) = pre.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                e.remove();
            }
        }
    }
    if let (true, Some(id)) = (carry_focus, focused) {
        if let Ok(Some(e)) = doc.query_selector(&format!("[data-testid=\"{id}\"]")) {
            if let Ok(e) = e.dyn_into::<web_sys::HtmlElement>() {
                let _ = e.focus();
            }
        }
    }
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

/// Says `words` in the quick exit's `role="status"` region (how many more Shift presses leave), or
/// empties it. Written directly: a reactive text there cost 1.3 KiB of the first load (brotli).
pub fn exit_status(words: &str) {
    if let Ok(Some(e)) = web_sys::window().and_then(|w| w.document()).map_or(Ok(None), |d| d.query_selector("[data-testid=\"exit-status\"]")) {
        // Every key but Shift empties it: only a change is written.
        if e.text_content().as_deref() != Some(words) {
            e.set_text_content(Some(words));
        }
    }
}

/// Brings an element into view, opens its first disclosure (a folded card) and focuses it.
pub fn show_element(id: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(el) = doc.get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        if let Ok(Some(d)) = el.query_selector("details") {
            let _ = d.set_attribute("open", "");
        }
        el.scroll_into_view();
        let _ = el.focus();
    }
}

/// Focuses the element with this `data-testid` (a button a cancelled question returns to).
pub fn testid_focus(testid: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(el) = doc.query_selector(&format!("[data-testid=\"{testid}\"]")).ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
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
