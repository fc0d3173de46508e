//! The widget's shared state and the types every screen speaks: `Ctx`, `Screen`, `Act`, `Draft`.
//!
//! It sits at the bottom of `ui/`: it may import `web.rs` and the layers below the UI (`flow`,
//! `host`, `i18n`), never another module of `ui/`. Every screen imports it; it imports no screen.
//! All state lives here, in memory: the answers, the current screen, the language, the choice on
//! screen before Continue, where the safety page's Back goes. Nothing is written to storage, the
//! URL or history.

use super::web;
use crate::flow::Answers;
use crate::host::HostOptions;
use crate::i18n::{self, Arg};
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
    /// Start again asks first (a question on the page, not a browser dialog)...
    AskStartAgain,
    /// ...and is called off...
    CancelStartAgain,
    /// ...or confirmed: every answer is wiped.
    StartAgain,
    Print,
    /// Quick exit.
    Leave,
    /// Bring a path's card into view (from the summary at the top of the results).
    ShowCard(String),
    /// The handout's second language (a locale code, or empty for none).
    SecondLang(String),
    /// Read the visible text of the elements with these ids aloud (a question, a result card).
    ReadAloud(String),
    /// The person's read-aloud switch.
    ToggleReadAloud,
}

/// The screens shown so far, each under the number its browser history entry carries (the only
/// thing the entry holds: never an answer), so the browser's Back and Forward move between them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Nav {
    pub entries: Vec<(u32, Screen)>,
    /// The number of the entry on screen.
    pub at: u32,
    /// The next number to give.
    pub next: u32,
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
    /// Where the safety page's Back goes. (A signal like `screen`, though nothing tracks it: a
    /// `StoredValue<Screen>` would bring its own copy of the storage code.)
    pub info_back: RwSignal<Screen>,
    pub options: StoredValue<HostOptions>,
    /// The error shown on a question page (a message id).
    pub error: RwSignal<Option<&'static str>>,
    /// The choice on a question page before Continue (see `question.rs`).
    pub draft: StoredValue<Draft>,
    /// Start again's question is on the results page.
    pub confirm_restart: RwSignal<bool>,
    /// The handout's second language, if any.
    pub second_lang: RwSignal<Option<&'static str>>,
    /// The screens for Back and Forward (see `Nav`).
    pub nav: StoredValue<Nav>,
    /// Whether the person (or the host's `read_aloud` option) has switched "read aloud" on.
    pub read_aloud: RwSignal<bool>,
    /// Flips when the device's list of voices changes (browsers fill it in after the page loads),
    /// so that screens are redrawn with or without their "Read aloud" buttons.
    pub voices: RwSignal<bool>,
    /// Runs a button's action. The dispatcher lives at the top of `ui/` (it knows every screen);
    /// the shapes below only hold this pointer, so nothing below depends on the screens.
    pub dispatch: fn(Ctx, Act),
}

impl Ctx {
    /// A message in the current language, read without tracking (screens are rebuilt whole).
    pub fn t(&self, id: &str) -> String {
        i18n::tr(self.lang.get_untracked(), id)
    }

    pub fn t_args(&self, id: &str, args: &[(&str, Arg)]) -> String {
        i18n::tr_args(self.lang.get_untracked(), id, args)
    }

    /// Switches the language, keeping every answer and the screen: the screen is drawn anew (`App`
    /// tracks `lang`), and the frame's words are rewritten in place (`web::relabel`), so the
    /// language list keeps the focus.
    pub fn set_lang(&self, code: &'static str) {
        self.lang.set(code);
        web::relabel(code);
        // Should a browser drop the focus while the screen is redrawn, it goes to the heading,
        // never to the page's body.
        request_animation_frame(web::refocus_if_lost);
    }

    /// Whether the current language can be read aloud: the device has a voice for it.
    pub fn has_voice(&self) -> bool {
        web::has_voice(self.lang.get_untracked())
    }

    /// Whether screens show their "Read aloud" buttons: switched on, and a voice for the language.
    pub fn reads_aloud(&self) -> bool {
        self.read_aloud.get_untracked() && self.has_voice()
    }

    /// Shows a screen and moves focus to its heading. (Going to a question also starts its draft:
    /// see `ui::go`, which does both.)
    pub fn show(&self, s: Screen) {
        web::stop_speaking();
        self.error.set(None);
        self.screen.set(s);
        request_animation_frame(web::focus_heading);
    }

    /// Wipes every answer and returns to the start page. The screens of the old walk are forgotten
    /// too: Back from here never returns to them (their entries now show the start page).
    pub fn start_again(&self) {
        self.answers.set(Answers::new());
        self.draft.set_value(Draft::default());
        self.changing.set(false);
        self.safety_seen.set(false);
        self.confirm_restart.set(false);
        self.second_lang.set(None);
        self.nav.update_value(|n| n.entries.clear());
        self.show(Screen::Start);
    }

    /// Whether leaving the page now would lose answers (a refresh or closing the tab asks first).
    pub fn has_work(&self) -> bool {
        self.screen.get_untracked() != Screen::Leaving && self.answers.with_untracked(|a| !a.0.is_empty())
    }

    /// Quick exit: wipe the answers, blank the screen, replace the page. The answers go first, so
    /// the page never asks "leave this page?" on the way out.
    pub fn leave(&self) {
        // The voice stops first: someone who came in must not hear the questions go on.
        web::stop_speaking();
        self.answers.set(Answers::new());
        self.draft.set_value(Draft::default());
        self.nav.update_value(|n| n.entries.clear());
        self.screen.set(Screen::Leaving);
        let o = self.options.get_value();
        web::leave(&o.exit_url, o.host_origin.as_deref());
    }

    /// Where Back goes from question `id`: the question before it on the route, or the start page
    /// (or the check page while changing an answer).
    pub fn back_from(&self, id: &str) -> Screen {
        if self.changing.get_untracked() {
            return Screen::Check;
        }
        let route = self.answers.with_untracked(|a| a.route());
        match route.iter().position(|q| *q == id) {
            Some(i) if i > 0 => Screen::Question(route[i - 1]),
            _ => Screen::Start,
        }
    }
}
