//! The template editor's core (soạn mẫu báo cáo): outline text → sections, ids made from
//! Vietnamese labels, editing operations on a [`TemplateSpec`], and the loader's verdict on the
//! result placed next to the part it concerns. The editor page only shows this and sends edits.

mod edit;
mod outline;
mod slug;

use crate::sorted_map::SortedMap;

pub use edit::{
    apply, frame_field_ids, label_of, rule_name, taken_ids, Edit, FieldAt, FieldChange, NewRule, DEFAULT_CHOICES,
};
pub use outline::sections_from_outline;
pub use slug::{slugify, unique_id};

use crate::template::{load_template, Catalogue, Template, TemplateError, TemplateSpec, TEMPLATE_FORMAT};

/// An empty template to start from: a name, one section, nothing else.
pub fn new_template(name: &str) -> TemplateSpec {
    let id = match slugify(name) {
        s if s.is_empty() => "mau-moi".to_string(),
        s => s,
    };
    let spec = TemplateSpec {
        format: TEMPLATE_FORMAT,
        id,
        version: 1,
        name: name.to_string(),
        description: String::new(),
        frame_defaults: SortedMap::new(),
        frame_optional: Vec::new(),
        sections: Vec::new(),
        rules: Vec::new(),
    };
    apply(
        &spec,
        &Edit::AddSection {
            at: 0,
            title: "1. Nội dung chính".into(),
        },
        &crate::builtin::catalogue(),
    )
    .expect("adding the first section to an empty template")
}

/// A template made from an outline pasted from the Công văn.
pub fn template_from_outline(name: &str, outline: &str) -> TemplateSpec {
    let mut spec = new_template(name);
    spec.sections.clear();
    let mut taken = taken_ids(&spec);
    spec.sections = sections_from_outline(outline, &mut taken);
    spec
}

/// The next version of an existing template: same id (reports name it), `version` + 1.
pub fn next_version(spec: &TemplateSpec) -> TemplateSpec {
    let mut next = spec.clone();
    next.version += 1;
    next
}

/// A copy under a new id (a new report type started from an existing one), version 1.
pub fn copy_as_new(spec: &TemplateSpec, name: &str) -> TemplateSpec {
    let mut copy = spec.clone();
    copy.name = name.to_string();
    copy.id = match slugify(name) {
        s if s.is_empty() || s == spec.id => format!("{}-ban-sao", spec.id),
        s => s,
    };
    copy.version = 1;
    copy
}

/// The template file as it is published ("Tải tệp mẫu (.json)"): pretty JSON, fields in the schema's order.
pub fn template_file(spec: &TemplateSpec) -> String {
    let mut json = serde_json::to_string_pretty(spec).expect("a template spec serialises");
    json.push('\n');
    json
}

/// Runs the loader on the spec: the resolved template, or every error it finds.
pub fn check(spec: &TemplateSpec, catalogue: &Catalogue) -> Result<Template, Vec<TemplateError>> {
    load_template(&template_file(spec), catalogue)
}

/// A loader message as the officer reads it: every quoted field id (“hs-tong”, “x.num”,
/// “bang[].cot”) replaced by the field's label, since the editor never shows ids.
pub fn readable(spec: &TemplateSpec, message: &str) -> String {
    let mut out = String::new();
    let mut rest = message;
    while let Some(open) = rest.find('“') {
        let after = &rest[open + '“'.len_utf8()..];
        let Some(close) = after.find('”') else { break };
        let quoted = &after[..close];
        let top = quoted.split(['.', '[']).next().unwrap_or(quoted);
        let is_field = spec.sections.iter().flat_map(|s| s.fields.iter()).any(|f| f.id == top);
        out.push_str(&rest[..open]);
        out.push('“');
        out.push_str(&if is_field {
            label_of(spec, quoted)
        } else {
            quoted.to_string()
        });
        out.push('”');
        rest = &after[close + '”'.len_utf8()..];
    }
    out.push_str(rest);
    out
}

/// Which part of the spec a loader error is about, so the editor shows it there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The whole template (id, name, frame defaults).
    Template,
    Section(usize),
    Field(FieldAt),
    Rule(usize),
}

/// Reads the loader's `location` ("sections[2] (“x”).fields[3] (“y”)", "rules[0] (“r”)",
/// "mục “x”, trường “y”") back into a place of the spec.
pub fn place_of(spec: &TemplateSpec, error: &TemplateError) -> Place {
    let loc = error.location.as_str();
    let index_after = |prefix: &str, text: &str| -> Option<usize> {
        let start = text.find(prefix)? + prefix.len();
        let end = text[start..].find(']')? + start;
        text[start..end].parse().ok()
    };
    if loc.starts_with("rules[") {
        if let Some(r) = index_after("rules[", loc) {
            return Place::Rule(r);
        }
    }
    if loc.starts_with("sections[") {
        if let Some(s) = index_after("sections[", loc) {
            return match index_after(".fields[", loc) {
                Some(f) => Place::Field(FieldAt { section: s, field: f }),
                None => Place::Section(s),
            };
        }
    }
    // "mục “x”, trường “y”" (formulas, duplicate ids).
    let quoted: Vec<&str> = loc.split('“').skip(1).filter_map(|q| q.split('”').next()).collect();
    if loc.starts_with("mục") {
        if let Some(s) = quoted
            .first()
            .and_then(|id| spec.sections.iter().position(|s| s.id == *id))
        {
            if let Some(f) = quoted
                .get(1)
                .and_then(|id| spec.sections[s].fields.iter().position(|f| f.id == *id))
            {
                return Place::Field(FieldAt { section: s, field: f });
            }
            return Place::Section(s);
        }
    }
    Place::Template
}
