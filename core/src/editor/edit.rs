//! Editor operations (thao tác soạn mẫu): pure functions from one template spec to the next.
//! Each gives a spec the loader accepts when its inputs are sensible (a status field gets
//! choices, a table a first column, a rule only numeric fields); an edit that cannot be made
//! (a part that does not exist, a field a rule still uses) is refused with a Vietnamese reason
//! and the spec is left as it was. What the officer types may still be wrong (an empty label, a
//! limit that is not a number): [`super::check`] runs the loader and says where.

use std::collections::HashSet;

use serde::Deserialize;

use super::slug::{unique, unique_id};
use crate::template::{
    Catalogue, FieldKind, FieldSpec, Formula, Relation, Rule, RuleKind, SectionSpec, TemplateSpec, FRAME_JSON,
};

/// Where a field is: its section and its place there (both 0-based, in the spec's own sections).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldAt {
    pub section: usize,
    pub field: usize,
}

/// One change to a field (or a table column), as the form sends it.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldChange {
    /// The label changes; the id does not (reports already written keep their values).
    Label(String),
    Kind(FieldKind),
    Unit(Option<String>),
    Required(bool),
    Min(Option<String>),
    Max(Option<String>),
    MaxDecimals(Option<u8>),
    Help(Option<String>),
    /// Printed sub-heading ("a) Hệ thống một cửa điện tử").
    Heading(Option<String>),
    /// Printed sentence with `{}` for the value.
    Print(Option<String>),
    /// Status choices, one per entry.
    Choices(Vec<String>),
    /// Text a new report starts with ("Kế hoạch" in a document list's type column).
    Default(Option<String>),
}

/// A rule as the officer builds it, by picking fields (ids come from the lists, never typed): the
/// template's own rule kinds — tổng các phần = / ≤ tổng, phần ≤ tổng, tỷ lệ khớp số liệu, cùng một
/// số liệu. The editor gives it its id.
pub type NewRule = RuleKind;

#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    SetName(String),
    SetDescription(String),
    /// A frame default (trích yếu, câu kết luận); an empty value removes it.
    SetFrameDefault {
        key: String,
        value: String,
    },
    /// Sections read from an outline, added at the end.
    AddOutline(String),
    /// A new section with one narrative field, inserted at `at`.
    AddSection {
        at: usize,
        title: String,
    },
    RemoveSection(usize),
    MoveSection {
        from: usize,
        to: usize,
    },
    SetSectionTitle {
        section: usize,
        title: String,
    },
    /// The part heading ("II. KẾT QUẢ …"); empty: none.
    SetSectionGroup {
        section: usize,
        group: String,
    },
    SetSectionHelp {
        section: usize,
        help: String,
    },
    SetAppendix {
        section: usize,
        appendix: bool,
    },
    /// A new field of `kind`, at the end of the section.
    AddField {
        section: usize,
        kind: FieldKind,
        label: String,
    },
    /// "Dùng chỉ tiêu có sẵn": a field taking its label, kind, unit and limits from the catalogue.
    AddIndicator {
        section: usize,
        indicator: String,
    },
    /// A computed rate (tỷ lệ tính sẵn): numerator / denominator × 100, shown, never typed.
    AddComputedRate {
        section: usize,
        label: String,
        numerator: String,
        denominator: String,
    },
    RemoveField(FieldAt),
    MoveField {
        section: usize,
        from: usize,
        to: usize,
    },
    SetField {
        at: FieldAt,
        change: FieldChange,
    },
    AddColumn {
        table: FieldAt,
        kind: FieldKind,
        label: String,
    },
    RemoveColumn {
        table: FieldAt,
        column: usize,
    },
    SetColumn {
        table: FieldAt,
        column: usize,
        change: FieldChange,
    },
    AddRule(NewRule),
    RemoveRule(usize),
}

/// Choices a new status field starts with (the seeds' usual scale).
pub const DEFAULT_CHOICES: [&str; 4] = ["Đáp ứng", "Cơ bản đáp ứng", "Đang thực hiện", "Chưa thực hiện"];

/// The spec after `edit`, or why it cannot be made.
pub fn apply(spec: &TemplateSpec, edit: &Edit, catalogue: &Catalogue) -> Result<TemplateSpec, String> {
    let mut next = spec.clone();
    let mut taken = taken_ids(spec);
    let t = &mut next;
    match edit {
        Edit::SetName(name) => t.name = name.clone(),
        Edit::SetDescription(d) => t.description = d.clone(),
        Edit::SetFrameDefault { key, value } => {
            if !frame_field_ids().contains(key) {
                return Err(format!("“{key}” không phải là trường của phần thể thức văn bản."));
            }
            if value.trim().is_empty() {
                t.frame_defaults.remove(key);
            } else {
                t.frame_defaults.insert(key.clone(), value.clone());
            }
        }
        Edit::AddOutline(text) => {
            let sections = super::sections_from_outline(text, &mut taken);
            if sections.is_empty() {
                return Err(
                    "Không thấy đề mục nào trong đề cương: mỗi dòng đề mục bắt đầu bằng “I.”, “1.”, “a)” hoặc “-”."
                        .into(),
                );
            }
            t.sections.extend(sections);
        }
        Edit::AddSection { at, title } => {
            if *at > t.sections.len() {
                return Err(no_section(*at));
            }
            let label = super::outline::label_from_heading(title);
            let id = unique_id(&label, "muc", &taken);
            taken.insert(id.clone());
            let field_id = unique(format!("{id}-noi-dung"), &taken);
            t.sections.insert(
                *at,
                SectionSpec {
                    id,
                    group: None,
                    title: title.clone(),
                    help: None,
                    appendix: false,
                    fields: vec![FieldSpec {
                        id: field_id,
                        kind: Some(FieldKind::Narrative),
                        label: Some(if label.is_empty() { "Nội dung".into() } else { label }),
                        required: true,
                        ..FieldSpec::default()
                    }],
                },
            );
        }
        Edit::RemoveSection(s) => {
            let section = section(t, *s)?;
            for f in &section.fields {
                in_use(spec, &f.id)?;
            }
            t.sections.remove(*s);
        }
        Edit::MoveSection { from, to } => {
            section(t, *from)?;
            if *to >= t.sections.len() {
                return Err(no_section(*to));
            }
            let s = t.sections.remove(*from);
            t.sections.insert(*to, s);
        }
        Edit::SetSectionTitle { section: s, title } => section_mut(t, *s)?.title = title.clone(),
        Edit::SetSectionGroup { section: s, group } => section_mut(t, *s)?.group = non_empty(group),
        Edit::SetSectionHelp { section: s, help } => section_mut(t, *s)?.help = non_empty(help),
        Edit::SetAppendix { section: s, appendix } => section_mut(t, *s)?.appendix = *appendix,
        Edit::AddField {
            section: s,
            kind,
            label,
        } => {
            let field = new_field(*kind, label, "truong", &taken);
            section_mut(t, *s)?.fields.push(field);
        }
        Edit::AddIndicator { section: s, indicator } => {
            let ind = catalogue
                .indicator(indicator)
                .ok_or_else(|| format!("Chỉ tiêu “{indicator}” không có trong danh mục chỉ tiêu."))?;
            let id = unique_id(&ind.id, "chi-tieu", &taken);
            section_mut(t, *s)?.fields.push(FieldSpec {
                id,
                indicator: Some(ind.id.clone()),
                ..FieldSpec::default()
            });
        }
        Edit::AddComputedRate {
            section: s,
            label,
            numerator,
            denominator,
        } => {
            for r in [numerator, denominator] {
                field_by_id(spec, r)?;
            }
            let id = unique_id(label, "ty-le", &taken);
            section_mut(t, *s)?.fields.push(FieldSpec {
                id,
                kind: Some(FieldKind::Computed),
                label: Some(label.clone()),
                unit: Some("%".into()),
                formula: Some(Formula::Ratio {
                    of: [numerator.clone(), denominator.clone()],
                }),
                ..FieldSpec::default()
            });
        }
        Edit::RemoveField(at) => {
            let id = field(t, *at)?.id.clone();
            in_use(spec, &id)?;
            t.sections[at.section].fields.remove(at.field);
        }
        Edit::MoveField { section: s, from, to } => {
            let fields = &mut section_mut(t, *s)?.fields;
            if *from >= fields.len() || *to >= fields.len() {
                return Err("Không có trường ở vị trí này.".into());
            }
            let f = fields.remove(*from);
            fields.insert(*to, f);
        }
        Edit::SetField { at, change } => {
            change_field(field_mut(t, *at)?, change);
        }
        Edit::AddColumn { table, kind, label } => {
            let f = field_mut(t, *table)?;
            if f.kind != Some(FieldKind::Table) {
                return Err(format!("“{}” không phải là bảng.", display_label(f)));
            }
            if *kind == FieldKind::Table {
                return Err("Bảng không được lồng trong bảng.".into());
            }
            let columns: HashSet<String> = f.columns.iter().map(|c| c.id.clone()).collect();
            let column = new_field(*kind, label, "cot", &columns);
            f.columns.push(column);
        }
        Edit::RemoveColumn { table, column } => {
            let table_id = field(t, *table)?.id.clone();
            let f = field_mut(t, *table)?;
            if *column >= f.columns.len() {
                return Err("Không có cột ở vị trí này.".into());
            }
            if f.columns.len() == 1 {
                return Err("Bảng phải có ít nhất một cột: thêm cột khác trước khi xoá cột này.".into());
            }
            let column_ref = format!("{table_id}[].{}", f.columns[*column].id);
            in_use(spec, &column_ref)?;
            f.columns.remove(*column);
        }
        Edit::SetColumn { table, column, change } => {
            let f = field_mut(t, *table)?;
            let c = f.columns.get_mut(*column).ok_or("Không có cột ở vị trí này.")?;
            if *change == FieldChange::Kind(FieldKind::Table) {
                return Err("Bảng không được lồng trong bảng.".into());
            }
            change_field(c, change);
        }
        Edit::AddRule(rule) => {
            let base = match rule {
                RuleKind::Sum { total, .. } => format!("{total} tong"),
                RuleKind::AtMost { part, .. } => format!("{part} khong qua"),
                RuleKind::Rate { rate, .. } => format!("{rate} khop"),
                RuleKind::Same { fields } => format!("{} cung so lieu", fields.first().map_or("", String::as_str)),
            };
            let kind = rule.clone();
            let rule_ids: HashSet<String> = t.rules.iter().map(|r| r.id.clone()).collect();
            t.rules.push(Rule {
                id: unique_id(&base, "quy-tac", &rule_ids),
                kind,
                severity: None,
            });
        }
        Edit::RemoveRule(r) => {
            if *r >= t.rules.len() {
                return Err("Không có quy tắc ở vị trí này.".into());
            }
            t.rules.remove(*r);
        }
    }
    Ok(next)
}

/// A new field of `kind` with what the loader needs for it (choices, a first column).
fn new_field(kind: FieldKind, label: &str, fallback: &str, taken: &HashSet<String>) -> FieldSpec {
    let mut f = FieldSpec {
        id: unique_id(label, fallback, taken),
        kind: Some(kind),
        label: Some(label.to_string()),
        ..FieldSpec::default()
    };
    fill_for_kind(&mut f);
    f
}

fn fill_for_kind(f: &mut FieldSpec) {
    match f.kind {
        Some(FieldKind::Status) if f.choices.is_empty() => {
            f.choices = DEFAULT_CHOICES.iter().map(|c| c.to_string()).collect();
        }
        Some(FieldKind::Table) if f.columns.is_empty() => {
            f.columns.push(FieldSpec {
                id: "noi-dung".into(),
                kind: Some(FieldKind::Text),
                label: Some("Nội dung".into()),
                ..FieldSpec::default()
            });
        }
        _ => {}
    }
}

fn change_field(f: &mut FieldSpec, change: &FieldChange) {
    match change {
        FieldChange::Label(l) => f.label = Some(l.clone()),
        FieldChange::Kind(k) => {
            // Keep only what still means something for the new kind.
            f.kind = Some(*k);
            f.indicator = None;
            if f.label.is_none() {
                f.label = Some(String::new());
            }
            if !k.is_numeric() && *k != FieldKind::Fraction {
                f.unit = None;
                f.min = None;
                f.max = None;
                f.max_decimals = None;
            }
            match k {
                FieldKind::Percent => f.unit = Some("%".into()),
                FieldKind::Money => f.unit = Some("đồng".into()),
                _ => {}
            }
            if *k != FieldKind::Status {
                f.choices.clear();
            }
            if *k != FieldKind::Table {
                f.columns.clear();
            }
            if *k != FieldKind::Computed {
                f.formula = None;
            }
            fill_for_kind(f);
        }
        FieldChange::Unit(u) => f.unit = u.clone().filter(|u| !u.is_empty()),
        FieldChange::Required(r) => f.required = *r,
        FieldChange::Min(m) => f.min = m.clone().filter(|m| !m.trim().is_empty()),
        FieldChange::Max(m) => f.max = m.clone().filter(|m| !m.trim().is_empty()),
        FieldChange::MaxDecimals(d) => f.max_decimals = *d,
        FieldChange::Help(h) => f.help = h.clone().filter(|h| !h.trim().is_empty()),
        FieldChange::Heading(h) => f.heading = h.clone().filter(|h| !h.trim().is_empty()),
        FieldChange::Print(p) => f.print = p.clone().filter(|p| !p.trim().is_empty()),
        FieldChange::Default(d) => f.default = d.clone().filter(|d| !d.trim().is_empty()),
        FieldChange::Choices(c) => {
            f.choices = c
                .iter()
                .map(|c| c.trim().to_string())
                .filter(|c| !c.is_empty())
                .collect();
        }
    }
}

/// Refuses to remove a field (or column reference) that a rule or a formula still uses.
fn in_use(spec: &TemplateSpec, id: &str) -> Result<(), String> {
    let uses = |r: &str| r == id || r.split(['.', '[']).next() == Some(id);
    for rule in &spec.rules {
        if rule.references().iter().any(|r| uses(r)) {
            return Err(format!(
                "“{}” đang được dùng trong quy tắc “{}”: xoá quy tắc đó trước.",
                label_of(spec, id),
                rule_name(spec, rule)
            ));
        }
    }
    for s in &spec.sections {
        for f in &s.fields {
            if let Some(formula) = &f.formula {
                let refs: Vec<&String> = match formula {
                    Formula::Ratio { of } => of.iter().collect(),
                    Formula::Sum { of } => of.iter().collect(),
                };
                if f.id != id && refs.iter().any(|r| uses(r)) {
                    return Err(format!(
                        "“{}” đang được dùng để tính “{}”: xoá trường tính đó trước.",
                        label_of(spec, id),
                        display_label(f)
                    ));
                }
            }
        }
    }
    Ok(())
}

/// A rule as the officer reads it: "Tổng số hồ sơ = tổng các phần".
pub fn rule_name(spec: &TemplateSpec, rule: &Rule) -> String {
    let l = |id: &str| label_of(spec, id);
    match &rule.kind {
        RuleKind::Sum { parts, total, relation } => {
            let parts: Vec<String> = parts.iter().map(|p| l(p)).collect();
            let op = if *relation == Relation::Equal { "=" } else { "≤" };
            format!("{} {op} {}", parts.join(" + "), l(total))
        }
        RuleKind::AtMost { part, whole } => format!("{} ≤ {}", l(part), l(whole)),
        RuleKind::Rate {
            rate,
            numerator,
            denominator,
        } => format!("{} = {} / {} × 100", l(rate), l(numerator), l(denominator)),
        RuleKind::Same { fields } => {
            let names: Vec<String> = fields.iter().map(|f| l(f)).collect();
            format!("Cùng số liệu: {}", names.join(", "))
        }
    }
}

/// The label shown for a field id (or `table[].column`), falling back to the id itself.
pub fn label_of(spec: &TemplateSpec, id: &str) -> String {
    let (top, column) = match id.split_once("[].") {
        Some((t, c)) => (t, Some(c)),
        None => (id.split('.').next().unwrap_or(id), None),
    };
    let Ok(f) = field_by_id(spec, top) else {
        return id.to_string();
    };
    match column.and_then(|c| f.columns.iter().find(|x| x.id == c)) {
        Some(c) => format!("{} › {}", display_label(f), display_label(c)),
        // The halves of a fraction ("03/05 xã"): which one the rule uses.
        None if id.ends_with(".num") => format!("{} (tử số)", display_label(f)),
        None if id.ends_with(".den") => format!("{} (mẫu số)", display_label(f)),
        None => display_label(f),
    }
}

fn display_label(f: &FieldSpec) -> String {
    match (&f.label, &f.indicator) {
        (Some(l), _) if !l.trim().is_empty() => l.clone(),
        (_, Some(ind)) => crate::builtin::catalogue()
            .indicator(ind)
            .map_or_else(|| ind.clone(), |i| i.label.clone()),
        _ => f.id.clone(),
    }
}

fn field_by_id<'a>(spec: &'a TemplateSpec, id: &str) -> Result<&'a FieldSpec, String> {
    spec.sections
        .iter()
        .flat_map(|s| s.fields.iter())
        .find(|f| f.id == id)
        .ok_or_else(|| format!("Không có trường “{id}” trong mẫu."))
}

/// Every id in use: the frame's sections and fields, the template's sections and fields.
pub fn taken_ids(spec: &TemplateSpec) -> HashSet<String> {
    let mut taken = frame_field_ids();
    taken.extend(frame_section_ids());
    for s in &spec.sections {
        taken.insert(s.id.clone());
        taken.extend(s.fields.iter().map(|f| f.id.clone()));
    }
    taken
}

#[derive(Deserialize)]
struct Frame {
    head: SectionSpec,
    tail: SectionSpec,
}

fn frame() -> Frame {
    serde_json::from_str(FRAME_JSON).expect("built-in frame.json is valid")
}

/// Ids of the frame's fields (trích yếu, kết luận, …): the keys `frame_defaults` may use.
pub fn frame_field_ids() -> HashSet<String> {
    let f = frame();
    f.head
        .fields
        .iter()
        .chain(f.tail.fields.iter())
        .map(|x| x.id.clone())
        .collect()
}

fn frame_section_ids() -> HashSet<String> {
    let f = frame();
    [f.head.id, f.tail.id].into_iter().collect()
}

fn non_empty(s: &str) -> Option<String> {
    (!s.trim().is_empty()).then(|| s.to_string())
}

fn no_section(i: usize) -> String {
    format!("Không có mục thứ {} trong mẫu.", i + 1)
}

fn section(t: &TemplateSpec, s: usize) -> Result<&SectionSpec, String> {
    t.sections.get(s).ok_or_else(|| no_section(s))
}

fn section_mut(t: &mut TemplateSpec, s: usize) -> Result<&mut SectionSpec, String> {
    t.sections.get_mut(s).ok_or_else(|| no_section(s))
}

fn field(t: &TemplateSpec, at: FieldAt) -> Result<&FieldSpec, String> {
    section(t, at.section)?
        .fields
        .get(at.field)
        .ok_or_else(|| "Không có trường ở vị trí này.".to_string())
}

fn field_mut(t: &mut TemplateSpec, at: FieldAt) -> Result<&mut FieldSpec, String> {
    section_mut(t, at.section)?
        .fields
        .get_mut(at.field)
        .ok_or_else(|| "Không có trường ở vị trí này.".to_string())
}
