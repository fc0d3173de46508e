//! The few browser facilities the widget uses directly: country names from the browser's own
//! `Intl.DisplayNames` (so no country list ships in our bytes), today's date, the host's options,
//! locking the page's Content-Security-Policy after boot, asking for the offline copy, and leaving
//! the page.

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

/// The name of the region `code` (ISO 3166-1 alpha-2) in `lang`, as the browser knows it; the code
/// itself if the browser has no name for it.
pub fn country_name(lang: &'static str, code: &str) -> String {
    with_names(lang, |n| n.display.as_ref().and_then(|d| d.of(code).ok()).and_then(|v| v.as_string()))
        .unwrap_or_else(|| code.to_string())
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
        e.set_text_content(Some(words));
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
