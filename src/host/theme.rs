//! A host's colours and logo, checked for WCAG AA contrast before they reach the page.
//!
//! A theme is a small set of CSS custom properties on the widget's root (`--wm-text`,
//! `--wm-background`, `--wm-accent`, `--wm-button-text`; `www/style.css` reads them with the
//! widget's own colours as fallbacks) and a logo given as a `data:` image only (an address would be
//! a request after boot, which the page's lock forbids, and would tell a third party who is
//! reading). Quick exit keeps its own red and the focus ring its yellow, whatever the theme: a
//! person must always recognise the way out.
//!
//! Every pair the widget draws is checked at 4.5:1 (WCAG 2.2 SC 1.4.3, normal text): text on
//! background, button text on accent (buttons), accent on background (links and the accent line).
//! A colour a host leaves out is the widget's own, and still checked with the others. A theme with
//! a failing pair is refused whole, with a message naming the pair and its ratio: half a theme
//! could be worse than none.

use super::HostProblem;
use serde::Deserialize;

/// The fields a theme may have.
pub const FIELDS: &[&str] = &["text", "background", "accent", "button_text", "logo"];

/// The widget's own colours (`www/style.css`), used where a host sets none.
pub const DEFAULT_TEXT: Rgb = Rgb(0x0b, 0x0c, 0x0c);
pub const DEFAULT_BACKGROUND: Rgb = Rgb(0xff, 0xff, 0xff);
/// Links and the accent line; buttons are green (`DEFAULT_BUTTON`) until a host sets an accent.
pub const DEFAULT_ACCENT: Rgb = Rgb(0x1d, 0x70, 0xb8);
pub const DEFAULT_BUTTON: Rgb = Rgb(0x00, 0x70, 0x3c);
pub const DEFAULT_BUTTON_TEXT: Rgb = Rgb(0xff, 0xff, 0xff);

/// The largest logo accepted, in characters of its `data:` address (about 24 KB of image).
pub const MAX_LOGO: usize = 32 * 1024;
/// The minimum contrast ratio for normal-size text (WCAG 2.2 SC 1.4.3, level AA), times 10.
const MIN_RATIO_X10: u32 = 45;

/// A theme as the host wrote it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct RawTheme {
    pub text: Option<String>,
    pub background: Option<String>,
    pub accent: Option<String>,
    pub button_text: Option<String>,
    pub logo: Option<String>,
}

/// A colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rgb` or `#rrggbb` (the forms every host's design tool gives; named colours and `rgb()`
    /// are not read, so what is checked is exactly what is drawn).
    pub fn parse(s: &str) -> Option<Rgb> {
        let hex = s.trim().strip_prefix('#')?;
        if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return None;
        }
        let n = |a: &str| u8::from_str_radix(a, 16).ok();
        match hex.len() {
            3 => {
                let d: Vec<u8> = hex.chars().filter_map(|c| n(&format!("{c}{c}"))).collect();
                Some(Rgb(d[0], d[1], d[2]))
            }
            6 => Some(Rgb(n(&hex[0..2])?, n(&hex[2..4])?, n(&hex[4..6])?)),
            _ => None,
        }
    }

    /// `#rrggbb`, for the CSS property.
    pub fn css(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance (WCAG 2.2 definition), times 100,000, in integers (no `powf` in the
    /// widget): the sum of the channels' linear values weighted 0.2126, 0.7152, 0.0722.
    fn luminance(self) -> u32 {
        (2126 * LINEAR[self.0 as usize] + 7152 * LINEAR[self.1 as usize] + 722 * LINEAR[self.2 as usize]) / 10_000
    }
}

/// Each sRGB channel value in linear light, times 100,000 (the WCAG formula; a test recomputes it).
#[rustfmt::skip]
const LINEAR: [u32; 256] = [
    0, 30, 61, 91, 121, 152, 182, 212, 243, 273, 304, 335, 368, 402, 439, 478,
    518, 561, 605, 651, 700, 750, 802, 857, 913, 972, 1033, 1096, 1161, 1229, 1298, 1370,
    1444, 1521, 1600, 1681, 1764, 1850, 1938, 2029, 2122, 2217, 2315, 2416, 2519, 2624, 2732, 2843,
    2956, 3071, 3190, 3310, 3434, 3560, 3689, 3820, 3955, 4092, 4231, 4374, 4519, 4667, 4817, 4971,
    5127, 5286, 5448, 5613, 5781, 5951, 6125, 6301, 6480, 6663, 6848, 7036, 7227, 7421, 7619, 7819,
    8022, 8228, 8438, 8650, 8866, 9084, 9306, 9531, 9759, 9990, 10224, 10462, 10702, 10946, 11193, 11444,
    11697, 11954, 12214, 12477, 12744, 13014, 13287, 13563, 13843, 14126, 14413, 14703, 14996, 15293, 15593, 15896,
    16203, 16513, 16827, 17144, 17465, 17789, 18116, 18447, 18782, 19120, 19462, 19807, 20156, 20508, 20864, 21223,
    21586, 21953, 22323, 22697, 23074, 23455, 23840, 24228, 24620, 25016, 25415, 25818, 26225, 26636, 27050, 27468,
    27889, 28315, 28744, 29177, 29614, 30054, 30499, 30947, 31399, 31855, 32314, 32778, 33245, 33716, 34191, 34670,
    35153, 35640, 36131, 36625, 37124, 37626, 38133, 38643, 39157, 39676, 40198, 40724, 41254, 41789, 42327, 42869,
    43415, 43966, 44520, 45079, 45641, 46208, 46778, 47353, 47932, 48515, 49102, 49693, 50289, 50888, 51492, 52100,
    52712, 53328, 53948, 54572, 55201, 55834, 56471, 57112, 57758, 58408, 59062, 59720, 60383, 61050, 61721, 62396,
    63076, 63760, 64448, 65141, 65837, 66539, 67244, 67954, 68669, 69387, 70110, 70838, 71569, 72306, 73046, 73791,
    74540, 75294, 76052, 76815, 77582, 78354, 79130, 79910, 80695, 81485, 82279, 83077, 83880, 84687, 85499, 86316,
    87137, 87962, 88792, 89627, 90466, 91310, 92158, 93011, 93869, 94731, 95597, 96469, 97345, 98225, 99110, 100000,
];

/// The contrast ratio of two colours, times 100 (4.5:1 is 450), rounded down.
pub fn ratio_x100(a: Rgb, b: Rgb) -> u32 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la >= lb { (la, lb) } else { (lb, la) };
    // (L1 + 0.05) / (L2 + 0.05), both sides times 100,000.
    (hi + 5000) * 100 / (lo + 5000)
}

/// A checked theme: the colours to set (`None`: the widget's own) and the logo.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Theme {
    pub text: Option<Rgb>,
    pub background: Option<Rgb>,
    pub accent: Option<Rgb>,
    pub button_text: Option<Rgb>,
    /// A `data:image/…` address.
    pub logo: Option<String>,
}

impl Theme {
    /// The CSS custom properties to set on the widget's root: (name, value). A themed text or
    /// background also sets the secondary text (`--wm-muted`) to the text colour and the notices'
    /// ground (`--wm-surface`) to the background, the one pair that was checked: our own greys
    /// were chosen for our own white.
    pub fn properties(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        for (name, c) in [("--wm-text", self.text), ("--wm-background", self.background), ("--wm-accent", self.accent), ("--wm-button-text", self.button_text)] {
            if let Some(c) = c {
                out.push((name, c.css()));
            }
        }
        if self.text.is_some() || self.background.is_some() {
            out.push(("--wm-muted", self.text.unwrap_or(DEFAULT_TEXT).css()));
            out.push(("--wm-surface", self.background.unwrap_or(DEFAULT_BACKGROUND).css()));
        }
        out
    }
}

fn problem(option: &str, given: &str, allowed: String) -> HostProblem {
    HostProblem { option: option.to_string(), given: given.chars().take(80).collect(), allowed }
}

/// A logo: a `data:` image of a common type, base64 or not, bounded, with nothing that could close
/// the attribute or the address.
fn check_logo(v: &str) -> Result<(), String> {
    if v.len() > MAX_LOGO {
        return Err(format!("a data: image of at most {} KiB", MAX_LOGO / 1024));
    }
    let rest = v.strip_prefix("data:image/").ok_or("a data:image/… address (png, jpeg, gif, webp or svg+xml); no http or https address")?;
    let (meta, data) = rest.split_once(',').ok_or("a data: address with a comma before the image")?;
    let ty = meta.split(';').next().unwrap_or("");
    if !["png", "jpeg", "gif", "webp", "svg+xml"].contains(&ty) {
        return Err("an image of type png, jpeg, gif, webp or svg+xml".into());
    }
    if data.is_empty() || v.chars().any(|c| c.is_whitespace() || c.is_control() || c == '"') {
        return Err("a data: address without spaces or quotes (base64 is safest)".into());
    }
    Ok(())
}

/// Checks a theme. `keys` are the field names the host wrote (unknown ones are named and ignored).
/// `Err` refuses the whole theme, each problem naming what failed.
pub fn check(raw: &RawTheme, keys: &[String]) -> (Option<Theme>, Vec<HostProblem>) {
    let mut problems = Vec::new();
    for k in keys.iter().filter(|k| !FIELDS.contains(&k.as_str())) {
        problems.push(problem(&format!("theme.{k}"), k, format!("an unknown field, ignored; the fields are {}", FIELDS.join(", "))));
    }
    let warnings = problems.len();
    let mut colour = |name: &str, v: &Option<String>| -> Option<Rgb> {
        let v = v.as_deref()?;
        let c = Rgb::parse(v);
        if c.is_none() {
            problems.push(problem(&format!("theme.{name}"), v, "a colour as #rgb or #rrggbb; the theme was refused".into()));
        }
        c
    };
    let t = Theme {
        text: colour("text", &raw.text),
        background: colour("background", &raw.background),
        accent: colour("accent", &raw.accent),
        button_text: colour("button_text", &raw.button_text),
        logo: raw.logo.clone().filter(|l| !l.trim().is_empty()),
    };
    if let Some(l) = &t.logo {
        if let Err(why) = check_logo(l) {
            problems.push(problem("theme.logo", l, format!("{why}; the theme was refused")));
        }
    }
    let text = t.text.unwrap_or(DEFAULT_TEXT);
    let background = t.background.unwrap_or(DEFAULT_BACKGROUND);
    let button = t.accent.unwrap_or(DEFAULT_BUTTON);
    let accent = t.accent.unwrap_or(DEFAULT_ACCENT);
    let button_text = t.button_text.unwrap_or(DEFAULT_BUTTON_TEXT);
    for (a, an, b, bn, what) in [
        (text, "text", background, "background", "text on the background"),
        (button_text, "button_text", button, "accent", "button text on buttons"),
        (accent, "accent", background, "background", "links and the accent line on the background"),
    ] {
        let r = ratio_x100(a, b);
        if r < MIN_RATIO_X10 * 10 {
            problems.push(problem(
                &format!("theme.{an}/theme.{bn}"),
                &format!("{} on {}", a.css(), b.css()),
                format!(
                    "a contrast of at least 4.5:1 for {what} (WCAG 2.2 AA); this pair has {}.{:02}:1, so the theme was refused",
                    r / 100,
                    r % 100
                ),
            ));
        }
    }
    if problems.len() > warnings {
        (None, problems)
    } else {
        (Some(t), problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(json: &str) -> (RawTheme, Vec<String>) {
        let v: serde_json::Value = serde_json::from_str(json).unwrap();
        let keys = v.as_object().unwrap().keys().cloned().collect();
        (serde_json::from_value(v).unwrap(), keys)
    }

    #[test]
    fn the_linear_table_is_the_wcag_formula() {
        for (c, v) in LINEAR.iter().enumerate() {
            let s = c as f64 / 255.0;
            let l = if s <= 0.04045 { s / 12.92 } else { ((s + 0.055) / 1.055).powf(2.4) };
            assert_eq!(*v, (l * 100_000.0).round() as u32, "channel {c}");
        }
    }

    #[test]
    fn contrast_ratios_match_wcag() {
        assert_eq!(ratio_x100(Rgb(0, 0, 0), Rgb(255, 255, 255)), 2100);
        assert_eq!(ratio_x100(Rgb(255, 255, 255), Rgb(255, 255, 255)), 100);
        // #767676 on white is the well-known 4.54:1; #777777 fails at 4.47:1.
        assert_eq!(ratio_x100(Rgb::parse("#767676").unwrap(), DEFAULT_BACKGROUND), 454);
        assert_eq!(ratio_x100(Rgb::parse("#777").unwrap(), DEFAULT_BACKGROUND), 447);
        // The widget's own colours pass.
        assert!(ratio_x100(DEFAULT_ACCENT, DEFAULT_BACKGROUND) >= 450);
        assert!(ratio_x100(DEFAULT_BUTTON_TEXT, DEFAULT_ACCENT) >= 450);
        assert!(ratio_x100(DEFAULT_BUTTON_TEXT, DEFAULT_BUTTON) >= 450);
        assert!(ratio_x100(DEFAULT_TEXT, DEFAULT_BACKGROUND) >= 450);
    }

    #[test]
    fn a_good_theme_is_taken_and_becomes_custom_properties() {
        let (r, k) = raw(r##"{"text": "#1a1a1a", "background": "#fffbe6", "accent": "#6a1b9a", "button_text": "#fff", "logo": "data:image/png;base64,iVBORw0KGgo="}"##);
        let (t, problems) = check(&r, &k);
        assert!(problems.is_empty(), "{problems:?}");
        let t = t.unwrap();
        assert_eq!(t.properties()[0], ("--wm-text", "#1a1a1a".to_string()));
        assert_eq!(t.properties()[3], ("--wm-button-text", "#ffffff".to_string()));
        assert_eq!(t.properties()[5], ("--wm-surface", "#fffbe6".to_string()), "notices sit on the checked background");
        assert!(t.logo.is_some());
    }

    #[test]
    fn a_failing_pair_refuses_the_theme_and_is_named() {
        let (r, k) = raw(r##"{"accent": "#ffdd00"}"##);
        let (t, problems) = check(&r, &k);
        assert!(t.is_none());
        let names: Vec<&str> = problems.iter().map(|p| p.option.as_str()).collect();
        assert!(names.contains(&"theme.button_text/theme.accent"), "{names:?}");
        assert!(names.contains(&"theme.accent/theme.background"), "{names:?}");
        assert!(problems[0].allowed.contains("4.5:1") && problems[0].allowed.contains(":1, so the theme was refused"));
        // A dark background with the widget's own dark text: the text pair fails.
        let (r, k) = raw(r##"{"background": "#222222"}"##);
        let (t, problems) = check(&r, &k);
        assert!(t.is_none());
        assert_eq!(problems[0].option, "theme.text/theme.background");
    }

    #[test]
    fn colours_and_logos_in_other_forms_are_refused() {
        for bad in [r#"{"text": "black"}"#, r#"{"text": "rgb(0,0,0)"}"#, r##"{"text": "#12345"}"##, r#"{"logo": "https://cdn.example.org/logo.png"}"#, r#"{"logo": "data:text/html;base64,PGI+"}"#, r#"{"logo": "data:image/png;base64,a b"}"#] {
            let (r, k) = raw(bad);
            let (t, problems) = check(&r, &k);
            assert!(t.is_none(), "{bad}");
            assert!(problems[0].allowed.contains("refused"), "{bad}: {problems:?}");
        }
        let huge = format!(r#"{{"logo": "data:image/png;base64,{}"}}"#, "A".repeat(MAX_LOGO));
        let (r, k) = raw(&huge);
        assert!(check(&r, &k).0.is_none());
    }

    #[test]
    fn unknown_fields_are_named_but_do_not_refuse_a_good_theme() {
        let (r, k) = raw(r##"{"text": "#000", "font": "Comic Sans"}"##);
        let (t, problems) = check(&r, &k);
        assert!(t.is_some());
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].option, "theme.font");
    }
}
