//! Helpers shared by the seed tests: built-in templates, fixtures, findings as comparable tuples.
#![allow(dead_code)] // each test file uses a different subset

use bccds_core::builtin::templates;
use bccds_core::date::Date;
use bccds_core::document_number::check_document_number;
use bccds_core::report::{Report, Value};
use bccds_core::template::{Severity, Template};
use bccds_core::validate::{validate, FindingKind};

/// The five seed reports re-entered (tests/fixtures), in seed order.
pub const FIXTURES: [&str; 5] = [
    include_str!("../../../tests/fixtures/seed-000.json"),
    include_str!("../../../tests/fixtures/seed-001.json"),
    include_str!("../../../tests/fixtures/seed-002.json"),
    include_str!("../../../tests/fixtures/seed-003.json"),
    include_str!("../../../tests/fixtures/seed-004.json"),
];

/// A built-in template by id.
pub fn builtin(id: &str) -> Template {
    templates()
        .expect("built-in templates load")
        .into_iter()
        .find(|t| t.id == id)
        .unwrap_or_else(|| panic!("template {id} is built in"))
}

/// A fixture report file.
pub fn report(json: &str) -> Report {
    serde_json::from_str(json).expect("fixture is a valid report file")
}

/// The findings as (key, severity, message), in order.
pub fn findings(t: &Template, r: &Report) -> Vec<(String, Severity, String)> {
    validate(t, r)
        .into_iter()
        .map(|f| (f.key, f.severity, f.message))
        .collect()
}

/// An expected error finding.
pub fn e(key: &str, message: &str) -> (String, Severity, String) {
    (key.to_string(), Severity::Error, message.to_string())
}

pub fn set(r: &mut Report, id: &str, text: &str) {
    r.values.insert(id.to_string(), Value::Text(text.to_string()));
}

pub fn set_cell(r: &mut Report, table: &str, row: usize, col: &str, value: impl Into<Value>) {
    match r.values.get_mut(table) {
        Some(Value::Rows(rows)) => {
            rows[row].insert(col.to_string(), value.into());
        }
        other => panic!("{table} is not a table: {other:?}"),
    }
}

/// Every text value of the report, plus the given tables as JSON: where prose cites documents.
pub fn prose(r: &Report, tables: &[&str]) -> String {
    let mut text = r
        .values
        .values()
        .filter_map(Value::as_text)
        .collect::<Vec<_>>()
        .join("\n");
    for t in tables {
        text.push_str(&serde_json::to_string(&r.values[*t]).unwrap());
    }
    text
}

/// Documents cited inside prose are not table rows, so the rules do not see them: check by hand
/// that each is cited as "{number} ngày {date}", with a valid number and a date not after the report.
pub fn assert_cited_well_formed(r: &Report, prose: &str, cited: &[(&str, &str)]) {
    let report_date = Date::parse(r.text("ngay")).unwrap();
    for (number, date) in cited {
        assert!(
            prose.contains(&format!("{number} ngày {date}")),
            "{number} ngày {date} is cited in the seed"
        );
        assert!(check_document_number(number).is_ok(), "{number}");
        assert!(Date::parse(date).unwrap() <= report_date, "{date}");
    }
}

/// Keys of the "missing" findings: shown only once the user leaves the section or asks to finish.
pub fn missing_keys(t: &Template, r: &Report) -> Vec<String> {
    validate(t, r)
        .into_iter()
        .filter(|f| f.kind == FindingKind::Missing)
        .map(|f| f.key)
        .collect()
}

/// The printed text of an exported HTML document: without the embedded report data
/// (`<script type="application/json">`), which holds every typed value too, so that a test
/// looking for a sentence in print cannot pass because the data block contains it.
pub fn printed(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        out.push_str(&rest[..start]);
        match rest[start..].find("</script>") {
            Some(end) => rest = &rest[start + end + "</script>".len()..],
            None => {
                rest = "";
                break;
            }
        }
    }
    out.push_str(rest);
    assert!(
        !out.contains(bccds_core::export::HTML_DATA_ID),
        "the data block is cut out of the printed text"
    );
    out
}

/// Rows of a Phụ lục indicator table (chỉ tiêu, đơn vị, kế hoạch, thực hiện), as typed.
pub fn appendix_rows(rows: &[(&str, &str, &str, &str)]) -> Value {
    Value::Rows(
        rows.iter()
            .map(|&(ten, dv, kh, th)| {
                [("ten", ten), ("don-vi", dv), ("ke-hoach", kh), ("thuc-hien", th)]
                    .into_iter()
                    .map(|(k, v)| (k.to_string(), Value::Text(v.to_string())))
                    .collect()
            })
            .collect(),
    )
}

/// The entries (name, UTF-8 text) of a stored zip, read from its local headers; every entry must
/// be stored and carry the right CRC.
pub fn zip_entries(zip: &[u8]) -> Vec<(String, String)> {
    let u16_at = |i: usize| u16::from_le_bytes([zip[i], zip[i + 1]]) as usize;
    let u32_at = |i: usize| u32::from_le_bytes([zip[i], zip[i + 1], zip[i + 2], zip[i + 3]]) as usize;
    let mut out = Vec::new();
    let mut i = 0;
    while u32_at(i) == 0x0403_4b50 {
        assert_eq!(u16_at(i + 8), 0, "stored");
        let size = u32_at(i + 18);
        let (name_len, extra) = (u16_at(i + 26), u16_at(i + 28));
        let name = String::from_utf8(zip[i + 30..i + 30 + name_len].to_vec()).unwrap();
        let start = i + 30 + name_len + extra;
        let data = &zip[start..start + size];
        assert_eq!(bccds_core::zip::crc32(data) as usize, u32_at(i + 14), "{name}: CRC");
        out.push((name, String::from_utf8(data.to_vec()).expect("XML parts are UTF-8")));
        i = start + size;
    }
    out
}
