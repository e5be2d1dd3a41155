//! Reading a [`Rule`] from JSON by hand: `{ "id", "kind", …the kind's fields…, "severity"? }`.
//!
//! The derived reading (`#[serde(flatten)]` over an internally tagged enum) buffers every rule and
//! replays it per variant: 4.7 KB of wasm (gzipped) for four small shapes. This reads each key once
//! and says the same things: `missing field`, `unknown variant`, and `unknown field` with the
//! fields the rule's kind allows.

use std::borrow::Cow;
use std::fmt;

use serde::de::{Error, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

use super::model::{Relation, Rule, RuleKind, Severity};

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum Kind {
    Sum,
    AtMost,
    Rate,
    Same,
}

impl<'de> Deserialize<'de> for Rule {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Rule, D::Error> {
        d.deserialize_map(RuleVisitor)
    }
}

struct RuleVisitor;

impl<'de> Visitor<'de> for RuleVisitor {
    type Value = Rule;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("struct Rule")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Rule, A::Error> {
        let (mut id, mut kind, mut severity, mut relation) = (None, None, None, None);
        let (mut parts, mut fields) = (None::<Vec<String>>, None::<Vec<String>>);
        // total, part, whole, rate, numerator, denominator
        let mut refs: [Option<String>; 6] = Default::default();
        let mut unknown: Option<String> = None;
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            let slot = REFS.iter().position(|r| *r == key);
            match (&*key, slot) {
                (_, Some(i)) => refs[i] = Some(map.next_value()?),
                ("id", _) => id = Some(map.next_value()?),
                ("kind", _) => kind = Some(map.next_value::<Kind>()?),
                ("severity", _) => severity = map.next_value::<Option<Severity>>()?,
                ("relation", _) => relation = Some(map.next_value::<Relation>()?),
                ("parts", _) => parts = Some(map.next_value()?),
                ("fields", _) => fields = Some(map.next_value()?),
                (other, _) => {
                    unknown.get_or_insert_with(|| other.to_string());
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        let id = id.ok_or_else(|| A::Error::missing_field("id"))?;
        let kind = kind.ok_or_else(|| A::Error::missing_field("kind"))?;
        let allowed: &'static [&'static str] = match kind {
            Kind::Sum => &["parts", "total", "relation"],
            Kind::AtMost => &["part", "whole"],
            Kind::Rate => &["rate", "numerator", "denominator"],
            Kind::Same => &["fields"],
        };
        let present = REFS
            .iter()
            .zip(&refs)
            .filter(|(_, v)| v.is_some())
            .map(|(k, _)| *k)
            .chain(parts.is_some().then_some("parts"))
            .chain(relation.is_some().then_some("relation"))
            .chain(fields.is_some().then_some("fields"));
        if let Some(extra) = unknown
            .as_deref()
            .into_iter()
            .chain(present)
            .find(|k| !allowed.contains(k))
        {
            return Err(A::Error::unknown_field(extra, allowed));
        }
        let mut take = |i: usize| refs[i].take().ok_or_else(|| A::Error::missing_field(REFS[i]));
        let kind = match kind {
            Kind::Sum => RuleKind::Sum {
                parts: parts.ok_or_else(|| A::Error::missing_field("parts"))?,
                total: take(0)?,
                relation: relation.ok_or_else(|| A::Error::missing_field("relation"))?,
            },
            Kind::AtMost => RuleKind::AtMost {
                part: take(1)?,
                whole: take(2)?,
            },
            Kind::Rate => RuleKind::Rate {
                rate: take(3)?,
                numerator: take(4)?,
                denominator: take(5)?,
            },
            Kind::Same => RuleKind::Same {
                fields: fields.ok_or_else(|| A::Error::missing_field("fields"))?,
            },
        };
        Ok(Rule { id, kind, severity })
    }
}

const REFS: [&str; 6] = ["total", "part", "whole", "rate", "numerator", "denominator"];
