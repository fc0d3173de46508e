//! The host's options (exit address, first language, pack, country, host origin, theme, referral
//! directory, offline, read aloud), checked at the boundary.
//!
//! A host sets options on the mount element (`data-exit-url`, `data-lang`, `data-pack`,
//! `data-country`, `data-host-origin`, `data-theme`, `data-referrals`, `data-offline`,
//! `data-read-aloud`), in a `window.waymarkOptions` object, or, for an `<iframe>`, in the page's
//! query string. `theme` and `referrals` are objects (JSON text where only text can be given); they
//! are checked by `theme.rs` and `referrals.rs`. Every value is checked here; a bad one is dropped
//! with a problem naming the option, what was given and what is allowed, and the widget goes on with
//! the safe default. Pure, so it is tested natively; the UI only gathers the pairs and shows the
//! problems. Imports nothing of the crate (the caller passes the shipped locales and packs).

pub mod referrals;
pub mod theme;

/// Where quick exit goes when the host does not say: a neutral, non-personalised page (the one
/// GOV.UK's "Exit this page" uses).
pub const DEFAULT_EXIT_URL: &str = "https://www.bbc.co.uk/weather";

/// The checked options.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostOptions {
    pub exit_url: String,
    /// A shipped locale code, or `None` to negotiate from the browser.
    pub lang: Option<String>,
    /// A shipped pack id to use whatever the country answer, or `None` to choose by country.
    pub pack: Option<String>,
    /// The embedding page's origin, for asking it to leave when the browser forbids the widget to.
    pub host_origin: Option<String>,
    /// The country the host serves (ISO 3166-1 alpha-2, upper case): it answers "the country you
    /// are in now", so the person is not asked, and it selects the country's pack.
    pub country: Option<String>,
    /// The host's colours and logo (checked for contrast), or the widget's own.
    pub theme: Option<theme::Theme>,
    /// The host's referral directory, checked; shown first on the matching cards.
    pub referrals: Vec<referrals::Referral>,
    /// Whether the host wants the widget to work again without a network (a service worker that
    /// keeps the widget's own files; README "Offline"). Off unless the host says `on`: a cached
    /// copy can show someone else that the tool was used.
    pub offline: bool,
    /// Whether "read aloud" starts switched on (the person can switch it either way). Off unless the
    /// host says `on`: a voice speaking the questions may be overheard.
    pub read_aloud: bool,
}

impl Default for HostOptions {
    fn default() -> Self {
        Self {
            exit_url: DEFAULT_EXIT_URL.to_string(),
            lang: None,
            pack: None,
            host_origin: None,
            country: None,
            theme: None,
            referrals: Vec::new(),
            offline: false,
            read_aloud: false,
        }
    }
}

/// A rejected option, for the console (the page shows a translated summary).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostProblem {
    pub option: String,
    pub given: String,
    pub allowed: String,
}

impl std::fmt::Display for HostProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Quoted by hand: `{:?}` would bring the Debug escaper into the widget (0.3 KiB brotli).
        write!(f, "waymark: option `{}` = \"{}\" was ignored; allowed: {}", self.option, self.given, self.allowed)
    }
}

/// The option names, in each spelling a host may use.
const NAMES: &[(&str, &[&str])] = &[
    ("exit_url", &["exit_url", "exit-url", "exitUrl"]),
    ("lang", &["lang"]),
    ("pack", &["pack"]),
    ("host_origin", &["host_origin", "host-origin", "hostOrigin"]),
    ("country", &["country"]),
    ("theme", &["theme"]),
    ("referrals", &["referrals"]),
    ("offline", &["offline"]),
    ("read_aloud", &["read_aloud", "read-aloud", "readAloud"]),
];

/// The names of the options given as objects (JSON text in attributes and query strings).
pub const OBJECT_OPTIONS: &[&str] = &["theme", "referrals"];

/// Why an object option (`theme`, `referrals`) could not be read as one, before any check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unread {
    /// JSON text (in an attribute, the query string or the fragment) that does not parse.
    NotJson,
    /// A value of the wrong shape: not an object (theme), not a list (referrals).
    WrongShape,
    /// serde's message: a field of the wrong type.
    Field(String),
}

/// A theme as it reached the widget: its typed fields and the names the host wrote.
pub type GivenTheme = Result<(theme::RawTheme, Vec<String>), Unread>;

/// Applies a host's theme to the options (refused whole on any problem). Returns the problems.
pub fn take_theme(o: &mut HostOptions, given: GivenTheme) -> Vec<HostProblem> {
    let allowed = "an object with text, background, accent, button_text (colours as #rrggbb) and logo (a data: image)";
    match given {
        Ok((raw, keys)) => {
            let (t, problems) = theme::check(&raw, &keys);
            o.theme = t;
            problems
        }
        Err(why) => {
            o.theme = None;
            vec![HostProblem { option: "theme".into(), given: unread_words(&why), allowed: allowed.into() }]
        }
    }
}

/// Applies a host's referral directory (each entry already typed, or why not) to the options.
pub fn take_referrals(o: &mut HostOptions, given: Result<Vec<referrals::Given>, Unread>) -> Vec<HostProblem> {
    match given {
        Ok(entries) => {
            let checked = referrals::check(entries);
            o.referrals = checked.entries;
            checked.problems
        }
        Err(why) => {
            o.referrals = Vec::new();
            vec![HostProblem { option: "referrals".into(), given: unread_words(&why), allowed: "a list of entries (JSON text where only text can be given)".into() }]
        }
    }
}

/// Why an entry of the directory is not an object (for `referrals::Given`).
pub const NOT_AN_OBJECT: &str = "not an object";

fn unread_words(u: &Unread) -> String {
    match u {
        Unread::NotJson => "text that is not valid JSON".into(),
        Unread::WrongShape => "a value of the wrong shape".into(),
        Unread::Field(m) => m.clone(),
    }
}

/// Checks `name = value` pairs. Later pairs win (data attributes, then the JS object, then the
/// query string). `locales` and `packs` are the shipped ids, `countries` the ISO 3166-1 codes (the
/// caller passes the engine's list: this module sits below the engine).
pub fn parse(pairs: &[(String, String)], locales: &[&str], packs: &[&str], countries: &[&str]) -> (HostOptions, Vec<HostProblem>) {
    let mut o = HostOptions::default();
    let mut problems = Vec::new();
    let mut bad = |option: &str, given: &str, allowed: String| {
        problems.push(HostProblem { option: option.to_string(), given: given.to_string(), allowed })
    };
    for (name, value) in pairs {
        let Some((key, _)) = NAMES.iter().find(|(_, spellings)| spellings.contains(&name.as_str())) else {
            bad(name, value, format!("the options are {}", NAMES.iter().map(|(k, _)| *k).collect::<Vec<_>>().join(", ")));
            continue;
        };
        let v = value.trim();
        match *key {
            "exit_url" => match check_https_url(v) {
                Ok(()) => o.exit_url = v.to_string(),
                Err(why) => bad(key, value, format!("an absolute https:// address ({why})")),
            },
            "lang" => {
                if locales.contains(&v) {
                    o.lang = Some(v.to_string());
                } else {
                    bad(key, value, format!("one of {}", locales.join(", ")));
                }
            }
            "pack" => {
                if packs.contains(&v) {
                    o.pack = Some(v.to_string());
                } else {
                    bad(key, value, format!("one of {}", packs.join(", ")));
                }
            }
            "country" => {
                let cc = v.to_ascii_uppercase();
                if countries.contains(&cc.as_str()) {
                    o.country = Some(cc);
                } else {
                    bad(key, value, "an ISO 3166-1 alpha-2 country code such as DE, ES or MX".into());
                }
            }
            // The browser side reads these two as objects before this point; text here was not one.
            "theme" | "referrals" => bad(key, value, format!("{} given as an object (or as JSON text)", if *key == "theme" { "a theme" } else { "a list of entries" })),
            "offline" => match v {
                "on" => o.offline = true,
                "off" => o.offline = false,
                _ => bad(key, value, "on or off".to_string()),
            },
            "read_aloud" => match v {
                "on" => o.read_aloud = true,
                "off" => o.read_aloud = false,
                _ => bad(key, value, "on or off".to_string()),
            },
            _ => match check_origin(v) {
                Ok(()) => o.host_origin = Some(v.to_string()),
                Err(why) => bad(key, value, format!("an exact origin such as https://example.org ({why})")),
            },
        }
    }
    (o, problems)
}

fn host_ok(host: &str) -> bool {
    !host.is_empty()
        && host.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
        && !host.starts_with('.')
        && !host.starts_with('-')
}

/// An exit address (or a referral's website) must be `https:` with a host and nothing that could
/// run script or hide where it goes.
pub fn check_https_url(v: &str) -> Result<(), &'static str> {
    if v.chars().any(|c| c.is_whitespace() || c.is_control() || c == '\\' || c == '"' || c == '<' || c == '>') {
        return Err("no spaces, quotes, angle brackets or backslashes");
    }
    let rest = v.strip_prefix("https://").ok_or("it must start with https://")?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.contains('@') {
        return Err("no user name in the address");
    }
    if !host_ok(host) {
        return Err("it must name a host");
    }
    Ok(())
}

/// An origin is a scheme and a host (and port), nothing more. `https:` only, except the loopback
/// addresses a host uses while testing.
fn check_origin(v: &str) -> Result<(), &'static str> {
    let (scheme, host) = v.split_once("://").ok_or("it must start with https://")?;
    let loopback = host.starts_with("127.0.0.1") || host.starts_with("localhost");
    match scheme {
        "https" => {}
        "http" if loopback => {}
        _ => return Err("it must start with https://"),
    }
    if host.contains(['/', '?', '#', '@']) || !host_ok(host) {
        return Err("no path, query or user name");
    }
    Ok(())
}

/// Splits a query string (`?a=b&c=d`) into pairs, decoding `%XX` and `+`.
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|s| !s.is_empty())
        .map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                match u8::from_str_radix(std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("zz"), 16) {
                    Ok(b) => {
                        out.push(b);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(pairs: &[(&str, &str)]) -> (HostOptions, Vec<HostProblem>) {
        let v: Vec<(String, String)> = pairs.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        parse(&v, &["en", "ar"], &["generic", "de"], &["DE", "ES", "MX"])
    }

    #[test]
    fn an_exit_address_that_is_not_https_is_refused_and_the_default_kept() {
        for bad in ["http://example.org", "javascript:alert(1)", "https://", "https://a b", "https://user@evil.org", "//example.org", "data:text/html,x"] {
            let (o, problems) = p(&[("exit_url", bad)]);
            assert_eq!(o.exit_url, DEFAULT_EXIT_URL, "{bad}");
            assert_eq!(problems.len(), 1, "{bad}");
            assert!(problems[0].to_string().contains("exit_url") && problems[0].allowed.contains("https://"), "{bad}");
        }
        let (o, problems) = p(&[("data-exit-url", "https://x.org")]);
        assert_eq!(problems.len(), 1, "an unknown option name is named");
        assert_eq!(o.exit_url, DEFAULT_EXIT_URL);
    }

    #[test]
    fn good_options_are_taken() {
        let (o, problems) = p(&[("exitUrl", "https://news.example.org/today?x=1"), ("lang", "ar"), ("pack", "de"), ("hostOrigin", "https://ngo.example")]);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(o.exit_url, "https://news.example.org/today?x=1");
        assert_eq!(o.lang.as_deref(), Some("ar"));
        assert_eq!(o.pack.as_deref(), Some("de"));
        assert_eq!(o.host_origin.as_deref(), Some("https://ngo.example"));
        assert!(!o.offline, "offline is off unless the host says on");
    }

    #[test]
    fn offline_is_on_only_when_the_host_says_on() {
        assert!(p(&[("offline", "on")]).0.offline);
        assert!(!p(&[("offline", "on"), ("offline", "off")]).0.offline, "a later source wins");
        for bad in ["yes", "true", "1", "ON", ""] {
            let (o, problems) = p(&[("offline", bad)]);
            assert!(!o.offline, "{bad:?}");
            assert_eq!(problems.len(), 1, "{bad:?}");
            assert_eq!(problems[0].allowed, "on or off");
        }
    }

    #[test]
    fn unknown_language_pack_and_origin_are_refused_with_what_is_allowed() {
        let (o, problems) = p(&[("lang", "xx"), ("pack", "fr"), ("host_origin", "https://a.org/path"), ("host_origin", "*")]);
        assert_eq!(o, HostOptions::default());
        assert_eq!(problems.len(), 4);
        assert!(problems[0].allowed.contains("en, ar"));
        assert!(problems[1].allowed.contains("generic, de"));
    }

    #[test]
    fn a_country_is_an_iso_code() {
        let (o, problems) = p(&[("country", "de")]);
        assert!(problems.is_empty());
        assert_eq!(o.country.as_deref(), Some("DE"));
        for bad in ["DX", "Germany", "", "other", "D"] {
            let (o, problems) = p(&[("country", bad)]);
            assert_eq!(o.country, None, "{bad}");
            assert!(problems[0].allowed.contains("ISO 3166-1"), "{bad}");
        }
    }

    #[test]
    fn object_options_that_could_not_be_read_are_named_and_leave_the_defaults() {
        let mut o = HostOptions::default();
        let ps = take_theme(&mut o, Err(Unread::NotJson));
        assert_eq!(o.theme, None);
        assert_eq!(ps[0].option, "theme");
        assert!(ps[0].to_string().contains("not valid JSON"));
        let ps = take_referrals(&mut o, Err(Unread::Field("invalid type: integer `5`, expected a string".into())));
        assert!(o.referrals.is_empty());
        assert!(ps[0].to_string().contains("invalid type"));
        let raw = theme::RawTheme { background: Some("#000".into()), ..Default::default() };
        let ps = take_theme(&mut o, Ok((raw, vec!["background".into()])));
        assert!(o.theme.is_none() && ps[0].option.contains("theme.text/theme.background"), "{ps:?}");
    }

    #[test]
    fn read_aloud_is_off_unless_the_host_says_on() {
        assert!(!p(&[]).0.read_aloud, "off by default");
        for name in ["read_aloud", "read-aloud", "readAloud"] {
            let (o, problems) = p(&[(name, "on")]);
            assert!(o.read_aloud && problems.is_empty(), "{name}");
        }
        let (o, problems) = p(&[("read_aloud", "on"), ("read_aloud", "off")]);
        assert!(!o.read_aloud && problems.is_empty(), "a later off wins");
        for bad in ["yes", "true", "1", "ON", ""] {
            let (o, problems) = p(&[("read_aloud", bad)]);
            assert!(!o.read_aloud, "{bad:?} keeps the default");
            assert_eq!(problems.len(), 1, "{bad:?}");
            assert!(problems[0].to_string().contains("read_aloud") && problems[0].allowed == "on or off", "{bad:?}");
        }
    }

    #[test]
    fn query_strings_decode() {
        assert_eq!(query_pairs("?lang=ar&exit_url=https%3A%2F%2Fa.org%2F&x"), vec![
            ("lang".into(), "ar".into()),
            ("exit_url".into(), "https://a.org/".into()),
            ("x".into(), "".into())
        ]);
        assert_eq!(query_pairs("%zz=%"), vec![("%zz".into(), "%".into())]);
    }
}
