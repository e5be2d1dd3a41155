//! Reading a [`Formula`] from JSON by hand: `{ "op": "ratio" | "sum", "of": [...] }`. The derived
//! reading of an internally tagged enum buffers the object and replays it; this reads each key once
//! and says the same things (`missing field`, `unknown variant`, `invalid length`).

use std::borrow::Cow;
use std::fmt;

use serde::de::{Error, IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

use super::model::Formula;

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum Op {
    Ratio,
    Sum,
}

impl<'de> Deserialize<'de> for Formula {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Formula, D::Error> {
        d.deserialize_map(FormulaVisitor)
    }
}

struct FormulaVisitor;

impl<'de> Visitor<'de> for FormulaVisitor {
    type Value = Formula;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("internally tagged enum Formula")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Formula, A::Error> {
        let (mut op, mut of) = (None, None::<Vec<String>>);
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            match &*key {
                "op" => op = Some(map.next_value::<Op>()?),
                "of" => of = Some(map.next_value()?),
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        let op = op.ok_or_else(|| A::Error::missing_field("op"))?;
        let of = of.ok_or_else(|| A::Error::missing_field("of"))?;
        Ok(match op {
            Op::Sum => Formula::Sum { of },
            Op::Ratio => {
                let n = of.len();
                let of: [String; 2] = of
                    .try_into()
                    .map_err(|_| A::Error::invalid_length(n, &"an array of length 2"))?;
                Formula::Ratio { of }
            }
        })
    }
}
