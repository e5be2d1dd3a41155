//! Template editor operations: ids from Vietnamese labels (ascii, unique, stable on rename), every
//! operation keeps the template loadable or says why, loader errors land on the part they concern,
//! and the published file passes the JSON Schema (checked by tests/schema/check_templates.py).

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

use std::collections::HashSet;

use bccds_core::builtin::catalogue;
use bccds_core::editor::{
    apply, check, copy_as_new, new_template, next_version, place_of, readable, rule_name, slugify, unique_id, Edit,
    FieldAt, FieldChange, NewRule, Place,
};
use bccds_core::report::{Profile, Report, Value};
use bccds_core::template::{FieldKind, Relation, TemplateSpec};
use bccds_core::validate::validate;

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn ids_from_vietnamese_labels_are_ascii_short_and_unique() {
    assert_eq!(slugify("Công tác chỉ đạo, điều hành"), "cong-tac-chi-dao-dieu-hanh");
    assert_eq!(slugify("ĐẢM BẢO AN TOÀN THÔNG TIN"), "dam-bao-an-toan-thong-tin");
    assert_eq!(slugify("Tỷ lệ hồ sơ trực tuyến (%)"), "ty-le-ho-so-truc-tuyen");
    assert_eq!(slugify("Ứng dụng “Bình dân học vụ số”"), "ung-dung-binh-dan-hoc-vu-so");
    // Cut at a word, at most 32 characters.
    assert_eq!(
        slugify("Số thôn, khu dân cư được phủ sóng di động 4G trên địa bàn"),
        "so-thon-khu-dan-cu-duoc-phu-song"
    );
    assert_eq!(slugify("—!!—"), "");
    let mut taken: HashSet<String> = HashSet::new();
    for expected in ["ho-so", "ho-so-2", "ho-so-3"] {
        let id = unique_id("Hồ sơ", "truong", &taken);
        assert_eq!(id, expected);
        taken.insert(id);
    }
    assert_eq!(unique_id("%", "truong", &taken), "truong");
}

#[cfg(not(target_arch = "wasm32"))]
mod slug_property {
    use bccds_core::editor::slugify;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_label_gives_an_id_the_loader_accepts(label in "\\PC{0,60}") {
            let id = slugify(&label);
            prop_assert!(id.len() <= 32);
            prop_assert!(id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'), "{}", id);
            prop_assert!(!id.starts_with('-') && !id.ends_with('-') && !id.contains("--"), "{}", id);
        }
    }
}

/// Applies edits in order, checking after each that the template still loads.
fn build(mut spec: TemplateSpec, edits: &[Edit]) -> TemplateSpec {
    let cat = catalogue();
    for e in edits {
        spec = apply(&spec, e, &cat).unwrap_or_else(|m| panic!("{e:?}: {m}"));
        if let Err(errors) = check(&spec, &cat) {
            panic!("after {e:?}: {errors:?}");
        }
    }
    spec
}

fn field_id(spec: &TemplateSpec, section: usize, label: &str) -> String {
    spec.sections[section]
        .fields
        .iter()
        .find(|f| f.label.as_deref() == Some(label))
        .unwrap_or_else(|| panic!("no field “{label}”"))
        .id
        .clone()
}

/// The small template the end-to-end test builds too: three sections, a table, six figures, a
/// sum rule and a rate rule.
fn small_template() -> TemplateSpec {
    let start = new_template("Báo cáo chuyển đổi số quý");
    let spec = build(
        start,
        &[
            Edit::SetSectionTitle {
                section: 0,
                title: "1. Công tác chỉ đạo".into(),
            },
            Edit::AddField {
                section: 0,
                kind: FieldKind::Table,
                label: "Văn bản đã ban hành".into(),
            },
            Edit::AddColumn {
                table: FieldAt { section: 0, field: 1 },
                kind: FieldKind::Date,
                label: "Ngày ban hành".into(),
            },
            Edit::AddSection {
                at: 1,
                title: "2. Thủ tục hành chính".into(),
            },
            Edit::AddField {
                section: 1,
                kind: FieldKind::Count,
                label: "Tổng số hồ sơ".into(),
            },
            Edit::AddField {
                section: 1,
                kind: FieldKind::Count,
                label: "Hồ sơ trực tuyến".into(),
            },
            Edit::AddField {
                section: 1,
                kind: FieldKind::Count,
                label: "Hồ sơ trực tiếp".into(),
            },
            Edit::AddField {
                section: 1,
                kind: FieldKind::Percent,
                label: "Tỷ lệ hồ sơ trực tuyến".into(),
            },
            Edit::AddSection {
                at: 2,
                title: "3. Kinh phí".into(),
            },
            Edit::AddIndicator {
                section: 2,
                indicator: "kinh-phi-phan-bo".into(),
            },
            Edit::AddIndicator {
                section: 2,
                indicator: "kinh-phi-giai-ngan".into(),
            },
        ],
    );
    let (tong, tt, tiep, ty_le) = (
        field_id(&spec, 1, "Tổng số hồ sơ"),
        field_id(&spec, 1, "Hồ sơ trực tuyến"),
        field_id(&spec, 1, "Hồ sơ trực tiếp"),
        field_id(&spec, 1, "Tỷ lệ hồ sơ trực tuyến"),
    );
    build(
        spec,
        &[
            Edit::AddRule(NewRule::Sum {
                parts: vec![tt.clone(), tiep],
                total: tong.clone(),
                relation: Relation::Equal,
            }),
            Edit::AddRule(NewRule::Rate {
                rate: ty_le,
                numerator: tt,
                denominator: tong,
            }),
        ],
    )
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn a_small_template_built_by_edits_loads_and_its_rules_fire() {
    let cat = catalogue();
    let spec = small_template();
    let ids: Vec<&str> = spec.sections[1].fields.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(
        ids,
        vec![
            "thu-tuc-hanh-chinh-noi-dung",
            "tong-so-ho-so",
            "ho-so-truc-tuyen",
            "ho-so-truc-tiep",
            "ty-le-ho-so-truc-tuyen"
        ]
    );
    assert_eq!(spec.sections[2].fields[1].id, "kinh-phi-phan-bo");
    assert_eq!(spec.rules[0].id, "tong-so-ho-so-tong");
    assert_eq!(
        rule_name(&spec, &spec.rules[0]),
        "Hồ sơ trực tuyến + Hồ sơ trực tiếp = Tổng số hồ sơ"
    );
    assert_eq!(
        rule_name(&spec, &spec.rules[1]),
        "Tỷ lệ hồ sơ trực tuyến = Hồ sơ trực tuyến / Tổng số hồ sơ × 100"
    );
    let template = check(&spec, &cat).expect("loads");
    let mut report = Report::new("r1", &template, &Profile::default());
    for (id, v) in [
        ("tong-so-ho-so", "1.686"),
        ("ho-so-truc-tuyen", "1.644"),
        ("ho-so-truc-tiep", "47"),
        ("ty-le-ho-so-truc-tuyen", "90"),
    ] {
        report.values.insert(id.into(), Value::Text(v.into()));
    }
    let messages: Vec<String> = validate(&template, &report)
        .into_iter()
        .filter(|f| f.kind != bccds_core::validate::FindingKind::Missing)
        .map(|f| f.message)
        .collect();
    assert!(
        messages.iter().any(|m| m.contains("1.644 + 47 = 1.691")),
        "sum rule: {messages:?}"
    );
    assert!(messages.iter().any(|m| m.contains("97,51")), "rate rule: {messages:?}");
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn a_renamed_field_keeps_its_id_and_the_values_written_on_it() {
    let cat = catalogue();
    let spec = small_template();
    let at = FieldAt { section: 1, field: 1 };
    let renamed = build(
        spec.clone(),
        &[Edit::SetField {
            at,
            change: FieldChange::Label("Tổng số hồ sơ đã tiếp nhận".into()),
        }],
    );
    let f = &renamed.sections[1].fields[1];
    assert_eq!(f.id, "tong-so-ho-so");
    assert_eq!(f.label.as_deref(), Some("Tổng số hồ sơ đã tiếp nhận"));
    // A section renamed keeps its id too.
    let renamed = build(
        renamed,
        &[Edit::SetSectionTitle {
            section: 1,
            title: "2. Giải quyết thủ tục hành chính".into(),
        }],
    );
    assert_eq!(renamed.sections[1].id, "thu-tuc-hanh-chinh");
    // The rule reads the new label.
    assert_eq!(
        rule_name(&renamed, &renamed.rules[0]),
        "Hồ sơ trực tuyến + Hồ sơ trực tiếp = Tổng số hồ sơ đã tiếp nhận"
    );
    let template = check(&renamed, &cat).unwrap();
    assert_eq!(
        template.field("tong-so-ho-so").unwrap().1.label,
        "Tổng số hồ sơ đã tiếp nhận"
    );
    // A new field with the old label gets a new id, not the renamed one's.
    let more = build(
        renamed,
        &[Edit::AddField {
            section: 1,
            kind: FieldKind::Count,
            label: "Tổng số hồ sơ".into(),
        }],
    );
    assert_eq!(more.sections[1].fields.last().unwrap().id, "tong-so-ho-so-2");
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn ids_never_reuse_the_frames() {
    let spec = build(
        new_template("Mẫu"),
        &[
            Edit::AddField {
                section: 0,
                kind: FieldKind::Date,
                label: "Ngày".into(),
            },
            Edit::AddField {
                section: 0,
                kind: FieldKind::Text,
                label: "Nơi nhận".into(),
            },
        ],
    );
    let ids: Vec<&str> = spec.sections[0].fields.iter().skip(1).map(|f| f.id.as_str()).collect();
    assert_eq!(ids, vec!["ngay-2", "noi-nhan-2"]);
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn every_kind_of_edit_keeps_the_template_loadable() {
    let spec = small_template();
    let spec = build(
        spec,
        &[
            Edit::SetName("Báo cáo quý III".into()),
            Edit::SetDescription("Theo Công văn của Sở".into()),
            Edit::SetFrameDefault {
                key: "trich-yeu".into(),
                value: "Kết quả chuyển đổi số quý III".into(),
            },
            Edit::SetFrameDefault {
                key: "ket-luan".into(),
                value: "Trên đây là báo cáo …".into(),
            },
            Edit::AddOutline("4. Khó khăn, vướng mắc\n5. Kiến nghị".into()),
            Edit::SetSectionGroup {
                section: 3,
                group: "II. ĐÁNH GIÁ".into(),
            },
            Edit::SetSectionHelp {
                section: 3,
                help: "Nêu khó khăn".into(),
            },
            Edit::MoveSection { from: 4, to: 0 },
            Edit::MoveSection { from: 0, to: 4 },
            Edit::AddSection {
                at: 5,
                title: "Phụ lục chỉ tiêu".into(),
            },
            Edit::SetAppendix {
                section: 5,
                appendix: true,
            },
            Edit::AddField {
                section: 2,
                kind: FieldKind::Status,
                label: "Mức độ đáp ứng hạ tầng".into(),
            },
            Edit::SetField {
                at: FieldAt { section: 2, field: 2 },
                change: FieldChange::Choices(vec!["Đáp ứng".into(), " ".into(), "Chưa đáp ứng".into()]),
            },
            Edit::AddComputedRate {
                section: 1,
                label: "Tỷ lệ hồ sơ trực tiếp".into(),
                numerator: "ho-so-truc-tiep".into(),
                denominator: "tong-so-ho-so".into(),
            },
            Edit::SetField {
                at: FieldAt { section: 1, field: 1 },
                change: FieldChange::Required(true),
            },
            Edit::SetField {
                at: FieldAt { section: 1, field: 1 },
                change: FieldChange::Unit(Some("hồ sơ".into())),
            },
            Edit::SetField {
                at: FieldAt { section: 1, field: 1 },
                change: FieldChange::Max(Some("100.000".into())),
            },
            Edit::SetField {
                at: FieldAt { section: 1, field: 1 },
                change: FieldChange::Print(Some("Tổng số hồ sơ đã tiếp nhận: {}".into())),
            },
            Edit::SetField {
                at: FieldAt { section: 1, field: 1 },
                change: FieldChange::Heading(Some("a) Hệ thống một cửa điện tử".into())),
            },
            Edit::SetField {
                at: FieldAt { section: 1, field: 1 },
                change: FieldChange::Help(Some("Số liệu trên Hệ thống thông tin giải quyết TTHC".into())),
            },
            Edit::AddField {
                section: 3,
                kind: FieldKind::Decimal,
                label: "Diện tích".into(),
            },
            Edit::SetField {
                at: FieldAt { section: 3, field: 1 },
                change: FieldChange::MaxDecimals(Some(2)),
            },
            Edit::SetField {
                at: FieldAt { section: 3, field: 1 },
                change: FieldChange::Kind(FieldKind::Status),
            },
            Edit::SetField {
                at: FieldAt { section: 3, field: 1 },
                change: FieldChange::Kind(FieldKind::Table),
            },
            Edit::SetColumn {
                table: FieldAt { section: 3, field: 1 },
                column: 0,
                change: FieldChange::Kind(FieldKind::Count),
            },
            Edit::AddColumn {
                table: FieldAt { section: 3, field: 1 },
                kind: FieldKind::Text,
                label: "Ghi chú".into(),
            },
            Edit::RemoveColumn {
                table: FieldAt { section: 3, field: 1 },
                column: 0,
            },
            Edit::MoveField {
                section: 1,
                from: 4,
                to: 1,
            },
            Edit::AddRule(NewRule::AtMost {
                part: "kinh-phi-giai-ngan".into(),
                whole: "kinh-phi-phan-bo".into(),
            }),
            Edit::AddRule(NewRule::Same {
                fields: vec!["tong-so-ho-so".into(), "ho-so-truc-tuyen".into()],
            }),
            Edit::RemoveRule(3),
            Edit::RemoveField(FieldAt { section: 3, field: 1 }),
            Edit::RemoveSection(4),
        ],
    );
    assert_eq!(spec.name, "Báo cáo quý III");
    assert_eq!(spec.frame_defaults["trich-yeu"], "Kết quả chuyển đổi số quý III");
    assert_eq!(spec.sections[2].fields[2].choices, vec!["Đáp ứng", "Chưa đáp ứng"]);
    assert_eq!(spec.sections[3].group.as_deref(), Some("II. ĐÁNH GIÁ"));
    assert!(spec.sections[4].appendix);
    assert_eq!(spec.rules.len(), 3);
    // A fraction's halves in a rule, named the way the officer picked them.
    let spec = build(
        spec,
        &[
            Edit::AddField {
                section: 0,
                kind: FieldKind::Fraction,
                label: "Số thôn có sóng 4G".into(),
            },
            Edit::AddRule(NewRule::AtMost {
                part: "so-thon-co-song-4g.num".into(),
                whole: "so-thon-co-song-4g.den".into(),
            }),
        ],
    );
    assert_eq!(
        rule_name(&spec, spec.rules.last().unwrap()),
        "Số thôn có sóng 4G (tử số) ≤ Số thôn có sóng 4G (mẫu số)"
    );
    // A new version keeps the id; a copy gets a new one.
    assert_eq!(next_version(&spec).version, spec.version + 1);
    assert_eq!(next_version(&spec).id, spec.id);
    let copy = copy_as_new(&spec, "Báo cáo quý IV");
    assert_eq!((copy.id.as_str(), copy.version), ("bao-cao-quy-iv", 1));
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn impossible_edits_are_refused_with_the_reason() {
    let cat = catalogue();
    let spec = small_template();
    let refuse = |e: Edit| match apply(&spec, &e, &cat) {
        Ok(_) => panic!("{e:?} was accepted"),
        Err(m) => m,
    };
    assert_eq!(
        refuse(Edit::RemoveField(FieldAt { section: 1, field: 2 })),
        "“Hồ sơ trực tuyến” đang được dùng trong quy tắc “Hồ sơ trực tuyến + Hồ sơ trực tiếp = Tổng số hồ sơ”: xoá quy tắc đó trước."
    );
    assert!(refuse(Edit::RemoveSection(1)).contains("đang được dùng trong quy tắc"));
    assert_eq!(refuse(Edit::RemoveSection(7)), "Không có mục thứ 8 trong mẫu.");
    assert_eq!(
        refuse(Edit::AddIndicator {
            section: 0,
            indicator: "khong-co".into()
        }),
        "Chỉ tiêu “khong-co” không có trong danh mục chỉ tiêu."
    );
    assert_eq!(
        refuse(Edit::AddColumn {
            table: FieldAt { section: 1, field: 1 },
            kind: FieldKind::Text,
            label: "x".into()
        }),
        "“Tổng số hồ sơ” không phải là bảng."
    );
    let one_column = apply(
        &spec,
        &Edit::AddField {
            section: 2,
            kind: FieldKind::Table,
            label: "Danh sách".into(),
        },
        &cat,
    )
    .unwrap();
    assert_eq!(
        apply(
            &one_column,
            &Edit::RemoveColumn {
                table: FieldAt { section: 2, field: 3 },
                column: 0
            },
            &cat
        )
        .unwrap_err(),
        "Bảng phải có ít nhất một cột: thêm cột khác trước khi xoá cột này."
    );
    assert!(refuse(Edit::SetFrameDefault {
        key: "khong-co".into(),
        value: "x".into()
    })
    .contains("không phải là trường của phần thể thức"));
    assert!(refuse(Edit::AddOutline("chỉ là lời dẫn".into())).starts_with("Không thấy đề mục nào"));
    // Refused edits change nothing: the caller keeps `spec`.
}

/// What the officer types may be wrong: the loader's Vietnamese message, placed on the part.
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn wrong_input_gets_the_loaders_message_on_its_field_or_rule() {
    let cat = catalogue();
    let spec = small_template();
    let at = FieldAt { section: 1, field: 1 };
    let errors_after = |e: Edit| {
        let next = apply(&spec, &e, &cat).unwrap();
        let errors = check(&next, &cat).unwrap_err();
        errors
            .iter()
            .map(|x| (place_of(&next, x), x.message.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        errors_after(Edit::SetField {
            at,
            change: FieldChange::Label(" ".into())
        }),
        vec![(Place::Field(at), "Thiếu nhãn (label) của trường.".to_string())]
    );
    let min = errors_after(Edit::SetField {
        at,
        change: FieldChange::Min(Some("mười".into())),
    });
    assert_eq!(min.len(), 1);
    assert_eq!(min[0].0, Place::Field(at));
    assert!(
        min[0].1.starts_with("Giới hạn “min” = “mười” không đọc được"),
        "{}",
        min[0].1
    );
    assert_eq!(
        errors_after(Edit::SetField {
            at,
            change: FieldChange::Print(Some("Đã tiếp nhận hồ sơ".into()))
        }),
        vec![(
            Place::Field(at),
            "Mẫu in (print) phải chứa {} ở chỗ đặt giá trị.".to_string()
        )]
    );
    // A figure in a rule turned into text: the rule says so.
    assert_eq!(
        errors_after(Edit::SetField {
            at,
            change: FieldChange::Kind(FieldKind::Text)
        }),
        vec![
            (
                Place::Rule(0),
                "“tong-so-ho-so” không phải là trường số nên không dùng được trong quy tắc này.".to_string()
            ),
            (
                Place::Rule(1),
                "“tong-so-ho-so” không phải là trường số nên không dùng được trong quy tắc này.".to_string()
            ),
        ]
    );
    // The editor shows labels, never ids.
    let next = apply(
        &spec,
        &Edit::SetField {
            at,
            change: FieldChange::Kind(FieldKind::Text),
        },
        &cat,
    )
    .unwrap();
    let first = &check(&next, &cat).unwrap_err()[0];
    assert_eq!(
        readable(&next, &first.message),
        "“Tổng số hồ sơ” không phải là trường số nên không dùng được trong quy tắc này."
    );
    let unit = errors_after(Edit::SetField {
        at,
        change: FieldChange::Unit(Some("cái".into())),
    });
    assert_eq!(unit[0].0, Place::Field(at));
    assert!(unit[0].1.starts_with("Đơn vị “cái” không dùng được"), "{}", unit[0].1);
}

/// Every built-in template, read as a spec, edited and written back, still loads; published
/// files pass the JSON Schema and the catalogue cross-checks of tests/schema/check_templates.py.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn published_files_pass_the_template_schema() {
    use bccds_core::builtin::TEMPLATE_FILES;
    use bccds_core::editor::template_file;
    use std::process::Command;
    let cat = catalogue();
    let dir = std::env::temp_dir().join(format!("bccds-editor-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut files = vec![dir.join("mau-quy.json")];
    std::fs::write(&files[0], template_file(&small_template())).unwrap();
    for (name, json) in TEMPLATE_FILES {
        let spec: TemplateSpec = serde_json::from_str(json).unwrap();
        let spec = next_version(&apply(&spec, &Edit::AddOutline("Phụ lục: Biểu số liệu".into()), &cat).unwrap());
        check(&spec, &cat).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        let path = dir.join(name);
        std::fs::write(&path, template_file(&spec)).unwrap();
        files.push(path);
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let out = Command::new("python3")
        .arg(root.join("tests/schema/check_templates.py"))
        .args(&files)
        .current_dir(&root)
        .output()
        .expect("python3 runs");
    std::fs::remove_dir_all(&dir).ok();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("6 passed, 0 failed"), "{stdout}");
}
