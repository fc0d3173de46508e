//! One question per screen, in the GOV.UK question-page pattern: a fieldset whose legend is the
//! question, native radios or checkboxes with labels, a hint, an error summary, one Continue button.
//!
//! The choice on screen is local until Continue; Continue stores it in the answers and moves on.
//! Which question comes next is the flow's decision, never this component's.

use super::{web, BackLink, Ctx, Screen};
use crate::engine::facts::ISO_COUNTRIES;
use crate::flow::{self, Answer, Ask, Question};
use crate::i18n::id as msg;
use leptos::prelude::*;

/// Marks for the two special choices (they cannot clash with a fact value, which has no `_` prefix).
const PREFER_NOT: &str = "_prefer_not";
const NONE: &str = "_none";

/// Where Back goes from question `id`: the question before it on the route, or the start page
/// (or the check page while changing an answer).
pub fn back_from(ctx: &Ctx, id: &str) -> Screen {
    if ctx.changing.get_untracked() {
        return Screen::Check;
    }
    let route = ctx.answers.with_untracked(|a| a.route());
    match route.iter().position(|q| *q == id) {
        Some(i) if i > 0 => Screen::Question(route[i - 1]),
        _ => Screen::Start,
    }
}

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

/// The local choice on screen, before Continue.
#[derive(Clone, Copy)]
struct Choice {
    /// Radio value, or the ticked `fact=value` keys (with `NONE` / `PREFER_NOT`).
    picked: RwSignal<Vec<String>>,
    host: RwSignal<String>,
    origin: RwSignal<String>,
    error: RwSignal<Option<&'static str>>,
}

fn key(fact: &str, value: &str) -> String {
    format!("{fact}={value}")
}

fn initial(answer: Option<Answer>) -> (Vec<String>, String, String) {
    match answer {
        Some(Answer::One(Some(v))) => (vec![v], String::new(), String::new()),
        Some(Answer::One(None)) | Some(Answer::PreferNot) => (vec![PREFER_NOT.into()], String::new(), String::new()),
        Some(Answer::Ticked(t)) if t.is_empty() => (vec![NONE.into()], String::new(), String::new()),
        Some(Answer::Ticked(t)) => (t.iter().map(|(f, v)| key(f, v)).collect(), String::new(), String::new()),
        Some(Answer::Gate(yes)) => (vec![if yes { "yes" } else { "no" }.into()], String::new(), String::new()),
        Some(Answer::Countries(h, o)) => (
            vec![],
            h.unwrap_or_default(),
            o.unwrap_or_else(|| PREFER_NOT.to_string()),
        ),
        None => (vec![], String::new(), String::new()),
    }
}

/// Turns the choice on screen into an answer, or the id of the error to show.
fn answer_of(q: &Question, c: &Choice, away: bool) -> Result<Answer, &'static str> {
    let picked = c.picked.get_untracked();
    match q.ask {
        Ask::One { .. } => match picked.first().map(String::as_str) {
            Some(PREFER_NOT) => Ok(Answer::One(None)),
            Some(v) => Ok(Answer::One(Some(v.to_string()))),
            None => Err("error-choose-one"),
        },
        Ask::Gate => match picked.first().map(String::as_str) {
            Some("yes") => Ok(Answer::Gate(true)),
            Some("no") => Ok(Answer::Gate(false)),
            _ => Err("error-choose-one"),
        },
        Ask::Many { .. } => {
            if picked.iter().any(|p| p == PREFER_NOT) {
                Ok(Answer::PreferNot)
            } else if picked.iter().any(|p| p == NONE) {
                Ok(Answer::Ticked(vec![]))
            } else if picked.is_empty() {
                Err("error-choose-some")
            } else {
                Ok(Answer::Ticked(
                    picked.iter().filter_map(|k| k.split_once('=')).map(|(f, v)| (f.to_string(), v.to_string())).collect(),
                ))
            }
        }
        Ask::Countries => {
            let (h, o) = (c.host.get_untracked(), c.origin.get_untracked());
            if (away && h.is_empty()) || o.is_empty() {
                return Err("error-choose-country");
            }
            let some = |s: String| if s.is_empty() || s == PREFER_NOT { None } else { Some(s) };
            Ok(Answer::Countries(if away { some(h) } else { None }, some(o)))
        }
    }
}

/// A question screen.
#[component]
pub fn QuestionPage(
    /// The question's id in the flow.
    id: &'static str,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let Some(q) = flow::question(id) else {
        // Cannot happen (ids come from the flow), but never show a blank page: go to the check page.
        return view! { <super::pages::CheckPage/> }.into_any();
    };
    let (picked, host, origin) = initial(ctx.answers.with_untracked(|a| a.0.get(id).cloned()));
    let c = Choice {
        picked: RwSignal::new(picked),
        host: RwSignal::new(host),
        origin: RwSignal::new(origin),
        error: RwSignal::new(None),
    };
    let facts = ctx.answers.with_untracked(|a| a.routing_facts());
    let away = facts.get("location") != Some("origin");
    let (n, total) = ctx.answers.with_untracked(|a| {
        let n = a.route().iter().position(|r| *r == id).map(|i| i + 1).unwrap_or(1);
        (n, a.estimate_total().max(n))
    });
    let back = back_from(&ctx, id);
    let q2 = q.clone();
    // Continue is handled on the button's click, not the form's submit: a sandboxed embed without
    // `allow-forms` blocks submission before any submit event, but Enter in a field still "clicks"
    // the form's default button (implicit submission), so both keep working.
    let submit = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        match answer_of(&q2, &c, away) {
            Ok(a) => {
                c.error.set(None);
                ctx.answers.update(|all| all.set(id, a));
                ctx.go(after(&ctx, id));
            }
            Err(e) => {
                c.error.set(Some(e));
                request_animation_frame(|| web::focus("error-summary"));
            }
        }
    };
    let hint_id = format!("q-{}-hint", id.replace('_', "-"));
    let has_hint = crate::i18n::has("en", &hint_id);
    let legend = msg(&["q", id]);
    let body = match q.ask {
        Ask::One { fact, options, prefer_not } => {
            radios(&ctx, c, id, options.iter().map(|v| (v.to_string(), msg(&["opt", fact, v]))).collect(), prefer_not).into_any()
        }
        Ask::Gate => radios(&ctx, c, id, vec![("yes".into(), "opt-tailor-yes".into()), ("no".into(), "opt-tailor-no".into())], false).into_any(),
        Ask::Many { ticks } => {
            let shown = flow::shown_ticks(ticks, &facts);
            checkboxes(&ctx, c, id, shown.iter().map(|t| (key(t.fact, t.value), msg(&["opt", t.fact, t.value]))).collect()).into_any()
        }
        Ask::Countries => countries(&ctx, c, away).into_any(),
    };
    let described = if has_hint { Some(hint_id.clone()) } else { None };
    view! {
        <BackLink to=back/>
        <p class="progress" data-testid="progress">
            {move || ctx.t_args("progress", &[("n", crate::i18n::Arg::Num(n as i64)), ("total", crate::i18n::Arg::Num(total as i64))])}
        </p>
        <form novalidate on:submit=|ev| ev.prevent_default() data-testid="question" data-question-id=id>
            <Show when=move || c.error.get().is_some()>
                <div class="error-summary" id="error-summary" role="alert" tabindex="-1" data-testid="error">
                    <h2>{ctx.text("error-summary-title")}</h2>
                    <p>{move || c.error.get().map(|e| ctx.t(e))}</p>
                </div>
            </Show>
            <fieldset class="fieldset" aria-describedby=described>
                <legend class="legend">
                    <h1 id="main-heading" tabindex="-1">{ctx.text(&legend)}</h1>
                </legend>
                {has_hint.then(|| { let h = hint_id.clone(); view! { <p class="hint" id=hint_id>{ctx.text(&h)}</p> } })}
                {body}
            </fieldset>
            <button type="submit" class="button" data-testid="continue" on:click=submit>{ctx.text("btn-continue")}</button>
        </form>
    }
    .into_any()
}

/// Native radio buttons, with "I prefer not to say" after an "or" divider.
fn radios(ctx: &Ctx, c: Choice, qid: &'static str, options: Vec<(String, String)>, prefer_not: bool) -> impl IntoView {
    let ctx = *ctx;
    let mut all = options;
    if prefer_not {
        all.push((PREFER_NOT.to_string(), "opt-prefer-not".to_string()));
    }
    let items = all
        .into_iter()
        .map(|(value, label)| {
            let input_id = format!("{qid}-{value}");
            let v1 = value.clone();
            let v2 = value.clone();
            let divider = (value == PREFER_NOT).then(|| view! { <p class="or">{ctx.text("opt-or")}</p> });
            view! {
                {divider}
                <div class="choice">
                    <input type="radio" id=input_id.clone() name=qid value=value.clone()
                        prop:checked=move || c.picked.with(|p| p.first() == Some(&v1))
                        on:change=move |_| c.picked.set(vec![v2.clone()])/>
                    <label for=input_id>{ctx.text(&label)}</label>
                </div>
            }
        })
        .collect_view();
    view! { <div class="radios">{items}</div> }
}

/// Checkboxes for "which of these apply to you?", with the exclusive "None of these" and
/// "I prefer not to say": ticking either clears the others, ticking another clears them.
fn checkboxes(ctx: &Ctx, c: Choice, qid: &'static str, options: Vec<(String, String)>) -> impl IntoView {
    let ctx = *ctx;
    let mut all: Vec<(String, String, bool)> = options.into_iter().map(|(k, l)| (k, l, false)).collect();
    all.push((NONE.to_string(), "opt-none-of-these".to_string(), true));
    all.push((PREFER_NOT.to_string(), "opt-prefer-not".to_string(), true));
    let items = all
        .into_iter()
        .map(|(value, label, exclusive)| {
            let input_id = format!("{qid}-{}", value.replace('=', "-"));
            let v1 = value.clone();
            let v2 = value.clone();
            let divider = (value == NONE).then(|| view! { <p class="or">{ctx.text("opt-or")}</p> });
            view! {
                {divider}
                <div class="choice">
                    <input type="checkbox" id=input_id.clone() name=qid value=value.clone()
                        prop:checked=move || c.picked.with(|p| p.contains(&v1))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            c.picked.update(|p| {
                                if on {
                                    if exclusive {
                                        p.clear();
                                    } else {
                                        p.retain(|x| x != NONE && x != PREFER_NOT);
                                    }
                                    if !p.contains(&v2) {
                                        p.push(v2.clone());
                                    }
                                } else {
                                    p.retain(|x| x != &v2);
                                }
                            });
                        }/>
                    <label for=input_id>{ctx.text(&label)}</label>
                </div>
            }
        })
        .collect_view();
    view! {
        <p class="hint">{ctx.text("hint-choose-all")}</p>
        <div class="checkboxes">{items}</div>
    }
}

/// The two country lists, named by the browser in the person's language and sorted its way.
fn countries(ctx: &Ctx, c: Choice, away: bool) -> impl IntoView {
    let ctx = *ctx;
    let list = move |extra: &'static [(&'static str, &'static str)], selected: RwSignal<String>| {
        move || {
            let lang = ctx.lang.get();
            let mut named: Vec<(String, String)> =
                ISO_COUNTRIES.iter().map(|cc| (cc.to_string(), web::country_name(lang, cc))).collect();
            web::sort_names(lang, &mut named);
            let mut opts: Vec<(String, String)> = vec![(String::new(), crate::i18n::tr(lang, "country-choose"))];
            opts.extend(named);
            opts.extend(extra.iter().map(|(v, id)| (v.to_string(), crate::i18n::tr(lang, id))));
            opts.into_iter()
                .map(|(v, name)| {
                    let v2 = v.clone();
                    view! { <option value=v prop:selected=move || selected.with(|s| *s == v2)>{name}</option> }
                })
                .collect_view()
        }
    };
    let host_list = list(&[("other", "country-other")], c.host);
    let origin_list = list(&[("stateless", "country-stateless"), ("other", "country-other"), (PREFER_NOT, "opt-prefer-not")], c.origin);
    view! {
        {away.then(|| view! {
            <div class="field">
                <label for="wm-host" class="label">{ctx.text("q-countries-host")}</label>
                <select id="wm-host" data-testid="host-country" on:change=move |ev| c.host.set(event_target_value(&ev))>
                    {host_list}
                </select>
            </div>
        })}
        <div class="field">
            <label for="wm-origin" class="label">{ctx.text("q-countries-origin")}</label>
            <select id="wm-origin" data-testid="origin-country" on:change=move |ev| c.origin.set(event_target_value(&ev))>
                {origin_list}
            </select>
        </div>
    }
}
