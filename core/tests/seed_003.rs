//! Seed 003 (xã Minh Long, tình hình thực hiện Chiến lược quốc gia phát triển kinh tế số và xã hội số,
//! QĐ 411/QĐ-TTg) re-entered in the `chien-luoc-411` template: the validator finds exactly the
//! report's real problems, and nothing else. See docs/seeds/seed-003.md for why each is right.
//! Native only: it reads files from disk or runs property tests.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use bccds_core::report::{Report, Value};
use bccds_core::template::{FieldKind, Template};
use bccds_core::validate::{section_status, validate, SectionStatus};
use common::{builtin, e, findings, missing_keys, report, set_cell};

const FIXTURE: &str = include_str!("../../tests/fixtures/seed-003.json");

fn setup() -> (Template, Report) {
    let t = builtin("chien-luoc-411");
    let r = report(FIXTURE);
    assert_eq!(r.template_id, t.id);
    assert_eq!(r.template_version, t.version);
    (t, r)
}

fn status(choice: &str, note: &str) -> Value {
    Value::Status {
        choice: choice.into(),
        note: note.into(),
    }
}

#[test]
fn seed_003_findings_are_exactly_the_real_problems() {
    let (t, r) = setup();
    assert_eq!(
        findings(&t, &r),
        vec![
            // Footnote 2: "Công văn số 430/UBND -VHXH ngày 03/10/2025".
            e(
                "vb-xa-hoi-so/1/so-ky-hieu#invalid",
                "Văn bản xã đã ban hành về xã hội số, dòng 2, số, ký hiệu: Số, ký hiệu “430/UBND -VHXH” không đúng dạng: không được có dấu cách, nhất là quanh “/” và “-”. Dạng đúng: 43/KH-UBND, 08/2023/QĐ-TTg, 384/UBND-VX (văn bản nhà nước) hoặc 02-KH/BCĐTW (văn bản của Đảng).",
            ),
            // Footnote 4: "Quyết định số 205 ngày 13/8/2025" — a number without a symbol.
            e(
                "vb-xa-hoi-so/4/so-ky-hieu#invalid",
                "Văn bản xã đã ban hành về xã hội số, dòng 5, số, ký hiệu: Số, ký hiệu “205” không đúng dạng: chỉ có số, thiếu ký hiệu văn bản. Dạng đúng: 43/KH-UBND, 08/2023/QĐ-TTg, 384/UBND-VX (văn bản nhà nước) hoặc 02-KH/BCĐTW (văn bản của Đảng).",
            ),
            // B1, V.2 "Triển khai dịch vụ an toàn thông tin mạng chuyên nghiệp…": the status cell is empty.
            e("b1/5/tinh-hinh#required", "Nhiệm vụ phát triển nền móng, dòng 6, tình hình thực hiện: chưa nhập."),
            // B2, I.1 "Tổ chức các Tổ công nghệ số cộng đồng đến từng thôn": "100%" is not a status.
            e(
                "b2/0/tinh-hinh#invalid",
                "Giải pháp triển khai, dòng 1, tình hình thực hiện: “100%” không có trong các lựa chọn (Đáp ứng, Cơ bản đáp ứng, Đang thực hiện, Chưa thực hiện).",
            ),
            // The signature block was lost with the header: no name.
            e("nguoi-ky#required", "Chưa nhập họ và tên người ký."),
        ]
    );
    let all = validate(&t, &r);
    assert_eq!(
        missing_keys(&t, &r),
        vec!["b1/5/tinh-hinh#required", "nguoi-ky#required"]
    );
    let cell = all.iter().find(|f| f.key == "b2/0/tinh-hinh#invalid").unwrap();
    assert_eq!(
        (cell.section.as_str(), cell.fields.clone()),
        ("giai-phap-b2", vec!["b2/0/tinh-hinh".to_string()])
    );
    // In the overview: B1 is unfinished (a status not chosen), B2 has an error, A.I is complete.
    assert_eq!(
        section_status(t.section("nhiem-vu-b1").unwrap(), &r, &all),
        SectionStatus::InProgress
    );
    assert_eq!(
        section_status(t.section("giai-phap-b2").unwrap(), &r, &all),
        SectionStatus::HasErrors
    );
    assert_eq!(
        section_status(t.section("kinh-te-so").unwrap(), &r, &all),
        SectionStatus::Complete
    );
}

#[test]
fn seed_003_task_tables_hold_every_task() {
    let (t, r) = setup();
    // B1: 15 tasks in 9 groups, B2: 9 tasks in 6 groups, as in the seed.
    let groups = |id: &str| {
        let mut g: Vec<String> = r
            .rows(id)
            .iter()
            .map(|row| row["nhom"].as_text().unwrap().to_string())
            .collect();
        g.dedup();
        g
    };
    assert_eq!(r.rows("b1").len(), 15);
    assert_eq!(r.rows("b2").len(), 9);
    assert_eq!(groups("b1").len(), 9);
    assert_eq!(groups("b2").len(), 6);
    assert_eq!(groups("b1")[8], "IX. Triển khai thanh toán số");
    let col = t.field("b1").unwrap().1.column("tinh-hinh").unwrap();
    assert_eq!(col.kind, FieldKind::Status);
    assert_eq!(
        col.choices,
        vec!["Đáp ứng", "Cơ bản đáp ứng", "Đang thực hiện", "Chưa thực hiện"]
    );
    // The seed's own wording beyond the four choices is kept in the note.
    assert_eq!(
        r.rows("b2")[1]["tinh-hinh"],
        status("Đang thực hiện", "Dự kiến trong tháng 10")
    );
}

#[test]
fn seed_003_corrected_has_no_findings() {
    let (t, mut r) = setup();
    set_cell(
        &mut r,
        "vb-xa-hoi-so",
        1,
        "so-ky-hieu",
        Value::Text("430/UBND-VHXH".into()),
    );
    set_cell(
        &mut r,
        "vb-xa-hoi-so",
        4,
        "so-ky-hieu",
        Value::Text("205/QĐ-UBND".into()),
    );
    set_cell(&mut r, "b1", 5, "tinh-hinh", status("Đang thực hiện", ""));
    set_cell(&mut r, "b2", 0, "tinh-hinh", status("Đáp ứng", "100%"));
    r.values.insert("nguoi-ky".into(), Value::Text("Nguyễn Văn A".into()));
    assert_eq!(findings(&t, &r), vec![]);
}

#[test]
fn seed_003_villages_rule_and_rates() {
    // The seed states 16 villages with a Tổ công nghệ số cộng đồng but not the number of villages;
    // once typed, the count is checked against it.
    let (t, mut r) = setup();
    r.values.insert("so-thon-xa".into(), Value::Text("16".into()));
    assert!(findings(&t, &r).iter().all(|f| f.0 != "thon-co-to-khong-vuot"));
    r.values.insert("so-thon-xa".into(), Value::Text("15".into()));
    r.values
        .insert("ty-le-ho-internet-xa".into(), Value::Text("85.5".into()));
    let f = findings(&t, &r);
    assert!(f.contains(&e(
        "thon-co-to-khong-vuot",
        "Số thôn đã thành lập Tổ công nghệ số cộng đồng (16) lớn hơn số thôn trên địa bàn (15): phần không thể vượt tổng.",
    )));
    assert!(f.contains(&e(
        "ty-le-ho-internet-xa#invalid",
        "Tỷ lệ hộ gia đình có kết nối Internet: “85.5” không đúng cách viết số: dấu chấm chỉ dùng để phân cách hàng nghìn (nhóm 3 chữ số). Nếu là số thập phân, hãy viết 85,5.",
    )));
}

#[test]
fn seed_003_prints_like_the_seed_and_round_trips() {
    let (t, r) = setup();
    let f = validate(&t, &r);
    let html = bccds_core::render::render_document(&t, &r, &f);
    for expected in [
        "Minh Long, ngày 20 tháng 10 năm 2025",
        "Thực hiện Công văn số 2198/SKHCN-BCVT&amp;CĐS ngày 16/10/2025 của Sở Khoa học và Công nghệ tỉnh Quảng Ngãi về việc đề nghị báo cáo",
        "B1. PHÁT TRIỂN NỀN MÓNG CHO KINH TẾ SỐ VÀ XÃ HỘI SỐ",
        "Đang thực hiện — Dự kiến trong tháng 10",
        "Tỷ lệ hộ gia đình có kết nối Internet: 85%.",
        "(5) Quyết định số 205 ngày 13/8/2025 về việc thành lập Tổ ứng cứu tại TTPVHCC;",
    ] {
        assert!(html.contains(expected), "missing in the printed document: {expected}");
    }
    // The prose already says "Tổ Công nghệ số cộng đồng ở 16 thôn": the figure is not printed again.
    let body = &html[html.find("<body>").unwrap()..];
    assert!(body.contains("Tổ Công nghệ số cộng đồng ở 16 thôn"));
    assert!(!body.contains("Số thôn đã thành lập Tổ công nghệ số cộng đồng: 16 thôn."));
    let json = bccds_core::export::export_json(&t, &r, &f, "2025-10-20T08:00:00Z");
    assert_eq!(bccds_core::export::import_file(&json).expect("JSON re-imports"), r);
    assert_eq!(bccds_core::export::import_file(&html).expect("HTML re-imports"), r);
}

mod never_panics {
    use super::*;
    use proptest::prelude::*;

    fn any_value() -> impl Strategy<Value = Value> {
        prop_oneof![
            "\\PC{0,30}".prop_map(Value::Text),
            prop::sample::select(vec![
                "16",
                "1.716",
                "85,5%",
                "99.92",
                "02/10/20205",
                "430/UBND -VHXH",
                "0/0",
                "-3",
                "1e9"
            ])
            .prop_map(|s| Value::Text(s.to_string())),
            ("\\PC{0,10}", "\\PC{0,10}").prop_map(|(c, n)| Value::Status { choice: c, note: n }),
            Just(Value::Rows(vec![])),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        /// Any value in any field or cell of the seed (even of the wrong shape) is validated and
        /// printed without a panic.
        #[test]
        fn any_value_anywhere(field in 0usize..64, row in 0usize..20, value in any_value()) {
            let (t, mut r) = setup();
            let ids: Vec<String> = t.fields().map(|(_, f)| f.id.clone()).collect();
            let id = &ids[field % ids.len()];
            let table = t.field(id).map(|(_, f)| f.columns.clone()).unwrap_or_default();
            match (r.values.get_mut(id), table.is_empty()) {
                (Some(Value::Rows(rows)), false) if !rows.is_empty() => {
                    let n = rows.len();
                    let col = table[row % table.len()].id.clone();
                    rows[row % n].insert(col, value);
                }
                _ => {
                    r.values.insert(id.clone(), value);
                }
            }
            let f = validate(&t, &r);
            let _ = bccds_core::render::render_document(&t, &r, &f);
        }
    }
}
