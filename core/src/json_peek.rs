//! A first look at a JSON file (xem trước tệp JSON): which kind of file it is, its format number, a
//! few string members, before the typed readers (serde derives) read it again from the text, so their
//! errors keep their line and column.
//!
//! Why not `serde_json::Value`: its objects are `BTreeMap<String, Value>`, and with them the B-tree's
//! code, `Value`'s printer and its own deserializer would be in the wasm for these few looks. Here an
//! object is a [`SortedMap`] and scalars other than strings and whole numbers are kept by kind only.
//! Any valid JSON reads (the visitor accepts every value), so the only errors are syntax errors.

use std::fmt;

use serde::de::{MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};

use crate::sorted_map::SortedMap;

#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Str(String),
    /// A whole number ≥ 0 (format numbers, versions).
    UInt(u64),
    /// A later member of the same name replaces an earlier one, as with `serde_json::Value`.
    Object(SortedMap<String, Json>),
    Array(Vec<Json>),
    /// `true`, `false`, `null` or another number, as JSON writes it ("số" for a number).
    Other(&'static str),
}

impl Json {
    /// Member `key` of an object; `None` for a missing member or a value that is not an object.
    pub fn get(&self, key: &str) -> Option<&Json> {
        self.as_object()?.get(key)
    }

    pub fn as_object(&self) -> Option<&SortedMap<String, Json>> {
        match self {
            Json::Object(o) => Some(o),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(a) => Some(a),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::UInt(n) => Some(*n),
            _ => None,
        }
    }

    /// Short text of the value for a message: the string itself, the number, `{…}`, `[…]`.
    pub fn text(&self) -> String {
        match self {
            Json::Str(s) => s.clone(),
            Json::UInt(n) => n.to_string(),
            Json::Object(_) => "{…}".into(),
            Json::Array(_) => "[…]".into(),
            Json::Other(t) => (*t).into(),
        }
    }
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("JSON")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Json, E> {
        Ok(Json::Other(if v { "true" } else { "false" }))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Json, E> {
        Ok(u64::try_from(v).map_or(Json::Other("số"), Json::UInt))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Json, E> {
        Ok(Json::UInt(v))
    }

    fn visit_f64<E>(self, _: f64) -> Result<Json, E> {
        Ok(Json::Other("số"))
    }

    fn visit_str<E>(self, v: &str) -> Result<Json, E> {
        Ok(Json::Str(v.to_string()))
    }

    fn visit_string<E>(self, v: String) -> Result<Json, E> {
        Ok(Json::Str(v))
    }

    fn visit_unit<E>(self) -> Result<Json, E> {
        Ok(Json::Other("null"))
    }

    fn visit_none<E>(self) -> Result<Json, E> {
        Ok(Json::Other("null"))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut members = SortedMap::new();
        while let Some((k, v)) = map.next_entry::<String, Json>()? {
            members.insert(k, v);
        }
        Ok(Json::Object(members))
    }
}
