//! The province's compilation over the five seed fixtures and synthetic variants: exact totals
//! (checked by hand against the fixtures), recomputed rates, duplicates, refused files.

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

mod common;

use bccds_core::builtin::templates;
use bccds_core::compile::csv::sheet_csv;
use bccds_core::compile::summary::{summary_html, SummaryHeader};
use bccds_core::compile::synthetic::variant;
use bccds_core::compile::*;
use bccds_core::export::export_json;
use bccds_core::number::{format_decimal, Decimal};
use bccds_core::render::render_document;
use bccds_core::report::{Report, Value};
use bccds_core::validate::validate;
use common::FIXTURES;

fn fixture(n: usize) -> String {
    FIXTURES[n].to_string()
}

fn seeds() -> Compilation {
    let mut c = Compilation::new(templates().unwrap());
    for n in 0..5 {
        c.add_file(&format!("seed-00{n}.json"), &fixture(n));
    }
    c
}

fn col(t: &FigureTable, key: &str) -> usize {
    t.columns
        .iter()
        .position(|c| c.key == key)
        .unwrap_or_else(|| panic!("column {key}"))
}

fn dec(d: Option<Decimal>) -> String {
    d.map(|d| format_decimal(&d)).unwrap_or_default()
}

fn cells(t: &FigureTable, key: &str) -> Vec<String> {
    let c = col(t, key);
    t.rows.iter().map(|r| r.cells[c].display()).collect()
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn the_five_seeds_line_up_by_catalogue_indicator() {
    let c = seeds();
    assert_eq!(c.reports.len(), 5);
    assert!(c.problems.is_empty());
    let t = build_table(&c, &Scope::Shared);
    let units: Vec<&str> = t.rows.iter().map(|r| r.unit.as_str()).collect();
    // seed-001 and seed-003 are both from Xã Minh Long (two report types): one row.
    assert_eq!(units, ["Huyện Minh Long", "Xã Đăk Long", "Xã Minh Long", "Xã Tịnh Khê"]);
    let s = table_stats(&t);
    // Villages: seed-002 "9" thôn (Đăk Long), seed-004 "18" (Tịnh Khê).
    let i = col(&t, "so-thon|thôn");
    assert_eq!(cells(&t, "so-thon|thôn"), ["—", "9", "—", "18"]);
    assert_eq!(dec(s[i].total), "27");
    assert_eq!(dec(s[i].mean), "13,5");
    assert_eq!(s[i].reported, 2);
    assert_eq!(s[i].missing, 2);
    assert_eq!(s[i].min.map(|m| t.rows[m.1].unit.as_str()), Some("Xã Đăk Long"));
    assert_eq!(s[i].max.map(|m| t.rows[m.1].unit.as_str()), Some("Xã Tịnh Khê"));
    // Population 6.814 + 56.000; computers with antivirus 220 + 74; budget 50 + 100 million đồng.
    assert_eq!(dec(s[col(&t, "dan-so|người")].total), "62.814");
    assert_eq!(dec(s[col(&t, "may-tinh-diet-virus|máy")].total), "294");
    assert_eq!(dec(s[col(&t, "kinh-phi-phan-bo|đồng")].total), "150.000.000");
    assert_eq!(dec(s[col(&t, "bdhvs-nguoi-tham-gia|người")].total), "2.312");
    // Area in ha (seed-002) and in km² (seed-004) stay apart.
    assert_eq!(cells(&t, "dien-tich-tu-nhien|ha"), ["—", "28.050,38", "—", "—"]);
    assert_eq!(cells(&t, "dien-tich-tu-nhien|km²"), ["—", "—", "—", "46,046"]);
    // The online-application rate: no total of rates; recomputed from seed-000's counts 1.644 / 1.686.
    let r = col(&t, "ty-le-ho-so-truc-tuyen|%");
    assert_eq!(cells(&t, "ty-le-ho-so-truc-tuyen|%"), ["97,5", "100", "—", "—"]);
    assert_eq!(s[r].total, None);
    let rate = s[r].rate.as_ref().expect("recomputed rate");
    assert_eq!((dec(Some(rate.value)), rate.units), ("97,51".to_string(), 1));
    // seed-000's open error (1.644 + 47 = 1.691 > 1.686) marks the three cells it involves.
    let flagged: Vec<bool> = [
        "ho-so-tiep-nhan|hồ sơ",
        "ho-so-truc-tuyen|hồ sơ",
        "ho-so-truc-tiep|hồ sơ",
        "bts-tong|trạm",
    ]
    .iter()
    .map(|k| t.rows[0].cells[col(&t, k)].flagged)
    .collect();
    // So does its warning that MobiFone's stations (26 − 9 − 17 = 0) were left empty.
    assert_eq!(flagged, [true, true, true, true]);
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn one_report_type_gives_its_own_figures_in_form_order() {
    let c = seeds();
    let t = build_table(&c, &Scope::Template("cds-nam-ke-hoach".into()));
    assert_eq!(t.rows.len(), 1);
    assert_eq!(t.rows[0].unit, "Xã Đăk Long");
    let keys: Vec<&str> = t.columns.iter().take(4).map(|c| c.key.as_str()).collect();
    assert_eq!(keys, ["duong-bien-gioi", "dien-tich", "so-thon", "so-ho"]);
    // The computed sum hs-toan-trinh + hs-mot-phan = 97 + 129.
    assert_eq!(cells(&t, "hs-truc-tuyen-tong"), ["226"]);
    assert_eq!(
        t.columns[col(&t, "hs-truc-tuyen-tong")].header(),
        "Tổng hồ sơ trực tuyến (toàn trình và một phần) (hồ sơ)"
    );
}

fn synthetic(count: usize) -> Compilation {
    let ts = templates().unwrap();
    let t = ts.iter().find(|t| t.id == "cds-6-thang").unwrap().clone();
    let base: Report = serde_json::from_str(&fixture(0)).unwrap();
    let mut c = Compilation::new(ts);
    for n in 1..=count {
        let r = variant(&t, &base, n);
        let json = export_json(&t, &r, &validate(&t, &r), "2025-06-01T08:00:00Z");
        c.add_file(&format!("xa-{n}.json"), &json);
    }
    c
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn synthetic_variants_sum_exactly_and_rates_come_from_summed_counts() {
    // Factors 60 + n·37 mod 81 for n = 1..=4: 97, 134 mod… = 60+37, 60+74, 60+30, 60+67 → 97, 134, 90, 127 %.
    let c = synthetic(4);
    let t = build_table(&c, &Scope::Template("cds-6-thang".into()));
    let s = table_stats(&t);
    // hs-tong 1.686 × 0,97 / 1,34 / 0,90 / 1,27 = 1.635,42→1.635; 2.259,24→2.259; 1.517,4→1.517; 2.141,22→2.141.
    assert_eq!(cells(&t, "hs-tong"), ["1.635", "2.259", "1.517", "2.141"]);
    let i = col(&t, "hs-tong");
    assert_eq!(dec(s[i].total), "7.552");
    assert_eq!(dec(s[i].mean), "1.888");
    // hs-truc-tuyen 1.644 × the same: 1.594,68→1.595; 2.202,96→2.203; 1.479,6→1.480; 2.087,88→2.088 = 7.366.
    assert_eq!(cells(&t, "hs-truc-tuyen"), ["1.595", "2.203", "1.480", "2.088"]);
    let r = s[col(&t, "ty-le-hs-truc-tuyen")].rate.clone().unwrap();
    assert_eq!(dec(Some(r.numerator)), "7.366");
    assert_eq!(dec(Some(r.denominator)), "7.552");
    // 7.366 / 7.552 × 100 = 97,537… → 97,54 (the stated rates, all "97,5", would average 97,5).
    assert_eq!(dec(Some(r.value)), "97,54");
    assert_eq!(r.units, 4);
    assert!(s[i].outliers.is_empty());
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn a_figure_far_from_the_others_is_flagged() {
    let mut c = synthetic(8);
    let t6 = c.templates.iter().find(|t| t.id == "cds-6-thang").unwrap().clone();
    let mut r = c.reports[2].file.report.clone();
    r.values.insert("bts-tong".into(), Value::Text("2.600".into()));
    c.add_file("xa-3-sua.json", &export_json(&t6, &r, &[], "2025-06-02T08:00:00Z"));
    let t = build_table(&c, &Scope::Template("cds-6-thang".into()));
    let s = table_stats(&t);
    let i = col(&t, "bts-tong");
    let flagged: Vec<&str> = s[i].outliers.iter().map(|&r| t.rows[r].unit.as_str()).collect();
    assert_eq!(flagged, ["Xã Thử Nghiệm 3"]);
    assert!(s[col(&t, "hs-tong")].outliers.is_empty());
    let svg = chart::bar_chart_svg(&t, i, &s[i]).unwrap();
    assert!(svg.starts_with("<svg"));
    assert!(svg.contains("2.600 (cần kiểm tra)"));
    assert_eq!(svg.matches("<rect").count(), 8);
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn refused_files_each_say_why_and_the_rest_still_load() {
    let mut c = seeds();
    let seed0 = fixture(0);
    c.add_file("cat-ngan.json", &seed0[..seed0.len() / 2]);
    c.add_file("mau-la.json", &seed0.replace("\"cds-6-thang\"", "\"bao-cao-nam-2030\""));
    c.add_file(
        "moi-hon.json",
        r#"{"format": 2, "kind": "bao-cao-chuyen-doi-so", "report": {}}"#,
    );
    c.add_file("rong.json", "  ");
    c.add_file("anh.html", "<html><body>Không phải báo cáo</body></html>");
    assert_eq!(c.reports.len(), 5);
    assert_eq!(c.files_seen(), 10);
    let msgs: Vec<(&str, &str)> = c
        .problems
        .iter()
        .map(|p| (p.file_name.as_str(), p.message.as_str()))
        .collect();
    assert_eq!(msgs[0].0, "cat-ngan.json");
    assert!(msgs[0].1.starts_with("Tệp JSON bị lỗi cú pháp ở dòng"), "{}", msgs[0].1);
    assert_eq!(
        msgs[1],
        ("mau-la.json", "Báo cáo theo mẫu “bao-cao-nam-2030” mà ứng dụng chưa có. Hãy nạp tệp mẫu báo cáo này ở trang đầu rồi mở lại tệp.")
    );
    assert_eq!(msgs[2], ("moi-hon.json", "Tệp được tạo bởi phiên bản mới hơn của ứng dụng (định dạng 2; phiên bản này đọc được đến định dạng 1). Hãy tải lại trang hoặc dùng phiên bản mới nhất của ứng dụng để mở tệp."));
    assert_eq!(msgs[3], ("rong.json", "Tệp rỗng, không có nội dung báo cáo."));
    assert!(msgs[4].1.starts_with("Tệp HTML này không chứa dữ liệu báo cáo"));
    // A newer version of a known template.
    c.add_file(
        "mau-moi.json",
        &seed0.replace("\"template_version\": 1", "\"template_version\": 3"),
    );
    assert_eq!(
        c.problems[5].message,
        "Báo cáo theo mẫu “Kết quả chuyển đổi số 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm” phiên bản 3, mới hơn phiên bản 1 ứng dụng đang có. Hãy nạp mẫu mới hoặc dùng phiên bản mới nhất của ứng dụng."
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn the_same_unit_twice_keeps_the_newest_and_lists_both() {
    let ts = templates().unwrap();
    let t = ts.iter().find(|t| t.id == "cds-6-thang").unwrap().clone();
    let mut c = seeds();
    // An exported HTML of seed-000 with a later date and a corrected part (1.644 + 42 = 1.686).
    let mut r: Report = serde_json::from_str(&fixture(0)).unwrap();
    r.values.insert("ngay".into(), Value::Text("30/5/2025".into()));
    r.values.insert("hs-truc-tiep".into(), Value::Text("42".into()));
    let html = render_document(&t, &r, &validate(&t, &r));
    c.add_file("bao-cao-minh-long-sua.html", &html);
    assert_eq!(c.reports.len(), 6);
    let d = c.duplicates();
    assert_eq!(d.len(), 1);
    assert_eq!((d[0].kept, d[0].superseded.clone()), (5, vec![0]));
    assert_eq!(
        c.duplicate_message(&d[0]),
        "Huyện Minh Long gửi 2 báo cáo “Kết quả chuyển đổi số 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm”: dùng bản ngày 30/05/2025 (tệp “bao-cao-minh-long-sua.html”); không tính bản ngày 23/05/2025 (tệp “seed-000.json”)."
    );
    let table = build_table(&c, &Scope::Shared);
    assert_eq!(table.rows.len(), 4);
    assert_eq!(cells(&table, "ho-so-truc-tiep|hồ sơ")[0], "42");
    // The corrected report no longer has the sum error.
    assert!(!table.rows[0].cells[col(&table, "ho-so-tiep-nhan|hồ sơ")].flagged);
    assert_eq!(c.reports[5].open_errors(), c.reports[0].open_errors() - 1);
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn the_report_list_shows_number_date_signer_and_findings() {
    let c = seeds();
    let r = &c.reports[0];
    assert_eq!(
        (r.unit.as_str(), r.number(), r.date_text()),
        ("Huyện Minh Long", "…/BC-UBND".to_string(), "23/05/2025".to_string())
    );
    assert_eq!(r.signer(), "Chủ tịch Đinh Văn Điết");
    // The warning: MobiFone's stations left empty although 9 + 17 = 26 (docs/seeds/seed-000.md).
    assert_eq!((r.open_errors(), r.open_warnings()), (3, 1));
    let expected = parse_expected_units("Huyện Minh Long\nXã Đăk Long\nXã Ba Tơ\nMinh Long");
    let check = check_expected(&expected, &c.reporting_units());
    assert_eq!(check.missing, ["Xã Ba Tơ"]);
    assert_eq!(check.reported, 3);
    assert_eq!(check.unexpected, ["Xã Tịnh Khê"]);
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn csv_and_summary_page_carry_the_table() {
    let c = seeds();
    let t = build_table(&c, &Scope::Shared);
    let s = table_stats(&t);
    let sheets = workbook_sheets(&c, &t, &s);
    assert_eq!(
        sheets.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
        ["Số liệu", "Tổng hợp", "Phát hiện"]
    );
    let csv = sheet_csv(&sheets[0]);
    assert!(csv.starts_with("\u{FEFF}Đơn vị;Loại báo cáo;Số báo cáo;Ngày báo cáo;Số cuộc họp trực tuyến đã tổ chức trong 6 tháng (cuộc);"), "{csv}");
    let dak_long = csv.lines().find(|l| l.starts_with("Xã Đăk Long;")).unwrap();
    assert!(dak_long.contains(";28050,38;"), "{dak_long}");
    // The findings sheet lists seed-000's sum error with its numbers.
    let findings = sheet_csv(&sheets[2]);
    assert!(
        findings.contains("1.644 + 47 = 1.691, lớn hơn tổng số hồ sơ TTHC tiếp nhận 1.686."),
        "{findings}"
    );
    let html = summary_html(
        &c,
        &t,
        &s,
        None,
        &SummaryHeader {
            date: "05/12/2025".into(),
            ..SummaryHeader::default()
        },
    );
    assert!(html.contains("SỞ KHOA HỌC VÀ CÔNG NGHỆ"));
    assert!(html.contains("Quảng Ngãi, ngày 05 tháng 12 năm 2025"));
    assert!(html.contains("<td class=\"so-lieu\">62.814</td>"));
    assert!(html.contains("97,51%<br>1.644 / 1.686 × 100 (1 đơn vị)"));
    assert!(!html.contains("<script"));
}
