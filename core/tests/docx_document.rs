//! The Word file: the package's parts, Nghị định 30 in Word terms, the same blocks as the HTML
//! print, and hostile text that never breaks the XML.

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

mod common;

use bccds_core::document::{build_document, Block, Contents};
use bccds_core::docx::render_docx;
use bccds_core::render::RenderOptions;
use bccds_core::report::Value;
use bccds_core::validate::validate;
use common::{appendix_rows, builtin, report, set, zip_entries};

const SEED_004: &str = include_str!("../../tests/fixtures/seed-004.json");

/// Seed 004 with two rows of its Phụ lục (the seed's text does not carry the appendix itself).
fn seed_004_with_appendix() -> (bccds_core::template::Template, bccds_core::report::Report) {
    let t = builtin("cds-nam-phu-luc");
    let mut r = report(SEED_004);
    r.values.insert(
        "chi-tieu".into(),
        appendix_rows(&[
            ("Tỷ lệ hồ sơ trực tuyến toàn trình", "%", "80", "82,5"),
            ("Số thôn có Tổ công nghệ số cộng đồng", "thôn", "18", "18"),
        ]),
    );
    (t, r)
}

fn entries(zip: &[u8]) -> Vec<(String, String)> {
    zip_entries(zip)
}

fn part<'a>(parts: &'a [(String, String)], name: &str) -> &'a str {
    &parts
        .iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("{name}"))
        .1
}

/// Every markup `<` is followed by a name the writer uses: user text cannot add elements.
fn assert_only_writer_markup(xml: &str) {
    for (i, _) in xml.match_indices('<') {
        let rest = &xml[i + 1..];
        assert!(
            [
                "w:",
                "/w:",
                "?xml",
                "Types",
                "/Types",
                "Default",
                "Override",
                "Relationships",
                "/Relationships",
                "Relationship",
                "cp:",
                "/cp:",
                "dc:",
                "/dc:"
            ]
            .iter()
            .any(|p| rest.starts_with(p)),
            "unexpected markup at {}",
            &xml[i..(i + 40).min(xml.len())]
        );
    }
}

#[test]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn seed_004_as_word_follows_decree_30() {
    let (t, r) = seed_004_with_appendix();
    let f = validate(&t, &r);
    let parts = entries(&render_docx(&t, &r, &f, &RenderOptions::final_print("")));
    let names: Vec<&str> = parts.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "[Content_Types].xml",
            "_rels/.rels",
            "docProps/core.xml",
            "word/document.xml",
            "word/styles.xml",
            "word/settings.xml",
            "word/_rels/document.xml.rels",
            "word/header1.xml",
            "word/header2.xml"
        ]
    );
    let doc = part(&parts, "word/document.xml");
    for (_, xml) in &parts {
        assert_only_writer_markup(xml);
    }
    // A4 portrait, margins 20/20/30/15 mm, no number on page 1.
    assert!(doc.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\""));
    assert!(doc.contains("<w:headerReference w:type=\"default\" r:id=\"rIdPage\"/><w:headerReference w:type=\"first\" r:id=\"rIdFirst\"/>"));
    assert_eq!(doc.matches("<w:titlePg/>").count(), 2, "main part and Phụ lục");
    assert!(part(&parts, "word/header1.xml").contains("<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>"));
    assert!(!part(&parts, "word/header2.xml").contains("PAGE"));
    // The Phụ lục (7 columns with STT): own section, numbered from 1, landscape.
    assert!(doc.contains("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"));
    assert!(doc.contains("<w:pgNumType w:start=\"1\"/><w:titlePg/></w:sectPr></w:body>"));
    assert!(doc.contains("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"));
    // Header block: issuing body bold 13 pt on two lines, motto bold, date italic 14 pt.
    assert!(doc.contains("<w:b/><w:bCs/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/></w:rPr><w:t xml:space=\"preserve\">ỦY BAN NHÂN DÂN</w:t><w:br/><w:t xml:space=\"preserve\">XÃ TỊNH KHÊ</w:t>"));
    assert!(doc.contains("<w:t xml:space=\"preserve\">Độc lập - Tự do - Hạnh phúc</w:t>"));
    assert!(doc.contains("<w:i/><w:iCs/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr><w:t xml:space=\"preserve\">Tịnh Khê, ngày 12 tháng 11 năm 2025</w:t>"));
    assert!(doc.contains(">Nơi nhận:</w:t>"));
    // Times New Roman for every script, 14 pt body, justified, first line 1,27 cm, 6 pt after.
    let styles = part(&parts, "word/styles.xml");
    assert!(styles.contains("<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/>"));
    assert!(styles.contains("<w:sz w:val=\"28\"/>"));
    assert!(styles.contains("<w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"720\"/><w:jc w:val=\"both\"/>"));
    assert!(part(&parts, "[Content_Types].xml").contains("wordprocessingml.document.main+xml"));
}

#[test]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn every_paragraph_of_the_model_is_in_the_word_file() {
    let (t, r) = seed_004_with_appendix();
    let f = validate(&t, &r);
    let model = build_document(
        &t,
        &r,
        &f,
        Contents {
            open_findings: false,
            review_notes: false,
        },
    );
    let parts = entries(&bccds_core::docx::write_docx(&model));
    let doc = part(&parts, "word/document.xml");
    let mut at = 0;
    for block in model.body.iter().chain(model.appendices.iter().flat_map(|a| &a.blocks)) {
        let Some(text) = block.text() else { continue };
        let mut escaped = String::new();
        bccds_core::docx::push_xml(&mut escaped, text);
        let found = doc[at..]
            .find(&format!(">{escaped}</w:t>"))
            .unwrap_or_else(|| panic!("in order: {text}"));
        at += found;
    }
    assert_eq!(model.appendices.len(), 1);
    let Some(Block::Table(table)) = model.appendices[0].blocks.first() else {
        panic!("the Phụ lục is a table");
    };
    assert_eq!(
        table.rows[0],
        [
            vec!["1"],
            vec!["Tỷ lệ hồ sơ trực tuyến toàn trình"],
            vec!["%"],
            vec!["80"],
            vec!["82,5"],
            vec!["103,13%"],
            vec![]
        ]
    );
    assert!(doc.contains(">103,13%</w:t>"));
}

#[test]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn hostile_text_never_reaches_the_xml() {
    let t = builtin("cds-nam-phu-luc");
    let mut r = report(SEED_004);
    set(
        &mut r,
        "nguoi-ky",
        "Nguyễn <script>alert(1)</script> & ]]> \u{0}\u{1}\u{b}\u{1f}\u{fffe}x\ty",
    );
    set(&mut r, "co-quan-ban-hanh", "</w:t></w:r><w:r><w:t>chen");
    r.values
        .insert("trich-yeu".into(), Value::Text("Kết quả \"năm\" 'mới' <b>".into()));
    let f = validate(&t, &r);
    let parts = entries(&render_docx(&t, &r, &f, &RenderOptions::default()));
    let doc = part(&parts, "word/document.xml");
    assert_only_writer_markup(doc);
    assert!(doc.contains(">Nguyễn &lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt; x y</w:t>"));
    assert!(doc.contains(">&lt;/W:T&gt;&lt;/W:R&gt;&lt;W:R&gt;&lt;W:T&gt;CHEN</w:t>"));
    assert!(doc.contains(">Kết quả &quot;năm&quot; &apos;mới&apos; &lt;b&gt;</w:t>"));
    for c in ['\u{0}', '\u{1}', '\u{b}', '\u{1f}', '\u{fffe}'] {
        assert!(!doc.contains(c), "{c:?} dropped");
    }
}
