//! The native command line: evaluate facts, validate a pack, enumerate every reachable answer set,
//! draw the flow. A thin binary over the library; every error names what was wrong and what is
//! allowed, and exits 2.

use std::process::ExitCode;
use waymark::engine::{evaluate, facts, Date};
use waymark::{flow, proof, rules};

const USAGE: &str = "usage:
  waymark evaluate --pack PACK [--on YYYY-MM-DD] FACTS.json
                                            evaluate facts (PACK: generic or a country pack id) on
                                            a day (default today, UTC); the JSON says the day used
  waymark validate PACK_FILE.json           list every problem in a pack file
  waymark enumerate --pack PACK [--on YYYY-MM-DD]
                                            evaluate every reachable answer set, check the invariants
  waymark graph                             print the question flow as Graphviz dot
  waymark screens                           every screen of the flow and walks that show them all (JSON)
  waymark sizes                             what each locale and pack adds to the widget, in bytes as embedded
  waymark prerender [LOCALES]               the first screen in every shipped language (or in English and
                                            LOCALES, as WAYMARK_LOCALES gives them), as JSON for the build";

fn fail(msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("waymark: {msg}");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let a: Vec<&str> = args.iter().map(String::as_str).collect();
    match a.as_slice() {
        ["evaluate", rest @ ..] => {
            let (pack, on, file) = match pack_and_rest(rest).and_then(|(p, more)| Ok((p, on_and_rest(more)?))) {
                Ok((p, (on, [f]))) => (p, on, *f),
                Ok(_) => return fail(format!("evaluate takes --pack PACK, optionally --on YYYY-MM-DD, and one facts file\n{USAGE}")),
                Err(e) => return fail(e),
            };
            let pack = match rules::load(pack) {
                Ok(p) => p,
                Err(problems) => return fail(problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n")),
            };
            let text = match std::fs::read_to_string(file) {
                Ok(t) => t,
                Err(e) => return fail(format!("cannot read `{file}`: {e}")),
            };
            let f = match facts::from_json(&text) {
                Ok(f) => f,
                Err(errors) => return fail(format!("`{file}`:\n  {}", errors.join("\n  "))),
            };
            let result = evaluate(&pack, &f, on);
            println!("{}", serde_json::to_string_pretty(&result).expect("an assessment always serialises"));
            ExitCode::SUCCESS
        }
        ["validate", file] => {
            let text = match std::fs::read_to_string(file) {
                Ok(t) => t,
                Err(e) => return fail(format!("cannot read `{file}`: {e}")),
            };
            match rules::load_text(&text) {
                Ok(p) => {
                    println!(
                        "{file}: pack `{}` is valid: {} paths, {} rules, {} holds, {} notices; rules as of {}, reviewed {}",
                        p.id, p.paths.len(), p.rules.len(), p.holds.len(), p.notices.len(), p.rules_as_of, p.reviewed
                    );
                    ExitCode::SUCCESS
                }
                Err(problems) => {
                    eprintln!("{file}: {} problem(s):", problems.len());
                    for p in problems {
                        eprintln!("  {p}");
                    }
                    ExitCode::from(2)
                }
            }
        }
        ["enumerate", rest @ ..] => {
            let (pack_id, on) = match pack_and_rest(rest).and_then(|(p, more)| Ok((p, on_and_rest(more)?))) {
                Ok((p, (on, []))) => (p, on),
                Ok(_) => return fail(format!("enumerate takes --pack PACK and optionally --on YYYY-MM-DD\n{USAGE}")),
                Err(e) => return fail(e),
            };
            let pack = match rules::load(pack_id) {
                Ok(p) => p,
                Err(problems) => return fail(problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n")),
            };
            let start = std::time::Instant::now();
            let report = proof::run(&pack, on);
            println!("evaluated on {on}");
            println!("{}", report.summary(start.elapsed()));
            if report.failures.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) }
        }
        ["sizes"] => {
            for (what, sizes) in [("messages", waymark::i18n::shipped_sizes()), ("pack", rules::shipped_sizes())] {
                for (id, n) in sizes {
                    println!("{what} {id} {n}");
                }
            }
            ExitCode::SUCCESS
        }
        ["prerender", rest @ ..] if rest.len() <= 1 => {
            println!("{}", prerender(rest.first().copied()));
            ExitCode::SUCCESS
        }
        ["graph"] => {
            print!("{}", flow::graph::dot());
            ExitCode::SUCCESS
        }
        ["screens"] => {
            println!("{}", serde_json::to_string_pretty(&screens_json()).expect("plain JSON values serialise"));
            ExitCode::SUCCESS
        }
        ["--help"] | ["-h"] | ["help"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => fail(USAGE),
    }
}

/// The first screen, pre-rendered for Trunk's post-build hook (`scripts/post-build.mjs`), which
/// puts it in `index.html` and the values in the loader script (`www/first.js`): the screens of
/// every language of the build, English first (shown without JavaScript), the build's language
/// codes, and the default exit address (one source: `host::DEFAULT_EXIT_URL`). `only` is a
/// `WAYMARK_LOCALES` value: the build's languages are then English and those, in `LOCALES` order,
/// as `build.rs` and `i18n::built` make them.
fn prerender(only: Option<&str>) -> String {
    use waymark::i18n::{LOCALES, FALLBACK};
    let only: Vec<&str> = only.map(|o| o.split([' ', ',']).filter(|s| !s.is_empty()).collect()).unwrap_or_default();
    let locales: Vec<&waymark::i18n::Locale> = LOCALES.iter().filter(|l| only.is_empty() || l.code == FALLBACK || only.contains(&l.code)).collect();
    let screens: String = locales.iter().map(|l| waymark::first::html(l.code, locales.iter().copied())).collect();
    serde_json::json!({
        "locales": locales.iter().map(|l| l.code).collect::<Vec<_>>(),
        "default_exit_url": waymark::host::DEFAULT_EXIT_URL,
        "screens": screens,
    })
    .to_string()
}

/// Splits `--pack P` from the other arguments.
fn pack_and_rest<'a>(rest: &'a [&'a str]) -> Result<(&'a str, &'a [&'a str]), String> {
    match rest {
        ["--pack", p, more @ ..] => Ok((p, more)),
        _ => Err(format!("--pack PACK comes first; the packs are: {}\n{USAGE}", rules::ids().collect::<Vec<_>>().join(", "))),
    }
}

/// Splits an optional `--on YYYY-MM-DD` from the other arguments; without it, today.
fn on_and_rest<'a>(rest: &'a [&'a str]) -> Result<(Date, &'a [&'a str]), String> {
    match rest {
        ["--on", d, more @ ..] => match Date::parse(d) {
            Some(on) => Ok((on, more)),
            None => Err(format!("--on `{d}` is not a date in the form YYYY-MM-DD (for example 2026-11-29)")),
        },
        ["--on"] => Err("--on needs a date in the form YYYY-MM-DD".to_string()),
        _ => Ok((today(), rest)),
    }
}

/// Today's date (UTC) from the system clock: the binary's default, never the engine's.
fn today() -> Date {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    // Days since 1970-01-01 to a civil date (Howard Hinnant's `civil_from_days`).
    let z = (secs / 86_400) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
    Date::new(year, month, day).expect("the system clock gives a real day")
}

/// The questions, every screen variant and the covering walks, for the browser tests: they drive
/// the widget along the walks, so the screens they check come from the flow, not from a list.
fn screens_json() -> serde_json::Value {
    use flow::{Answer, Ask};
    use waymark::screens;
    use serde_json::json;
    let questions: Vec<_> = flow::questions()
        .iter()
        .map(|q| {
            let (kind, prefer_not) = match q.ask {
                Ask::One { prefer_not, .. } => ("one", prefer_not),
                Ask::Many { .. } => ("many", true),
                Ask::Countries => ("countries", true),
                Ask::Gate => ("gate", false),
            };
            json!({ "id": q.id, "kind": kind, "prefer_not": prefer_not, "sensitive": q.sensitive })
        })
        .collect();
    let screen = |s: &screens::Screen| json!({ "question": s.question, "options": s.options });
    let answer = |id: &str, a: &Answer| match a {
        Answer::One(Some(v)) => json!({ "question": id, "value": v }),
        Answer::One(None) | Answer::PreferNot => json!({ "question": id, "prefer_not": true }),
        Answer::Ticked(t) => json!({ "question": id, "ticked": t.iter().map(|(f, v)| format!("{f}={v}")).collect::<Vec<_>>() }),
        Answer::Gate(yes) => json!({ "question": id, "gate": yes }),
        Answer::Countries(host, origin) => json!({ "question": id, "host": host, "origin": origin }),
    };
    let walks: Vec<_> = screens::covering_walks(&rules::ids().collect::<Vec<_>>())
        .iter()
        .map(|w| {
            json!({
                "route": w.route,
                "answers": w.answers.iter().map(|(id, a)| answer(id, a)).collect::<Vec<_>>(),
                "screens": w.screens.iter().map(screen).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({ "questions": questions, "screens": screens::all().iter().map(screen).collect::<Vec<_>>(), "walks": walks })
}
