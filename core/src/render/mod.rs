//! The printable document (văn bản in): one self-contained HTML5 file laid out as a
//! Vietnamese administrative report per Nghị định 30/2020/NĐ-CP, Phụ lục I — the HTML writer
//! of the [`crate::document`] model.
//!
//! - inline CSS only, no scripts, no external requests (a Content-Security-Policy says so);
//! - every user-typed character goes through [`escape_html`];
//! - the export envelope ([`crate::export::ExportFile`]) is embedded as
//!   `<script type="application/json" id="bao-cao-du-lieu">` so the app can re-open the file
//!   ([`crate::export::extract_from_html`]).
//!
//! Which findings are printed is the caller's choice ([`RenderOptions`]): open findings
//! (errors and warnings not accepted) appear in a clearly marked block only when
//! [`RenderOptions::open_findings`] is set — the review page shows them, the final print does
//! not; accepted warnings and their reasons only in the copy with review notes
//! ("bản kèm ghi chú kiểm tra", [`RenderOptions::review_notes`]).

mod escape;
mod html;
mod style;

pub use escape::{escape_html, json_for_script, push_escaped};

use crate::document::{build_document, Contents};
use crate::export::{ExportFile, HTML_DATA_ID};
use crate::report::Report;
use crate::template::Template;
use crate::validate::Finding;

/// What goes into the printed document besides the report itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderOptions {
    /// Print the open findings (errors and warnings not accepted) in a marked block at the end.
    pub open_findings: bool,
    /// Print the accepted warnings and their reasons ("bản kèm ghi chú kiểm tra").
    pub review_notes: bool,
    /// ISO 8601 time written into the embedded data (`exported_at`); "" when unknown.
    pub exported_at: String,
}

impl Default for RenderOptions {
    /// The review view: open findings shown, no export time.
    fn default() -> Self {
        RenderOptions {
            open_findings: true,
            review_notes: false,
            exported_at: String::new(),
        }
    }
}

impl RenderOptions {
    /// The file the user downloads to print and send: open findings left out.
    pub fn final_print(exported_at: &str) -> Self {
        RenderOptions {
            open_findings: false,
            review_notes: false,
            exported_at: exported_at.to_string(),
        }
    }

    /// The copy with review notes (bản kèm ghi chú kiểm tra): the final print plus the
    /// accepted warnings and their reasons.
    pub fn with_review_notes(exported_at: &str) -> Self {
        RenderOptions {
            review_notes: true,
            ..RenderOptions::final_print(exported_at)
        }
    }

    /// What the document model includes.
    pub fn contents(&self) -> Contents {
        Contents {
            open_findings: self.open_findings,
            review_notes: self.review_notes,
        }
    }
}

/// The document as the review page shows it ([`RenderOptions::default`]: open findings listed).
pub fn render_document(template: &Template, report: &Report, findings: &[Finding]) -> String {
    render_document_with(template, report, findings, &RenderOptions::default())
}

/// The document with explicit options.
pub fn render_document_with(
    template: &Template,
    report: &Report,
    findings: &[Finding],
    options: &RenderOptions,
) -> String {
    let doc = build_document(template, report, findings, options.contents());
    let mut out = String::with_capacity(16 * 1024);
    out.push_str("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<title>");
    push_escaped(&mut out, &doc.file_title);
    out.push_str("</title>\n<style>\n");
    out.push_str(style::CSS);
    out.push_str("</style>\n");
    let data = ExportFile::new(template, report, findings, &options.exported_at).to_json();
    out.push_str("<script type=\"application/json\" id=\"");
    out.push_str(HTML_DATA_ID);
    out.push_str("\">\n");
    out.push_str(&json_for_script(&data));
    out.push_str("\n</script>\n</head>\n<body>\n<main class=\"trang\">\n");
    html::write(&mut out, &doc);
    out.push_str("</main>\n</body>\n</html>\n");
    out
}
