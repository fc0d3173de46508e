//! Reads a pack file with the small JSON reader (`json.rs`) instead of serde: what the widget uses
//! for its shipped packs (see `json.rs` for why). Strict like the serde model: an unknown field, a
//! missing one or a wrong type gives `None`. A test requires the same `PackFile` as serde's for
//! every shipped pack.

use super::json::{self, Json};
use crate::engine::pack::{Cite, Cond, Hold, Kind, NamedThing, Notice, PackFile, PathSpec, Rule, Target};
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

fn list<T>(v: Option<&Json>, f: impl Fn(&Json) -> Option<T>) -> Option<Vec<T>> {
    match v {
        None => Some(Vec::new()),
        Some(v) => v.arr()?.iter().map(f).collect(),
    }
}

fn pack(v: &Json) -> Option<PackFile> {
    fields(v, &["id", "jurisdiction", "version", "rules_as_of", "reviewed", "extends", "names", "paths", "rules", "holds", "notices"])?;
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
    fields(v, &["id", "path", "when", "unless", "overrides", "ended", "cites"])?;
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
        ended: match v.get("ended") {
            None | Some(Json::Null) => None,
            Some(e) => Some(string(e)?),
        },
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

    #[test]
    fn refuses_what_serde_refuses() {
        let g = crate::rules::GENERIC;
        for broken in [g.replacen("\"order\"", "\"ordre\"", 1), g.replacen("\"kind\": \"protection\"", "\"kind\": \"help\"", 1), g.replacen("{\"is\"", "{\"iss\"", 1), g[..g.len() - 3].to_string()] {
            assert!(crate::engine::pack::parse(&broken).is_err());
            assert_eq!(super::read(&broken), None);
        }
    }
}
