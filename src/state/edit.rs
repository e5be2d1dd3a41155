//! Changes to the report itself (the user's edits), applied through the core's `FieldPath`.

use bccds_core::field_path::FieldPath;
use bccds_core::report::{Report, Row, Value};
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
    AddRow {
        table: String,
    },
    RemoveRow {
        table: String,
        row: usize,
    },
    /// Puts back the row removed last ("Hoàn tác").
    RestoreRow,
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

/// A row just removed, kept so it can be put back at once.
#[derive(Debug, Clone, PartialEq)]
pub struct RemovedRow {
    pub table: String,
    /// 0-based position it had.
    pub row: usize,
    pub data: Row,
}

/// Applies `edit`; text enters the report here only, composed to NFC (a keyboard or a paste may give
/// "e\u{302}\u{301}" for "ế", which would then not compare equal to the same word typed composed).
/// `removed` holds the row that "Hoàn tác" would put back (any other edit forgets it).
pub fn apply(report: &mut Report, removed: &mut Option<RemovedRow>, edit: Edit) {
    let last_removed = removed.take();
    match edit {
        Edit::SetText { path, text } => report.set(&path, Value::Text(composed(text))),
        Edit::SetStatus { path, choice, note } => report.set(
            &path,
            Value::Status {
                choice: composed(choice),
                note: composed(note),
            },
        ),
        Edit::AddRow { table } => report.add_row(&table),
        Edit::RemoveRow { table, row } => {
            *removed = report
                .remove_row(&table, row)
                .map(|data| RemovedRow { table, row, data });
        }
        Edit::RestoreRow => {
            if let Some(r) = last_removed {
                report.insert_row(&r.table, r.row, r.data);
            }
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
