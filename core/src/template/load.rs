//! Reading a template file (đọc tệp mẫu): JSON errors in Vietnamese, then the spec is resolved
//! (`resolve.rs`) and its references checked (`references.rs`).

use crate::sorted_map::SortedSet;
use std::fmt;

use serde::Deserialize;

use super::catalogue::Catalogue;
use super::frame::FRAME_JSON;
use super::model::*;
use super::resolve::Resolver;
use super::TEMPLATE_FORMAT;

/// One problem in a template file: where, and what is wrong (in Vietnamese).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateError {
    /// Where in the file: "sections[2].fields[3]", "rules[0]" or "" for the whole file.
    pub location: String,
    pub message: String,
}

impl fmt::Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.location.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.location, self.message)
        }
    }
}

#[derive(Deserialize)]
pub(super) struct FrameSpec {
    pub head: SectionSpec,
    pub tail: SectionSpec,
}

/// Reads a template file, resolves indicator references and checks everything.
/// Never panics: a broken file gives the list of what is wrong.
pub fn load_template(json: &str, catalogue: &Catalogue) -> Result<Template, Vec<TemplateError>> {
    if json.trim().is_empty() {
        return Err(vec![err("", "Tệp mẫu trống: không có nội dung nào.")]);
    }
    // Labels, choices and defaults in NFC, so that choices compare with what the user typed.
    let json = &*crate::text::nfc(json);
    let value: crate::json_peek::Json = serde_json::from_str(json).map_err(|e| {
        vec![TemplateError {
            location: crate::json_error::position_text(json, &e),
            message: format!(
                "Tệp mẫu không phải JSON hợp lệ: {}.",
                crate::json_error::syntax_message(&e)
            ),
        }]
    })?;
    if let Some(format) = value.get("format").and_then(|f| f.as_u64()) {
        if format > u64::from(TEMPLATE_FORMAT) {
            return Err(vec![err(
                "format",
                format!(
                    "Mẫu dùng định dạng phiên bản {format}, mới hơn phiên bản ứng dụng đọc được ({TEMPLATE_FORMAT}). Hãy dùng bản ứng dụng mới hơn."
                ),
            )]);
        }
    }
    // Read the structure from the text (not from `value`) so that errors keep their line and column.
    let spec: TemplateSpec = serde_json::from_str(json).map_err(|e| {
        vec![err(
            crate::json_error::position_text(json, &e),
            format!("Cấu trúc mẫu không đúng: {}.", crate::json_error::structure_message(&e)),
        )]
    })?;
    let frame: FrameSpec = serde_json::from_str(FRAME_JSON).expect("built-in frame.json is valid");
    Resolver {
        catalogue,
        errors: Vec::new(),
        unknown_indicator: SortedSet::new(),
    }
    .template(spec, frame)
}

pub(super) fn err(location: impl Into<String>, message: impl Into<String>) -> TemplateError {
    TemplateError {
        location: location.into(),
        message: message.into(),
    }
}

pub(super) fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}
