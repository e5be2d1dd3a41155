//! What a file the user picked is, so a wrong pick gets a plain message ("this is a PDF")
//! instead of a JSON parser's words.

use bccds_core::json_peek::Json;

/// What a picked file holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileKind {
    Empty,
    Pdf,
    /// Word, Excel or another zip-based file.
    Office,
    /// A report exported by the app (JSON or HTML with the data block).
    Report,
    /// A report template (JSON with sections); its name when it has one.
    Template(String),
    /// Some other HTML page.
    OtherHtml,
    /// JSON that is neither.
    OtherJson,
    /// Plain text.
    Text,
}

pub fn classify(text: &str) -> FileKind {
    let t = text.trim_start_matches('\u{feff}').trim_start();
    if t.is_empty() {
        return FileKind::Empty;
    }
    if t.starts_with("%PDF") {
        return FileKind::Pdf;
    }
    if t.starts_with("PK\u{3}\u{4}") || t.starts_with("\u{fffd}\u{fffd}\u{11}\u{fffd}") {
        return FileKind::Office;
    }
    if t.starts_with('<') {
        return if t.contains(bccds_core::export::HTML_DATA_ID) {
            FileKind::Report
        } else {
            FileKind::OtherHtml
        };
    }
    if !t.starts_with('{') {
        return FileKind::Text;
    }
    let Ok(Json::Object(obj)) = serde_json::from_str::<Json>(t) else {
        // Broken JSON: the importer says where.
        return FileKind::OtherJson;
    };
    if obj.contains_key("sections") {
        let name = obj.get("name").and_then(Json::as_str).unwrap_or_default();
        return FileKind::Template(name.to_string());
    }
    if obj.contains_key("report") || obj.contains_key("template_id") {
        return FileKind::Report;
    }
    FileKind::OtherJson
}

/// Why `kind` cannot be opened as a report; `None` when the importer should try it.
pub fn not_a_report(name: &str, kind: &FileKind) -> Option<String> {
    let what = match kind {
        FileKind::Report | FileKind::OtherJson => return None,
        FileKind::Template(t) if t.is_empty() => {
            format!("Tệp “{name}” là một mẫu báo cáo, không phải báo cáo đã xuất. Muốn dùng mẫu này, hãy chọn tệp ở ô “Nạp mẫu báo cáo mới”.")
        }
        FileKind::Template(t) => format!(
            "Tệp “{name}” là mẫu báo cáo “{t}”, không phải báo cáo đã xuất. Muốn dùng mẫu này, hãy chọn tệp ở ô “Nạp mẫu báo cáo mới”."
        ),
        other => format!("Tệp “{name}” {}", plain_kind(other)),
    };
    Some(match kind {
        FileKind::Template(_) => what,
        _ => format!("{what} Hãy chọn tệp .json hoặc .html đã xuất từ ứng dụng này."),
    })
}

/// Why `kind` cannot be loaded as a catalogue of documents; `None` when its reader should try it.
pub fn not_a_document_catalogue(name: &str, kind: &FileKind) -> Option<String> {
    match kind {
        FileKind::OtherJson => None,
        FileKind::Report => Some(format!(
            "Tệp “{name}” là một báo cáo đã xuất, không phải danh mục văn bản. Muốn mở báo cáo này, hãy chọn tệp ở ô “Mở báo cáo đã xuất”."
        )),
        FileKind::Template(_) => Some(format!(
            "Tệp “{name}” là một mẫu báo cáo, không phải danh mục văn bản. Muốn dùng mẫu này, hãy chọn tệp ở ô “Nạp mẫu báo cáo mới”."
        )),
        other => Some(format!(
            "Tệp “{name}” {} Danh mục văn bản là tệp .json (như templates/documents.json).",
            plain_kind(other)
        )),
    }
}

/// Why `kind` cannot be loaded as a template; `None` when the template loader should try it.
pub fn not_a_template(name: &str, kind: &FileKind) -> Option<String> {
    match kind {
        FileKind::Template(_) | FileKind::OtherJson => None,
        FileKind::Report => Some(format!(
            "Tệp “{name}” là một báo cáo đã xuất, không phải mẫu báo cáo. Muốn mở báo cáo này, hãy chọn tệp ở ô “Mở báo cáo đã xuất”."
        )),
        other => Some(format!(
            "Tệp “{name}” {} Mẫu báo cáo là tệp .json do Sở cung cấp.",
            plain_kind(other)
        )),
    }
}

fn plain_kind(kind: &FileKind) -> &'static str {
    match kind {
        FileKind::Empty => "rỗng, không có nội dung.",
        FileKind::Pdf => "là tệp PDF; ứng dụng không đọc được nội dung PDF.",
        FileKind::Office => "là tệp Word, Excel hoặc tệp nén; ứng dụng không đọc được loại tệp này.",
        FileKind::OtherHtml => "là một trang HTML không do ứng dụng này xuất ra (không có dữ liệu báo cáo).",
        FileKind::Text => "là tệp văn bản thường, không phải tệp dữ liệu của ứng dụng.",
        FileKind::Report | FileKind::Template(_) | FileKind::OtherJson => "không đúng loại.",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_files_apart() {
        assert_eq!(classify("%PDF-1.7\n%âãÏÓ"), FileKind::Pdf);
        assert_eq!(classify("PK\u{3}\u{4}\u{14}\0"), FileKind::Office);
        assert_eq!(classify("  \n"), FileKind::Empty);
        assert_eq!(classify("Báo cáo số 12/BC-UBND"), FileKind::Text);
        assert_eq!(classify("<!doctype html><p>x</p>"), FileKind::OtherHtml);
        let template = include_str!("../../templates/cds-6-thang.json");
        assert!(matches!(classify(template), FileKind::Template(n) if n.starts_with("Kết quả chuyển đổi số 6 tháng")));
        assert_eq!(
            classify(include_str!("../../tests/fixtures/seed-000.json")),
            FileKind::Report
        );
        assert_eq!(classify("{\"a\": 1}"), FileKind::OtherJson);
    }

    #[test]
    fn wrong_picks_say_what_the_file_is_and_what_was_expected() {
        let t = classify(include_str!("../../templates/cds-6-thang.json"));
        let m = not_a_report("mau.json", &t).expect("a template is not a report");
        assert!(
            m.starts_with("Tệp “mau.json” là mẫu báo cáo “Kết quả chuyển đổi số 6 tháng"),
            "{m}"
        );
        assert!(m.contains("Nạp mẫu báo cáo mới"), "{m}");
        assert_eq!(
            not_a_template("bao-cao.json", &FileKind::Report).as_deref(),
            Some("Tệp “bao-cao.json” là một báo cáo đã xuất, không phải mẫu báo cáo. Muốn mở báo cáo này, hãy chọn tệp ở ô “Mở báo cáo đã xuất”.")
        );
        assert_eq!(
            not_a_report("scan.pdf", &FileKind::Pdf).as_deref(),
            Some("Tệp “scan.pdf” là tệp PDF; ứng dụng không đọc được nội dung PDF. Hãy chọn tệp .json hoặc .html đã xuất từ ứng dụng này.")
        );
        assert!(not_a_template("ghi-chu.txt", &FileKind::Text)
            .unwrap()
            .ends_with("Mẫu báo cáo là tệp .json do Sở cung cấp."));
        assert_eq!(not_a_report("x.json", &FileKind::Report), None);
        assert_eq!(not_a_template("x.json", &FileKind::OtherJson), None);
        assert_eq!(
            not_a_document_catalogue("seed.json", &FileKind::Report).as_deref(),
            Some("Tệp “seed.json” là một báo cáo đã xuất, không phải danh mục văn bản. Muốn mở báo cáo này, hãy chọn tệp ở ô “Mở báo cáo đã xuất”.")
        );
        let documents = classify(include_str!("../../templates/documents.json"));
        assert_eq!(not_a_document_catalogue("documents.json", &documents), None);
    }
}
