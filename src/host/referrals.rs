//! A host's referral directory: the services a host adds to the results (its own counselling
//! desk, a local legal clinic, a hotline), checked at the boundary like every host option.
//!
//! The directory is a JS object (`window.waymarkOptions.referrals`, a
//! `<script type="application/json" id="waymark-referrals">` element, or JSON text in a `data-`
//! attribute or the frame's query string). The widget turns each entry into a `RawReferral` with
//! serde (serde-wasm-bindgen in the browser, serde_json natively, so the same typed struct is tested
//! here) and `check` decides what is shown. Nothing here fetches: the directory must be in the page
//! before the widget boots, because the page locks every connection once it runs.
//!
//! What is checked, and why:
//! - links are `https://` (website) and `tel:` (phone) only: nothing else may run or leak;
//! - every text is bounded and has no control characters, and the directory has at most
//!   `MAX_ENTRIES` entries, so a host mistake cannot flood the results or a phone screen;
//! - `helps_with` names path ids of the contract (or a country pack's `<kind>_<cc>_<name>` ids) or
//!   whole kinds (`protection`, `return`, `stay`, `advice`), so an entry appears on matching cards;
//! - an unknown field is named in the console and ignored (the entry is kept); a bad entry is
//!   dropped with a message naming the entry and the field, never a blank widget.

use super::HostProblem;
use serde::Deserialize;

/// At most this many entries are read; the rest are dropped with one message.
pub const MAX_ENTRIES: usize = 50;
/// Bounds, in characters, of each text field (a phone line fits a 360 px screen; a name two lines).
const MAX_NAME: usize = 120;
const MAX_PHONE: usize = 32;
const MAX_ADDRESS: usize = 200;
const MAX_HOURS: usize = 120;
const MAX_WEBSITE: usize = 300;
const MAX_LANGUAGES: usize = 12;
const MAX_HELPS_WITH: usize = 40;

/// The fields an entry may have (anything else is named in the console).
pub const FIELDS: &[&str] = &["name", "helps_with", "phone", "address", "hours", "languages", "website"];

/// The path kinds of `vocabulary.md`: an entry may help with a whole kind.
pub const KINDS: &[&str] = &["protection", "return", "stay", "advice"];

/// The path ids of the contract (`vocabulary.md`); a test keeps this equal to the generic pack's.
pub const CONTRACT_PATHS: &[&str] = &[
    "asylum_referral",
    "trafficking_referral",
    "child_protection",
    "safety_hold",
    "torture_survivor_support",
    "capacity_assessment",
    "health_referral",
    "humanitarian_assistance",
    "gender_family_support",
    "older_person_support",
    "deadline_urgent",
    "legal_advice",
    "regularisation",
    "avrr_before_deadline",
    "avrr",
    "avr_stranded",
    "independent_return",
    "labour_return",
    "voluntary_repatriation",
    "consular_documents",
    "origin_reception",
    "reintegration_support",
    "virtual_engagement",
    "labour_channels",
    "free_movement",
    "counsellor",
];

/// One entry as the host wrote it: every field optional, so that a missing field is reported by
/// `check` (naming it) rather than failing the whole directory.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct RawReferral {
    pub name: Option<String>,
    pub helps_with: Option<Vec<String>>,
    pub phone: Option<String>,
    pub address: Option<String>,
    pub hours: Option<String>,
    pub languages: Option<Vec<String>>,
    pub website: Option<String>,
}

/// A checked entry, ready to show. `phone` is kept as written (for reading aloud and copying);
/// `tel` is the `tel:` link made from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Referral {
    pub name: String,
    pub helps_with: Vec<String>,
    pub phone: Option<String>,
    pub tel: Option<String>,
    pub address: Option<String>,
    pub hours: Option<String>,
    /// BCP 47 language tags (`ar`, `fa-AF`): the widget names them in the person's language.
    pub languages: Vec<String>,
    pub website: Option<String>,
}

impl Referral {
    /// Whether this entry belongs on the card of path `path_id` of kind `kind`.
    pub fn helps(&self, path_id: &str, kind: &str) -> bool {
        self.helps_with.iter().any(|h| h == path_id || h == kind)
    }
}

/// One entry as it reached the widget: the typed fields and the names of every field the host
/// wrote (to name the unknown ones), or why it could not be read at all (not an object, a field
/// of the wrong type: serde's own message).
pub type Given = Result<(RawReferral, Vec<String>), String>;

/// Whether `id` is a path id an entry may name: a contract path, or a country pack's id
/// (`regularisation_<cc>_<name>` such as `regularisation_de_25b`, or `<cc>_<name>`).
pub fn known_path(id: &str) -> bool {
    if KINDS.contains(&id) || CONTRACT_PATHS.contains(&id) {
        return true;
    }
    let word = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    let cc = |s: &str| s.len() == 2 && s.chars().all(|c| c.is_ascii_lowercase());
    let rest = id.strip_prefix("regularisation_").unwrap_or(id);
    id.len() <= 80 && rest.split_once('_').is_some_and(|(c, name)| cc(c) && word(name))
}

fn problem(at: String, given: &str, allowed: &str) -> HostProblem {
    HostProblem { option: at, given: given.chars().take(80).collect(), allowed: allowed.to_string() }
}

/// A shown text: trimmed, bounded, no control characters.
fn text(v: &Option<String>, max: usize) -> Result<Option<String>, String> {
    let Some(s) = v.as_deref().map(str::trim) else { return Ok(None) };
    if s.is_empty() {
        return Ok(None);
    }
    if s.chars().any(char::is_control) {
        return Err("no control characters (such as new lines)".into());
    }
    if s.chars().count() > max {
        return Err(format!("at most {max} characters"));
    }
    Ok(Some(s.to_string()))
}

/// A phone number as written, and its `tel:` link: digits, spaces and `+ - ( ) . /` only, at
/// least three digits; a leading `tel:` is accepted.
pub fn tel(v: &str) -> Result<(String, String), &'static str> {
    let shown = v.trim().strip_prefix("tel:").unwrap_or(v.trim()).trim();
    if shown.chars().count() > MAX_PHONE {
        return Err("at most 32 characters");
    }
    if !shown.chars().all(|c| c.is_ascii_digit() || " +-().//".contains(c)) {
        return Err("digits, spaces and + - ( ) . / only, or a tel: link");
    }
    let digits: String = shown.chars().filter(|c| c.is_ascii_digit()).collect();
    if digits.len() < 3 {
        return Err("at least three digits");
    }
    if shown[1..].contains('+') || (shown.contains('+') && !shown.starts_with('+')) {
        return Err("a + only at the start");
    }
    let plus = if shown.starts_with('+') { "+" } else { "" };
    Ok((shown.to_string(), format!("tel:{plus}{digits}")))
}

/// A BCP 47 language tag, loosely: a 2 or 3 letter language, then subtags of 2 to 8 letters or digits.
pub fn language_tag(v: &str) -> bool {
    let mut parts = v.split('-');
    let first = parts.next().unwrap_or("");
    (2..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
        && v.len() <= 35
}

/// Checks one entry; `Err` lists why it is dropped. Unknown field names go to `warnings`.
fn entry(i: usize, raw: &RawReferral, keys: &[String], warnings: &mut Vec<HostProblem>) -> Result<Referral, Vec<HostProblem>> {
    let at = |f: &str| format!("referrals[{i}].{f}");
    for k in keys.iter().filter(|k| !FIELDS.contains(&k.as_str())) {
        warnings.push(problem(at(k), k, &format!("an unknown field, ignored; the fields are {}", FIELDS.join(", "))));
    }
    let mut bad = Vec::new();
    let mut field = |f: &str, v: &Option<String>, max: usize| match text(v, max) {
        Ok(t) => t,
        Err(why) => {
            bad.push(problem(at(f), v.as_deref().unwrap_or(""), &why));
            None
        }
    };
    let name = field("name", &raw.name, MAX_NAME);
    let address = field("address", &raw.address, MAX_ADDRESS);
    let hours = field("hours", &raw.hours, MAX_HOURS);
    let website_text = field("website", &raw.website, MAX_WEBSITE);
    if name.is_none() && raw.name.as_deref().is_none_or(|n| n.trim().is_empty()) {
        bad.push(problem(at("name"), "", "a name is required (at most 120 characters)"));
    }
    let website = match website_text {
        Some(w) => match super::check_https_url(&w) {
            Ok(()) => Some(w),
            Err(why) => {
                bad.push(problem(at("website"), &w, &format!("an absolute https:// address ({why})")));
                None
            }
        },
        None => None,
    };
    let (phone, tel) = match raw.phone.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
        Some(p) => match tel(p) {
            Ok((shown, link)) => (Some(shown), Some(link)),
            Err(why) => {
                bad.push(problem(at("phone"), p, why));
                (None, None)
            }
        },
        None => (None, None),
    };
    let helps_with: Vec<String> = raw.helps_with.clone().unwrap_or_default().iter().map(|h| h.trim().to_string()).collect();
    if helps_with.is_empty() {
        bad.push(problem(at("helps_with"), "", "a list of path ids or kinds (protection, return, stay, advice)"));
    } else if helps_with.len() > MAX_HELPS_WITH {
        bad.push(problem(at("helps_with"), &helps_with.join(","), &format!("at most {MAX_HELPS_WITH} items")));
    }
    for h in helps_with.iter().filter(|h| !known_path(h)) {
        bad.push(problem(at("helps_with"), h, "a path id of vocabulary.md (such as asylum_referral) or a kind: protection, return, stay, advice"));
    }
    let languages: Vec<String> = raw.languages.clone().unwrap_or_default().iter().map(|l| l.trim().to_string()).collect();
    if languages.len() > MAX_LANGUAGES {
        bad.push(problem(at("languages"), &languages.join(","), &format!("at most {MAX_LANGUAGES} languages")));
    }
    for l in languages.iter().filter(|l| !language_tag(l)) {
        bad.push(problem(at("languages"), l, "language tags such as ar, fa or pt-BR"));
    }
    if phone.is_none() && website.is_none() && address.is_none() && bad.is_empty() {
        bad.push(problem(at("phone"), "", "at least one way to reach the service: phone, website or address"));
    }
    if !bad.is_empty() {
        return Err(bad);
    }
    Ok(Referral { name: name.unwrap_or_default(), helps_with, phone, tel, address, hours, languages, website })
}

/// Checks a directory. Returns the entries to show, in the host's order, and every problem (for the
/// console): warnings for ignored fields, and one line per reason an entry was dropped. `dropped`
/// counts the entries not shown, so the page can say that some were left out.
pub fn check(given: Vec<Given>) -> Checked {
    let mut out = Checked::default();
    let total = given.len();
    for (i, g) in given.into_iter().enumerate() {
        if i >= MAX_ENTRIES {
            out.problems.push(problem(
                format!("referrals[{MAX_ENTRIES}..]"),
                &format!("{total} entries"),
                &format!("at most {MAX_ENTRIES} entries; the rest were dropped"),
            ));
            out.dropped += total - MAX_ENTRIES;
            break;
        }
        match g {
            Err(why) => {
                out.problems.push(problem(format!("referrals[{i}]"), &why, "an object with the fields name, helps_with, phone, address, hours, languages, website (texts, and lists of texts for helps_with and languages); this entry was dropped"));
                out.dropped += 1;
            }
            Ok((raw, keys)) => match entry(i, &raw, &keys, &mut out.problems) {
                Ok(r) => out.entries.push(r),
                Err(ps) => {
                    out.problems.extend(ps.into_iter().map(|mut p| {
                        p.allowed.push_str("; this entry was dropped");
                        p
                    }));
                    out.dropped += 1;
                }
            },
        }
    }
    out
}

/// The outcome of `check`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Checked {
    pub entries: Vec<Referral>,
    pub problems: Vec<HostProblem>,
    pub dropped: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An entry from JSON text, the way the widget gets it (typed by serde, keys listed).
    fn given(json: &str) -> Given {
        let v: serde_json::Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
        let keys = v.as_object().map(|o| o.keys().cloned().collect()).unwrap_or_default();
        let raw: RawReferral = serde_json::from_value(v).map_err(|e| e.to_string())?;
        Ok((raw, keys))
    }

    const GOOD: &str = r#"{"name": "Beratungsstelle Mitte", "helps_with": ["asylum_referral", "return"],
        "phone": "+49 30 123 456", "address": "Hauptstr. 1, 10115 Berlin", "hours": "Mo-Fr 9-16",
        "languages": ["ar", "fa", "de"], "website": "https://beratung.example.org/"}"#;

    #[test]
    fn a_good_entry_is_taken_with_a_tel_link() {
        let c = check(vec![given(GOOD)]);
        assert!(c.problems.is_empty(), "{:?}", c.problems);
        let r = &c.entries[0];
        assert_eq!(r.tel.as_deref(), Some("tel:+4930123456"));
        assert_eq!(r.phone.as_deref(), Some("+49 30 123 456"));
        assert!(r.helps("asylum_referral", "protection") && r.helps("avrr", "return") && !r.helps("legal_advice", "stay"));
    }

    #[test]
    fn links_other_than_https_and_tel_drop_the_entry_naming_the_field() {
        for (field, value) in [
            ("website", "http://clinic.example.org"),
            ("website", "javascript:alert(1)"),
            ("website", "data:text/html,<b>x</b>"),
            ("phone", "sms:+4912345"),
            ("phone", "12"),
            ("phone", "+49 30 12 34 56 78 90 12 34 56 78 90 12 34"),
            ("phone", "0049+30"),
        ] {
            let json = GOOD.replace("\"https://beratung.example.org/\"", "\"https://ok.example.org/\"");
            let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
            v[field] = serde_json::Value::String(value.into());
            let c = check(vec![given(&v.to_string())]);
            assert!(c.entries.is_empty(), "{field}={value} must drop the entry");
            assert_eq!(c.dropped, 1);
            assert!(c.problems.iter().any(|p| p.option == format!("referrals[0].{field}") && p.allowed.contains("dropped")), "{field}={value}: {:?}", c.problems);
        }
    }

    #[test]
    fn a_bad_entry_is_dropped_and_the_good_ones_stay() {
        let c = check(vec![
            given(r#"{"name": "No way to reach", "helps_with": ["avrr"]}"#),
            given(GOOD),
            given(r#"{"name": "Wrong path", "helps_with": ["asylum"], "phone": "112"}"#),
            given(r#""just text""#),
            given(r#"{"name": 5, "helps_with": ["avrr"], "phone": "112"}"#),
            given(r#"{"helps_with": ["avrr"], "phone": "112"}"#),
        ]);
        assert_eq!(c.entries.len(), 1);
        assert_eq!(c.entries[0].name, "Beratungsstelle Mitte");
        assert_eq!(c.dropped, 5);
        let at: Vec<&str> = c.problems.iter().map(|p| p.option.as_str()).collect();
        for want in ["referrals[0].phone", "referrals[2].helps_with", "referrals[3]", "referrals[4]", "referrals[5].name"] {
            assert!(at.contains(&want), "{want} named in {at:?}");
        }
    }

    #[test]
    fn unknown_fields_are_named_and_the_entry_kept() {
        let json = GOOD.replace("\"name\"", "\"email\": \"a@b.org\", \"name\"");
        let c = check(vec![given(&json)]);
        assert_eq!(c.entries.len(), 1, "kept");
        assert_eq!(c.problems.len(), 1);
        assert_eq!(c.problems[0].option, "referrals[0].email");
        assert!(c.problems[0].allowed.contains("unknown field"));
    }

    #[test]
    fn lengths_and_counts_are_bounded() {
        let long = "x".repeat(MAX_NAME + 1);
        let c = check(vec![given(&GOOD.replace("Beratungsstelle Mitte", &long))]);
        assert!(c.entries.is_empty() && c.problems[0].option == "referrals[0].name", "{:?}", c.problems);
        let c = check(vec![given(&GOOD.replace("Mo-Fr 9-16", "Mo\\nFr"))]);
        assert!(c.entries.is_empty(), "a control character drops the entry");
        let many: Vec<Given> = (0..MAX_ENTRIES + 7).map(|_| given(GOOD)).collect();
        let c = check(many);
        assert_eq!(c.entries.len(), MAX_ENTRIES);
        assert_eq!(c.dropped, 7);
        assert!(c.problems.iter().any(|p| p.allowed.contains("at most 50 entries")));
    }

    #[test]
    fn languages_are_tags() {
        assert!(language_tag("ar") && language_tag("fa-AF") && language_tag("pt-BR") && language_tag("zh-Hant-TW"));
        assert!(!language_tag("Arabic") && !language_tag("a") && !language_tag("ar_EG") && !language_tag(""));
        let c = check(vec![given(&GOOD.replace("\"fa\"", "\"Farsi\""))]);
        assert!(c.entries.is_empty());
    }

    #[test]
    fn path_ids_of_the_contract_and_of_country_packs_are_nameable() {
        assert!(known_path("asylum_referral") && known_path("protection"));
        assert!(known_path("de_reag_garp") && known_path("regularisation_pt_art_122"));
        assert!(!known_path("asylum") && !known_path("regularisation_DE_x") && !known_path("x") && !known_path("deu_x"));
    }
}
