//! The unit × figure table (bảng số liệu): one row per unit, one column per figure.
//!
//! A figure is a numeric top-level field (count, decimal, percent, money, computed). For one
//! report type the columns are its figures in form order; for all types together
//! ([`Scope::Shared`]) they are the catalogue indicators (`templates/indicators.json`) the
//! loaded report types share, so "Hồ sơ tiếp nhận trực tuyến" lines up whichever report it came
//! from. Indicators kept in different units (diện tích in ha and in km²) stay separate columns.

use crate::number::{format_decimal, parse_number, Decimal};
use crate::report::Report;
use crate::template::{Field, FieldKind, RuleKind, Template};
use crate::validate::computed_value;

use super::read::Compilation;

/// Which figures the table shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// The figures of one report type (template id).
    Template(String),
    /// The catalogue indicators across every report type loaded.
    Shared,
}

/// A figure (chỉ tiêu) of the table.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    /// Field id (one report type) or "indicator|unit" (shared).
    pub key: String,
    pub label: String,
    pub unit: Option<String>,
    /// The kind of the figure's value: computed fields count as percent (ratio) or their parts' kind.
    pub kind: FieldKind,
    pub indicator: Option<String>,
    /// A rate (percent) whose counts the table knows: its total is recomputed from the summed counts.
    pub is_rate: bool,
}

impl Column {
    /// "Hồ sơ tiếp nhận trực tuyến (hồ sơ)" — the header of a spreadsheet column.
    pub fn header(&self) -> String {
        match &self.unit {
            Some(u) => format!("{} ({u})", self.label),
            None => self.label.clone(),
        }
    }
}

/// What a unit reported for a figure.
#[derive(Debug, Clone, PartialEq)]
pub enum CellValue {
    /// Not filled in (or the figure is not in the unit's report type).
    Missing,
    Number(Decimal),
    /// Text that is not a valid number: shown as typed, left out of the totals.
    Invalid(String),
}

/// One cell of the table.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub value: CellValue,
    /// An open finding of the report involves this figure.
    pub flagged: bool,
    /// For a rate: its numerator and denominator in the same report.
    pub parts: Option<(Decimal, Decimal)>,
}

impl Cell {
    pub fn number(&self) -> Option<Decimal> {
        match self.value {
            CellValue::Number(d) => Some(d),
            _ => None,
        }
    }

    /// The cell as shown: "1.686", "99,92", "—" when missing, the raw text when invalid.
    pub fn display(&self) -> String {
        match &self.value {
            CellValue::Missing => "—".into(),
            CellValue::Number(d) => format_decimal(d),
            CellValue::Invalid(t) => t.clone(),
        }
    }
}

/// A unit's row.
#[derive(Debug, Clone, PartialEq)]
pub struct TableRow {
    pub unit: String,
    /// The reports the row's figures come from (indices into [`Compilation::reports`]), newest first.
    pub reports: Vec<usize>,
    pub cells: Vec<Cell>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FigureTable {
    pub scope: Scope,
    /// "Kết quả thực hiện chuyển đổi số 6 tháng…" or "Chỉ tiêu dùng chung (mọi loại báo cáo)".
    pub title: String,
    pub columns: Vec<Column>,
    pub rows: Vec<TableRow>,
}

/// Name of [`Scope::Shared`].
pub const SHARED_TITLE: &str = "Chỉ tiêu dùng chung (mọi loại báo cáo)";

fn is_figure(f: &Field) -> bool {
    f.kind.is_numeric() || f.kind == FieldKind::Computed
}

/// A computed field's kind: a ratio is a percent, a sum keeps the kind of its parts.
fn value_kind(t: &Template, f: &Field) -> FieldKind {
    match &f.formula {
        Some(crate::template::Formula::Ratio { .. }) => FieldKind::Percent,
        Some(crate::template::Formula::Sum { of }) => of
            .iter()
            .find_map(|id| t.field(id).map(|(_, p)| p.kind))
            .filter(|k| k.is_numeric())
            .unwrap_or(FieldKind::Decimal),
        None => f.kind,
    }
}

/// The numerator and denominator field ids of a rate: a computed ratio, or the percent a `rate` rule checks.
fn rate_parts<'t>(t: &'t Template, f: &'t Field) -> Option<(&'t str, &'t str)> {
    if let Some(crate::template::Formula::Ratio { of }) = &f.formula {
        return Some((&of[0], &of[1]));
    }
    t.rules.iter().find_map(|r| match &r.kind {
        RuleKind::Rate {
            rate,
            numerator,
            denominator,
        } if rate == &f.id && t.field(numerator).is_some() && t.field(denominator).is_some() => {
            Some((numerator.as_str(), denominator.as_str()))
        }
        _ => None,
    })
}

/// The number a top-level field holds in a report (computed fields computed).
pub fn field_number(t: &Template, r: &Report, id: &str) -> Option<Decimal> {
    let (_, f) = t.field(id)?;
    if f.kind == FieldKind::Computed {
        return computed_value(t, r, f, None).map(|c| c.value);
    }
    parse_number(r.text(id), f.number_style()?).ok()
}

fn cell(c: &Compilation, report: usize, field: &Field) -> Cell {
    let lr = &c.reports[report];
    let t = &c.templates[lr.template];
    let r = lr.report();
    let value = if field.kind == FieldKind::Computed {
        match computed_value(t, r, field, None) {
            Some(v) => CellValue::Number(v.value),
            None => CellValue::Missing,
        }
    } else {
        let text = r.text(&field.id).trim();
        if text.is_empty() {
            CellValue::Missing
        } else {
            match field.number_style().map(|s| parse_number(text, s)) {
                Some(Ok(d)) => CellValue::Number(d),
                _ => CellValue::Invalid(text.to_string()),
            }
        }
    };
    let flagged = lr.findings.iter().any(|f| f.is_open() && f.involves(&field.id));
    let parts = rate_parts(t, field).and_then(|(n, d)| Some((field_number(t, r, n)?, field_number(t, r, d)?)));
    Cell { value, flagged, parts }
}

/// The table for `scope` over the current reports (older duplicates left out), rows sorted by unit.
pub fn build_table(c: &Compilation, scope: &Scope) -> FigureTable {
    let current = c.current();
    // (column, for each template index: the field that feeds it)
    let mut columns: Vec<(Column, Vec<Option<&Field>>)> = Vec::new();
    let n_templates = c.templates.len();
    let title = match scope {
        Scope::Template(id) => c
            .templates
            .iter()
            .find(|t| &t.id == id)
            .map_or_else(|| id.clone(), |t| t.name.clone()),
        Scope::Shared => SHARED_TITLE.to_string(),
    };
    for (ti, t) in c.templates.iter().enumerate() {
        let wanted = match scope {
            Scope::Template(id) => &t.id == id,
            Scope::Shared => current.iter().any(|&i| c.reports[i].template == ti),
        };
        if !wanted {
            continue;
        }
        for (section, f) in t.fields() {
            // The frame's number (Số) is a count too, but not a figure.
            if section.frame || !is_figure(f) {
                continue;
            }
            let key = match scope {
                Scope::Template(_) => f.id.clone(),
                Scope::Shared => match &f.indicator {
                    Some(ind) => format!("{ind}|{}", f.unit.as_deref().unwrap_or("")),
                    None => continue,
                },
            };
            let pos = match columns.iter().position(|(col, _)| col.key == key) {
                Some(p) => p,
                None => {
                    columns.push((
                        Column {
                            label: f.label.clone(),
                            unit: f.unit.clone(),
                            kind: value_kind(t, f),
                            indicator: f.indicator.clone(),
                            is_rate: false,
                            key,
                        },
                        vec![None; n_templates],
                    ));
                    columns.len() - 1
                }
            };
            let (col, sources) = &mut columns[pos];
            if sources[ti].is_none() {
                sources[ti] = Some(f);
            }
            col.is_rate |= rate_parts(t, f).is_some();
        }
    }
    // Rows: one per unit, its reports newest first.
    let mut units: Vec<(String, String, Vec<usize>)> = Vec::new();
    for &i in &current {
        let lr = &c.reports[i];
        let in_scope = match scope {
            Scope::Template(id) => &c.templates[lr.template].id == id,
            Scope::Shared => true,
        };
        if !in_scope {
            continue;
        }
        match units.iter_mut().find(|u| u.0 == lr.unit_key) {
            Some(u) => u.2.push(i),
            None => units.push((lr.unit_key.clone(), lr.unit.clone(), vec![i])),
        }
    }
    units.sort_by(|a, b| super::units::natural_cmp(&a.0, &b.0));
    let rows = units
        .into_iter()
        .map(|(_, unit, mut reports)| {
            reports.sort_by(|&a, &b| {
                let (ra, rb) = (&c.reports[a], &c.reports[b]);
                (rb.date, &rb.file.exported_at, rb.order).cmp(&(ra.date, &ra.file.exported_at, ra.order))
            });
            let cells = columns
                .iter()
                .map(|(_, sources)| {
                    let mut first: Option<Cell> = None;
                    for &ri in &reports {
                        if let Some(f) = sources[c.reports[ri].template] {
                            let cell = cell(c, ri, f);
                            if cell.value != CellValue::Missing {
                                return cell;
                            }
                            first.get_or_insert(cell);
                        }
                    }
                    first.unwrap_or(Cell {
                        value: CellValue::Missing,
                        flagged: false,
                        parts: None,
                    })
                })
                .collect();
            TableRow { unit, reports, cells }
        })
        .collect();
    FigureTable {
        scope: scope.clone(),
        title,
        columns: columns.into_iter().map(|(c, _)| c).collect(),
        rows,
    }
}
