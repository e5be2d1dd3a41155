//! The validation engine on real figures from the seeds, with a small template.

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

use bccds_core::builtin::catalogue;
use bccds_core::report::{Profile, Report, Value};
use bccds_core::template::{load_template, Severity};
use bccds_core::validate::{section_status, validate, FindingKind, SectionStatus};

const TEMPLATE: &str = r#"{
  "format": 1, "id": "thu-nghiem", "version": 1, "name": "Thử nghiệm", "description": "Mẫu nhỏ để kiểm tra",
  "sections": [
    { "id": "mot-cua", "title": "d) Hệ thống một cửa điện tử", "fields": [
      { "id": "hs-tong", "indicator": "ho-so-tiep-nhan", "required": true },
      { "id": "hs-truc-tuyen", "indicator": "ho-so-truc-tuyen" },
      { "id": "hs-truc-tiep", "indicator": "ho-so-truc-tiep" },
      { "id": "ty-le-truc-tuyen", "indicator": "ty-le-ho-so-truc-tuyen" },
      { "id": "so-hoa", "indicator": "ty-le-so-hoa-ho-so" }
    ]},
    { "id": "kinh-phi", "title": "8. Kinh phí", "fields": [
      { "id": "kp-phan-bo", "indicator": "kinh-phi-phan-bo" },
      { "id": "kp-giai-ngan", "indicator": "kinh-phi-giai-ngan" },
      { "id": "kp-ty-le", "indicator": "ty-le-giai-ngan" },
      { "id": "so-thon", "indicator": "so-thon" },
      { "id": "thon-4g", "kind": "fraction", "label": "Thôn có sóng 4G", "unit": "thôn" },
      { "id": "van-ban", "kind": "table", "label": "Văn bản đã ban hành", "columns": [
        { "id": "so-ky-hieu", "kind": "document_number", "label": "Số, ký hiệu", "required": true },
        { "id": "ngay", "kind": "date", "label": "Ngày" }
      ]}
    ]}
  ],
  "rules": [
    { "id": "hs-thanh-phan", "kind": "sum", "parts": ["hs-truc-tuyen", "hs-truc-tiep"], "total": "hs-tong", "relation": "at_most" },
    { "id": "hs-ty-le", "kind": "rate", "rate": "ty-le-truc-tuyen", "numerator": "hs-truc-tuyen", "denominator": "hs-tong" },
    { "id": "kp-khong-vuot", "kind": "at_most", "part": "kp-giai-ngan", "whole": "kp-phan-bo" },
    { "id": "kp-ty-le", "kind": "rate", "rate": "kp-ty-le", "numerator": "kp-giai-ngan", "denominator": "kp-phan-bo" },
    { "id": "so-thon-khop", "kind": "same", "fields": ["so-thon", "thon-4g.den"] }
  ]
}"#;

fn report_with(values: &[(&str, &str)]) -> (bccds_core::template::Template, Report) {
    let t = load_template(TEMPLATE, &catalogue()).expect("template loads");
    let mut r = Report::new("r1", &t, &Profile::default());
    r.values.insert("ngay".into(), Value::Text("23/5/2025".into()));
    for (k, v) in values {
        r.values.insert(k.to_string(), Value::Text(v.to_string()));
    }
    (t, r)
}

fn consistency(findings: &[bccds_core::validate::Finding]) -> Vec<(String, String)> {
    findings
        .iter()
        .filter(|f| f.kind != FindingKind::Missing)
        .map(|f| (f.key.clone(), f.message.clone()))
        .collect()
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn seed_000_one_stop_shop_parts_exceed_total() {
    // Seed 000: 1.686 received, 1.644 online + 47 at the desk = 1.691 > 1.686; rate 97,5% matches 1.644/1.686.
    let (t, r) = report_with(&[
        ("hs-tong", "1.686"),
        ("hs-truc-tuyen", "1.644"),
        ("hs-truc-tiep", "47"),
        ("ty-le-truc-tuyen", "97,5%"),
    ]);
    let f = validate(&t, &r);
    assert_eq!(
        consistency(&f),
        vec![(
            "hs-thanh-phan".to_string(),
            "Hồ sơ tiếp nhận trực tuyến + Hồ sơ tiếp nhận trực tiếp (tại nơi giải quyết TTHC): 1.644 + 47 = 1.691, lớn hơn tổng số hồ sơ TTHC tiếp nhận 1.686.".to_string()
        )]
    );
    let finding = f.iter().find(|x| x.key == "hs-thanh-phan").unwrap();
    assert_eq!(finding.fields, vec!["hs-truc-tuyen", "hs-truc-tiep", "hs-tong"]);
    assert_eq!(finding.severity, Severity::Error);
    assert_eq!(finding.section, "mot-cua");
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn consistent_one_stop_shop_has_no_finding() {
    let (t, r) = report_with(&[
        ("hs-tong", "1.686"),
        ("hs-truc-tuyen", "1.644"),
        ("hs-truc-tiep", "42"),
        ("ty-le-truc-tuyen", "97,51"),
    ]);
    assert_eq!(consistency(&validate(&t, &r)), vec![]);
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn stated_rate_outside_its_rounding_is_a_warning_with_a_suggestion() {
    let (t, r) = report_with(&[
        ("hs-tong", "1.686"),
        ("hs-truc-tuyen", "1.644"),
        ("ty-le-truc-tuyen", "97,6%"),
    ]);
    let f = validate(&t, &r);
    let w = f.iter().find(|x| x.key == "hs-ty-le").expect("rate finding");
    assert_eq!(w.severity, Severity::Warning);
    assert_eq!(
        w.message,
        "Tỷ lệ hồ sơ tiếp nhận trực tuyến ghi 97,6%, nhưng Hồ sơ tiếp nhận trực tuyến / tổng số hồ sơ TTHC tiếp nhận × 100 = 1.644 / 1.686 × 100 = 97,51%; làm tròn như đã ghi là 97,5%."
    );
    assert_eq!(w.suggestion.as_ref().unwrap().value, "97,5%");
    assert_eq!(w.suggestion.as_ref().unwrap().field, "ty-le-truc-tuyen");
    // 97% (no decimals) is 97,51 rounded to 98: also flagged; 98% passes.
    let (t, r) = report_with(&[
        ("hs-tong", "1.686"),
        ("hs-truc-tuyen", "1.644"),
        ("ty-le-truc-tuyen", "98%"),
    ]);
    assert!(validate(&t, &r).iter().all(|x| x.key != "hs-ty-le"));
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn accepted_warning_keeps_its_reason() {
    let (t, mut r) = report_with(&[
        ("hs-tong", "1.686"),
        ("hs-truc-tuyen", "1.644"),
        ("ty-le-truc-tuyen", "97,6%"),
    ]);
    r.accepted
        .insert("hs-ty-le".into(), "Số liệu hệ thống tại ngày 23/5".into());
    let f = validate(&t, &r);
    let w = f.iter().find(|x| x.key == "hs-ty-le").unwrap();
    assert_eq!(w.accepted.as_deref(), Some("Số liệu hệ thống tại ngày 23/5"));
    assert!(!w.is_open());
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn seed_002_budget_disbursement() {
    // Seed 002: 50.000.000 đồng allocated, 89,1% disbursed → 44.550.000 đồng is consistent.
    let (t, r) = report_with(&[
        ("kp-phan-bo", "50.000.000 đồng"),
        ("kp-giai-ngan", "44.550.000"),
        ("kp-ty-le", "89,1%"),
    ]);
    assert_eq!(consistency(&validate(&t, &r)), vec![]);
    let (t, r) = report_with(&[
        ("kp-phan-bo", "50.000.000"),
        ("kp-giai-ngan", "55.000.000"),
        ("kp-ty-le", "89,1"),
    ]);
    let keys: Vec<String> = consistency(&validate(&t, &r)).into_iter().map(|x| x.0).collect();
    assert_eq!(keys, vec!["kp-khong-vuot".to_string(), "kp-ty-le".to_string()]);
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn field_errors_quote_the_text() {
    let (t, r) = report_with(&[("hs-tong", "1,686"), ("so-hoa", "99.92"), ("thon-4g", "10/9")]);
    let f = validate(&t, &r);
    let msg = |k: &str| {
        f.iter()
            .find(|x| x.key == k)
            .map(|x| x.message.clone())
            .unwrap_or_default()
    };
    assert!(msg("hs-tong#invalid").contains("1.686"), "{}", msg("hs-tong#invalid"));
    assert!(
        msg("so-hoa#invalid").contains("hãy viết 99,92"),
        "{}",
        msg("so-hoa#invalid")
    );
    assert!(
        msg("thon-4g#invalid").contains("phần 10 lớn hơn tổng 9"),
        "{}",
        msg("thon-4g#invalid")
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn same_figure_in_two_places_and_table_cells() {
    let (t, mut r) = report_with(&[("so-thon", "9"), ("thon-4g", "09/16")]);
    let mut row = bccds_core::sorted_map::SortedMap::new();
    row.insert("so-ky-hieu".to_string(), Value::Text("430/UBND -VHXH".into()));
    row.insert("ngay".to_string(), Value::Text("03/10/2025".into()));
    r.values.insert("van-ban".into(), Value::Rows(vec![row]));
    let f = validate(&t, &r);
    let same = f.iter().find(|x| x.key == "so-thon-khop").expect("same finding");
    assert_eq!(
        same.message,
        "Cùng một số liệu nhưng ghi khác nhau: Số thôn trên địa bàn = 9; Thôn có sóng 4G (mẫu số) = 16."
    );
    assert_eq!(same.fields, vec!["so-thon", "thon-4g"]);
    let cell = f
        .iter()
        .find(|x| x.key == "van-ban/0/so-ky-hieu#invalid")
        .expect("doc number finding");
    assert!(cell.message.contains("dấu cách"));
    // 03/10/2025 is after the report date 23/5/2025.
    let late = f.iter().find(|x| x.key == "van-ban/0/ngay#invalid").expect("late date");
    assert!(
        late.message.contains("sau ngày của báo cáo (23/05/2025)"),
        "{}",
        late.message
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn missing_required_fields_and_section_status() {
    let (t, r) = report_with(&[]);
    let f = validate(&t, &r);
    let missing: Vec<&str> = f
        .iter()
        .filter(|x| x.kind == FindingKind::Missing)
        .map(|x| x.key.as_str())
        .collect();
    assert!(missing.contains(&"hs-tong#required"));
    assert!(missing.contains(&"nguoi-ky#required"));
    let s = t.section("mot-cua").unwrap();
    assert_eq!(section_status(s, &r, &f), SectionStatus::NotStarted);
    let (t, r) = report_with(&[("hs-tong", "1.686"), ("hs-truc-tuyen", "1.644"), ("hs-truc-tiep", "47")]);
    let f = validate(&t, &r);
    assert_eq!(
        section_status(t.section("mot-cua").unwrap(), &r, &f),
        SectionStatus::HasErrors
    );
    let (t, r) = report_with(&[("hs-tong", "1.686")]);
    let f = validate(&t, &r);
    assert_eq!(
        section_status(t.section("mot-cua").unwrap(), &r, &f),
        SectionStatus::Complete
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn stated_rate_is_shown_computed_from_its_counts() {
    use bccds_core::validate::stated_rate_from_counts;
    let (t, r) = report_with(&[
        ("hs-tong", "1.686"),
        ("hs-truc-tuyen", "1.644"),
        ("ty-le-truc-tuyen", "97,5%"),
    ]);
    let c = stated_rate_from_counts(&t, &r, "ty-le-truc-tuyen").expect("computable");
    assert_eq!(
        (c.display.as_str(), c.explanation.as_str()),
        ("97,51%", "1.644 / 1.686 × 100")
    );
    // Not a rate with a rule, or counts missing: nothing to show.
    assert!(stated_rate_from_counts(&t, &r, "so-hoa").is_none());
    let (t, r) = report_with(&[("hs-tong", "1.686")]);
    assert!(stated_rate_from_counts(&t, &r, "ty-le-truc-tuyen").is_none());
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn one_part_already_over_its_total_is_reported_before_the_others_are_typed() {
    let (t, r) = report_with(&[("hs-tong", "1.686"), ("hs-truc-tuyen", "1.700")]);
    assert_eq!(
        consistency(&validate(&t, &r)),
        vec![(
            "hs-thanh-phan".to_string(),
            "Hồ sơ tiếp nhận trực tuyến (1.700) lớn hơn tổng số hồ sơ TTHC tiếp nhận (1.686): phần không thể vượt tổng."
                .to_string()
        )]
    );
}
