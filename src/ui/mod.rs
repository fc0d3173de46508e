//! The widget's Leptos components. They show what the flow asks and what the engine returns; they
//! never decide an outcome themselves.
//!
//! All state lives in memory, in `Ctx`: the answers, the current screen, the language, the choice
//! on screen before Continue. Nothing is written to storage, the URL or history; quick exit and
//! Start again replace the answers with an empty set at once. Screens are built from the uniform
//! shapes of `dom.rs` (see there for why) and rebuilt whole when the screen, the language or an
//! error changes.

mod dom;
mod embed;
mod options;
mod pages;
mod question;
mod web;

use crate::flow::Answers;
use crate::host::HostOptions;
use crate::i18n::{self, Arg};
use dom::{at, button, el, el_text};
use leptos::prelude::*;

/// The screens. There is no router: the URL never changes, so nothing about a walk reaches history.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Screen {
    Start,
    /// The interruption before the first sensitive question; then that question.
    Safety(&'static str),
    SafetyInfo,
    Question(&'static str),
    Check,
    Results,
    Leaving,
}

/// What a button does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Act {
    Go(Screen),
    Start,
    /// Continue on a question page.
    Continue(&'static str),
    /// Change an answer from the check page.
    Change(&'static str),
    /// Open the safety page, coming back to the given screen.
    SafetyInfo(Screen),
    SeeResults,
    StartAgain,
    Leave,
    Print,
}

/// The choice on a question page before Continue: ticked values (radio or checkbox values) and
/// the two country lists. It outlives a re-render (a language switch, an error) of the page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    pub question: &'static str,
    pub picked: Vec<String>,
    pub host: String,
    pub origin: String,
}

/// The widget's shared state.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub answers: RwSignal<Answers>,
    pub screen: RwSignal<Screen>,
    pub lang: RwSignal<&'static str>,
    /// Set while changing an answer from the check page: Continue returns there.
    pub changing: RwSignal<bool>,
    pub safety_seen: RwSignal<bool>,
    pub options: StoredValue<HostOptions>,
    pub config_problem: RwSignal<bool>,
    /// Shift presses left before quick exit, while counting.
    pub shift_left: RwSignal<Option<i64>>,
    /// The error shown on a question page (a message id).
    pub error: RwSignal<Option<&'static str>>,
    pub draft: StoredValue<Draft>,
}

impl Ctx {
    /// A message in the current language, read without tracking (screens are rebuilt whole).
    pub fn t(&self, id: &str) -> String {
        i18n::tr(self.lang.get_untracked(), id)
    }

    pub fn t_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        i18n::tr_args(self.lang.get_untracked(), id, args)
    }

    /// A reactive text for the frame around the screens (one closure type for all of them).
    pub fn text(&self, id: &str) -> impl Fn() -> String + Send + Sync + Clone + 'static {
        let lang = self.lang;
        let id = id.to_string();
        move || i18n::tr(lang.get(), &id)
    }

    /// Goes to a screen and moves focus to its heading.
    pub fn go(&self, s: Screen) {
        self.error.set(None);
        if let Screen::Question(id) = s {
            question::start_draft(self, id);
        }
        self.screen.set(s);
        request_animation_frame(web::focus_heading);
    }

    /// Wipes every answer and returns to the start page.
    pub fn start_again(&self) {
        self.answers.set(Answers::new());
        self.draft.set_value(Draft::default());
        self.changing.set(false);
        self.safety_seen.set(false);
        self.go(Screen::Start);
    }

    /// Quick exit: wipe the answers, blank the screen, replace the page.
    pub fn leave(&self) {
        self.answers.set(Answers::new());
        self.draft.set_value(Draft::default());
        self.screen.set(Screen::Leaving);
        let o = self.options.get_value();
        web::leave(&o.exit_url, o.host_origin.as_deref());
    }
}

/// Runs a button's action.
pub fn act(ctx: Ctx, a: Act) {
    match a {
        Act::Go(s) => ctx.go(s),
        Act::Start => {
            ctx.changing.set(false);
            let first = ctx.answers.with_untracked(|a| a.route()[0]);
            ctx.go(question::enter(&ctx, first));
        }
        Act::Continue(id) => question::submit(&ctx, id),
        Act::Change(id) => {
            ctx.changing.set(true);
            ctx.go(Screen::Question(id));
        }
        Act::SafetyInfo(back) => {
            pages::set_info_back(back);
            ctx.go(Screen::SafetyInfo);
        }
        Act::SeeResults => {
            ctx.changing.set(false);
            ctx.go(Screen::Results);
        }
        Act::StartAgain => ctx.start_again(),
        Act::Leave => ctx.leave(),
        Act::Print => web::print(),
    }
}

/// Mounts the widget on `#waymark` (or the body), with the host's options, then locks the page.
pub fn mount() {
    let doc = document();
    let el = doc.get_element_by_id("waymark");
    let locales: Vec<&str> = i18n::built().map(|l| l.code).collect();
    let packs: Vec<&str> = crate::rules::ids().collect();
    let options::Read { options, console } = options::read(el.as_ref(), &locales, &packs);
    for c in &console {
        web::console_warn(c);
    }
    if let Some(t) = &options.theme {
        let target = el.clone().and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()).or_else(|| doc.body());
        if let Some(target) = target {
            options::apply_theme(&target, t);
        }
    }
    let lang = i18n::negotiate(options.lang.as_deref(), &web::browser_languages());
    let bad = !console.is_empty();
    let app = move || view! { <App options=options lang=lang config_problem=bad/> };
    match el.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()) {
        Some(e) => mount_to(e, app).forget(),
        None => mount_to_body(app),
    }
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
) -> impl IntoView {
    let ctx = Ctx {
        answers: RwSignal::new(Answers::new()),
        screen: RwSignal::new(Screen::Start),
        lang: RwSignal::new(lang),
        changing: RwSignal::new(false),
        safety_seen: RwSignal::new(false),
        options: StoredValue::new(options),
        config_problem: RwSignal::new(config_problem),
        shift_left: RwSignal::new(None),
        error: RwSignal::new(None),
        draft: StoredValue::new(Draft::default()),
    };
    provide_context(ctx);
    embed::start(ctx);

    // Shift pressed three times within five seconds leaves (counted on key-up, as GOV.UK does).
    let presses = StoredValue::new(Vec::<f64>::new());
    let handle = window_event_listener(leptos::ev::keyup, move |e| {
        if e.key() != "Shift" {
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
                ctx.shift_left.set(Some(3 - n as i64));
                set_timeout(
                    move || {
                        let stale = presses.with_value(|p| p.last().is_none_or(|t| web::now_ms() - t >= 5000.0));
                        if stale {
                            ctx.shift_left.set(None);
                        }
                    },
                    std::time::Duration::from_millis(5000),
                );
            }
            None => {}
        }
    });
    on_cleanup(move || handle.remove());

    // The screen is rebuilt whole when what it shows changes. (The elements of `dom.rs` are
    // custom-tag elements, which Leptos re-creates rather than patches: the screen is new each time.)
    let shown = move || {
        ctx.screen.track();
        ctx.lang.track();
        ctx.error.track();
        screen(ctx)
    };
    let rtl = move || i18n::locale(ctx.lang.get()).is_some_and(|l| l.rtl);
    view! {
        <div class="waymark" data-testid="waymark-root" lang=move || ctx.lang.get() dir=move || if rtl() { "rtl" } else { "ltr" }>
            <button type="button" class="skip-exit" data-testid="exit-skip" on:click=move |_| ctx.leave()>{ctx.text("btn-leave-skip")}</button>
            <header class="top">
                <LangPicker/>
                <button type="button" class="exit" data-testid="exit" on:click=move |_| ctx.leave()>{ctx.text("btn-leave")}</button>
            </header>
            <div role="status" class="visually-hidden" data-testid="exit-status">
                {move || ctx.shift_left.get().map(|n| i18n::tr_args(ctx.lang.get(), "exit-shift-count", &[("left", Arg::Num(n))]))}
            </div>
            <Show when=move || ctx.config_problem.get()>
                <p class="notice warning" data-testid="config-problem">{ctx.text("error-config")}</p>
            </Show>
            <main class="main">
                {shown}
            </main>
        </div>
    }
}

/// The current screen, built untracked (`App` decides when to rebuild).
fn screen(ctx: Ctx) -> AnyView {
    let s = ctx.screen.get_untracked();
    let kids = match s {
        Screen::Start => pages::start(ctx),
        Screen::Safety(next) => pages::safety_interruption(ctx, next),
        Screen::SafetyInfo => pages::safety_info(ctx),
        Screen::Question(id) => question::page(ctx, id),
        Screen::Check => pages::check(ctx),
        Screen::Results => pages::results(ctx),
        Screen::Leaving => vec![el_text("div", vec![at("class", "leaving"), at("data-testid", "leaving")], ctx.t("exit-leaving"))],
    };
    el("div", vec![at("class", "screen")], kids)
}

/// The language picker: each language's own name in its own script. Switching keeps every answer
/// and the current screen; the choice is not stored.
#[component]
fn LangPicker() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    view! {
        <div class="lang">
            <label for="wm-lang">{ctx.text("lang-label")}</label>
            <select id="wm-lang" data-testid="lang" on:change=move |ev| {
                if let Some(l) = i18n::locale(&event_target_value(&ev)) {
                    ctx.lang.set(l.code);
                }
            }>
                {i18n::built()
                    .map(|l| view! { <option value=l.code lang=l.code selected=l.code == ctx.lang.get_untracked()>{l.native_name}</option> })
                    .collect_view()}
            </select>
        </div>
    }
}

/// The Back link (a button: navigation never touches the URL).
pub fn back_link(ctx: Ctx, to: Screen) -> AnyView {
    button(ctx, "back-link", "back", Act::Go(to), ctx.t("btn-back"))
}
