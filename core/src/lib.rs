//! The pure core of the report builder (lõi báo cáo chuyển đổi số).
//!
//! No browser APIs here: numbers, dates, templates, reports, validation and document
//! rendering are plain Rust, tested natively and reused by the web app.

pub mod number;
pub mod date;
pub mod document_number;
pub mod template;
pub mod report;
pub mod validate;
pub mod builtin;
pub mod render;
pub mod export;
