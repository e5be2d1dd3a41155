//! Figures print as the user typed them: leading zeros kept ("04 đường truyền", as the seeds write
//! them), and a computed rate over a target of 0 prints why it has no figure instead of an empty
//! cell, in the HTML print and in the Word file alike (both are written from one document model).

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

mod common;

use bccds_core::docx::render_docx;
use bccds_core::render::{render_document, RenderOptions};
use bccds_core::report::{Report, Value};
use bccds_core::template::Template;
use bccds_core::validate::validate;
use common::{appendix_rows, builtin, printed, report, zip_entries};

const ZERO_TARGET_NOTE: &str = "Không tính được tỷ lệ đạt vì kế hoạch bằng 0.";

/// Seed 004 (its "04", "02" counts as typed) with a Phụ lục row whose plan is 0.
fn seed_004_with_zero_target() -> (Template, Report) {
    let t = builtin("cds-nam-phu-luc");
    let mut r = report(include_str!("../../tests/fixtures/seed-004.json"));
    r.values.insert(
        "chi-tieu".into(),
        appendix_rows(&[
            ("Số thôn có Tổ công nghệ số cộng đồng", "thôn", "18", "18"),
            ("Số điểm phát wifi công cộng mới", "điểm", "0", "3"),
        ]),
    );
    r.values.insert("duong-truyen-vnpt".into(), Value::Text("03".into()));
    (t, r)
}

/// The text of each `<w:p>` of a WordprocessingML body (its `<w:t>` runs joined).
fn word_paragraphs(xml: &str) -> Vec<String> {
    xml.split("<w:p>")
        .flat_map(|p| p.split("<w:p "))
        .map(|p| {
            let mut text = String::new();
            let mut rest = p;
            while let Some(i) = rest.find("<w:t") {
                rest = &rest[i..];
                let Some(open_end) = rest.find('>') else { break };
                let Some(close) = rest.find("</w:t>") else { break };
                if rest[..open_end].ends_with('/') || close < open_end {
                    rest = &rest[open_end + 1..];
                    continue;
                }
                text.push_str(&rest[open_end + 1..close]);
                rest = &rest[close + "</w:t>".len()..];
            }
            text
        })
        .filter(|t| !t.is_empty())
        .collect()
}

/// The `word/document.xml` entry of the package.
fn document_xml(zip: &[u8]) -> String {
    zip_entries(zip)
        .into_iter()
        .find(|(name, _)| name == "word/document.xml")
        .expect("no word/document.xml")
        .1
}

#[test]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn html_print_keeps_typed_zeros_and_notes_a_zero_target() {
    let (t, r) = seed_004_with_zero_target();
    let html = printed(&render_document(&t, &r, &validate(&t, &r)));
    assert!(html.contains("Nhà mạng VNPT: 03 đường truyền."), "{html}");
    assert!(html.contains("Thiết bị họp trực tuyến tại xã: 01"), "{html}");
    assert!(html.contains(ZERO_TARGET_NOTE), "{html}");
    // The row with a plan still prints its rate.
    assert!(html.contains("100%"), "{html}");
}

#[test]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn word_file_keeps_typed_zeros_and_notes_a_zero_target() {
    let (t, r) = seed_004_with_zero_target();
    let f = validate(&t, &r);
    let xml = document_xml(&render_docx(&t, &r, &f, &RenderOptions::final_print("")));
    let paragraphs = word_paragraphs(&xml);
    assert!(
        paragraphs.iter().any(|p| p == "Nhà mạng VNPT: 03 đường truyền."),
        "{paragraphs:#?}"
    );
    assert!(paragraphs.iter().any(|p| p == ZERO_TARGET_NOTE), "{paragraphs:#?}");
}
