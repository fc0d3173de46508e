//! The first screen before the wasm (issue 12): the loader script (`www/first.js`) chooses the
//! language and the exit address as the widget does. This holds the widget's own functions to the
//! table in `tests/first-screen.json`; `tests/browser/first.test.mjs` holds the built script to the
//! same table, so the two agree wherever the table looks.

use waymark::{host, i18n};

#[test]
fn the_table_of_options_and_languages_is_what_the_widget_makes_of_them() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/first-screen.json")).unwrap();
    let table: serde_json::Value = serde_json::from_str(&text).unwrap();
    let rows = table["rows"].as_array().unwrap();
    assert!(rows.len() > 400, "{} rows", rows.len());
    let locales: Vec<&str> = i18n::built().map(|l| l.code).collect();
    let packs: Vec<&str> = waymark::rules::ids().collect();
    let mut differ = Vec::new();
    for row in rows {
        let pairs: Vec<(String, String)> = row["pairs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| (p[0].as_str().unwrap().to_string(), p[1].as_str().unwrap().to_string()))
            .collect();
        let browser: Vec<String> = row["browser"].as_array().unwrap().iter().map(|b| b.as_str().unwrap().to_string()).collect();
        let (o, _) = host::parse(&pairs, &locales, &packs, waymark::engine::facts::ISO_COUNTRIES);
        let got = serde_json::json!({
            "lang": i18n::negotiate(o.lang.as_deref(), &browser),
            "exit_url": o.exit_url,
            "host_origin": o.host_origin,
        });
        let want = serde_json::json!({ "lang": row["lang"], "exit_url": row["exit_url"], "host_origin": row["host_origin"] });
        if got != want {
            differ.push(format!("{pairs:?} {browser:?}: widget {got}, table {want}"));
        }
    }
    assert!(differ.is_empty(), "{} rows differ:\n{}", differ.len(), differ.join("\n"));
    // The table covers each kind of answer.
    for lang in &locales {
        assert!(rows.iter().any(|r| r["lang"] == *lang), "no row chooses {lang}");
    }
    assert!(rows.iter().any(|r| r["exit_url"] == host::DEFAULT_EXIT_URL) && rows.iter().any(|r| r["exit_url"] != host::DEFAULT_EXIT_URL));
    assert!(rows.iter().any(|r| r["host_origin"].is_null()) && rows.iter().any(|r| r["host_origin"].is_string()));
}

#[test]
fn every_language_s_first_screen_is_rendered_from_its_own_messages() {
    for l in i18n::built() {
        let html = waymark::first::html(l.code, i18n::built());
        for id in ["start-heading", "start-what", "start-private", "btn-start", "btn-leave", "btn-leave-skip", "start-safety-link", "start-loading"] {
            let words = i18n::tr(l.code, id).replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;");
            assert!(i18n::has(l.code, id), "{} has no {id}", l.code);
            assert!(html.contains(&words), "{}: {id} is not in its first screen", l.code);
        }
        assert_eq!(html.matches("data-testid=\"start\"").count(), 1);
        assert!(html.contains(&format!("dir=\"{}\"", if l.rtl { "rtl" } else { "ltr" })));
    }
}
