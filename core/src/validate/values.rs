//! Reading typed values as numbers and dates, and where fields live.

use crate::date::Date;
use crate::field_path::FieldPath;
use crate::number::{parse_number, Decimal};
use crate::report::{Report, Row, Value};
use crate::template::{resolve_ref, FieldKind, FractionPart, ResolvedRef, Template};

/// Path of a field for findings and links: "id" or "table/row/column" ([`FieldPath`]'s text).
pub fn field_path(id: &str, cell: Option<(usize, &str)>) -> String {
    match cell {
        Some((row, col)) => FieldPath::cell(id, row, col),
        None => FieldPath::field(id),
    }
    .to_string()
}

pub(crate) struct Context<'a> {
    pub template: &'a Template,
    pub report: &'a Report,
    /// The report's own date, when valid: later dates are errors.
    pub report_date: Option<Date>,
}

impl<'a> Context<'a> {
    pub fn new(template: &'a Template, report: &'a Report) -> Self {
        let report_date = Date::parse(report.text(crate::template::frame_ids::DATE)).ok();
        Context {
            template,
            report,
            report_date,
        }
    }

    pub fn section_of(&self, field_id: &str) -> &'a str {
        // The template's own index: building a map here would make every computed value O(n).
        self.template.field(field_id).map_or("", |(s, _)| s.id.as_str())
    }

    pub fn text(&self, id: &str) -> &'a str {
        self.report.text(id)
    }

    pub fn rows(&self, id: &str) -> &'a [Row] {
        self.report.rows(id)
    }

    /// The number behind a reference (for table columns: in `row`). `None` when empty or unreadable:
    /// the field's own finding already says why.
    pub fn number(&self, r: &ResolvedRef<'_>, row: Option<usize>) -> Option<Decimal> {
        let field = r.column.unwrap_or(r.field);
        let text = match (r.table, row) {
            (Some(t), Some(i)) => cell_text(self.rows(t).get(i)?, &field.id),
            (Some(_), None) => return None,
            (None, _) => self.text(&field.id),
        };
        if field.kind == FieldKind::Computed {
            let row_data = match (r.table, row) {
                (Some(t), Some(i)) => self.rows(t).get(i),
                _ => None,
            };
            return super::computed::compute(self, field, row_data).map(|c| c.value);
        }
        if let Some(part) = r.part {
            let (n, d) = parse_fraction(text).ok()?;
            return Some(match part {
                FractionPart::Numerator => n,
                FractionPart::Denominator => d,
            });
        }
        parse_number(text, field.number_style()?).ok()
    }

    pub fn resolve(&self, r: &str) -> Option<ResolvedRef<'a>> {
        resolve_ref(self.template, r).ok()
    }
}

pub(crate) fn cell_text<'r>(row: &'r Row, col: &str) -> &'r str {
    row.get(col).and_then(Value::as_text).unwrap_or("")
}

/// "03/05" → (3, 5). Errors are Vietnamese messages.
pub(crate) fn parse_fraction(text: &str) -> Result<(Decimal, Decimal), String> {
    let t = text.trim();
    let Some((a, b)) = t.split_once('/') else {
        return Err(format!(
            "“{t}” không đúng dạng phân số: hãy viết số/tổng số, ví dụ 03/05."
        ));
    };
    let style = crate::number::NumberStyle::Count;
    let n = parse_number(a, style).map_err(|e| format!("Tử số: {}", e.message()))?;
    let d = parse_number(b, style).map_err(|e| format!("Mẫu số: {}", e.message()))?;
    Ok((n, d))
}
