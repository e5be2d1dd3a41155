//! Declared rules tying figures together: totals, parts ≤ whole, stated rates, same figure.

use super::finding::{Finding, FindingKind, Suggestion};
use super::values::{field_path, Context};
use crate::number::{format_decimal, Decimal};
use crate::template::{Relation, ResolvedRef, Rule, RuleKind};

/// One resolved operand of a rule, for one row.
struct Operand<'a> {
    r: ResolvedRef<'a>,
    path: String,
    value: Option<Decimal>,
}

impl Operand<'_> {
    fn label(&self) -> String {
        self.r.label()
    }
    fn shown(&self) -> String {
        self.value.as_ref().map(format_decimal).unwrap_or_default()
    }
}

pub(crate) fn check_rule(ctx: &Context<'_>, rule: &Rule, out: &mut Vec<Finding>) {
    let refs: Vec<ResolvedRef<'_>> = match rule.references().iter().map(|r| ctx.resolve(r)).collect() {
        Some(v) => v,
        None => return, // the loader rejects such templates; be safe anyway
    };
    match refs.iter().find_map(|r| r.table) {
        Some(table) => {
            for row in 0..ctx.rows(table).len() {
                check_once(ctx, rule, &refs, Some(row), out);
            }
        }
        None => check_once(ctx, rule, &refs, None, out),
    }
}

fn check_once(ctx: &Context<'_>, rule: &Rule, refs: &[ResolvedRef<'_>], row: Option<usize>, out: &mut Vec<Finding>) {
    let ops: Vec<Operand<'_>> = refs
        .iter()
        .map(|r| {
            let cell = r.table.and(row).zip(r.column.map(|c| c.id.as_str()));
            Operand {
                r: r.clone(),
                path: field_path(&r.field.id, cell),
                value: ctx.number(r, row),
            }
        })
        .collect();
    let prefix = row.map(|i| format!("Dòng {}: ", i + 1)).unwrap_or_default();
    let found = match &rule.kind {
        RuleKind::Sum { relation, .. } => sum(&ops, *relation),
        RuleKind::AtMost { .. } => at_most(&ops[0], &ops[1]),
        RuleKind::Rate { .. } => rate(&ops[0], &ops[1], &ops[2]),
        RuleKind::Same { .. } => same(&ops),
    };
    if let Some((message, suggestion, involved)) = found {
        let fields: Vec<String> = involved.iter().map(|&i| ops[i].path.clone()).collect();
        out.push(Finding {
            key: match row {
                Some(i) => format!("{}/{i}", rule.id),
                None => rule.id.clone(),
            },
            severity: rule.severity(),
            kind: FindingKind::Consistency,
            section: ctx.section_of(&ops[involved[0]].r.field.id).to_string(),
            fields,
            message: format!("{prefix}{message}"),
            suggestion,
            accepted: None,
        });
    }
}

type Found = Option<(String, Option<Suggestion>, Vec<usize>)>;

fn sum(ops: &[Operand<'_>], relation: Relation) -> Found {
    let (total, parts) = ops.split_last()?;
    let total_v = total.value?;
    let present: Vec<usize> = (0..parts.len()).filter(|&i| parts[i].value.is_some()).collect();
    if present.is_empty() || (relation == Relation::Equal && present.len() != parts.len()) {
        return None;
    }
    let s = present
        .iter()
        .try_fold(Decimal::from_int(0), |acc, &i| acc.checked_add(&parts[i].value?))?;
    let terms = present
        .iter()
        .map(|&i| parts[i].shown())
        .collect::<Vec<_>>()
        .join(" + ");
    let names = present
        .iter()
        .map(|&i| parts[i].label())
        .collect::<Vec<_>>()
        .join(" + ");
    let mut involved = present.clone();
    involved.push(parts.len());
    let total_label = crate::validate::fields::lower_first(&total.label());
    match relation {
        // With one part filled in so far there is no sum to show yet.
        Relation::AtMost if s > total_v && present.len() == 1 => Some((
            format!(
                "{names} ({terms}) lớn hơn {total_label} ({}): phần không thể vượt tổng.",
                total.shown()
            ),
            None,
            involved,
        )),
        Relation::AtMost if s > total_v => Some((
            format!(
                "{names}: {terms} = {}, lớn hơn {total_label} {}.",
                format_decimal(&s),
                total.shown()
            ),
            None,
            involved,
        )),
        Relation::Equal if s != total_v => Some((
            format!(
                "{names}: {terms} = {}, khác {total_label} {}.",
                format_decimal(&s),
                total.shown()
            ),
            Some(Suggestion {
                field: total.path.clone(),
                value: format_decimal(&s),
            }),
            involved,
        )),
        _ => None,
    }
}

fn at_most(part: &Operand<'_>, whole: &Operand<'_>) -> Found {
    let (p, w) = (part.value?, whole.value?);
    (p > w).then(|| {
        (
            format!(
                "{} ({}) lớn hơn {} ({}): phần không thể vượt tổng.",
                part.label(),
                part.shown(),
                crate::validate::fields::lower_first(&whole.label()),
                whole.shown()
            ),
            None,
            vec![0, 1],
        )
    })
}

fn rate(rate: &Operand<'_>, num: &Operand<'_>, den: &Operand<'_>) -> Found {
    let (r, n, d) = (rate.value?, num.value?, den.value?);
    if d.is_zero() {
        return Some((
            format!("Không tính được {} vì {} bằng 0.", rate.label(), den.label()),
            None,
            vec![0, 1, 2],
        ));
    }
    let k = r.scale();
    // Tolerance: half a unit of the last decimal the user wrote (97,5% covers 97,45–97,55).
    let precise = n.percent_of(&d, k + 6)?;
    let diff = precise.checked_sub(&r)?;
    let half_unit = Decimal::new(5, k + 1);
    let within = if diff.is_negative() {
        Decimal::from_int(0).checked_sub(&diff)?
    } else {
        diff
    } <= half_unit;
    if within {
        return None;
    }
    let rounded = n.percent_of(&d, k)?;
    let two = n.percent_of(&d, 2)?;
    Some((
        format!(
            "{} ghi {}%, nhưng {} / {} × 100 = {} / {} × 100 = {}%; làm tròn như đã ghi là {}%.",
            rate.label(),
            rate.shown(),
            num.label(),
            crate::validate::fields::lower_first(&den.label()),
            num.shown(),
            den.shown(),
            format_decimal(&two),
            format_decimal(&rounded)
        ),
        Some(Suggestion {
            field: rate.path.clone(),
            value: format!("{}%", format_decimal(&rounded)),
        }),
        vec![0, 1, 2],
    ))
}

fn same(ops: &[Operand<'_>]) -> Found {
    let present: Vec<usize> = (0..ops.len()).filter(|&i| ops[i].value.is_some()).collect();
    if present.len() < 2 {
        return None;
    }
    let first = ops[present[0]].value?;
    if present.iter().all(|&i| ops[i].value == Some(first)) {
        return None;
    }
    let listing = present
        .iter()
        .map(|&i| format!("{} = {}", ops[i].label(), ops[i].shown()))
        .collect::<Vec<_>>()
        .join("; ");
    Some((
        format!("Cùng một số liệu nhưng ghi khác nhau: {listing}."),
        None,
        present,
    ))
}
