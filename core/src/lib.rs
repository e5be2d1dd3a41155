//! The pure core of the report builder (lõi báo cáo chuyển đổi số).
//!
//! No browser APIs here: numbers, dates, templates, reports, validation and document
//! rendering are plain Rust, tested natively and reused by the web app.

pub mod builtin;
pub mod carry;
pub mod citations;
pub mod compile;
pub mod date;
pub mod document;
pub mod document_number;
pub mod docx;
pub mod editor;
pub mod export;
pub mod field_path;
pub mod history;
mod json_error;
pub mod json_peek;
pub mod number;
pub mod render;
pub mod report;
pub mod sort;
pub mod sorted_map;
pub mod template;
pub mod text;
pub mod validate;
pub mod zip;

#[cfg(all(test, target_arch = "wasm32"))]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
