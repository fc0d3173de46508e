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
    StartAgain,
    Print,
    /// Quick exit.
    Leave,
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
    }

    /// Shows a screen and moves focus to its heading. (Going to a question also starts its draft:
    /// see `ui::go`, which does both.)
    pub fn show(&self, s: Screen) {
        self.error.set(None);
        self.screen.set(s);
        request_animation_frame(web::focus_heading);
    }

    /// Wipes every answer and returns to the start page.
    pub fn start_again(&self) {
        self.answers.set(Answers::new());
        self.draft.set_value(Draft::default());
        self.changing.set(false);
        self.safety_seen.set(false);
        self.show(Screen::Start);
    }

    /// Quick exit: wipe the answers, blank the screen, replace the page.
    pub fn leave(&self) {
        self.answers.set(Answers::new());
        self.draft.set_value(Draft::default());
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
