//! Documents cited in prose ("… thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị …"):
//! a date that is not the catalogue's is a warning on the field, the fix the same text with the
//! catalogue's date.
//!
//! How a citation is found, exactly (nothing else is read, so nothing else can raise a false alarm):
//! - the text is taken in NFC, as typed otherwise;
//! - a catalogue symbol must occur exactly (same letters, same case) as a whole token: the
//!   character before it and the one after it, if any, are neither a letter, a digit, "/" nor "-"
//!   (so 157-NQ/TW or 57-NQ/TWx are not 57-NQ/TW);
//! - its date is taken only when "ngày" followed by a date written d/m/yyyy comes directly after
//!   the symbol: after white space, or after "," and white space ("57-NQ/TW ngày 22/12/2024",
//!   "57-NQ/TW, ngày 22/12/2024"). A date written after the issuer ("57-NQ/TW của Bộ Chính trị ngày
//!   …"), in words, or unreadable is not taken; a symbol with no date says nothing.
//!
//! Fields read: top-level text and narrative fields (the frame's trích yếu and mở đầu too) and the
//! text and narrative cells of tables (a document list's trích yếu cites documents too). One finding
//! per field and symbol, key `<path>#van-ban/<symbol>`, in the order the citations appear.

use super::check::message;
use super::{DocumentCatalogue, Entry, Role};
use crate::report::{Report, Value};
use crate::template::{Field, FieldKind, Section, Severity, Template};
use crate::validate::{field_path, Finding, FindingKind};

pub(crate) fn check_prose(template: &Template, report: &Report, catalogue: &DocumentCatalogue, out: &mut Vec<Finding>) {
    for (section, field) in template.fields() {
        match report.values.get(&field.id) {
            Some(Value::Text(text)) if is_prose(field) => check_text(section, &field.id, text, catalogue, out),
            Some(Value::Rows(rows)) if field.kind == FieldKind::Table => {
                for (i, row) in rows.iter().enumerate() {
                    for col in field.columns.iter().filter(|c| is_prose(c)) {
                        if let Some(Value::Text(text)) = row.get(&col.id) {
                            let path = field_path(&field.id, Some((i, &col.id)));
                            check_text(section, &path, text, catalogue, out);
                        }
                    }
                }
            }
            _ => {}
        }
    }
}

fn is_prose(field: &Field) -> bool {
    matches!(field.kind, FieldKind::Text | FieldKind::Narrative)
}

fn check_text(section: &Section, path: &str, text: &str, catalogue: &DocumentCatalogue, out: &mut Vec<Finding>) {
    let text = crate::text::nfc(text);
    let mut found: Vec<(usize, Finding)> = Vec::new();
    for entry in &catalogue.entries {
        let wrong = wrong_dates(&text, entry);
        let Some(&(first, end)) = wrong.first() else {
            continue;
        };
        let mut fixed = String::with_capacity(text.len());
        let mut at = 0;
        for &(s, e) in &wrong {
            fixed.push_str(&text[at..s]);
            fixed.push_str(&entry.date_text);
            at = e;
        }
        fixed.push_str(&text[at..]);
        found.push((
            first,
            Finding::on_field(
                &section.id,
                path,
                &format!("van-ban/{}", entry.symbol),
                Severity::Warning,
                FindingKind::Consistency,
                message(Role::Date, entry, &text[first..end]),
            )
            .with_fix(Some(fixed)),
        ));
    }
    crate::sort::sort_small_by(&mut found, |a, b| a.0 < b.0);
    out.extend(found.into_iter().map(|(_, f)| f));
}

/// A character that continues a symbol token.
fn joins(c: char) -> bool {
    c.is_alphanumeric() || c == '/' || c == '-'
}

/// Byte ranges of the dates cited for `entry` in `text` that are not its date (see the module's
/// rules).
fn wrong_dates(text: &str, entry: &Entry) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (start, sym) in text.match_indices(entry.symbol.as_str()) {
        let end = start + sym.len();
        if text[..start].chars().next_back().is_some_and(joins) || text[end..].chars().next().is_some_and(joins) {
            continue;
        }
        let Some((s, e)) = date_after(text, end) else {
            continue;
        };
        if crate::date::Date::parse(&text[s..e]).is_ok_and(|d| d != entry.date) {
            out.push((s, e));
        }
    }
    out
}

/// The byte range of "d/m/yyyy" in ", ngày d/m/yyyy" or " ngày d/m/yyyy" right at `at`.
fn date_after(text: &str, at: usize) -> Option<(usize, usize)> {
    let rest = &text[at..];
    let rest = rest.strip_prefix(',').unwrap_or(rest);
    let trimmed = rest.trim_start();
    if trimmed.len() == rest.len() {
        return None;
    }
    let after_word = trimmed.strip_prefix("ngày")?;
    let digits = after_word.trim_start();
    if digits.len() == after_word.len() {
        return None;
    }
    let len = digits
        .find(|c: char| !(c.is_ascii_digit() || c == '/'))
        .unwrap_or(digits.len());
    if len == 0 || digits[len..].chars().next().is_some_and(char::is_alphanumeric) {
        return None;
    }
    let s = text.len() - digits.len();
    Some((s, s + len))
}
