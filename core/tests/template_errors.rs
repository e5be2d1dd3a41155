//! Broken template files give precise Vietnamese errors (where and what) and never panic.
//! Native only: it reads files from disk or runs property tests.

#![cfg(not(target_arch = "wasm32"))]

use bccds_core::builtin::{catalogue, TEMPLATE_FILES};
use bccds_core::template::{load_template, FieldKind, TemplateError, TEMPLATE_FORMAT};
use proptest::prelude::*;

/// A small valid template; each test breaks one thing in it.
const GOOD: &str = r#"{
  "format": 1, "id": "thu-nghiem", "version": 1, "name": "Thử nghiệm", "description": "Mẫu nhỏ",
  "sections": [
    { "id": "mot-cua", "title": "1. Một cửa", "fields": [
      { "id": "hs-tong", "indicator": "ho-so-tiep-nhan" },
      { "id": "hs-truc-tuyen", "indicator": "ho-so-truc-tuyen" },
      { "id": "ghi-chu", "kind": "text", "label": "Ghi chú" },
      { "id": "nhiem-vu", "kind": "table", "label": "Nhiệm vụ", "columns": [
        { "id": "ten", "kind": "text", "label": "Nhiệm vụ" },
        { "id": "tinh-hinh", "kind": "status", "label": "Tình hình", "choices": ["Đáp ứng", "Chưa thực hiện"] }
      ] }
    ] }
  ],
  "rules": [
    { "id": "hs-phan", "kind": "at_most", "part": "hs-truc-tuyen", "whole": "hs-tong" }
  ]
}"#;

fn load(json: &str) -> Result<(), Vec<(String, String)>> {
    load_template(json, &catalogue()).map(|_| ()).map_err(|errs| {
        errs.into_iter()
            .map(|TemplateError { location, message }| (location, message))
            .collect()
    })
}

fn errors(json: &str) -> Vec<(String, String)> {
    load(json).expect_err("the broken template must be rejected")
}

fn pair(location: &str, message: &str) -> (String, String) {
    (location.to_string(), message.to_string())
}

/// GOOD with `from` replaced by `to` (which must occur exactly once).
fn broken(from: &str, to: &str) -> String {
    assert_eq!(GOOD.matches(from).count(), 1, "{from}");
    GOOD.replace(from, to)
}

#[test]
fn the_base_template_and_every_built_in_template_load() {
    assert_eq!(load(GOOD), Ok(()));
    for (name, json) in TEMPLATE_FILES {
        assert_eq!(load(json), Ok(()), "{name}");
    }
}

#[test]
fn invalid_json_says_line_and_column_in_vietnamese() {
    // A missing comma after "version": 1 on line 2.
    let json = broken(r#""version": 1, "name""#, r#""version": 1 "name""#);
    assert_eq!(
        errors(&json),
        vec![pair(
            "dòng 2, cột 49",
            "Tệp mẫu không phải JSON hợp lệ: thiếu dấu phẩy “,” hoặc dấu đóng “}”."
        )]
    );
    assert_eq!(
        errors(&GOOD[..GOOD.len() - 3]),
        vec![pair(
            "dòng 16, cột 2",
            "Tệp mẫu không phải JSON hợp lệ: tệp kết thúc giữa chừng (thiếu dấu đóng “}”, “]” hoặc dấu nháy kép)."
        )]
    );
    assert_eq!(
        errors(&broken(r#""Ghi chú" },"#, r#""Ghi chú", },"#)),
        vec![pair(
            "dòng 7, cột 62",
            "Tệp mẫu không phải JSON hợp lệ: dấu phẩy thừa trước dấu đóng."
        )]
    );
    assert_eq!(errors("  \n"), vec![pair("", "Tệp mẫu trống: không có nội dung nào.")]);
    // Columns are counted in characters, as an editor shows them, not in bytes:
    // "Thử nghiệm" is 10 characters but 14 bytes.
    assert_eq!(
        errors(&broken(
            r#""Thử nghiệm", "description""#,
            r#""Thử nghiệm" "description""#
        )),
        vec![pair(
            "dòng 2, cột 71",
            "Tệp mẫu không phải JSON hợp lệ: thiếu dấu phẩy “,” hoặc dấu đóng “}”."
        )]
    );
}

#[test]
fn wrong_structure_names_the_field_and_the_place() {
    assert_eq!(
        errors(&broken(r#""kind": "text", "label": "Ghi chú""#, r#""kind": "txt", "label": "Ghi chú""#)),
        vec![pair(
            "dòng 7, cột 38",
            "Cấu trúc mẫu không đúng: giá trị không được phép `txt`, chỉ được là một trong `text`, `narrative`, `count`, `decimal`, `percent`, `money`, `fraction`, `date`, `document_number`, `status`, `table`, `computed`."
        )]
    );
    assert_eq!(
        errors(&broken(r#""version": 1,"#, r#""version": "1","#)),
        vec![pair(
            "dòng 2, cột 49",
            "Cấu trúc mẫu không đúng: sai kiểu: chuỗi \"1\", cần số nguyên không âm."
        )]
    );
    assert_eq!(
        errors(&broken(r#", "whole": "hs-tong" }"#, " }")),
        vec![pair(
            "dòng 15, cột 67",
            "Cấu trúc mẫu không đúng: thiếu trường `whole`."
        )]
    );
}

#[test]
fn unknown_indicator() {
    assert_eq!(
        errors(&broken(
            r#""indicator": "ho-so-truc-tuyen""#,
            r#""indicator": "ho-so-online""#
        )),
        vec![pair(
            "sections[0] (“mot-cua”).fields[1] (“hs-truc-tuyen”)",
            "Chỉ tiêu “ho-so-online” không có trong danh mục chỉ tiêu."
        )]
    );
}

#[test]
fn duplicate_field_ids() {
    assert_eq!(
        errors(&broken(r#""id": "ghi-chu""#, r#""id": "hs-tong""#)),
        vec![pair(
            "mục “mot-cua”",
            "Mã trường “hs-tong” bị trùng (mỗi trường chỉ khai báo một lần trong mẫu)."
        )]
    );
    // Reusing an id of the administrative frame is a duplicate too.
    assert_eq!(
        errors(&broken(r#""id": "ghi-chu""#, r#""id": "trich-yeu""#)),
        vec![pair(
            "mục “mot-cua”",
            "Mã trường “trich-yeu” bị trùng (mỗi trường chỉ khai báo một lần trong mẫu)."
        )]
    );
}

#[test]
fn rule_referencing_an_unknown_field() {
    assert_eq!(
        errors(&broken(r#""whole": "hs-tong""#, r#""whole": "hs-tong-so""#)),
        vec![pair(
            "rules[0] (“hs-phan”)",
            "Quy tắc tham chiếu trường không tồn tại “hs-tong-so”."
        )]
    );
    assert_eq!(
        errors(&broken(r#""whole": "hs-tong""#, r#""whole": "nhiem-vu[].so-luong""#)),
        vec![pair("rules[0] (“hs-phan”)", "Bảng “nhiem-vu” không có cột “so-luong”.")]
    );
}

#[test]
fn rule_on_a_text_field() {
    assert_eq!(
        errors(&broken(r#""part": "hs-truc-tuyen""#, r#""part": "ghi-chu""#)),
        vec![pair(
            "rules[0] (“hs-phan”)",
            "“ghi-chu” không phải là trường số nên không dùng được trong quy tắc này."
        )]
    );
    // "same" compares figures too: on text it would silently never check anything.
    let same = broken(
        r#"{ "id": "hs-phan", "kind": "at_most", "part": "hs-truc-tuyen", "whole": "hs-tong" }"#,
        r#"{ "id": "cung-so", "kind": "same", "fields": ["hs-tong", "ghi-chu"] }"#,
    );
    assert_eq!(
        errors(&same),
        vec![pair(
            "rules[0] (“cung-so”)",
            "“ghi-chu” không phải là trường số nên không dùng được trong quy tắc này."
        )]
    );
}

#[test]
fn bad_unit() {
    assert_eq!(
        errors(&broken(
            r#""kind": "text", "label": "Ghi chú""#,
            r#""kind": "count", "unit": "con", "label": "Ghi chú""#
        )),
        vec![pair(
            "sections[0] (“mot-cua”).fields[2] (“ghi-chu”)",
            "Đơn vị “con” không dùng được cho trường loại này hoặc không có trong danh mục đơn vị."
        )]
    );
    // A percent field can only be in %, even with a unit of the catalogue.
    assert_eq!(
        errors(&broken(
            r#""kind": "text", "label": "Ghi chú""#,
            r#""kind": "percent", "unit": "người", "label": "Ghi chú""#
        )),
        vec![pair(
            "sections[0] (“mot-cua”).fields[2] (“ghi-chu”)",
            "Đơn vị “người” không dùng được cho trường loại này hoặc không có trong danh mục đơn vị."
        )]
    );
}

#[test]
fn status_without_choices() {
    assert_eq!(
        errors(&broken(r#", "choices": ["Đáp ứng", "Chưa thực hiện"]"#, "")),
        vec![pair(
            "sections[0] (“mot-cua”).fields[3] (“nhiem-vu”).columns[1] (“tinh-hinh”)",
            "Trường tình trạng (status) phải có danh sách lựa chọn (choices)."
        )]
    );
}

#[test]
fn table_without_columns() {
    let json = GOOD.replace(
        &GOOD[GOOD.find(r#""columns": ["#).unwrap()..GOOD.find("] }\n    ] }").unwrap() + 1],
        r#""columns": []"#,
    );
    assert_eq!(
        errors(&json),
        vec![pair(
            "sections[0] (“mot-cua”).fields[3] (“nhiem-vu”)",
            "Bảng phải có ít nhất một cột (columns)."
        )]
    );
}

#[test]
fn newer_format() {
    assert_eq!(
        errors(&broken(r#""format": 1"#, r#""format": 2"#)),
        vec![pair(
            "format",
            "Mẫu dùng định dạng phiên bản 2, mới hơn phiên bản ứng dụng đọc được (1). Hãy dùng bản ứng dụng mới hơn."
        )]
    );
}

#[test]
fn several_problems_are_all_reported() {
    let json = broken(r#""indicator": "ho-so-truc-tuyen""#, r#""indicator": "khong-co""#)
        .replace(r#""id": "ghi-chu""#, r#""id": "Ghi Chú""#)
        .replace(r#""whole": "hs-tong""#, r#""whole": "hs-tong-so""#);
    assert_eq!(
        errors(&json),
        vec![
            pair(
                "sections[0] (“mot-cua”).fields[1] (“hs-truc-tuyen”)",
                "Chỉ tiêu “khong-co” không có trong danh mục chỉ tiêu."
            ),
            pair(
                "sections[0] (“mot-cua”).fields[2] (“Ghi Chú”)",
                "Mã trường “Ghi Chú” chỉ được gồm chữ thường không dấu, số và “-”."
            ),
            // No cascade: the field with the unknown indicator is not also called unlabelled or
            // non-numeric, and the rule's real problem is still found.
            pair(
                "rules[0] (“hs-phan”)",
                "Quy tắc tham chiếu trường không tồn tại “hs-tong-so”."
            ),
        ]
    );
}

/// Pieces of template-like JSON, glued at random: most are broken in some way.
fn jsonish() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\"",
        "\"format\"",
        "1",
        "2",
        "-1",
        "99999999999999999999",
        "\"id\"",
        "\"sections\"",
        "\"fields\"",
        "\"kind\"",
        "\"table\"",
        "\"status\"",
        "\"computed\"",
        "\"columns\"",
        "\"rules\"",
        "\"sum\"",
        "\"rate\"",
        "\"same\"",
        "\"parts\"",
        "\"total\"",
        "\"a\"",
        "\"a[].b\"",
        "\"a.num\"",
        "\"indicator\"",
        "\"ho-so-tiep-nhan\"",
        "\"unit\"",
        "\"%\"",
        "\"formula\"",
        "\"op\"",
        "\"ratio\"",
        "null",
        "true",
        "\"\\u00e9\"",
        "\"đ\"",
        " ",
        "\n",
    ]);
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_jsonish_text_never_panics(s in jsonish()) {
        let _ = load_template(&s, &catalogue());
    }

    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,200}") {
        let _ = load_template(&s, &catalogue());
    }

    #[test]
    fn every_error_has_a_message(s in jsonish()) {
        if let Err(errs) = load_template(&s, &catalogue()) {
            prop_assert!(!errs.is_empty());
            for e in errs {
                prop_assert!(!e.message.trim().is_empty());
            }
        }
    }

    /// Mutating one character of a valid template never panics either.
    #[test]
    fn one_character_changed_never_panics(i in 0usize..1200, c in prop::char::any()) {
        let mut chars: Vec<char> = GOOD.chars().collect();
        let i = i % chars.len();
        chars[i] = c;
        let s: String = chars.into_iter().collect();
        let _ = load_template(&s, &catalogue());
    }
}

/// Every field kind, with a match that stops compiling when a kind is added (then the JSON
/// Schemas must learn it too).
fn all_kinds() -> Vec<FieldKind> {
    use FieldKind::*;
    let all = vec![
        Text,
        Narrative,
        Count,
        Decimal,
        Percent,
        Money,
        Fraction,
        Date,
        DocumentNumber,
        Status,
        Table,
        Computed,
    ];
    for k in &all {
        match k {
            Text | Narrative | Count | Decimal | Percent | Money | Fraction | Date | DocumentNumber | Status
            | Table | Computed => {}
        }
    }
    all
}

#[test]
fn json_schemas_match_the_model() {
    let template: serde_json::Value = serde_json::from_str(include_str!("../../schemas/template.schema.json")).unwrap();
    let indicators: serde_json::Value =
        serde_json::from_str(include_str!("../../schemas/indicators.schema.json")).unwrap();
    let kinds: Vec<serde_json::Value> = all_kinds()
        .into_iter()
        .map(|k| serde_json::to_value(k).unwrap())
        .collect();
    assert_eq!(template["$defs"]["fieldKind"]["enum"].as_array().unwrap(), &kinds);
    assert_eq!(
        indicators["$defs"]["indicator"]["properties"]["kind"]["enum"]
            .as_array()
            .unwrap(),
        &kinds
    );
    assert_eq!(
        template["properties"]["format"]["const"],
        serde_json::json!(TEMPLATE_FORMAT)
    );
    assert_eq!(
        indicators["properties"]["format"]["const"],
        serde_json::json!(catalogue().format)
    );
    assert_eq!(
        template["$defs"]["rule"]["properties"]["kind"]["enum"],
        serde_json::json!(["sum", "at_most", "rate", "same"])
    );
    // The schema's slug pattern is the loader's rule for ids.
    assert_eq!(template["$defs"]["slug"]["pattern"], "^[a-z0-9-]+$");
}

#[test]
fn a_rule_of_the_wrong_shape_says_what_its_kind_allows() {
    let at_most = r#"{ "id": "hs-phan", "kind": "at_most", "part": "hs-truc-tuyen", "whole": "hs-tong" }"#;
    let cases = [
        r#"{ "id": "hs-phan", "kind": "at_most", "part": "hs-truc-tuyen", "whole": "hs-tong", "parts": ["hs-tong"] }"#,
        r#"{ "id": "hs-phan", "kind": "rate", "rate": "hs-truc-tuyen", "numerator": "hs-tong", "denominator": "hs-tong", "ghi": 1 }"#,
        r#"{ "id": "hs-phan", "kind": "sum", "parts": ["hs-truc-tuyen"], "total": "hs-tong" }"#,
        r#"{ "id": "hs-phan", "kind": "bang", "part": "hs-truc-tuyen", "whole": "hs-tong" }"#,
        r#"{ "kind": "at_most", "part": "hs-truc-tuyen", "whole": "hs-tong" }"#,
        r#"{ "id": "hs-phan", "kind": "at_most", "part": "hs-truc-tuyen", "whole": "hs-tong", "severity": "nhe" }"#,
    ];
    let expected = [
        (
            "dòng 15, cột 109",
            "trường không được phép `parts`, cần `part` hoặc `whole`.",
        ),
        (
            "dòng 15, cột 124",
            "trường không được phép `ghi`, chỉ được là một trong `rate`, `numerator`, `denominator`.",
        ),
        ("dòng 15, cột 86", "thiếu trường `relation`."),
        // At the value itself, not at the end of the rule.
        (
            "dòng 15, cột 37",
            "giá trị không được phép `bang`, chỉ được là một trong `sum`, `at_most`, `rate`, `same`.",
        ),
        ("dòng 15, cột 70", "thiếu trường `id`."),
        (
            "dòng 15, cột 104",
            "giá trị không được phép `nhe`, cần `error` hoặc `warning`.",
        ),
    ];
    for (case, (at, message)) in cases.iter().zip(expected) {
        assert_eq!(
            errors(&broken(at_most, case)),
            vec![pair(at, &format!("Cấu trúc mẫu không đúng: {message}"))],
            "{case}"
        );
    }
}

#[test]
fn a_formula_of_the_wrong_shape_is_explained() {
    let text = r#"{ "id": "ghi-chu", "kind": "text", "label": "Ghi chú" }"#;
    let computed = |formula: &str| {
        load(&broken(
            text,
            &format!(r#"{{ "id": "ghi-chu", "kind": "computed", "label": "Tỷ lệ", "formula": {formula} }}"#),
        ))
    };
    let cases = [
        r#"{ "op": "ratio", "of": ["hs-truc-tuyen", "hs-tong", "hs-tong"] }"#,
        r#"{ "op": "chia", "of": ["hs-truc-tuyen", "hs-tong"] }"#,
        r#"{ "of": ["hs-truc-tuyen", "hs-tong"] }"#,
        r#"{ "op": "sum" }"#,
        r#"{ "of": ["hs-truc-tuyen", "hs-tong"], "op": "ratio", "ghi": 1 }"#,
        r#"{ "op": "sum", "of": ["hs-truc-tuyen", "hs-tong"] }"#,
    ];
    let err = |at: &str, message: &str| Err(vec![pair(at, &format!("Cấu trúc mẫu không đúng: {message}"))]);
    let expected = [
        err("dòng 7, cột 138", "sai số phần tử 3, cần đúng 2 phần tử."),
        err(
            "dòng 7, cột 88",
            "giá trị không được phép `chia`, cần `ratio` hoặc `sum`.",
        ),
        err("dòng 7, cột 112", "thiếu trường `op`."),
        err("dòng 7, cột 89", "thiếu trường `of`."),
        // Keys the formula does not use are ignored, and "op" may come after "of".
        Ok(()),
        Ok(()),
    ];
    for (case, expected) in cases.iter().zip(expected) {
        assert_eq!(computed(case), expected, "{case}");
    }
}
