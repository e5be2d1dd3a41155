//! The Word document (.docx): the [`crate::document`] model written as WordprocessingML by
//! hand and packed by the store-only [`crate::zip`] writer — a few KB of wasm where a docx crate
//! costs hundreds. Parts: `[Content_Types].xml`, `_rels/.rels`, `docProps/core.xml`,
//! `word/document.xml`, `word/styles.xml`, `word/settings.xml`, `word/_rels/document.xml.rels`,
//! `word/header1.xml` (page number) and `word/header2.xml` (first page: none).

mod body;
mod parts;
pub(crate) mod xml;

pub use xml::push_xml;

use crate::document::{build_document, Document};
use crate::render::RenderOptions;
use crate::report::Report;
use crate::template::Template;
use crate::validate::Finding;
use crate::zip::zip_stored;

/// The MIME type of a .docx file.
pub const DOCX_MIME: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/// The .docx file of a report (the same blocks as [`crate::render::render_document_with`]).
pub fn render_docx(template: &Template, report: &Report, findings: &[Finding], options: &RenderOptions) -> Vec<u8> {
    write_docx(&build_document(template, report, findings, options.contents()))
}

/// The .docx file of a document.
pub fn write_docx(doc: &Document) -> Vec<u8> {
    let document = body::document_xml(doc);
    let core = parts::core_properties(&body::escaped(&doc.file_title));
    zip_stored([
        ("[Content_Types].xml", parts::CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", parts::ROOT_RELS.as_bytes()),
        ("docProps/core.xml", core.as_bytes()),
        ("word/document.xml", document.as_bytes()),
        ("word/styles.xml", parts::STYLES.as_bytes()),
        ("word/settings.xml", parts::SETTINGS.as_bytes()),
        ("word/_rels/document.xml.rels", parts::DOCUMENT_RELS.as_bytes()),
        ("word/header1.xml", parts::PAGE_HEADER.as_bytes()),
        ("word/header2.xml", parts::FIRST_HEADER.as_bytes()),
    ])
}
