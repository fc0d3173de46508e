//! Packs: rules as cited data, and the checks that keep a pack honest.
//!
//! A pack is JSON (see README "Writing a pack"). The generic pack holds every path of the contract;
//! a country pack `extends` it, adds paths, rules, holds and notices, and can never remove or
//! override a generic protection rule or hold. Loading checks everything and lists every problem
//! with where it is; nothing here panics on any input.

use super::date::Date;
use super::facts::{self, Facts};
use serde::de::{Error as _, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::{BTreeMap, BTreeSet};

/// The four kinds of path in `vocabulary.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Protection,
    Return,
    Stay,
    Advice,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Protection => "protection",
            Kind::Return => "return",
            Kind::Stay => "stay",
            Kind::Advice => "advice",
        }
    }
}

/// A path a pack can yield. `order` fixes its place in a result (smaller shows first), so ranking
/// is data and "protection before any journey" is checked once, at load time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct PathSpec {
    pub id: String,
    pub kind: Kind,
    /// A journey path means travelling back or contacting the origin country's authorities; the
    /// safeguarding holds apply to these.
    #[serde(default)]
    pub journey: bool,
    pub order: u32,
}

/// A condition over facts. Externally tagged, so a JSON pack reads as `{"is": {"wish": ["return"]}}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Cond {
    /// Always true (the counsellor path).
    #[serde(deserialize_with = "unique_map")]
    Always(BTreeMap<String, String>),
    /// Every named fact is present and one of its listed values (list facts: contain one of them).
    #[serde(deserialize_with = "unique_map")]
    Is(BTreeMap<String, Vec<String>>),
    /// Every named fact is absent ("not asked" or "prefer not to say").
    Absent(Vec<String>),
    /// Every named fact is present.
    Present(Vec<String>),
    All(Vec<Cond>),
    Any(Vec<Cond>),
    Not(Box<Cond>),
}

impl Cond {
    pub fn eval(&self, f: &Facts) -> bool {
        match self {
            Cond::Always(_) => true,
            Cond::Is(m) => m.iter().all(|(k, vs)| f.is_one_of(k, vs)),
            Cond::Absent(ks) => ks.iter().all(|k| !f.has(k)),
            Cond::Present(ks) => ks.iter().all(|k| f.has(k)),
            Cond::All(cs) => cs.iter().all(|c| c.eval(f)),
            Cond::Any(cs) => cs.iter().any(|c| c.eval(f)),
            Cond::Not(c) => !c.eval(f),
        }
    }

    /// The facts this condition reads, in the order written (for `because` and for validation).
    pub fn facts(&self, out: &mut Vec<String>) {
        let push = |k: &String| {
            if !out.contains(k) {
                out.push(k.clone())
            }
        };
        match self {
            Cond::Always(_) => {}
            Cond::Is(m) => m.keys().for_each(push),
            Cond::Absent(ks) | Cond::Present(ks) => ks.iter().for_each(push),
            Cond::All(cs) | Cond::Any(cs) => cs.iter().for_each(|c| c.facts(out)),
            Cond::Not(c) => c.facts(out),
        }
    }

    /// The facts that made this condition true for `f`: the facts of the parts that hold (for `any`,
    /// only the branches that hold). A fact that is absent is never a reason.
    pub fn because(&self, f: &Facts) -> Vec<String> {
        let mut out = Vec::new();
        self.reasons(f, &mut out);
        out
    }

    fn reasons(&self, f: &Facts, out: &mut Vec<String>) {
        let push = |k: &String| {
            if f.has(k) && !out.contains(k) {
                out.push(k.clone())
            }
        };
        match self {
            Cond::Always(_) | Cond::Absent(_) => {}
            Cond::Is(m) => m.keys().for_each(push),
            Cond::Present(ks) => ks.iter().for_each(push),
            Cond::All(cs) => cs.iter().for_each(|c| c.reasons(f, out)),
            Cond::Any(cs) => cs.iter().filter(|c| c.eval(f)).for_each(|c| c.reasons(f, out)),
            // A negation holds because of what the person did say about those facts.
            Cond::Not(c) => {
                let mut read = Vec::new();
                c.facts(&mut read);
                read.iter().for_each(push)
            }
        }
    }

    /// Every (fact, value) pair named in `is` conditions (for validation and enumeration).
    pub fn values(&self, out: &mut Vec<(String, String)>) {
        match self {
            Cond::Is(m) => {
                for (k, vs) in m {
                    for v in vs {
                        out.push((k.clone(), v.clone()));
                    }
                }
            }
            Cond::All(cs) | Cond::Any(cs) => cs.iter().for_each(|c| c.values(out)),
            Cond::Not(c) => c.values(out),
            _ => {}
        }
    }
}

/// A source: a seed line range, or an official legal or institutional source with the date it was read.
/// Each form takes only its own fields: a misspelt `title` is refused, not dropped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged, deny_unknown_fields)]
pub enum Cite {
    /// `{"seed": "004:669-673"}`: file 004 of the seeds, lines 669 to 673.
    Seed { seed: String },
    /// `{"title": "AufenthG § 25b Abs. 1", "source": "AufenthG § 25b Abs. 1: residence for sustained
    /// integration …", "id": "https://www.gesetze-im-internet.de/aufenthg_2004/__25b.html", "read": "2026-11-20"}`.
    /// `title` is the source's own name and article in its own language, which the widget shows in
    /// every locale (legal names are not translated); `source` may add a summary and where the
    /// wording was checked, for counsellors and the CLI.
    Official {
        #[serde(default)]
        title: String,
        source: String,
        id: String,
        read: String,
    },
}

impl Cite {
    /// The citation as the CLI prints it: `seed:004:669-673`, or `source [id] (read date)`.
    pub fn render(&self) -> String {
        match self {
            Cite::Seed { seed } => format!("seed:{seed}"),
            Cite::Official { source, id, read, .. } => format!("{source} [{id}] (read {read})"),
        }
    }
}

/// A rule: when `when` holds and `unless` does not, `path` is in the result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Rule {
    pub id: String,
    pub path: String,
    pub when: Cond,
    /// An exception, declared as one (Catala style) rather than buried in `when`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unless: Option<Cond>,
    /// Rules this one displaces when it fires (their paths are not yielded by them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub overrides: Vec<String>,
    /// The first day the rule applies (`YYYY-MM-DD`): before it, the rule does not fire.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// The last day the rule applies (`YYYY-MM-DD`). Evaluated after it, the rule's path is never
    /// `may_apply`: it shows as information that the route ended, with this date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
    pub cites: Vec<Cite>,
}

/// Which paths a hold applies to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Target {
    /// Every journey path.
    Journey(bool),
    /// The listed paths.
    Paths(Vec<String>),
}

/// A safeguard: when it holds, its target paths are shown `info_only`, with `reason` saying why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Hold {
    pub id: String,
    pub when: Cond,
    pub applies_to: Target,
    pub cites: Vec<Cite>,
}

/// A notice on the result page: when `when` holds over facts and, for each list in `paths_present`,
/// at least one of its paths is in the result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Notice {
    pub id: String,
    #[serde(default = "always")]
    pub when: Cond,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paths_present: Vec<Vec<String>>,
    pub cites: Vec<Cite>,
}

fn always() -> Cond {
    Cond::Always(BTreeMap::new())
}

/// A rank rule: when `when` holds and no hold on journey paths applies (no safeguard is
/// triggered), the stay routes (`regularisation`, `regularisation_<cc>_*`) rank after the last
/// journey path instead of before the first, and each carries this rule's id in `ranked_by`, so its
/// card says why it is shown there (message `rank-<id>`). Used for a free wish to go home: the
/// journeys the person asked about come first, and the ways to stay still show, with the reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Rank {
    pub id: String,
    pub when: Cond,
    pub cites: Vec<Cite>,
}

/// Whether a path id is a lawful-stay route of the contract: the generic umbrella `regularisation`
/// or a country route `regularisation_<cc>_<name>` (invariants 12 and 14, and rank rules).
pub fn is_stay_route(id: &str) -> bool {
    id == "regularisation" || id.starts_with("regularisation_")
}

/// A pack as written in its file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct PackFile {
    pub id: String,
    /// A plain name of where the pack applies (a proper name, not translated).
    pub jurisdiction: String,
    pub version: String,
    /// The date of the law and programmes the rules describe.
    pub rules_as_of: String,
    /// The date a person last checked every source of the pack.
    pub reviewed: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extends: Option<String>,
    /// Proper names the cards show (the asylum authority, the assisted-return programme), with sources.
    #[serde(default, deserialize_with = "unique_map")]
    pub names: BTreeMap<String, NamedThing>,
    #[serde(default)]
    pub paths: Vec<PathSpec>,
    #[serde(default)]
    pub rules: Vec<Rule>,
    #[serde(default)]
    pub holds: Vec<Hold>,
    #[serde(default)]
    pub notices: Vec<Notice>,
    /// Rank rules (see `Rank`); a country pack inherits the generic ones and may add its own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ranks: Vec<Rank>,
    /// The local name of a fact's value, shown beside the plain words of the question's option:
    /// `{"stay_status": {"tolerated": "Duldung"}}`. Only the pack's own: a country pack inherits
    /// none from the generic pack (a local name belongs to one country).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty", deserialize_with = "unique_maps")]
    pub local_names: BTreeMap<String, BTreeMap<String, String>>,
    /// The pack's residence or reflection-period routes for victims of trafficking (Directive
    /// 2004/81/EC): ids of `stay` paths this pack declares. Invariant 14 requires each of them,
    /// `may_apply`, above every journey path, when a person in the country shows signs of trafficking.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub victim_routes: Vec<String>,
    /// Official services the cards show under "Who to call" (see `Contact`). A country pack keeps
    /// the generic pack's (services for everyone, none yet) and adds its own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<Contact>,
}

/// An official service a card shows under "Who to call": a national hotline, an authority's
/// information line. Each is cited like a rule (its official page, with the date it was read), so a
/// person can trust the number and a reviewer can check it again. A host adds its own services
/// through the widget's referral directory (src/referrals.rs), shown before these.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// The path ids (or whole kinds: `protection`, `return`, `stay`, `advice`) whose cards show it.
    pub paths: Vec<String>,
    /// The service's own name, shown as written in every language.
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Opening hours: `24/7`, or days and times such as `Mo-Fr 09:00-11:00` (several joined by
    /// `; `), which the widget writes in the person's language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<String>,
    /// An `https://` address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
    /// BCP 47 tags of the languages it serves (`de`, `en`); empty when the source does not list them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<String>,
    pub cites: Vec<Cite>,
}

/// A proper name a card shows, such as the asylum authority, and where it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct NamedThing {
    pub name: String,
    pub cites: Vec<Cite>,
}

// Reading a pack file strictly: serde's derived readers also take a struct written as a JSON array
// of its fields, and a map with a key twice (keeping the last); both are mistakes in a pack
// (tests/fuzz.rs). A new
// struct of the pack file takes `#[serde(remote = "Self", deny_unknown_fields)]` and a place in
// `objects_only!`; a new map, `deserialize_with = "unique_map"`.

/// Reads a struct only from a JSON object: the derived reader (kept by `remote = "Self"` as the
/// struct's own `deserialize`) is asked for a map, where it would otherwise take an array too.
struct ObjectOnly<D>(D);

impl<'de, D: Deserializer<'de>> Deserializer<'de> for ObjectOnly<D> {
    type Error = D::Error;

    fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_any(v)
    }

    fn deserialize_struct<V: Visitor<'de>>(self, _: &'static str, _: &'static [&'static str], v: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_map(v)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
        unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
    }
}

/// The serde traits of the pack file's structs, over their derived readers and writers.
macro_rules! objects_only {
    ($($t:ident),*) => {$(
        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                $t::deserialize(ObjectOnly(d))
            }
        }
        impl Serialize for $t {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                $t::serialize(self, s)
            }
        }
    )*};
}

objects_only!(PackFile, PathSpec, Rule, Hold, Notice, Rank, NamedThing);

/// A JSON object as a map, refusing a key written twice.
struct UniqueMap<V>(BTreeMap<String, V>);

impl<'de, V: Deserialize<'de>> Deserialize<'de> for UniqueMap<V> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Keys<V>(std::marker::PhantomData<V>);
        impl<'de, V: Deserialize<'de>> Visitor<'de> for Keys<V> {
            type Value = UniqueMap<V>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a map")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Self::Value, A::Error> {
                let mut out = BTreeMap::new();
                while let Some(k) = m.next_key::<String>()? {
                    if out.contains_key(&k) {
                        return Err(A::Error::custom(format_args!("duplicate key `{k}`")));
                    }
                    let v = m.next_value()?;
                    out.insert(k, v);
                }
                Ok(UniqueMap(out))
            }
        }
        d.deserialize_map(Keys(std::marker::PhantomData))
    }
}

fn unique_map<'de, D: Deserializer<'de>, V: Deserialize<'de>>(d: D) -> Result<BTreeMap<String, V>, D::Error> {
    UniqueMap::deserialize(d).map(|m| m.0)
}

/// A map of maps, refusing a key twice in either.
fn unique_maps<'de, D: Deserializer<'de>, V: Deserialize<'de>>(d: D) -> Result<BTreeMap<String, BTreeMap<String, V>>, D::Error> {
    let outer: UniqueMap<UniqueMap<V>> = UniqueMap::deserialize(d)?;
    Ok(outer.0.into_iter().map(|(k, inner)| (k, inner.0)).collect())
}

/// A pack ready to evaluate: a country pack merged over the generic pack it extends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pack {
    pub id: String,
    pub jurisdiction: String,
    pub version: String,
    pub rules_as_of: String,
    pub reviewed: String,
    pub names: BTreeMap<String, NamedThing>,
    pub paths: Vec<PathSpec>,
    pub rules: Vec<Rule>,
    pub holds: Vec<Hold>,
    pub notices: Vec<Notice>,
    pub ranks: Vec<Rank>,
    /// The pack's own local names of fact values (see `PackFile::local_names`).
    pub local_names: BTreeMap<String, BTreeMap<String, String>>,
    /// The pack's own victims' routes (see `PackFile::victim_routes`).
    pub victim_routes: Vec<String>,
    /// The generic pack's contacts, then the country pack's own.
    pub contacts: Vec<Contact>,
    /// Ids of the rules and holds that came from the generic pack (a country pack may not override them).
    pub inherited: BTreeSet<String>,
}

impl Pack {
    pub fn path(&self, id: &str) -> Option<&PathSpec> {
        self.paths.iter().find(|p| p.id == id)
    }

    /// The local name this pack gives a fact's value (`stay_status` `tolerated` in Germany:
    /// "Duldung"), if any.
    pub fn local_name(&self, fact: &str, value: &str) -> Option<&str> {
        self.local_names.get(fact)?.get(value).map(String::as_str)
    }

    /// The contacts for the card of path `id` (of `kind`), in the pack's order.
    pub fn contacts_for<'a>(&'a self, id: &'a str, kind: Kind) -> impl Iterator<Item = &'a Contact> + 'a {
        self.contacts.iter().filter(move |c| c.paths.iter().any(|p| p == id || p == kind.as_str()))
    }
}

/// One problem in a pack, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub at: String,
    pub what: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.at, self.what)
    }
}

fn problem(at: impl Into<String>, what: impl Into<String>) -> Problem {
    Problem { at: at.into(), what: what.into() }
}

/// Parses a pack file's text. A syntax error is one problem naming the line and column.
pub fn parse(text: &str) -> Result<PackFile, Vec<Problem>> {
    serde_json::from_str(text).map_err(|e| {
        vec![problem(format!("line {}, column {}", e.line(), e.column()), format!("{e}"))]
    })
}

/// Builds a ready pack from a file and (for a country pack) the generic base, checking everything.
/// Every problem is listed; a pack with any problem is not used. The checks run part by part, in
/// the order of the file, so the problems come in that order.
pub fn build(file: PackFile, base: Option<&Pack>) -> Result<Pack, Vec<Problem>> {
    let mut problems = Vec::new();
    let Some(mut pack) = start(&file, base) else {
        let b = file.extends.as_deref().unwrap_or_default();
        return Err(vec![problem("extends", format!("pack `{b}` is not known; a country pack extends `generic`"))]);
    };
    let p = &mut problems;
    check_header(&file, p);
    add_names(&mut pack, &file, p);
    add_paths(&mut pack, &file, p);
    add_rules(&mut pack, &file, base, p);
    add_holds(&mut pack, &file, p);
    add_notices(&mut pack, &file, p);
    add_ranks(&mut pack, &file, p);
    check_local_names(&file, p);
    pack.local_names = file.local_names.clone();
    check_victim_routes(&file, p);
    pack.victim_routes = file.victim_routes.clone();
    add_contacts(&mut pack, &file, p);
    check_paths_shown(&pack, &file, p);
    if problems.is_empty() { Ok(pack) } else { Err(problems) }
}

/// The pack to build on: the file's header alone, or for a country pack the base it extends with
/// the file's header (and none of the base's own local names and victims' routes). `None` when the
/// file extends a pack that is not `base`.
fn start(file: &PackFile, base: Option<&Pack>) -> Option<Pack> {
    match (&file.extends, base) {
        (None, _) => Some(header_only(file)),
        (Some(b), Some(base)) if *b == base.id => {
            let mut p = base.clone();
            p.id = file.id.clone();
            p.jurisdiction = file.jurisdiction.clone();
            p.version = file.version.clone();
            p.rules_as_of = file.rules_as_of.clone();
            p.reviewed = file.reviewed.clone();
            p.local_names = BTreeMap::new();
            p.victim_routes = Vec::new();
            let mut inherited: BTreeSet<String> = base.rules.iter().map(|r| r.id.clone()).collect();
            inherited.extend(base.holds.iter().map(|h| h.id.clone()));
            p.inherited = inherited;
            Some(p)
        }
        (Some(_), _) => None,
    }
}

/// The pack's id, what it extends, and its dates.
fn check_header(file: &PackFile, problems: &mut Vec<Problem>) {
    let id_ok = file.id == "generic"
        || (file.id.len() == 2 && file.id.chars().all(|c| c.is_ascii_lowercase()));
    if !id_ok {
        problems.push(problem("id", format!("`{}` is not allowed; a pack id is `generic` or a lower-case ISO 3166-1 alpha-2 code such as `de`", file.id)));
    } else if file.id != "generic" && !facts::ISO_COUNTRIES.contains(&file.id.to_uppercase().as_str()) {
        problems.push(problem("id", format!("`{}` is not an ISO 3166-1 alpha-2 code", file.id)));
    }
    if file.id != "generic" && file.extends.is_none() {
        problems.push(problem("extends", "a country pack must extend `generic`, so that every protection rule applies"));
    }
    for (field, v) in [("rules_as_of", &file.rules_as_of), ("reviewed", &file.reviewed)] {
        if !is_date(v) {
            problems.push(problem(field, format!("`{v}` is not a date in the form YYYY-MM-DD")));
        }
    }
}

/// Proper names: each cites its source.
fn add_names(pack: &mut Pack, file: &PackFile, problems: &mut Vec<Problem>) {
    for (k, n) in &file.names {
        let at = format!("names.{k}");
        if n.cites.is_empty() {
            problems.push(problem(&at, "has no citation; every name a card shows needs its source"));
        }
        check_cites(&n.cites, &at, problems);
    }
    pack.names.extend(file.names.clone());
}

/// The file's paths: new ids, named as a country pack's paths are.
fn add_paths(pack: &mut Pack, file: &PackFile, problems: &mut Vec<Problem>) {
    for p in &file.paths {
        let at = format!("paths.{}", p.id);
        if pack.paths.iter().any(|q| q.id == p.id) {
            problems.push(problem(&at, "duplicate path id"));
            continue;
        }
        if file.id != "generic" {
            let prefix_reg = format!("regularisation_{}_", file.id);
            let prefix = format!("{}_", file.id);
            let ok = (p.id.starts_with(&prefix_reg) && p.kind == Kind::Stay) || p.id.starts_with(&prefix);
            if !ok {
                problems.push(problem(&at, format!("a country pack's path is named `regularisation_{0}_<name>` (kind stay) or `{0}_<name>`", file.id)));
            }
        }
        if !p.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') || p.id.is_empty() {
            problems.push(problem(&at, "a path id uses only a-z, 0-9 and _"));
        }
        pack.paths.push(p.clone());
    }
}

/// The file's rules: a declared path, citations, conditions, dates, overrides that exist and never
/// weaken a generic protection rule, a condition that can fire; then no cycle of overrides.
fn add_rules(pack: &mut Pack, file: &PackFile, base: Option<&Pack>, problems: &mut Vec<Problem>) {
    let all_rule_ids: BTreeSet<String> =
        pack.rules.iter().map(|r| r.id.clone()).chain(file.rules.iter().map(|r| r.id.clone())).collect();
    for r in &file.rules {
        let at = format!("rules.{}", r.id);
        if pack.rules.iter().any(|q| q.id == r.id) {
            problems.push(problem(&at, "duplicate rule id"));
            continue;
        }
        declared(pack, [&r.path], &at, "yields", problems);
        check_entry(&at, &r.cites, "has no citation; every rule cites a seed line or an official source", &r.when, problems);
        if let Some(u) = &r.unless {
            check_cond(u, &format!("{at}.unless"), problems);
        }
        let mut dated = |field: &str, v: &Option<String>| -> Option<Date> {
            let v = v.as_ref()?;
            let d = Date::parse(v);
            if d.is_none() {
                problems.push(problem(&at, format!("`{field}` is `{v}`, not a date in the form YYYY-MM-DD")));
            }
            d
        };
        if let (Some(f), Some(u)) = (dated("from", &r.from), dated("until", &r.until)) {
            if f > u {
                problems.push(problem(&at, format!("`from` ({f}) is after `until` ({u}); a rule applies from its first day to its last")));
            }
        }
        for o in &r.overrides {
            if !all_rule_ids.contains(o) {
                problems.push(problem(&at, format!("overrides rule `{o}`, which does not exist")));
            } else if pack.inherited.contains(o) && weakens_protection(base, o) {
                problems.push(problem(&at, format!("overrides the generic protection rule `{o}`; a country pack can add protection, never weaken it")));
            }
            if o == &r.id {
                problems.push(problem(&at, "overrides itself"));
            }
        }
        if never_fires(&r.when) {
            problems.push(problem(&at, "can never fire: its condition asks for two different values of one fact at once"));
        }
        pack.rules.push(r.clone());
    }
    if let Some(cycle) = override_cycle(&pack.rules) {
        problems.push(problem("rules", format!("overrides form a cycle: {}", cycle.join(" → "))));
    }
}

/// Whether rule `id` of `base` yields a protection path (a country pack may not override it).
fn weakens_protection(base: Option<&Pack>, id: &str) -> bool {
    base.and_then(|b| b.rules.iter().find(|x| x.id == id))
        .and_then(|x| base.and_then(|b| b.path(&x.path)))
        .map(|p| p.kind == Kind::Protection)
        .unwrap_or(false)
}

/// The file's holds: an id no rule or hold has, citations, a condition, declared target paths.
fn add_holds(pack: &mut Pack, file: &PackFile, problems: &mut Vec<Problem>) {
    for h in &file.holds {
        let at = format!("holds.{}", h.id);
        if pack.holds.iter().any(|q| q.id == h.id) || pack.rules.iter().any(|q| q.id == h.id) {
            problems.push(problem(&at, "duplicate id"));
            continue;
        }
        check_entry(&at, &h.cites, "has no citation", &h.when, problems);
        if let Target::Paths(ps) = &h.applies_to {
            declared(pack, ps, &at, "applies to", problems);
        }
        pack.holds.push(h.clone());
    }
}

/// The file's notices: a new id, citations, a condition, declared paths.
fn add_notices(pack: &mut Pack, file: &PackFile, problems: &mut Vec<Problem>) {
    for n in &file.notices {
        let at = format!("notices.{}", n.id);
        if pack.notices.iter().any(|q| q.id == n.id) {
            problems.push(problem(&at, "duplicate notice id"));
            continue;
        }
        check_entry(&at, &n.cites, "has no citation", &n.when, problems);
        declared(pack, n.paths_present.iter().flatten(), &at, "names", problems);
        pack.notices.push(n.clone());
    }
}

/// The file's rank rules: a new id, citations, a condition.
fn add_ranks(pack: &mut Pack, file: &PackFile, problems: &mut Vec<Problem>) {
    for r in &file.ranks {
        let at = format!("ranks.{}", r.id);
        if pack.ranks.iter().any(|q| q.id == r.id) {
            problems.push(problem(&at, "duplicate rank id"));
            continue;
        }
        check_entry(&at, &r.cites, "has no citation", &r.when, problems);
        pack.ranks.push(r.clone());
    }
}

/// What a rule, hold, notice and rank rule each need: a citation (`no_cite` says so when there is
/// none), citations of the right form, and a condition over known facts and values.
fn check_entry(at: &str, cites: &[Cite], no_cite: &str, when: &Cond, problems: &mut Vec<Problem>) {
    if cites.is_empty() {
        problems.push(problem(at, no_cite));
    }
    check_cites(cites, at, problems);
    check_cond(when, &format!("{at}.when"), problems);
}

/// Each path id that `at` names (it `yields`, `applies to` or `names` it) is declared by a `paths`
/// entry.
fn declared<'a>(pack: &Pack, ids: impl IntoIterator<Item = &'a String>, at: &str, verb: &str, problems: &mut Vec<Problem>) {
    for p in ids {
        if pack.path(p).is_none() {
            problems.push(problem(at, format!("{verb} path `{p}`, which no `paths` entry declares")));
        }
    }
}

/// Local names: a real fact and value, and a name a question's option can carry.
fn check_local_names(file: &PackFile, problems: &mut Vec<Problem>) {
    for (fact, names) in &file.local_names {
        let at = format!("local_names.{fact}");
        let Some(spec) = facts::spec(fact) else {
            problems.push(problem(&at, format!("unknown fact `{fact}`")));
            continue;
        };
        for (value, name) in names {
            if !facts::allows(spec, value) {
                problems.push(problem(&at, format!("fact `{fact}` has no value `{value}`; it takes {}", facts::allowed_text(spec))));
            }
            let n = name.trim().chars().count();
            if n == 0 || name.chars().count() > 60 {
                problems.push(problem(format!("{at}.{value}"), format!("the local name `{name}` must be 1 to 60 characters")));
            }
        }
    }
}

/// Victims' routes: stay paths of this pack itself, each listed once.
fn check_victim_routes(file: &PackFile, problems: &mut Vec<Problem>) {
    for id in &file.victim_routes {
        let at = format!("victim_routes.{id}");
        match file.paths.iter().find(|p| &p.id == id) {
            None => problems.push(problem(&at, "is not a path this pack declares; a victims' route is one of the pack's own `stay` paths")),
            Some(p) if p.kind != Kind::Stay => problems.push(problem(&at, format!("is a `{}` path; a victims' route is a residence or reflection-period route, kind `stay`", p.kind.as_str()))),
            Some(_) => {}
        }
        if file.victim_routes.iter().filter(|v| *v == id).count() > 1 {
            problems.push(problem(&at, "is listed twice"));
        }
    }
}

/// Contacts: paths that exist, links that are https:// and dialable, and an official source.
fn add_contacts(pack: &mut Pack, file: &PackFile, problems: &mut Vec<Problem>) {
    for (i, c) in file.contacts.iter().enumerate() {
        let at = format!("contacts[{i}]");
        check_contact(c, &at, pack, problems);
        check_cites(&c.cites, &at, problems);
    }
    pack.contacts.extend(file.contacts.iter().cloned());
}

/// Every declared path is yielded by some rule, protection shows before any journey, stay routes
/// before every journey, and the counsellor is there.
fn check_paths_shown(pack: &Pack, file: &PackFile, problems: &mut Vec<Problem>) {
    for p in &file.paths {
        if !pack.rules.iter().any(|r| r.path == p.id) {
            problems.push(problem(format!("paths.{}", p.id), "no rule yields this path"));
        }
    }
    let last_protection = pack.paths.iter().filter(|p| p.kind == Kind::Protection).map(|p| p.order).max();
    let first_journey = pack.paths.iter().filter(|p| p.journey).map(|p| p.order).min();
    if let (Some(lp), Some(fj)) = (last_protection, first_journey) {
        if lp >= fj {
            problems.push(problem("paths", format!("a protection path has order {lp}, not before the first journey path ({fj}); protection always shows first")));
        }
    }
    // Stay routes show before every journey unless a rank rule moves them (invariants 12 and 14:
    // under pressure, and for a victim of trafficking, they must rank above every journey).
    if let Some(fj) = first_journey {
        for p in file.paths.iter().filter(|p| is_stay_route(&p.id) && p.order >= fj) {
            problems.push(problem(format!("paths.{}", p.id), format!("a stay route has order {}, not before the first journey path ({fj}); stay routes take orders 130 to 199", p.order)));
        }
    }
    if pack.path("counsellor").is_none() {
        problems.push(problem("paths", "the `counsellor` path is missing; it is in every result"));
    }
}

fn is_date(s: &str) -> bool {
    Date::parse(s).is_some()
}

/// A phone number as people write it: digits, spaces and `+ - ( ) . /`, a `+` only first, at least
/// three digits, at most 32 characters (the widget makes the `tel:` link from its digits).
pub fn is_phone(v: &str) -> bool {
    let digits = v.chars().filter(|c| c.is_ascii_digit()).count();
    v.chars().count() <= 32
        && digits >= 3
        && v.chars().all(|c| c.is_ascii_digit() || " +-()./".contains(c))
        && !v.chars().skip(1).any(|c| c == '+')
}

/// Opening hours in the small subset of OpenStreetMap's `opening_hours` the widget writes out in
/// every language: `24/7`, or `Mo-Fr 09:00-16:00` / `Sa 10:00-12:00`, several joined by `; `.
pub fn is_hours(v: &str) -> bool {
    const DAYS: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
    let time = |t: &str| {
        let b = t.as_bytes();
        b.len() == 5 && b[2] == b':' && t[..2].parse::<u8>().is_ok_and(|h| h <= 24) && t[3..].parse::<u8>().is_ok_and(|m| m < 60)
    };
    v == "24/7"
        || v.split("; ").all(|part| {
            let Some((days, times)) = part.split_once(' ') else { return false };
            let days_ok = match days.split_once('-') {
                Some((a, b)) => DAYS.contains(&a) && DAYS.contains(&b),
                None => DAYS.contains(&days),
            };
            days_ok && times.split(',').all(|span| span.split_once('-').is_some_and(|(a, b)| time(a) && time(b)))
        })
}

fn check_contact(c: &Contact, at: &str, pack: &Pack, problems: &mut Vec<Problem>) {
    let n = c.name.trim().chars().count();
    if n == 0 || n > 120 {
        problems.push(problem(at, "`name` must be 1 to 120 characters"));
    }
    if c.paths.is_empty() {
        problems.push(problem(at, "`paths` lists no path; name the path ids (or kinds) whose cards show this contact"));
    }
    for p in &c.paths {
        if pack.path(p).is_none() && !["protection", "return", "stay", "advice"].contains(&p.as_str()) {
            problems.push(problem(at, format!("names path `{p}`, which no `paths` entry declares (and which is not a kind)")));
        }
    }
    if let Some(p) = &c.phone {
        if !is_phone(p) {
            problems.push(problem(at, format!("phone `{p}`: digits, spaces and + - ( ) . / only, a + only first, 3 digits or more, 32 characters at most")));
        }
    }
    if let Some(w) = &c.website {
        if !w.starts_with("https://") || w.len() > 300 || w.chars().any(|ch| ch.is_whitespace() || ch == '"' || ch == '<' || ch == '>') {
            problems.push(problem(at, format!("website `{w}` must be an https:// address without spaces or quotes")));
        }
    }
    if let Some(h) = &c.hours {
        if !is_hours(h) {
            problems.push(problem(at, format!("hours `{h}`: write `24/7` or days and times such as `Mo-Fr 09:00-11:00` (several joined by `; `)")));
        }
    }
    if c.address.as_ref().is_some_and(|a| a.trim().is_empty() || a.chars().count() > 200) {
        problems.push(problem(at, "`address` must be 1 to 200 characters"));
    }
    for l in &c.languages {
        let mut parts = l.split('-');
        let first = parts.next().unwrap_or("");
        let ok = (2..=3).contains(&first.len())
            && first.chars().all(|ch| ch.is_ascii_lowercase())
            && parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|ch| ch.is_ascii_alphanumeric()));
        if !ok {
            problems.push(problem(at, format!("language `{l}` is not a BCP 47 tag such as `de`, `fa` or `pt-BR`")));
        }
    }
    if c.phone.is_none() && c.website.is_none() && c.address.is_none() {
        problems.push(problem(at, "gives no way to reach the service: add a phone, a website or an address"));
    }
    if !c.cites.iter().any(|x| matches!(x, Cite::Official { .. })) {
        problems.push(problem(at, "has no official citation; a contact cites the official page where its number was read, with the date"));
    }
}

/// A seed citation is `NNN:a-b` with a known file; an official one names a source, an identifier and a read date.
fn check_cites(cites: &[Cite], at: &str, problems: &mut Vec<Problem>) {
    for c in cites {
        match c {
            Cite::Seed { seed } => {
                let ok = seed.split_once(':').is_some_and(|(file, lines)| {
                    ["000", "001", "002", "003", "004"].contains(&file)
                        && lines.split('-').count() <= 2
                        && lines.split('-').all(|n| n.parse::<u32>().is_ok_and(|n| n > 0))
                });
                if !ok {
                    problems.push(problem(at, format!("seed citation `{seed}` is not of the form `004:669-673` (files 000 to 004)")));
                }
            }
            Cite::Official { title, source, id, read } => {
                if source.trim().is_empty() || id.trim().is_empty() {
                    problems.push(problem(at, "an official citation needs `source` (the law and article) and `id` (ELI, CELEX, BOE id or official URL)"));
                }
                if title.trim().is_empty() || title.chars().count() > 120 {
                    problems.push(problem(
                        at,
                        format!("citation of `{source}`: `title` must be the source's own name and article in its own language, 1 to 120 characters (the widget shows it in every locale)"),
                    ));
                }
                if !is_date(read) {
                    problems.push(problem(at, format!("citation of `{source}`: `read` is `{read}`, not a date in the form YYYY-MM-DD")));
                }
            }
        }
    }
}

fn check_cond(c: &Cond, at: &str, problems: &mut Vec<Problem>) {
    match c {
        Cond::Always(_) => {}
        Cond::Is(m) => {
            if m.is_empty() {
                problems.push(problem(at, "`is` names no fact"));
            }
            for (k, vs) in m {
                match facts::spec(k) {
                    None => problems.push(problem(at, format!("unknown fact `{k}`"))),
                    Some(s) => {
                        if vs.is_empty() {
                            problems.push(problem(at, format!("`{k}` lists no value")));
                        }
                        for v in vs {
                            if !facts::allows(s, v) {
                                problems.push(problem(at, format!("fact `{k}` has no value `{v}`; it takes {}", facts::allowed_text(s))));
                            }
                        }
                    }
                }
            }
        }
        Cond::Absent(ks) | Cond::Present(ks) => {
            for k in ks {
                if facts::spec(k).is_none() {
                    problems.push(problem(at, format!("unknown fact `{k}`")));
                }
            }
        }
        Cond::All(cs) | Cond::Any(cs) => {
            if cs.is_empty() {
                problems.push(problem(at, "`all` or `any` with no conditions"));
            }
            cs.iter().for_each(|x| check_cond(x, at, problems))
        }
        Cond::Not(x) => check_cond(x, at, problems),
    }
}

/// A conservative check for a rule that can never fire: an `all` that requires one fact to be in two
/// disjoint value sets, or to be both present and absent.
fn never_fires(c: &Cond) -> bool {
    fn required(c: &Cond, req: &mut Vec<(String, BTreeSet<String>)>, absent: &mut BTreeSet<String>) {
        match c {
            Cond::Is(m) => {
                for (k, vs) in m {
                    req.push((k.clone(), vs.iter().cloned().collect()))
                }
            }
            Cond::Absent(ks) => absent.extend(ks.iter().cloned()),
            Cond::All(cs) => cs.iter().for_each(|x| required(x, req, absent)),
            _ => {}
        }
    }
    let mut req = Vec::new();
    let mut absent = BTreeSet::new();
    required(c, &mut req, &mut absent);
    for (i, (k, a)) in req.iter().enumerate() {
        let list = matches!(facts::spec(k).map(|s| s.values), Some(facts::Values::ListOf(_)));
        if absent.contains(k) {
            return true;
        }
        if list {
            continue;
        }
        if req[i + 1..].iter().any(|(k2, b)| k2 == k && a.is_disjoint(b)) {
            return true;
        }
    }
    if let Cond::Any(cs) = c {
        return !cs.is_empty() && cs.iter().all(never_fires);
    }
    false
}

/// Finds a cycle in the override graph, if any.
fn override_cycle(rules: &[Rule]) -> Option<Vec<String>> {
    fn visit<'a>(id: &'a str, rules: &'a [Rule], stack: &mut Vec<&'a str>, done: &mut BTreeSet<&'a str>) -> Option<Vec<String>> {
        if let Some(pos) = stack.iter().position(|s| *s == id) {
            let mut c: Vec<String> = stack[pos..].iter().map(|s| s.to_string()).collect();
            c.push(id.to_string());
            return Some(c);
        }
        if done.contains(id) {
            return None;
        }
        stack.push(id);
        if let Some(r) = rules.iter().find(|r| r.id == id) {
            for o in &r.overrides {
                if let Some(c) = visit(o, rules, stack, done) {
                    return Some(c);
                }
            }
        }
        stack.pop();
        done.insert(id);
        None
    }
    let mut done = BTreeSet::new();
    for r in rules {
        if let Some(c) = visit(&r.id, rules, &mut Vec::new(), &mut done) {
            return Some(c);
        }
    }
    None
}

/// A pack with a file's header and nothing else yet.
fn header_only(file: &PackFile) -> Pack {
    Pack {
        id: file.id.clone(),
        jurisdiction: file.jurisdiction.clone(),
        version: file.version.clone(),
        rules_as_of: file.rules_as_of.clone(),
        reviewed: file.reviewed.clone(),
        names: BTreeMap::new(),
        paths: vec![],
        rules: vec![],
        holds: vec![],
        notices: vec![],
        ranks: vec![],
        local_names: BTreeMap::new(),
        contacts: vec![],
        victim_routes: vec![],
        inherited: BTreeSet::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::{build, parse};

    /// The generic pack's text, read directly (the engine sits below `rules`).
    const GENERIC: &str = include_str!("../rules/packs/generic.json");

    const CITE: &str = r#"[{"title": "Gesetz, § 1", "source": "A law, § 1", "id": "https://example.org/law", "read": "2026-01-01"}]"#;

    /// A generic pack with a local name of its own, and a country pack with local names and a
    /// victims' route: the country pack keeps only its own names.
    #[test]
    fn a_country_pack_keeps_only_its_own_local_names_and_victim_routes() {
        let generic_text = GENERIC.replacen("\"paths\": [", r#""local_names": {"stay_status": {"valid": "Generic name"}}, "paths": ["#, 1);
        let country_text = format!(
            r#"{{"id": "de", "jurisdiction": "Test", "version": "0.0.1", "rules_as_of": "2026-01-01", "reviewed": "2026-01-02", "extends": "generic",
               "local_names": {{"stay_status": {{"tolerated": "Duldung"}}, "order_to_leave": {{"yes": "Abschiebungsandrohung"}}}},
               "victim_routes": ["regularisation_de_victims"],
               "paths": [{{"id": "regularisation_de_victims", "kind": "stay", "order": 140}}],
               "rules": [{{"id": "de_victims", "path": "regularisation_de_victims", "when": {{"is": {{"trafficking_signs": ["yes"]}}}}, "from": "2026-01-01", "until": "2026-12-31", "cites": {CITE}}}]}}"#
        );
        let generic = build(parse(&generic_text).unwrap(), None).unwrap();
        assert_eq!(generic.local_name("stay_status", "valid"), Some("Generic name"));
        let country = build(parse(&country_text).unwrap(), Some(&generic)).unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!(country.local_name("stay_status", "tolerated"), Some("Duldung"));
        assert_eq!(country.local_name("order_to_leave", "yes"), Some("Abschiebungsandrohung"));
        assert_eq!(country.local_name("stay_status", "valid"), None, "a country pack inherits no local name");
        assert_eq!(country.victim_routes, vec!["regularisation_de_victims".to_string()]);
    }

    fn country_with_contact(contact: &str) -> String {
        format!(
            r#"{{"id": "de", "jurisdiction": "Test", "version": "0.0.1", "rules_as_of": "2026-01-01", "reviewed": "2026-01-02", "extends": "generic",
               "contacts": [{contact}]}}"#
        )
    }

    /// A contact names paths that exist, reachable links, and an official source; each problem is
    /// named with where it is. A good one reaches the cards of its paths and kinds.
    #[test]
    fn contacts_are_checked_and_reach_their_cards() {
        let generic = build(parse(GENERIC).unwrap(), None).unwrap();
        let good = format!(r#"{{"paths": ["trafficking_referral", "stay"], "name": "Hotline", "phone": "+49 116 016", "hours": "24/7", "languages": ["de", "ar"], "cites": {CITE}}}"#);
        let text = country_with_contact(&good);
        let pack = build(parse(&text).unwrap(), Some(&generic)).unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!(pack.contacts_for("trafficking_referral", super::Kind::Protection).count(), 1);
        assert_eq!(pack.contacts_for("legal_advice", super::Kind::Stay).count(), 1, "a kind covers its paths");
        assert_eq!(pack.contacts_for("avrr", super::Kind::Return).count(), 0);
        for (bad, says) in [
            (good.replace("trafficking_referral", "trafficking"), "names path `trafficking`"),
            (good.replace("+49 116 016", "call us"), "phone `call us`"),
            (good.replace("\"hours\": \"24/7\"", "\"website\": \"http://x.org\""), "must be an https:// address"),
            (good.replace("24/7", "always"), "hours `always`"),
            (good.replace("\"ar\"", "\"Arabic\""), "language `Arabic`"),
            (good.replace("\"phone\": \"+49 116 016\", ", ""), "no way to reach"),
            (good.replace(CITE, r#"[{"seed": "004:669-673"}]"#), "no official citation"),
        ] {
            let problems = build(parse(&country_with_contact(&bad)).unwrap(), Some(&generic)).expect_err(says);
            assert!(problems.iter().any(|p| p.at == "contacts[0]" && p.what.contains(says)), "{says}: {problems:?}");
        }
    }

    #[test]
    fn hours_are_the_small_opening_hours_subset() {
        for ok in ["24/7", "Mo-Fr 09:00-16:00", "Mo-Fr 09:00-12:00,13:00-16:00; Sa 10:00-12:00", "Su 00:00-24:00"] {
            assert!(super::is_hours(ok), "{ok}");
        }
        for bad in ["", "always", "Mo-Fr 9-16", "Mon-Fri 09:00-16:00", "Mo-Fr 09:00", "Mo-Fr 25:00-26:00", "Mo-Fr 09:00-16:00;Sa 10:00-12:00"] {
            assert!(!super::is_hours(bad), "{bad}");
        }
    }
}
