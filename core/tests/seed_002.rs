//! Seed 002 (annual report and next-year plan, UBND xã Đăk Long) re-entered with the built-in
//! `cds-nam-ke-hoach` template: the validator finds exactly the seed's real problems.

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

mod common;

use bccds_core::report::Report;
use bccds_core::template::{Severity, Template};
use bccds_core::validate::{computed_value, validate, FindingKind};
use common::{assert_cited_well_formed, builtin, findings, prose, report, set};

const FIXTURE: &str = include_str!("../../tests/fixtures/seed-002.json");

fn template() -> Template {
    builtin("cds-nam-ke-hoach")
}

fn seed() -> Report {
    report(FIXTURE)
}

/// The seed with its missing recipients and signer filled in (values invented for the test:
/// the seed's copy ends at "kính báo cáo./." with neither).
fn completed() -> Report {
    let mut r = seed();
    set(
        &mut r,
        "noi-nhan",
        "Sở Khoa học và Công nghệ;\nThường trực Đảng ủy;\nLưu: VT, VHXH.",
    );
    set(&mut r, "chuc-vu-ky", "CHỦ TỊCH");
    set(&mut r, "nguoi-ky", "Nguyễn Văn A");
    r
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn seed_002_findings_are_exactly_the_real_problems() {
    let (t, r) = (template(), seed());
    assert_eq!(
        findings(&t, &r),
        vec![
            (
                "noi-nhan#required".to_string(),
                Severity::Error,
                "Chưa nhập nơi nhận (mỗi dòng một nơi).".to_string()
            ),
            (
                "chuc-vu-ky#required".to_string(),
                Severity::Error,
                "Chưa nhập chức vụ người ký.".to_string()
            ),
            (
                "nguoi-ky#required".to_string(),
                Severity::Error,
                "Chưa nhập họ và tên người ký.".to_string()
            ),
        ]
    );
    let all = validate(&t, &r);
    assert!(all
        .iter()
        .all(|f| f.kind == FindingKind::Missing && f.section == "noi-nhan-ky"));
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn fixing_the_seed_clears_every_finding() {
    let (t, r) = (template(), completed());
    assert_eq!(findings(&t, &r), vec![]);
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn the_app_computes_the_online_total() {
    // "rates the app can compute are computed": 97 toàn trình + 129 một phần.
    let (t, r) = (template(), seed());
    let (_, field) = t.field("hs-truc-tuyen-tong").unwrap();
    let c = computed_value(&t, &r, field, None).expect("computed");
    assert_eq!(c.display, "226 hồ sơ");
    assert_eq!(c.explanation, "97 + 129");
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn an_earlier_report_date_would_make_the_november_documents_impossible() {
    // Had the report been signed on 05/11/2025, Kế hoạch 50/KH-UBND (12/11/2025) and
    // Quyết định 194/QĐ-UBND (13/11/2025) in its own footnote could not yet exist.
    let (t, mut r) = (template(), completed());
    set(&mut r, "ngay", "05/11/2025");
    assert_eq!(
        findings(&t, &r),
        vec![
            (
                "trien-khai-van-ban/8/ngay#invalid".to_string(),
                Severity::Error,
                "Văn bản đã ban hành, dòng 9, ngày ban hành: ngày 12/11/2025 sau ngày của báo cáo (05/11/2025), không thể đúng.".to_string()
            ),
            (
                "trien-khai-van-ban/9/ngay#invalid".to_string(),
                Severity::Error,
                "Văn bản đã ban hành, dòng 10, ngày ban hành: ngày 13/11/2025 sau ngày của báo cáo (05/11/2025), không thể đúng.".to_string()
            ),
        ]
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn consistent_seed_figures_are_really_checked() {
    let (t, mut r) = (template(), completed());
    set(&mut r, "so-thon", "10");
    set(&mut r, "dan-so-truong-thanh", "3.000");
    set(&mut r, "kp-giai-ngan", "55.000.000");
    set(&mut r, "hs-tong", "200");
    assert_eq!(
        findings(&t, &r),
        vec![
            (
                "hs-truc-tuyen-khong-vuot".to_string(),
                Severity::Error,
                "Hồ sơ dịch vụ công trực tuyến toàn trình + Hồ sơ dịch vụ công trực tuyến một phần: 97 + 129 = 226, lớn hơn tổng số hồ sơ TTHC tiếp nhận 200.".to_string()
            ),
            (
                "bdhvs-ty-le-truong-thanh".to_string(),
                Severity::Warning,
                "Tỷ lệ người tham gia “Bình dân học vụ số” trên dân số trưởng thành ghi 16,1%, nhưng Số người tham gia học tập “Bình dân học vụ số” / dân số trưởng thành (từ 15 tuổi trở lên) × 100 = 596 / 3.000 × 100 = 19,87%; làm tròn như đã ghi là 19,9%.".to_string()
            ),
            (
                "kp-khong-vuot".to_string(),
                Severity::Error,
                "Kinh phí đã giải ngân (55.000.000) lớn hơn kinh phí chuyển đổi số được phân bổ (50.000.000): phần không thể vượt tổng.".to_string()
            ),
            (
                "kp-ty-le-giai-ngan".to_string(),
                Severity::Warning,
                "Tỷ lệ giải ngân ghi 89,1%, nhưng Kinh phí đã giải ngân / kinh phí chuyển đổi số được phân bổ × 100 = 55.000.000 / 50.000.000 × 100 = 110,00%; làm tròn như đã ghi là 110,0%.".to_string()
            ),
            (
                "thon-bdhvs-khop".to_string(),
                Severity::Error,
                "Cùng một số liệu nhưng ghi khác nhau: Số thôn trên địa bàn = 10; Số thôn triển khai Phong trào “Bình dân học vụ số” / tổng số thôn (mẫu số) = 9.".to_string()
            ),
            (
                "hs-ty-le-truc-tuyen".to_string(),
                Severity::Warning,
                "Tỷ lệ hồ sơ tiếp nhận và xử lý qua dịch vụ công trực tuyến toàn trình, một phần ghi 100%, nhưng Tổng hồ sơ trực tuyến (toàn trình và một phần) / tổng số hồ sơ TTHC tiếp nhận × 100 = 226 / 200 × 100 = 113,00%; làm tròn như đã ghi là 113%.".to_string()
            ),
        ]
    );
    // 89,1% of 50.000.000 đồng is 44.550.000 đồng: consistent, no finding.
    let (t, mut r) = (template(), completed());
    set(&mut r, "kp-giai-ngan", "44.550.000 đồng");
    assert_eq!(findings(&t, &r), vec![]);
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn references_inside_the_prose_are_checked_by_hand() {
    let r = seed();
    let prose = prose(&r, &["trien-khai-van-ban"]);
    assert_cited_well_formed(
        &r,
        &prose,
        &[
            ("57-NQ/TW", "22/12/2024"),
            ("02-KH/BCĐTW", "19/6/2025"),
            ("01-CTr/BCĐTW", "28/02/2025"),
            ("01-CV/BCĐTW", "25/3/2025"),
            ("757/QĐ-BKHCN", "29/4/2025"),
            ("12-KH/ĐU", "15/10/2025"),
        ],
    );
    // The campaign period runs past the report date: a plan, not an error, so it stays prose.
    assert!(prose.contains("đến hết ngày 30/12/2025"));
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn printed_document_reads_like_the_seed() {
    let (t, r) = (template(), completed());
    let html = bccds_core::render::render_document(&t, &r, &validate(&t, &r));
    let printed = common::printed(&html);
    for sentence in [
        "Đường biên giới dài 53,787 km.",
        "Diện tích tự nhiên 28.050,38 ha.",
        "Toàn xã có 1.626 hộ dân cư.",
        "Kết quả đến nay đã có 596 người tham gia học tập.",
        "Tỷ lệ tham gia đạt 16,1% trên dân số trưởng thành.",
        "- Dịch vụ công trực tuyến toàn trình: 97 hồ sơ.",
        "UBND xã được phân bổ kinh phí thực hiện chuyển đổi số là 50.000.000 đồng.",
        "46/QĐ-UBND",
    ] {
        assert!(printed.contains(sentence), "printed document lacks “{sentence}”");
    }
}
