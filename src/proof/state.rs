//! A state of the proof's programme as a fixed key of small slots (no allocation per state), and
//! the states after one step, merged: walks that reach the same key are counted, not kept.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// A state's slots, packed a few bits each into a fixed key.
pub(super) const KEY_WORDS: usize = 6;

/// The most steps a walk can take (a witness holds one choice per step).
pub(super) const MAX_STEPS: usize = 56;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub(super) struct Key(pub [u64; KEY_WORDS]);

/// One walk: the choice taken at each step.
#[derive(Clone, Copy)]
pub(super) struct Walk(pub [u8; MAX_STEPS]);

/// Where each slot sits in a key. The slots, in order: the class of each fact (0: absent), each
/// decision's own slot and each untracked path's summary (0: does not hold, 1: holds with a
/// reason, 2: holds with none), the accumulators of combined parts, then four of the walk's own.
pub(super) struct Layout {
    /// Each slot's word, shift and width in bits.
    at: Vec<(u8, u8, u8)>,
    /// The first own slot of a decision.
    pub own: usize,
    /// The first summary of an untracked path.
    pub summaries: usize,
    /// The first accumulator.
    pub accumulators: usize,
    /// The untracked paths shown: how many (saturating at 2) and, bit 2, whether one has no reason.
    pub other: usize,
    /// Whether any fact of the catalogue was given (a rule that is `always` then has reasons).
    pub present: usize,
    /// The current question across its steps: asked (`ASKED`), "prefer not to say" (`PREFER_NOT`).
    pub transient: usize,
    /// Whether an untracked stay route is shown (see `invariants::reads_path`).
    pub stay_shown: usize,
}

impl Layout {
    /// Lays out slots for facts of the given widths, `own` own slots, `summaries` summaries and
    /// `accumulators` accumulators.
    pub fn new(fact_widths: &[u8], own: usize, summaries: usize, accumulators: usize) -> Self {
        let facts = fact_widths.len();
        let widths: Vec<u8> = fact_widths
            .iter()
            .copied()
            .chain(std::iter::repeat_n(2, own + summaries))
            .chain(std::iter::repeat_n(3, accumulators))
            .chain([3, 1, 2, 1])
            .collect();
        let mut at = Vec::new();
        let (mut word, mut shift) = (0u8, 0u8);
        for w in widths {
            if shift + w > 64 {
                word += 1;
                shift = 0;
            }
            at.push((word, shift, w));
            shift += w;
        }
        assert!((word as usize) < KEY_WORDS, "the states of this pack do not fit in {KEY_WORDS} words");
        let other = facts + own + summaries + accumulators;
        Layout { at, own: facts, summaries: facts + own, accumulators: facts + own + summaries, other, present: other + 1, transient: other + 2, stay_shown: other + 3 }
    }

    pub fn get(&self, k: &Key, i: usize) -> u8 {
        let (w, sh, wd) = self.at[i];
        ((k.0[w as usize] >> sh) & ((1u64 << wd) - 1)) as u8
    }

    pub fn set(&self, k: &mut Key, i: usize, v: u8) {
        let (w, sh, wd) = self.at[i];
        assert!(u64::from(v) >> wd == 0, "slot {i} is too narrow for {v}");
        let m = ((1u64 << wd) - 1) << sh;
        k.0[w as usize] = (k.0[w as usize] & !m) | (u64::from(v) << sh);
    }

    /// Reads a slot and clears it (an accumulator or a summary that is done).
    pub fn read_and_clear(&self, k: &mut Key, i: usize) -> u8 {
        let v = self.get(k, i);
        self.set(k, i, 0);
        v
    }
}

/// A state's counts and walks.
pub(super) struct Entry {
    /// Class walks merged into this state.
    pub classes: u64,
    /// Raw answer sets they stand for.
    pub raw: u128,
    /// Untracked paths some merged walk has shown (a bit per summary).
    pub reached: u64,
    /// One walk into this state, and a second one if any was merged.
    pub witness: Walk,
    pub alt: Option<Walk>,
}

/// The states after one step, in the order they were first reached.
#[derive(Default)]
pub(super) struct States {
    index: HashMap<Key, u32, BuildHasherDefault<KeyHasher>>,
    pub list: Vec<(Key, Entry)>,
}

impl States {
    pub fn merge(&mut self, k: Key, e: Entry) {
        match self.index.get(&k) {
            None => {
                self.index.insert(k, self.list.len() as u32);
                self.list.push((k, e));
            }
            Some(&i) => {
                let x = &mut self.list[i as usize].1;
                x.classes += e.classes;
                x.raw += e.raw;
                x.reached |= e.reached;
                if x.alt.is_none() {
                    x.alt = Some(e.witness);
                }
            }
        }
    }
}

/// A fast, fixed hash for state keys (fixed so that runs are repeatable; keys are not adversarial).
#[derive(Default)]
struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn write_u64(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut w = [0u8; 8];
            w[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}
