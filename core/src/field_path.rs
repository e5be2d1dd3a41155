//! Where a value lives in a report (đường dẫn ô): a top-level field, or one cell of a table.
//!
//! Findings, links, DOM ids and edits all name a place by its text form, "id" or
//! "table/row/column" (row 0-based); this type is the one place that reads and writes it.

use std::fmt;

use crate::template::Template;

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FieldPath {
    /// A top-level field: "hs-tong".
    Field(String),
    /// One cell of a table field: "can-cu/0/ngay".
    Cell { table: String, row: usize, column: String },
}

impl FieldPath {
    pub fn field(id: impl Into<String>) -> FieldPath {
        FieldPath::Field(id.into())
    }

    pub fn cell(table: impl Into<String>, row: usize, column: impl Into<String>) -> FieldPath {
        FieldPath::Cell {
            table: table.into(),
            row,
            column: column.into(),
        }
    }

    /// Reads "id" or "table/row/column". Anything else (an empty id, a row that is not a
    /// number, a stray "/") is `None`: such a path names nothing in a report.
    pub fn parse(text: &str) -> Option<FieldPath> {
        let mut parts = text.split('/');
        let id = parts.next().filter(|s| !s.is_empty())?;
        match (parts.next(), parts.next(), parts.next()) {
            (None, _, _) => Some(FieldPath::field(id)),
            (Some(row), Some(col), None) if !col.is_empty() => Some(FieldPath::cell(id, row.parse().ok()?, col)),
            _ => None,
        }
    }

    /// The top-level field: the field itself, or the table holding the cell.
    pub fn field_id(&self) -> &str {
        match self {
            FieldPath::Field(id) => id,
            FieldPath::Cell { table, .. } => table,
        }
    }

    /// The label a user sees for this place: "Tổng số hồ sơ" or
    /// "Văn bản đã ban hành, dòng 1, Ngày". `None` when the template has no such field.
    pub fn label(&self, template: &Template) -> Option<String> {
        let (_, field) = template.field(self.field_id())?;
        Some(match self {
            FieldPath::Field(_) => field.label.clone(),
            FieldPath::Cell { row, column, .. } => {
                let col = field.column(column)?;
                format!("{}, dòng {}, {}", field.label, row + 1, col.label)
            }
        })
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldPath::Field(id) => f.write_str(id),
            FieldPath::Cell { table, row, column } => write!(f, "{table}/{row}/{column}"),
        }
    }
}

/// The label of a path given as text (findings keep paths as text); the text itself when the
/// template does not know it, so a link never shows an empty name.
pub fn label_of(template: &Template, path: &str) -> String {
    FieldPath::parse(path)
        .and_then(|p| p.label(template))
        .unwrap_or_else(|| path.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_displays_both_forms() {
        assert_eq!(FieldPath::parse("hs-tong"), Some(FieldPath::field("hs-tong")));
        assert_eq!(
            FieldPath::parse("can-cu/0/ngay"),
            Some(FieldPath::cell("can-cu", 0, "ngay"))
        );
        for text in ["hs-tong", "can-cu/12/so-ky-hieu"] {
            assert_eq!(FieldPath::parse(text).unwrap().to_string(), text);
        }
    }

    #[test]
    fn refuses_what_names_nothing() {
        for text in [
            "",
            "/0/ngay",
            "can-cu/x/ngay",
            "can-cu/0",
            "can-cu/0/",
            "a/0/b/c",
            "can-cu/-1/ngay",
        ] {
            assert_eq!(FieldPath::parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn field_id_is_the_table_for_a_cell() {
        assert_eq!(FieldPath::cell("can-cu", 3, "ngay").field_id(), "can-cu");
        assert_eq!(FieldPath::field("hs-tong").field_id(), "hs-tong");
    }
}
