//! Reading typed values as numbers and dates, where fields live, and the values the app computes
//! instead of asking twice (tỷ lệ đạt, tổng). One file: reading a computed field's operand may need
//! another computed value, and computing needs the reader.

use crate::date::Date;
use crate::field_path::FieldPath;
use crate::number::{format_decimal, format_percent, parse_number, Decimal};
use crate::report::{Report, Row, Value};
use crate::template::{resolve_ref, Field, FieldKind, Formula, FractionPart, ResolvedRef, RuleKind, Template};

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
    /// Today's date, when the caller knows it (the core has no clock): a report dated later is a warning.
    pub today: Option<Date>,
}

impl<'a> Context<'a> {
    pub fn new(template: &'a Template, report: &'a Report) -> Self {
        let report_date = Date::parse(report.text(crate::template::frame_ids::DATE)).ok();
        Context {
            template,
            report,
            report_date,
            today: None,
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
            return compute(self, field, row_data).map(|c| c.value);
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

    /// True when nothing was typed behind a reference (for table columns: in `row`).
    pub fn is_blank(&self, r: &ResolvedRef<'_>, row: Option<usize>) -> bool {
        let field = r.column.unwrap_or(r.field);
        if field.kind == FieldKind::Computed {
            return false;
        }
        let text = match (r.table, row) {
            (Some(t), Some(i)) => self.rows(t).get(i).map_or("", |row| cell_text(row, &field.id)),
            (Some(_), None) => "",
            (None, _) => self.text(&field.id),
        };
        text.trim().is_empty()
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

// ---- Computed values (giá trị tính sẵn) ----

/// A computed value and how it was obtained ("= 1.644 / 1.686 × 100").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Computed {
    pub value: Decimal,
    /// The value formatted for display ("97,51%").
    pub display: String,
    /// The computation with the actual numbers.
    pub explanation: String,
}

/// The computed value of a top-level computed field, or of a computed column in `row`.
pub fn computed_value(template: &Template, report: &Report, field: &Field, row: Option<&Row>) -> Option<Computed> {
    let ctx = Context::new(template, report);
    compute(&ctx, field, row)
}

/// For a stated rate checked by a `rate` rule: the rate computed from its own counts, so the
/// form can show it next to what the user typed ("rates the app can compute are shown").
pub fn stated_rate_from_counts(template: &Template, report: &Report, rate_field: &str) -> Option<Computed> {
    let ctx = Context::new(template, report);
    template.rules.iter().find_map(|rule| match &rule.kind {
        RuleKind::Rate {
            rate,
            numerator,
            denominator,
        } if rate == rate_field => {
            let n = ctx.number(&ctx.resolve(numerator)?, None)?;
            let d = ctx.number(&ctx.resolve(denominator)?, None)?;
            let value = n.percent_of(&d, 2)?;
            Some(Computed {
                display: format_percent(&value),
                explanation: format!("{} / {} × 100", format_decimal(&n), format_decimal(&d)),
                value,
            })
        }
        _ => None,
    })
}

/// Why a computed ratio has no value although both figures are there: its denominator is 0
/// (an appendix target of 0). The note to show instead of an empty cell, e.g. "Không tính được tỷ lệ
/// vì kế hoạch bằng 0." `None` when the value is computed or its figures are missing.
pub fn computed_note(template: &Template, report: &Report, field: &Field, row: Option<&Row>) -> Option<String> {
    zero_denominator(&Context::new(template, report), field, row)
}

pub(crate) fn zero_denominator(ctx: &Context<'_>, field: &Field, row: Option<&Row>) -> Option<String> {
    let Some(Formula::Ratio { of }) = field.formula.as_ref() else {
        return None;
    };
    let (label, value) = match row {
        Some(r) => {
            let table = ctx
                .template
                .fields()
                .map(|(_, f)| f)
                .find(|t| t.kind == FieldKind::Table && t.columns.iter().any(|c| std::ptr::eq(c, field)))?;
            let col = table.column(&of[1])?;
            let n = crate::number::parse_number(cell_text(r, &of[0]), table.column(&of[0])?.number_style()?);
            n.ok()?;
            (
                col.label.clone(),
                crate::number::parse_number(cell_text(r, &of[1]), col.number_style()?).ok()?,
            )
        }
        None => {
            let num = ctx.resolve(&of[0])?;
            ctx.number(&num, None)?;
            let den = ctx.resolve(&of[1])?;
            (den.label(), ctx.number(&den, None)?)
        }
    };
    value.is_zero().then(|| {
        format!(
            "Không tính được {} vì {} bằng 0.",
            super::fields::lower_first(&field.label),
            super::fields::lower_first(&label)
        )
    })
}

pub(crate) fn compute(ctx: &Context<'_>, field: &Field, row: Option<&Row>) -> Option<Computed> {
    let formula = field.formula.as_ref()?;
    let number = |id: &str| -> Option<Decimal> {
        match row {
            Some(r) => {
                // Sibling column of the same row.
                let table = ctx
                    .template
                    .fields()
                    .map(|(_, f)| f)
                    .find(|t| t.kind == FieldKind::Table && t.columns.iter().any(|c| std::ptr::eq(c, field)))?;
                let col = table.column(id)?;
                let text = cell_text(r, id);
                if col.kind == FieldKind::Computed {
                    return compute(ctx, col, Some(r)).map(|c| c.value);
                }
                crate::number::parse_number(text, col.number_style()?).ok()
            }
            None => {
                let resolved = ctx.resolve(id)?;
                ctx.number(&resolved, None)
            }
        }
    };
    match formula {
        Formula::Ratio { of } => {
            let (n, d) = (number(&of[0])?, number(&of[1])?);
            let value = n.percent_of(&d, 2)?;
            Some(Computed {
                display: format_percent(&value),
                explanation: format!("{} / {} × 100", format_decimal(&n), format_decimal(&d)),
                value,
            })
        }
        Formula::Sum { of } => {
            let parts: Vec<Decimal> = of.iter().filter_map(|id| number(id)).collect();
            if parts.len() != of.len() {
                return None;
            }
            let value = parts
                .iter()
                .try_fold(Decimal::from_int(0), |acc, p| acc.checked_add(p))?;
            let unit = field.unit.as_deref().map(|u| format!(" {u}")).unwrap_or_default();
            Some(Computed {
                display: format!("{}{unit}", format_decimal(&value)),
                explanation: parts.iter().map(format_decimal).collect::<Vec<_>>().join(" + "),
                value,
            })
        }
    }
}
