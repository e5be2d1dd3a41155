//! This period's figures against the previous report's (so với kỳ trước): a cumulative figure
//! that went down, or a change beyond the indicator's plausible change, is a warning
//! `<field>#ky-truoc`. Nothing is said while either side is empty or unreadable (the field's own
//! finding says why).

use super::finding::{Finding, FindingKind};
use super::values::Context;
use crate::number::{format_decimal, parse_number, Decimal};
use crate::template::{Field, FieldKind, Severity};

pub(super) fn check_changes(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let Some(previous) = &ctx.report.predecessor else {
        return;
    };
    for (id, old_text) in &previous.figures {
        let Some((section, field)) = ctx.template.field(id) else {
            continue;
        };
        let Some(style) = field
            .number_style()
            .filter(|_| field.cumulative || field.plausible_change.is_some())
        else {
            continue;
        };
        let (Ok(old), Ok(new)) = (parse_number(old_text, style), parse_number(ctx.text(id), style)) else {
            continue;
        };
        if let Some(message) = change_message(field, &old, &new) {
            out.push(Finding::on_field(
                &section.id,
                id,
                "ky-truoc",
                Severity::Warning,
                FindingKind::Consistency,
                message,
            ));
        }
    }
}

/// What is unusual in going from `old` to `new` for `field`, if anything.
pub fn change_message(field: &Field, old: &Decimal, new: &Decimal) -> Option<String> {
    let shown = |d: &Decimal| match field.kind {
        FieldKind::Percent => format!("{}%", format_decimal(d)),
        FieldKind::Money => format!("{} đồng", format_decimal(d)),
        _ => format_decimal(d),
    };
    let label = &field.label;
    if field.cumulative && new < old {
        return Some(format!(
            "{label} giảm từ {} xuống {} so với kỳ trước; đây là số cộng dồn, thường không giảm.",
            shown(old),
            shown(new)
        ));
    }
    let limit = field.plausible_change?;
    let zero = Decimal::from_int(0);
    let abs = |d: Decimal| if d.is_negative() { zero.checked_sub(&d) } else { Some(d) };
    // No share of nothing: from 0, any figure is a start, not a change.
    let base = abs(*old).filter(|b| !b.is_zero())?;
    let change = abs(new.checked_sub(old)?)?.percent_of(&base, 4)?;
    if change <= limit {
        return None;
    }
    let (verb, to) = if new > old {
        ("tăng", "lên")
    } else {
        ("giảm", "xuống")
    };
    Some(format!(
        "{label} {verb} từ {} {to} {} so với kỳ trước (thay đổi {}%, nhiều hơn mức thường gặp {}%).",
        shown(old),
        shown(new),
        format_decimal(&change.round(1).normalized()),
        format_decimal(&limit.normalized())
    ))
}
