//! This period against the previous report (kỳ trước): a cumulative figure that went down, or a
//! change beyond the catalogue's plausible change, is a warning `<field>#ky-truoc` that can be
//! accepted with a reason; nothing is said when either side is empty or unreadable.

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

use bccds_core::sorted_map::SortedMap;

use bccds_core::builtin::catalogue;
use bccds_core::export::{export_json, import_file};
use bccds_core::report::{Predecessor, Profile, Report, Value};
use bccds_core::template::{load_template, Severity, Template};
use bccds_core::validate::{validate, FindingKind};

const TEMPLATE: &str = r#"{
  "format": 1, "id": "thu-nghiem", "version": 1, "name": "Thử nghiệm", "description": "Mẫu nhỏ để kiểm tra",
  "sections": [
    { "id": "so-lieu", "title": "1. Số liệu", "fields": [
      { "id": "cks", "indicator": "chu-ky-so-cap" },
      { "id": "hs-tong", "indicator": "ho-so-tiep-nhan" },
      { "id": "so-thon", "indicator": "so-thon" },
      { "id": "may-bao-ve", "indicator": "may-tinh-diet-virus" },
      { "id": "tin-bai", "kind": "count", "label": "Số tin bài", "unit": "tin bài" }
    ]}
  ]
}"#;

fn template() -> Template {
    load_template(TEMPLATE, &catalogue()).expect("template loads")
}

/// A report with `now` typed and `before` as the previous report's figures.
fn report(now: &[(&str, &str)], before: &[(&str, &str)]) -> Report {
    let mut r = Report::new("bc-1", &template(), &Profile::default());
    for (id, text) in now {
        r.values.insert(id.to_string(), Value::Text(text.to_string()));
    }
    r.predecessor = Some(Predecessor {
        template_id: "cds-6-thang".into(),
        ngay: "23/5/2025".into(),
        so: "12/BC-UBND".into(),
        figures: before.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
    });
    r
}

/// The change findings as (key, message).
fn changes(r: &Report) -> Vec<(String, String)> {
    validate(&template(), r)
        .into_iter()
        .filter(|f| f.key.ends_with("#ky-truoc"))
        .map(|f| (f.key, f.message))
        .collect()
}

fn one(key: &str, message: &str) -> Vec<(String, String)> {
    vec![(key.to_string(), message.to_string())]
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn a_cumulative_figure_that_goes_down_is_a_warning() {
    let r = report(&[("cks", "12")], &[("cks", "120")]);
    assert_eq!(
        changes(&r),
        one(
            "cks#ky-truoc",
            "Số chữ ký số (chứng thư số) đã cấp giảm từ 120 xuống 12 so với kỳ trước; đây là số cộng dồn, thường không giảm."
        )
    );
    let f = validate(&template(), &r)
        .into_iter()
        .find(|f| f.key == "cks#ky-truoc")
        .unwrap();
    assert_eq!(f.severity, Severity::Warning);
    assert_eq!(f.kind, FindingKind::Consistency);
    assert_eq!(f.section, "so-lieu");
    assert_eq!(f.fields, vec!["cks".to_string()]);
    assert_eq!(f.suggestion, None);
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn a_cumulative_figure_that_stays_or_grows_says_nothing_even_a_lot() {
    assert_eq!(changes(&report(&[("cks", "120")], &[("cks", "120")])), vec![]);
    // No plausible change is declared for signatures: ten times as many is not questioned.
    assert_eq!(changes(&report(&[("cks", "1.200")], &[("cks", "120")])), vec![]);
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn a_change_beyond_the_plausible_change_is_a_warning_either_way() {
    // ho-so-tiep-nhan: 200% at most; (9.000 − 1.686) / 1.686 = 433,8%.
    assert_eq!(
        changes(&report(&[("hs-tong", "9.000")], &[("hs-tong", "1.686")])),
        one(
            "hs-tong#ky-truoc",
            "Tổng số hồ sơ TTHC tiếp nhận tăng từ 1.686 lên 9.000 so với kỳ trước (thay đổi 433,8%, nhiều hơn mức thường gặp 200%)."
        )
    );
    // so-thon: 50% at most; 10 → 4 is 60% down. Not cumulative: villages are merged.
    assert_eq!(
        changes(&report(&[("so-thon", "4")], &[("so-thon", "10")])),
        one(
            "so-thon#ky-truoc",
            "Số thôn trên địa bàn giảm từ 10 xuống 4 so với kỳ trước (thay đổi 60%, nhiều hơn mức thường gặp 50%)."
        )
    );
    // Typed the old way ("1686") or the new one, the figures are read alike.
    assert_eq!(
        changes(&report(&[("hs-tong", "3001")], &[("hs-tong", "1000")])).len(),
        1
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn a_change_within_the_plausible_change_says_nothing() {
    assert_eq!(
        changes(&report(&[("hs-tong", "5.000")], &[("hs-tong", "1.686")])),
        vec![]
    );
    // Exactly at the limit: 1.000 → 3.000 is +200%.
    assert_eq!(
        changes(&report(&[("hs-tong", "3.000")], &[("hs-tong", "1.000")])),
        vec![]
    );
    assert_eq!(changes(&report(&[("so-thon", "5")], &[("so-thon", "10")])), vec![]);
    // Nothing declared for the indicator or a field of the template's own: any change.
    assert_eq!(
        changes(&report(&[("may-bao-ve", "0")], &[("may-bao-ve", "40")])),
        vec![]
    );
    assert_eq!(changes(&report(&[("tin-bai", "0")], &[("tin-bai", "400")])), vec![]);
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn empty_or_unreadable_sides_and_a_start_from_zero_say_nothing() {
    let cases: [(&str, &str); 6] = [
        ("", "120"),
        ("   ", "120"),
        ("12", ""),
        ("12", "một trăm"),
        ("mười", "120"),
        ("-", "120"),
    ];
    for (now, before) in cases {
        assert_eq!(
            changes(&report(&[("cks", now)], &[("cks", before)])),
            vec![],
            "{now:?} after {before:?}"
        );
    }
    // Not typed at all this period.
    assert_eq!(changes(&report(&[], &[("cks", "120")])), vec![]);
    // From 0 any figure is a start, not a change of so many percent.
    assert_eq!(changes(&report(&[("hs-tong", "900")], &[("hs-tong", "0")])), vec![]);
    // No predecessor: nothing to compare with.
    let mut r = report(&[("cks", "12")], &[]);
    r.predecessor = None;
    assert_eq!(changes(&r), vec![]);
    // A figure of a field the template does not have is ignored.
    assert_eq!(changes(&report(&[("cks", "12")], &[("khong-co", "120")])), vec![]);
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn the_warning_is_accepted_with_a_reason_like_any_other() {
    let mut r = report(&[("cks", "12")], &[("cks", "120")]);
    r.accepted.insert(
        "cks#ky-truoc".into(),
        "Thu hồi chữ ký số của cán bộ đã nghỉ việc".into(),
    );
    let f = validate(&template(), &r)
        .into_iter()
        .find(|f| f.key == "cks#ky-truoc")
        .unwrap();
    assert_eq!(f.accepted.as_deref(), Some("Thu hồi chữ ký số của cán bộ đã nghỉ việc"));
    assert!(!f.is_open());
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn the_export_names_the_predecessor_but_leaves_its_figures_out() {
    let (t, r) = (
        template(),
        report(&[("cks", "12")], &[("cks", "120"), ("hs-tong", "1.686")]),
    );
    let json = export_json(&t, &r, &validate(&t, &r), "2025-11-20T08:00:00Z");
    let file: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        file["report"]["predecessor"],
        serde_json::json!({ "template_id": "cds-6-thang", "ngay": "23/5/2025", "so": "12/BC-UBND" })
    );
    assert!(!json.contains("1.686"), "an old figure is in the export");
    // The finding at export time is kept (it is this report's), and the file opens again.
    assert!(json.contains("cks#ky-truoc"));
    let back = import_file(&json).unwrap();
    assert_eq!(back.predecessor.as_ref().unwrap().so, "12/BC-UBND");
    assert_eq!(back.predecessor.unwrap().figures, SortedMap::new());
    // The draft keeps them (as stored in the browser).
    let draft: Report = serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
    assert_eq!(
        draft.predecessor.unwrap().figures.get("hs-tong").map(String::as_str),
        Some("1.686")
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn the_catalogue_declares_cumulative_only_stocks_that_grow() {
    let cat = catalogue();
    let cumulative: Vec<&str> = cat
        .indicators
        .iter()
        .filter(|i| i.cumulative)
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(
        cumulative,
        vec![
            "chu-ky-so-cap",
            "thon-co-to-cnscd",
            "thon-phu-song-4g",
            "bdhvs-nguoi-tham-gia",
            "tai-khoan-ngan-hang"
        ]
    );
    // Flows of a period (applications, meetings, money) are never cumulative.
    for flow in [
        "ho-so-tiep-nhan",
        "ho-so-truc-tuyen",
        "cuoc-hop-truc-tuyen",
        "kinh-phi-giai-ngan",
    ] {
        assert!(!cat.indicator(flow).unwrap().cumulative, "{flow}");
    }
}
