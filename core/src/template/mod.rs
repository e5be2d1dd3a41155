//! Report templates (mẫu báo cáo) as data: sections, fields, declared rules.
//!
//! A template file is JSON (documented by `schemas/template.schema.json`). Fields may point to
//! the shared indicator catalogue (danh mục chỉ tiêu) for their label, kind, unit and limits.
//! Loading resolves those references and checks the whole file, so the rest of the core only
//! ever sees a consistent [`Template`].

mod catalogue;
mod formula_de;
mod frame;
mod load;
mod model;
mod references;
mod resolve;
mod rule_de;

pub use catalogue::{Catalogue, Indicator, PlausibleRange};
pub use frame::{frame_ids, FRAME_JSON, PROFILE_FIELDS};
pub use load::{load_template, TemplateError};
pub use model::*;
pub use references::{resolve_ref, FractionPart, ResolvedRef};

/// Version of the template file format this build reads.
pub const TEMPLATE_FORMAT: u32 = 1;
