//! Changes to the report itself (the user's edits), applied through the core's `FieldPath`.

use bccds_core::field_path::FieldPath;
use bccds_core::report::{Report, Value};
use bccds_core::text::nfc;

/// One change the user makes to the report.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Text typed in a field or a cell (kept as typed, composed to NFC).
    SetText {
        path: FieldPath,
        text: String,
    },
    /// A status choice and its note.
    SetStatus {
        path: FieldPath,
        choice: String,
        note: String,
    },
    /// A one-click fix: the value a finding suggests (undoable, unlike typing).
    Fix {
        path: FieldPath,
        text: String,
    },
    /// A document picked from the catalogue fills several cells of one row: (column id, text).
    FillRow {
        table: String,
        row: usize,
        cells: Vec<(String, String)>,
    },
    AddRow {
        table: String,
    },
    RemoveRow {
        table: String,
        row: usize,
    },
    MoveRow {
        table: String,
        row: usize,
        up: bool,
    },
    /// Accepts a warning with the user's reason.
    Accept {
        key: String,
        reason: String,
    },
    Unaccept {
        key: String,
    },
}

/// Applies `edit`; text enters the report here only, composed to NFC (a keyboard or a paste may give
/// "e\u{302}\u{301}" for "ế", which would then not compare equal to the same word typed composed).
pub fn apply(report: &mut Report, edit: Edit) {
    match edit {
        Edit::SetText { path, text } | Edit::Fix { path, text } => report.set(&path, Value::Text(composed(text))),
        Edit::FillRow { table, row, cells } => {
            for (column, text) in cells {
                report.set(
                    &FieldPath::cell(table.clone(), row, column),
                    Value::Text(composed(text)),
                );
            }
        }
        Edit::SetStatus { path, choice, note } => report.set(
            &path,
            Value::Status {
                choice: composed(choice),
                note: composed(note),
            },
        ),
        Edit::AddRow { table } => report.add_row(&table),
        Edit::RemoveRow { table, row } => {
            report.remove_row(&table, row);
        }
        Edit::MoveRow { table, row, up } => report.move_row(&table, row, up),
        Edit::Accept { key, reason } => {
            report.accepted.insert(key, composed(reason));
        }
        Edit::Unaccept { key } => {
            report.accepted.remove(&key);
        }
    }
}

/// `text` in NFC, without a copy when it already is (nearly always).
fn composed(text: String) -> String {
    match nfc(&text) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(n) => n,
    }
}
