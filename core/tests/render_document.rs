//! The printed document: header, basis, body, closing, recipients, signer, appendix, notes,
//! escaping of hostile text, and the embedded data.
//! Native only: it reads files from disk or runs property tests.

#![cfg(not(target_arch = "wasm32"))]

use bccds_core::sorted_map::SortedMap;
use std::path::{Path, PathBuf};

use bccds_core::builtin::catalogue;
use bccds_core::export::{extract_from_html, import_file};
use bccds_core::render::{render_document, render_document_with, RenderOptions};
use bccds_core::report::{Profile, Report, Value};
use bccds_core::template::{load_template, Template};
use bccds_core::validate::validate;

const TEMPLATE: &str = r#"{
  "format": 1, "id": "cds-nam", "version": 2, "name": "Báo cáo năm", "description": "Mẫu nhỏ để kiểm tra bản in",
  "sections": [
    { "id": "chi-dao", "group": "I. KẾT QUẢ TRIỂN KHAI THỰC HIỆN", "title": "1. Công tác chỉ đạo, điều hành", "fields": [
      { "id": "chi-dao-noi-dung", "kind": "narrative", "label": "Nội dung", "required": true },
      { "id": "van-ban", "kind": "table", "label": "Văn bản", "columns": [
        { "id": "loai", "kind": "text", "label": "Loại" },
        { "id": "so-ky-hieu", "kind": "document_number", "label": "Số, ký hiệu" },
        { "id": "ngay", "kind": "date", "label": "Ngày" },
        { "id": "co-quan", "kind": "text", "label": "Cơ quan" },
        { "id": "trich-yeu", "kind": "text", "label": "Về việc" }
      ]}
    ]},
    { "id": "mot-cua", "group": "I. KẾT QUẢ TRIỂN KHAI THỰC HIỆN", "title": "2. Hệ thống một cửa điện tử", "fields": [
      { "id": "hs-tong", "indicator": "ho-so-tiep-nhan", "heading": "a) Tiếp nhận hồ sơ", "print": "Hệ thống một cửa điện tử đã tiếp nhận {}." },
      { "id": "hs-truc-tuyen", "indicator": "ho-so-truc-tuyen", "print": "Trong đó trực tuyến {}." },
      { "id": "ty-le", "kind": "computed", "label": "Tỷ lệ trực tuyến", "formula": { "op": "ratio", "of": ["hs-truc-tuyen", "hs-tong"] }, "print": "Tỷ lệ hồ sơ trực tuyến đạt {}." },
      { "id": "so-hoa", "indicator": "ty-le-so-hoa-ho-so" },
      { "id": "kinh-phi", "kind": "money", "label": "Kinh phí được phân bổ" },
      { "id": "ty-le-giai-ngan", "kind": "percent", "label": "Tỷ lệ giải ngân", "print": "Đã giải ngân {}." },
      { "id": "ghi-chu-trong", "kind": "narrative", "label": "Ghi chú", "heading": "b) Mục để trống" },
      { "id": "ha-tang", "kind": "status", "label": "Hạ tầng số", "choices": ["Đáp ứng", "Cơ bản đáp ứng"] }
    ]},
    { "id": "kien-nghi", "group": "II. KIẾN NGHỊ", "title": "", "fields": [
      { "id": "kien-nghi-noi-dung", "kind": "narrative", "label": "Kiến nghị" }
    ]},
    { "id": "phu-luc", "title": "Kết quả thực hiện chỉ tiêu", "appendix": true, "fields": [
      { "id": "chi-tieu", "kind": "table", "label": "Chỉ tiêu", "columns": [
        { "id": "ten", "kind": "text", "label": "Chỉ tiêu" },
        { "id": "ke-hoach", "kind": "count", "label": "Kế hoạch", "unit": "hồ sơ" },
        { "id": "thuc-hien", "kind": "count", "label": "Thực hiện", "unit": "hồ sơ" },
        { "id": "ty-le-dat", "kind": "computed", "label": "Tỷ lệ đạt", "formula": { "op": "ratio", "of": ["thuc-hien", "ke-hoach"] } }
      ]}
    ]}
  ],
  "rules": [
    { "id": "hs-khong-vuot", "kind": "at_most", "part": "hs-truc-tuyen", "whole": "hs-tong", "severity": "warning" }
  ]
}"#;

fn row(cells: &[(&str, &str)]) -> SortedMap<String, Value> {
    cells
        .iter()
        .map(|(k, v)| (k.to_string(), Value::Text(v.to_string())))
        .collect()
}

fn sample() -> (Template, Report) {
    let t = load_template(TEMPLATE, &catalogue()).expect("template loads");
    let mut r = Report::new("r1", &t, &Profile::default());
    let text = [
        ("co-quan-chu-quan", ""),
        ("co-quan-ban-hanh", "Ủy ban nhân dân xã Đăk Long"),
        ("so", "5"),
        ("ky-hieu", "BC-UBND"),
        ("dia-danh", "Đăk Long"),
        ("ngay", "5/11/2025"),
        ("trich-yeu", "Kết quả thực hiện công tác chuyển đổi số năm 2025"),
        ("mo-dau", "Ủy ban nhân dân xã Đăk Long báo cáo kết quả thực hiện như sau:"),
        ("chi-dao-noi-dung", "Ban hành các văn bản chỉ đạo.\n- Kế hoạch chuyển đổi số năm 2025;\n+ Tuyên truyền trên loa truyền thanh.\n\n"),
        ("hs-tong", "1686"),
        ("hs-truc-tuyen", "1.644"),
        ("so-hoa", "99,92"),
        ("kinh-phi", "50000000"),
        ("ty-le-giai-ngan", "89,1 phần trăm"),
        ("ket-luan", "Trên đây là báo cáo kết quả thực hiện công tác chuyển đổi số năm 2025 của UBND xã Đăk Long."),
        ("noi-nhan", "Sở Khoa học và Công nghệ\n- CT, các PCT UBND xã;\n\n- Lưu: VT, VHXH."),
        ("tham-quyen-ky", "tm. ủy ban nhân dân"),
        ("chuc-vu-ky", "Chủ tịch"),
        ("nguoi-ky", "Nguyễn Văn Bình"),
    ];
    for (k, v) in text {
        r.values.insert(k.into(), Value::Text(v.into()));
    }
    r.values.insert(
        "can-cu".into(),
        Value::Rows(vec![
            row(&[
                ("loai", "Công văn"),
                ("so-ky-hieu", "1026/SKHCN-BCVT&CNTT"),
                ("ngay", "21/5/2025"),
                ("co-quan", "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi"),
                ("trich-yeu", "báo cáo kết quả công tác chuyển đổi số năm 2025."),
            ]),
            row(&[
                ("loai", "Kế hoạch"),
                ("so-ky-hieu", "02-KH/BCĐTW"),
                ("ngay", "19/6/2025"),
                ("co-quan", "Ban Chỉ đạo Trung ương"),
                ("trich-yeu", "về triển khai Nghị quyết số 57-NQ/TW"),
            ]),
        ]),
    );
    r.values.insert(
        "van-ban".into(),
        Value::Rows(vec![
            row(&[
                ("loai", "Quyết định"),
                ("so-ky-hieu", "603/QĐ-UBND"),
                ("ngay", "07/5/2025"),
                ("co-quan", "Chủ tịch UBND xã"),
            ]),
            row(&[("loai", ""), ("so-ky-hieu", ""), ("ngay", "")]),
            row(&[
                ("loai", "Kế hoạch"),
                ("so-ky-hieu", "43/KH-UBND"),
                ("ngay", "18/9/2025"),
                ("trich-yeu", "chuyển đổi số năm 2025;"),
            ]),
        ]),
    );
    r.values.insert(
        "ha-tang".into(),
        Value::Status {
            choice: "Cơ bản đáp ứng".into(),
            note: "còn 2 thôn lõm sóng".into(),
        },
    );
    r.values.insert(
        "chi-tieu".into(),
        Value::Rows(vec![row(&[
            ("ten", "Hồ sơ trực tuyến"),
            ("ke-hoach", "1.600"),
            ("thuc-hien", "1644"),
        ])]),
    );
    (t, r)
}

fn body_text(html: &str) -> &str {
    let start = html.find("<body>").expect("body");
    &html[start..]
}

#[test]
fn head_declares_language_page_and_policy() {
    let (t, r) = sample();
    let html = render_document(&t, &r, &validate(&t, &r));
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"vi\">"));
    assert!(html.contains(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"
    ));
    assert!(html.contains("size: A4;"));
    assert!(html.contains("margin: 20mm 15mm 20mm 30mm;"));
    assert!(html.contains("font-family: \"Times New Roman\", Tinos, \"Liberation Serif\", serif;"));
    assert!(html.contains("@top-center {\n    content: counter(page);"));
    assert!(html.contains("@page :first {\n  @top-center { content: none; }"));
    assert!(html.contains("<title>Báo cáo số 05/BC-UBND – Kết quả thực hiện công tác chuyển đổi số năm 2025</title>"));
    // No external reference of any kind.
    for needle in ["http://", "https://", "src=", "href=", "@import", "url("] {
        assert!(!html.contains(needle), "found {needle}");
    }
}

#[test]
fn header_block_follows_decree_30() {
    let (t, r) = sample();
    let html = render_document(&t, &r, &[]);
    let body = body_text(&html);
    assert!(!body.contains("cq-chu-quan"), "empty parent body is omitted");
    assert!(body
        .contains("<p class=\"cq-ban-hanh\">ỦY BAN NHÂN DÂN<br>XÃ ĐĂK LONG</p>\n<div class=\"gach gach-cq\"></div>"));
    assert!(body.contains("<p class=\"quoc-hieu\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>"));
    assert!(body.contains("<p class=\"tieu-ngu\"><span>Độc lập - Tự do - Hạnh phúc</span></p>"));
    // Số line and date line in the same table row (same level).
    assert!(body.contains(
        "<tr>\n<td class=\"so\">Số: 05/BC-UBND</td>\n<td class=\"dia-danh-ngay\">Đăk Long, ngày 05 tháng 11 năm 2025</td>\n</tr>"
    ));
    assert!(body.contains("<h1 class=\"ten-loai\">BÁO CÁO</h1>\n<p class=\"trich-yeu\">Kết quả thực hiện công tác chuyển đổi số năm 2025</p>\n<div class=\"gach gach-trich-yeu\"></div>"));
}

#[test]
fn number_line_and_date_variants() {
    let (t, mut r) = sample();
    let set = |r: &mut Report, k: &str, v: &str| {
        r.values.insert(k.into(), Value::Text(v.into()));
    };
    set(&mut r, "so", "");
    set(&mut r, "ngay", "21/2/2025");
    set(&mut r, "co-quan-chu-quan", "Đảng ủy xã\nĐăk Long");
    let html = render_document(&t, &r, &[]);
    assert!(html.contains("Số: \u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}/BC-UBND</td>"));
    assert!(html.contains("Đăk Long, ngày 21 tháng 02 năm 2025</td>"));
    assert!(html.contains("<p class=\"cq-chu-quan\">ĐẢNG ỦY XÃ<br>ĐĂK LONG</p>"));
    set(&mut r, "so", "123");
    set(&mut r, "ngay", "");
    let html = render_document(&t, &r, &[]);
    assert!(html.contains("Số: 123/BC-UBND</td>"));
    assert!(html
        .contains(">Đăk Long, ngày\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}tháng\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}năm"));
    set(&mut r, "ngay", "31/4/2025");
    let html = render_document(&t, &r, &[]);
    assert!(
        html.contains(">Đăk Long, 31/4/2025</td>"),
        "unreadable date printed as typed"
    );
}

#[test]
fn basis_lines_are_italic_and_punctuated() {
    let (t, r) = sample();
    let html = render_document(&t, &r, &[]);
    assert!(html.contains(
        "<p class=\"can-cu\">Thực hiện Công văn số 1026/SKHCN-BCVT&amp;CNTT ngày 21/5/2025 của Sở Khoa học và Công nghệ tỉnh Quảng Ngãi về việc báo cáo kết quả công tác chuyển đổi số năm 2025;</p>\n\
<p class=\"can-cu\">Thực hiện Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương về triển khai Nghị quyết số 57-NQ/TW.</p>\n\
<p>Ủy ban nhân dân xã Đăk Long báo cáo kết quả thực hiện như sau:</p>"
    ));
    assert!(html.contains("p.can-cu { font-style: italic; }"));
}

#[test]
fn body_prints_every_kind() {
    let (t, r) = sample();
    let html = render_document(&t, &r, &[]);
    let body = body_text(&html);
    // Group printed once although two sections share it; an empty title is not printed.
    assert_eq!(body.matches("I. KẾT QUẢ TRIỂN KHAI THỰC HIỆN").count(), 1);
    assert!(body.contains(
        "<p class=\"nhom\">I. KẾT QUẢ TRIỂN KHAI THỰC HIỆN</p>\n<p class=\"muc\">1. Công tác chỉ đạo, điều hành</p>"
    ));
    assert!(!body.contains("<p class=\"muc\"></p>"));
    assert!(
        !body.contains("<p class=\"nhom\">II. KIẾN NGHỊ</p>"),
        "empty section is left out"
    );
    // Narrative: one paragraph per line, bullets kept.
    assert!(body.contains(
        "<p>Ban hành các văn bản chỉ đạo.</p>\n<p>- Kế hoạch chuyển đổi số năm 2025;</p>\n<p>+ Tuyên truyền trên loa truyền thanh.</p>"
    ));
    // Document list as numbered references; the blank row is skipped.
    assert!(body.contains(
        "<p>(1) Quyết định số 603/QĐ-UBND ngày 07/5/2025 của Chủ tịch UBND xã;</p>\n<p>(2) Kế hoạch số 43/KH-UBND ngày 18/9/2025 về việc chuyển đổi số năm 2025.</p>"
    ));
    // Figures formatted the Vietnamese way with their unit, via the print sentence.
    assert!(body.contains(
        "<p class=\"tieu-muc\">a) Tiếp nhận hồ sơ</p>\n<p>Hệ thống một cửa điện tử đã tiếp nhận 1.686 hồ sơ.</p>"
    ));
    assert!(body.contains("<p>Trong đó trực tuyến 1.644 hồ sơ.</p>"));
    assert!(
        body.contains("<p>Tỷ lệ hồ sơ trực tuyến đạt 97,51%.</p>"),
        "computed value"
    );
    assert!(body.contains("<p>Tỷ lệ số hóa hồ sơ TTHC khi tiếp nhận: 99,92%.</p>"));
    assert!(body.contains("Kinh phí được phân bổ: 50.000.000 đồng.</p>"));
    // Unreadable number: the raw text.
    assert!(body.contains("<p>Đã giải ngân 89,1 phần trăm.</p>"));
    // Status.
    assert!(body.contains("<p>Hạ tầng số: Cơ bản đáp ứng — còn 2 thôn lõm sóng.</p>"));
    // Empty optional field and its heading omitted.
    assert!(!body.contains("b) Mục để trống"));
}

#[test]
fn closing_recipients_and_signer() {
    let (t, r) = sample();
    let html = render_document(&t, &r, &[]);
    assert!(html.contains(
        "<p>Trên đây là báo cáo kết quả thực hiện công tác chuyển đổi số năm 2025 của UBND xã Đăk Long./.</p>\n<table class=\"ky\">"
    ));
    assert!(html.contains(
        "<p class=\"noi-nhan-tieu-de\">Nơi nhận:</p>\n<p>- Sở Khoa học và Công nghệ;</p>\n<p>- CT, các PCT UBND xã;</p>\n<p>- Lưu: VT, VHXH.</p>"
    ));
    assert!(html.contains(
        "<p class=\"chuc-vu\">TM. ỦY BAN NHÂN DÂN</p>\n<p class=\"chuc-vu\">CHỦ TỊCH</p>\n<div class=\"cho-ky\"></div>\n<p class=\"ho-ten\">Nguyễn Văn Bình</p>"
    ));
    assert!(html.contains("td.noi-nhan p.noi-nhan-tieu-de { font-size: 12pt; font-weight: bold; font-style: italic; }"));
    assert!(html.contains(".cho-ky { height: 2.5cm; }"));
    // A closing already ending with "./." is not doubled.
    let (t, mut r) = sample();
    r.values
        .insert("ket-luan".into(), Value::Text("Trên đây là báo cáo./.".into()));
    let html = render_document(&t, &r, &[]);
    assert!(html.contains("<p>Trên đây là báo cáo./.</p>"));
    assert!(!html.contains("./../."));
}

#[test]
fn appendix_after_the_signature_on_a_new_page() {
    let (t, r) = sample();
    let html = render_document(&t, &r, &[]);
    let sig = html.find("<table class=\"ky\">").unwrap();
    let app = html.find("<section class=\"phu-luc\">").expect("appendix");
    assert!(app > sig);
    assert!(html.contains(".phu-luc { break-before: page; }"));
    assert!(html[app..].starts_with(
        "<section class=\"phu-luc\">\n<p class=\"phu-luc-so\">Phụ lục</p>\n<p class=\"phu-luc-ten\">KẾT QUẢ THỰC HIỆN CHỈ TIÊU</p>\n\
<p class=\"phu-luc-kem\">(Kèm theo Báo cáo số 05/BC-UBND ngày 05/11/2025 của Ủy ban nhân dân xã Đăk Long)</p>\n<table class=\"bang\">\n<thead>\n\
<tr><th class=\"stt\">STT</th><th>Chỉ tiêu</th><th>Kế hoạch (hồ sơ)</th><th>Thực hiện (hồ sơ)</th><th>Tỷ lệ đạt</th></tr>\n</thead>\n<tbody>\n\
<tr><td class=\"stt\">1</td><td>Hồ sơ trực tuyến</td><td class=\"giua\">1.600</td><td class=\"giua\">1.644</td><td class=\"giua\">102,75%</td></tr>"
    ));
    assert!(html.contains(".bang thead { display: table-header-group; }"));
}

#[test]
fn notes_show_accepted_warnings_and_optionally_open_findings() {
    let (t, mut r) = sample();
    r.values.insert("hs-truc-tuyen".into(), Value::Text("1.700".into()));
    r.values.insert("ty-le-giai-ngan".into(), Value::Text("89,1".into()));
    let findings = validate(&t, &r);
    let open: Vec<_> = findings
        .iter()
        .filter(|f| f.is_open())
        .map(|f| f.key.as_str())
        .collect();
    assert_eq!(open, vec!["hs-khong-vuot"]);
    let open_html = render_document(&t, &r, &findings);
    assert!(open_html.contains("<div class=\"con-loi\">"));
    assert!(open_html.contains("BẢN CHƯA HOÀN THIỆN: còn 0 lỗi và 1 cảnh báo chưa xử lý"));
    r.accepted
        .insert("hs-khong-vuot".into(), "Hồ sơ kỳ trước chuyển sang".into());
    let findings = validate(&t, &r);
    // Accepted warnings are internal: neither the review view nor the signed print shows them…
    let html = render_document(&t, &r, &findings);
    assert!(!body_text(&html).contains("Ghi chú") && !body_text(&html).contains("Hồ sơ kỳ trước chuyển sang"));
    assert!(!html.contains("<div class=\"con-loi\">"), "nothing open any more");
    let signed = render_document_with(&t, &r, &findings, &RenderOptions::final_print(""));
    assert!(!body_text(&signed).contains("Ghi chú") && !body_text(&signed).contains("Hồ sơ kỳ trước chuyển sang"));
    // …only the copy with review notes (bản kèm ghi chú kiểm tra).
    let noted = render_document_with(&t, &r, &findings, &RenderOptions::with_review_notes(""));
    assert!(noted.contains(
        "<section class=\"ghi-chu\">\n<p class=\"ghi-chu-tieu-de\">Ghi chú</p>\n<p class=\"ghi-chu-nhom\">Cảnh báo đã được xem xét và chấp nhận:</p>\n<p>- "
    ));
    assert!(noted.contains("<em>Lý do: Hồ sơ kỳ trước chuyển sang</em></p>\n</section>"));
    // An open error is listed on the review view and left out of the final print.
    r.values.insert("so-hoa".into(), Value::Text("99.92".into()));
    let findings = validate(&t, &r);
    let review = render_document(&t, &r, &findings);
    assert!(review.contains("<p>- <strong>Lỗi:</strong> "));
    let final_print = render_document_with(&t, &r, &findings, &RenderOptions::final_print("2025-11-05T08:00:00Z"));
    assert!(!final_print.contains("<div class=\"con-loi\">"));
    assert!(!body_text(&final_print).contains("Lý do:"));
    assert_eq!(
        extract_from_html(&final_print).unwrap().exported_at,
        "2025-11-05T08:00:00Z"
    );
}

// ---- fixtures: hostile text and every seed ----

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn fixture_templates() -> Vec<Template> {
    let cat = catalogue();
    let mut files: Vec<PathBuf> = Vec::new();
    for dir in ["templates", "tests/export"] {
        if let Ok(rd) = std::fs::read_dir(repo_root().join(dir)) {
            files.extend(rd.filter_map(|e| e.ok().map(|e| e.path())));
        }
    }
    files
        .into_iter()
        .filter(|p| {
            let n = p.file_name().unwrap().to_string_lossy().to_string();
            n.ends_with(".json")
                && n != "frame.json"
                && n != "indicators.json"
                && n != "documents.json"
                && (!p.parent().unwrap().ends_with("export") || n.ends_with("-template.json"))
        })
        .map(|p| {
            load_template(&std::fs::read_to_string(&p).unwrap(), &cat)
                .unwrap_or_else(|e| panic!("{}: {e:?}", p.display()))
        })
        .collect()
}

fn fixtures() -> Vec<(String, Report)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(repo_root().join("tests/fixtures"))
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().to_string();
            let report = import_file(&std::fs::read_to_string(&p).unwrap())
                .unwrap_or_else(|e| panic!("{name}: {}", e.message()));
            (name, report)
        })
        .collect()
}

const HOSTILE: [&str; 5] = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "</style>",
    "\"><svg onload=alert(1)>",
    "</script><script>alert(1)</script>",
];

/// Every tag in the document: (name, attribute text). All `<` in user text are escaped,
/// so every `<` left is markup the renderer wrote.
fn tags(html: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        let after = &rest[i + 1..];
        let end = after.find('>').expect("tag closes");
        let inner = &after[..end];
        let name: String = inner.chars().take_while(|c| !c.is_whitespace()).collect();
        out.push((name.to_ascii_lowercase(), inner[name.len()..].to_string()));
        rest = &after[end + 1..];
    }
    out
}

/// Attribute names of a tag's attribute text (`name="value"` or bare `name`).
fn attr_names(attrs: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut chars = attrs.trim_end_matches('/').chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        let name: String = std::iter::from_fn(|| chars.next_if(|c| !c.is_whitespace() && *c != '=')).collect();
        if name.is_empty() {
            break;
        }
        names.push(name.to_ascii_lowercase());
        if chars.next_if_eq(&'=').is_some() {
            assert_eq!(chars.next(), Some('"'), "attribute values are quoted");
            for c in chars.by_ref() {
                if c == '"' {
                    break;
                }
            }
        }
    }
    names
}

#[test]
fn hostile_text_is_printed_as_text_and_runs_nothing() {
    let templates = fixture_templates();
    let (_, report) = fixtures()
        .into_iter()
        .find(|(n, _)| n == "hostile")
        .expect("tests/fixtures/hostile.json");
    let template = templates
        .iter()
        .find(|t| t.id == report.template_id)
        .expect("hostile template");
    let findings = validate(template, &report);
    assert!(
        findings.iter().any(|f| f.accepted.is_some()),
        "the fixture has an accepted warning"
    );
    let html = render_document(template, &report, &findings);

    // The only script is the JSON data block, and the only style element is ours.
    let lower = html.to_ascii_lowercase();
    assert_eq!(lower.matches("<script").count(), 1);
    assert_eq!(lower.matches("</script").count(), 1);
    assert!(html.contains("<script type=\"application/json\" id=\"bao-cao-du-lieu\">\n{"));
    assert_eq!(lower.matches("<style").count(), 1);
    assert_eq!(lower.matches("</style").count(), 1);
    assert!(!lower.contains("<img") && !lower.contains("<svg"));

    // Every tag is one the renderer writes, with only its own attributes.
    let allowed = [
        "!doctype", "html", "/html", "head", "/head", "meta", "title", "/title", "style", "/style", "script",
        "/script", "body", "/body", "main", "/main", "table", "/table", "thead", "/thead", "tbody", "/tbody", "tr",
        "/tr", "td", "/td", "th", "/th", "p", "/p", "br", "div", "/div", "section", "/section", "h1", "/h1", "span",
        "/span", "em", "/em", "strong", "/strong",
    ];
    let data_start = html.find("id=\"bao-cao-du-lieu\">").unwrap();
    let data_end = html.find("</script>").unwrap();
    let without_data = format!("{}>{}", &html[..data_start], &html[data_end..]);
    for (name, attrs) in tags(&without_data) {
        assert!(allowed.contains(&name.as_str()), "unexpected tag <{name}{attrs}>");
        assert!(
            !attrs.to_ascii_lowercase().contains(" on"),
            "event handler in <{name}{attrs}>"
        );
        for a in attr_names(&attrs) {
            assert!(
                [
                    "class",
                    "lang",
                    "charset",
                    "http-equiv",
                    "content",
                    "name",
                    "type",
                    "id",
                    "html"
                ]
                .contains(&a.as_str()),
                "attribute {a} in <{name}{attrs}>"
            );
        }
    }

    // The hostile strings are there, as text.
    let body = body_text(&html);
    for h in HOSTILE {
        let escaped = bccds_core::render::escape_html(h);
        assert!(body.contains(&escaped), "{h} not printed as text");
    }
    assert!(body.contains("Nguyễn Văn A &lt;script&gt;alert(1)&lt;/script&gt;</p>"));
    assert!(body
        .contains("<p class=\"cq-ban-hanh\">ỦY BAN NHÂN DÂN<br>XÃ ĐĂK LONG &lt;SCRIPT&gt;ALERT(1)&lt;/SCRIPT&gt;</p>"));
    // The data block cannot be closed early: no "<" inside it.
    let data = &html[data_start..data_end];
    assert!(!data[data.find('>').unwrap()..].contains('<'));
    // And it still carries the hostile text exactly.
    assert_eq!(extract_from_html(&html).unwrap().report, report);
}

#[test]
fn every_fixture_renders_and_round_trips_through_html() {
    let templates = fixture_templates();
    let all = fixtures();
    assert!(all.len() >= 2, "hostile and at least one seed");
    for (name, report) in all {
        let Some(template) = templates.iter().find(|t| t.id == report.template_id) else {
            panic!("{name}: no template {}", report.template_id);
        };
        let findings = validate(template, &report);
        let html = render_document(template, &report, &findings);
        assert!(
            html.contains("<p class=\"quoc-hieu\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>"),
            "{name}"
        );
        assert!(html.contains("<td class=\"so\">Số: "), "{name}");
        assert!(html.contains("<h1 class=\"ten-loai\">BÁO CÁO</h1>"), "{name}");
        if !report.text("ket-luan").trim().is_empty() {
            assert!(
                html.contains("./.</p>\n<table class=\"ky\">"),
                "{name}: closing ends with ./."
            );
        }
        if !report.text("noi-nhan").trim().is_empty() {
            assert!(html.contains("<p class=\"noi-nhan-tieu-de\">Nơi nhận:</p>"), "{name}");
            let ky =
                &html[html.find("<td class=\"noi-nhan\">").unwrap()..html.find("<td class=\"nguoi-ky\">").unwrap()];
            let items: Vec<&str> = ky.lines().filter(|l| l.starts_with("<p>- ")).collect();
            let (last, rest) = items.split_last().unwrap();
            assert!(last.ends_with(".</p>"), "{name}: {last}");
            assert!(rest.iter().all(|l| l.ends_with(";</p>")), "{name}: {rest:?}");
        }
        let back = import_file(&html).unwrap_or_else(|e| panic!("{name}: {}", e.message()));
        assert_eq!(back, report, "{name}: HTML round trip");
        assert_eq!(extract_from_html(&html).unwrap().findings, findings, "{name}");
    }
}

mod any_text {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        /// Whatever is typed into any field, the document's markup stays the renderer's own
        /// and the data block gives the report back.
        #[test]
        fn any_typed_text_stays_text(texts in proptest::collection::vec("[<>&\"'/a-zđ ;=\n-]{0,24}", 8)) {
            let (t, mut r) = sample();
            let ids = ["co-quan-ban-hanh", "dia-danh", "so", "trich-yeu", "chi-dao-noi-dung", "hs-tong", "noi-nhan", "nguoi-ky"];
            for (id, text) in ids.iter().zip(&texts) {
                r.values.insert(id.to_string(), Value::Text(text.clone()));
            }
            r.accepted.insert("hs-khong-vuot".into(), texts[0].clone());
            let html = render_document(&t, &r, &validate(&t, &r));
            let start = html.find("id=\"bao-cao-du-lieu\">").unwrap();
            let end = html.find("</script>").unwrap();
            prop_assert!(!html[start + 20..end].contains('<'));
            let without_data = format!("{}>{}", &html[..start], &html[end..]);
            for (name, attrs) in tags(&without_data) {
                prop_assert!(!name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '/' || c == '!'), "<{}{}>", name, attrs);
                for a in attr_names(&attrs) {
                    prop_assert!(["class", "lang", "charset", "http-equiv", "content", "name", "type", "id", "html"].contains(&a.as_str()), "{}", a);
                }
            }
            prop_assert_eq!(import_file(&html).unwrap(), r);
        }
    }
}
