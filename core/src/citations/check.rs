//! Document-list rows against the catalogue: a row whose symbol is a catalogue document but whose
//! date, type or issuer says otherwise gets a warning on that cell, with the catalogue's text as
//! the one-click fix.

use super::{normalise, role, DocumentCatalogue, Entry, Role};
use crate::date::Date;
use crate::document::is_document_list;
use crate::report::{Report, Value};
use crate::template::{FieldKind, Severity, Template};
use crate::validate::{field_path, Finding, FindingKind};

/// Warnings `<table>/<row>/<column>#van-ban` for every document-list table of the template (the
/// frame's `can-cu` too). Empty cells and unreadable dates say nothing here (the field's own checks
/// speak); texts are compared after [`normalise`], dates as dates ("09/01/2025" is "9/1/2025").
pub(crate) fn check_tables(
    template: &Template,
    report: &Report,
    catalogue: &DocumentCatalogue,
    out: &mut Vec<Finding>,
) {
    for (section, table) in template.fields() {
        if table.kind != FieldKind::Table || !is_document_list(table) {
            continue;
        }
        let Some(Value::Rows(rows)) = report.values.get(&table.id) else {
            continue;
        };
        let Some(symbol_col) = table.columns.iter().find(|c| role(c) == Some(Role::Symbol)) else {
            continue;
        };
        for (i, row) in rows.iter().enumerate() {
            let cell = |id: &str| row.get(id).and_then(Value::as_text).unwrap_or("");
            let Some(entry) = catalogue.lookup(cell(&symbol_col.id)) else {
                continue;
            };
            for col in &table.columns {
                let Some(r @ (Role::Date | Role::Kind | Role::Issuer)) = role(col) else {
                    continue;
                };
                let text = cell(&col.id);
                if text.trim().is_empty() || agrees(r, text, entry) {
                    continue;
                }
                let path = field_path(&table.id, Some((i, &col.id)));
                out.push(
                    Finding::on_field(
                        &section.id,
                        &path,
                        "van-ban",
                        Severity::Warning,
                        FindingKind::Consistency,
                        message(r, entry, text.trim()),
                    )
                    .with_fix(Some(entry.text(r).to_string())),
                );
            }
        }
    }
}

/// Whether the cell says what the catalogue says (an unreadable date: nothing to compare). An
/// issuer may be written by the start of its name, up to a whole word: "Ban Chỉ đạo Trung ương" for
/// "Ban Chỉ đạo Trung ương về phát triển khoa học, …", as reports usually shorten it.
fn agrees(role: Role, text: &str, entry: &Entry) -> bool {
    let (written, known) = (normalise(text), normalise(entry.text(role)));
    match role {
        Role::Date => Date::parse(text).map_or(true, |d| d == entry.date),
        Role::Issuer => {
            written == known
                || known
                    .strip_prefix(written.as_str())
                    .is_some_and(|rest| rest.starts_with(' '))
        }
        _ => written == known,
    }
}

/// "Nghị quyết 57-NQ/TW ban hành ngày 22/12/2024; báo cáo ghi 22/12/2025."
pub(crate) fn message(role: Role, entry: &Entry, written: &str) -> String {
    let (kind, symbol) = (&entry.kind, &entry.symbol);
    match role {
        Role::Date => format!(
            "{kind} {symbol} ban hành ngày {}; báo cáo ghi {written}.",
            entry.date_text
        ),
        Role::Kind => format!("Văn bản {symbol} là {kind}; báo cáo ghi “{written}”."),
        _ => format!("{kind} {symbol} do {} ban hành; báo cáo ghi “{written}”.", entry.issuer),
    }
}
