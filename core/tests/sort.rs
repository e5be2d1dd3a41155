//! The small stable sort gives what std's stable sort gives, equal keys in their order.
//! Native only (proptest).
#![cfg(not(target_arch = "wasm32"))]

use bccds_core::sort::sort_small_by;
use proptest::prelude::*;

proptest! {
    #[test]
    fn sorts_like_std_stable_sort(items in proptest::collection::vec((0u8..6, any::<u16>()), 0..60)) {
        let mut ours = items.clone();
        sort_small_by(&mut ours, |a, b| a.0 < b.0);
        let mut std = items;
        std.sort_by_key(|x| x.0);
        prop_assert_eq!(ours, std);
    }
}

#[test]
fn descending_order_and_edge_lengths() {
    let mut v = vec![3.5, 1.0, 9.25, 1.0];
    sort_small_by(&mut v, |a, b| a > b);
    assert_eq!(v, vec![9.25, 3.5, 1.0, 1.0]);
    let mut empty: Vec<u8> = Vec::new();
    sort_small_by(&mut empty, |a, b| a < b);
    assert!(empty.is_empty());
    let mut one = vec![7];
    sort_small_by(&mut one, |a, b| a < b);
    assert_eq!(one, vec![7]);
}
