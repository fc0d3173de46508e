//! Reading the host's options in the browser: the mount element's `data-*` attributes, a
//! `<script type="application/json" id="waymark-referrals">` element, `window.waymarkOptions`, then
//! the query string and the fragment (later sources win). Text options go to `host::parse`; the two object options,
//! `theme` and `referrals`, cross into typed Rust with serde-wasm-bindgen and are checked by
//! `host::theme::check` and `host::referrals::check`. All of it happens before the first screen: nothing is
//! ever fetched (a directory "file beside the widget" would be a request, which the page's lock
//! forbids once it runs, so a host puts the directory in its page instead).
//!
//! Size: serde-wasm-bindgen costs the widget 9.65 KiB brotli (9,886 bytes: 9,505 in the wasm,
//! 381 in its JS glue; 11.1 KiB gzip) over reading the same two structs by hand with `Reflect`,
//! measured on release builds (wasm-opt -Oz) of this file both ways. Most of it is serde's
//! "invalid type" message, which formats numbers and so links the float printer. It stays because
//! it is under the 10 KiB brotli allowed for it, and a host fixing its directory reads exactly
//! which field had which wrong type ("invalid type: floating point `5`, expected a string").

use crate::host::{self, HostOptions, Unread};
use crate::host::referrals::{Given, RawReferral};
use crate::host::theme::RawTheme;
use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};

/// What the host's options came to.
pub struct Read {
    pub options: HostOptions,
    /// Every problem, for the console (one line each, naming the option).
    pub console: Vec<String>,
}

/// An object option's value as given: a JS value, or JSON text that did not parse.
type Given_ = Result<JsValue, Unread>;

fn json(text: &str) -> Given_ {
    JSON::parse(text).map_err(|_| Unread::NotJson)
}

fn keys(v: &JsValue) -> Vec<String> {
    v.dyn_ref::<Object>().map(|o| Object::keys(o).iter().filter_map(|k| k.as_string()).collect()).unwrap_or_default()
}

fn is_plain_object(v: &JsValue) -> bool {
    v.is_object() && !v.is_function() && !Array::is_array(v)
}

/// A JS object into a typed struct, with the names of the fields the host wrote.
fn typed<T: serde::de::DeserializeOwned>(v: &JsValue) -> Result<(T, Vec<String>), Unread> {
    if !is_plain_object(v) {
        return Err(Unread::WrongShape);
    }
    let t = serde_wasm_bindgen::from_value::<T>(v.clone()).map_err(|e| Unread::Field(e.to_string()))?;
    Ok((t, keys(v)))
}
/// Reads every option. `locales` and `packs` are the shipped ids.
pub fn read(mount: Option<&web_sys::Element>, locales: &[&str], packs: &[&str]) -> Read {
    let mut pairs: Vec<(String, String)> = Vec::new();
    let mut objects: Vec<(String, Given_)> = Vec::new();
    let mut console = Vec::new();
    let take = |name: String, text: String, pairs: &mut Vec<(String, String)>, objects: &mut Vec<(String, Given_)>| {
        if host::OBJECT_OPTIONS.contains(&name.as_str()) {
            objects.push((name, json(&text)));
        } else {
            pairs.push((name, text));
        }
    };
    if let Some(m) = mount {
        for n in m.get_attribute_names().iter().filter_map(|v| v.as_string()) {
            if let Some(key) = n.strip_prefix("data-") {
                take(key.to_string(), m.get_attribute(&n).unwrap_or_default(), &mut pairs, &mut objects);
            }
        }
    }
    let w = web_sys::window();
    let doc = w.as_ref().and_then(|w| w.document());
    // A directory written in the host page as data: a script element of type application/json is
    // never run, so the page's strict policy allows it.
    if let Some(s) = doc.as_ref().and_then(|d| d.get_element_by_id("waymark-referrals")) {
        if s.get_attribute("type").as_deref() == Some("application/json") {
            take("referrals".into(), s.text_content().unwrap_or_default(), &mut pairs, &mut objects);
        } else {
            console.push("waymark: #waymark-referrals was ignored: it must be <script type=\"application/json\">".to_string());
        }
    }
    if let Some(w) = &w {
        if let Ok(v) = Reflect::get(w, &"waymarkOptions".into()) {
            if !v.is_undefined() && !v.is_null() {
                if is_plain_object(&v) {
                    let o: &Object = v.unchecked_ref();
                    for entry in Object::entries(o).iter() {
                        let pair: Array = entry.unchecked_into();
                        let name = pair.get(0).as_string().unwrap_or_default();
                        let value = pair.get(1);
                        match value.as_string() {
                            Some(text) => take(name, text, &mut pairs, &mut objects),
                            None if host::OBJECT_OPTIONS.contains(&name.as_str()) => objects.push((name, Ok(value))),
                            None => console.push(format!("waymark: window.waymarkOptions.{name} was ignored: it must be a string")),
                        }
                    }
                } else {
                    console.push("waymark: window.waymarkOptions was ignored: it must be an object of strings".to_string());
                }
            }
        }
        // The query string, then the fragment (`#lang=ar&…`), which browsers never send to a server:
        // embed.html's snippets put options there, so a long directory or a logo cannot make the
        // request too long for the host's server.
        let loc = w.location();
        for part in [loc.search(), loc.hash()].into_iter().flatten() {
            for (k, v) in host::query_pairs(part.trim_start_matches('#')) {
                take(k, v, &mut pairs, &mut objects);
            }
        }
    }
    let (mut options, mut problems) = host::parse(&pairs, locales, packs, crate::engine::facts::ISO_COUNTRIES);
    for (name, given) in objects {
        if name == "theme" {
            problems.extend(host::take_theme(&mut options, given.and_then(|v| typed::<RawTheme>(&v))));
        } else {
            let entries = given.and_then(|v| match v.dyn_ref::<Array>() {
                Some(list) => Ok(list
                    .iter()
                    .map(|e| -> Given {
                        typed::<RawReferral>(&e).map_err(|u| match u {
                            Unread::Field(m) => m,
                            _ => host::NOT_AN_OBJECT.to_string(),
                        })
                    })
                    .collect()),
                None => Err(Unread::WrongShape),
            });
            problems.extend(host::take_referrals(&mut options, entries));
        }
    }
    console.extend(problems.iter().map(|p| p.to_string()));
    Read { options, console }
}

/// Sets the theme's colours as CSS custom properties on `el` (through the CSSOM, which a strict
/// `style-src` allows; a `style` attribute it would not).
pub fn apply_theme(el: &web_sys::HtmlElement, t: &crate::host::theme::Theme) {
    let style = el.style();
    for (name, value) in t.properties() {
        let _ = style.set_property(name, &value);
    }
}
