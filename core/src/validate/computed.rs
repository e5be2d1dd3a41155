//! Values the app computes instead of asking twice (tỷ lệ đạt, tổng).

use super::values::Context;
use crate::number::{format_decimal, format_percent, Decimal};
use crate::report::{Report, Row};
use crate::template::{Field, FieldKind, Formula, RuleKind, Template};

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
            let n = crate::number::parse_number(
                super::values::cell_text(r, &of[0]),
                table.column(&of[0])?.number_style()?,
            );
            n.ok()?;
            (
                col.label.clone(),
                crate::number::parse_number(super::values::cell_text(r, &of[1]), col.number_style()?).ok()?,
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
                let text = super::values::cell_text(r, id);
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
