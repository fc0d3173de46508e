//! One question per screen, in the GOV.UK question-page pattern: a fieldset whose legend is the
//! question, native radios or checkboxes with labels, a hint, an error summary, one Continue button.
//!
//! The choice on screen is a draft until Continue (kept in `Ctx::draft`, so a language switch or an
//! error does not lose it); Continue stores it in the answers and moves on. Which question comes
//! next is the flow's decision, never this module's.
//!
//! A change of a box reads its group's boxes back from the page (`input_changed`), the one place
//! the UI reads the DOM. Keeping the draft in a signal instead, with every box's `checked` bound
//! to it, was measured (release build, brotli -q 11): 1.7 KiB more wasm, 1.5 KiB more first load
//! net of the JS glue it saves, over the ~1 KiB this was worth; so the page stays the truth for
//! the boxes between changes, and the draft is rebuilt from it on each change.
//!
//! May import: `state.rs`, `dom.rs`, `web.rs` of `ui/` (never `pages.rs` or `ui/mod.rs`), and the
//! layers below the UI.

use super::dom::{at, back_link, click, el, el_text, read_aloud, Attrs, Kids};
use super::state::{Act, Ctx, Draft, Screen};
use super::web;
use crate::engine::facts::ISO_COUNTRIES;
use crate::flow::{self, Answer, Ask, Question};
use crate::i18n::{id as msg, Arg};
use leptos::attr::any_attribute::{AnyAttribute, IntoAnyAttribute};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Marks for the two special choices (they cannot clash with a fact value, which has no `_` prefix).
const PREFER_NOT: &str = "_prefer_not";
const NONE: &str = "_none";

/// The screen for question `next`: the safety interruption first if it is the first sensitive one.
pub fn enter(ctx: &Ctx, next: &'static str) -> Screen {
    let sensitive = flow::question(next).is_some_and(|q| q.sensitive);
    if sensitive && !ctx.safety_seen.get_untracked() {
        ctx.safety_seen.set(true);
        Screen::Safety(next)
    } else {
        Screen::Question(next)
    }
}

/// After answering `id`: the next question on the route, or the check page when every one is answered.
fn after(ctx: &Ctx, id: &str) -> Screen {
    let a = ctx.answers.get_untracked();
    if ctx.changing.get_untracked() {
        return match a.next() {
            Some(n) => enter(ctx, n),
            None => {
                ctx.changing.set(false);
                Screen::Check
            }
        };
    }
    match a.after(id) {
        Some(n) => enter(ctx, n),
        None => Screen::Check,
    }
}

fn key(fact: &str, value: &str) -> String {
    format!("{fact}={value}")
}

/// Starts the draft of question `id` from its stored answer.
pub fn start_draft(ctx: &Ctx, id: &'static str) {
    let mut d = Draft { question: id, ..Draft::default() };
    match ctx.answers.with_untracked(|a| a.0.get(id).cloned()) {
        Some(Answer::One(Some(v))) => d.picked = vec![v],
        Some(Answer::One(None)) | Some(Answer::PreferNot) => d.picked = vec![PREFER_NOT.into()],
        Some(Answer::Ticked(t)) if t.is_empty() => d.picked = vec![NONE.into()],
        Some(Answer::Ticked(t)) => d.picked = t.iter().map(|(f, v)| key(f, v)).collect(),
        Some(Answer::Gate(yes)) => d.picked = vec![if yes { "yes" } else { "no" }.into()],
        Some(Answer::Countries(h, o)) => {
            d.host = h.unwrap_or_default();
            d.origin = o.unwrap_or_else(|| PREFER_NOT.to_string());
        }
        None => {}
    }
    // The host's `country` option answers "the country you are in now": the person is not asked.
    if let Some(cc) = ctx.options.with_value(|o| o.country.clone()) {
        d.host = cc;
    }
    ctx.draft.set_value(d);
}

/// What is missing on a question page: each field left empty (the question's id for its group of
/// radios or boxes, a list's element id for the countries) with the message that says what to do.
type Missing = Vec<(&'static str, &'static str)>;

/// Turns the draft into an answer, or says what is missing. The message offers only what the
/// question offers ("I prefer not to say" where it has it) and names the country list left empty.
fn answer_of(q: &Question, d: &Draft, away: bool) -> Result<Answer, Missing> {
    let picked = &d.picked;
    match q.ask {
        Ask::One { prefer_not, .. } => match picked.first().map(String::as_str) {
            Some(PREFER_NOT) => Ok(Answer::One(None)),
            Some(v) => Ok(Answer::One(Some(v.to_string()))),
            None => Err(vec![(q.id, if prefer_not { "error-choose-one" } else { "error-choose-one-only" })]),
        },
        Ask::Gate => match picked.first().map(String::as_str) {
            Some("yes") => Ok(Answer::Gate(true)),
            Some("no") => Ok(Answer::Gate(false)),
            _ => Err(vec![(q.id, "error-choose-one-only")]),
        },
        Ask::Many { .. } => {
            if picked.iter().any(|p| p == PREFER_NOT) {
                Ok(Answer::PreferNot)
            } else if picked.iter().any(|p| p == NONE) {
                Ok(Answer::Ticked(vec![]))
            } else if picked.is_empty() {
                Err(vec![(q.id, "error-choose-some")])
            } else {
                Ok(Answer::Ticked(
                    picked.iter().filter_map(|k| k.split_once('=')).map(|(f, v)| (f.to_string(), v.to_string())).collect(),
                ))
            }
        }
        Ask::Countries => {
            let mut missing = Vec::new();
            if away && d.host.is_empty() {
                missing.push(("wm-host", "error-choose-country-host"));
            }
            if d.origin.is_empty() {
                missing.push(("wm-origin", "error-choose-country-origin"));
            }
            if !missing.is_empty() {
                return Err(missing);
            }
            let some = |s: &str| if s.is_empty() || s == PREFER_NOT { None } else { Some(s.to_string()) };
            Ok(Answer::Countries(if away { some(&d.host) } else { None }, some(&d.origin)))
        }
    }
}

/// Continue: store the answer and return the screen to go to, or show what is missing.
pub fn submit(ctx: &Ctx, id: &'static str) -> Option<Screen> {
    let q = flow::question(id)?;
    let away = ctx.answers.with_untracked(|a| a.routing_facts()).get("location") != Some("origin");
    let d = ctx.draft.get_value();
    match answer_of(&q, &d, away) {
        Ok(a) => {
            ctx.answers.update(|all| all.set(id, a));
            Some(after(ctx, id))
        }
        Err(missing) => {
            // The page works out each field's message again from the draft when it is drawn (so
            // a language switch keeps them); this marks that Continue found something missing.
            ctx.error.set(missing.first().map(|m| m.1));
            request_animation_frame(|| web::focus("error-summary"));
            None
        }
    }
}

/// A radio, checkbox or list changed: update the draft. Ticking "None of these" or "I prefer not
/// to say" clears the other boxes; ticking another box clears those two.
fn input_changed(ctx: Ctx, e: web_sys::Event) {
    let Some(target) = e.target() else { return };
    let doc = document();
    if let Ok(select) = target.clone().dyn_into::<web_sys::HtmlSelectElement>() {
        let v = select.value();
        ctx.draft.update_value(|d| if select.id() == "wm-host" { d.host = v } else { d.origin = v });
        return;
    }
    let Ok(input) = target.dyn_into::<web_sys::HtmlInputElement>() else { return };
    let name = input.name();
    let Ok(group) = doc.query_selector_all(&format!("input[name=\"{name}\"]")) else { return };
    let inputs: Vec<web_sys::HtmlInputElement> =
        (0..group.length()).filter_map(|i| group.item(i)).filter_map(|n| n.dyn_into().ok()).collect();
    if input.type_() == "checkbox" && input.checked() {
        let exclusive = input.value() == NONE || input.value() == PREFER_NOT;
        for other in inputs.iter().filter(|o| o.value() != input.value()) {
            let other_exclusive = other.value() == NONE || other.value() == PREFER_NOT;
            if exclusive || other_exclusive {
                other.set_checked(false);
            }
        }
    }
    let picked = inputs.iter().filter(|i| i.checked()).map(|i| i.value()).collect();
    ctx.draft.update_value(|d| d.picked = picked);
}

/// A change of a radio, checkbox or list on a question page.
fn changed(ctx: Ctx) -> AnyAttribute {
    leptos::ev::on(leptos::ev::change, move |e: web_sys::Event| input_changed(ctx, e)).into_any_attr()
}

/// A question page; `None` for an id the flow does not have (the caller shows another page).
pub fn page(ctx: Ctx, id: &'static str) -> Option<Kids> {
    let q = flow::question(id)?;
    let facts = ctx.answers.with_untracked(|a| a.routing_facts());
    let away = facts.get("location") != Some("origin");
    // Progress in fixed parts: the count never grows as answers open new questions.
    let part = flow::part(id);
    let mut draft = ctx.draft.get_value();
    if draft.question != id {
        draft = Draft { question: id, ..Draft::default() };
    }
    let picked = draft.picked.clone();
    let hint_id = format!("q-{}-hint", id.replace('_', "-"));
    let has_hint = crate::i18n::exists(&hint_id);
    // After a Continue that found something missing: each empty field gets its message next to
    // it, tied to it (aria-describedby, aria-invalid), and the summary at the top lists them.
    let missing: Missing = if ctx.error.get_untracked().is_some() { answer_of(&q, &draft, away).err().unwrap_or_default() } else { vec![] };
    let group_error = missing.iter().find(|m| m.0 == id).map(|m| m.1);
    let error_id = format!("{id}-error");

    // The local names the selected pack gives these options' values (Duldung…), shown beside the
    // plain words; which pack, and which names, is decided outside the UI.
    let names = if q.facts().is_empty() { Default::default() } else { crate::rules::local_names(&selected_pack(&ctx, &facts)) };
    let label = |fact: &str, value: &str| -> Label { (msg(&["opt", fact, value]), names.get(fact).and_then(|n| n.get(value)).cloned()) };
    let body = match q.ask {
        Ask::One { fact, options, prefer_not } => {
            let mut opts: Vec<(String, Label)> = options.iter().map(|v| (v.to_string(), label(fact, v))).collect();
            if prefer_not {
                opts.push((PREFER_NOT.into(), ("opt-prefer-not".into(), None)));
            }
            choices(ctx, id, false, opts, &picked, PREFER_NOT, group_error.is_some())
        }
        Ask::Gate => choices(ctx, id, false, vec![("yes".into(), ("opt-tailor-yes".into(), None)), ("no".into(), ("opt-tailor-no".into(), None))], &picked, "", group_error.is_some()),
        Ask::Many { ticks } => {
            let mut opts: Vec<(String, Label)> = flow::shown_ticks(ticks, &facts).iter().map(|t| (key(t.fact, t.value), label(t.fact, t.value))).collect();
            opts.push((NONE.into(), ("opt-none-of-these".into(), None)));
            opts.push((PREFER_NOT.into(), ("opt-prefer-not".into(), None)));
            choices(ctx, id, true, opts, &picked, NONE, group_error.is_some())
        }
        Ask::Countries => countries(ctx, away, &draft, &missing),
    };

    // The fieldset is described by its hints and, after a failed Continue, its error message.
    let many = matches!(q.ask, Ask::Many { .. });
    let all_id = format!("{id}-choose-all");
    let mut described: Vec<&str> = Vec::new();
    let mut fieldset = vec![el(
        "legend",
        vec![at("class", "legend")],
        vec![el_text("h1", vec![at("id", "main-heading"), at("tabindex", "-1")], ctx.t(&msg(&["q", id])))],
    )];
    if has_hint {
        fieldset.push(el_text("p", vec![at("class", "hint"), at("id", hint_id.clone())], ctx.t(&hint_id)));
        described.push(&hint_id);
    }
    if many {
        fieldset.push(el_text("p", vec![at("class", "hint"), at("id", all_id.clone())], ctx.t("hint-choose-all")));
        described.push(&all_id);
    }
    if let Some(m) = group_error {
        fieldset.push(error_message(&ctx, &error_id, m));
        described.push(&error_id);
    }
    let fieldset_id = format!("{id}-fieldset");
    let mut fieldset_attrs = vec![at("class", if group_error.is_some() { "fieldset invalid" } else { "fieldset" }), at("id", fieldset_id.clone())];
    if !described.is_empty() {
        fieldset_attrs.push(at("aria-describedby", described.join(" ")));
    }
    let group_class = if many { "checkboxes" } else { "radios" };
    fieldset.push(el("div", vec![at("class", group_class)], body));

    let mut form = Vec::new();
    if !missing.is_empty() {
        let items = missing.iter().map(|(_, m)| el_text("li", vec![], ctx.t(m))).collect();
        form.push(el(
            "div",
            vec![at("class", "error-summary"), at("id", "error-summary"), at("role", "alert"), at("tabindex", "-1"), at("data-testid", "error")],
            vec![el_text("h2", vec![], ctx.t("error-summary-title")), el("ul", vec![at("class", "plain")], items)],
        ));
    }
    form.push(el("fieldset", fieldset_attrs, fieldset));
    // Continue is a click on the form's default button: a sandboxed embed without `allow-forms`
    // blocks submission before any submit event, but Enter in a field still "clicks" this button.
    form.push(el_text(
        "button",
        vec![at("type", "submit"), at("class", "button"), at("data-testid", "continue"), click(ctx, Act::Continue(id))],
        ctx.t("btn-continue"),
    ));
    let mut kids = vec![
        back_link(ctx, ctx.back_from(id)),
        el_text(
            "p",
            vec![at("class", "progress"), at("data-testid", "progress")],
            ctx.t_args(
                "progress-part",
                &[("n", Arg::Num(part as i64)), ("total", Arg::Num(flow::PARTS as i64)), ("name", Arg::Str(&ctx.t(&format!("part-{part}"))))],
            ),
        ),
    ];
    // Reads the question, its hints and its choices (the fieldset), before the person answers.
    kids.extend(read_aloud(ctx, fieldset_id, None));
    kids.push(el("form", vec![at("novalidate", ""), at("data-testid", "question"), at("data-question-id", id)], form));
    Some(kids)
}

/// An option's label: its message id, and the local name the pack gives its value, if any.
type Label = (String, Option<String>);

/// The pack whose words apply: the host's forced pack, else the one the answers select (decided in
/// `results`, as for the results page).
pub(crate) fn selected_pack(ctx: &Ctx, facts: &crate::engine::Facts) -> String {
    let forced = ctx.options.with_value(|o| o.pack.clone());
    crate::results::pack_id(facts, forced.as_deref()).to_string()
}

/// An error message next to its field, with the id the field's `aria-describedby` names.
fn error_message(ctx: &Ctx, id: &str, message: &str) -> AnyView {
    el_text("p", vec![at("class", "error-message"), at("id", id.to_string()), at("data-testid", "error-message")], ctx.t(message))
}

/// Native radios (or checkboxes, when `many`) with labels; an "or" divider before `divider_before`;
/// each marked `aria-invalid` when the group was left empty.
fn choices(ctx: Ctx, qid: &'static str, many: bool, options: Vec<(String, Label)>, picked: &[String], divider_before: &str, invalid: bool) -> Kids {
    let kind = if many { "checkbox" } else { "radio" };
    let mut out = Vec::new();
    for (value, (label, local)) in options {
        if !divider_before.is_empty() && value == divider_before {
            out.push(el_text("p", vec![at("class", "or")], ctx.t("opt-or")));
        }
        let input_id = format!("{qid}-{}", value.replace('=', "-"));
        let mut attrs: Attrs = vec![at("type", kind), at("id", input_id.clone()), at("name", qid), at("value", value.clone()), changed(ctx)];
        if picked.contains(&value) {
            attrs.push(at("checked", ""));
        }
        if invalid {
            attrs.push(at("aria-invalid", "true"));
        }
        out.push(el(
            "div",
            vec![at("class", "choice")],
            vec![el("input", attrs, vec![]), el_text("label", vec![at("for", input_id)], option_words(&ctx, &label, local.as_deref()))],
        ));
    }
    out
}

/// The two country lists, named by the browser in the person's language and sorted its way; a list
/// left empty carries its own message. Drawn with the first choices ("Choose", "Stateless",
/// "Other", "I prefer not to say") and the country chosen, if any; `web::complete_countries` adds
/// the others once the screen is painted.
fn countries(ctx: Ctx, away: bool, draft: &Draft, missing: &Missing) -> Kids {
    let lang = ctx.lang.get_untracked();
    let list = |id: &'static str, testid: &'static str, label: &str, extra: &[(&str, &str)], selected: &str, order: u32| {
        // "Stateless", "Other" and "I prefer not to say" first, not after some 250 countries.
        let mut opts: Vec<(String, String)> = vec![(String::new(), ctx.t("country-choose"))];
        opts.extend(extra.iter().map(|(v, m)| (v.to_string(), ctx.t(m))));
        let keep = opts.len() as u32;
        if ISO_COUNTRIES.contains(&selected) {
            opts.push((selected.to_string(), web::country_name(lang, selected)));
        }
        let options = opts
            .into_iter()
            .map(|(v, name)| {
                let mut a = vec![at("value", v.clone())];
                if v == selected {
                    a.push(at("selected", ""));
                }
                el_text("option", a, name)
            })
            .collect();
        web::complete_countries(id, lang, ISO_COUNTRIES, keep, order);
        let mut select: Attrs = vec![at("id", id), at("data-testid", testid), changed(ctx)];
        let mut field = vec![el_text("label", vec![at("for", id), at("class", "label")], ctx.t(label))];
        if let Some((_, m)) = missing.iter().find(|m| m.0 == id) {
            let error_id = format!("{id}-error");
            field.push(error_message(&ctx, &error_id, m));
            select.push(at("aria-describedby", error_id));
            select.push(at("aria-invalid", "true"));
        }
        field.push(el("select", select, options));
        el("div", vec![at("class", if missing.iter().any(|m| m.0 == id) { "field invalid" } else { "field" })], field)
    };
    let mut out = Vec::new();
    match ctx.options.with_value(|o| o.country.clone()) {
        // Set by the host: said, not asked.
        Some(cc) if away => out.push(el_text(
            "p",
            vec![at("data-testid", "host-country-set")],
            ctx.t_args("q-countries-host-set", &[("country", Arg::Str(&web::country_name(lang, &cc)))]),
        )),
        _ if away => out.push(list("wm-host", "host-country", "q-countries-host", &[("other", "country-other")], &draft.host, 0)),
        _ => {}
    }
    out.push(list(
        "wm-origin",
        "origin-country",
        "q-countries-origin",
        &[("stateless", "country-stateless"), ("other", "country-other"), (PREFER_NOT, "opt-prefer-not")],
        &draft.origin,
        1,
    ));
    out
}

/// An option's words, with the local name beside them when the pack gives one.
fn option_words(ctx: &Ctx, label: &str, local: Option<&str>) -> String {
    match local {
        None => ctx.t(label),
        Some(l) => ctx.t_args("opt-with-local-name", &[("option", Arg::Str(&ctx.t(label))), ("local", Arg::Str(l))]),
    }
}
