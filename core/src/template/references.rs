//! References between fields (rules, formulas, catalogue rules): resolved and checked.

use crate::sorted_map::SortedSet;

use super::load::err;
use super::model::*;
use super::resolve::Resolver;

impl Resolver<'_> {
    pub(super) fn rules(&mut self, t: &Template) {
        // Computed fields' formulas reference fields like rules do.
        for (s, f) in t.fields() {
            self.formula(t, f, None, &format!("mục “{}”, trường “{}”", s.id, f.id));
            for c in &f.columns {
                self.formula(
                    t,
                    c,
                    Some(f),
                    &format!("mục “{}”, bảng “{}”, cột “{}”", s.id, f.id, c.id),
                );
            }
        }
        let mut ids = SortedSet::new();
        for (i, rule) in t.rules.iter().enumerate() {
            let at = format!("rules[{i}] (“{}”)", rule.id);
            if !ids.insert(rule.id.as_str()) {
                self.errors
                    .push(err(&at, format!("Mã quy tắc “{}” bị trùng.", rule.id)));
            }
            let mut tables = SortedSet::new();
            for r in rule.references() {
                match resolve_ref(t, r) {
                    Ok(resolved) => {
                        if let Some(table) = resolved.table {
                            tables.insert(table.to_string());
                        }
                        // Its kind is unknown; the missing indicator is already reported.
                        let numeric = resolved.numeric() || self.unknown_indicator.contains(&resolved.field.id);
                        // Every rule kind, `same` included, compares numbers: a text field would never be checked.
                        if !numeric {
                            self.errors.push(err(
                                &at,
                                format!("“{r}” không phải là trường số nên không dùng được trong quy tắc này."),
                            ));
                        }
                        if let RuleKind::Rate { rate, .. } = &rule.kind {
                            if rate == r
                                && resolved.kind != FieldKind::Percent
                                && !self.unknown_indicator.contains(&resolved.field.id)
                            {
                                self.errors
                                    .push(err(&at, format!("“{r}” phải là trường tỷ lệ (percent).")));
                            }
                        }
                    }
                    Err(msg) => self.errors.push(err(&at, msg)),
                }
            }
            if tables.len() > 1 {
                self.errors
                    .push(err(&at, "Một quy tắc chỉ được so các cột của cùng một bảng."));
            }
            match &rule.kind {
                RuleKind::Sum { parts, .. } if parts.is_empty() => {
                    self.errors.push(err(&at, "Quy tắc tổng cần ít nhất một thành phần."))
                }
                RuleKind::Same { fields } if fields.len() < 2 => {
                    self.errors.push(err(&at, "Quy tắc “same” cần ít nhất hai trường."))
                }
                _ => {}
            }
        }
    }

    fn formula(&mut self, t: &Template, f: &Field, table: Option<&Field>, at: &str) {
        let Some(formula) = &f.formula else { return };
        let refs: Vec<&String> = match formula {
            Formula::Ratio { of } => of.iter().collect(),
            Formula::Sum { of } => of.iter().collect(),
        };
        for r in refs {
            let target = match table {
                Some(tb) => tb.column(r).map(|c| c.kind),
                None => resolve_ref(t, r).ok().map(|x| x.kind),
            };
            match target {
                None => self
                    .errors
                    .push(err(at, format!("Công thức tham chiếu trường không tồn tại “{r}”."))),
                Some(k) if !(k.is_numeric() || k == FieldKind::Computed || k == FieldKind::Fraction) => {
                    self.errors.push(err(
                        at,
                        format!("Công thức chỉ dùng trường số; “{r}” không phải trường số."),
                    ))
                }
                _ => {}
            }
        }
    }
}

/// The one top-level field of `t` for indicator `reference` ("ho-so-truc-tuyen", or "so-thon.den" style
/// suffixes kept); `None` when the template has none or several.
pub(super) fn field_with_indicator(t: &Template, reference: &str) -> Option<String> {
    let mut found = t
        .fields()
        .filter(|(s, f)| !s.frame && f.indicator.as_deref() == Some(reference))
        .map(|(_, f)| f.id.clone());
    let id = found.next()?;
    found.next().is_none().then_some(id)
}

/// A rule's reference, resolved against the template.
#[derive(Debug, Clone, PartialEq)]
pub struct ResolvedRef<'a> {
    /// The top-level field (the table itself for a column reference).
    pub field: &'a Field,
    /// For `table[].column`: the table's id.
    pub table: Option<&'a str>,
    /// For `table[].column`: the column.
    pub column: Option<&'a Field>,
    /// For fractions: `num` or `den`.
    pub part: Option<FractionPart>,
    pub kind: FieldKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FractionPart {
    Numerator,
    Denominator,
}

impl ResolvedRef<'_> {
    pub fn numeric(&self) -> bool {
        self.kind.is_numeric() || self.kind == FieldKind::Computed || self.part.is_some()
    }

    /// The label to quote in messages.
    pub fn label(&self) -> String {
        let base = self.column.unwrap_or(self.field);
        match self.part {
            Some(FractionPart::Numerator) => format!("{} (tử số)", base.label),
            Some(FractionPart::Denominator) => format!("{} (mẫu số)", base.label),
            None => base.label.clone(),
        }
    }
}

/// Resolves `id`, `id.num`, `id.den` or `table[].column`.
pub fn resolve_ref<'a>(t: &'a Template, r: &str) -> Result<ResolvedRef<'a>, String> {
    if let Some((table, column)) = r.split_once("[].") {
        let (_, tf) = t
            .field(table)
            .ok_or_else(|| format!("Quy tắc tham chiếu bảng không tồn tại “{table}”."))?;
        if tf.kind != FieldKind::Table {
            return Err(format!("“{table}” không phải là bảng."));
        }
        let col = tf
            .column(column)
            .ok_or_else(|| format!("Bảng “{table}” không có cột “{column}”."))?;
        return Ok(ResolvedRef {
            field: tf,
            table: Some(&tf.id),
            column: Some(col),
            part: None,
            kind: col.kind,
        });
    }
    let (id, part) = match r.rsplit_once('.') {
        Some((id, "num")) => (id, Some(FractionPart::Numerator)),
        Some((id, "den")) => (id, Some(FractionPart::Denominator)),
        _ => (r, None),
    };
    let (_, f) = t
        .field(id)
        .ok_or_else(|| format!("Quy tắc tham chiếu trường không tồn tại “{id}”."))?;
    if part.is_some() && f.kind != FieldKind::Fraction {
        return Err(format!("“{r}”: chỉ trường phân số (fraction) mới có .num/.den."));
    }
    if f.kind == FieldKind::Fraction && part.is_none() {
        return Err(format!("“{r}” là phân số: hãy dùng “{id}.num” hoặc “{id}.den”."));
    }
    Ok(ResolvedRef {
        field: f,
        table: None,
        column: None,
        part,
        kind: f.kind,
    })
}
