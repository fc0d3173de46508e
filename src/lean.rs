//! Sorting and map building that cost the widget less code than the standard library's.
//!
//! Why: every element type given to `sort_by`, or collected into a `BTreeMap` or `BTreeSet` (whose
//! `collect` sorts first), gets its own copy of the standard sort: 2 to 4 KB of WebAssembly each,
//! about 9 KiB gzip of the first load for the fifteen types the widget had. Our lists are short
//! (the longest, the country names, has about 250 items), so a stable binary insertion sort is
//! quick enough, and maps are built by inserting.
//!
//! It sits at the bottom of the crate (engine, flow, rules and ui all use it) and imports only the
//! standard library.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

/// Sorts `v` stably by `cmp`: equal items keep their order. O(n log n) comparisons (which may be
/// costly, such as a browser's collation), O(n²) moves of short slices.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..v.len() {
        let (mut lo, mut hi) = (0, i);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if cmp(&v[i], &v[mid]) == Ordering::Less {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        v[lo..=i].rotate_right(1);
    }
}

/// A map of `items`; a later value for the same key replaces an earlier one, as `collect` does.
pub fn map_from<K: Ord, V>(items: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut m = BTreeMap::new();
    for (k, v) in items {
        m.insert(k, v);
    }
    m
}

/// `map_from` of items that may fail: `None` at the first `None`.
pub fn try_map_from<K: Ord, V>(items: impl IntoIterator<Item = Option<(K, V)>>) -> Option<BTreeMap<K, V>> {
    let mut m = BTreeMap::new();
    for kv in items {
        let (k, v) = kv?;
        m.insert(k, v);
    }
    Some(m)
}

/// A set of `items`.
pub fn set_from<T: Ord>(items: impl IntoIterator<Item = T>) -> BTreeSet<T> {
    let mut s = BTreeSet::new();
    for x in items {
        s.insert(x);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        let mut seed = 7u32;
        for len in 0..60 {
            let mut v: Vec<(u32, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((seed >> 16) % 9, i)
                })
                .collect();
            let mut want = v.clone();
            want.sort_by_key(|a| a.0);
            sort_by(&mut v, |a, b| a.0.cmp(&b.0));
            assert_eq!(v, want);
        }
    }

    #[test]
    fn builds_maps_as_collect_does() {
        let items = [("b", 1), ("a", 2), ("b", 3)];
        assert_eq!(map_from(items), items.into_iter().collect::<BTreeMap<_, _>>());
        assert_eq!(try_map_from(items.map(Some)), Some(items.into_iter().collect()));
        assert_eq!(try_map_from([Some(("a", 1)), None]), None);
        assert_eq!(set_from([3, 1, 3]), BTreeSet::from([1, 3]));
    }
}
