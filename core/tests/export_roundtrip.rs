//! JSON export and import: the envelope, round trips, drafts (format 0), refusals with
//! Vietnamese messages, file names.
//! Native only: it reads files from disk or runs property tests.

#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

use bccds_core::builtin::catalogue;
use bccds_core::export::{
    export_json, extract_from_html, file_name, import_file, read_file, ExportFile, ImportError, EXPORT_FORMAT,
};
use bccds_core::render::render_document;
use bccds_core::report::{Profile, Report, Value};
use bccds_core::template::{load_template, Template};
use bccds_core::validate::validate;

const TEMPLATE: &str = r#"{
  "format": 1, "id": "cds-nam", "version": 3, "name": "Báo cáo chuyển đổi số năm", "description": "Mẫu nhỏ",
  "sections": [
    { "id": "mot-cua", "title": "1. Một cửa", "fields": [
      { "id": "hs-tong", "indicator": "ho-so-tiep-nhan", "required": true },
      { "id": "hs-truc-tuyen", "indicator": "ho-so-truc-tuyen" },
      { "id": "ha-tang", "kind": "status", "label": "Hạ tầng", "choices": ["Đáp ứng", "Chưa đáp ứng"] }
    ]}
  ],
  "rules": [{ "id": "hs", "kind": "at_most", "part": "hs-truc-tuyen", "whole": "hs-tong" }]
}"#;

fn sample() -> (Template, Report) {
    let t = load_template(TEMPLATE, &catalogue()).unwrap();
    let mut r = Report::new("nhap-1", &t, &Profile::default());
    for (k, v) in [
        ("co-quan-ban-hanh", "ỦY BAN NHÂN DÂN XÃ ĐĂK LONG"),
        ("dia-danh", "Đăk Long"),
        ("ngay", "05/11/2025"),
        ("hs-tong", "1.686"),
        ("hs-truc-tuyen", "1.691"),
        ("nguoi-ky", "Nguyễn Văn \"Bình\" <b>"),
    ] {
        r.values.insert(k.into(), Value::Text(v.into()));
    }
    r.values.insert(
        "ha-tang".into(),
        Value::Status {
            choice: "Đáp ứng".into(),
            note: "".into(),
        },
    );
    r.accepted.insert("khong-co".into(), "lý do\ncó xuống dòng".into());
    (t, r)
}

#[test]
fn envelope_has_the_documented_shape() {
    let (t, r) = sample();
    let findings = validate(&t, &r);
    let json = export_json(&t, &r, &findings, "2025-11-05T08:00:00Z");
    assert!(json.starts_with("{\n  \"format\": 1,\n  \"kind\": \"bao-cao-chuyen-doi-so\",\n  \"exported_at\": \"2025-11-05T08:00:00Z\",\n  \"template\": {\n    \"id\": \"cds-nam\",\n    \"version\": 3,\n    \"name\": \"Báo cáo chuyển đổi số năm\"\n  },"));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["report"]["template_id"], "cds-nam");
    assert_eq!(v["report"]["values"]["hs-tong"], "1.686");
    assert_eq!(v["report"]["values"]["ha-tang"]["choice"], "Đáp ứng");
    let keys: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["key"].as_str().unwrap())
        .collect();
    assert!(keys.contains(&"hs"), "{keys:?}");
    assert_eq!(EXPORT_FORMAT, 1);
}

#[test]
fn json_and_html_round_trips_are_lossless() {
    let (t, r) = sample();
    let findings = validate(&t, &r);
    let json = export_json(&t, &r, &findings, "2025-11-05T08:00:00Z");
    assert_eq!(import_file(&json).unwrap(), r);
    let file = read_file(&json).unwrap();
    assert_eq!(file.findings, findings);
    assert_eq!(file.template.version, 3);
    let html = render_document(&t, &r, &findings);
    assert_eq!(import_file(&html).unwrap(), r);
    assert_eq!(extract_from_html(&html).unwrap().findings, findings);
    // A byte-order mark and surrounding blank lines do not matter.
    assert_eq!(import_file(&format!("\u{FEFF}\n{json}\n")).unwrap(), r);
}

#[test]
fn bare_report_is_format_0_and_migrates() {
    let (t, r) = sample();
    let draft = serde_json::to_string(&r).unwrap();
    assert_eq!(import_file(&draft).unwrap(), r);
    let file = read_file(&draft).unwrap();
    assert_eq!(file.format, 1);
    assert_eq!(file.kind, "bao-cao-chuyen-doi-so");
    assert_eq!((file.template.id.as_str(), file.template.version), ("cds-nam", 3));
    assert!(file.findings.is_empty());
    // An early draft without format and id.
    let old = r#"{"template_id": "cds-nam", "template_version": 1, "values": {"hs-tong": "12"}}"#;
    let migrated = import_file(old).unwrap();
    assert_eq!(migrated.format, 1);
    assert_eq!(migrated.id, "");
    assert_eq!(migrated.text("hs-tong"), "12");
    assert!(migrated.accepted.is_empty());
    let _ = t;
}

#[test]
fn newer_files_are_refused_in_vietnamese() {
    let (t, r) = sample();
    let json = export_json(&t, &r, &[], "");
    let newer = json.replacen("\"format\": 1", "\"format\": 2", 1);
    let e = import_file(&newer).unwrap_err();
    assert_eq!(
        e,
        ImportError::TooNew {
            format: 2,
            supported: 1
        }
    );
    assert!(
        e.message()
            .starts_with("Tệp được tạo bởi phiên bản mới hơn của ứng dụng (định dạng 2;"),
        "{}",
        e.message()
    );
    // A report of a newer format inside a current envelope.
    let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
    v["report"]["format"] = 7.into();
    let e = import_file(&v.to_string()).unwrap_err();
    assert_eq!(
        e,
        ImportError::TooNew {
            format: 7,
            supported: 1
        }
    );
    // A newer bare draft.
    let e = import_file(r#"{"format": 5, "template_id": "x", "template_version": 1, "values": {}}"#).unwrap_err();
    assert_eq!(
        e,
        ImportError::TooNew {
            format: 5,
            supported: 1
        }
    );
}

#[test]
fn malformed_files_get_precise_messages() {
    let e = import_file("{\n  \"format\": 1,\n  \"kind\" \"bao-cao-chuyen-doi-so\"\n}").unwrap_err();
    assert_eq!(
        e,
        ImportError::Syntax {
            line: 3,
            column: 10,
            reason: "thiếu dấu hai chấm “:” sau tên trường".into()
        }
    );
    assert_eq!(
        e.message(),
        "Tệp JSON bị lỗi cú pháp ở dòng 3, cột 10: thiếu dấu hai chấm “:” sau tên trường. Tệp có thể bị cắt ngắn hoặc bị sửa tay; hãy mở bản xuất gốc."
    );
    // Columns count characters, as an editor shows them, not bytes.
    let e = import_file(r#"{"kind": "báo cáo" "x"}"#).unwrap_err();
    assert!(
        e.message()
            .contains("dòng 1, cột 20: thiếu dấu phẩy “,” hoặc dấu đóng “}”."),
        "{e}"
    );
    // Truncated export.
    let (t, r) = sample();
    let json = export_json(&t, &r, &[], "");
    let cut = &json[..json.len() / 2];
    assert!(matches!(import_file(cut), Err(ImportError::Syntax { .. })));
    assert_eq!(import_file("  \n").unwrap_err(), ImportError::Empty);
    assert_eq!(import_file("[1, 2]").unwrap_err(), ImportError::NotAReport);
    assert_eq!(import_file(r#"{"name": "mẫu"}"#).unwrap_err(), ImportError::NotAReport);
    let e = import_file(r#"{"format": 1, "kind": "mau-bao-cao", "report": {}}"#).unwrap_err();
    assert_eq!(
        e,
        ImportError::WrongKind {
            kind: "mau-bao-cao".into()
        }
    );
    assert!(e.message().contains("“mau-bao-cao”, không phải báo cáo chuyển đổi số"));
    // A "kind" that is not text is not quoted (the first look keeps no text of it).
    for kind in ["5", "1.5", "true", "null", "{}", "[]"] {
        let file = format!(r#"{{"format": 1, "kind": {kind}, "report": {{}}}}"#);
        assert_eq!(import_file(&file).unwrap_err(), ImportError::NotAReport, "{file}");
    }
    // Right kind, wrong content: position of the problem.
    let bad = json.replacen("\"template_version\": 3", "\"template_version\": \"ba\"", 1);
    let e = import_file(&bad).unwrap_err();
    let ImportError::Structure { line, .. } = e else {
        panic!("{e:?}")
    };
    let expected_line = bad.lines().position(|l| l.contains("\"ba\"")).unwrap() + 1;
    assert_eq!(line, expected_line);
    assert!(e.message().contains(&format!("dòng {expected_line}")));
    assert!(e.message().contains("(sai kiểu: chuỗi"), "{e}");
}

#[test]
fn html_without_data_is_refused() {
    let e = import_file("<!DOCTYPE html><html lang=\"vi\"><body><p>Báo cáo</p></body></html>").unwrap_err();
    assert_eq!(e, ImportError::HtmlWithoutData);
    assert_eq!(
        e.message(),
        "Tệp HTML này không chứa dữ liệu báo cáo (không có khối “bao-cao-du-lieu”). Chỉ mở lại được tệp HTML do ứng dụng này xuất ra."
    );
    let e = extract_from_html("<script type=\"application/json\" id=\"bao-cao-du-lieu\"></script>").unwrap_err();
    assert_eq!(e, ImportError::HtmlWithoutData);
    let e = extract_from_html("<script type=\"application/json\" id=\"bao-cao-du-lieu\">{\"format\":</script>")
        .unwrap_err();
    assert!(matches!(e, ImportError::Syntax { line: 1, .. }));
}

#[test]
fn file_names_are_ascii_and_never_empty() {
    let (t, r) = sample();
    assert_eq!(file_name(&t, &r, "json"), "bao-cao-cds-nam-2025-xa-dak-long.json");
    assert_eq!(file_name(&t, &r, ".HTML"), "bao-cao-cds-nam-2025-xa-dak-long.html");
    let mut r2 = r.clone();
    r2.values.insert(
        "co-quan-ban-hanh".into(),
        Value::Text("ỦY BAN NHÂN DÂN PHƯỜNG TRƯƠNG QUANG TRỌNG".into()),
    );
    r2.values
        .insert("dia-danh".into(), Value::Text("Trương Quang Trọng".into()));
    r2.values.insert("ngay".into(), Value::Text("ngày mai".into()));
    assert_eq!(
        file_name(&t, &r2, "json"),
        "bao-cao-cds-nam-phuong-truong-quang-trong.json"
    );
    let empty = Report::new("x", &t, &Profile::default());
    assert_eq!(file_name(&t, &empty, "json"), "bao-cao-cds-nam.json");
    let mut t2 = t.clone();
    t2.id = "—".into();
    assert_eq!(file_name(&t2, &empty, "json"), "bao-cao.json");
    for name in [file_name(&t, &r, "json"), file_name(&t, &r2, "html")] {
        assert!(
            name.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.'),
            "{name}"
        );
    }
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn load_all_templates() -> Vec<Template> {
    let cat = catalogue();
    let mut out = Vec::new();
    for dir in ["templates", "tests/export"] {
        let Ok(rd) = std::fs::read_dir(repo_root().join(dir)) else {
            continue;
        };
        for p in rd.filter_map(|e| e.ok().map(|e| e.path())) {
            let n = p.file_name().unwrap().to_string_lossy().to_string();
            let wanted = if dir == "templates" {
                n.ends_with(".json") && n != "frame.json" && n != "indicators.json" && n != "documents.json"
            } else {
                n.ends_with("-template.json")
            };
            if wanted {
                out.push(
                    load_template(&std::fs::read_to_string(&p).unwrap(), &cat).unwrap_or_else(|e| panic!("{n}: {e:?}")),
                );
            }
        }
    }
    out
}

#[test]
fn every_fixture_round_trips_through_json() {
    let templates = load_all_templates();
    let mut files: Vec<PathBuf> = std::fs::read_dir(repo_root().join("tests/fixtures"))
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(files.iter().any(|p| p.ends_with("hostile.json")));
    for p in files {
        let name = p.display().to_string();
        let report =
            import_file(&std::fs::read_to_string(&p).unwrap()).unwrap_or_else(|e| panic!("{name}: {}", e.message()));
        let template = templates
            .iter()
            .find(|t| t.id == report.template_id)
            .unwrap_or_else(|| panic!("{name}: template"));
        let findings = validate(template, &report);
        let json = export_json(template, &report, &findings, "2025-11-05T08:00:00Z");
        let back: ExportFile = read_file(&json).unwrap();
        assert_eq!(back.report, report, "{name}");
        assert_eq!(back.findings, findings, "{name}");
        assert_eq!(back.template.id, template.id);
        let name = file_name(template, &report, "json");
        assert!(
            name.starts_with("bao-cao-") && name.ends_with(".json") && name.is_ascii(),
            "{name}"
        );
    }
}
