//! The fact catalogue of `vocabulary.md` and the `Facts` a person gives.
//!
//! A fact is a coarse, anonymous answer. The catalogue here is the one place that knows which keys
//! exist and which values each allows; packs, the flow, the CLI and the UI all check against it.
//! An absent fact means "not asked" or "prefer not to say", never "no".

use std::collections::BTreeMap;
use std::fmt;

/// How a fact's values are checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Values {
    /// One of a fixed list.
    OneOf(&'static [&'static str]),
    /// A list whose items come from a fixed list (each at most once).
    ListOf(&'static [&'static str]),
    /// An ISO 3166-1 alpha-2 code in upper case, or one of the listed extra values.
    Country(&'static [&'static str]),
}

/// One fact of the contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FactSpec {
    pub key: &'static str,
    pub values: Values,
}

use Values::*;

/// Every fact of `vocabulary.md`, in the order of its table. Never rename or repurpose a key.
pub const FACTS: &[FactSpec] = &[
    FactSpec { key: "respondent", values: OneOf(&["self", "counsellor", "helper"]) },
    FactSpec { key: "location", values: OneOf(&["host", "transit", "origin"]) },
    FactSpec { key: "host_country", values: Country(&["other"]) },
    FactSpec { key: "origin_country", values: Country(&["stateless", "other"]) },
    FactSpec { key: "wish", values: OneOf(&["return", "stay", "elsewhere", "unsure"]) },
    FactSpec { key: "pressure", values: OneOf(&["yes", "no"]) },
    FactSpec { key: "informed", values: OneOf(&["yes", "partly", "no"]) },
    FactSpec { key: "capacity_concern", values: OneOf(&["yes", "no"]) },
    FactSpec { key: "means", values: OneOf(&["own", "travel_help", "full_help"]) },
    FactSpec {
        key: "stay_status",
        values: OneOf(&[
            "valid", "expiring", "expired", "irregular_entry", "refused_entry", "asylum_pending",
            "asylum_refused", "tolerated", "temporary_protection", "contract_ending", "unknown",
        ]),
    },
    FactSpec { key: "order_to_leave", values: OneOf(&["yes", "no", "unsure"]) },
    FactSpec { key: "documents", values: OneOf(&["valid", "expired", "none"]) },
    FactSpec { key: "reentry_risk", values: OneOf(&["yes", "no", "unknown"]) },
    FactSpec { key: "social_security", values: OneOf(&["yes", "no", "unknown"]) },
    FactSpec { key: "fear_of_harm", values: OneOf(&["yes", "no", "unsure"]) },
    FactSpec { key: "crisis_at_origin", values: OneOf(&["yes", "no", "unsure"]) },
    FactSpec { key: "fled_crisis", values: OneOf(&["yes", "no"]) },
    FactSpec { key: "trafficking_signs", values: OneOf(&["yes", "no"]) },
    FactSpec { key: "torture_or_abuse", values: OneOf(&["yes", "no"]) },
    FactSpec { key: "age_band", values: OneOf(&["under_15", "15_17", "18_26", "27_59", "60_plus"]) },
    FactSpec { key: "with_guardian", values: OneOf(&["yes", "no", "other_adult"]) },
    FactSpec { key: "health_needs", values: OneOf(&["yes", "no"]) },
    FactSpec { key: "pregnant", values: OneOf(&["yes", "no"]) },
    FactSpec { key: "at_risk_group", values: OneOf(&["yes", "no"]) },
    FactSpec { key: "stranded", values: OneOf(&["yes", "no"]) },
    FactSpec { key: "family_returning", values: OneOf(&["none", "partner", "children", "other"]) },
    FactSpec { key: "welcome_expected", values: OneOf(&["yes", "unsure", "no"]) },
    FactSpec { key: "time_in_host", values: OneOf(&["under_1", "1_2", "2_3", "3_4", "4_6", "6_8", "8_plus"]) },
    FactSpec {
        key: "restart_needs",
        values: ListOf(&[
            "job", "training", "business", "credit", "housing", "health", "psychosocial", "school",
            "documents", "cash",
        ]),
    },
    FactSpec { key: "future_mobility", values: OneOf(&["yes", "no", "unsure"]) },
    FactSpec { key: "virtual_engagement", values: OneOf(&["yes", "no"]) },
    FactSpec { key: "return_mode", values: OneOf(&["own", "programme", "forced"]) },
    FactSpec { key: "remigrate_soon", values: OneOf(&["yes", "no", "unsure"]) },
    FactSpec {
        key: "family_in_host",
        values: ListOf(&["citizen_or_resident", "child_citizen", "child_born_here", "child_in_school"]),
    },
    FactSpec { key: "work", values: OneOf(&["formal", "informal", "offer", "none"]) },
    FactSpec { key: "in_training", values: OneOf(&["yes", "no"]) },
];

/// Looks a fact up by key.
pub fn spec(key: &str) -> Option<&'static FactSpec> {
    FACTS.iter().find(|f| f.key == key)
}

/// ISO 3166-1 alpha-2 codes (officially assigned), so that a typo such as `DX` is rejected.
pub const ISO_COUNTRIES: &[&str] = &[
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
];

/// Whether `value` is allowed for the fact `spec` (one item, for list facts).
pub fn allows(spec: &FactSpec, value: &str) -> bool {
    match spec.values {
        OneOf(vs) | ListOf(vs) => vs.contains(&value),
        Country(extra) => extra.contains(&value) || ISO_COUNTRIES.contains(&value),
    }
}

/// A short description of what a fact allows, for error messages.
pub fn allowed_text(spec: &FactSpec) -> String {
    match spec.values {
        OneOf(vs) => format!("one of: {}", vs.join(", ")),
        ListOf(vs) => format!("a list of: {}", vs.join(", ")),
        Country(extra) => format!("an ISO 3166-1 alpha-2 code in upper case (such as DE) or: {}", extra.join(", ")),
    }
}

/// A fact's value: one string, or a list for list facts.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Value {
    One(String),
    Many(Vec<String>),
}

/// The answers given so far. Keys are fact keys; an absent key is "not asked" or "prefer not to say".
/// A `BTreeMap` so that everything derived from facts is in a stable order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Facts(pub BTreeMap<String, Value>);

impl Facts {
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets a one-valued fact (builder style, handy in tests).
    pub fn with(mut self, key: &str, value: &str) -> Self {
        self.set(key, value);
        self
    }

    pub fn set(&mut self, key: &str, value: &str) {
        self.0.insert(key.to_string(), Value::One(value.to_string()));
    }

    pub fn set_list(&mut self, key: &str, values: Vec<String>) {
        self.0.insert(key.to_string(), Value::Many(values));
    }

    pub fn remove(&mut self, key: &str) {
        self.0.remove(key);
    }

    /// The value of a one-valued fact.
    pub fn get(&self, key: &str) -> Option<&str> {
        match self.0.get(key) {
            Some(Value::One(v)) => Some(v),
            _ => None,
        }
    }

    /// The items of a list fact (empty if absent).
    pub fn list(&self, key: &str) -> &[String] {
        match self.0.get(key) {
            Some(Value::Many(v)) => v,
            _ => &[],
        }
    }

    pub fn has(&self, key: &str) -> bool {
        self.0.contains_key(key)
    }

    /// Whether the fact is present and equals one of `values` (for a list fact: contains one of them).
    pub fn is_one_of(&self, key: &str, values: &[String]) -> bool {
        match self.0.get(key) {
            Some(Value::One(v)) => values.iter().any(|x| x == v),
            Some(Value::Many(items)) => items.iter().any(|i| values.contains(i)),
            None => false,
        }
    }
}

/// A fact that does not fit the catalogue: the key, what was given and what is allowed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FactError {
    UnknownKey { key: String },
    BadValue { key: String, value: String, allowed: String },
    NotAList { key: String, allowed: String },
    NotAString { key: String, allowed: String },
    Duplicate { key: String, value: String },
}

impl fmt::Display for FactError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FactError::UnknownKey { key } => {
                let keys: Vec<&str> = FACTS.iter().map(|s| s.key).collect();
                write!(f, "unknown fact `{key}`; the facts are: {}", keys.join(", "))
            }
            FactError::BadValue { key, value, allowed } => {
                write!(f, "fact `{key}` has the value `{value}`, which is not allowed; `{key}` takes {allowed}")
            }
            FactError::NotAList { key, allowed } => {
                write!(f, "fact `{key}` must be an array of strings; it takes {allowed}")
            }
            FactError::NotAString { key, allowed } => {
                write!(f, "fact `{key}` must be a string; it takes {allowed}")
            }
            FactError::Duplicate { key, value } => {
                write!(f, "fact `{key}` lists `{value}` more than once")
            }
        }
    }
}

impl std::error::Error for FactError {}

/// Checks one key and value against the catalogue.
pub fn check(key: &str, value: &Value) -> Result<(), FactError> {
    let spec = spec(key).ok_or_else(|| FactError::UnknownKey { key: key.to_string() })?;
    let allowed = || allowed_text(spec);
    match (spec.values, value) {
        (ListOf(_), Value::Many(items)) => {
            for (i, item) in items.iter().enumerate() {
                if !allows(spec, item) {
                    return Err(FactError::BadValue { key: key.into(), value: item.clone(), allowed: allowed() });
                }
                if items[..i].contains(item) {
                    return Err(FactError::Duplicate { key: key.into(), value: item.clone() });
                }
            }
            Ok(())
        }
        (ListOf(_), Value::One(_)) => Err(FactError::NotAList { key: key.into(), allowed: allowed() }),
        (_, Value::Many(_)) => Err(FactError::NotAString { key: key.into(), allowed: allowed() }),
        (_, Value::One(v)) if allows(spec, v) => Ok(()),
        (_, Value::One(v)) => Err(FactError::BadValue { key: key.into(), value: v.clone(), allowed: allowed() }),
    }
}

/// Checks every fact; returns every problem, in key order.
pub fn check_all(facts: &Facts) -> Vec<FactError> {
    facts.0.iter().filter_map(|(k, v)| check(k, v).err()).collect()
}

/// Parses facts from a JSON object (the CLI's `facts.json`). Every problem is listed.
pub fn from_json(text: &str) -> Result<Facts, Vec<String>> {
    let parsed: serde_json::Value =
        serde_json::from_str(text).map_err(|e| vec![format!("the facts file is not valid JSON: {e}")])?;
    let obj = parsed
        .as_object()
        .ok_or_else(|| vec!["the facts file must hold one JSON object of fact keys and values".to_string()])?;
    let mut facts = Facts::new();
    let mut errors = Vec::new();
    for (key, v) in obj {
        let value = match v {
            serde_json::Value::String(s) => Value::One(s.clone()),
            serde_json::Value::Array(items) => {
                let strings: Option<Vec<String>> = items.iter().map(|i| i.as_str().map(str::to_string)).collect();
                match strings {
                    Some(s) => Value::Many(s),
                    None => {
                        errors.push(format!("fact `{key}` must be an array of strings"));
                        continue;
                    }
                }
            }
            other => {
                let allowed = spec(key).map(allowed_text).unwrap_or_default();
                errors.push(format!("fact `{key}` has the value {other}, which is not a string; it takes {allowed}"));
                continue;
            }
        };
        match check(key, &value) {
            Ok(()) => {
                facts.0.insert(key.clone(), value);
            }
            Err(e) => errors.push(e.to_string()),
        }
    }
    if errors.is_empty() { Ok(facts) } else { Err(errors) }
}

/// Writes facts as the JSON object the CLI reads.
pub fn to_json(facts: &Facts) -> serde_json::Value {
    let mut obj = serde_json::Map::new();
    for (k, v) in &facts.0 {
        let j = match v {
            Value::One(s) => serde_json::Value::String(s.clone()),
            Value::Many(items) => serde_json::Value::Array(items.iter().cloned().map(serde_json::Value::String).collect()),
        };
        obj.insert(k.clone(), j);
    }
    serde_json::Value::Object(obj)
}
