//! The document model (văn bản): what a report prints, as blocks, built once from template +
//! report + findings ([`build_document`]). Every writer — the printable HTML
//! ([`crate::render`]) and Word ([`crate::docx`]) — lays out these same blocks, so the outputs
//! cannot say different things. All text here is final: upper-cased where Nghị định
//! 30/2020/NĐ-CP wants capitals, numbers formatted, punctuation settled; writers only escape it.

mod appendix;
mod body;
mod header;
mod notes;
mod period;
mod signature;

pub use body::is_document_list;
pub(crate) use header::number_symbol;
pub use period::{period_year, Placeholders};

use crate::report::Report;
use crate::template::Template;
use crate::validate::Finding;

/// A whole printed report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// "Báo cáo số 05/BC-UBND – Kết quả …", the file's title.
    pub file_title: String,
    pub header: Header,
    /// The trích yếu, one entry per line (the type name "BÁO CÁO" is fixed).
    pub summary: Vec<String>,
    /// Basis lines, opening, body sections and the closing sentence, in order.
    pub body: Vec<Block>,
    /// Nơi nhận items, punctuated ("- …;", the last "- … .").
    pub recipients: Vec<String>,
    pub signer: Signer,
    pub appendices: Vec<Appendix>,
    /// Printed only in the copy with review notes, or (open findings) on the review page.
    pub notes: Notes,
}

/// Phần đầu văn bản: issuing body and number on the left, national title on the right.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    /// Cơ quan chủ quản, upper case, one entry per line (may be empty).
    pub parent_body: Vec<String>,
    /// Cơ quan ban hành, upper case, one entry per line.
    pub issuing_body: Vec<String>,
    /// "Số: 05/BC-UBND".
    pub number_line: String,
    /// "Đăk Long, ngày 05 tháng 11 năm 2025".
    pub place_date: String,
}

/// Quốc hiệu and tiêu ngữ, the same on every document.
pub const NATIONAL_TITLE: &str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
pub const MOTTO: &str = "Độc lập - Tự do - Hạnh phúc";
/// The type name printed above the trích yếu.
pub const TYPE_NAME: &str = "BÁO CÁO";
pub const RECIPIENTS_TITLE: &str = "Nơi nhận:";

/// Thẩm quyền ký: authority and title lines (upper case), then the name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signer {
    pub titles: Vec<String>,
    pub name: String,
}

/// A Phụ lục after the signature, on its own page(s).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Appendix {
    /// "Phụ lục" or "Phụ lục II".
    pub label: String,
    /// Upper case; may be empty.
    pub title: String,
    /// "(Kèm theo Báo cáo số … ngày … của …)".
    pub attached: String,
    pub blocks: Vec<Block>,
}

impl Appendix {
    /// The widest table's column count: a writer may turn the page for wide tables.
    pub fn widest_table(&self) -> usize {
        self.blocks
            .iter()
            .filter_map(|b| match b {
                Block::Table(t) => Some(t.columns.len()),
                _ => None,
            })
            .max()
            .unwrap_or(0)
    }
}

/// One block of the body, as the seeds lay them out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// "Thực hiện Công văn số … ;" (italic, the last ends with ".").
    Basis(String),
    /// A part heading: "I. KẾT QUẢ TRIỂN KHAI THỰC HIỆN" (bold).
    Group(String),
    /// A section heading: "1. Chính quyền số" (bold).
    Heading(String),
    /// A sub-heading before a field: "a) Hệ thống một cửa điện tử" (bold italic).
    SubHeading(String),
    /// A justified paragraph with a first-line indent.
    Paragraph(String),
    /// A line starting with "-" or "+", laid out like a paragraph.
    Bullet(String),
    /// A numbered document reference "(1) Quyết định số …;".
    Reference(String),
    /// A bordered table whose header row repeats on every page.
    Table(Table),
}

impl Block {
    /// The text of a block that is one paragraph (None for tables).
    pub fn text(&self) -> Option<&str> {
        match self {
            Block::Basis(t)
            | Block::Group(t)
            | Block::Heading(t)
            | Block::SubHeading(t)
            | Block::Paragraph(t)
            | Block::Bullet(t)
            | Block::Reference(t) => Some(t),
            Block::Table(_) => None,
        }
    }
}

/// A task or indicator table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub columns: Vec<Column>,
    /// Each row has one cell per column; a cell is its lines (may be none).
    pub rows: Vec<Vec<Vec<String>>>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// Header text, the unit in brackets when it has one: "Kế hoạch (hồ sơ)".
    pub label: String,
    pub width: ColumnWidth,
    /// Figures are centred, text is left-aligned.
    pub centred: bool,
}

/// How much room a column gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnWidth {
    /// The STT column the writer adds.
    Number,
    /// Paragraphs: wide.
    Wide,
    /// A status choice: medium.
    Medium,
    /// As needed.
    Auto,
}

/// Ghi chú kiểm tra: accepted warnings with their reasons, and the findings still open.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Notes {
    /// (message, reason) of each accepted warning.
    pub accepted: Vec<(String, String)>,
    pub open: Option<OpenFindings>,
}

impl Notes {
    pub fn is_empty(&self) -> bool {
        self.accepted.is_empty() && self.open.is_none()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenFindings {
    /// "BẢN CHƯA HOÀN THIỆN: còn 1 lỗi và 0 cảnh báo chưa xử lý".
    pub title: String,
    /// ("Lỗi" or "Cảnh báo", message).
    pub items: Vec<(&'static str, String)>,
}

pub const NOTES_TITLE: &str = "Ghi chú";
pub const ACCEPTED_TITLE: &str = "Cảnh báo đã được xem xét và chấp nhận:";

/// What goes into the document besides the report itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Contents {
    /// List the open findings (errors and warnings not accepted) in a marked block.
    pub open_findings: bool,
    /// The "bản kèm ghi chú kiểm tra": accepted warnings and their reasons at the end.
    pub review_notes: bool,
}

/// Builds the document of a report.
pub fn build_document(template: &Template, report: &Report, findings: &[Finding], contents: Contents) -> Document {
    let ctx = Ctx {
        template,
        report,
        placeholders: Placeholders::of(report),
    };
    let mut body = Vec::new();
    body::basis(&mut body, &ctx);
    body::sections(
        &mut body,
        &ctx,
        template.sections.iter().filter(|s| !s.frame && !s.appendix),
    );
    body::closing(&mut body, &ctx);
    Document {
        file_title: header::document_title(&ctx),
        header: header::header(&ctx),
        summary: lines(&ctx.filled(crate::template::frame_ids::SUMMARY))
            .map(str::to_string)
            .collect(),
        body,
        recipients: signature::recipient_lines(ctx.text(crate::template::frame_ids::RECIPIENTS)),
        signer: signature::signer(&ctx),
        appendices: appendix::appendices(&ctx),
        notes: notes::notes(findings, contents),
    }
}

/// What every part of the builder reads.
pub(crate) struct Ctx<'a> {
    pub template: &'a Template,
    pub report: &'a Report,
    pub placeholders: Placeholders,
}

impl Ctx<'_> {
    /// Trimmed text of a top-level field.
    pub fn text(&self, id: &str) -> &str {
        self.report.text(id).trim()
    }

    /// Trimmed text of a top-level field, its placeholders filled ([`period`]).
    pub fn filled(&self, id: &str) -> String {
        self.fill(self.text(id))
    }

    /// A printed text (template or report) with its placeholders filled.
    pub fn fill(&self, text: &str) -> String {
        self.placeholders.fill(text).into_owned()
    }
}

/// Non-empty trimmed lines of a multi-line text.
pub(crate) fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty())
}

/// Removes trailing punctuation and spaces (".", ";", ",", ":").
pub(crate) fn strip_end_punct(text: &str) -> &str {
    text.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ';' | ',' | ':'))
}

/// Fixed spaces for the clerk to fill in by hand (they do not collapse in HTML or Word).
pub(crate) const BLANK: &str = "\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}";

/// A line of running text: a bullet when it starts with "-" or "+", else a paragraph.
pub(crate) fn text_block(line: &str) -> Block {
    if line.starts_with(['-', '+']) {
        Block::Bullet(line.to_string())
    } else {
        Block::Paragraph(line.to_string())
    }
}
