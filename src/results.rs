//! What the results page shows, decided below the UI: which pack (the host's option, else the one
//! the host country selects), the generic pack in its place when that one does not load (with the
//! problems, for the console), the engine's assessment, whether the pack's review is old, and for
//! each card: the answers that led to it (only what the person said), its sources named as a
//! reader would look them up, and who to call (the host's services first, then the pack's
//! official contacts). The summary at the top is chosen here too.
//!
//! Pure: today's date is passed in (the engine and this have no clock). May import `engine` and
//! `rules`; the UI only shows what this returns.

use crate::engine::pack::{Cite, Cond, Contact, Pack};
use crate::engine::{evaluate, Assessment, Date, Facts, PathResult, Standing};
use crate::host::referrals::Referral;
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
    /// One card per path of the assessment, in its order.
    pub cards: Vec<Card>,
    /// The ids of the paths the summary at the top shows, in rank order (see `summary`).
    pub summary: Vec<String>,
}

/// What a path's card shows besides the engine's result.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub path: PathResult,
    pub why: Why,
    pub sources: Vec<Source>,
    /// Who to call: the host's services first, then the pack's official contacts.
    pub reach: Vec<Reach>,
}

/// Why a card is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    /// It is shown to everyone (the counsellor): no answer led to it.
    Everyone,
    /// The facts the person stated that led to it, in the order asked (may be empty when every
    /// reason was an unticked box or a skipped question).
    Answers(Vec<String>),
}

/// A source as a reader would look it up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// An IOM text of the seeds: its title (and year where the text gives one), with the line
    /// ranges cited (`004:669-673`), which only counsellors need.
    Publication { title: &'static str, year: Option<&'static str>, lines: Vec<String> },
    /// A law or official page: its own title, where a public copy is (an https address), and the
    /// date it was read.
    Official { title: String, url: Option<String>, read: String },
}

/// A service to call, write to or visit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reach {
    pub name: String,
    /// The number as written, and its `tel:` link.
    pub phone: Option<(String, String)>,
    pub address: Option<String>,
    pub hours: Option<Hours>,
    pub website: Option<String>,
    /// BCP 47 tags.
    pub languages: Vec<String>,
    /// From the host's directory (shown first), or an official contact of the pack.
    pub from_host: bool,
}

/// Opening hours: the host's own words, or the pack's structured hours (the UI writes the days in
/// the person's language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hours {
    Text(String),
    /// Open every hour of every day.
    Always,
    /// Days and their times.
    Days(Vec<DaySpan>),
}

/// First day, last day (0 = Monday to 6 = Sunday), and the (opening, closing) times on them.
pub type DaySpan = (u8, u8, Vec<(String, String)>);

/// How many paths the summary shows at most.
pub const SUMMARY: usize = 3;

/// The seeds, named as a reader would look them up (`/work/shared/domain/seed-report.md` §0). The
/// news items carry no date, so no year is given for them.
pub fn seed_title(doc: &str) -> Option<(&'static str, Option<&'static str>)> {
    Some(match doc {
        "000" => ("IOM news: IOM welcomes the European Commission's proposal for a new legal framework for returns", None),
        "001" => ("IOM Portugal: Assisted Voluntary Return and Reintegration (AVRR Framework)", None),
        "002" => ("IOM news: IOM launches voluntary return programme for migrants stranded in Guatemala", None),
        "003" => ("IOM news: Regional Conference on Migration debates policies to help returned Latin American migrants", None),
        "004" => ("IOM, International Dialogue on Migration: Managing Return Migration", Some("2008")),
        _ => return None,
    })
}

/// The paths the summary shows: the first `SUMMARY` that may apply, besides the counsellor (who is
/// on every result), in rank order; the counsellor alone when nothing else may apply.
pub fn summary(a: &Assessment) -> Vec<String> {
    let mut ids: Vec<String> =
        a.paths.iter().filter(|p| p.standing == Standing::MayApply && p.id != "counsellor").take(SUMMARY).map(|p| p.id.clone()).collect();
    if ids.is_empty() {
        ids.extend(a.paths.iter().find(|p| p.id == "counsellor").map(|p| p.id.clone()));
    }
    ids
}

/// Why path `p` is shown, from what the person stated (`stated`, in the order asked).
pub fn why(pack: &Pack, p: &PathResult, stated: &[&str]) -> Why {
    let mut rules = pack.rules.iter().filter(|r| r.path == p.id).peekable();
    if rules.peek().is_some() && rules.all(|r| matches!(r.when, Cond::Always(_))) && p.held_by.is_empty() {
        return Why::Everyone;
    }
    Why::Answers(stated.iter().filter(|k| p.because.iter().any(|b| b == *k)).map(|k| k.to_string()).collect())
}

/// A card's sources: one entry per seed text (its line ranges gathered) and per official source.
pub fn sources(cites: &[Cite]) -> Vec<Source> {
    let mut out: Vec<Source> = Vec::new();
    for c in cites {
        match c {
            Cite::Seed { seed } => {
                let (doc, _) = seed.split_once(':').unwrap_or((seed, ""));
                let Some((title, year)) = seed_title(doc) else { continue };
                match out.iter_mut().find(|s| matches!(s, Source::Publication { title: t, .. } if *t == title)) {
                    Some(Source::Publication { lines, .. }) => {
                        if !lines.contains(seed) {
                            lines.push(seed.clone());
                        }
                    }
                    _ => out.push(Source::Publication { title, year, lines: vec![seed.clone()] }),
                }
            }
            Cite::Official { title, id, read, .. } => {
                let url = id.starts_with("https://").then(|| id.clone());
                let s = Source::Official { title: title.clone(), url, read: read.clone() };
                if !out.contains(&s) {
                    out.push(s);
                }
            }
        }
    }
    out
}

/// Reads the pack's hours (`24/7`, `Mo-Fr 09:00-11:00; Sa 10:00-12:00`), checked by the pack's build.
pub fn hours(spec: &str) -> Option<Hours> {
    const DAYS: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
    if spec == "24/7" {
        return Some(Hours::Always);
    }
    let day = |d: &str| DAYS.iter().position(|x| *x == d).map(|i| i as u8);
    let mut out = Vec::new();
    for part in spec.split("; ") {
        let (days, times) = part.split_once(' ')?;
        let (a, b) = match days.split_once('-') {
            Some((a, b)) => (day(a)?, day(b)?),
            None => (day(days)?, day(days)?),
        };
        let spans = times.split(',').map(|t| t.split_once('-').map(|(x, y)| (x.to_string(), y.to_string()))).collect::<Option<Vec<_>>>()?;
        out.push((a, b, spans));
    }
    Some(Hours::Days(out))
}

fn from_host(r: &Referral) -> Reach {
    Reach {
        name: r.name.clone(),
        phone: r.phone.clone().zip(r.tel.clone()),
        address: r.address.clone(),
        hours: r.hours.clone().map(Hours::Text),
        website: r.website.clone(),
        languages: r.languages.clone(),
        from_host: true,
    }
}

fn from_pack(c: &Contact) -> Reach {
    let digits: String = c.phone.as_deref().unwrap_or("").chars().filter(|ch| ch.is_ascii_digit()).collect();
    let plus = if c.phone.as_deref().is_some_and(|p| p.trim_start().starts_with('+')) { "+" } else { "" };
    Reach {
        name: c.name.clone(),
        phone: c.phone.clone().map(|p| (p, format!("tel:{plus}{digits}"))),
        address: c.address.clone(),
        hours: c.hours.as_deref().and_then(hours),
        website: c.website.clone(),
        languages: c.languages.clone(),
        from_host: false,
    }
}

/// Who to call for path `p`: the host's services that help with it (or its kind), then the pack's.
pub fn reach(pack: &Pack, p: &PathResult, referrals: &[Referral]) -> Vec<Reach> {
    let kind = p.kind.as_str();
    let mut out: Vec<Reach> = referrals.iter().filter(|r| r.helps(&p.id, kind)).map(from_host).collect();
    out.extend(pack.contacts_for(&p.id, p.kind).map(from_pack));
    out
}

/// The pack whose rules and words apply: the host's `pack` option, else the pack of the country the
/// person is in now (`rules::pack_for`: back home, the country of citizenship).
pub fn pack_id<'a>(facts: &Facts, forced_pack: Option<&'a str>) -> &'a str {
    forced_pack.unwrap_or_else(|| rules::pack_for(facts))
}

/// The results for `facts` on the day `today` (dated rules and the review's age depend on it):
/// `forced_pack` is the host's `pack` option, `stated` the facts the person said
/// (`flow::Answers::stated`), `referrals` the host's directory.
pub fn results(facts: &Facts, forced_pack: Option<&str>, today: Date, stated: &[&str], referrals: &[Referral]) -> Results {
    let pack_id = pack_id(facts, forced_pack);
    let mut warnings = Vec::new();
    let (pack, fell_back) = match rules::load(pack_id) {
        Ok(p) => (Some(p), false),
        Err(problems) => {
            warnings.extend(problems.iter().map(|p| format!("waymark: pack {pack_id}: {p}")));
            (rules::load("generic").ok(), true)
        }
    };
    let assessment = pack.as_ref().map(|p| evaluate(p, facts, today));
    let stale = assessment.as_ref().is_some_and(|a| rules::review_is_stale(&a.reviewed, &today.to_string()));
    let cards = match (&pack, &assessment) {
        (Some(pack), Some(a)) => a
            .paths
            .iter()
            .map(|p| Card { path: p.clone(), why: why(pack, p, stated), sources: sources(&p.cites), reach: reach(pack, p, referrals) })
            .collect(),
        _ => Vec::new(),
    };
    let summary = assessment.as_ref().map(summary).unwrap_or_default();
    Results { assessment, fell_back, stale, warnings, cards, summary }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn the_host_country_selects_the_pack_and_the_host_option_overrides_it() {
        let facts = Facts::new().with("host_country", "DE");
        let r = results(&facts, None, day("2026-11-29"), &[], &[]);
        assert_eq!(r.assessment.map(|a| a.pack), Some("de".to_string()));
        assert!(!r.fell_back && r.warnings.is_empty());
        let r = results(&facts, Some("es"), day("2026-11-29"), &[], &[]);
        assert_eq!(r.assessment.map(|a| a.pack), Some("es".to_string()));
        let r = results(&Facts::new().with("host_country", "other"), None, day("2026-11-29"), &[], &[]);
        assert_eq!(r.assessment.map(|a| a.pack), Some("generic".to_string()));
    }

    #[test]
    fn a_pack_that_does_not_load_falls_back_to_generic_and_says_why() {
        let r = results(&Facts::new(), Some("xx"), day("2026-11-29"), &[], &[]);
        assert_eq!(r.assessment.map(|a| a.pack), Some("generic".to_string()));
        assert!(r.fell_back);
        assert_eq!(r.warnings.len(), 1);
        assert!(r.warnings[0].starts_with("waymark: pack xx: ") && r.warnings[0].contains("no pack `xx`"), "{:?}", r.warnings);
    }

    #[test]
    fn an_old_review_is_flagged_against_the_date_given() {
        let reviewed = rules::load("generic").unwrap().reviewed;
        assert!(!results(&Facts::new(), None, day(&reviewed), &[], &[]).stale);
        let (y, rest) = reviewed.split_once('-').unwrap();
        let two_years_on = format!("{}-{rest}", y.parse::<i32>().unwrap() + 2);
        assert!(results(&Facts::new(), None, day(&two_years_on), &[], &[]).stale);
    }

    /// A walk as the flow gives it, for the card tests.
    fn walked(json: &str) -> (Facts, Vec<&'static str>) {
        let a = crate::flow::answers_from_facts(&crate::engine::facts::from_json(json).unwrap());
        (a.facts(), a.stated())
    }

    #[test]
    fn why_lists_only_stated_answers_that_led_to_the_path_and_the_counsellor_is_for_everyone() {
        let (facts, stated) = walked(r#"{"respondent": "self", "location": "host", "host_country": "DE", "origin_country": "AF", "wish": "return", "fear_of_harm": "yes", "age_band": "27_59"}"#);
        let r = results(&facts, None, day("2026-11-29"), &stated, &[]);
        let card = |id: &str| r.cards.iter().find(|c| c.path.id == id).unwrap_or_else(|| panic!("{id} in {:?}", r.summary));
        let Why::Answers(asylum) = &card("asylum_referral").why else { panic!("answers") };
        assert!(asylum.contains(&"fear_of_harm".to_string()), "{asylum:?}");
        assert!(!asylum.iter().any(|k| ["pregnant", "trafficking_signs", "at_risk_group", "stay_status"].contains(&k.as_str())), "never an unticked box or an unanswered question: {asylum:?}");
        assert_eq!(card("counsellor").why, Why::Everyone);
        // Held back: the card says which answers held it (the fear of harm), still only stated ones.
        let Why::Answers(avrr) = &card("avrr").why else { panic!() };
        assert!(avrr.contains(&"fear_of_harm".to_string()) && !avrr.iter().any(|k| k == "pregnant"), "{avrr:?}");
        assert_eq!(r.summary.first().map(String::as_str), Some("asylum_referral"), "protection first in the summary");
        assert!(r.summary.len() <= SUMMARY && !r.summary.contains(&"avrr".to_string()), "held paths are not in the summary: {:?}", r.summary);
    }

    #[test]
    fn sources_are_named_by_title_once_per_text_with_links_only_to_https_copies() {
        let cites = vec![
            Cite::Seed { seed: "004:669-673".into() },
            Cite::Seed { seed: "004:2491-2495".into() },
            Cite::Seed { seed: "002:11".into() },
            Cite::Official { title: "AufenthG § 25b".into(), source: "…".into(), id: "https://www.gesetze-im-internet.de/aufenthg_2004/__25b.html".into(), read: "2026-11-20".into() },
            Cite::Official { title: "BOE".into(), source: "…".into(), id: "BOE-A-2024-24099".into(), read: "2026-11-20".into() },
        ];
        let s = sources(&cites);
        assert_eq!(s.len(), 4, "{s:?}");
        assert_eq!(s[0], Source::Publication { title: seed_title("004").unwrap().0, year: Some("2008"), lines: vec!["004:669-673".into(), "004:2491-2495".into()] });
        assert!(matches!(&s[2], Source::Official { url: Some(u), .. } if u.starts_with("https://")));
        assert!(matches!(&s[3], Source::Official { url: None, .. }), "an identifier that is not an address is not a link");
        for doc in ["000", "001", "002", "003", "004"] {
            assert!(seed_title(doc).is_some(), "{doc} has a title");
        }
    }

    #[test]
    fn who_to_call_puts_the_hosts_services_first_then_the_packs() {
        let (facts, stated) = walked(r#"{"respondent": "self", "location": "host", "host_country": "DE", "trafficking_signs": "yes", "age_band": "27_59"}"#);
        let given = vec![Ok((
            crate::host::referrals::RawReferral { name: Some("Local desk".into()), helps_with: Some(vec!["protection".into()]), phone: Some("030 1234".into()), ..Default::default() },
            vec!["name".into(), "helps_with".into(), "phone".into()],
        ))];
        let host = crate::host::referrals::check(given).entries;
        let r = results(&facts, None, day("2026-11-29"), &stated, &host);
        let card = r.cards.iter().find(|c| c.path.id == "trafficking_referral").unwrap();
        assert!(card.reach.len() >= 2, "{:?}", card.reach);
        assert!(card.reach[0].from_host && card.reach[0].name == "Local desk");
        assert_eq!(card.reach[0].phone.as_ref().map(|p| p.1.as_str()), Some("tel:0301234"));
        let official = card.reach.iter().find(|x| !x.from_host).unwrap();
        assert_eq!(official.phone.as_ref().map(|p| p.1.as_str()), Some("tel:116016"));
        assert_eq!(official.hours, Some(Hours::Always));
        let avrr = r.cards.iter().find(|c| c.path.id == "avrr");
        assert!(avrr.is_none_or(|c| c.reach.iter().all(|x| !x.from_host)), "a protection service is not on a return card");
    }

    #[test]
    fn pack_hours_are_read_into_days_and_times() {
        assert_eq!(hours("24/7"), Some(Hours::Always));
        assert_eq!(hours("Mo-Fr 09:00-11:00; Sa 10:00-12:00,13:00-14:00"), Some(Hours::Days(vec![
            (0, 4, vec![("09:00".into(), "11:00".into())]),
            (5, 5, vec![("10:00".into(), "12:00".into()), ("13:00".into(), "14:00".into())]),
        ])));
        assert_eq!(hours("whenever"), None);
    }
}
