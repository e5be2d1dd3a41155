//! Checks of one field's own value: required, readable, in range, real dates, valid numbers.

use super::finding::{Finding, FindingKind};
use super::values::{cell_text, field_path, parse_fraction, Context};
use crate::date::Date;
use crate::document_number::check_document_number;
use crate::number::{format_decimal, parse_number, Decimal, NumberError};
use crate::report::Value;
use crate::template::{Field, FieldKind, Section, Severity};

pub(crate) fn check_field(ctx: &Context<'_>, section: &Section, field: &Field, out: &mut Vec<Finding>) {
    let value = ctx.report.values.get(&field.id);
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

fn check_status(section: &Section, field: &Field, choice: &str, path: &str, label: &str, out: &mut Vec<Finding>) {
    if !field.choices.iter().any(|c| c == choice) {
        out.push(invalid(
            section,
            path,
            format!(
                "{label}: “{choice}” không có trong các lựa chọn ({}).",
                field.choices.join(", ")
            ),
        ));
    }
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
    let mut bad = |message: String| out.push(invalid(section, path, format!("{label}: {message}")));
    match field.kind {
        FieldKind::Count | FieldKind::Decimal | FieldKind::Percent | FieldKind::Money => {
            let style = field.number_style().expect("numeric kinds have a style");
            match parse_number(text, style) {
                Err(NumberError::TooManyDecimals { max: 0 }) => bad(NumberError::NotWhole {
                    text: text.trim().into(),
                }
                .message()),
                Err(e) => bad(e.message()),
                Ok(v) => {
                    if let Some(m) = range_problem(field, &v) {
                        bad(m)
                    }
                }
            }
        }
        FieldKind::Fraction => match parse_fraction(text) {
            Err(m) => bad(m),
            Ok((n, d)) if n > d => bad(format!(
                "“{}”: phần {} lớn hơn tổng {} (phần không thể vượt tổng).",
                text.trim(),
                format_decimal(&n),
                format_decimal(&d)
            )),
            Ok((_, d)) if d.is_zero() => bad("mẫu số bằng 0.".into()),
            Ok(_) => {}
        },
        FieldKind::Date => match Date::parse(text) {
            Err(e) => bad(e.message()),
            Ok(d) => {
                let is_report_date = path == crate::template::frame_ids::DATE;
                if let (Some(rd), false) = (ctx.report_date, is_report_date) {
                    if d > rd {
                        bad(format!("ngày {d} sau ngày của báo cáo ({rd}), không thể đúng."));
                    }
                }
            }
        },
        FieldKind::DocumentNumber => {
            if let Err(e) = check_document_number(text) {
                bad(e.message())
            }
        }
        FieldKind::Text | FieldKind::Narrative | FieldKind::Status | FieldKind::Table | FieldKind::Computed => {}
    }
}

fn range_problem(field: &Field, v: &Decimal) -> Option<String> {
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

fn missing(section: &Section, path: &str, message: String) -> Finding {
    Finding {
        key: format!("{path}#required"),
        severity: Severity::Error,
        kind: FindingKind::Missing,
        section: section.id.clone(),
        fields: vec![path.to_string()],
        message,
        suggestion: None,
        accepted: None,
    }
}

fn invalid(section: &Section, path: &str, message: String) -> Finding {
    Finding {
        key: format!("{path}#invalid"),
        severity: Severity::Error,
        kind: FindingKind::Invalid,
        section: section.id.clone(),
        fields: vec![path.to_string()],
        message,
        suggestion: None,
        accepted: None,
    }
}

pub(crate) fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        // Keep acronyms ("UBND", "BTS") as they are.
        Some(f) if c.clone().next().is_some_and(char::is_lowercase) => f.to_lowercase().chain(c).collect(),
        _ => s.to_string(),
    }
}
