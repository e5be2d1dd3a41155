//! The period a report is about (kỳ báo cáo) and the placeholders every printed template text
//! may use, so a template says "năm {nam}" once and prints the right year every year:
//!
//! | placeholder | printed |
//! |---|---|
//! | `{nam}` | the year of the period: the frame field `nam-bao-cao`, else the year of the report's date |
//! | `{nam_truoc}`, `{nam_sau}` | the year before, the year after |
//! | `{don_vi}` | the issuing body in sentence case: "Ủy ban nhân dân xã Đăk Long" |
//! | `{ubnd}` | the same, short: "UBND xã Đăk Long" |
//! | `{xa}` | the unit itself: "xã Đăk Long" |
//!
//! Unknown yet (no date, no issuing body): "…", as the seeds leave blanks.

use std::borrow::Cow;

use super::appendix::sentence_case_body;
use crate::date::Date;
use crate::number::{parse_number, NumberStyle};
use crate::report::Report;
use crate::template::frame_ids as ids;

/// The year of the period: the year typed in `nam-bao-cao`, else the report date's year.
pub fn period_year(report: &Report) -> Option<u16> {
    let typed = report.text(ids::PERIOD_YEAR).trim();
    if !typed.is_empty() {
        if let Ok(n) = parse_number(typed, NumberStyle::Count) {
            if n.is_integer() && !n.is_negative() {
                return u16::try_from(n.units()).ok();
            }
        }
    }
    Date::parse(report.text(ids::DATE).trim()).ok().map(|d| d.year)
}

/// The values placeholders are replaced with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placeholders {
    year: Option<u16>,
    unit: String,
}

const UNKNOWN: &str = "…";

impl Placeholders {
    /// The report's values the placeholders are made from: a page keeps its `of` until they change
    /// (the unit's sentence case is not worth redoing at every keystroke).
    pub fn inputs(report: &Report) -> [&str; 3] {
        [
            report.text(ids::PERIOD_YEAR),
            report.text(ids::DATE),
            report.text(ids::ISSUING_BODY),
        ]
    }

    pub fn of(report: &Report) -> Self {
        let body: Vec<&str> = super::lines(report.text(ids::ISSUING_BODY)).collect();
        Placeholders {
            year: period_year(report),
            unit: sentence_case_body(&body.join(" ")),
        }
    }

    /// `text` with its placeholders filled; borrowed when it has none.
    pub fn fill<'a>(&self, text: &'a str) -> Cow<'a, str> {
        if !text.contains('{') {
            return Cow::Borrowed(text);
        }
        let year = |d: i32| {
            self.year
                .map(|y| (i32::from(y) + d).to_string())
                .unwrap_or_else(|| UNKNOWN.to_string())
        };
        let unit = if self.unit.is_empty() {
            format!("Ủy ban nhân dân xã {UNKNOWN}")
        } else {
            self.unit.clone()
        };
        let short = short_unit(&unit);
        let place = short.strip_prefix("UBND ").unwrap_or(&short).to_string();
        let mut out = text.to_string();
        for (key, value) in [
            ("{nam}", year(0)),
            ("{nam_truoc}", year(-1)),
            ("{nam_sau}", year(1)),
            ("{don_vi}", unit),
            ("{ubnd}", short),
            ("{xa}", place),
        ] {
            if out.contains(key) {
                out = out.replace(key, &value);
            }
        }
        Cow::Owned(out)
    }
}

/// "Ủy ban nhân dân xã Đăk Long" → "UBND xã Đăk Long".
fn short_unit(unit: &str) -> String {
    for long in ["Ủy ban nhân dân ", "Uỷ ban nhân dân ", "ỦY BAN NHÂN DÂN "] {
        if let Some(rest) = unit.strip_prefix(long) {
            return format!("UBND {rest}");
        }
    }
    unit.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Value;

    fn report(date: &str, year: &str, body: &str) -> Report {
        let mut r: Report = serde_json::from_str(
            r#"{"format":1,"id":"r","template_id":"t","template_version":1,"values":{},"accepted":{}}"#,
        )
        .unwrap();
        for (k, v) in [(ids::DATE, date), (ids::PERIOD_YEAR, year), (ids::ISSUING_BODY, body)] {
            r.values.insert(k.into(), Value::Text(v.into()));
        }
        r
    }

    #[test]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn the_year_follows_the_date_unless_the_period_is_set() {
        let p = Placeholders::of(&report("15/11/2026", "", "ỦY BAN NHÂN DÂN XÃ TỊNH KHÊ"));
        assert_eq!(
            p.fill("Kết quả năm {nam}; KẾ HOẠCH NĂM {nam_sau}; so với năm {nam_truoc} của {ubnd}"),
            "Kết quả năm 2026; KẾ HOẠCH NĂM 2027; so với năm 2025 của UBND xã Tịnh Khê"
        );
        assert_eq!(p.fill("{don_vi} báo cáo"), "Ủy ban nhân dân xã Tịnh Khê báo cáo");
        assert_eq!(p.fill("trên địa bàn {xa}"), "trên địa bàn xã Tịnh Khê");
        // A report on 2025 written in January 2026.
        let p = Placeholders::of(&report("05/01/2026", "2025", "Ủy ban nhân dân xã Đăk Long"));
        assert_eq!(p.fill("năm {nam}, năm {nam_sau}"), "năm 2025, năm 2026");
        assert_eq!(period_year(&report("05/01/2026", "2025", "")), Some(2025));
        // Nothing known yet: blanks, as the seeds leave them.
        let p = Placeholders::of(&report("", "", ""));
        assert_eq!(p.fill("năm {nam} của {ubnd}"), "năm … của UBND xã …");
        assert!(matches!(p.fill("không có chỗ trống"), Cow::Borrowed(_)));
    }
}
