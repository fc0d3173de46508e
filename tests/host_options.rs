//! The host's referral directory names paths by the contract's ids: the list it accepts must be
//! the generic pack's, and every path id of every shipped pack must be nameable.

use waymark::host::referrals::{known_path, CONTRACT_PATHS};
use waymark::rules;

#[test]
fn contract_paths_are_the_generic_packs_and_every_shipped_path_id_is_accepted() {
    let generic = rules::load("generic").expect("generic loads");
    let mut ids: Vec<&str> = generic.paths.iter().map(|p| p.id.as_str()).collect();
    let mut contract = CONTRACT_PATHS.to_vec();
    ids.sort();
    contract.sort();
    assert_eq!(ids, contract);
    for pack in rules::ids() {
        for p in &rules::load(pack).expect("loads").paths {
            assert!(known_path(&p.id), "{pack}: {} must be nameable in helps_with", p.id);
        }
    }
}
