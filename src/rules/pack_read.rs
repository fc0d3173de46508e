//! Reads a pack file with the small JSON reader (`json.rs`) instead of serde: what the widget uses
//! for its shipped packs (see `json.rs` for why). Strict like the serde model: an unknown field, a
//! missing one, a wrong type, a key twice or a struct written as an array gives `None`. A test
//! requires the same `PackFile` as serde's for every shipped pack, and tests/fuzz.rs that the two
//! read the same files (and refuse the same) on arbitrary and mutated text.

use super::json::{self, Json};
use crate::engine::pack::{Cite, Cond, Contact, Hold, Kind, NamedThing, Notice, PackFile, PathSpec, Rank, Rule, Target};
use crate::lean::try_map_from;
use std::collections::BTreeMap;

/// Reads a pack file's text; `None` if it is not a well-formed pack file.
pub fn read(text: &str) -> Option<PackFile> {
    pack(&json::parse(text)?)
}

fn fields<'a>(v: &'a Json, allowed: &[&str]) -> Option<&'a [(String, Json)]> {
    match v {
        Json::Obj(m) if m.iter().all(|(k, _)| allowed.contains(&k.as_str())) => Some(m),
        _ => None,
    }
}

fn string(v: &Json) -> Option<String> {
    v.str().map(str::to_string)
}

fn strings(v: &Json) -> Option<Vec<String>> {
    v.arr()?.iter().map(string).collect()
}

/// An optional string field: absent or `null` is `None`; any other non-string refuses the file.
fn optional_string(v: Option<&Json>) -> Option<Option<String>> {
    match v {
        None | Some(Json::Null) => Some(None),
        Some(s) => Some(Some(string(s)?)),
    }
}

fn list<T>(v: Option<&Json>, f: impl Fn(&Json) -> Option<T>) -> Option<Vec<T>> {
    match v {
        None => Some(Vec::new()),
        Some(v) => v.arr()?.iter().map(f).collect(),
    }
}

fn pack(v: &Json) -> Option<PackFile> {
    fields(v, &["id", "jurisdiction", "version", "rules_as_of", "reviewed", "extends", "names", "paths", "rules", "holds", "notices", "ranks", "local_names", "victim_routes", "contacts"])?;
    let names = match v.get("names") {
        None => BTreeMap::new(),
        Some(Json::Obj(m)) => try_map_from(m.iter().map(|(k, n)| Some((k.clone(), named(n)?))))?,
        Some(_) => return None,
    };
    Some(PackFile {
        id: string(v.get("id")?)?,
        jurisdiction: string(v.get("jurisdiction")?)?,
        version: string(v.get("version")?)?,
        rules_as_of: string(v.get("rules_as_of")?)?,
        reviewed: string(v.get("reviewed")?)?,
        extends: match v.get("extends") {
            None | Some(Json::Null) => None,
            Some(e) => Some(string(e)?),
        },
        names,
        paths: list(v.get("paths"), path)?,
        rules: list(v.get("rules"), rule)?,
        holds: list(v.get("holds"), hold)?,
        notices: list(v.get("notices"), notice)?,
        ranks: list(v.get("ranks"), rank)?,
        local_names: match v.get("local_names") {
            None => BTreeMap::new(),
            Some(Json::Obj(m)) => try_map_from(m.iter().map(|(fact, names)| match names {
                Json::Obj(n) => Some((fact.clone(), try_map_from(n.iter().map(|(value, name)| Some((value.clone(), string(name)?))))?)),
                _ => None,
            }))?,
            Some(_) => return None,
        },
        victim_routes: list(v.get("victim_routes"), string)?,
        contacts: list(v.get("contacts"), contact)?,
    })
}

fn contact(v: &Json) -> Option<Contact> {
    fields(v, &["paths", "name", "phone", "address", "hours", "website", "languages", "cites"])?;
    let opt = |k: &str| match v.get(k) {
        None => Some(None),
        Some(x) => Some(Some(string(x)?)),
    };
    Some(Contact {
        paths: strings(v.get("paths")?)?,
        name: string(v.get("name")?)?,
        phone: opt("phone")?,
        address: opt("address")?,
        hours: opt("hours")?,
        website: opt("website")?,
        languages: list(v.get("languages"), string)?,
        cites: list(Some(v.get("cites")?), cite)?,
    })
}

fn named(v: &Json) -> Option<NamedThing> {
    fields(v, &["name", "cites"])?;
    Some(NamedThing { name: string(v.get("name")?)?, cites: list(Some(v.get("cites")?), cite)? })
}

fn path(v: &Json) -> Option<PathSpec> {
    fields(v, &["id", "kind", "journey", "order"])?;
    let kind = match v.get("kind")?.str()? {
        "protection" => Kind::Protection,
        "return" => Kind::Return,
        "stay" => Kind::Stay,
        "advice" => Kind::Advice,
        _ => return None,
    };
    let journey = match v.get("journey") {
        None => false,
        Some(Json::Bool(b)) => *b,
        Some(_) => return None,
    };
    let order = match v.get("order")? {
        Json::Int(n) => u32::try_from(*n).ok()?,
        _ => return None,
    };
    Some(PathSpec { id: string(v.get("id")?)?, kind, journey, order })
}

fn cite(v: &Json) -> Option<Cite> {
    if let Some(m) = fields(v, &["seed"]) {
        if m.len() == 1 {
            return Some(Cite::Seed { seed: string(v.get("seed")?)? });
        }
    }
    fields(v, &["title", "source", "id", "read"])?;
    let title = match v.get("title") {
        Some(t) => string(t)?,
        None => String::new(),
    };
    Some(Cite::Official { title, source: string(v.get("source")?)?, id: string(v.get("id")?)?, read: string(v.get("read")?)? })
}

fn cond(v: &Json) -> Option<Cond> {
    let Json::Obj(m) = v else { return None };
    let [(tag, body)] = m.as_slice() else { return None };
    Some(match tag.as_str() {
        "always" => match body {
            Json::Obj(kv) => Cond::Always(try_map_from(kv.iter().map(|(k, v)| Some((k.clone(), string(v)?))))?),
            _ => return None,
        },
        "is" => match body {
            Json::Obj(kv) => Cond::Is(try_map_from(kv.iter().map(|(k, v)| Some((k.clone(), strings(v)?))))?),
            _ => return None,
        },
        "absent" => Cond::Absent(strings(body)?),
        "present" => Cond::Present(strings(body)?),
        "all" => Cond::All(body.arr()?.iter().map(cond).collect::<Option<_>>()?),
        "any" => Cond::Any(body.arr()?.iter().map(cond).collect::<Option<_>>()?),
        "not" => Cond::Not(Box::new(cond(body)?)),
        _ => return None,
    })
}

fn rule(v: &Json) -> Option<Rule> {
    fields(v, &["id", "path", "when", "unless", "overrides", "from", "until", "cites"])?;
    Some(Rule {
        id: string(v.get("id")?)?,
        path: string(v.get("path")?)?,
        when: cond(v.get("when")?)?,
        unless: match v.get("unless") {
            None | Some(Json::Null) => None,
            Some(c) => Some(cond(c)?),
        },
        overrides: match v.get("overrides") {
            None => vec![],
            Some(o) => strings(o)?,
        },
        from: optional_string(v.get("from"))?,
        until: optional_string(v.get("until"))?,
        cites: list(Some(v.get("cites")?), cite)?,
    })
}

fn hold(v: &Json) -> Option<Hold> {
    fields(v, &["id", "when", "applies_to", "cites"])?;
    let target = v.get("applies_to")?;
    let applies_to = match fields(target, &["journey", "paths"])? {
        [(k, Json::Bool(b))] if k == "journey" => Target::Journey(*b),
        [(k, p)] if k == "paths" => Target::Paths(strings(p)?),
        _ => return None,
    };
    Some(Hold { id: string(v.get("id")?)?, when: cond(v.get("when")?)?, applies_to, cites: list(Some(v.get("cites")?), cite)? })
}

fn rank(v: &Json) -> Option<Rank> {
    fields(v, &["id", "when", "cites"])?;
    Some(Rank { id: string(v.get("id")?)?, when: cond(v.get("when")?)?, cites: list(Some(v.get("cites")?), cite)? })
}

fn notice(v: &Json) -> Option<Notice> {
    fields(v, &["id", "when", "paths_present", "cites"])?;
    Some(Notice {
        id: string(v.get("id")?)?,
        when: match v.get("when") {
            None => Cond::Always(BTreeMap::new()),
            Some(c) => cond(c)?,
        },
        paths_present: match v.get("paths_present") {
            None => vec![],
            Some(p) => p.arr()?.iter().map(strings).collect::<Option<_>>()?,
        },
        cites: list(Some(v.get("cites")?), cite)?,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn reads_every_shipped_pack_exactly_as_serde_does() {
        for (id, text) in crate::rules::SHIPPED {
            let serde = crate::engine::pack::parse(text).expect("shipped packs parse");
            assert_eq!(super::read(text).as_ref(), Some(&serde), "pack {id}");
        }
    }

    /// The fields no shipped pack may use yet (dates on both ends, local names, victims' routes)
    /// are read alike too, and refused alike when their type is wrong.
    #[test]
    fn reads_and_refuses_the_dated_and_named_fields_as_serde_does() {
        let g = crate::rules::GENERIC;
        let with = |extra: &str| g.replacen("\"paths\": [", &format!("{extra}, \"paths\": ["), 1);
        let dated = |fields: &str| g.replacen("\"path\": \"counsellor\",", &format!("\"path\": \"counsellor\", {fields},"), 1);
        let good = [
            with(r#""local_names": {"stay_status": {"tolerated": "Duldung", "expired": "Fiktionsbescheinigung"}, "order_to_leave": {"yes": "Abschiebungsandrohung"}}"#),
            with(r#""victim_routes": ["regularisation", "legal_advice"]"#),
            with(r#""local_names": {}, "victim_routes": []"#),
            g.replacen("\"ranks\": [", r#""ranks": [{"id": "r", "when": {"is": {"wish": ["unsure"]}}, "cites": [{"seed": "001:66"}]}, "#, 1),
            dated(r#""from": "2026-01-01", "until": "2026-12-31""#),
            dated(r#""until": null"#),
        ];
        for text in &good {
            let serde = crate::engine::pack::parse(text).unwrap_or_else(|e| panic!("{e:?}"));
            assert_eq!(super::read(text).as_ref(), Some(&serde));
        }
        let bad = [
            with(r#""local_names": {"stay_status": "Duldung"}"#),
            with(r#""local_names": {"stay_status": {"tolerated": 1}}"#),
            with(r#""local_names": []"#),
            with(r#""victim_routes": "regularisation""#),
            with(r#""victim_routes": [1]"#),
            g.replacen("\"ranks\": [", r#""ranks": [{"id": "r", "when": {"is": {"wish": ["unsure"]}}}, "#, 1),
            g.replacen("\"ranks\": [", r#""ranks": [{"id": "r", "when": {"is": {"wish": ["unsure"]}}, "cites": [], "order": 1}, "#, 1),
            dated(r#""from": 20260101"#),
            dated(r#""ended": "2026-01-01""#),
        ];
        for text in &bad {
            assert!(crate::engine::pack::parse(text).is_err(), "serde reads {text}");
            assert_eq!(super::read(text), None);
        }
    }

    /// Contacts are read alike by both readers, and refused alike when a field is unknown or of the
    /// wrong type.
    #[test]
    fn reads_and_refuses_contacts_as_serde_does() {
        let g = crate::rules::GENERIC;
        let with = |c: &str| g.replacen("\"paths\": [", &format!("\"contacts\": [{c}], \"paths\": ["), 1);
        const CITE: &str = r#""cites": [{"title": "T", "source": "S", "id": "https://example.org", "read": "2026-11-29"}]"#;
        let good = [
            with(&format!(r#"{{"paths": ["asylum_referral"], "name": "Line", "phone": "+49 1", {CITE}}}"#)),
            with(&format!(r#"{{"paths": ["protection", "avrr"], "name": "Office", "address": "Street 1", "hours": "Mo-Fr 09:00-11:00", "website": "https://example.org", "languages": ["de", "en"], {CITE}}}"#)),
        ];
        for text in &good {
            let serde = crate::engine::pack::parse(text).unwrap_or_else(|e| panic!("{e:?}"));
            assert_eq!(super::read(text).as_ref(), Some(&serde));
            assert_eq!(serde.contacts.len(), 1);
        }
        let bad = [
            with(&format!(r#"{{"paths": ["avrr"], "name": "Line", "email": "a@b.org", {CITE}}}"#)),
            with(&format!(r#"{{"paths": "avrr", "name": "Line", {CITE}}}"#)),
            with(&format!(r#"{{"paths": ["avrr"], "name": "Line", "phone": 112, {CITE}}}"#)),
            with(r#"{"paths": ["avrr"], "name": "Line"}"#),
        ];
        for text in &bad {
            assert!(crate::engine::pack::parse(text).is_err(), "serde reads {text}");
            assert_eq!(super::read(text), None);
        }
    }

    #[test]
    fn refuses_what_serde_refuses() {
        let g = crate::rules::GENERIC;
        for broken in [g.replacen("\"order\"", "\"ordre\"", 1), g.replacen("\"kind\": \"protection\"", "\"kind\": \"help\"", 1), g.replacen("{\"is\"", "{\"iss\"", 1), g[..g.len() - 3].to_string()] {
            assert!(crate::engine::pack::parse(&broken).is_err());
            assert_eq!(super::read(&broken), None);
        }
    }
}
