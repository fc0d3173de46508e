//! Property tests over arbitrary facts, for every shipped pack: `evaluate` is total and
//! deterministic, and the invariants of `vocabulary.md` hold for any facts at all, not only those
//! the flow can reach (the enumeration covers those; this samples the rest).

use proptest::prelude::*;
use std::sync::OnceLock;
use waymark::engine::facts::{self, Values, FACTS, ISO_COUNTRIES};
use waymark::engine::pack::Pack;
use waymark::engine::{evaluate, invariants, Facts, Standing, Value};
use waymark::rules;

/// The day the tests evaluate on (dated rules depend on it; the engine has no clock).
const ON: waymark::engine::Date = waymark::engine::Date::new(2026, 11, 29).unwrap();

fn packs() -> &'static [Pack] {
    static PACKS: OnceLock<Vec<Pack>> = OnceLock::new();
    PACKS.get_or_init(|| rules::ids().map(|id| rules::load(id).unwrap_or_else(|p| panic!("pack `{id}`: {p:?}"))).collect())
}

/// Countries that some pack names (so they come up often), and any other code.
const NAMED_COUNTRIES: &[&str] = &["DE", "ES", "PT", "GT", "HN", "SV", "NI", "MX", "SY", "UA"];

/// Any allowed value of a fact: one of its values, any subset of a list's values (empty included),
/// any country code or extra value.
fn value(values: Values) -> BoxedStrategy<Value> {
    match values {
        Values::OneOf(vs) => prop::sample::select(vs).prop_map(|v| Value::One(v.to_string())).boxed(),
        Values::ListOf(vs) => prop::sample::subsequence(vs, 0..=vs.len())
            .prop_map(|v| Value::Many(v.into_iter().map(str::to_string).collect()))
            .boxed(),
        Values::Country(extra) => {
            let all: Vec<&'static str> = ISO_COUNTRIES.iter().chain(extra).copied().collect();
            prop_oneof![prop::sample::select(NAMED_COUNTRIES), prop::sample::select(extra), prop::sample::select(all)]
                .prop_map(|v| Value::One(v.to_string()))
                .boxed()
        }
    }
}

/// Any subset of the facts of the contract, each with any allowed value.
fn any_facts() -> impl Strategy<Value = Facts> {
    let parts: Vec<BoxedStrategy<Option<(String, Value)>>> = FACTS
        .iter()
        .map(|spec| prop::option::weighted(0.6, value(spec.values)).prop_map(move |v| v.map(|v| (spec.key.to_string(), v))).boxed())
        .collect();
    parts.prop_map(|kv| Facts(kv.into_iter().flatten().collect()))
}

/// Any facts, but half of the time with no safeguard triggered (no fear, risk, trafficking,
/// pressure, crisis or capacity concern), where the invariants about journeys apply.
fn mostly_safe_facts() -> impl Strategy<Value = Facts> {
    (any_facts(), any::<bool>()).prop_map(|(mut f, safe)| {
        if safe {
            for k in ["fear_of_harm", "at_risk_group", "trafficking_signs", "pressure", "crisis_at_origin", "capacity_concern"] {
                f.set(k, "no");
            }
        }
        f
    })
}

/// Facts that break the catalogue: unknown keys, unknown values, lists where a value belongs.
fn wild_facts() -> impl Strategy<Value = Facts> {
    let key = prop_oneof![prop::sample::select(FACTS.iter().map(|f| f.key).collect::<Vec<_>>()).prop_map(str::to_string), "[a-z_]{0,12}"];
    let val = prop_oneof![
        "\\PC{0,8}".prop_map(Value::One),
        prop::collection::vec("[a-z_]{0,8}", 0..4).prop_map(Value::Many),
        prop::sample::select(vec!["yes", "no", "unsure", "host", "return", "under_15", "asylum_pending"]).prop_map(|v| Value::One(v.into())),
    ];
    prop::collection::btree_map(key, val, 0..20).prop_map(Facts)
}

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

proptest! {
    #![proptest_config(config(4000))]

    /// Any facts give a result, the same one twice, and the invariants hold in every pack.
    #[test]
    fn evaluation_is_total_deterministic_and_safe(f in mostly_safe_facts()) {
        prop_assert!(facts::check_all(&f).is_empty(), "the generator made facts outside the catalogue: {:?}", facts::check_all(&f));
        for pack in packs() {
            let a = evaluate(pack, &f, ON);
            let again = evaluate(pack, &f.clone(), ON);
            prop_assert_eq!(&a, &again, "pack `{}` is not deterministic", pack.id);
            let broken = invariants::check(pack, &f, &a, false);
            prop_assert!(broken.is_empty(), "pack `{}`, facts {}:\n  {}", pack.id, facts::to_json(&f), broken.join("\n  "));
        }
    }

    /// Invariant 12, a wish never hides a right: any facts, evaluated with each wish in turn, show
    /// every stay route and protection path that wanting to stay shows, in every pack.
    #[test]
    fn a_wish_never_hides_a_right(f in mostly_safe_facts()) {
        for pack in packs() {
            let broken = invariants::check_across_wishes(pack, &f, ON);
            prop_assert!(broken.is_empty(), "pack `{}`, facts {}:\n  {}", pack.id, facts::to_json(&f), broken.join("\n  "));
        }
    }

    /// Invariant 13, urgency is never invented: a deadline shows only with an order to leave that
    /// is "yes" or "not sure", whatever else the facts say.
    #[test]
    fn a_deadline_shows_only_with_an_order_to_leave(f in any_facts()) {
        let order = matches!(f.get("order_to_leave"), Some("yes" | "unsure"));
        for pack in packs() {
            let a = evaluate(pack, &f, ON);
            for id in ["avrr_before_deadline", "deadline_urgent"] {
                prop_assert!(order || a.get(id).is_none(), "pack `{}` shows `{}` without an order to leave: {}", pack.id, id, facts::to_json(&f));
            }
        }
    }

    /// The CLI's facts file round-trips: what `to_json` writes, `from_json` reads back unchanged.
    #[test]
    fn facts_round_trip_through_json(f in any_facts()) {
        let text = facts::to_json(&f).to_string();
        prop_assert_eq!(facts::from_json(&text), Ok(f));
    }
}

proptest! {
    #![proptest_config(config(1000))]

    /// Even facts outside the catalogue (which the CLI and the flow never pass on) give a result
    /// with the counsellor, without a panic.
    #[test]
    fn evaluation_is_total_on_any_map(f in wild_facts()) {
        for pack in packs() {
            let a = evaluate(pack, &f, ON);
            prop_assert!(a.get("counsellor").is_some());
            prop_assert_eq!(&a, &evaluate(pack, &f, ON));
        }
    }
}

/// The values of a fact's kind that `invariants::READS` cannot tell apart from `v`.
fn same_to_the_invariants(key: &str, v: &Value) -> Vec<Value> {
    let spec = facts::spec(key).unwrap();
    let sig = |x: &Value| -> Vec<bool> {
        invariants::READS
            .iter()
            .filter(|(k, _)| *k == key)
            .map(|(_, vs)| match x {
                Value::One(s) => vs.contains(&s.as_str()),
                Value::Many(items) => items.iter().any(|i| vs.contains(&i.as_str())),
            })
            .collect()
    };
    let all: Vec<Value> = match spec.values {
        Values::OneOf(vs) => vs.iter().map(|x| Value::One(x.to_string())).collect(),
        Values::ListOf(vs) => vs.iter().map(|x| Value::Many(vec![x.to_string()])).collect(),
        Values::Country(extra) => ISO_COUNTRIES.iter().chain(extra).take(60).map(|x| Value::One(x.to_string())).collect(),
    };
    all.into_iter().filter(|x| sig(x) == sig(v)).collect()
}

proptest! {
    #![proptest_config(config(1500))]

    /// The enumeration merges answer sets that differ only in values `invariants::READS` does not
    /// tell apart; that is sound only if `invariants::check` cannot tell them apart either. If this
    /// fails, the invariants read a new distinction: add it to `invariants::READS`.
    #[test]
    fn the_invariants_read_facts_only_through_the_enumerations_atoms(f in mostly_safe_facts()) {
        let pack = &packs()[0];
        let a = evaluate(pack, &f, ON);
        let before = [invariants::check(pack, &f, &a, false), invariants::check(pack, &f, &a, true)];
        for (key, v) in &f.0 {
            for same in same_to_the_invariants(key, v) {
                let mut g = f.clone();
                g.0.insert(key.clone(), same.clone());
                let after = [invariants::check(pack, &g, &a, false), invariants::check(pack, &g, &a, true)];
                prop_assert_eq!(&before, &after, "`{}`: {:?} and {:?}", key, v, same);
            }
        }
    }

    /// The enumeration tracks the paths of `invariants::PATHS` and the journey paths one by one, and
    /// only counts the others; that is sound only if `invariants::check` reads no other path's
    /// standing. If this fails, add the path to `invariants::PATHS`.
    #[test]
    fn the_invariants_read_only_the_paths_the_enumeration_tracks(f in any_facts()) {
        for pack in packs() {
            let a = evaluate(pack, &f, ON);
            let before = invariants::check(pack, &f, &a, true);
            for (i, p) in a.paths.iter().enumerate() {
                if p.journey || invariants::reads_path(pack, &p.id) {
                    continue;
                }
                let mut b = a.clone();
                b.paths[i].standing = if p.standing == Standing::MayApply { Standing::InfoOnly } else { Standing::MayApply };
                b.paths[i].held_by.clear();
                prop_assert_eq!(&before, &invariants::check(pack, &f, &b, true), "pack `{}`: the standing of `{}` matters", pack.id, p.id);
                // Nor whether it is there at all, while two other paths remain.
                if a.paths.len() >= 3 {
                    let mut c = a.clone();
                    c.paths.remove(i);
                    c.paths.iter_mut().enumerate().for_each(|(r, q)| q.rank = r + 1);
                    let unranked = |v: Vec<String>| -> Vec<String> { v.into_iter().map(|m| m.split(" (rank").next().unwrap().to_string()).collect() };
                    prop_assert_eq!(unranked(before.clone()), unranked(invariants::check(pack, &f, &c, true)), "pack `{}`: whether `{}` is shown matters", pack.id, p.id);
                }
            }
        }
    }
}
