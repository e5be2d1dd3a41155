//! The templates and catalogue shipped with the app (embedded at build time, without indentation:
//! see core/build.rs).

use crate::template::{load_template, Catalogue, Template, TemplateError};

/// The shared indicator catalogue (danh mục chỉ tiêu).
pub const CATALOGUE_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/templates/indicators.json"));

/// The catalogue of cited documents (danh mục văn bản), without its sources (see core/build.rs).
pub const DOCUMENTS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/templates/documents.json"));

/// Built-in template files, in the order they are offered.
pub const TEMPLATE_FILES: &[(&str, &str)] = &[
    // (file name, contents) — add a report type by adding its JSON file here.
    (
        "cds-6-thang.json",
        include_str!(concat!(env!("OUT_DIR"), "/templates/cds-6-thang.json")),
    ), // SEED-000
    (
        "ke-hoach-02.json",
        include_str!(concat!(env!("OUT_DIR"), "/templates/ke-hoach-02.json")),
    ), // SEED-001
    (
        "cds-nam-ke-hoach.json",
        include_str!(concat!(env!("OUT_DIR"), "/templates/cds-nam-ke-hoach.json")),
    ), // SEED-002
    (
        "chien-luoc-411.json",
        include_str!(concat!(env!("OUT_DIR"), "/templates/chien-luoc-411.json")),
    ), // SEED-003
    (
        "cds-nam-phu-luc.json",
        include_str!(concat!(env!("OUT_DIR"), "/templates/cds-nam-phu-luc.json")),
    ), // SEED-004
];

pub fn catalogue() -> Catalogue {
    Catalogue::from_json(CATALOGUE_JSON).expect("built-in catalogue is valid")
}

/// The built-in document catalogue.
pub fn documents() -> crate::citations::DocumentCatalogue {
    crate::citations::DocumentCatalogue::from_json(DOCUMENTS_JSON).expect("built-in document catalogue is valid")
}

/// Every built-in template, loaded and checked.
pub fn templates() -> Result<Vec<Template>, Vec<(String, Vec<TemplateError>)>> {
    let cat = catalogue();
    let mut ok = Vec::new();
    let mut bad = Vec::new();
    for (name, json) in TEMPLATE_FILES {
        match load_template(json, &cat) {
            Ok(t) => ok.push(t),
            Err(e) => bad.push((name.to_string(), e)),
        }
    }
    if bad.is_empty() {
        Ok(ok)
    } else {
        Err(bad)
    }
}
