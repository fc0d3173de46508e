//! The widget's form of a shipped pack: the checked, merged `Pack` written as a flat list of
//! fields. `build.rs` builds every shipped pack as the CLI does (`pack::parse`, then `pack::build`
//! over the generic pack: every check) and writes it with `write`; the widget reads it back with
//! `read`. Both directions are in this file so that they are read side by side: each field is
//! written and read in the same order.
//!
//! Why: the widget used to read the pack files' JSON with a small reader of its own and merge each
//! country pack over the generic pack at run time. Reading this form instead needs no JSON reader,
//! no merge (the deep copy of the generic pack) and no field names in the data; the citations'
//! `source` notes, which the widget never shows (the CLI does), are left out. Measured on the
//! release build (2026-11-29): the first visit 12.0 KiB smaller as served with brotli (276.7 ->
//! 264.7 KiB), of which 7.9 KiB are the source notes.
//!
//! The form: fields separated by US (U+001F), in the order of the `Pack` struct; a string as it
//! is (a pack string holding US cannot be written: `write` gives `None`); a number in decimal; a
//! bool `0` or `1`; an `Option` as `0`, or `1` and the value; a list or a map as its length and
//! its items (a map's in key order); a condition as its JSON tag (`is`, `all`, …) and its body; a
//! citation as `seed` and the seed, or `official`, the title, the id and the read date. `read` is
//! total: any other text gives `None`, which the widget shows as a pack that cannot be used.
//!
//! Imports the pack model and `lean`; `build.rs` includes it with them (`#[path]`).

use crate::engine::pack::{Cite, Cond, Contact, Hold, Kind, NamedThing, Notice, Pack, PathSpec, Rank, Rule, Target};
use std::collections::BTreeMap;

/// The field separator.
const US: char = '\u{1f}';

const KINDS: [(Kind, &str); 4] = [(Kind::Protection, "protection"), (Kind::Return, "return"), (Kind::Stay, "stay"), (Kind::Advice, "advice")];

// ---- Writing (build.rs; the tests) ----

/// `pack` in the widget's form, or `None` when a string holds the separator.
pub fn write(pack: &Pack) -> Option<String> {
    let mut w = W(String::new(), false);
    w.s(&pack.id);
    w.s(&pack.jurisdiction);
    w.s(&pack.version);
    w.s(&pack.rules_as_of);
    w.s(&pack.reviewed);
    w.n(pack.names.len());
    for (k, n) in &pack.names {
        w.s(k);
        w.s(&n.name);
        w.cites(&n.cites);
    }
    w.n(pack.paths.len());
    for p in &pack.paths {
        w.s(&p.id);
        w.s(p.kind.as_str());
        w.b(p.journey);
        w.n(p.order as usize);
    }
    w.n(pack.rules.len());
    for r in &pack.rules {
        w.s(&r.id);
        w.s(&r.path);
        w.cond(&r.when);
        w.b(r.unless.is_some());
        if let Some(u) = &r.unless {
            w.cond(u);
        }
        w.strings(&r.overrides);
        w.opt(&r.from);
        w.opt(&r.until);
        w.cites(&r.cites);
    }
    w.n(pack.holds.len());
    for h in &pack.holds {
        w.s(&h.id);
        w.cond(&h.when);
        match &h.applies_to {
            Target::Journey(b) => {
                w.s("journey");
                w.b(*b);
            }
            Target::Paths(ps) => {
                w.s("paths");
                w.strings(ps);
            }
        }
        w.cites(&h.cites);
    }
    w.n(pack.notices.len());
    for n in &pack.notices {
        w.s(&n.id);
        w.cond(&n.when);
        w.n(n.paths_present.len());
        n.paths_present.iter().for_each(|ps| w.strings(ps));
        w.cites(&n.cites);
    }
    w.n(pack.ranks.len());
    for r in &pack.ranks {
        w.s(&r.id);
        w.cond(&r.when);
        w.cites(&r.cites);
    }
    w.n(pack.local_names.len());
    for (fact, names) in &pack.local_names {
        w.s(fact);
        w.n(names.len());
        for (value, name) in names {
            w.s(value);
            w.s(name);
        }
    }
    w.strings(&pack.victim_routes);
    w.n(pack.contacts.len());
    for c in &pack.contacts {
        w.strings(&c.paths);
        w.s(&c.name);
        for o in [&c.phone, &c.address, &c.hours, &c.website] {
            w.opt(o);
        }
        w.strings(&c.languages);
        w.cites(&c.cites);
    }
    w.n(pack.inherited.len());
    pack.inherited.iter().for_each(|i| w.s(i));
    // A string holding the separator would split into two fields.
    (!w.1).then_some(w.0)
}

/// The text written so far, and whether a string held the separator.
struct W(String, bool);

impl W {
    fn s(&mut self, s: &str) {
        self.1 |= s.contains(US);
        self.0.push_str(s);
        self.0.push(US);
    }
    fn n(&mut self, n: usize) {
        self.s(&n.to_string());
    }
    fn b(&mut self, b: bool) {
        self.s(if b { "1" } else { "0" });
    }
    fn opt(&mut self, o: &Option<String>) {
        self.b(o.is_some());
        if let Some(s) = o {
            self.s(s);
        }
    }
    fn strings(&mut self, v: &[String]) {
        self.n(v.len());
        v.iter().for_each(|s| self.s(s));
    }
    fn cites(&mut self, cs: &[Cite]) {
        self.n(cs.len());
        for c in cs {
            match c {
                Cite::Seed { seed } => {
                    self.s("seed");
                    self.s(seed);
                }
                // The `source` note stays out (see the file's opening comment).
                Cite::Official { title, id, read, .. } => {
                    self.s("official");
                    self.s(title);
                    self.s(id);
                    self.s(read);
                }
            }
        }
    }
    fn cond(&mut self, c: &Cond) {
        match c {
            Cond::Always(m) => {
                self.s("always");
                self.n(m.len());
                for (k, v) in m {
                    self.s(k);
                    self.s(v);
                }
            }
            Cond::Is(m) => {
                self.s("is");
                self.n(m.len());
                for (k, vs) in m {
                    self.s(k);
                    self.strings(vs);
                }
            }
            Cond::Absent(ks) => {
                self.s("absent");
                self.strings(ks);
            }
            Cond::Present(ks) => {
                self.s("present");
                self.strings(ks);
            }
            Cond::All(cs) | Cond::Any(cs) => {
                self.s(if matches!(c, Cond::All(_)) { "all" } else { "any" });
                self.n(cs.len());
                cs.iter().for_each(|c| self.cond(c));
            }
            Cond::Not(c) => {
                self.s("not");
                self.cond(c);
            }
        }
    }
}

// ---- Reading (the widget; the tests) ----

/// The pack written by `write`; `None` for any other text.
///
/// Written without early returns: a field that is missing or malformed reads as empty and marks
/// the text as not a pack (`R::ok`), and the answer is given at the end. (With `?` at every field,
/// each partly built struct needs its own clean-up code: that was 8 KB of the widget's code, 2.0
/// KiB of its first visit as served with brotli, measured 2026-11-30.) A list stops at the first problem, so no count makes it loop
/// past the end of the text.
pub fn read(text: &str) -> Option<Pack> {
    let mut r = R { fields: text.split(US), ok: true, depth: 0 };
    let pack = Pack {
        id: r.s(),
        jurisdiction: r.s(),
        version: r.s(),
        rules_as_of: r.s(),
        reviewed: r.s(),
        names: r.map(|r| NamedThing { name: r.s(), cites: r.cites() }),
        paths: r.list(|r| {
            let id = r.s();
            let kind = r.next();
            let kind = KINDS.iter().find(|(_, k)| *k == kind).map(|(k, _)| *k);
            r.ok &= kind.is_some();
            PathSpec { id, kind: kind.unwrap_or(Kind::Advice), journey: r.b(), order: r.n() as u32 }
        }),
        rules: r.list(|r| Rule {
            id: r.s(),
            path: r.s(),
            when: r.cond(),
            unless: if r.b() { Some(r.cond()) } else { None },
            overrides: r.strings(),
            from: r.opt(),
            until: r.opt(),
            cites: r.cites(),
        }),
        holds: r.list(|r| {
            let (id, when) = (r.s(), r.cond());
            let applies_to = match r.next() {
                "journey" => Target::Journey(r.b()),
                "paths" => Target::Paths(r.strings()),
                _ => {
                    r.ok = false;
                    Target::Journey(false)
                }
            };
            Hold { id, when, applies_to, cites: r.cites() }
        }),
        notices: r.list(|r| Notice { id: r.s(), when: r.cond(), paths_present: r.list(R::strings), cites: r.cites() }),
        ranks: r.list(|r| Rank { id: r.s(), when: r.cond(), cites: r.cites() }),
        local_names: r.map(|r| r.map(R::s)),
        victim_routes: r.strings(),
        contacts: r.list(|r| Contact {
            paths: r.strings(),
            name: r.s(),
            phone: r.opt(),
            address: r.opt(),
            hours: r.opt(),
            website: r.opt(),
            languages: r.strings(),
            cites: r.cites(),
        }),
        inherited: crate::lean::set_from(r.list(R::s)),
    };
    // Nothing after the last field (which `write` ends with a separator too).
    let end = r.next().is_empty() && r.fields.next().is_none();
    (r.ok && end).then_some(pack)
}

/// The fields still to read, whether all read so far were well-formed, and the depth of the
/// condition being read.
struct R<'a> {
    fields: std::str::Split<'a, char>,
    ok: bool,
    depth: u8,
}

impl<'a> R<'a> {
    fn next(&mut self) -> &'a str {
        let f = self.fields.next();
        self.ok &= f.is_some();
        f.unwrap_or_default()
    }
    fn s(&mut self) -> String {
        self.next().to_string()
    }
    fn n(&mut self) -> usize {
        let n = self.next().parse().ok();
        self.ok &= n.is_some();
        n.unwrap_or(0)
    }
    fn b(&mut self) -> bool {
        let f = self.next();
        self.ok &= f == "0" || f == "1";
        f == "1"
    }
    fn opt(&mut self) -> Option<String> {
        if self.b() { Some(self.s()) } else { None }
    }
    fn list<T>(&mut self, item: impl Fn(&mut Self) -> T) -> Vec<T> {
        let n = self.n();
        let mut v = Vec::new();
        while v.len() < n && self.ok {
            v.push(item(self));
        }
        v
    }
    fn strings(&mut self) -> Vec<String> {
        self.list(R::s)
    }
    /// A map's entries: each a key and what `value` reads.
    fn map<V>(&mut self, value: impl Fn(&mut Self) -> V) -> BTreeMap<String, V> {
        let n = self.n();
        let mut m = BTreeMap::new();
        let mut i = 0;
        while i < n && self.ok {
            let k = self.s();
            m.insert(k, value(self));
            i += 1;
        }
        m
    }
    fn cites(&mut self) -> Vec<Cite> {
        self.list(|r| match r.next() {
            "seed" => Cite::Seed { seed: r.s() },
            official => {
                r.ok &= official == "official";
                Cite::Official { title: r.s(), source: String::new(), id: r.s(), read: r.s() }
            }
        })
    }
    fn cond(&mut self) -> Cond {
        // Conditions nest a few levels; a deeper one is not a pack `write` wrote.
        self.ok &= self.depth < 32;
        if !self.ok {
            return Cond::Always(BTreeMap::new());
        }
        self.depth += 1;
        let c = match self.next() {
            "always" => Cond::Always(self.map(R::s)),
            "is" => Cond::Is(self.map(R::strings)),
            "absent" => Cond::Absent(self.strings()),
            "present" => Cond::Present(self.strings()),
            "all" => Cond::All(self.list(R::cond)),
            "any" => Cond::Any(self.list(R::cond)),
            "not" => Cond::Not(Box::new(self.cond())),
            _ => {
                self.ok = false;
                Cond::Always(BTreeMap::new())
            }
        };
        self.depth -= 1;
        c
    }
}

#[cfg(test)]
mod tests {
    use super::{read, write};
    use crate::engine::pack::{build, parse, Cite, Pack};

    /// A country pack that uses every field and every kind of condition, target and citation
    /// (the shipped packs do not yet: no `unless` with `absent`, no seed citation in a contact).
    fn everything() -> Pack {
        let cite = r#"[{"title": "Gesetz, § 1", "source": "A law, § 1", "id": "https://example.org/law", "read": "2026-01-01"}, {"seed": "004:669-673"}]"#;
        let country = format!(
            r#"{{"id": "de", "jurisdiction": "Test", "version": "0.0.1", "rules_as_of": "2026-01-01", "reviewed": "2026-01-02", "extends": "generic",
               "names": {{"asylum_authority": {{"name": "Bundesamt", "cites": {cite}}}}},
               "local_names": {{"stay_status": {{"tolerated": "Duldung"}}, "order_to_leave": {{"yes": "Abschiebungsandrohung"}}}},
               "victim_routes": ["regularisation_de_victims"],
               "paths": [{{"id": "regularisation_de_victims", "kind": "stay", "order": 140}}, {{"id": "de_help", "kind": "advice", "journey": false, "order": 300}}],
               "rules": [{{"id": "de_victims", "path": "regularisation_de_victims", "when": {{"all": [{{"is": {{"trafficking_signs": ["yes"], "location": ["host", "transit"]}}}}, {{"any": [{{"present": ["wish"]}}, {{"not": {{"absent": ["fear_of_harm"]}}}}]}}]}},
                          "unless": {{"absent": ["location"]}}, "overrides": ["counsellor_plus"], "from": "2026-01-01", "until": "2026-12-31", "cites": {cite}}},
                         {{"id": "counsellor_plus", "path": "de_help", "when": {{"always": {{}}}}, "cites": {cite}}}],
               "holds": [{{"id": "de_hold", "when": {{"is": {{"fear_of_harm": ["yes"]}}}}, "applies_to": {{"paths": ["de_help"]}}, "cites": {cite}}},
                         {{"id": "de_hold_2", "when": {{"is": {{"pressure": ["yes"]}}}}, "applies_to": {{"journey": true}}, "cites": {cite}}}],
               "notices": [{{"id": "de_notice", "paths_present": [["de_help"], ["counsellor", "regularisation_de_victims"]], "cites": {cite}}}],
               "ranks": [{{"id": "de_rank", "when": {{"is": {{"wish": ["return"]}}}}, "cites": {cite}}}],
               "contacts": [{{"paths": ["de_help", "protection"], "name": "Hotline", "phone": "+49 116 016", "address": "Straße 1, Berlin", "hours": "Mo-Fr 09:00-16:00", "website": "https://example.org", "languages": ["de", "ar"], "cites": {cite}}},
                            {{"paths": ["stay"], "name": "Office", "address": "Platz 2", "cites": {cite}}}]}}"#
        );
        let generic = build(parse(crate::rules::GENERIC).unwrap(), None).unwrap();
        build(parse(&country).unwrap(), Some(&generic)).unwrap_or_else(|p| panic!("{p:?}"))
    }

    /// A pack with every citation's `source` note emptied: what the widget's form keeps.
    fn without_sources(mut p: Pack) -> Pack {
        let blank = |cites: &mut Vec<Cite>| {
            for c in cites {
                if let Cite::Official { source, .. } = c {
                    source.clear();
                }
            }
        };
        p.names.values_mut().for_each(|n| blank(&mut n.cites));
        p.rules.iter_mut().for_each(|r| blank(&mut r.cites));
        p.holds.iter_mut().for_each(|h| blank(&mut h.cites));
        p.notices.iter_mut().for_each(|n| blank(&mut n.cites));
        p.ranks.iter_mut().for_each(|r| blank(&mut r.cites));
        p.contacts.iter_mut().for_each(|c| blank(&mut c.cites));
        p
    }

    #[test]
    fn a_pack_with_every_field_reads_back_as_written_but_its_source_notes() {
        let p = everything();
        assert!(!p.local_names.is_empty() && !p.victim_routes.is_empty() && p.contacts.len() == 2 && !p.ranks.is_empty() && !p.inherited.is_empty());
        let form = write(&p).unwrap();
        assert!(!form.contains("A law, § 1"), "no source note in the widget's form");
        assert_eq!(read(&form), Some(without_sources(p)));
    }

    #[test]
    fn every_shipped_pack_reads_back_as_written_but_its_source_notes() {
        for id in crate::rules::ids() {
            let p = crate::rules::load(id).unwrap();
            assert_eq!(read(&write(&p).unwrap()), Some(without_sources(p)), "pack {id}");
        }
    }

    /// A string holding the separator cannot be written (it would read as two fields); any text
    /// but a written pack, cut short or with more after it, reads as no pack.
    #[test]
    fn what_cannot_be_written_or_read_is_refused() {
        let mut p = everything();
        p.jurisdiction.push('\u{1f}');
        assert_eq!(write(&p), None);
        let form = write(&everything()).unwrap();
        for bad in [String::new(), form[..form.len() - 1].to_string(), format!("{form}x\u{1f}"), form.replacen("\u{1f}is\u{1f}", "\u{1f}iss\u{1f}", 1), form.replacen("\u{1f}stay\u{1f}", "\u{1f}help\u{1f}", 1)] {
            assert_ne!(bad, form);
            assert_eq!(read(&bad), None, "{bad:?}");
        }
        let deep = format!("{}{}", "not\u{1f}".repeat(100), "always\u{1f}0\u{1f}");
        let mut r = super::R { fields: deep.split(super::US), ok: true, depth: 0 };
        r.cond();
        assert!(!r.ok, "conditions nested deeper than any pack");
    }
}
