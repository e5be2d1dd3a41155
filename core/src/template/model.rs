use serde::{Deserialize, Serialize};

use crate::number::{Decimal, NumberStyle};

/// What a field holds; decides its widget, its parsing and its checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldKind {
    /// One line of text.
    Text,
    /// Paragraphs with "-" and "+" bullets (đoạn văn).
    Narrative,
    /// Whole number with a unit (số lượng): hồ sơ, người, máy, trạm, thôn.
    Count,
    /// Decimal number with a unit (28.050,38 ha).
    Decimal,
    /// Percentage 0–100 (tỷ lệ %).
    Percent,
    /// Money in đồng (kinh phí).
    Money,
    /// "x/y" (03/05 xã, 09/09 thôn).
    Fraction,
    /// A calendar date (ngày/tháng/năm).
    Date,
    /// Number and symbol of a document (số, ký hiệu: 43/KH-UBND, 02-KH/BCĐTW).
    DocumentNumber,
    /// A status choice plus a free note (Đáp ứng / Cơ bản đáp ứng / …).
    Status,
    /// Repeatable rows of columns (danh sách văn bản, bảng nhiệm vụ, phụ lục chỉ tiêu).
    Table,
    /// Read-only value computed from other fields.
    Computed,
}

impl FieldKind {
    pub fn is_numeric(self) -> bool {
        matches!(
            self,
            FieldKind::Count | FieldKind::Decimal | FieldKind::Percent | FieldKind::Money
        )
    }
}

/// How a computed field is obtained.
/// Read by hand (`formula_de.rs`), written by the derive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Formula {
    /// `of[0] / of[1] × 100`, shown as a percentage with 2 decimals.
    Ratio { of: [String; 2] },
    /// Sum of the fields.
    Sum { of: Vec<String> },
}

/// A field as written in a template file; `resolve` turns it into a [`Field`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldSpec {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indicator: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<FieldKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    #[serde(default)]
    pub required: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_decimals: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// A numbered sub-heading printed before the field ("a) Hệ thống một cửa điện tử").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heading: Option<String>,
    /// How the value is printed: `{}` is replaced by the formatted value with its unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub print: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub columns: Vec<FieldSpec>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub formula: Option<Formula>,
}

/// A resolved field: everything the UI, the validator and the renderer need.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub id: String,
    pub indicator: Option<String>,
    pub kind: FieldKind,
    pub label: String,
    pub unit: Option<String>,
    pub required: bool,
    pub min: Option<Decimal>,
    pub max: Option<Decimal>,
    pub max_decimals: u8,
    /// The range a commune's figure normally falls in (from the catalogue): outside it, a warning.
    pub plausible_min: Option<Decimal>,
    pub plausible_max: Option<Decimal>,
    /// From the catalogue: a figure that only grows (số cộng dồn), compared with the previous report.
    pub cumulative: bool,
    /// From the catalogue: the usual largest change from the previous report, in percent of it.
    pub plausible_change: Option<Decimal>,
    pub help: Option<String>,
    pub heading: Option<String>,
    pub print: Option<String>,
    pub default: Option<String>,
    pub columns: Vec<Field>,
    pub choices: Vec<String>,
    pub formula: Option<Formula>,
}

impl Field {
    /// How this field's text is parsed as a number, if it is one.
    pub fn number_style(&self) -> Option<NumberStyle> {
        match self.kind {
            FieldKind::Count => Some(NumberStyle::Count),
            FieldKind::Decimal => Some(NumberStyle::Decimal {
                max_scale: self.max_decimals,
            }),
            FieldKind::Percent => Some(NumberStyle::Percent {
                max_scale: self.max_decimals,
            }),
            FieldKind::Money => Some(NumberStyle::Money),
            _ => None,
        }
    }

    pub fn column(&self, id: &str) -> Option<&Field> {
        self.columns.iter().find(|c| c.id == id)
    }
}

/// One page of the form and one numbered part of the document (mục).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionSpec {
    pub id: String,
    /// The part heading this section starts or continues ("I. KẾT QUẢ TRIỂN KHAI THỰC HIỆN");
    /// printed once, when it changes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Section heading as printed ("1. Công tác chỉ đạo, điều hành").
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// Printed in the appendix (Phụ lục) after the signature instead of the body.
    #[serde(default)]
    pub appendix: bool,
    pub fields: Vec<FieldSpec>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub id: String,
    pub group: Option<String>,
    pub title: String,
    pub help: Option<String>,
    pub appendix: bool,
    /// Part of the administrative frame (header, basis, recipients, signer), not the body.
    pub frame: bool,
    pub fields: Vec<Field>,
}

/// Errors block; warnings can be accepted with a reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Error,
    Warning,
}

/// How parts relate to their total.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// Parts add up exactly to the total.
    Equal,
    /// Parts together never exceed the total.
    AtMost,
}

/// A declared rule tying figures together. References are field ids, `id.num`/`id.den`
/// for the two halves of a fraction, or `table[].column` for a check on every row.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RuleKind {
    /// Parts and their total (tổng và thành phần).
    Sum {
        parts: Vec<String>,
        total: String,
        relation: Relation,
    },
    /// A part never exceeds its whole (đã giải ngân ≤ được phân bổ).
    AtMost { part: String, whole: String },
    /// A stated rate against its own counts: numerator / denominator × 100.
    Rate {
        rate: String,
        numerator: String,
        denominator: String,
    },
    /// The same figure used in several places agrees.
    Same { fields: Vec<String> },
}

/// Read by hand (`rule_de.rs`), written by the derive.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rule {
    pub id: String,
    #[serde(flatten)]
    pub kind: RuleKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<Severity>,
}

impl Rule {
    pub fn severity(&self) -> Severity {
        self.severity.unwrap_or(match self.kind {
            RuleKind::Rate { .. } => Severity::Warning,
            _ => Severity::Error,
        })
    }

    /// The same rule with every reference replaced by `map` (catalogue rules name indicators; a
    /// template's copy names its fields). `None` if any reference has no replacement.
    pub fn map_refs(&self, map: impl Fn(&str) -> Option<String>) -> Option<Rule> {
        let all = |v: &[String]| v.iter().map(|r| map(r)).collect::<Option<Vec<String>>>();
        let kind = match &self.kind {
            RuleKind::Sum { parts, total, relation } => RuleKind::Sum {
                parts: all(parts)?,
                total: map(total)?,
                relation: *relation,
            },
            RuleKind::AtMost { part, whole } => RuleKind::AtMost {
                part: map(part)?,
                whole: map(whole)?,
            },
            RuleKind::Rate {
                rate,
                numerator,
                denominator,
            } => RuleKind::Rate {
                rate: map(rate)?,
                numerator: map(numerator)?,
                denominator: map(denominator)?,
            },
            RuleKind::Same { fields } => RuleKind::Same { fields: all(fields)? },
        };
        Some(Rule {
            id: self.id.clone(),
            kind,
            severity: self.severity,
        })
    }

    /// Every field reference of the rule, in order.
    pub fn references(&self) -> Vec<&str> {
        match &self.kind {
            RuleKind::Sum { parts, total, .. } => parts
                .iter()
                .map(String::as_str)
                .chain(std::iter::once(total.as_str()))
                .collect(),
            RuleKind::AtMost { part, whole } => vec![part, whole],
            RuleKind::Rate {
                rate,
                numerator,
                denominator,
            } => vec![rate, numerator, denominator],
            RuleKind::Same { fields } => fields.iter().map(String::as_str).collect(),
        }
    }
}

/// A template file as written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TemplateSpec {
    pub format: u32,
    pub id: String,
    pub version: u32,
    /// Short name in the list of report types.
    pub name: String,
    /// One line shown under the name.
    pub description: String,
    /// Defaults for frame fields (trích yếu, closing sentence, …), by field id.
    #[serde(default)]
    pub frame_defaults: crate::sorted_map::SortedMap<String, String>,
    /// Frame fields that this report type does not require (Nghị định 30 does not require the
    /// "Thực hiện Công văn …" basis: `["can-cu"]`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub frame_optional: Vec<String>,
    pub sections: Vec<SectionSpec>,
    #[serde(default)]
    pub rules: Vec<Rule>,
}

/// A loaded, resolved and checked template.
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    pub id: String,
    pub version: u32,
    pub name: String,
    pub description: String,
    /// Frame head, body sections, frame tail (in form order).
    pub sections: Vec<Section>,
    pub rules: Vec<Rule>,
    /// Field id → (section index, field index): rules look fields up on every keystroke.
    index: crate::sorted_map::SortedMap<String, (usize, usize)>,
}

impl Template {
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// Finds a top-level field and the section holding it.
    pub fn field(&self, id: &str) -> Option<(&Section, &Field)> {
        let &(s, f) = self.index.get(id)?;
        let section = &self.sections[s];
        Some((section, &section.fields[f]))
    }

    /// Builds a template from resolved parts (the loader checks them first).
    pub(crate) fn new(
        id: String,
        version: u32,
        name: String,
        description: String,
        sections: Vec<Section>,
        rules: Vec<Rule>,
    ) -> Template {
        let mut index = crate::sorted_map::SortedMap::new();
        for (si, s) in sections.iter().enumerate() {
            for (fi, f) in s.fields.iter().enumerate() {
                // First declaration wins, as the linear search did; duplicates are load errors anyway.
                index.get_or_insert_with(f.id.clone(), || (si, fi));
            }
        }
        Template {
            id,
            version,
            name,
            description,
            sections,
            rules,
            index,
        }
    }

    pub fn fields(&self) -> impl Iterator<Item = (&Section, &Field)> {
        self.sections.iter().flat_map(|s| s.fields.iter().map(move |f| (s, f)))
    }
}
