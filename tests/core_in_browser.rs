//! The pure core, compiled to wasm32 and run in headless Chromium: the same code the app ships.

#![cfg(target_arch = "wasm32")]

use bccds_core::export::{export_json, import_file};
use bccds_core::number::{format_decimal, parse_number, NumberStyle};
use bccds_core::render::render_document;
use bccds_core::template::Severity;
use bccds_core::validate::validate;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SEEDS: [&str; 5] = [
    include_str!("fixtures/seed-000.json"),
    include_str!("fixtures/seed-001.json"),
    include_str!("fixtures/seed-002.json"),
    include_str!("fixtures/seed-003.json"),
    include_str!("fixtures/seed-004.json"),
];

#[wasm_bindgen_test]
fn vietnamese_numbers_parse_and_format_in_wasm() {
    let d = parse_number("28.050,38", NumberStyle::Decimal { max_scale: 3 }).unwrap();
    assert_eq!(format_decimal(&d), "28.050,38");
    let p = parse_number("99,92%", NumberStyle::Percent { max_scale: 2 }).unwrap();
    assert_eq!((p.units(), p.scale()), (9992, 2));
    let e = parse_number("1,686", NumberStyle::Count).unwrap_err();
    assert!(e.message().contains("1.686"), "{}", e.message());
}

#[wasm_bindgen_test]
fn every_seed_validates_exports_and_round_trips_in_wasm() {
    let templates = bccds_core::builtin::templates().expect("built-in templates load in wasm");
    assert_eq!(templates.len(), bccds_core::builtin::TEMPLATE_FILES.len());
    for json in SEEDS {
        let report = import_file(json).expect("fixture opens");
        let template = templates.iter().find(|t| t.id == report.template_id).expect("template");
        let findings = validate(template, &report);
        let back = import_file(&export_json(template, &report, &findings, "2025-11-23T00:00:00Z")).unwrap();
        assert_eq!(back, report, "JSON round trip of {}", report.id);
        let html = render_document(template, &report, &findings);
        assert_eq!(import_file(&html).unwrap(), report, "HTML round trip of {}", report.id);
        assert!(html.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    }
    // Seed 000's real inconsistency is found in the browser too.
    let report = import_file(SEEDS[0]).unwrap();
    let template = templates.iter().find(|t| t.id == report.template_id).unwrap();
    let f = validate(template, &report);
    let parts = f.iter().find(|x| x.key == "hs-thanh-phan").expect("parts finding");
    assert_eq!(parts.severity, Severity::Error);
    assert!(parts
        .message
        .contains("1.644 + 47 = 1.691, lớn hơn tổng số hồ sơ TTHC tiếp nhận 1.686"));
}
