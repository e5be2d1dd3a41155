//! Declared rules tying figures together: totals, parts ≤ whole, stated rates, same figure.

use super::fields::{lower_first, range_problem};
use super::finding::{Finding, FindingKind, Suggestion};
use super::values::{field_path, Context};
use crate::number::{format_decimal, Decimal};
use crate::template::{FieldKind, Relation, ResolvedRef, Rule, RuleKind, Severity};

/// One resolved operand of a rule, for one row.
struct Operand<'a> {
    r: ResolvedRef<'a>,
    path: String,
    value: Option<Decimal>,
    /// Nothing typed (as opposed to typed but unreadable, which the field's own finding reports).
    blank: bool,
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
                blank: ctx.is_blank(r, row),
            }
        })
        .collect();
    let prefix = row.map(|i| format!("Dòng {}: ", i + 1)).unwrap_or_default();
    let found = match &rule.kind {
        RuleKind::Sum { relation, .. } => {
            if let Some(gap) = sum_gap(&ops, *relation) {
                push(ctx, rule, row, &ops, &prefix, gap, out);
                return;
            }
            sum(&ops, *relation)
        }
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

/// An exact sum (`equal`: the parts are all there are) that cannot be checked because something was
/// left empty, said as a warning (key `<rule>#trong`) with the value it must have: the total while
/// parts are filled, or the one part left empty. `at_most` parts are a subset of an often unknown
/// total (seed 002 gives online applications but no total), so an empty total there says nothing.
fn push(
    ctx: &Context<'_>,
    rule: &Rule,
    row: Option<usize>,
    ops: &[Operand<'_>],
    prefix: &str,
    (message, suggestion, involved): (String, Option<Suggestion>, Vec<usize>),
    out: &mut Vec<Finding>,
) {
    out.push(Finding {
        key: match row {
            Some(i) => format!("{}/{i}#trong", rule.id),
            None => format!("{}#trong", rule.id),
        },
        severity: Severity::Warning,
        // A figure not typed yet: said, like a required field, once the user leaves the section.
        kind: FindingKind::Missing,
        section: ctx.section_of(&ops[involved[0]].r.field.id).to_string(),
        fields: involved.iter().map(|&i| ops[i].path.clone()).collect(),
        message: format!("{prefix}{message}"),
        suggestion,
        accepted: None,
    });
}

fn sum_gap(ops: &[Operand<'_>], relation: Relation) -> Found {
    let (total, parts) = ops.split_last()?;
    let filled: Vec<usize> = (0..parts.len()).filter(|&i| parts[i].value.is_some()).collect();
    if relation != Relation::Equal || filled.is_empty() || parts.iter().any(|p| p.value.is_none() && !p.blank) {
        return None;
    }
    let names = |idx: &[usize]| idx.iter().map(|&i| parts[i].label()).collect::<Vec<_>>().join(", ");
    let total_label = lower_first(&total.label());
    if total.blank && total.r.kind != FieldKind::Computed {
        let all = filled.len() == parts.len();
        let s = filled
            .iter()
            .try_fold(Decimal::from_int(0), |acc, &i| acc.checked_add(&parts[i].value?))?;
        let mut involved = filled.clone();
        involved.push(parts.len());
        return Some((
            format!("Đã nhập {} nhưng chưa nhập {total_label}.", names(&filled)),
            all.then(|| Suggestion {
                field: total.path.clone(),
                value: format_decimal(&s),
            }),
            involved,
        ));
    }
    // An exact sum with one part left empty: that part is the total less the others.
    let missing: Vec<usize> = (0..parts.len()).filter(|&i| parts[i].blank).collect();
    let t = total.value?;
    if missing.len() != 1 {
        return None;
    }
    let s = filled
        .iter()
        .try_fold(Decimal::from_int(0), |acc, &i| acc.checked_add(&parts[i].value?))?;
    let rest = t.checked_sub(&s)?;
    if rest.is_negative() {
        return None; // the sum already exceeds the total: `sum` says so
    }
    let m = &parts[missing[0]];
    let terms = filled.iter().map(|&i| parts[i].shown()).collect::<Vec<_>>().join(" − ");
    Some((
        format!(
            "Chưa nhập {}; theo {total_label} thì bằng {} − {terms} = {}.",
            lower_first(&m.label()),
            total.shown(),
            format_decimal(&rest)
        ),
        Some(Suggestion {
            field: m.path.clone(),
            value: format_decimal(&rest),
        }),
        vec![missing[0], parts.len()],
    ))
}

type Found = Option<(String, Option<Suggestion>, Vec<usize>)>;

fn sum(ops: &[Operand<'_>], relation: Relation) -> Found {
    let (total, parts) = ops.split_last()?;
    let total_v = total.value?;
    let present: Vec<usize> = (0..parts.len()).filter(|&i| parts[i].value.is_some()).collect();
    if present.is_empty() {
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
    let total_label = lower_first(&total.label());
    let complete = present.len() == parts.len();
    // An exact sum whose parts already exceed the total is wrong at once; one that is not yet
    // complete and still under it may be fine.
    let suggestion = (relation == Relation::Equal && complete).then(|| Suggestion {
        field: total.path.clone(),
        value: format_decimal(&s),
    });
    match relation {
        // With one part filled in so far there is no sum to show yet.
        _ if s > total_v && present.len() == 1 => Some((
            format!(
                "{names} ({terms}) lớn hơn {total_label} ({}): phần không thể vượt tổng.",
                total.shown()
            ),
            None,
            involved,
        )),
        _ if s > total_v => Some((
            format!(
                "{names}: {terms} = {}, lớn hơn {total_label} {}.",
                format_decimal(&s),
                total.shown()
            ),
            suggestion,
            involved,
        )),
        Relation::Equal if complete && s != total_v => Some((
            format!(
                "{names}: {terms} = {}, nhỏ hơn {total_label} {} (các phần phải cộng đủ tổng).",
                format_decimal(&s),
                total.shown()
            ),
            suggestion,
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
                lower_first(&whole.label()),
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
            lower_first(&den.label()),
            num.shown(),
            den.shown(),
            format_decimal(&two),
            format_decimal(&rounded)
        ),
        // Offered only when the computed rate is itself allowed in the rate's box: with more online
        // applications than applications (2 of 1 = 200%) the counts are wrong, not the rate.
        range_problem(rate.r.column.unwrap_or(rate.r.field), &rounded)
            .is_none()
            .then(|| Suggestion {
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
