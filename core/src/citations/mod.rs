//! Documents that reports cite (văn bản được trích dẫn): a catalogue of them (`templates/documents.json`),
//! search to fill a document-list row, and checks that a report cites them with their real date,
//! type and issuer, in document-list tables ([`check`]) and in prose ([`narrative`]).

mod catalogue;
mod check;
mod narrative;
mod search;

pub use catalogue::{DocumentCatalogue, Entry};
pub use search::search;

use std::cell::RefCell;
use std::rc::Rc;

use crate::report::Report;
use crate::template::{frame_ids as ids, Field, FieldKind, Template};
use crate::validate::Finding;

thread_local! {
    static CURRENT: RefCell<Option<Rc<DocumentCatalogue>>> = const { RefCell::new(None) };
}

/// Makes `catalogue` (e.g. one loaded from a file) the one the validator compares citations with,
/// on this thread, until the next call.
pub fn use_catalogue(catalogue: DocumentCatalogue) {
    CURRENT.with(|c| *c.borrow_mut() = Some(Rc::new(catalogue)));
}

/// Goes back to the built-in catalogue ([`crate::builtin::documents`]).
pub fn use_builtin() {
    CURRENT.with(|c| *c.borrow_mut() = None);
}

/// The catalogue in use: the last one given to [`use_catalogue`], else the built-in one.
pub fn current() -> Rc<DocumentCatalogue> {
    CURRENT.with(|c| {
        c.borrow_mut()
            .get_or_insert_with(|| Rc::new(crate::builtin::documents()))
            .clone()
    })
}

/// What a column of a document list holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Kind,
    Symbol,
    Date,
    Issuer,
    Title,
}

/// The role of a document-list column: by the frame's column ids (`loai`, `so-ky-hieu`, `ngay`,
/// `co-quan`, `trich-yeu`), else by kind (a document-number column holds the symbol, a date column
/// the date). Other columns have none.
pub(crate) fn role(column: &Field) -> Option<Role> {
    match column.id.as_str() {
        ids::DOC_KIND => Some(Role::Kind),
        ids::DOC_NUMBER => Some(Role::Symbol),
        ids::DOC_DATE => Some(Role::Date),
        ids::DOC_ISSUER => Some(Role::Issuer),
        ids::DOC_SUMMARY => Some(Role::Title),
        _ => match column.kind {
            FieldKind::DocumentNumber => Some(Role::Symbol),
            FieldKind::Date => Some(Role::Date),
            _ => None,
        },
    }
}

/// The texts to put in one row of the document-list table `table` for `entry`, as
/// (column id, text), in column order; columns with no role are left out.
pub fn row_for(table: &Field, entry: &Entry) -> Vec<(String, String)> {
    table
        .columns
        .iter()
        .filter_map(|c| Some((c.id.clone(), entry.text(role(c)?).to_string())))
        .collect()
}

/// Every citation finding of the report against `catalogue`: document-list rows first (form
/// order), then citations in prose.
pub fn check(template: &Template, report: &Report, catalogue: &DocumentCatalogue) -> Vec<Finding> {
    let mut out = Vec::new();
    check::check_tables(template, report, catalogue, &mut out);
    narrative::check_prose(template, report, catalogue, &mut out);
    out
}

/// Text compared the way people read it: NFC, lower case, runs of white space as one space, trimmed.
pub(crate) fn normalise(text: &str) -> String {
    let lower = crate::text::lower(&crate::text::nfc(text));
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}
