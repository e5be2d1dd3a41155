//! Seed 000 (6-month report of UBND huyện Minh Long) re-entered with the built-in
//! `cds-6-thang` template: the validator finds exactly the seed's real problems.

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

mod common;

use bccds_core::report::Report;
use bccds_core::template::{Severity, Template};
use bccds_core::validate::{validate, FindingKind};
use common::{assert_cited_well_formed, builtin, findings, prose, report, set, set_cell};

const FIXTURE: &str = include_str!("../../tests/fixtures/seed-000.json");

fn template() -> Template {
    builtin("cds-6-thang")
}

fn seed() -> Report {
    report(FIXTURE)
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn seed_000_findings_are_exactly_the_real_problems() {
    let (t, r) = (template(), seed());
    assert_eq!(
        findings(&t, &r),
        vec![
            (
                "chi-dao-van-ban/4/so-ky-hieu#required".to_string(),
                Severity::Error,
                "Văn bản đã ban hành, dòng 5, số, ký hiệu: chưa nhập.".to_string()
            ),
            (
                "chi-dao-van-ban/4/ngay#required".to_string(),
                Severity::Error,
                "Văn bản đã ban hành, dòng 5, ngày ban hành: chưa nhập.".to_string()
            ),
            (
                "hs-thanh-phan".to_string(),
                Severity::Error,
                "Hồ sơ tiếp nhận trực tuyến + Hồ sơ tiếp nhận trực tiếp (tại nơi giải quyết TTHC): 1.644 + 47 = 1.691, lớn hơn tổng số hồ sơ TTHC tiếp nhận 1.686.".to_string()
            ),
            // "26 trạm …, trong đó: VNPT 9 trạm, Viettel 17 trạm": the operators listed are all there
            // are, so MobiFone, left out, has 26 − 9 − 17 = 0 stations.
            (
                "bts-theo-nha-mang#trong".to_string(),
                Severity::Warning,
                "Chưa nhập trạm BTS của MobiFone; theo tổng số trạm phát sóng di động (BTS) thì bằng 26 − 9 − 17 = 0.".to_string()
            ),
        ]
    );
    let all = validate(&t, &r);
    let gap = all.iter().find(|f| f.key == "bts-theo-nha-mang#trong").unwrap();
    assert_eq!(gap.fields, vec!["bts-mobifone", "bts-tong"]);
    let fix = gap.suggestion.as_ref().unwrap();
    assert_eq!((fix.field.as_str(), fix.value.as_str()), ("bts-mobifone", "0"));
    let parts = all.iter().find(|f| f.key == "hs-thanh-phan").unwrap();
    assert_eq!(parts.fields, vec!["hs-truc-tuyen", "hs-truc-tiep", "hs-tong"]);
    assert_eq!(parts.section, "chinh-quyen-so");
    assert_eq!(parts.kind, FindingKind::Consistency);
    let missing = all
        .iter()
        .find(|f| f.key == "chi-dao-van-ban/4/so-ky-hieu#required")
        .unwrap();
    assert_eq!(missing.kind, FindingKind::Missing);
    assert_eq!(missing.section, "chi-dao");
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn fixing_the_seed_clears_every_finding() {
    let (t, mut r) = (template(), seed());
    // 1.686 − 1.644 = 42 hồ sơ received at the desk (the seed wrote 47).
    set(&mut r, "hs-truc-tiep", "42");
    // The un-numbered công văn gets its number and date from the document register
    // (values invented for the test).
    set_cell(&mut r, "chi-dao-van-ban", 4, "so-ky-hieu", "452/UBND-VX");
    set_cell(&mut r, "chi-dao-van-ban", 4, "ngay", "12/5/2025");
    set(&mut r, "bts-mobifone", "0");
    assert_eq!(findings(&t, &r), vec![]);
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn consistent_seed_figures_are_really_checked() {
    // Figures the seed gets right would be caught if they were wrong.
    let (t, mut r) = (template(), seed());
    set(&mut r, "hs-truc-tiep", "42");
    set_cell(&mut r, "chi-dao-van-ban", 4, "so-ky-hieu", "452/UBND-VX");
    set_cell(&mut r, "chi-dao-van-ban", 4, "ngay", "12/5/2025");
    set(&mut r, "ty-le-hs-truc-tuyen", "98,5%");
    set(&mut r, "bts-viettel", "18");
    set(&mut r, "dai-dang-dau-tu", "03");
    set(&mut r, "dan-so-15-tuoi", "11.000");
    set(&mut r, "mot-cua-den-ngay", "30/5/2025");
    set(&mut r, "ty-le-so-hoa-ho-so", "99.92");
    set_cell(&mut r, "chi-dao-van-ban", 2, "so-ky-hieu", "384/UBND -VX");
    assert_eq!(
        findings(&t, &r),
        vec![
            (
                "chi-dao-van-ban/2/so-ky-hieu#invalid".to_string(),
                Severity::Error,
                "Văn bản đã ban hành, dòng 3, số, ký hiệu: Số, ký hiệu “384/UBND -VX” không đúng dạng: không được có dấu cách, nhất là quanh “/” và “-”. Dạng đúng: 43/KH-UBND, 08/2023/QĐ-TTg, 384/UBND-VX (văn bản nhà nước) hoặc 02-KH/BCĐTW (văn bản của Đảng). Hãy viết 384/UBND-VX.".to_string()
            ),
            (
                "ty-le-so-hoa-ho-so#invalid".to_string(),
                Severity::Error,
                "Tỷ lệ số hóa hồ sơ TTHC khi tiếp nhận: “99.92” không đúng cách viết số: dấu chấm chỉ dùng để phân cách hàng nghìn (nhóm 3 chữ số). Nếu là số thập phân, hãy viết 99,92%.".to_string()
            ),
            (
                "mot-cua-den-ngay#invalid".to_string(),
                Severity::Error,
                "Số liệu hồ sơ tính đến ngày: ngày 30/05/2025 sau ngày của báo cáo (23/05/2025), không thể đúng.".to_string()
            ),
            (
                "hs-ty-le-truc-tuyen".to_string(),
                Severity::Warning,
                "Tỷ lệ hồ sơ tiếp nhận trực tuyến ghi 98,5%, nhưng Hồ sơ tiếp nhận trực tuyến / tổng số hồ sơ TTHC tiếp nhận × 100 = 1.644 / 1.686 × 100 = 97,51%; làm tròn như đã ghi là 97,5%.".to_string()
            ),
            (
                "tai-khoan-ty-le".to_string(),
                Severity::Warning,
                "Tỷ lệ người từ 15 tuổi trở lên có tài khoản ngân hàng ghi 58,42%, nhưng Số người từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng / dân số trưởng thành (từ 15 tuổi trở lên) × 100 = 6.945 / 11.000 × 100 = 63,14%; làm tròn như đã ghi là 63,14%.".to_string()
            ),
            (
                "bts-theo-nha-mang".to_string(),
                Severity::Error,
                "Trạm BTS của VNPT + Trạm BTS của Viettel: 9 + 18 = 27, lớn hơn tổng số trạm phát sóng di động (BTS) 26.".to_string()
            ),
            (
                "dai-truyen-thanh-du-xa".to_string(),
                Severity::Error,
                "Số xã đang vận hành Đài truyền thanh ứng dụng CNTT / tổng số xã (tử số) + Số xã đang đầu tư, nâng cấp Đài truyền thanh ứng dụng CNTT: 3 + 3 = 6, lớn hơn số xã đang vận hành Đài truyền thanh ứng dụng CNTT / tổng số xã (mẫu số) 5.".to_string()
            ),
        ]
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn references_inside_the_prose_are_well_formed() {
    // Documents cited inside narrative paragraphs are not table rows, so the rules do not
    // see them; this checks by hand that the seed cites each one in a valid form and date.
    let r = seed();
    let prose = prose(&r, &["chi-dao-van-ban"]);
    assert_cited_well_formed(
        &r,
        &prose,
        &[
            ("57-NQ/TW", "22/12/2024"),
            ("244-KH/HU", "05/5/2025"),
            ("51/KH-UBND", "07/3/2025"),
            ("03/NQ-CP", "09/01/2025"),
            ("70/KH-UBND", "24/04/2025"),
            ("42/2022/NĐ-CP", "24/6/2022"),
            ("08/2023/QĐ-TTg", "05/4/2023"),
            ("38/QĐ-BTTTT", "14/01/2021"),
        ],
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn printed_document_reads_like_the_seed() {
    let (t, r) = (template(), seed());
    let html = bccds_core::render::render_document(&t, &r, &validate(&t, &r));
    let printed = common::printed(&html);
    for sentence in [
        "Hệ thống một cửa điện tử đã tiếp nhận và giải quyết 1.686 hồ sơ.",
        "Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 97,5%.",
        "Trên địa bàn có 26 trạm phát sóng mạng thông tin di động (BTS).",
        "Hiện tại có 03/05 xã đang vận hành hệ thống Đài truyền thanh ứng dụng CNTT.",
        "Trong 06 tháng cấp 04 chữ ký số cho lãnh đạo và công chức",
        "603/QĐ-UBND",
    ] {
        assert!(printed.contains(sentence), "printed document lacks “{sentence}”");
    }
}
