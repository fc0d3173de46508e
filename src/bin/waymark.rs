//! The native command line: evaluate facts, validate a pack, enumerate every reachable answer set,
//! draw the flow. A thin binary over the library; every error names what was wrong and what is
//! allowed, and exits 2.

use std::process::ExitCode;
use waymark::engine::{evaluate, facts};
use waymark::{flow, rules};

const USAGE: &str = "usage:
  waymark evaluate --pack PACK FACTS.json   evaluate facts (PACK: generic or a country pack id)
  waymark validate PACK_FILE.json           list every problem in a pack file
  waymark enumerate --pack PACK             evaluate every reachable answer set, check the invariants
  waymark graph                             print the question flow as Graphviz dot
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
            let (pack, file) = match pack_and_rest(rest) {
                Ok((p, [f])) => (p, *f),
                Ok(_) => return fail(format!("evaluate takes --pack PACK and one facts file\n{USAGE}")),
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
            let result = evaluate(&pack, &f);
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
            let pack_id = match pack_and_rest(rest) {
                Ok((p, [])) => p,
                Ok(_) => return fail(format!("enumerate takes only --pack PACK\n{USAGE}")),
                Err(e) => return fail(e),
            };
            let pack = match rules::load(pack_id) {
                Ok(p) => p,
                Err(problems) => return fail(problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n")),
            };
            let start = std::time::Instant::now();
            let report = flow::enumerate::run(&pack);
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
