//! The report as a file (tệp báo cáo): JSON export and import, versioned, with migrations,
//! and extraction of the data embedded in an exported HTML document.
//!
//! Export format 1 is an envelope (documented by `schemas/report.schema.json`):
//! `{ format: 1, kind: "bao-cao-chuyen-doi-so", exported_at, template: {id, version, name},
//!   report, findings }`. Drafts kept in browser storage are bare [`Report`] objects; they are
//! read as "format 0" and migrated into the envelope.

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::json_peek::Json;
use crate::report::{Report, REPORT_FORMAT};
use crate::template::{frame_ids, Template};
use crate::validate::Finding;

/// Version of the export envelope this build writes and the newest it reads.
pub const EXPORT_FORMAT: u32 = 1;
/// The `kind` of every export file.
pub const EXPORT_KIND: &str = "bao-cao-chuyen-doi-so";
/// `id` of the `<script type="application/json">` block carrying the data in an exported HTML.
pub const HTML_DATA_ID: &str = "bao-cao-du-lieu";

/// Which template a report was written with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateRef {
    pub id: String,
    pub version: u32,
    pub name: String,
}

/// The export file (tệp xuất): the report, its template and the findings at export time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportFile {
    /// [`EXPORT_FORMAT`].
    pub format: u32,
    /// Always [`EXPORT_KIND`].
    pub kind: String,
    /// ISO 8601 time of export, given by the caller (the core has no clock); "" when unknown.
    pub exported_at: String,
    pub template: TemplateRef,
    pub report: Report,
    pub findings: Vec<Finding>,
}

impl ExportFile {
    pub fn new(template: &Template, report: &Report, findings: &[Finding], exported_at: &str) -> ExportFile {
        ExportFile {
            format: EXPORT_FORMAT,
            kind: EXPORT_KIND.to_string(),
            exported_at: exported_at.to_string(),
            template: TemplateRef {
                id: template.id.clone(),
                version: template.version,
                name: template.name.clone(),
            },
            report: {
                // The file is for other programs too: text in NFC whatever the keyboard produced.
                let mut r = report.clone();
                crate::text::normalize_report(&mut r);
                // The previous period's figures belong to the draft: the file names its predecessor only.
                if let Some(p) = r.predecessor.as_mut() {
                    p.figures.clear();
                }
                r
            },
            findings: findings.to_vec(),
        }
    }

    /// Pretty JSON (2-space indentation).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("export file serialises")
    }
}

/// Why a file could not be opened. [`ImportError::message`] says it in Vietnamese.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Nothing in the file.
    Empty,
    /// Not valid JSON; 1-based line and character column, and what is wrong (Vietnamese).
    Syntax { line: usize, column: usize, reason: String },
    /// Valid JSON, but not a report (another program's file).
    NotAReport,
    /// An envelope of another kind.
    WrongKind { kind: String },
    /// Written by a newer version of the app.
    TooNew { format: u64, supported: u32 },
    /// JSON shaped like a report but with a wrong or missing part: 1-based line and character
    /// column, and what is wrong (Vietnamese).
    Structure { line: usize, column: usize, detail: String },
    /// An HTML file without the embedded data block.
    HtmlWithoutData,
}

impl ImportError {
    pub fn message(&self) -> String {
        match self {
            ImportError::Empty => "Tệp rỗng, không có nội dung báo cáo.".into(),
            ImportError::Syntax { line, column, reason } => format!(
                "Tệp JSON bị lỗi cú pháp ở dòng {line}, cột {column}: {reason}. Tệp có thể bị cắt ngắn hoặc bị sửa tay; hãy mở bản xuất gốc."
            ),
            ImportError::NotAReport => "Tệp này không phải báo cáo chuyển đổi số. Hãy chọn tệp .json hoặc .html được xuất từ ứng dụng này.".into(),
            ImportError::WrongKind { kind } => format!(
                "Tệp này chứa “{kind}”, không phải báo cáo chuyển đổi số. Hãy chọn tệp .json hoặc .html được xuất từ ứng dụng này."
            ),
            ImportError::TooNew { format, supported } => format!(
                "Tệp được tạo bởi phiên bản mới hơn của ứng dụng (định dạng {format}; phiên bản này đọc được đến định dạng {supported}). Hãy tải lại trang hoặc dùng phiên bản mới nhất của ứng dụng để mở tệp."
            ),
            ImportError::Structure { line: 0, .. } => {
                "Tệp có dạng báo cáo nhưng thiếu hoặc sai một phần dữ liệu, không mở được. Hãy mở bản xuất gốc.".into()
            }
            ImportError::Structure { line, column, detail } => format!(
                "Tệp có dạng báo cáo nhưng dữ liệu ở dòng {line}, cột {column} bị thiếu hoặc sai ({detail}), không mở được. Hãy mở bản xuất gốc."
            ),
            ImportError::HtmlWithoutData => format!(
                "Tệp HTML này không chứa dữ liệu báo cáo (không có khối “{HTML_DATA_ID}”). Chỉ mở lại được tệp HTML do ứng dụng này xuất ra."
            ),
        }
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for ImportError {}

/// The JSON export: the envelope, pretty-printed.
pub fn export_json(template: &Template, report: &Report, findings: &[Finding], exported_at: &str) -> String {
    ExportFile::new(template, report, findings, exported_at).to_json()
}

/// Opens a file the user chose: a JSON export, an exported HTML document, or a bare report
/// (a draft, "format 0"). Returns the report in its current form.
pub fn import_file(text: &str) -> Result<Report, ImportError> {
    read_file(text).map(|f| f.report)
}

/// Like [`import_file`], keeping the whole envelope (a bare report gets one with an empty
/// template name, no findings and an empty `exported_at`).
pub fn read_file(text: &str) -> Result<ExportFile, ImportError> {
    let t = text.trim_start_matches('\u{FEFF}').trim();
    if t.is_empty() {
        return Err(ImportError::Empty);
    }
    let mut file = if t.starts_with('<') {
        extract_from_html(t)?
    } else {
        read_json(t)?
    };
    // Decomposed text (some keyboards, copy-paste from PDF) is composed on the way in.
    crate::text::normalize_report(&mut file.report);
    Ok(file)
}

/// The export envelope embedded in an HTML document produced by [`crate::render`].
pub fn extract_from_html(html: &str) -> Result<ExportFile, ImportError> {
    let marker = format!("id=\"{HTML_DATA_ID}\"");
    let start = html.find(&marker).ok_or(ImportError::HtmlWithoutData)?;
    let after = &html[start + marker.len()..];
    let open_end = after.find('>').ok_or(ImportError::HtmlWithoutData)?;
    let body = &after[open_end + 1..];
    let end = body.find("</script").ok_or(ImportError::HtmlWithoutData)?;
    let json = body[..end].trim();
    if json.is_empty() {
        return Err(ImportError::HtmlWithoutData);
    }
    read_json(json)
}

fn read_json(json: &str) -> Result<ExportFile, ImportError> {
    let value: Json = serde_json::from_str(json).map_err(|e| {
        let (line, column) = crate::json_error::position(json, &e);
        ImportError::Syntax {
            line,
            column,
            reason: crate::json_error::syntax_message(&e),
        }
    })?;
    let Json::Object(obj) = &value else {
        return Err(ImportError::NotAReport);
    };
    if obj.contains_key("report") || obj.contains_key("kind") {
        if let Some(kind) = obj.get("kind") {
            match kind.as_str() {
                Some(EXPORT_KIND) => {}
                Some(other) => {
                    return Err(ImportError::WrongKind {
                        kind: other.to_string(),
                    })
                }
                // A "kind" that is not even text: no name worth quoting to the user.
                None => return Err(ImportError::NotAReport),
            }
        }
        let format = obj
            .get("format")
            .and_then(Json::as_u64)
            .ok_or(ImportError::NotAReport)?;
        if format > u64::from(EXPORT_FORMAT) {
            return Err(ImportError::TooNew {
                format,
                supported: EXPORT_FORMAT,
            });
        }
        if format == 0 {
            return Err(ImportError::NotAReport);
        }
        check_report_format(obj.get("report"))?;
        // Parse from the text (not the value) so structural errors keep their position.
        let file: ExportFile = serde_json::from_str(json).map_err(|e| structure(json, e))?;
        return Ok(file);
    }
    if obj.contains_key("template_id") && obj.contains_key("values") {
        return migrate_bare_report(&value, json);
    }
    Err(ImportError::NotAReport)
}

fn check_report_format(report: Option<&Json>) -> Result<(), ImportError> {
    if let Some(f) = report.and_then(|r| r.get("format")).and_then(Json::as_u64) {
        if f > u64::from(REPORT_FORMAT) {
            return Err(ImportError::TooNew {
                format: f,
                supported: REPORT_FORMAT,
            });
        }
    }
    Ok(())
}

fn structure(json: &str, e: serde_json::Error) -> ImportError {
    let (line, column) = crate::json_error::position(json, &e);
    ImportError::Structure {
        line,
        column,
        detail: crate::json_error::structure_message(&e),
    }
}

/// Format 0 (a bare report, as drafts are stored) → format 1.
/// `value` is `json` read for a first look (an object).
fn migrate_bare_report(value: &Json, json: &str) -> Result<ExportFile, ImportError> {
    check_report_format(Some(value))?;
    // Early drafts carried no format or id: written in front of the object's first member (the text
    // starts with `{` after JSON white space, or it would not have read as an object).
    let members = json.trim_start().strip_prefix('{').ok_or(ImportError::NotAReport)?;
    let mut text = String::with_capacity(json.len() + 24);
    text.push('{');
    if value.get("format").is_none() {
        text.push_str(&format!("\"format\":{REPORT_FORMAT},"));
    }
    if value.get("id").is_none() {
        text.push_str("\"id\":\"\",");
    }
    text.push_str(members);
    // Read from text like every other report (one deserializer of `Report` in the wasm). Positions in
    // this text would be off by what was added: none is given (line 0), as before.
    let report: Report = serde_json::from_str(&text).map_err(|e| ImportError::Structure {
        line: 0,
        column: 0,
        detail: crate::json_error::structure_message(&e),
    })?;
    Ok(ExportFile {
        format: EXPORT_FORMAT,
        kind: EXPORT_KIND.to_string(),
        exported_at: String::new(),
        template: TemplateRef {
            id: report.template_id.clone(),
            version: report.template_version,
            name: String::new(),
        },
        report,
        findings: Vec::new(),
    })
}

/// A file name like `bao-cao-cds-nam-2025-xa-dak-long.json`: "bao-cao", the template id,
/// the year of the report's date and the unit's place, ASCII only (Vietnamese diacritics
/// removed, đ → d). Never empty: at least `bao-cao.<ext>`.
pub fn file_name(template: &Template, report: &Report, ext: &str) -> String {
    let mut parts: Vec<String> = vec!["bao-cao".into()];
    let id = slug(&template.id);
    let id = id.strip_prefix("bao-cao-").map(str::to_string).unwrap_or(id);
    if !id.is_empty() && id != "bao-cao" {
        parts.push(id);
    }
    if let Ok(date) = Date::parse(report.text(frame_ids::DATE)) {
        parts.push(date.year.to_string());
    }
    let place = slug(report.text(frame_ids::PLACE));
    if !place.is_empty() {
        // "xa-dak-long" / "phuong-…" when the issuing body names the unit's kind.
        let body = slug(report.text(frame_ids::ISSUING_BODY));
        let unit = ["xa", "phuong", "thi-tran", "dac-khu"]
            .into_iter()
            .find(|u| body.ends_with(&format!("{u}-{place}")) && !place.starts_with(&format!("{u}-")));
        if let Some(u) = unit {
            parts.push(u.to_string());
        }
        parts.push(place);
    }
    let ext: String = ext
        .trim_start_matches('.')
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    let stem = parts.join("-");
    if ext.is_empty() {
        stem
    } else {
        format!("{stem}.{}", ext.to_ascii_lowercase())
    }
}

/// Lower-case ASCII slug: Vietnamese letters without diacritics (đ → d), other characters
/// become single hyphens, no leading or trailing hyphen.
pub fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut hyphen = false;
    for c in text.chars().flat_map(crate::text::lower_char) {
        if ('\u{300}'..='\u{36f}').contains(&c) {
            continue; // combining marks (text typed in decomposed form)
        }
        match base_letter(c) {
            Some(b) => {
                if hyphen && !out.is_empty() {
                    out.push('-');
                }
                hyphen = false;
                out.push(b);
            }
            None => hyphen = true,
        }
    }
    out
}

fn base_letter(c: char) -> Option<char> {
    let b = crate::text::without_marks(c);
    b.is_ascii_alphanumeric().then(|| b.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_remove_vietnamese_diacritics() {
        assert_eq!(slug("Đăk Long"), "dak-long");
        assert_eq!(slug("ỦY BAN NHÂN DÂN XÃ TỊNH KHÊ"), "uy-ban-nhan-dan-xa-tinh-khe");
        assert_eq!(slug("  Minh  Long!! "), "minh-long");
        assert_eq!(slug("Nghĩa Hành – Phường 2"), "nghia-hanh-phuong-2");
        // Decomposed input (e + combining acute).
        assert_eq!(slug("Tie\u{301}n"), "tien");
        assert_eq!(slug("<script>"), "script");
        assert_eq!(slug("—"), "");
    }

    #[test]
    fn messages_are_vietnamese() {
        assert!(ImportError::TooNew {
            format: 2,
            supported: 1
        }
        .message()
        .starts_with("Tệp được tạo bởi phiên bản mới hơn"));
        assert!(ImportError::Syntax {
            line: 3,
            column: 7,
            reason: "thiếu dấu hai chấm “:” sau tên trường".into()
        }
        .message()
        .contains("dòng 3, cột 7: thiếu dấu hai chấm “:” sau tên trường."));
    }
}
