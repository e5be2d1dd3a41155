//! "Hoàn tác" (undo): the last change made outside a text box — a removed or moved row, a
//! one-click fix, a document picked from the catalogue, an accepted warning, a restored version —
//! can be taken back once. Text boxes have the browser's own undo; typing forgets this one.

use std::rc::Rc;

use bccds_core::report::Report;

use super::Edit;

/// What the last undoable change was, for the notice that offers to take it back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Undoable {
    /// A row removed from a table (0-based position it had).
    RemovedRow {
        table: String,
        row: usize,
    },
    MovedRow {
        table: String,
    },
    /// A one-click fix or a document picked from the catalogue.
    Filled {
        path: String,
    },
    Accepted {
        key: String,
    },
    Unaccepted {
        key: String,
    },
    /// A version of the draft put back (taken at `at`, ms since the epoch).
    Restored {
        at: u64,
    },
}

/// The report as it was before the last undoable change.
#[derive(Debug, Clone, PartialEq)]
pub struct Undo {
    pub what: Undoable,
    pub before: Rc<Report>,
}

impl Undoable {
    /// The kind of `edit` when it can be taken back; `None` for typing-like edits.
    pub fn of(edit: &Edit) -> Option<Undoable> {
        match edit {
            Edit::SetText { .. } | Edit::SetStatus { .. } | Edit::AddRow { .. } => None,
            Edit::Fix { path, .. } => Some(Undoable::Filled { path: path.to_string() }),
            Edit::FillRow { table, row, .. } => Some(Undoable::Filled {
                path: format!("{table}/{row}"),
            }),
            Edit::RemoveRow { table, row } => Some(Undoable::RemovedRow {
                table: table.clone(),
                row: *row,
            }),
            Edit::MoveRow { table, .. } => Some(Undoable::MovedRow { table: table.clone() }),
            Edit::Accept { key, .. } => Some(Undoable::Accepted { key: key.clone() }),
            Edit::Unaccept { key } => Some(Undoable::Unaccepted { key: key.clone() }),
        }
    }

    /// What the notice says was done ("Đã xóa dòng 2.").
    pub fn done_message(&self) -> String {
        match self {
            Undoable::RemovedRow { row, .. } => format!("Đã xóa dòng {}.", row + 1),
            Undoable::MovedRow { .. } => "Đã chuyển chỗ một dòng.".into(),
            Undoable::Filled { .. } => "Đã điền theo gợi ý.".into(),
            Undoable::Accepted { .. } => "Đã chấp nhận một cảnh báo.".into(),
            Undoable::Unaccepted { .. } => "Đã bỏ chấp nhận một cảnh báo.".into(),
            Undoable::Restored { .. } => "Đã khôi phục một phiên bản trước.".into(),
        }
    }

    /// The table whose own notice offers the undo (removed rows are undone where they were).
    pub fn table(&self) -> Option<&str> {
        match self {
            Undoable::RemovedRow { table, .. } => Some(table),
            _ => None,
        }
    }
}
