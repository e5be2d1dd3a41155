//! `json_peek::Json` reads every JSON text as `serde_json::Value` does (which it replaced for the
//! first look at files): same members, strings and whole numbers; other scalars by kind; the same
//! texts refused. Native only (proptest).
#![cfg(not(target_arch = "wasm32"))]

use bccds_core::json_peek::Json;
use proptest::prelude::*;
use serde_json::Value;

/// What `Json` should hold for a `Value`.
fn expected(v: &Value) -> Json {
    match v {
        Value::String(s) => Json::Str(s.clone()),
        Value::Number(n) => n.as_u64().map_or(Json::Other("số"), Json::UInt),
        Value::Bool(true) => Json::Other("true"),
        Value::Bool(false) => Json::Other("false"),
        Value::Null => Json::Other("null"),
        Value::Array(a) => Json::Array(a.iter().map(expected).collect()),
        Value::Object(o) => Json::Object(o.iter().map(|(k, v)| (k.clone(), expected(v))).collect()),
    }
}

fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<u64>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        (-1e6f64..1e6).prop_map(Value::from),
        "[a-zđươ\"\\\\ \u{1}-\u{1f}\u{301}]{0,8}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 40, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec(("[a-z_]{0,6}", inner), 0..6).prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn reads_as_serde_json_value_does(v in value(), pretty in any::<bool>()) {
        let text = if pretty { serde_json::to_string_pretty(&v).unwrap() } else { v.to_string() };
        let json: Json = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(json, expected(&v));
    }

    /// Any text: refused exactly when `Value` refuses it, and by a syntax or end-of-file error
    /// (the first look never finds a "wrong type").
    #[test]
    fn refuses_what_value_refuses(text in "[{}\\[\\]\":,a-z0-9 .-]{0,24}") {
        let peek = serde_json::from_str::<Json>(&text);
        let value = serde_json::from_str::<Value>(&text);
        prop_assert_eq!(peek.is_ok(), value.is_ok(), "{}", text);
        if let (Err(p), Err(v)) = (peek, value) {
            prop_assert_eq!(p.classify(), v.classify());
            prop_assert_eq!((p.line(), p.column()), (v.line(), v.column()));
        }
    }
}

#[test]
fn members_of_a_file_header() {
    let json: Json = serde_json::from_str(
        r#"{"format": 1, "kind": "bao-cao-cds", "report": {"format": 2, "values": {"a": "1"}}, "n": -3, "x": 1.5, "format": 3}"#,
    )
    .unwrap();
    assert_eq!(
        json.get("format").and_then(Json::as_u64),
        Some(3),
        "a later member replaces an earlier one"
    );
    assert_eq!(json.get("kind").and_then(Json::as_str), Some("bao-cao-cds"));
    assert_eq!(
        json.get("report").and_then(|r| r.get("format")).and_then(Json::as_u64),
        Some(2)
    );
    assert_eq!(json.get("n"), Some(&Json::Other("số")));
    assert_eq!(json.get("x").and_then(Json::as_u64), None);
    assert_eq!(json.get("missing"), None);
    assert_eq!(json.get("report").unwrap().text(), "{…}");
    assert_eq!(Json::UInt(5).text(), "5");
    let list: Json = serde_json::from_str("[1, \"a\"]").unwrap();
    assert_eq!(list.get("format"), None, "not an object");
    assert_eq!(list.as_array().map(<[Json]>::len), Some(2));
}
