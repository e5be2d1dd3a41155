//! The template editor's outline reader: the headings of the five seeds (copied into
//! tests/fixtures/outlines/) give each seed's own section structure, and a template that loads.

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

use bccds_core::builtin::{catalogue, templates};
use bccds_core::editor::{check, template_from_outline};
use bccds_core::template::{FieldKind, TemplateSpec};

const OUTLINES: [(&str, &str, &str); 5] = [
    (
        "seed-000",
        "cds-6-thang",
        include_str!("../../tests/fixtures/outlines/seed-000.txt"),
    ),
    (
        "seed-001",
        "ke-hoach-02",
        include_str!("../../tests/fixtures/outlines/seed-001.txt"),
    ),
    (
        "seed-002",
        "cds-nam-ke-hoach",
        include_str!("../../tests/fixtures/outlines/seed-002.txt"),
    ),
    (
        "seed-003",
        "chien-luoc-411",
        include_str!("../../tests/fixtures/outlines/seed-003.txt"),
    ),
    (
        "seed-004",
        "cds-nam-phu-luc",
        include_str!("../../tests/fixtures/outlines/seed-004.txt"),
    ),
];

fn outline(seed: &str) -> TemplateSpec {
    let (_, _, text) = OUTLINES.iter().find(|(s, _, _)| *s == seed).unwrap();
    template_from_outline("Báo cáo thử", text)
}

/// (group, title) of every section.
fn structure(spec: &TemplateSpec) -> Vec<(Option<&str>, &str)> {
    spec.sections
        .iter()
        .map(|s| (s.group.as_deref(), s.title.as_str()))
        .collect()
}

/// The marker of a heading ("I.", "2.1.", "B1."): what stays when a built-in template rewords or
/// capitalises a heading of its seed.
fn marker(heading: &str) -> &str {
    heading.split_whitespace().next().unwrap_or("")
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn seed_000_outline_gives_groups_sections_and_lettered_fields() {
    let spec = outline("seed-000");
    let g = Some("I. Kết quả triển khai thực hiện");
    assert_eq!(
        structure(&spec),
        vec![
            (g, "1. Công tác chỉ đạo, điều hành"),
            (g, "2. Công tác thông tin tuyên truyền"),
            (g, "3. Phát triển chính quyền số"),
            (g, "4. Phát triển kinh tế số, xã hội số"),
            (g, "5. Đảm bảo An toàn thông tin và an ninh mạng"),
            (None, "II. Khó khăn, vướng mắc"),
            (None, "III. Nhiệm vụ trọng tâm 06 tháng cuối năm 2025"),
            (None, "IV. Kiến nghị, đề xuất"),
        ]
    );
    let first = &spec.sections[0];
    assert_eq!(first.id, "cong-tac-chi-dao-dieu-hanh");
    assert_eq!(first.fields.len(), 1);
    assert_eq!(first.fields[0].kind, Some(FieldKind::Narrative));
    assert_eq!(first.fields[0].label.as_deref(), Some("Công tác chỉ đạo, điều hành"));
    assert_eq!(first.fields[0].id, "cong-tac-chi-dao-dieu-hanh-noi-dung");
    // a) … g) under "3." are its narrative fields, each printed under its heading as written.
    let cqs = &spec.sections[2];
    let fields: Vec<(&str, &str)> = cqs
        .fields
        .iter()
        .map(|f| (f.heading.as_deref().unwrap(), f.label.as_deref().unwrap()))
        .collect();
    assert_eq!(
        fields,
        vec![
            (
                "a) Hệ thống Hội nghị truyền hình trực tuyến, phòng họp không giấy",
                "Hệ thống Hội nghị truyền hình trực tuyến, phòng họp không giấy"
            ),
            ("b)Về số hóa hồ sơ giải quyết TTHC", "Về số hóa hồ sơ giải quyết TTHC"),
            (
                "c) Hệ thống quản lý văn bản điều hành",
                "Hệ thống quản lý văn bản điều hành"
            ),
            ("d) Hệ thống một cửa điện tử", "Hệ thống một cửa điện tử"),
            ("e) Trang tin điện tử huyện", "Trang tin điện tử huyện"),
            ("g) Về sử dụng chứng thư số", "Về sử dụng chứng thư số"),
        ]
    );
    assert!(cqs.fields.iter().all(|f| f.kind == Some(FieldKind::Narrative)));
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn seed_001_numbered_outline_makes_2_a_group_of_its_2_x_sections() {
    let spec = outline("seed-001");
    let g = Some("2. Kết quả triển khai Kế hoạch số 02-KH/BCĐTW");
    assert_eq!(
        structure(&spec),
        vec![
            (None, "1. Công tác lãnh đạo, chỉ đạo triển khai"),
            (g, "2.1. Về thể chế, cơ chế chính sách"),
            (g, "2.2. Về hạ tầng số"),
            (g, "2.3. Về dữ liệu"),
            (g, "2.4. Về nguồn lực"),
            (None, "3. Đánh giá chung"),
            (None, "4. Kiến nghị, đề xuất"),
        ]
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn seed_002_sub_numbers_continue_as_sections_of_the_same_group() {
    let spec = outline("seed-002");
    let s = structure(&spec);
    assert_eq!(s.len(), 18);
    assert_eq!(s[0], (None, "I. KHÁI QUÁT ĐẶC ĐIỂM TÌNH HÌNH"));
    assert_eq!(s[1], (None, "II. CÔNG TÁC TRIỂN KHAI"));
    let g = Some("III. KẾT QUẢ HOẠT ĐỘNG");
    assert_eq!(s[8], (g, "7. Hoạt động của Trung tâm Phục vụ hành chính công"));
    assert_eq!(s[9], (g, "7.1. Về triển khai Nghị quyết 57-NQ/TW"));
    assert_eq!(
        s[13],
        (g, "7.5. Tiếp nhận các hồ sơ tại Trung tâm Phục vụ hành chính công")
    );
    assert_eq!(s[14], (g, "8. Kinh phí thực hiện"));
    assert_eq!(s[15], (Some("IV. ĐÁNH GIÁ CHUNG"), "1. Thuận lợi"));
    assert_eq!(s[17], (None, "V. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2026"));
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn seed_003_parts_hold_roman_sections_and_restarted_numbers_are_fields() {
    let spec = outline("seed-003");
    let a = Some("A. ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN CÁC MỤC TIÊU PHÁT TRIỂN ĐÃ ĐẶT RA");
    let b = Some("B. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO");
    let c = Some("C. ĐÁNH GIÁ VÀ KIẾN NGHỊ");
    assert_eq!(
        structure(&spec),
        vec![
            (a, "I. PHÁT TRIỂN KINH TẾ SỐ"),
            (a, "II. PHÁT TRIỂN XÃ HỘI SỐ"),
            (b, "B1. PHÁT TRIỂN NỀN MÓNG CHO KINH TẾ SỐ VÀ XÃ HỘI SỐ"),
            (b, "B2. CÁC GIẢI PHÁP TRIỂN KHAI KINH TẾ SỐ VÀ XÃ HỘI SỐ"),
            (c, "I. Thuận lợi"),
            (c, "II. Tồn tại, hạn chế và nguyên nhân"),
            (c, "III. Đề xuất, kiến nghị"),
        ]
    );
    // "1." and "2." under "II." are not sections: the built-in template prints them as headings.
    let headings: Vec<&str> = spec.sections[5]
        .fields
        .iter()
        .map(|f| f.heading.as_deref().unwrap())
        .collect();
    assert_eq!(headings, vec!["1. Tồn tại, hạn chế", "2. Nguyên nhân"]);
    // Roman "I." twice, in two parts: the ids stay unique.
    assert_eq!(spec.sections[0].id, "phat-trien-kinh-te-so");
    assert_eq!(spec.sections[4].id, "thuan-loi");
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn seed_004_outline_ends_with_an_appendix_section() {
    let spec = outline("seed-004");
    let last = spec.sections.last().unwrap();
    assert!(last.appendix);
    assert_eq!(last.group, None);
    assert_eq!(
        last.title,
        "Phụ lục: KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2025"
    );
    assert_eq!(
        last.fields[0].label.as_deref(),
        Some("KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2025")
    );
    // "5. An toàn thông tin mạng: " loses its colon in the label, keeps it in the printed title.
    let at = spec.sections.iter().find(|s| s.title.starts_with("5. ")).unwrap();
    assert_eq!(at.fields[0].label.as_deref(), Some("An toàn thông tin mạng"));
}

/// Every outline gives the same shape as the seed's built-in template: as many sections, and
/// each section under a group with the same marker ("I.", "II.", …) or under none. (Seed 003's
/// template adds an opening "Khái quát chung" its outline has no heading for.)
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn every_seed_outline_has_its_built_in_templates_shape_and_loads() {
    let cat = catalogue();
    let builtins = templates().expect("built-in templates load");
    for (seed, template_id, _) in OUTLINES {
        let spec = outline(seed);
        let loaded = check(&spec, &cat).unwrap_or_else(|e| panic!("{seed}: {e:?}"));
        let builtin = builtins.iter().find(|t| t.id == template_id).unwrap();
        let shape = |groups: Vec<Option<&str>>| -> Vec<Option<String>> {
            groups.into_iter().map(|g| g.map(|g| marker(g).to_string())).collect()
        };
        let ours = shape(spec.sections.iter().map(|s| s.group.as_deref()).collect());
        let theirs = shape(
            builtin
                .sections
                .iter()
                .filter(|s| !s.frame && s.title != "Khái quát chung")
                .map(|s| s.group.as_deref())
                .collect(),
        );
        assert_eq!(ours, theirs, "{seed}: groups of the sections");
        // The frame is there around the outline's sections.
        assert_eq!(loaded.sections.len(), spec.sections.len() + 2, "{seed}");
    }
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn plain_lines_are_help_and_bullets_are_fields() {
    let spec = template_from_outline(
        "Báo cáo quý",
        "I. KẾT QUẢ\n1. Hạ tầng số\nNêu số trạm BTS, số thôn có sóng 4G.\n- Trạm BTS\n+ Theo nhà mạng\n- Cáp quang\n2. Nhân lực số\n1.500 hồ sơ là dòng thường\n",
    );
    let s = &spec.sections[0];
    assert_eq!(s.help.as_deref(), Some("Nêu số trạm BTS, số thôn có sóng 4G."));
    let labels: Vec<&str> = s.fields.iter().map(|f| f.label.as_deref().unwrap()).collect();
    assert_eq!(labels, vec!["Trạm BTS", "Theo nhà mạng", "Cáp quang"]);
    assert_eq!(spec.sections[1].help.as_deref(), Some("1.500 hồ sơ là dòng thường"));
    assert!(template_from_outline("x", "chỉ là một câu văn").sections.is_empty());
}
