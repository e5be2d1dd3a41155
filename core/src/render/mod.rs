//! The printable document (văn bản in): one self-contained HTML5 file laid out as a
//! Vietnamese administrative report per Nghị định 30/2020/NĐ-CP, Phụ lục I.
//!
//! - inline CSS only, no scripts, no external requests (a Content-Security-Policy says so);
//! - every user-typed character goes through [`escape_html`];
//! - the export envelope ([`crate::export::ExportFile`]) is embedded as
//!   `<script type="application/json" id="bao-cao-du-lieu">` so the app can re-open the file
//!   ([`crate::export::extract_from_html`]).
//!
//! Which findings are printed is the caller's choice ([`RenderOptions`]): accepted warnings
//! and their reasons always appear in the "Ghi chú" notes at the end; open findings (errors
//! and warnings not accepted) appear in a clearly marked block only when
//! [`RenderOptions::open_findings`] is set — the review page shows them, the final print may not.

mod appendix;
mod body;
mod escape;
mod header;
mod notes;
mod signature;
mod style;

pub use escape::{escape_html, json_for_script, push_escaped};

use crate::export::{ExportFile, HTML_DATA_ID};
use crate::report::Report;
use crate::template::Template;
use crate::validate::Finding;

/// What goes into the printed document besides the report itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderOptions {
    /// Print the open findings (errors and warnings not accepted) in a marked block at the end.
    pub open_findings: bool,
    /// ISO 8601 time written into the embedded data (`exported_at`); "" when unknown.
    pub exported_at: String,
}

impl Default for RenderOptions {
    /// The review view: open findings shown, no export time.
    fn default() -> Self {
        RenderOptions {
            open_findings: true,
            exported_at: String::new(),
        }
    }
}

impl RenderOptions {
    /// The file the user downloads to print and send: open findings left out.
    pub fn final_print(exported_at: &str) -> Self {
        RenderOptions {
            open_findings: false,
            exported_at: exported_at.to_string(),
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
    let ctx = Ctx { template, report };
    let mut out = String::with_capacity(16 * 1024);
    out.push_str("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<title>");
    push_escaped(&mut out, &header::document_title(&ctx));
    out.push_str("</title>\n<style>\n");
    out.push_str(style::CSS);
    out.push_str("</style>\n");
    let data = ExportFile::new(template, report, findings, &options.exported_at).to_json();
    out.push_str("<script type=\"application/json\" id=\"");
    out.push_str(HTML_DATA_ID);
    out.push_str("\">\n");
    out.push_str(&json_for_script(&data));
    out.push_str("\n</script>\n</head>\n<body>\n<main class=\"trang\">\n");
    header::render(&mut out, &ctx);
    body::render_basis(&mut out, &ctx);
    body::render_body(&mut out, &ctx);
    body::render_closing(&mut out, &ctx);
    signature::render(&mut out, &ctx);
    appendix::render(&mut out, &ctx);
    notes::render(&mut out, &ctx, findings, options.open_findings);
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

/// What every part of the renderer reads.
pub(crate) struct Ctx<'a> {
    pub template: &'a Template,
    pub report: &'a Report,
}

impl Ctx<'_> {
    /// Trimmed text of a top-level field.
    pub fn text(&self, id: &str) -> &str {
        self.report.text(id).trim()
    }
}

/// Appends `<p class="…">text</p>` (escaped); no class when `class` is empty.
pub(crate) fn push_p(out: &mut String, class: &str, text: &str) {
    if class.is_empty() {
        out.push_str("<p>");
    } else {
        out.push_str("<p class=\"");
        out.push_str(class);
        out.push_str("\">");
    }
    push_escaped(out, text);
    out.push_str("</p>\n");
}

/// Non-empty trimmed lines of a multi-line text.
pub(crate) fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty())
}

/// Removes trailing punctuation and spaces (".", ";", ",", ":").
pub(crate) fn strip_end_punct(text: &str) -> &str {
    text.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ';' | ',' | ':'))
}

/// Fixed spaces for the clerk to fill in by hand (they do not collapse in HTML).
pub(crate) const BLANK: &str = "\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}";
