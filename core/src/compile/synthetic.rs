//! Synthetic reports for tests and benchmarks (not used by the app): a real report copied for
//! another unit with its counts varied, so a hundred or a thousand files can be compiled.

use crate::number::{format_decimal, parse_number, Decimal};
use crate::report::{Report, Value};
use crate::template::{frame_ids, FieldKind, Template};

/// Copy `n` of `report`: unit "Xã Thử Nghiệm {n}", every count and money figure multiplied by
/// (60 + n·37 mod 81) % (whole numbers, rounded), percentages and prose kept.
pub fn variant(template: &Template, report: &Report, n: usize) -> Report {
    let mut r = report.clone();
    r.id = format!("{}-{n}", report.id);
    let factor = 60 + (n * 37 % 81) as i128;
    r.values.insert(
        frame_ids::ISSUING_BODY.into(),
        Value::Text(format!("ỦY BAN NHÂN DÂN XÃ THỬ NGHIỆM {n}")),
    );
    r.values
        .insert(frame_ids::PLACE.into(), Value::Text(format!("Thử Nghiệm {n}")));
    for (_, f) in template.fields() {
        if !matches!(f.kind, FieldKind::Count | FieldKind::Money) {
            continue;
        }
        let Some(style) = f.number_style() else { continue };
        if let Ok(v) = parse_number(r.text(&f.id), style) {
            if let Some(scaled) = v.mul_div_round(factor, &Decimal::from_int(100), 0) {
                r.values.insert(f.id.clone(), Value::Text(format_decimal(&scaled)));
            }
        }
    }
    r
}
