//! A report being written (báo cáo): which template, and what the user typed.
//!
//! Values are kept exactly as typed (text), never as parsed numbers, so nothing the user
//! wrote is lost or reformatted behind their back; validation parses on the fly.

use crate::sorted_map::SortedMap;

use serde::{Deserialize, Serialize};

use crate::field_path::FieldPath;
use crate::template::{FieldKind, Template, PROFILE_FIELDS};

/// Version of the report file format (JSON export, drafts).
pub const REPORT_FORMAT: u32 = 1;

/// One table row: column id → value.
pub type Row = SortedMap<String, Value>;

/// What the user entered in one field. In JSON (untagged): a string, `{"choice", "note"}` or an array
/// of rows; read by [`ValueVisitor`], which looks at the JSON type once instead of serde's
/// `untagged` buffering and retrying every variant (1.3 KB less wasm, gzipped).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Value {
    /// Text as typed (numbers, dates and narratives alike).
    Text(String),
    /// A status choice (tình trạng) and its free note.
    Status { choice: String, note: String },
    /// Rows of a repeatable table.
    Rows(Vec<Row>),
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Value, D::Error> {
        d.deserialize_any(ValueVisitor)
    }
}

struct ValueVisitor;

impl<'de> serde::de::Visitor<'de> for ValueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("chuỗi, tình trạng {choice, note} hoặc danh sách dòng")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Value, E> {
        Ok(Value::Text(v.to_owned()))
    }

    fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Value, E> {
        Ok(Value::Text(v))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut rows = Vec::new();
        while let Some(row) = seq.next_element::<Row>()? {
            rows.push(row);
        }
        Ok(Value::Rows(rows))
    }

    /// A status; other keys are ignored, as they were with the derived reading.
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let (mut choice, mut note) = (None, None);
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            match &*key {
                "choice" => choice = Some(map.next_value::<String>()?),
                "note" => note = Some(map.next_value::<String>()?),
                _ => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        match (choice, note) {
            (Some(choice), Some(note)) => Ok(Value::Status { choice, note }),
            (None, _) => Err(serde::de::Error::missing_field("choice")),
            (_, None) => Err(serde::de::Error::missing_field("note")),
        }
    }
}

impl From<&str> for Value {
    fn from(text: &str) -> Value {
        Value::Text(text.to_string())
    }
}

impl Value {
    pub fn as_text(&self) -> Option<&str> {
        match self {
            Value::Text(t) => Some(t),
            _ => None,
        }
    }

    /// True when nothing meaningful was entered.
    pub fn is_blank(&self) -> bool {
        match self {
            Value::Text(t) => t.trim().is_empty(),
            Value::Status { choice, note } => choice.trim().is_empty() && note.trim().is_empty(),
            Value::Rows(rows) => rows.iter().all(|r| r.values().all(Value::is_blank)),
        }
    }
}

/// The whole report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// Report file format version ([`REPORT_FORMAT`]).
    pub format: u32,
    /// Draft identifier, unique in the browser.
    pub id: String,
    pub template_id: String,
    pub template_version: u32,
    /// Field id → value.
    #[serde(default)]
    pub values: SortedMap<String, Value>,
    /// Accepted warnings: finding key → the user's reason ("5 hồ sơ chuyển kỳ sau").
    #[serde(default)]
    pub accepted: SortedMap<String, String>,
    /// The report this one was started from (báo cáo kỳ trước), see [`crate::carry`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub predecessor: Option<Predecessor>,
}

/// The previous report a report was made from: its reference, and its figures for comparison.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Predecessor {
    pub template_id: String,
    /// Its date as typed ("05/11/2025").
    pub ngay: String,
    /// Its number and symbol as printed ("12/BC-UBND").
    pub so: String,
    /// Field id of this report → the previous report's text. Kept in the draft (shown as "Kỳ
    /// trước: …", compared by the validator), never exported or printed.
    #[serde(default, skip_serializing_if = "SortedMap::is_empty")]
    pub figures: SortedMap<String, String>,
}

impl Report {
    /// A new report for `template`, with field defaults and the unit's profile filled in.
    pub fn new(id: impl Into<String>, template: &Template, profile: &Profile) -> Report {
        let mut values = SortedMap::new();
        for (_, f) in template.fields() {
            if let Some(d) = &f.default {
                values.insert(f.id.clone(), Value::Text(d.clone()));
            }
            if f.kind == FieldKind::Table {
                let row: Row = f
                    .columns
                    .iter()
                    .filter_map(|c| c.default.as_ref().map(|d| (c.id.clone(), Value::Text(d.clone()))))
                    .collect();
                if f.required {
                    values.insert(f.id.clone(), Value::Rows(vec![row]));
                }
            }
        }
        for (k, v) in &profile.values {
            if !v.trim().is_empty() {
                values.insert(k.clone(), Value::Text(v.clone()));
            }
        }
        Report {
            format: REPORT_FORMAT,
            id: id.into(),
            template_id: template.id.clone(),
            template_version: template.version,
            values,
            accepted: SortedMap::new(),
            predecessor: None,
        }
    }

    /// The text of a top-level field ("" when absent).
    pub fn text(&self, id: &str) -> &str {
        self.values.get(id).and_then(Value::as_text).unwrap_or("")
    }

    pub fn rows(&self, id: &str) -> &[Row] {
        match self.values.get(id) {
            Some(Value::Rows(rows)) => rows,
            _ => &[],
        }
    }

    /// The value at `path`, if anything was entered there.
    pub fn get(&self, path: &FieldPath) -> Option<&Value> {
        match path {
            FieldPath::Field(id) => self.values.get(id),
            FieldPath::Cell { table, row, column } => self.rows(table).get(*row)?.get(column),
        }
    }

    /// Puts `value` at `path`; a cell beyond the last row adds the rows up to it.
    pub fn set(&mut self, path: &FieldPath, value: Value) {
        match path {
            FieldPath::Field(id) => {
                self.values.insert(id.clone(), value);
            }
            FieldPath::Cell { table, row, column } => {
                let rows = self.rows_mut(table);
                if rows.len() <= *row {
                    rows.resize_with(row + 1, Row::new);
                }
                rows[*row].insert(column.clone(), value);
            }
        }
    }

    /// Appends an empty row to a table field.
    pub fn add_row(&mut self, table: &str) {
        self.rows_mut(table).push(Row::new());
    }

    /// Removes row `row` (0-based) and gives it back, so it can be put back with [`Report::insert_row`].
    pub fn remove_row(&mut self, table: &str, row: usize) -> Option<Row> {
        let rows = self.rows_mut(table);
        (row < rows.len()).then(|| rows.remove(row))
    }

    /// Puts a row back at `row` (or at the end if the table has become shorter).
    pub fn insert_row(&mut self, table: &str, row: usize, data: Row) {
        let rows = self.rows_mut(table);
        let at = row.min(rows.len());
        rows.insert(at, data);
    }

    /// Swaps row `row` with the one above (`up`) or below; nothing at either end.
    pub fn move_row(&mut self, table: &str, row: usize, up: bool) {
        let rows = self.rows_mut(table);
        let other = if up { row.checked_sub(1) } else { Some(row + 1) };
        if let Some(o) = other.filter(|&o| o < rows.len() && row < rows.len()) {
            rows.swap(row, o);
        }
    }

    /// The rows of a table field, made a table if it held something else.
    fn rows_mut(&mut self, table: &str) -> &mut Vec<Row> {
        let entry = self
            .values
            .get_or_insert_with(table.to_string(), || Value::Rows(Vec::new()));
        if !matches!(entry, Value::Rows(_)) {
            *entry = Value::Rows(Vec::new());
        }
        match entry {
            Value::Rows(rows) => rows,
            _ => unreachable!("just made a table"),
        }
    }
}

/// The unit's profile (hồ sơ đơn vị): frame fields entered once and prefilled.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub values: SortedMap<String, String>,
    /// Set while the profile is being taken from a report (the first one the user writes
    /// without having filled the profile page): the id of that report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub learned_from: Option<String>,
}

impl Profile {
    /// Takes the profile fields from a report (to remember what the user typed there).
    pub fn from_report(report: &Report) -> Profile {
        let values = PROFILE_FIELDS
            .iter()
            .filter_map(|k| {
                let v = report.text(k);
                (!v.trim().is_empty()).then(|| (k.to_string(), v.to_string()))
            })
            .collect();
        Profile {
            values,
            learned_from: Some(report.id.clone()),
        }
    }
}
