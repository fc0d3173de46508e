//! The pages around the questions: start, the safety interruption and safety page, check your
//! answers, and results. Results show exactly what `crate::results` decided and the engine
//! returned, in the engine's order.
//!
//! May import: `state.rs`, `dom.rs`, `web.rs` of `ui/` (never `question.rs` or `ui/mod.rs`), and
//! the layers below the UI.

use super::dom::{at, back_link, button, click, el, el_text, node, text, Kids};
use super::state::{Act, Ctx, Screen};
use super::web;
use crate::engine::pack::Cite;
use crate::engine::{Facts, Kind, PathResult, Standing, Value};
use crate::flow::{self, Answer, Ask};
use crate::i18n::{id as msg, Arg};
use leptos::prelude::*;

fn h1(ctx: &Ctx, id: &str) -> AnyView {
    el_text("h1", vec![at("id", "main-heading"), at("tabindex", "-1")], ctx.t(id))
}

fn p(ctx: &Ctx, id: &str) -> AnyView {
    el_text("p", vec![], ctx.t(id))
}

/// The start page: what this is, that answers stay on the device, that it is not legal advice. Its
/// markup is data (`crate::first::start_page`), shared with the build's pre-rendered first screen.
pub fn start(ctx: Ctx) -> Kids {
    crate::first::start_page().into_iter().map(|n| node(ctx, n, &|_| ().into_any())).collect()
}

/// The interruption before the first sensitive question: how to leave quickly.
pub fn safety_interruption(ctx: Ctx, next: &'static str) -> Kids {
    vec![
        back_link(ctx, ctx.back_from(next)),
        el(
            "div",
            vec![at("class", "interruption"), at("data-testid", "safety-interruption")],
            vec![
                h1(&ctx, "safety-heading"),
                p(&ctx, "safety-sensitive"),
                p(&ctx, "safety-leave-button"),
                p(&ctx, "safety-shift"),
                button(ctx, "button", "continue", Act::Go(Screen::Question(next)), ctx.t("btn-continue")),
                el("p", vec![], vec![button(ctx, "link", "safety-more", Act::SafetyInfo(Screen::Safety(next)), ctx.t("safety-more"))]),
            ],
        ),
    ]
}

/// The safety page: private browsing, what quick exit does, what it cannot erase.
pub fn safety_info(ctx: Ctx) -> Kids {
    let mut kids = vec![
        back_link(ctx, ctx.info_back.get_untracked()),
        h1(&ctx, "safety-page-heading"),
        p(&ctx, "safety-page-device"),
        p(&ctx, "safety-page-history"),
        p(&ctx, "safety-page-shared"),
        p(&ctx, "safety-page-exit"),
    ];
    // Only where the host turned the offline copy on: the trade-off it brings.
    if ctx.options.with_value(|o| o.offline) {
        kids.push(p(&ctx, "safety-page-offline"));
    }
    kids
}

/// A country value's name: the browser's name for a code, our words for `other` and `stateless`.
fn country(ctx: &Ctx, v: &str) -> String {
    match v {
        "other" => ctx.t("country-other"),
        "stateless" => ctx.t("country-stateless"),
        cc => web::country_name(ctx.lang.get_untracked(), cc),
    }
}

/// The words for one answer, as list items (a list, not a joined sentence, so no language's
/// separators are hard-coded).
fn answer_words(ctx: &Ctx, qid: &str, a: &Answer) -> Vec<String> {
    match (flow::question(qid).map(|q| q.ask), a) {
        (Some(Ask::One { fact, .. }), Answer::One(Some(v))) => vec![ctx.t(&msg(&["opt", fact, v]))],
        (_, Answer::One(None)) | (_, Answer::PreferNot) => vec![ctx.t("check-not-answered")],
        (_, Answer::Ticked(t)) if t.is_empty() => vec![ctx.t("check-none")],
        (_, Answer::Ticked(t)) => t.iter().map(|(f, v)| ctx.t(&msg(&["opt", f, v]))).collect(),
        (_, Answer::Gate(yes)) => vec![ctx.t(if *yes { "opt-tailor-yes" } else { "opt-tailor-no" })],
        (_, Answer::Countries(h, o)) => {
            let mut v = Vec::new();
            if let Some(h) = h {
                v.push(labelled(ctx, "q-countries-host", &country(ctx, h)));
            }
            let origin = o.as_deref().map(|o| country(ctx, o)).unwrap_or_else(|| ctx.t("check-not-answered"));
            v.push(labelled(ctx, "q-countries-origin", &origin));
            v
        }
        _ => vec![],
    }
}

/// "label: value", punctuated as the language does.
fn labelled(ctx: &Ctx, label: &str, value: &str) -> String {
    ctx.t_args("check-labelled", &[("label", Arg::Str(&ctx.t(label))), ("value", Arg::Str(value))])
}

fn plain_list(items: Vec<String>) -> AnyView {
    el("ul", vec![at("class", "plain")], items.into_iter().map(|w| el("li", vec![], vec![text(w)])).collect())
}

/// Check your answers: every answer on the route, each with a Change link.
pub fn check(ctx: Ctx) -> Kids {
    let route = ctx.answers.with_untracked(|a| a.route());
    let back = route.last().map(|q| Screen::Question(q)).unwrap_or(Screen::Start);
    let rows = route
        .into_iter()
        .map(|qid| {
            let short = ctx.t(&format!("q-{}-short", qid.replace('_', "-")));
            let words = ctx.answers.with_untracked(|a| a.0.get(qid).cloned()).map(|a| answer_words(&ctx, qid, &a)).unwrap_or_default();
            el(
                "div",
                vec![at("class", "summary-row"), at("data-testid", "check-row"), at("data-question-id", qid)],
                vec![
                    el_text("dt", vec![], short.clone()),
                    el("dd", vec![], vec![plain_list(words)]),
                    el(
                        "dd",
                        vec![at("class", "actions")],
                        vec![el(
                            "button",
                            vec![at("type", "button"), at("class", "link"), at("data-testid", "change"), click(ctx, Act::Change(qid))],
                            vec![text(ctx.t("btn-change")), el_text("span", vec![at("class", "visually-hidden")], format!(" {short}"))],
                        )],
                    ),
                ],
            )
        })
        .collect();
    vec![
        back_link(ctx, back),
        h1(&ctx, "check-heading"),
        p(&ctx, "check-intro"),
        el("dl", vec![at("class", "summary"), at("data-testid", "check-answers")], rows),
        button(ctx, "button", "see-results", Act::SeeResults, ctx.t("btn-see-results")),
    ]
}

/// The results: the engine's assessment of the current route's facts, grouped and ordered by rank.
pub fn results(ctx: Ctx) -> Kids {
    let facts = ctx.answers.with_untracked(|a| a.facts());
    let forced = ctx.options.with_value(|o| o.pack.clone());
    let r = crate::results::results(&facts, forced.as_deref(), &web::today());
    for w in &r.warnings {
        web::console_warn(w);
    }
    let mut out = vec![back_link(ctx, Screen::Check)];
    let Some(a) = r.assessment else {
        out.push(el_text("p", vec![at("class", "notice warning")], ctx.t("error-pack")));
        return out;
    };
    let mut kids = vec![
        h1(&ctx, "results-heading"),
        el_text("p", vec![], ctx.t_args("results-intro", &[("count", Arg::Num(a.paths.len() as i64))])),
        el_text("p", vec![at("class", "notice warning"), at("data-testid", "not-advice")], ctx.t("results-not-advice")),
    ];
    if r.fell_back {
        kids.push(el_text("p", vec![at("class", "notice warning")], ctx.t("error-pack")));
    }
    // Dates as the person's language writes them (i18n::date), not ISO strings.
    let date = |iso: &str| crate::i18n::date(ctx.lang.get_untracked(), iso);
    let pack_words = if a.pack == "generic" {
        ctx.t("results-pack-generic")
    } else {
        let name = web::country_name(ctx.lang.get_untracked(), &a.pack.to_ascii_uppercase());
        ctx.t_args("results-pack-country", &[("country", Arg::Str(&name))])
    };
    kids.push(el_text(
        "p",
        vec![at("class", "as-of"), at("data-testid", "rules-as-of")],
        ctx.t_args("results-rules-as-of", &[("date", Arg::Str(&date(&a.rules_as_of))), ("pack", Arg::Str(&pack_words))]),
    ));
    kids.push(el_text(
        "p",
        vec![at("class", "as-of"), at("data-testid", "reviewed")],
        ctx.t_args("results-reviewed", &[("date", Arg::Str(&date(&a.reviewed)))]),
    ));
    if r.stale {
        kids.push(el_text(
            "p",
            vec![at("class", "notice warning"), at("data-testid", "review-old")],
            ctx.t_args("results-review-old", &[("date", Arg::Str(&date(&a.reviewed)))]),
        ));
    }
    for (kind, title) in [
        (Kind::Protection, "results-group-protection"),
        (Kind::Stay, "results-group-stay"),
        (Kind::Return, "results-group-return"),
        (Kind::Advice, "results-group-advice"),
    ] {
        let paths: Vec<&PathResult> = a.paths.iter().filter(|p| p.kind == kind).collect();
        if paths.is_empty() {
            continue;
        }
        let mut section = vec![el_text("h2", vec![], ctx.t(title))];
        section.extend(paths.into_iter().map(|p| path_card(&ctx, &facts, p)));
        kids.push(el("section", vec![at("class", "group"), at("data-testid", "group"), at("data-kind", kind.as_str())], section));
    }
    if !a.notices.is_empty() {
        let mut section = vec![el_text("h2", vec![], ctx.t("results-notices"))];
        for n in &a.notices {
            section.push(el(
                "div",
                vec![at("class", "notice"), at("data-testid", "notice"), at("data-notice-id", n.id.clone())],
                vec![el_text("h3", vec![], ctx.t(&msg(&["notice", &n.id, "title"]))), el_text("p", vec![], ctx.t(&msg(&["notice", &n.id])))],
            ));
        }
        kids.push(el("section", vec![at("class", "group notices")], section));
    }
    kids.push(el(
        "div",
        vec![at("class", "actions")],
        vec![
            button(ctx, "button secondary", "print", Act::Print, ctx.t("btn-print")),
            button(ctx, "button warning", "start-again", Act::StartAgain, ctx.t("btn-start-again")),
        ],
    ));
    out.push(el("div", vec![at("class", "results"), at("data-testid", "results"), at("data-pack", a.pack.clone())], kids));
    out
}

/// The words for a fact's value in "why": the option's label (a country's name for countries).
fn value_words(ctx: &Ctx, key: &str, v: &Value) -> Vec<String> {
    match v {
        Value::One(x) if key.ends_with("_country") => vec![country(ctx, x)],
        Value::One(x) => vec![ctx.t(&msg(&["opt", key, x]))],
        Value::Many(xs) => xs.iter().map(|x| ctx.t(&msg(&["opt", key, x]))).collect(),
    }
}

/// A citation in the person's language: a seed line range, or an official source.
fn cite_words(ctx: &Ctx, c: &Cite) -> String {
    match c {
        Cite::Seed { seed } => {
            let (doc, lines) = seed.split_once(':').unwrap_or((seed, ""));
            ctx.t_args("cite-seed", &[("doc", Arg::Str(doc)), ("lines", Arg::Str(lines))])
        }
        Cite::Official { title, id, read, .. } => {
            ctx.t_args("cite-official", &[("title", Arg::Str(title)), ("id", Arg::Str(id)), ("read", Arg::Str(&crate::i18n::date(ctx.lang.get_untracked(), read)))])
        }
    }
}

/// One path card.
fn path_card(ctx: &Ctx, facts: &Facts, p: &PathResult) -> AnyView {
    let may = p.standing == Standing::MayApply;
    let mut kids = vec![
        el_text("h3", vec![], ctx.t(&msg(&["path", &p.id, "title"]))),
        el_text("p", vec![at("class", "tag"), at("data-testid", "standing")], ctx.t(if may { "results-may-apply" } else { "results-info-only" })),
    ];
    if !p.held_by.is_empty() {
        let held = p.held_by.iter().map(|h| ctx.t(&if h == "ended" { "hold-ended".to_string() } else { msg(&["hold", h]) })).collect();
        kids.push(el("div", vec![at("class", "held"), at("data-testid", "held")], vec![p_text(ctx.t("results-held")), plain_list_bullets(held)]));
    }
    if let Some(d) = &p.ended {
        kids.push(el_text("p", vec![at("class", "held")], ctx.t_args("results-ended", &[("date", Arg::Str(&crate::i18n::date(ctx.lang.get_untracked(), d)))])));
    }
    kids.push(p_text(ctx.t(&msg(&["path", &p.id, "what"]))));
    kids.push(el_text("h4", vec![], ctx.t("results-next")));
    kids.push(p_text(ctx.t(&msg(&["path", &p.id, "next"]))));
    let why = p
        .because
        .iter()
        .filter_map(|k| facts.0.get(k).map(|v| (k, v)))
        .map(|(k, v)| {
            el(
                "li",
                vec![at("data-fact", k.clone())],
                vec![el_text("span", vec![at("class", "k")], ctx.t(&msg(&["fact", k]))), plain_list(value_words(ctx, k, v))],
            )
        })
        .collect();
    let cites = p.cites.iter().map(|c| el("li", vec![], vec![text(cite_words(ctx, c))])).collect();
    kids.push(el(
        "div",
        vec![at("class", "why")],
        vec![
            el_text("h4", vec![], ctx.t("results-why")),
            p_text(ctx.t("results-why-you-said")),
            el("ul", vec![at("data-testid", "because")], why),
            p_text(ctx.t("results-sources")),
            el("ul", vec![at("data-testid", "cites")], cites),
        ],
    ));
    el(
        "article",
        vec![
            at("class", if may { "card may" } else { "card info" }),
            at("data-testid", "path"),
            at("data-path-id", p.id.clone()),
            at("data-standing", if may { "may_apply" } else { "info_only" }),
            at("data-rank", p.rank.to_string()),
        ],
        kids,
    )
}

fn p_text(s: String) -> AnyView {
    el_text("p", vec![], s)
}

fn plain_list_bullets(items: Vec<String>) -> AnyView {
    el("ul", vec![], items.into_iter().map(|w| el("li", vec![], vec![text(w)])).collect())
}
