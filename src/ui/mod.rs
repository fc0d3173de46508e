//! The widget's Leptos components. They show what the flow asks and what the engine returns; they
//! never decide an outcome themselves.
//!
//! All state lives in memory, in `Ctx` (`state.rs`): the answers, the current screen, the language,
//! the choice on screen before Continue. Nothing is written to storage, the URL or history; quick
//! exit and Start again replace the answers with an empty set at once. Screens are built from the
//! uniform shapes of `dom.rs` (see there for why) and rebuilt whole when the screen, the language
//! or an error changes.
//!
//! The modules depend downward only (tests/tidy.rs checks the `use` lines): this file (the mount,
//! the frame, the dispatcher of actions) may import every module of `ui/`; `pages.rs` and
//! `question.rs` (the screens) import `dom.rs`, `state.rs` and `web.rs`, never each other or this
//! file; `dom.rs` imports `state.rs`; `state.rs` imports `web.rs`; `web.rs` nothing of `ui/`.
//! Below the UI: `results`, `rules`, `flow`, `engine`, `i18n`, `host`, `lean`; never `proof` or
//! `screens`, which are the CLI's and the tests'.

mod dom;
mod embed;
mod options;
mod pages;
mod question;
mod state;
mod web;

use crate::flow::Answers;
use crate::host::HostOptions;
use crate::i18n::{self, Arg};
use crate::first::{self, Node, Slot, Val};
use dom::{at, click, el, el_text};
use leptos::prelude::*;
use state::{Act, Ctx, Draft, Nav, Screen};

/// Goes to a screen: a question's page starts its draft from the stored answer first. The move
/// gets a browser history entry (holding only its number, at the same address), so the phone's
/// Back button moves one screen back inside the widget instead of leaving it.
fn go(ctx: Ctx, s: Screen) {
    show(ctx, s);
    let n = ctx.nav.try_update_value(|nav| {
        let n = nav.next;
        nav.next += 1;
        // Forward history beyond this screen is gone, as after any new page.
        let at = nav.at;
        nav.entries.retain(|(m, _)| *m <= at);
        nav.entries.push((n, s));
        nav.at = n;
        n
    });
    if let Some(n) = n {
        web::push_entry(n);
    }
}

fn show(ctx: Ctx, s: Screen) {
    if let Screen::Question(id) = s {
        question::start_draft(&ctx, id);
    }
    ctx.confirm_restart.set(false);
    ctx.show(s);
}

/// The browser's Back or Forward reached entry `n`: show its screen, without a new entry. An entry
/// of a walk that was wiped (Start again) or one that is not ours shows the start page, and a
/// question no longer on the route (an earlier answer changed) gives way to the next one due.
fn returned(ctx: Ctx, n: Option<u32>) {
    if ctx.screen.get_untracked() == Screen::Leaving {
        return;
    }
    let found = n.and_then(|n| ctx.nav.with_value(|nav| nav.entries.iter().find(|(m, _)| *m == n).map(|(_, s)| *s)));
    let s = match found {
        Some(Screen::Question(id)) if !ctx.answers.with_untracked(|a| a.route().contains(&id)) => {
            match ctx.answers.with_untracked(|a| a.next()) {
                Some(next) => Screen::Question(next),
                None => Screen::Check,
            }
        }
        Some(s @ (Screen::Check | Screen::Results)) if !ctx.answers.with_untracked(|a| a.is_complete()) => {
            let _ = s;
            ctx.answers.with_untracked(|a| a.next()).map(Screen::Question).unwrap_or(Screen::Start)
        }
        Some(s) => s,
        None => Screen::Start,
    };
    if let Some(n) = n {
        ctx.nav.update_value(|nav| nav.at = n);
    }
    show(ctx, s);
}

/// Runs a button's action (`Ctx::dispatch`).
fn act(ctx: Ctx, a: Act) {
    match a {
        Act::Go(s) => go(ctx, s),
        Act::Start => {
            ctx.changing.set(false);
            let first = ctx.answers.with_untracked(|a| a.route()[0]);
            go(ctx, question::enter(&ctx, first));
        }
        Act::Continue(id) => {
            if let Some(next) = question::submit(&ctx, id) {
                go(ctx, next);
            }
        }
        Act::Change(id) => {
            ctx.changing.set(true);
            go(ctx, Screen::Question(id));
        }
        Act::SafetyInfo(back) => {
            ctx.info_back.set(back);
            go(ctx, Screen::SafetyInfo);
        }
        Act::SeeResults => {
            ctx.changing.set(false);
            go(ctx, Screen::Results);
        }
        Act::AskStartAgain => {
            ctx.confirm_restart.set(true);
            request_animation_frame(|| web::show_element("confirm-heading"));
        }
        Act::CancelStartAgain => {
            ctx.confirm_restart.set(false);
            request_animation_frame(|| web::testid_focus("start-again"));
        }
        Act::StartAgain => {
            ctx.start_again();
            go(ctx, Screen::Start);
        }
        Act::Print => web::print(),
        Act::Leave => ctx.leave(),
        Act::ShowCard(id) => web::show_element(&format!("card-{id}")),
        Act::SecondLang(code) => ctx.second_lang.set(i18n::locale(&code).map(|l| l.code)),
        Act::ReadAloud(id) => web::speak(&id, ctx.lang.get_untracked()),
        Act::ToggleReadAloud => {
            ctx.read_aloud.update(|on| *on = !*on);
            // The screen is redrawn with (or without) its buttons; the switch keeps focus.
            request_animation_frame(|| web::focus("wm-read"));
        }
    }
}

/// Mounts the widget on `#waymark` (or the body), with the host's options, then locks the page.
///
/// The page already shows the start screen, pre-rendered by the build from the same data
/// (`crate::first`) in the person's language, with quick exit working (`www/first.js`). The widget
/// draws the same markup beside it and removes it in the same task, so nothing flashes or moves;
/// a language the person chose or a press on Start made before it was ready takes effect now.
pub fn mount() {
    let doc = document();
    let el = doc.get_element_by_id("waymark");
    let locales: Vec<&str> = i18n::built().map(|l| l.code).collect();
    let packs: Vec<&str> = crate::rules::ids().collect();
    let options::Read { mut options, console } = options::read(el.as_ref(), &locales, &packs);
    for c in &console {
        web::console_warn(c);
    }
    if let Some(t) = &options.theme {
        let target = el.clone().and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()).or_else(|| doc.body());
        if let Some(target) = target {
            options::apply_theme(&target, t);
        }
    }
    // A framed widget never keeps an offline copy: it would sit in the browser under the widget's
    // origin, apart from the host page a person can see. Not a bad value, so only the console says.
    if options.offline && web::embedded() {
        options.offline = false;
        web::console_warn("waymark: option `offline` is ignored in a frame or a sandbox: nothing is kept offline there");
    }
    web::mark_offline(options.offline);
    web::page_words();
    let (chosen, pending) = web::first_screen_choices();
    let lang = chosen
        .and_then(|c| i18n::locale(&c))
        .map(|l| l.code)
        .unwrap_or_else(|| i18n::negotiate(options.lang.as_deref(), &web::browser_languages()));
    let pending = match pending.as_deref() {
        Some("start") => Some(Act::Start),
        Some("safety") => Some(Act::SafetyInfo(Screen::Start)),
        _ => None,
    };
    let bad = !console.is_empty();
    let acts = pending.is_some();
    let app = move || view! { <App options=options lang=lang config_problem=bad pending=pending/> };
    match el.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()) {
        Some(e) => mount_to(e, app).forget(),
        None => mount_to_body(app),
    }
    web::take_over(!acts);
    web::lock_connections();
}

/// The widget: the frame (language, quick exit, the Shift count) around the current screen.
#[component]
pub fn App(
    /// The host's checked options.
    options: HostOptions,
    /// The first language.
    lang: &'static str,
    /// Whether a host option was rejected (the page says so; the console says which).
    config_problem: bool,
    /// A press made on the pre-rendered start screen before the widget was ready.
    pending: Option<Act>,
) -> impl IntoView {
    let read_aloud = options.read_aloud;
    let ctx = Ctx {
        answers: RwSignal::new(Answers::new()),
        screen: RwSignal::new(Screen::Start),
        lang: RwSignal::new(lang),
        changing: RwSignal::new(false),
        safety_seen: RwSignal::new(false),
        info_back: RwSignal::new(Screen::Start),
        options: StoredValue::new(options),
        error: RwSignal::new(None),
        draft: StoredValue::new(Draft::default()),
        confirm_restart: RwSignal::new(false),
        second_lang: RwSignal::new(None),
        nav: StoredValue::new(Nav { entries: vec![(0, Screen::Start)], at: 0, next: 1 }),
        read_aloud: RwSignal::new(read_aloud),
        voices: RwSignal::new(false),
        dispatch: act,
    };
    provide_context(ctx);
    embed::start(ctx);
    // Back and Forward: this entry is number 0 (the start page); each screen adds one.
    web::replace_entry(0);
    web::on_history(move |n| returned(ctx, n));
    // A refresh or closing the tab mid-walk asks first; quick exit has wiped the answers, so never.
    web::ask_before_unload(move || ctx.has_work());
    // Brought back from the back-forward cache (after quick exit, or any navigation away): nothing
    // of the walk may show again.
    web::on_restored(move || {
        ctx.start_again();
        ctx.show(Screen::Start);
    });
    // Browsers list their voices some time after the page loads (Chrome: only then). The screen is
    // redrawn only when that changes whether it shows the read-aloud switch: a redraw replaces every
    // element, and the focus with it (a press on Start held before the wasm had focused the first
    // question's heading when the list came in).
    let drawn_with_voice = StoredValue::new(false);
    web::on_voices_changed(move || {
        if ctx.has_voice() != drawn_with_voice.get_value() {
            ctx.voices.update(|v| *v = !*v);
            request_animation_frame(web::refocus_if_lost);
        }
    });
    // A press made on the pre-rendered start page: after the first entry is marked, so Start's
    // screen gets entry 1 and Back returns to the start page; before the first drawing, so the
    // screen it leads to is the first one drawn.
    if let Some(a) = pending {
        act(ctx, a);
    }

    // Shift pressed three times within five seconds leaves (counted on key-up, as GOV.UK does).
    // Only Shift pressed alone counts: any other key starts the count again, and the Shift of a
    // Shift+Tab is not counted, or a keyboard user moving back three fields would be thrown out.
    let presses = StoredValue::new(Vec::<f64>::new());
    let modified = StoredValue::new(false);
    let handle = window_event_listener(leptos::ev::keyup, move |e| {
        if e.key() != "Shift" {
            presses.update_value(Vec::clear);
            modified.set_value(e.shift_key());
            web::exit_status("");
            return;
        }
        if modified.get_value() {
            modified.set_value(false);
            return;
        }
        let now = web::now_ms();
        let n = presses.try_update_value(|p| {
            p.retain(|t| now - *t < 5000.0);
            p.push(now);
            p.len()
        });
        match n {
            Some(n) if n >= 3 => ctx.leave(),
            Some(n) => {
                web::exit_status(&i18n::tr_args(ctx.lang.get_untracked(), "exit-shift-count", &[("left", Arg::Num(3 - n as i64))]));
                set_timeout(
                    move || {
                        let stale = presses.with_value(|p| p.last().is_none_or(|t| web::now_ms() - t >= 5000.0));
                        if stale {
                            web::exit_status("");
                        }
                    },
                    std::time::Duration::from_millis(5000),
                );
            }
            None => {}
        }
    });
    on_cleanup(move || handle.remove());

    // The frame is the first screen's data (`crate::first`), drawn once (`Ctx::set_lang` rewrites
    // its words). The places only the live widget fills:
    let slot = move |s: Slot| -> AnyView {
        match s {
            // Written by the Shift count above (`web::exit_status`).
            Slot::ShiftCount => ().into_any(),
            // The host's logo (a data: image, checked in host/theme.rs): decorative, the page names
            // itself. Not in the pre-rendered page, which knows no host options.
            Slot::Logo => match ctx.options.with_value(|o| o.theme.as_ref().and_then(|t| t.logo.clone())) {
                Some(src) => el("img", vec![at("src", src), at("alt", ""), at("class", "logo"), at("data-testid", "logo")], vec![]),
                None => ().into_any(),
            },
            Slot::ConfigProblem if config_problem => dom::node(
                ctx,
                Node::El {
                    tag: "p",
                    attrs: vec![("class", Val::Lit("notice warning")), ("data-testid", Val::Lit("config-problem"))],
                    on: None,
                    kids: vec![Node::Text(Val::Msg("error-config"))],
                },
                &|_| ().into_any(),
            ),
            Slot::ConfigProblem => ().into_any(),
            // The screen is rebuilt whole when what it shows changes. (The elements of `dom.rs` are
            // custom-tag elements, which Leptos re-creates rather than patches: the screen is new
            // each time.)
            Slot::Screen => (move || {
                ctx.screen.track();
                ctx.lang.track();
                ctx.error.track();
                ctx.confirm_restart.track();
                ctx.second_lang.track();
                ctx.read_aloud.track();
                ctx.voices.track();
                drawn_with_voice.set_value(ctx.has_voice());
                screen(ctx)
            })
            .into_any(),
        }
    };
    dom::node(ctx, first::frame(lang, i18n::built()), &slot)
}
/// The current screen, built untracked (`App` decides when to rebuild).
fn screen(ctx: Ctx) -> AnyView {
    let s = ctx.screen.get_untracked();
    let kids = match s {
        Screen::Start => pages::start(ctx),
        Screen::Safety(next) => pages::safety_interruption(ctx, next),
        Screen::SafetyInfo => pages::safety_info(ctx),
        // An id the flow does not have cannot happen (ids come from the flow); never show a blank page.
        Screen::Question(id) => question::page(ctx, id).unwrap_or_else(|| pages::check(ctx)),
        Screen::Check => pages::check(ctx),
        Screen::Results => pages::results(ctx),
        Screen::Leaving => vec![el_text("div", vec![at("class", "leaving"), at("data-testid", "leaving")], ctx.t("exit-leaving"))],
    };
    let mut all = Vec::new();
    // Read aloud, for people who read with difficulty: offered only where the device has a voice
    // of its own for the language; off unless the person or the host switches it on. Drawn with the
    // screen (which is redrawn when it changes) from the shapes of `dom.rs`: its own `view!` cost
    // several KiB of rendering code.
    let mut toggle = None;
    if ctx.has_voice() && s != Screen::Leaving {
        let mut input = vec![at("type", "checkbox"), at("id", "wm-read"), at("data-testid", "read-aloud-toggle"), click(ctx, Act::ToggleReadAloud)];
        if ctx.read_aloud.get_untracked() {
            input.push(at("checked", ""));
        }
        toggle = Some(el(
            "div",
            vec![at("class", "read-toggle")],
            vec![el("input", input, vec![]), el_text("label", vec![at("for", "wm-read")], ctx.t("read-aloud-toggle"))],
        ));
    }
    // On the start page the switch comes after the page: that page is in the HTML before the
    // wasm, which cannot know the device's voices, so a switch above the heading would push the
    // whole screen down when the widget takes over (issue 12: no layout shift). From the first
    // question on, it is the first thing on every screen.
    if s == Screen::Start {
        all.extend(kids);
        all.extend(toggle);
    } else {
        all.extend(toggle);
        all.extend(kids);
    }
    el("div", vec![at("class", "screen")], all)
}

