//! Checks of one field's own value: required, readable, in range, real dates, valid numbers.
//!
//! Every hint in a message is a value that passes the same checks; it is also offered as the
//! finding's [`Suggestion`] (a one-click fix). Hints that would fail are dropped, never shown.

use super::finding::{Finding, FindingKind};
use super::values::{cell_text, field_path, parse_fraction, Context};
use crate::date::Date;
use crate::document_number::check_document_number;
use crate::number::{format_decimal, parse_number, Decimal, NumberError};
use crate::report::Value;
use crate::template::{Field, FieldKind, Section, Severity};
use crate::text::{is_dash_like, is_invisible, nfc};

pub(crate) fn check_field(ctx: &Context<'_>, section: &Section, field: &Field, out: &mut Vec<Finding>) {
    let value = ctx.report.values.get(&field.id);
    if field.kind == FieldKind::Computed {
        if let Some(note) = super::values::zero_denominator(ctx, field, None) {
            out.push(zero_rate(section, &field.id, note));
        }
        return;
    }
    let blank = value.is_none_or(Value::is_blank);
    if blank {
        if field.required && field.kind != FieldKind::Computed {
            let message = if field.kind == FieldKind::Table {
                format!("{}: chưa có dòng nào.", field.label)
            } else {
                format!("Chưa nhập {}.", lower_first(&field.label))
            };
            out.push(missing(section, &field.id, message));
        }
        return;
    }
    match (field.kind, value) {
        (FieldKind::Table, Some(Value::Rows(rows))) => {
            for (i, row) in rows.iter().enumerate() {
                if row.values().all(Value::is_blank) {
                    continue;
                }
                for col in &field.columns {
                    let path = field_path(&field.id, Some((i, &col.id)));
                    let prefix = format!("{}, dòng {}, {}", field.label, i + 1, lower_first(&col.label));
                    if col.kind == FieldKind::Computed {
                        if let Some(note) = super::values::zero_denominator(ctx, col, Some(row)) {
                            out.push(zero_rate(
                                section,
                                &path,
                                format!("{}, dòng {}: {note}", field.label, i + 1),
                            ));
                        }
                        continue;
                    }
                    match row.get(&col.id) {
                        Some(Value::Status { choice, .. }) => check_status(section, col, choice, &path, &prefix, out),
                        _ => {
                            let text = cell_text(row, &col.id);
                            if text.trim().is_empty() {
                                if col.required && col.kind != FieldKind::Computed {
                                    out.push(missing(section, &path, format!("{prefix}: chưa nhập.")));
                                }
                            } else {
                                check_text(ctx, section, col, text, &path, &prefix, out);
                            }
                        }
                    }
                }
            }
        }
        (FieldKind::Status, Some(Value::Status { choice, .. })) => {
            if choice.trim().is_empty() {
                if field.required {
                    out.push(missing(
                        section,
                        &field.id,
                        format!("{}: chưa chọn tình trạng.", field.label),
                    ));
                }
            } else {
                check_status(section, field, choice, &field.id, &field.label, out);
            }
        }
        (_, Some(Value::Text(text))) => check_text(ctx, section, field, text, &field.id, &field.label, out),
        _ => out.push(invalid(
            section,
            &field.id,
            format!(
                "{}: dữ liệu không đúng loại trường (có thể tệp được sửa tay).",
                field.label
            ),
        )),
    }
}

/// Choices compare after Unicode normalisation: "Đáp ứng" typed in decomposed form is "Đáp ứng".
fn check_status(section: &Section, field: &Field, choice: &str, path: &str, label: &str, out: &mut Vec<Finding>) {
    let typed = nfc(choice.trim());
    if field.choices.iter().any(|c| *c == typed) {
        return;
    }
    let same_letters = field
        .choices
        .iter()
        .find(|c| crate::text::lower(c) == crate::text::lower(&typed));
    let message = match same_letters {
        Some(c) => format!("{label}: “{choice}” phải viết đúng như lựa chọn “{c}”."),
        None => format!(
            "{label}: “{choice}” không có trong các lựa chọn ({}).",
            field.choices.join(", ")
        ),
    };
    out.push(invalid(section, path, message));
}

fn check_text(
    ctx: &Context<'_>,
    section: &Section,
    field: &Field,
    text: &str,
    path: &str,
    label: &str,
    out: &mut Vec<Finding>,
) {
    if let Some(problem) = text_problem(ctx, field, path, text, true) {
        out.push(invalid(section, path, format!("{label}: {}", problem.message)).with_fix(problem.hint));
        return;
    }
    if let Some(w) = plausibility(ctx, field, path, text) {
        out.push(
            Finding::on_field(
                &section.id,
                path,
                "plausible",
                Severity::Warning,
                FindingKind::Invalid,
                format!("{label}: {}", w.message),
            )
            .with_fix(w.hint),
        );
    }
}

/// What is wrong with a field's text, and a corrected text that passes, if there is a sure one.
struct Problem {
    message: String,
    hint: Option<String>,
}

impl Problem {
    fn new(message: String) -> Problem {
        Problem { message, hint: None }
    }
}

/// The error of `text` in `field`, if any. With `suggest`, a hint is kept only when it passes too.
fn text_problem(ctx: &Context<'_>, field: &Field, path: &str, text: &str, suggest: bool) -> Option<Problem> {
    let text = nfc(text);
    let passes = |hint: &str| suggest && text_problem(ctx, field, path, hint, false).is_none();
    match field.kind {
        FieldKind::Count | FieldKind::Decimal | FieldKind::Percent | FieldKind::Money => {
            let style = field.number_style().expect("numeric kinds have a style");
            match parse_number(&text, style) {
                Err(e) => {
                    let hint = e
                        .hint()
                        .filter(|_| unit_hint_is_safe(field, &e))
                        .filter(|h| passes(h))
                        .map(str::to_string);
                    let message = if hint.is_some() {
                        e.message()
                    } else {
                        e.message_without_hint()
                    };
                    Some(Problem { message, hint })
                }
                Ok(v) => range_problem(field, &v).map(Problem::new),
            }
        }
        FieldKind::Fraction => match parse_fraction(&text) {
            Err(m) => Some(Problem::new(m)),
            Ok((n, d)) if n > d => Some(Problem::new(format!(
                "“{}”: phần {} lớn hơn tổng {} (phần không thể vượt tổng).",
                text.trim(),
                format_decimal(&n),
                format_decimal(&d)
            ))),
            Ok((_, d)) if d.is_zero() => Some(Problem::new("mẫu số bằng 0.".into())),
            Ok(_) => None,
        },
        FieldKind::Date => match Date::parse(&text) {
            Err(e) => {
                let hint = e.hint().filter(|h| passes(h));
                let message = if hint.is_some() {
                    e.message()
                } else {
                    e.message_without_hint()
                };
                Some(Problem { message, hint })
            }
            Ok(d) => {
                let is_report_date = path == crate::template::frame_ids::DATE;
                match (ctx.report_date, is_report_date) {
                    (Some(rd), false) if d > rd => Some(Problem::new(format!(
                        "ngày {d} sau ngày của báo cáo ({rd}), không thể đúng."
                    ))),
                    _ => None,
                }
            }
        },
        FieldKind::DocumentNumber => match check_document_number(&text) {
            Ok(_) => None,
            Err(e) => {
                let hint = document_number_hint(&text).filter(|h| passes(h));
                let message = match &hint {
                    Some(h) => format!("{} Hãy viết {h}.", e.message()),
                    None => e.message(),
                };
                Some(Problem { message, hint })
            }
        },
        FieldKind::Text | FieldKind::Narrative | FieldKind::Status | FieldKind::Table | FieldKind::Computed => None,
    }
}

/// Dropping a word after a number is a sure fix only when the word is the field's own unit
/// ("12 hồ sơ" in a box of hồ sơ), never for money ("50 USD" is not 50 đồng).
fn unit_hint_is_safe(field: &Field, e: &NumberError) -> bool {
    let NumberError::SuffixNotAllowed { suffix, .. } = e else {
        return true;
    };
    // "km2" typed for km² is the same unit.
    let plain = |s: &str| crate::text::lower(&nfc(s)).replace('²', "2");
    let typed = plain(suffix);
    match field.unit.as_deref() {
        Some("%") => typed == "phần trăm" || typed == "%",
        Some("đồng") | None => false,
        Some(unit) => typed == plain(unit),
    }
}

/// A document number pasted from Word or PDF, written the normal way: "Số 43/kh–ubnd" → "43/KH-UBND".
fn document_number_hint(text: &str) -> Option<String> {
    let mut t = text.trim();
    for prefix in ["Số:", "số:", "Số", "số"] {
        if let Some(rest) = t.strip_prefix(prefix) {
            t = rest.trim_start();
            break;
        }
    }
    let cleaned: String = t
        .chars()
        .filter(|&c| !c.is_whitespace() && !is_invisible(c))
        .map(|c| if is_dash_like(c) { '-' } else { c })
        .collect::<String>()
        .trim_end_matches(['.', ',', ';'])
        .to_string();
    // Upper-case the symbol; the "g" of "QĐ-TTg" and similar mixed-case codes are checked as typed first.
    [cleaned.clone(), crate::text::upper(&cleaned)]
        .into_iter()
        .find(|c| c != text.trim() && check_document_number(c).is_ok())
}

pub(crate) fn range_problem(field: &Field, v: &Decimal) -> Option<String> {
    let unit = field.unit.as_deref().map(|u| format!(" {u}")).unwrap_or_default();
    let shown = format_decimal(v);
    if field.kind == FieldKind::Percent {
        let hundred = Decimal::from_int(100);
        if v.is_negative() || *v > hundred {
            return Some(format!("tỷ lệ phải từ 0 đến 100%, đang ghi {shown}%."));
        }
    }
    if let Some(min) = field.min {
        if *v < min {
            return Some(format!(
                "{shown}{unit} nhỏ hơn mức thấp nhất cho phép ({}{unit}).",
                format_decimal(&min)
            ));
        }
    } else if v.is_negative() {
        return Some(format!("không được là số âm ({shown})."));
    }
    if let Some(max) = field.max {
        if *v > max {
            return Some(format!(
                "{shown}{unit} lớn hơn mức cao nhất cho phép ({}{unit}).",
                format_decimal(&max)
            ));
        }
    }
    None
}

/// Warnings on a readable value: outside the catalogue's plausible range for a commune (46.046 km²
/// typed for 46,046), or a report date after today.
fn plausibility(ctx: &Context<'_>, field: &Field, path: &str, text: &str) -> Option<Problem> {
    if field.kind == FieldKind::Date && path == crate::template::frame_ids::DATE {
        let (d, today) = (Date::parse(text).ok()?, ctx.today?);
        return (d > today).then(|| {
            Problem::new(format!(
                "ngày {d} ở sau hôm nay ({today}); kiểm tra lại ngày, tháng, năm."
            ))
        });
    }
    let style = field.number_style()?;
    let v = parse_number(text, style).ok()?;
    let unit = field.unit.as_deref().map(|u| format!(" {u}")).unwrap_or_default();
    let (low, high) = (field.plausible_min, field.plausible_max);
    let range = match (low, high) {
        (Some(l), Some(h)) => format!("từ {} đến {}{unit}", format_decimal(&l), format_decimal(&h)),
        (Some(l), None) => format!("từ {}{unit} trở lên", format_decimal(&l)),
        (None, Some(h)) => format!("đến {}{unit}", format_decimal(&h)),
        (None, None) => return None,
    };
    let outside = |x: &Decimal| low.is_some_and(|l| *x < l) || high.is_some_and(|h| *x > h);
    if !outside(&v) {
        return None;
    }
    // "46.046" read with a decimal comma instead, if that is plausible and passes.
    let hint = text.trim().split_once('.').and_then(|(a, b)| {
        if b.contains(['.', ',']) {
            return None;
        }
        let candidate = format!("{a},{b}");
        let w = parse_number(&candidate, style).ok()?;
        (!outside(&w) && text_problem(ctx, field, path, &candidate, false).is_none()).then_some(candidate)
    });
    let mut message = format!(
        "{}{unit} nằm ngoài khoảng thường gặp của một xã ({range}); kiểm tra lại số liệu và dấu chấm (hàng nghìn), dấu phẩy (thập phân).",
        format_decimal(&v)
    );
    if let Some(h) = &hint {
        message.push_str(&format!(" Nếu là số thập phân, hãy viết {h}."));
    }
    Some(Problem { message, hint })
}

/// A computed rate that cannot be computed (a target of 0): a warning the user can accept with a
/// note, instead of a silently empty cell.
fn zero_rate(section: &Section, path: &str, message: String) -> Finding {
    Finding::on_field(
        &section.id,
        path,
        "chia-0",
        Severity::Warning,
        FindingKind::Invalid,
        message,
    )
}

fn missing(section: &Section, path: &str, message: String) -> Finding {
    Finding::on_field(
        &section.id,
        path,
        "required",
        Severity::Error,
        FindingKind::Missing,
        message,
    )
}

fn invalid(section: &Section, path: &str, message: String) -> Finding {
    Finding::on_field(
        &section.id,
        path,
        "invalid",
        Severity::Error,
        FindingKind::Invalid,
        message,
    )
}

pub(crate) fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        // Keep acronyms ("UBND", "BTS") as they are.
        Some(f) if c.clone().next().is_some_and(char::is_lowercase) => crate::text::lower_char(f).chain(c).collect(),
        _ => s.to_string(),
    }
}
