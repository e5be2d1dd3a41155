//! The catalogue of cited documents (templates/documents.json) and the checks on it: document-list
//! rows and citations in prose against the catalogue, search, row filling, bad catalogue files.

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

mod common;

use bccds_core::builtin::{catalogue, documents, DOCUMENTS_JSON};
use bccds_core::citations::{self, row_for, search, DocumentCatalogue};
use bccds_core::field_path::FieldPath;
use bccds_core::report::{Report, Row, Value};
use bccds_core::template::{load_template, FieldKind, Severity, Template};
use bccds_core::validate::validate;
use common::{builtin, report, FIXTURES};

fn keys_and_messages(t: &Template, r: &Report) -> Vec<(String, String)> {
    citations::check(t, r, &documents())
        .into_iter()
        .map(|f| (f.key, f.message))
        .collect()
}

fn pair(key: &str, message: &str) -> (String, String) {
    (key.to_string(), message.to_string())
}

fn doc_row(loai: &str, so: &str, ngay: &str, co_quan: &str) -> Row {
    [
        ("loai", loai),
        ("so-ky-hieu", so),
        ("ngay", ngay),
        ("co-quan", co_quan),
        ("trich-yeu", ""),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), Value::Text(v.to_string())))
    .collect()
}

/// Applies a finding's suggestion to the report.
fn apply(r: &mut Report, key: &str, t: &Template) {
    let f = validate(t, r).into_iter().find(|f| f.key == key).expect(key);
    let s = f.suggestion.expect("a fix");
    r.set(&FieldPath::parse(&s.field).unwrap(), Value::Text(s.value));
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn the_builtin_catalogue_holds_the_documents_the_seeds_cite() {
    let c = documents();
    let rows: Vec<_> = c
        .entries
        .iter()
        .map(|e| {
            (
                e.kind.as_str(),
                e.symbol.as_str(),
                e.date_text.as_str(),
                e.issuer.as_str(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            ("Nghị quyết", "57-NQ/TW", "22/12/2024", "Bộ Chính trị"),
            ("Nghị quyết", "03/NQ-CP", "09/01/2025", "Chính phủ"),
            (
                "Kế hoạch",
                "02-KH/BCĐTW",
                "19/6/2025",
                "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"
            ),
            ("Quyết định", "411/QĐ-TTg", "31/3/2022", "Thủ tướng Chính phủ"),
            ("Nghị định", "42/2022/NĐ-CP", "24/6/2022", "Chính phủ"),
        ]
    );
    // The sources and notes are for the people who check the file, not shipped in the app.
    assert!(!DOCUMENTS_JSON.contains("nguon") && !DOCUMENTS_JSON.contains("ghi_chu"));
    assert!(!DOCUMENTS_JSON.contains("https://"));
    assert_eq!(c.lookup(" 57-nq/tw ").unwrap().symbol, "57-NQ/TW");
    assert!(c.lookup("157-NQ/TW").is_none());
}

/// Every citation finding of the five seeds, exactly. The seeds cite catalogue documents many
/// times (listed per seed below); only two citations are wrong, and both are real slips.
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn the_seeds_give_exactly_their_real_citation_slips() {
    let expected: [Vec<(String, String)>; 5] = [
        // Seed 000 cites 57-NQ/TW ngày 22/12/2024 (chi-dao-noi-dung, and in the trích yếu of
        // chi-dao-van-ban row 2 with 03/NQ-CP ngày 09/01/2025) and 42/2022/NĐ-CP ngày 24/6/2022
        // (trang-tin-mo-ta): all as the catalogue says.
        vec![],
        // Seed 001 cites 02-KH/BCĐTW ngày 19/6/2025 (trích yếu, mở đầu: right) and, in
        // du-lieu-quoc-gia, "Nghị quyết số 57-NQ/TW ngày 10/7/2023 của Bộ Chính trị": the seed report
        // itself has that date (not a re-entry slip), and it is wrong: 57-NQ/TW is dated
        // 22/12/2024. Its other mention (danh-gia-mo-dau) has no date.
        vec![pair(
            "du-lieu-quoc-gia#van-ban/57-NQ/TW",
            "Nghị quyết 57-NQ/TW ban hành ngày 22/12/2024; báo cáo ghi 10/7/2023.",
        )],
        // Seed 002 cites 57-NQ/TW ngày 22/12/2024 (trien-khai-mo-dau, phuong-huong-noi-dung) and
        // 02-KH/BCĐTW ngày 19/6/2025 (trích yếu of trien-khai-van-ban row 9): right.
        vec![],
        // Seed 003 cites 411/QĐ-TTg ngày 31/3/2022 (khai-quat-noi-dung): right.
        vec![],
        // Seed 004 lists 57-NQ/TW in vb-cap-tren row 1 with 22/12/2025, a slip (the report is dated
        // 12/11/2025, and the trích yếu of rows 2 and 3 write 22/12/2024); 03/NQ-CP in row 2 has
        // the right date, type and issuer, and the prose mentions of 57-NQ/TW have no date.
        vec![pair(
            "vb-cap-tren/0/ngay#van-ban",
            "Nghị quyết 57-NQ/TW ban hành ngày 22/12/2024; báo cáo ghi 22/12/2025.",
        )],
    ];
    for (i, (json, want)) in FIXTURES.iter().zip(expected).enumerate() {
        let r = report(json);
        let t = builtin(&r.template_id);
        assert_eq!(keys_and_messages(&t, &r), want, "seed 00{i}");
    }
    // The citations the checker read and found right are really in the seeds.
    let prose = |i: usize| common::prose(&report(FIXTURES[i]), &[]);
    assert!(prose(0).contains("57-NQ/TW ngày 22/12/2024"));
    assert!(prose(0).contains("42/2022/NĐ-CP ngày 24/6/2022"));
    assert!(prose(1).contains("02-KH/BCĐTW ngày 19/6/2025"));
    assert!(prose(2).contains("57-NQ/TW ngày 22/12/2024"));
    assert!(prose(3).contains("411/QĐ-TTg ngày 31/3/2022"));
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn seed_findings_carry_their_fix_and_the_fix_clears_them() {
    let mut r = report(FIXTURES[4]);
    let t = builtin(&r.template_id);
    let f = validate(&t, &r)
        .into_iter()
        .find(|f| f.key == "vb-cap-tren/0/ngay#van-ban")
        .unwrap();
    assert_eq!((f.severity, f.section.as_str()), (Severity::Warning, "chi-dao"));
    assert_eq!(f.fields, vec!["vb-cap-tren/0/ngay"]);
    let s = f.suggestion.unwrap();
    assert_eq!(
        (s.field.as_str(), s.value.as_str()),
        ("vb-cap-tren/0/ngay", "22/12/2024")
    );
    apply(&mut r, "vb-cap-tren/0/ngay#van-ban", &t);
    assert_eq!(keys_and_messages(&t, &r), vec![]);
    // The fix also clears the date error (22/12/2025 was after the report's date).
    assert!(validate(&t, &r).iter().all(|f| !f.key.starts_with("vb-cap-tren/0/")));

    let mut r = report(FIXTURES[1]);
    let t = builtin(&r.template_id);
    apply(&mut r, "du-lieu-quoc-gia#van-ban/57-NQ/TW", &t);
    assert!(r
        .text("du-lieu-quoc-gia")
        .contains("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về phát triển"));
    assert_eq!(keys_and_messages(&t, &r), vec![]);
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn table_rows_wrong_date_type_or_issuer_are_flagged_one_each() {
    let t = builtin("cds-nam-phu-luc");
    let mut r = report(FIXTURES[4]);
    r.values.remove("vb-cap-tren");
    let rows = |rows: Vec<Row>| Value::Rows(rows);
    // Right, written another way: no finding (dates as dates, case and spaces ignored, the issuer
    // shortened to the start of its name, empty cells not compared).
    r.values.insert(
        "can-cu".into(),
        rows(vec![
            doc_row("Nghị quyết", "57-NQ/TW", "22/12/2024", "Bộ Chính trị"),
            doc_row("nghị  quyết", "03/NQ-CP", "9/1/2025", "chính phủ"),
            doc_row("Kế hoạch", "02-KH/BCĐTW", "19/06/2025", "Ban Chỉ đạo Trung ương"),
            doc_row("", "411/QĐ-TTg", "", ""),
            doc_row("Kế hoạch", "43/KH-UBND", "18/9/2025", "UBND xã Tịnh Khê"),
        ]),
    );
    assert_eq!(keys_and_messages(&t, &r), vec![]);
    r.values.insert(
        "can-cu".into(),
        rows(vec![
            doc_row("Nghị quyết", "57-NQ/TW", "22/12/2025", "Bộ Chính trị"),
            doc_row("Quyết định", "411/QĐ-TTg", "31/3/2022", "Chính phủ"),
            doc_row("Nghị định", "03/NQ-CP", "09/01/2025", "Chính phủ"),
        ]),
    );
    assert_eq!(
        keys_and_messages(&t, &r),
        vec![
            pair(
                "can-cu/0/ngay#van-ban",
                "Nghị quyết 57-NQ/TW ban hành ngày 22/12/2024; báo cáo ghi 22/12/2025."
            ),
            pair(
                "can-cu/1/co-quan#van-ban",
                "Quyết định 411/QĐ-TTg do Thủ tướng Chính phủ ban hành; báo cáo ghi “Chính phủ”."
            ),
            pair(
                "can-cu/2/loai#van-ban",
                "Văn bản 03/NQ-CP là Nghị quyết; báo cáo ghi “Nghị định”."
            ),
        ]
    );
    let fixes: Vec<_> = citations::check(&t, &r, &documents())
        .into_iter()
        .map(|f| {
            let s = f.suggestion.unwrap();
            (f.section, s.field, s.value)
        })
        .collect();
    assert_eq!(
        fixes,
        vec![
            ("thong-tin-chung".into(), "can-cu/0/ngay".into(), "22/12/2024".into()),
            (
                "thong-tin-chung".into(),
                "can-cu/1/co-quan".into(),
                "Thủ tướng Chính phủ".into()
            ),
            ("thong-tin-chung".into(), "can-cu/2/loai".into(), "Nghị quyết".into()),
        ]
    );
    for key in [
        "can-cu/0/ngay#van-ban",
        "can-cu/1/co-quan#van-ban",
        "can-cu/2/loai#van-ban",
    ] {
        apply(&mut r, key, &t);
    }
    assert_eq!(keys_and_messages(&t, &r), vec![]);
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn citations_in_prose_are_found_exactly_as_documented() {
    let t = builtin("chien-luoc-411");
    let mut r = report(FIXTURES[3]);
    let field = "khai-quat-noi-dung";
    let check = |r: &Report| keys_and_messages(&t, r);
    let set = |r: &mut Report, text: &str| {
        r.values.insert(field.into(), Value::Text(text.into()));
    };
    // Right, or not a citation the rules take: nothing said.
    for text in [
        "Căn cứ Quyết định số 411/QĐ-TTg ngày 31/3/2022 của Thủ tướng Chính phủ.",
        "Căn cứ Quyết định 411/QĐ-TTg ngày 31/03/2022.",
        "Thực hiện Nghị quyết số 57-NQ/TW, UBND xã đã chủ động.",
        // The date after the issuer is not taken.
        "Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị ngày 01/01/2020.",
        // Not the catalogue's symbols.
        "Thực hiện Nghị quyết số 157-NQ/TW ngày 01/01/2020 và Kế hoạch 57-NQ/TWA ngày 01/01/2020.",
        // In words, or unreadable: not taken.
        "Nghị quyết 57-NQ/TW ngày 22 tháng 12 năm 2025; Quyết định 411/QĐ-TTg ngày 31/3/20222.",
    ] {
        set(&mut r, text);
        assert_eq!(check(&r), vec![], "{text}");
    }
    set(
        &mut r,
        "Căn cứ Quyết định 411/QĐ-TTg, ngày 31/3/2023 và Nghị quyết số 57-NQ/TW ngày 10/7/2023 \
         của Bộ Chính trị; Quyết định 411/QĐ-TTg ngày 1/4/2022.",
    );
    assert_eq!(
        check(&r),
        vec![
            pair(
                "khai-quat-noi-dung#van-ban/411/QĐ-TTg",
                "Quyết định 411/QĐ-TTg ban hành ngày 31/3/2022; báo cáo ghi 31/3/2023."
            ),
            pair(
                "khai-quat-noi-dung#van-ban/57-NQ/TW",
                "Nghị quyết 57-NQ/TW ban hành ngày 22/12/2024; báo cáo ghi 10/7/2023."
            ),
        ]
    );
    let f = citations::check(&t, &r, &documents()).remove(0);
    assert_eq!(f.fields, vec![field]);
    // The fix is the whole text with every wrong date of that document replaced.
    assert_eq!(
        f.suggestion.unwrap().value,
        "Căn cứ Quyết định 411/QĐ-TTg, ngày 31/3/2022 và Nghị quyết số 57-NQ/TW ngày 10/7/2023 \
         của Bộ Chính trị; Quyết định 411/QĐ-TTg ngày 31/3/2022."
    );
    apply(&mut r, "khai-quat-noi-dung#van-ban/411/QĐ-TTg", &t);
    apply(&mut r, "khai-quat-noi-dung#van-ban/57-NQ/TW", &t);
    assert_eq!(check(&r), vec![]);
    // Decomposed letters (pasted from a PDF) are read in NFC.
    set(&mut r, "Nghi\u{323} quyê\u{302}\u{301}t 57-NQ/TW nga\u{300}y 1/1/2025.");
    assert_eq!(
        check(&r),
        vec![pair(
            "khai-quat-noi-dung#van-ban/57-NQ/TW",
            "Nghị quyết 57-NQ/TW ban hành ngày 22/12/2024; báo cáo ghi 1/1/2025."
        )]
    );
    // Text cells of tables are prose too: a document list's trích yếu.
    let t = builtin("cds-nam-phu-luc");
    let mut r = report(FIXTURES[4]);
    let mut row = doc_row("Kế hoạch", "51/KH-UBND", "07/3/2025", "UBND tỉnh Quảng Ngãi");
    row.insert(
        "trich-yeu".into(),
        Value::Text("về việc thực hiện Nghị quyết số 03/NQ-CP ngày 19/01/2025 của Chính phủ".into()),
    );
    r.values.insert("vb-chi-dao".into(), Value::Rows(vec![row]));
    set_vb_cap_tren_right(&mut r);
    assert_eq!(
        keys_and_messages(&t, &r),
        vec![pair(
            "vb-chi-dao/0/trich-yeu#van-ban/03/NQ-CP",
            "Nghị quyết 03/NQ-CP ban hành ngày 09/01/2025; báo cáo ghi 19/01/2025."
        )]
    );
}

fn set_vb_cap_tren_right(r: &mut Report) {
    common::set_cell(r, "vb-cap-tren", 0, "ngay", "22/12/2024");
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn search_offers_matching_documents_best_first() {
    let c = documents();
    let found = |q: &str| -> Vec<String> { search(&c, q, 3).into_iter().map(|e| e.symbol.clone()).collect() };
    assert_eq!(found("57"), vec!["57-NQ/TW", "03/NQ-CP"]);
    assert_eq!(found("411/QĐ"), vec!["411/QĐ-TTg"]);
    assert_eq!(found("411/qd"), vec!["411/QĐ-TTg"]);
    assert_eq!(found("02-KH/BCĐTW"), vec!["02-KH/BCĐTW"]);
    assert_eq!(found("chiến lược kinh tế số"), vec!["411/QĐ-TTg"]);
    assert_eq!(found("nghi quyet 57"), vec!["57-NQ/TW", "03/NQ-CP"]);
    assert_eq!(found("Nghị quyết số 03"), vec!["03/NQ-CP"]);
    assert_eq!(found("dịch vụ công trực tuyến"), vec!["42/2022/NĐ-CP"]);
    assert_eq!(found("nghị định"), vec!["42/2022/NĐ-CP"]);
    assert_eq!(found("2022"), vec!["42/2022/NĐ-CP"]);
    assert_eq!(found("chuyển đổi số"), vec!["57-NQ/TW", "03/NQ-CP", "02-KH/BCĐTW"]);
    assert_eq!(search(&c, "chuyển đổi số", 1).len(), 1);
    assert_eq!(found(""), Vec::<String>::new());
    assert_eq!(found("số"), Vec::<String>::new());
    assert_eq!(found("thông tư 99"), Vec::<String>::new());
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn row_for_fills_every_document_list_of_the_templates() {
    let c = documents();
    let qd = c.lookup("411/QĐ-TTg").unwrap();
    let want = vec![
        ("loai".to_string(), "Quyết định".to_string()),
        ("so-ky-hieu".into(), "411/QĐ-TTg".into()),
        ("ngay".into(), "31/3/2022".into()),
        ("co-quan".into(), "Thủ tướng Chính phủ".into()),
        (
            "trich-yeu".into(),
            "phê duyệt Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030"
                .into(),
        ),
    ];
    let mut lists = Vec::new();
    for t in bccds_core::builtin::templates().unwrap() {
        for (_, f) in t.fields() {
            if f.kind == FieldKind::Table && f.column("loai").is_some() && f.column("so-ky-hieu").is_some() {
                assert_eq!(row_for(f, qd), want, "{}", f.id);
                lists.push(format!("{}:{}", t.id, f.id));
            }
        }
    }
    assert_eq!(
        lists,
        vec![
            "cds-6-thang:can-cu",
            "cds-6-thang:chi-dao-van-ban",
            "ke-hoach-02:can-cu",
            "ke-hoach-02:lanh-dao-van-ban",
            "cds-nam-ke-hoach:can-cu",
            "cds-nam-ke-hoach:trien-khai-van-ban",
            "chien-luoc-411:can-cu",
            "chien-luoc-411:vb-xa-hoi-so",
            "cds-nam-phu-luc:can-cu",
            "cds-nam-phu-luc:vb-cap-tren",
            "cds-nam-phu-luc:vb-chi-dao",
            "cds-nam-phu-luc:vb-nhan-luc",
            "cds-nam-phu-luc:vb-an-toan",
            "cds-nam-phu-luc:vb-kinh-phi",
        ]
    );
    // A template's own list with other column ids: filled by column kind.
    let t = load_template(
        r#"{ "format": 1, "id": "thu", "version": 1, "name": "Thử", "description": "Thử",
          "sections": [ { "id": "vb", "title": "Văn bản", "fields": [
            { "id": "ds", "kind": "table", "label": "Văn bản", "columns": [
              { "id": "so-hieu", "kind": "document_number", "label": "Số hiệu" },
              { "id": "ban-hanh", "kind": "date", "label": "Ngày ban hành" },
              { "id": "ghi-chu", "kind": "text", "label": "Ghi chú" } ] } ] } ] }"#,
        &catalogue(),
    )
    .unwrap();
    let (_, table) = t.field("ds").unwrap();
    assert_eq!(
        row_for(table, qd),
        vec![
            ("so-hieu".to_string(), "411/QĐ-TTg".to_string()),
            ("ban-hanh".into(), "31/3/2022".into())
        ]
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn bad_catalogue_files_are_explained_in_vietnamese() {
    let err = |json: &str| DocumentCatalogue::from_json(json).unwrap_err();
    assert_eq!(
        err("{\"format\": 1,\n \"documents\": [}"),
        vec!["Danh mục văn bản: tệp JSON sai ở dòng 2, cột 16: thiếu giá trị hoặc có ký tự không hợp lệ."]
    );
    assert_eq!(
        err("[]"),
        vec!["Danh mục văn bản: tệp phải là một đối tượng JSON {\"format\": 1, \"documents\": […]}."]
    );
    assert_eq!(
        err(r#"{"format": 2, "documents": []}"#),
        vec!["Danh mục văn bản: cần \"format\": 1 (phiên bản tệp mà ứng dụng đọc được)."]
    );
    assert_eq!(
        err(r#"{"format": 1}"#),
        vec!["Danh mục văn bản: thiếu danh sách \"documents\"."]
    );
    let doc = |so: &str, ngay: &str| {
        format!(
            r#"{{"loai": "Nghị quyết", "so_ky_hieu": "{so}", "ngay": "{ngay}", "co_quan": "Bộ Chính trị", "trich_yeu": "về …"}}"#
        )
    };
    let file = |docs: &[String]| format!(r#"{{"format": 1, "documents": [{}]}}"#, docs.join(","));
    assert_eq!(
        err(&file(&[
            doc("57-NQ/TW", "22/12/2024"),
            doc("57-NQ/TW", "22/12/2024"),
            doc("57-NQ/TW", "22-12-2024"),
            doc("57 NQ/TW", "31/2/2024"),
            r#"{"loai": "Kế hoạch", "so_ky_hieu": "02-KH/BCĐTW", "ngay": 19, "co_quan": " "}"#.to_string(),
            "\"57-NQ/TW\"".to_string(),
        ])),
        vec![
            "Danh mục văn bản, văn bản thứ 2: số, ký hiệu “57-NQ/TW” trùng với văn bản thứ 1.",
            "Danh mục văn bản, văn bản thứ 3, ngày ban hành: “22-12-2024”: ngày tháng năm ngăn cách bằng dấu “/” (ví dụ 22/12/2024). Hãy viết 22/12/2024.",
            "Danh mục văn bản, văn bản thứ 4: Số, ký hiệu “57 NQ/TW” không đúng dạng: không được có dấu cách, nhất là quanh “/” và “-”. Dạng đúng: 43/KH-UBND, 08/2023/QĐ-TTg, 384/UBND-VX (văn bản nhà nước) hoặc 02-KH/BCĐTW (văn bản của Đảng).",
            "Danh mục văn bản, văn bản thứ 4, ngày ban hành: “31/2/2024”: tháng 2 chỉ có 29 ngày, không có ngày 31.",
            "Danh mục văn bản, văn bản thứ 5: \"ngay\" (ngày ban hành) phải là chuỗi trong dấu nháy kép.",
            "Danh mục văn bản, văn bản thứ 5: \"co_quan\" (cơ quan ban hành) để trống.",
            "Danh mục văn bản, văn bản thứ 5: thiếu \"trich_yeu\" (trích yếu).",
            "Danh mục văn bản, văn bản thứ 6: phải là một đối tượng JSON.",
        ]
    );
    // A good file: its documents, in NFC.
    let c = DocumentCatalogue::from_json(&file(&[doc("57-NQ/TW", "22/12/2024")])).unwrap();
    assert_eq!(c.entries.len(), 1);
    assert_eq!(c.entries[0].date.to_string(), "22/12/2024");
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn the_validator_uses_the_catalogue_the_app_loaded() {
    let r = report(FIXTURES[3]);
    let t = builtin(&r.template_id);
    let keys = || -> Vec<String> {
        validate(&t, &r)
            .into_iter()
            .filter(|f| f.key.contains("#van-ban"))
            .map(|f| f.key)
            .collect()
    };
    assert_eq!(keys(), Vec::<String>::new());
    // A catalogue (say, the province's file) that dates 411/QĐ-TTg otherwise.
    let json = DOCUMENTS_JSON.replace("\"31/3/2022\"", "\"30/3/2022\"");
    citations::use_catalogue(DocumentCatalogue::from_json(&json).unwrap());
    assert_eq!(
        citations::current().lookup("411/QĐ-TTg").unwrap().date_text,
        "30/3/2022"
    );
    assert_eq!(keys(), vec!["khai-quat-noi-dung#van-ban/411/QĐ-TTg"]);
    citations::use_builtin();
    assert_eq!(keys(), Vec::<String>::new());
}
