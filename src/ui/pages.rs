//! The pages around the questions: start, the safety interruption and safety page, check your
//! answers, and results. Results show exactly what the engine returned, in the engine's order.

use super::question::{back_from, enter};
use super::{web, BackLink, Ctx, Screen};
use crate::engine::{evaluate, Facts, Kind, PathResult, Standing, Value};
use crate::flow::{self, Answer, Ask};
use crate::i18n::{id as msg, Arg};
use leptos::prelude::*;

/// The start page: what this is, that answers stay on the device, that it is not legal advice.
#[component]
pub fn StartPage() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let start = move |_| {
        ctx.changing.set(false);
        let first = ctx.answers.with_untracked(|a| a.route()[0]);
        ctx.go(enter(&ctx, first));
    };
    view! {
        <h1 id="main-heading" tabindex="-1">{ctx.text("start-heading")}</h1>
        <p>{ctx.text("start-what")}</p>
        <p class="notice private">{ctx.text("start-private")}</p>
        <p>{ctx.text("start-not-advice")}</p>
        <p>{ctx.text("start-decision")}</p>
        <p>{ctx.text("start-time")}</p>
        <button type="button" class="button start" data-testid="start" on:click=start>{ctx.text("btn-start")}</button>
        <p>
            <button type="button" class="link" data-testid="safety-link" on:click=move |_| {
                ctx.info_from.set(Screen::Start);
                ctx.go(Screen::SafetyInfo);
            }>{ctx.text("start-safety-link")}</button>
        </p>
    }
}

/// The interruption before the first sensitive question: how to leave quickly.
#[component]
pub fn SafetyInterruption(
    /// The sensitive question that follows.
    next: &'static str,
) -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let back = back_from(&ctx, next);
    view! {
        <BackLink to=back/>
        <div class="interruption" data-testid="safety-interruption">
            <h1 id="main-heading" tabindex="-1">{ctx.text("safety-heading")}</h1>
            <p>{ctx.text("safety-sensitive")}</p>
            <p>{ctx.text("safety-leave-button")}</p>
            <p>{ctx.text("safety-shift")}</p>
            <button type="button" class="button" data-testid="continue" on:click=move |_| ctx.go(Screen::Question(next))>
                {ctx.text("btn-continue")}
            </button>
            <p>
                <button type="button" class="link" on:click=move |_| {
                    ctx.info_from.set(Screen::Safety(next));
                    ctx.go(Screen::SafetyInfo);
                }>{ctx.text("safety-more")}</button>
            </p>
        </div>
    }
}

/// The safety page: private browsing, what quick exit does, what it cannot erase.
#[component]
pub fn SafetyInfo() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let back = ctx.info_from.get_untracked();
    view! {
        <BackLink to=back/>
        <h1 id="main-heading" tabindex="-1">{ctx.text("safety-page-heading")}</h1>
        <p>{ctx.text("safety-page-device")}</p>
        <p>{ctx.text("safety-page-history")}</p>
        <p>{ctx.text("safety-page-shared")}</p>
        <p>{ctx.text("safety-page-exit")}</p>
    }
}

/// The words for one answer, as list items (a list, not a joined sentence, so no language's
/// separators are hard-coded).
fn answer_words(ctx: &Ctx, qid: &str, a: &Answer) -> Vec<String> {
    let lang = ctx.lang.get();
    let q = flow::question(qid);
    match (q.map(|q| q.ask), a) {
        (Some(Ask::One { fact, .. }), Answer::One(Some(v))) => vec![ctx.t(&msg(&["opt", fact, v]))],
        (_, Answer::One(None)) | (_, Answer::PreferNot) => vec![ctx.t("check-not-answered")],
        (_, Answer::Ticked(t)) if t.is_empty() => vec![ctx.t("check-none")],
        (_, Answer::Ticked(t)) => t.iter().map(|(f, v)| ctx.t(&msg(&["opt", f, v]))).collect(),
        (_, Answer::Gate(yes)) => vec![ctx.t(if *yes { "opt-tailor-yes" } else { "opt-tailor-no" })],
        (_, Answer::Countries(h, o)) => {
            let mut v = Vec::new();
            if let Some(h) = h {
                v.push(format!("{}: {}", ctx.t("q-countries-host"), country(lang, h)));
            }
            v.push(format!("{}: {}", ctx.t("q-countries-origin"), o.as_deref().map(|o| country(lang, o)).unwrap_or_else(|| ctx.t("check-not-answered"))));
            v
        }
        _ => vec![],
    }
}

/// A country value's name: the browser's name for a code, our words for `other` and `stateless`.
fn country(lang: &str, v: &str) -> String {
    match v {
        "other" => crate::i18n::tr(lang, "country-other"),
        "stateless" => crate::i18n::tr(lang, "country-stateless"),
        cc => web::country_name(lang, cc),
    }
}

/// Check your answers: every answer on the route, each with a Change link.
#[component]
pub fn CheckPage() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let route = ctx.answers.with_untracked(|a| a.route());
    let back = match route.last() {
        Some(last) => Screen::Question(last),
        None => Screen::Start,
    };
    let rows = route
        .into_iter()
        .map(|qid| {
            let short = format!("q-{}-short", qid.replace('_', "-"));
            let short2 = short.clone();
            let words = move || {
                ctx.answers
                    .with(|a| a.0.get(qid).cloned())
                    .map(|a| answer_words(&ctx, qid, &a))
                    .unwrap_or_default()
                    .into_iter()
                    .map(|w| view! { <li>{w}</li> })
                    .collect_view()
            };
            view! {
                <div class="summary-row" data-testid="check-row" data-question-id=qid>
                    <dt>{ctx.text(&short)}</dt>
                    <dd><ul class="plain">{words}</ul></dd>
                    <dd class="actions">
                        <button type="button" class="link" data-testid="change" on:click=move |_| {
                            ctx.changing.set(true);
                            ctx.go(Screen::Question(qid));
                        }>
                            {ctx.text("btn-change")}
                            <span class="visually-hidden">" "{ctx.text(&short2)}</span>
                        </button>
                    </dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <BackLink to=back/>
        <h1 id="main-heading" tabindex="-1">{ctx.text("check-heading")}</h1>
        <p>{ctx.text("check-intro")}</p>
        <dl class="summary" data-testid="check-answers">{rows}</dl>
        <button type="button" class="button" data-testid="see-results" on:click=move |_| {
            ctx.changing.set(false);
            ctx.go(Screen::Results);
        }>{ctx.text("btn-see-results")}</button>
    }
}

/// The results: the engine's assessment of the current route's facts, grouped and ordered by rank.
#[component]
pub fn ResultsPage() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let facts = ctx.answers.with_untracked(|a| a.facts());
    let forced = ctx.options.with_value(|o| o.pack.clone());
    let pack_id = forced.unwrap_or_else(|| crate::rules::pack_for(facts.get("host_country")).to_string());
    let (pack, pack_failed) = match crate::rules::load(&pack_id) {
        Ok(p) => (p, false),
        Err(problems) => {
            for p in &problems {
                web::console_warn(&format!("waymark: pack {pack_id}: {p}"));
            }
            match crate::rules::load("generic") {
                Ok(p) => (p, true),
                Err(_) => return view! { <p class="notice warning">{ctx.text("error-pack")}</p> }.into_any(),
            }
        }
    };
    let a = evaluate(&pack, &facts);
    let stale = crate::rules::review_is_stale(&a.reviewed, &web::today());
    let groups = [
        (Kind::Protection, "results-group-protection"),
        (Kind::Stay, "results-group-stay"),
        (Kind::Return, "results-group-return"),
        (Kind::Advice, "results-group-advice"),
    ];
    let count = a.paths.len() as i64;
    let country_code = (a.pack != "generic").then(|| a.pack.to_ascii_uppercase());
    let rules_as_of = a.rules_as_of.clone();
    let reviewed = a.reviewed.clone();
    let sections = groups
        .into_iter()
        .filter_map(|(kind, title)| {
            let paths: Vec<PathResult> = a.paths.iter().filter(|p| p.kind == kind).cloned().collect();
            if paths.is_empty() {
                return None;
            }
            let facts = facts.clone();
            Some(view! {
                <section class="group" data-testid="group" data-kind=kind.as_str()>
                    <h2>{ctx.text(title)}</h2>
                    {paths.into_iter().map(|p| path_card(&ctx, &facts, p)).collect_view()}
                </section>
            })
        })
        .collect_view();
    let notices = a
        .notices
        .iter()
        .map(|n| {
            let title = msg(&["notice", &n.id, "title"]);
            let body = msg(&["notice", &n.id]);
            view! {
                <div class="notice" data-testid="notice" data-notice-id=n.id.clone()>
                    <h3>{ctx.text(&title)}</h3>
                    <p>{ctx.text(&body)}</p>
                </div>
            }
        })
        .collect_view();
    let has_notices = !a.notices.is_empty();
    let as_of = move || {
        let lang = ctx.lang.get();
        let pack_words = match &country_code {
            Some(cc) => ctx.t_args("results-pack-country", &[("country", Arg::Str(&web::country_name(lang, cc)))]),
            None => ctx.t("results-pack-generic"),
        };
        ctx.t_args("results-rules-as-of", &[("date", Arg::Str(&rules_as_of)), ("pack", Arg::Str(&pack_words))])
    };
    view! {
        <BackLink to=Screen::Check/>
        <div class="results" data-testid="results" data-pack=a.pack.clone()>
            <h1 id="main-heading" tabindex="-1">{ctx.text("results-heading")}</h1>
            <p>{move || ctx.t_args("results-intro", &[("count", Arg::Num(count))])}</p>
            <p class="notice warning" data-testid="not-advice">{ctx.text("results-not-advice")}</p>
            {pack_failed.then(|| view! { <p class="notice warning">{ctx.text("error-pack")}</p> })}
            <p class="as-of" data-testid="rules-as-of">{as_of}</p>
            {stale.then(|| view! {
                <p class="notice warning" data-testid="review-old">
                    {move || ctx.t_args("results-review-old", &[("date", Arg::Str(&reviewed))])}
                </p>
            })}
            {sections}
            {has_notices.then(|| view! {
                <section class="group notices">
                    <h2>{ctx.text("results-notices")}</h2>
                    {notices}
                </section>
            })}
            <div class="actions">
                <button type="button" class="button secondary" data-testid="print" on:click=move |_| web::print()>
                    {ctx.text("btn-print")}
                </button>
                <button type="button" class="button warning" data-testid="start-again" on:click=move |_| ctx.start_again()>
                    {ctx.text("btn-start-again")}
                </button>
            </div>
        </div>
    }
    .into_any()
}

/// The words for a fact's value in "why": the option's label (a country's name for countries).
fn value_words(ctx: &Ctx, key: &str, v: &Value) -> Vec<String> {
    let lang = ctx.lang.get();
    match v {
        Value::One(x) if key.ends_with("_country") => vec![country(lang, x)],
        Value::One(x) => vec![ctx.t(&msg(&["opt", key, x]))],
        Value::Many(xs) => xs.iter().map(|x| ctx.t(&msg(&["opt", key, x]))).collect(),
    }
}

/// A rendered citation in the person's language: a seed line range, or an official source.
fn cite_words(ctx: &Ctx, rendered: &str) -> String {
    if let Some(rest) = rendered.strip_prefix("seed:") {
        let (doc, lines) = rest.split_once(':').unwrap_or((rest, ""));
        return ctx.t_args("cite-seed", &[("doc", Arg::Str(doc)), ("lines", Arg::Str(lines))]);
    }
    // `source [id] (read date)`, as `Cite::render` writes it.
    match (rendered.rfind(" ["), rendered.rfind("] (read ")) {
        (Some(a), Some(b)) if a < b => {
            let source = &rendered[..a];
            let id = &rendered[a + 2..b];
            let read = rendered[b + 8..].trim_end_matches(')');
            let label = ctx.t_args("cite-official", &[("source", Arg::Str(source)), ("read", Arg::Str(read))]);
            format!("{label} · {id}")
        }
        _ => rendered.to_string(),
    }
}

/// One path card.
fn path_card(ctx: &Ctx, facts: &Facts, p: PathResult) -> impl IntoView {
    let ctx = *ctx;
    let title = msg(&["path", &p.id, "title"]);
    let what = msg(&["path", &p.id, "what"]);
    let next = msg(&["path", &p.id, "next"]);
    let may = p.standing == Standing::MayApply;
    let held: Vec<String> = p.held_by.iter().map(|h| if h == "ended" { "hold-ended".to_string() } else { msg(&["hold", h]) }).collect();
    let ended = p.ended.clone();
    let why: Vec<(String, Value)> = p.because.iter().filter_map(|k| facts.0.get(k).map(|v| (k.clone(), v.clone()))).collect();
    let cites = p.cites.clone();
    view! {
        <article class=if may { "card may" } else { "card info" } data-testid="path" data-path-id=p.id.clone()
            data-standing=if may { "may_apply" } else { "info_only" } data-rank=p.rank>
            <h3>{ctx.text(&title)}</h3>
            <p class="tag" data-testid="standing">{ctx.text(if may { "results-may-apply" } else { "results-info-only" })}</p>
            {(!held.is_empty()).then(|| {
                let held = held.clone();
                view! {
                    <div class="held" data-testid="held">
                        <p>{ctx.text("results-held")}</p>
                        <ul>{held.into_iter().map(|h| view! { <li>{ctx.text(&h)}</li> }).collect_view()}</ul>
                    </div>
                }
            })}
            {ended.map(|d| view! { <p class="held">{move || ctx.t_args("results-ended", &[("date", Arg::Str(&d))])}</p> })}
            <p>{ctx.text(&what)}</p>
            <h4>{ctx.text("results-next")}</h4>
            <p>{ctx.text(&next)}</p>
            <div class="why">
                <h4>{ctx.text("results-why")}</h4>
                <p>{ctx.text("results-why-you-said")}</p>
                <ul data-testid="because">
                    {why.into_iter().map(|(k, v)| {
                        let label = msg(&["fact", &k]);
                        let fact_attr = k.clone();
                        view! {
                            <li data-fact=fact_attr>
                                <span class="k">{ctx.text(&label)}</span>
                                <ul class="plain">{move || value_words(&ctx, &k, &v).into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}</ul>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <p>{ctx.text("results-sources")}</p>
                <ul data-testid="cites">
                    {cites.into_iter().map(|c| view! { <li>{move || cite_words(&ctx, &c)}</li> }).collect_view()}
                </ul>
            </div>
        </article>
    }
}
