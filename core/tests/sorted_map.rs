//! `SortedMap` behaves as std's `BTreeMap` did where it replaced it: same answers to every
//! operation in any sequence, same iteration order, same JSON both ways. Native only (proptest).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};

use bccds_core::report::{Report, Value};
use bccds_core::sorted_map::{SortedMap, SortedSet};
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Op {
    Insert(u8, u16),
    Remove(u8),
    GetOrInsert(u8, u16),
    Retain(u8),
    Clear,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        6 => (0u8..40, any::<u16>()).prop_map(|(k, v)| Op::Insert(k, v)),
        3 => (0u8..40).prop_map(Op::Remove),
        2 => (0u8..40, any::<u16>()).prop_map(|(k, v)| Op::GetOrInsert(k, v)),
        1 => (1u8..5).prop_map(Op::Retain),
        1 => Just(Op::Clear),
    ]
}

proptest! {
    #[test]
    fn answers_like_btreemap(ops in proptest::collection::vec(op(), 0..120), probes in proptest::collection::vec(0u8..40, 10)) {
        let mut ours: SortedMap<u8, u16> = SortedMap::new();
        let mut std: BTreeMap<u8, u16> = BTreeMap::new();
        for op in ops {
            match op {
                Op::Insert(k, v) => prop_assert_eq!(ours.insert(k, v), std.insert(k, v)),
                Op::Remove(k) => prop_assert_eq!(ours.remove(&k), std.remove(&k)),
                Op::GetOrInsert(k, v) => {
                    *ours.get_or_insert_with(k, || v) += 1;
                    *std.entry(k).or_insert_with(|| v) += 1;
                }
                Op::Retain(m) => {
                    ours.retain(|k, _| k % m != 0);
                    std.retain(|k, _| k % m != 0);
                }
                Op::Clear => {
                    ours.clear();
                    std.clear();
                }
            }
            prop_assert_eq!(ours.len(), std.len());
        }
        prop_assert_eq!(ours.iter().collect::<Vec<_>>(), std.iter().collect::<Vec<_>>());
        prop_assert_eq!(ours.is_empty(), std.is_empty());
        for k in probes {
            prop_assert_eq!(ours.get(&k), std.get(&k));
            prop_assert_eq!(ours.contains_key(&k), std.contains_key(&k));
        }
    }

    #[test]
    fn collects_like_btreemap_later_entries_win(pairs in proptest::collection::vec((0u8..30, any::<u16>()), 0..80)) {
        let ours: SortedMap<u8, u16> = pairs.iter().copied().collect();
        let std: BTreeMap<u8, u16> = pairs.iter().copied().collect();
        prop_assert_eq!(ours.into_iter().collect::<Vec<_>>(), std.into_iter().collect::<Vec<_>>());
    }

    #[test]
    fn json_is_the_same_both_ways(pairs in proptest::collection::vec(("[a-dđ]{0,3}", "[ -~]{0,4}"), 0..30)) {
        let ours: SortedMap<String, String> = pairs.iter().cloned().collect();
        let std: BTreeMap<String, String> = pairs.iter().cloned().collect();
        let text = serde_json::to_string(&std).unwrap();
        prop_assert_eq!(serde_json::to_string(&ours).unwrap(), text.clone());
        let back: SortedMap<String, String> = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(back, ours);
    }

    #[test]
    fn set_answers_like_btreeset(items in proptest::collection::vec((any::<bool>(), 0u8..25), 0..80)) {
        let mut ours = SortedSet::new();
        let mut std = BTreeSet::new();
        for (add, x) in items {
            if add {
                prop_assert_eq!(ours.insert(x), std.insert(x));
            } else {
                prop_assert_eq!(ours.remove(&x), std.remove(&x));
            }
            prop_assert_eq!(ours.contains(&x), std.contains(&x));
        }
        prop_assert_eq!(ours.iter().collect::<Vec<_>>(), std.iter().collect::<Vec<_>>());
    }
}

/// Keys out of order and repeated in a file (a hand-edited report) are read as `BTreeMap` read
/// them: sorted, the last value of a repeated key kept.
#[test]
fn report_values_out_of_order_and_repeated() {
    let json = r#"{"format":1,"id":"x","template_id":"cds-6-thang","template_version":1,
        "values":{"z":"1","a":"2","m":[{"b":"1","a":"2"}],"a":"3"},"accepted":{}}"#;
    let report: Report = serde_json::from_str(json).unwrap();
    let keys: Vec<&str> = report.values.keys().map(String::as_str).collect();
    assert_eq!(keys, ["a", "m", "z"]);
    assert_eq!(report.values["a"], Value::Text("3".into()));
    let Value::Rows(rows) = &report.values["m"] else {
        panic!("a table")
    };
    assert_eq!(rows[0].keys().map(String::as_str).collect::<Vec<_>>(), ["a", "b"]);
    let written = serde_json::to_string(&report.values).unwrap();
    assert_eq!(written, r#"{"a":"3","m":[{"a":"2","b":"1"}],"z":"1"}"#);
}
