//! The next report from a previous one (tạo từ báo cáo trước): what is copied, and the previous
//! period's figures kept beside the new ones.
//!
//! Copied from the old report into a new one of any report type:
//! - the unit's profile part of the frame ([`PROFILE_FIELDS`]: issuing body, symbol, place,
//!   recipients, signer); never the number, date or period year (a new period starts);
//! - the basis list (`can-cu`) when asked;
//! - every figure (top-level count, decimal, percent, money or fraction field outside the frame)
//!   matched by [`figure_pairs`]; its old text is also kept in [`Predecessor::figures`];
//! - for the sections asked, narrative text and document lists whose field id the old
//!   template has with the same kind ([`copyable_sections`]).
//!
//! Table cells are not carried: task tables and the Phụ lục's indicator rows belong to the
//! period they report on, and their rows have no identity across report types.

use crate::sorted_map::SortedSet;

use crate::document::{is_document_list, number_symbol};
use crate::report::{Predecessor, Profile, Report, Value};
use crate::template::{frame_ids, Field, FieldKind, Template, PROFILE_FIELDS};
use crate::validate::normal_form;

/// What the user chose to copy besides the frame and the figures.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CarryOptions {
    /// Copy the basis list ("Thực hiện Công văn số …").
    pub basis: bool,
    /// Sections of the new template whose narrative text and document lists are copied.
    pub sections: SortedSet<String>,
}

/// A section of the new template with content the old report can give it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CopyableSection {
    pub id: String,
    /// As the form shows it ("1. Công tác chỉ đạo, điều hành").
    pub title: String,
    /// The narrative and document-list fields that would be copied.
    pub fields: Vec<String>,
}

/// A figure: a number the user types at the top level of a body section.
pub fn is_figure(field: &Field) -> bool {
    field.kind.is_numeric() || field.kind == FieldKind::Fraction
}

fn figures(t: &Template) -> impl Iterator<Item = &Field> {
    t.sections
        .iter()
        .filter(|s| !s.frame)
        .flat_map(|s| s.fields.iter())
        .filter(|f| is_figure(f))
}

/// Which old figure each new figure takes: `(new field id, old field id)`, in the new form's order.
///
/// By catalogue indicator first (same kind and unit: "ha" and "km²" of one indicator do not
/// match); an indicator a template uses for several fields (the district's and the commune's
/// rate of electronic documents) is ambiguous, and only a field of the same id takes it. Then by
/// the same id, with the same kind and unit, unless the two fields name different indicators.
pub fn figure_pairs(old: &Template, new: &Template) -> Vec<(String, String)> {
    let same_shape = |a: &Field, b: &Field| a.kind == b.kind && a.unit == b.unit;
    let with = |t: &Template, ind: &str| figures(t).filter(|f| f.indicator.as_deref() == Some(ind)).count();
    figures(new)
        .filter_map(|n| {
            let by_indicator = n.indicator.as_deref().and_then(|ind| {
                let mut candidates = figures(old).filter(|o| o.indicator.as_deref() == Some(ind) && same_shape(o, n));
                if with(new, ind) == 1 && with(old, ind) == 1 {
                    candidates.next()
                } else {
                    candidates.find(|o| o.id == n.id)
                }
            });
            let by_id = || {
                figures(old).find(|o| {
                    o.id == n.id
                        && same_shape(o, n)
                        && !matches!((&o.indicator, &n.indicator), (Some(a), Some(b)) if a != b)
                })
            };
            by_indicator.or_else(by_id).map(|o| (n.id.clone(), o.id.clone()))
        })
        .collect()
}

/// The figures `carry_forward` copies: the [`figure_pairs`] whose old figure is filled in
/// `old_report`, as `(new field id, old field id)` in the new form's order.
pub fn carried_figures(old: &Template, old_report: &Report, new: &Template) -> Vec<(String, String)> {
    figure_pairs(old, new)
        .into_iter()
        .filter(|(_, o)| !old_report.text(o).trim().is_empty())
        .collect()
}

/// Narrative and document-list fields of a body section of `new` that `old` has (same id, same
/// kind) and that are filled in the old report, grouped by section; sections without any are left out.
pub fn copyable_sections(old: &Template, old_report: &Report, new: &Template) -> Vec<CopyableSection> {
    new.sections
        .iter()
        .filter(|s| !s.frame)
        .filter_map(|s| {
            let fields: Vec<String> = s
                .fields
                .iter()
                .filter(|f| is_content(f))
                .filter(|f| {
                    old.field(&f.id)
                        .is_some_and(|(os, of)| !os.frame && of.kind == f.kind && is_content(of))
                        && old_report.values.get(&f.id).is_some_and(|v| !v.is_blank())
                })
                .map(|f| f.id.clone())
                .collect();
            (!fields.is_empty()).then(|| CopyableSection {
                id: s.id.clone(),
                title: s.title.clone(),
                fields,
            })
        })
        .collect()
}

fn is_content(f: &Field) -> bool {
    f.kind == FieldKind::Narrative || (f.kind == FieldKind::Table && is_document_list(f))
}

/// A new report of `new` (with its field defaults) made from `old_report`, remembering it as its
/// predecessor. `id` is the new draft's id.
pub fn carry_forward(id: &str, old: &Template, old_report: &Report, new: &Template, options: &CarryOptions) -> Report {
    let mut report = Report::new(id, new, &Profile::default());
    let mut copy = |field: &str| {
        if let Some(v) = old_report.values.get(field).filter(|v| !v.is_blank()) {
            report.values.insert(field.to_string(), v.clone());
        }
    };
    PROFILE_FIELDS.iter().for_each(|f| copy(f));
    if options.basis {
        copy(frame_ids::BASIS);
    }
    for s in copyable_sections(old, old_report, new) {
        if options.sections.contains(&s.id) {
            s.fields.iter().for_each(|f| copy(f));
        }
    }
    let mut previous = crate::sorted_map::SortedMap::new();
    for (new_id, old_id) in carried_figures(old, old_report, new) {
        let text = old_report.text(&old_id).to_string();
        report.values.insert(new_id.clone(), Value::Text(text.clone()));
        previous.insert(new_id, text);
    }
    report.predecessor = Some(Predecessor {
        template_id: old.id.clone(),
        ngay: old_report.text(frame_ids::DATE).to_string(),
        // A number not yet given when it was written: no "…/BC-UBND" to cite.
        so: match old_report.text(frame_ids::NUMBER).trim() {
            "" => String::new(),
            n => number_symbol(n, old_report.text(frame_ids::SYMBOL)),
        },
        figures: previous,
    });
    report
}

/// The previous period's figure as shown under its box ("Kỳ trước: 1.686"): its normal form when
/// readable, a percentage with its sign, else the text as it was typed.
pub fn previous_label(field: &Field, old_text: &str) -> String {
    let mut shown = normal_form(field, old_text).unwrap_or_else(|| old_text.trim().to_string());
    if field.kind == FieldKind::Percent && !shown.ends_with('%') {
        shown.push('%');
    }
    format!("Kỳ trước: {shown}")
}
