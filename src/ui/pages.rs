//! The pages around the questions: start, the safety interruption and safety page, check your
//! answers, and results. Results show exactly what `crate::results` decided and the engine
//! returned, in the engine's order.
//!
//! May import: `state.rs`, `dom.rs`, `web.rs` of `ui/` (never `question.rs` or `ui/mod.rs`), and
//! the layers below the UI.

use super::dom::{at, back_link, button, click, el, el_text, node, read_aloud, text, Kids};
use super::state::{Act, Ctx, Screen};
use super::web;
use super::dom::{link, select_changed};
use crate::engine::{Facts, Kind, Standing, Value};
use crate::flow::{self, Answer, Ask};
use crate::i18n::{self, id as msg, Arg};
use crate::results::{Card, Hours, Reach, Source, Why};
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

/// The words of one language (the handout may show two side by side).
#[derive(Clone, Copy)]
struct In(&'static str);

impl In {
    fn t(self, id: &str) -> String {
        i18n::tr(self.0, id)
    }

    fn t_args(self, id: &str, args: &[(&str, Arg)]) -> String {
        i18n::tr_args(self.0, id, args)
    }

    fn rtl(self) -> bool {
        i18n::locale(self.0).is_some_and(|l| l.rtl)
    }

    /// A country value's name: the browser's name for a code, our words for `other` and `stateless`.
    fn country(self, v: &str) -> String {
        match v {
            "other" => self.t("country-other"),
            "stateless" => self.t("country-stateless"),
            cc => web::country_name(self.0, cc),
        }
    }

    /// "label: value", punctuated as the language does (`label` already in words).
    fn labelled_text(self, label: &str, value: &str) -> String {
        self.t_args("check-labelled", &[("label", Arg::Str(label)), ("value", Arg::Str(value))])
    }

    /// "label: value" for the message `label`.
    fn labelled(self, label: &str, value: &str) -> String {
        self.labelled_text(&self.t(label), value)
    }

    /// The words for one answer, as list items (a list, not a joined sentence, so no language's
    /// separators are hard-coded).
    fn answer_words(self, qid: &str, a: &Answer) -> Vec<String> {
        match (flow::question(qid).map(|q| q.ask), a) {
            (Some(Ask::One { fact, .. }), Answer::One(Some(v))) => vec![self.t(&msg(&["opt", fact, v]))],
            (_, Answer::One(None)) | (_, Answer::PreferNot) => vec![self.t("check-not-answered")],
            (_, Answer::Ticked(t)) if t.is_empty() => vec![self.t("check-none")],
            (_, Answer::Ticked(t)) => t.iter().map(|(f, v)| self.t(&msg(&["opt", f, v]))).collect(),
            (_, Answer::Gate(yes)) => vec![self.t(if *yes { "opt-tailor-yes" } else { "opt-tailor-no" })],
            (_, Answer::Countries(h, o)) => {
                let mut v = Vec::new();
                if let Some(h) = h {
                    v.push(self.labelled("q-countries-host", &self.country(h)));
                }
                let origin = o.as_deref().map(|o| self.country(o)).unwrap_or_else(|| self.t("check-not-answered"));
                v.push(self.labelled("q-countries-origin", &origin));
                v
            }
            _ => vec![],
        }
    }

    /// The words for a fact's value in "why": the option's label (a country's name for countries).
    fn value_words(self, key: &str, v: &Value) -> Vec<String> {
        match v {
            Value::One(x) if key.ends_with("_country") => vec![self.country(x)],
            Value::One(x) => vec![self.t(&msg(&["opt", key, x]))],
            Value::Many(xs) => xs.iter().map(|x| self.t(&msg(&["opt", key, x]))).collect(),
        }
    }

    /// Opening hours in this language: "24/7" in words, days by the browser's weekday names.
    fn hours(self, h: &Hours) -> String {
        match h {
            Hours::Text(t) => t.clone(),
            Hours::Always => self.t("contact-hours-always"),
            Hours::Days(parts) => parts
                .iter()
                .map(|(a, b, spans)| {
                    let days = if a == b { web::weekday(self.0, *a) } else { format!("{}\u{2013}{}", web::weekday(self.0, *a), web::weekday(self.0, *b)) };
                    let times: Vec<String> = spans.iter().map(|(x, y)| format!("{x}\u{2013}{y}")).collect();
                    format!("{days} {}", times.join(", "))
                })
                .collect::<Vec<_>>()
                .join("; "),
        }
    }
}

/// Check your answers: every answer on the route, each with a Change link.
pub fn check(ctx: Ctx) -> Kids {
    let route = ctx.answers.with_untracked(|a| a.route());
    let back = route.last().map(|q| Screen::Question(q)).unwrap_or(Screen::Start);
    let rows = route
        .into_iter()
        .map(|qid| {
            let short = ctx.t(&format!("q-{}-short", qid.replace('_', "-")));
            let words = ctx.answers.with_untracked(|a| a.0.get(qid).cloned()).map(|a| In(ctx.lang.get_untracked()).answer_words(qid, &a)).unwrap_or_default();
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

/// The results: a short summary first (the few paths that matter most, each with its first step),
/// then one card per path in the engine's order, grouped by kind; each card's reasons and sources
/// fold away behind a native `<details>`. Below them, the handout that prints (hidden on screen).
pub fn results(ctx: Ctx) -> Kids {
    let facts = ctx.answers.with_untracked(|a| a.facts());
    let forced = ctx.options.with_value(|o| o.pack.clone());
    let stated = ctx.answers.with_untracked(|a| a.stated());
    let referrals = ctx.options.with_value(|o| o.referrals.clone());
    let r = crate::results::results(&facts, forced.as_deref(), web::today(), &stated, &referrals);
    for w in &r.warnings {
        web::console_warn(w);
    }
    let mut out = vec![back_link(ctx, Screen::Check)];
    let Some(a) = &r.assessment else {
        out.push(el_text("p", vec![at("class", "notice warning")], ctx.t("error-pack")));
        return out;
    };
    let w = In(ctx.lang.get_untracked());
    // Dates as the person's language writes them (i18n::date), not ISO strings.
    let date = |iso: &str| i18n::date(w.0, iso);
    let mut kids = vec![
        h1(&ctx, "results-heading"),
        el_text("p", vec![], ctx.t_args("results-intro", &[("count", Arg::Num(a.paths.len() as i64))])),
        el_text("p", vec![at("class", "notice warning"), at("data-testid", "not-advice")], ctx.t("results-not-advice")),
    ];
    if r.fell_back {
        kids.push(el_text("p", vec![at("class", "notice warning")], ctx.t("error-pack")));
    }
    if r.stale {
        kids.push(el_text(
            "p",
            vec![at("class", "notice warning"), at("data-testid", "review-old")],
            ctx.t_args("results-review-old", &[("date", Arg::Str(&date(&a.reviewed)))]),
        ));
    }
    // The summary: what matters most, in rank order, with the first step of each.
    let items = r
        .summary
        .iter()
        .map(|id| {
            el(
                "li",
                vec![at("data-path-id", id.clone())],
                vec![
                    el_text(
                        "button",
                        vec![at("type", "button"), at("class", "link strong"), click(ctx, Act::ShowCard(id.clone()))],
                        w.t(&msg(&["path", id, "title"])),
                    ),
                    el_text("p", vec![], w.t(&msg(&["path", id, "next"]))),
                ],
            )
        })
        .collect();
    kids.push(el(
        "section",
        vec![at("class", "summary-top"), at("data-testid", "summary")],
        vec![el_text("h2", vec![], ctx.t("results-summary")), el("ol", vec![], items)],
    ));
    for (kind, title) in [
        (Kind::Protection, "results-group-protection"),
        (Kind::Stay, "results-group-stay"),
        (Kind::Return, "results-group-return"),
        (Kind::Advice, "results-group-advice"),
    ] {
        let cards: Vec<&Card> = r.cards.iter().filter(|c| c.path.kind == kind).collect();
        if cards.is_empty() {
            continue;
        }
        let mut section = vec![el_text("h2", vec![], ctx.t(title))];
        section.extend(cards.into_iter().map(|c| card(ctx, w, &facts, c, Some(&c.path.id) == r.cards.first().map(|f| &f.path.id))));
        kids.push(el("section", vec![at("class", "group"), at("data-testid", "group"), at("data-kind", kind.as_str())], section));
    }
    if !a.notices.is_empty() {
        let mut section = vec![el_text("h2", vec![], ctx.t("results-notices"))];
        for n in &a.notices {
            section.push(el(
                "details",
                vec![at("class", "notice"), at("data-testid", "notice"), at("data-notice-id", n.id.clone())],
                vec![
                    el("summary", vec![], vec![el_text("h3", vec![], ctx.t(&msg(&["notice", &n.id, "title"])))]),
                    el_text("p", vec![], ctx.t(&msg(&["notice", &n.id]))),
                ],
            ));
        }
        kids.push(el("section", vec![at("class", "group notices")], section));
    }
    let pack_words = pack_words(w, &a.pack);
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
    kids.push(actions(ctx));
    if ctx.confirm_restart.get_untracked() {
        kids.push(confirm_restart(ctx));
    }
    let mut cols = vec![handout(w, &ctx, a, &r)];
    if let Some(second) = ctx.second_lang.get_untracked().filter(|l| *l != w.0) {
        cols.push(handout(In(second), &ctx, a, &r));
    }
    let two = cols.len() > 1;
    kids.push(el("div", vec![at("class", if two { "handout two" } else { "handout" }), at("data-testid", "handout")], cols));
    out.push(el("div", vec![at("class", "results"), at("data-testid", "results"), at("data-pack", a.pack.clone())], kids));
    out
}

/// "rules for Germany", or "general rules".
fn pack_words(w: In, pack: &str) -> String {
    if pack == "generic" {
        w.t("results-pack-generic")
    } else {
        w.t_args("results-pack-country", &[("country", Arg::Str(&web::country_name(w.0, &pack.to_ascii_uppercase())))])
    }
}

/// Print, the handout's second language, and Start again (grey, never the exit's red).
fn actions(ctx: Ctx) -> AnyView {
    let current = ctx.lang.get_untracked();
    let chosen = ctx.second_lang.get_untracked();
    let mut options = vec![el_text("option", vec![at("value", "")], ctx.t("results-second-none"))];
    for l in i18n::built().filter(|l| l.code != current) {
        let mut attrs = vec![at("value", l.code), at("lang", l.code)];
        if chosen == Some(l.code) {
            attrs.push(at("selected", ""));
        }
        options.push(el_text("option", attrs, l.native_name.to_string()));
    }
    el(
        "div",
        vec![at("class", "actions")],
        vec![
            el(
                "div",
                vec![at("class", "field")],
                vec![
                    el_text("label", vec![at("for", "wm-second"), at("class", "label")], ctx.t("results-second-lang")),
                    el("select", vec![at("id", "wm-second"), at("data-testid", "second-lang"), select_changed(ctx, Act::SecondLang)], options),
                ],
            ),
            button(ctx, "button", "print", Act::Print, ctx.t("btn-print")),
            button(ctx, "button secondary", "start-again", Act::AskStartAgain, ctx.t("btn-start-again")),
        ],
    )
}

/// Start again's question, in the page (a browser dialog would be blocked in a sandboxed frame and
/// cannot be styled or read in the person's language).
fn confirm_restart(ctx: Ctx) -> AnyView {
    el(
        "div",
        vec![at("class", "confirm"), at("role", "alertdialog"), at("aria-labelledby", "confirm-heading"), at("data-testid", "confirm-restart")],
        vec![
            el_text("h2", vec![at("id", "confirm-heading"), at("tabindex", "-1")], ctx.t("restart-confirm-title")),
            el_text("p", vec![], ctx.t("restart-confirm-text")),
            button(ctx, "button secondary", "restart-yes", Act::StartAgain, ctx.t("btn-restart-yes")),
            button(ctx, "button", "restart-no", Act::CancelStartAgain, ctx.t("btn-restart-no")),
        ],
    )
}

/// One path card: a native `<details>` whose summary is the title and its standing (open for the
/// first card only, so the page stays short on a phone), then what it is, the next step and who
/// to call; why and the sources fold away once more. The card's words (title, standing, what it
/// is, the next step; not its contacts or sources) can be read aloud.
fn card(ctx: Ctx, w: In, facts: &Facts, c: &Card, open: bool) -> AnyView {
    let p = &c.path;
    let may = p.standing == Standing::MayApply;
    let title = w.t(&msg(&["path", &p.id, "title"]));
    let (title_id, tag_id, words_id) = (format!("path-{}-title", p.id), format!("path-{}-tag", p.id), format!("path-{}-words", p.id));
    let head = el(
        "summary",
        vec![at("class", "card-head")],
        vec![
            el_text("h3", vec![at("id", title_id.clone())], title.clone()),
            el_text(
                "span",
                vec![at("class", "tag"), at("id", tag_id.clone()), at("data-testid", "standing")],
                w.t(if may { "results-may-apply" } else { "results-info-only" }),
            ),
        ],
    );
    let mut kids = vec![head];
    kids.extend(read_aloud(ctx, format!("{title_id} {tag_id} {words_id}"), Some(title)));
    let mut words = Vec::new();
    if !p.held_by.is_empty() {
        let held = p.held_by.iter().map(|h| w.t(&if h == "ended" { "hold-ended".to_string() } else { msg(&["hold", h]) })).collect();
        words.push(el("div", vec![at("class", "held"), at("data-testid", "held")], vec![el_text("p", vec![], w.t("results-held")), bullets(held)]));
    }
    if let Some(d) = &p.ended {
        words.push(el_text("p", vec![at("class", "held")], w.t_args("results-ended", &[("date", Arg::Str(&i18n::date(w.0, d)))])));
    }
    // A stay route shown after the journeys (the person wants to go home) says why it is shown.
    if let Some(r) = &p.ranked_by {
        words.push(el_text("p", vec![at("class", "held"), at("data-testid", "ranked-by")], w.t(&msg(&["rank", r]))));
    }
    words.push(el_text("p", vec![], w.t(&msg(&["path", &p.id, "what"]))));
    words.push(el_text("h4", vec![], w.t("results-next")));
    words.push(el_text("p", vec![], w.t(&msg(&["path", &p.id, "next"]))));
    kids.push(el("div", vec![at("id", words_id)], words));
    if !c.reach.is_empty() {
        kids.push(el(
            "div",
            vec![at("class", "reach"), at("data-testid", "reach")],
            vec![el_text("h4", vec![], w.t("results-who")), el("ul", vec![at("class", "plain")], c.reach.iter().map(|x| contact(w, x)).collect())],
        ));
    }
    let why: Kids = match &c.why {
        Why::Everyone => vec![el_text("p", vec![at("data-testid", "because-everyone")], w.t("results-why-everyone"))],
        Why::Answers(keys) if keys.is_empty() => vec![el_text("p", vec![], w.t("results-why-general"))],
        Why::Answers(keys) => vec![
            el_text("p", vec![], w.t("results-why-you-said")),
            el(
                "ul",
                vec![at("data-testid", "because")],
                keys.iter()
                    .filter_map(|k| facts.0.get(k).map(|v| (k, v)))
                    .map(|(k, v)| {
                        el("li", vec![at("data-fact", k.clone())], vec![el_text("span", vec![at("class", "k")], w.t(&msg(&["fact", k]))), plain_list(w.value_words(k, v))])
                    })
                    .collect(),
            ),
        ],
    };
    let mut folded = vec![el_text("summary", vec![], w.t("results-why"))];
    folded.extend(why);
    folded.push(el_text("p", vec![], w.t("results-sources")));
    folded.push(el("ul", vec![at("data-testid", "cites")], c.sources.iter().map(|s| source(w, s)).collect()));
    kids.push(el("details", vec![at("class", "why")], folded));
    let mut attrs = vec![at("class", "card-body")];
    if open {
        attrs.push(at("open", ""));
    }
    el(
        "article",
        vec![
            at("class", if may { "card may" } else { "card info" }),
            at("id", format!("card-{}", p.id)),
            at("tabindex", "-1"),
            at("data-testid", "path"),
            at("data-path-id", p.id.clone()),
            at("data-standing", if may { "may_apply" } else { "info_only" }),
            at("data-rank", p.rank.to_string()),
        ],
        vec![el("details", attrs, kids)],
    )
}

/// A source as a reader looks it up: the publication's or law's title (a link where a public copy
/// is), the date read; the seed line ranges, small, for counsellors.
fn source(w: In, s: &Source) -> AnyView {
    match s {
        Source::Publication { title, year, lines } => {
            let name = match year {
                Some(y) => format!("{title} ({y})"),
                None => title.to_string(),
            };
            let refs: Vec<String> = lines
                .iter()
                .map(|l| {
                    let (doc, lines) = l.split_once(':').unwrap_or((l, ""));
                    w.t_args("cite-seed", &[("doc", Arg::Str(doc)), ("lines", Arg::Str(lines))])
                })
                .collect();
            el("li", vec![at("lang", "en"), at("dir", "ltr")], vec![text(name), el_text("span", vec![at("class", "ref"), at("lang", w.0)], refs.join("; "))])
        }
        Source::Official { title, url, read } => {
            let name = match url {
                Some(u) => link(u.clone(), title.clone(), "source-link"),
                None => text(title.clone()),
            };
            el("li", vec![], vec![name, text(" \u{b7} ".to_string()), text(w.t_args("cite-read", &[("date", Arg::Str(&i18n::date(w.0, read)))]))])
        }
    }
}

/// One service: its name, a phone link, hours, address, languages, website. Numbers and addresses
/// keep their own left-to-right order inside a right-to-left page.
fn contact(w: In, x: &Reach) -> AnyView {
    let mut kids = vec![el_text("strong", vec![], x.name.clone())];
    if let Some((shown, tel)) = &x.phone {
        kids.push(el("p", vec![], vec![el("bdi", vec![at("dir", "ltr")], vec![link(tel.clone(), shown.clone(), "contact-phone")])]));
    }
    if let Some(h) = &x.hours {
        kids.push(el_text("p", vec![], w.hours(h)));
    }
    if let Some(a) = &x.address {
        kids.push(el_text("p", vec![], a.clone()));
    }
    if !x.languages.is_empty() {
        let names: Vec<String> = x.languages.iter().map(|l| web::language_name(w.0, l)).collect();
        kids.push(el_text("p", vec![], w.t_args("contact-languages", &[("list", Arg::Str(&names.join(", ")))])));
    }
    if let Some(site) = &x.website {
        let host = site.trim_start_matches("https://").split('/').next().unwrap_or(site).trim_start_matches("www.").to_string();
        kids.push(el("p", vec![], vec![link(site.clone(), host, "contact-website")]));
    }
    el("li", vec![at("class", "contact"), at("data-testid", "contact"), at("data-from", if x.from_host { "host" } else { "pack" })], kids)
}

/// The handout in one language: the date, the rules' date, the paths with their next steps and
/// contacts, the answers given, lines for the organisation and counsellor to fill in by hand. No
/// name or identifier: there is none to print.
fn handout(w: In, ctx: &Ctx, a: &crate::engine::Assessment, r: &crate::results::Results) -> AnyView {
    let (today, rules_as_of) = (i18n::date(w.0, &web::today().to_string()), i18n::date(w.0, &a.rules_as_of));
    let rules = w.t_args("handout-made", &[("date", Arg::Str(&today)), ("rules", Arg::Str(&rules_as_of)), ("pack", Arg::Str(&pack_words(w, &a.pack)))]);
    let paths = r
        .cards
        .iter()
        .map(|c| {
            let may = c.path.standing == Standing::MayApply;
            let mut li = vec![
                el_text("strong", vec![], w.t(&msg(&["path", &c.path.id, "title"]))),
                text(format!(" ({})", w.t(if may { "results-may-apply" } else { "results-info-only" }))),
                el_text("p", vec![], w.t(&msg(&["path", &c.path.id, "next"]))),
            ];
            for x in &c.reach {
                let mut line = vec![x.name.clone()];
                line.extend(x.phone.as_ref().map(|p| p.0.clone()));
                line.extend(x.hours.as_ref().map(|h| w.hours(h)));
                line.extend(x.website.clone());
                li.push(el_text("p", vec![at("class", "ref")], line.join(" \u{b7} ")));
            }
            el("li", vec![], li)
        })
        .collect();
    let route = ctx.answers.with_untracked(|an| an.route());
    let answers = route
        .into_iter()
        .filter_map(|qid| {
            let ans = ctx.answers.with_untracked(|an| an.0.get(qid).cloned())?;
            if matches!(ans, Answer::One(None) | Answer::PreferNot | Answer::Gate(_)) {
                return None;
            }
            let short = w.t(&format!("q-{}-short", qid.replace('_', "-")));
            Some(el_text("li", vec![], w.labelled_text(&short, &w.answer_words(qid, &ans).join(", "))))
        })
        .collect();
    let line = |id: &str| el("p", vec![at("class", "write")], vec![text(w.t(id)), el("span", vec![at("class", "line")], vec![])]);
    el(
        "div",
        vec![at("class", "handout-col"), at("lang", w.0), at("dir", if w.rtl() { "rtl" } else { "ltr" })],
        vec![
            el_text("h2", vec![], w.t("handout-title")),
            el_text("p", vec![], rules),
            el_text("p", vec![], w.t("results-not-advice")),
            el_text("h3", vec![], w.t("results-heading")),
            el("ol", vec![], paths),
            el_text("h3", vec![], w.t("handout-answers")),
            el("ul", vec![], answers),
            el_text("h3", vec![], w.t("handout-for-counsellor")),
            line("handout-organisation"),
            line("handout-counsellor"),
            line("handout-contact"),
            line("handout-notes"),
            el("p", vec![at("class", "write")], vec![el("span", vec![at("class", "line")], vec![])]),
            el_text("p", vec![at("class", "ref")], w.t("handout-footer")),
        ],
    )
}

fn plain_list(items: Vec<String>) -> AnyView {
    el("ul", vec![at("class", "plain")], items.into_iter().map(|w| el("li", vec![], vec![text(w)])).collect())
}

fn bullets(items: Vec<String>) -> AnyView {
    el("ul", vec![], items.into_iter().map(|w| el("li", vec![], vec![text(w)])).collect())
}
