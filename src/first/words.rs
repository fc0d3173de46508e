//! The messages of the first screen (the frame and the start page): the words the build
//! pre-renders into the page in every language.
//!
//! Why a list of its own: `build.rs` includes this file (it cannot use the crate) and leaves these
//! messages out of the widget's non-English tables; the widget reads their words back from the
//! pre-rendered page instead (`ui/web.rs`, `page_words`), so they travel once (1.9 KiB of the
//! first load, brotli). English keeps them, as the fallback. A test holds this list to the
//! messages `first::frame` and `first::start_page` use.

/// Every message the first screen shows.
pub const WORDS: [&str; 12] = [
    "btn-leave-skip",
    "lang-label",
    "btn-leave",
    "start-heading",
    "start-what",
    "start-private",
    "start-not-advice",
    "start-decision",
    "start-length",
    "btn-start",
    "start-loading",
    "start-safety-link",
];
