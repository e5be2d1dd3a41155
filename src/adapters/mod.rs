//! Small adapters around browser APIs, so components never touch web-sys directly.

pub mod clock;
pub mod download;
pub mod file;
pub mod file_origin;
pub mod focus;
pub mod location;
pub mod storage;
pub mod template_draft;
pub mod timer;
pub mod versions;
