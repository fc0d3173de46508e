//! What the results page shows, decided below the UI: which pack (the host's option, else the one
//! the host country selects), the generic pack in its place when that one does not load (with the
//! problems, for the console), the engine's assessment, and whether the pack's review is old.
//!
//! Pure: today's date is passed in (the engine and this have no clock). May import `engine` and
//! `rules`; the UI only shows what this returns.

use crate::engine::{evaluate, Assessment, Facts};
use crate::rules;

/// What the results page shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Results {
    /// The engine's assessment; `None` when not even the generic pack loads (the page says that
    /// the rules could not be read).
    pub assessment: Option<Assessment>,
    /// The pack asked for did not load and the generic pack stands in (the page says so).
    pub fell_back: bool,
    /// The pack was reviewed more than 12 months before today (the page warns).
    pub stale: bool,
    /// What went wrong with the pack asked for, in detail, for the host's developers (the console).
    pub warnings: Vec<String>,
}

/// The results for `facts`: `forced_pack` is the host's `pack` option; `today` is `YYYY-MM-DD`.
pub fn results(facts: &Facts, forced_pack: Option<&str>, today: &str) -> Results {
    let pack_id = forced_pack.unwrap_or_else(|| rules::pack_for(facts.get("host_country")));
    let mut warnings = Vec::new();
    let (pack, fell_back) = match rules::load(pack_id) {
        Ok(p) => (Some(p), false),
        Err(problems) => {
            warnings.extend(problems.iter().map(|p| format!("waymark: pack {pack_id}: {p}")));
            (rules::load("generic").ok(), true)
        }
    };
    let assessment = pack.map(|p| evaluate(&p, facts));
    let stale = assessment.as_ref().is_some_and(|a| rules::review_is_stale(&a.reviewed, today));
    Results { assessment, fell_back, stale, warnings }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_host_country_selects_the_pack_and_the_host_option_overrides_it() {
        let facts = Facts::new().with("host_country", "DE");
        let r = results(&facts, None, "2026-11-29");
        assert_eq!(r.assessment.map(|a| a.pack), Some("de".to_string()));
        assert!(!r.fell_back && r.warnings.is_empty());
        let r = results(&facts, Some("es"), "2026-11-29");
        assert_eq!(r.assessment.map(|a| a.pack), Some("es".to_string()));
        let r = results(&Facts::new().with("host_country", "other"), None, "2026-11-29");
        assert_eq!(r.assessment.map(|a| a.pack), Some("generic".to_string()));
    }

    #[test]
    fn a_pack_that_does_not_load_falls_back_to_generic_and_says_why() {
        let r = results(&Facts::new(), Some("xx"), "2026-11-29");
        assert_eq!(r.assessment.map(|a| a.pack), Some("generic".to_string()));
        assert!(r.fell_back);
        assert_eq!(r.warnings.len(), 1);
        assert!(r.warnings[0].starts_with("waymark: pack xx: ") && r.warnings[0].contains("no pack `xx`"), "{:?}", r.warnings);
    }

    #[test]
    fn an_old_review_is_flagged_against_the_date_given() {
        let reviewed = rules::load("generic").unwrap().reviewed;
        assert!(!results(&Facts::new(), None, &reviewed).stale);
        let (y, rest) = reviewed.split_once('-').unwrap();
        let two_years_on = format!("{}-{rest}", y.parse::<i32>().unwrap() + 2);
        assert!(results(&Facts::new(), None, &two_years_on).stale);
    }
}
