//! Per-figure statistics (thống kê): total, mean, min/max and which unit, how many units
//! reported, the rate recomputed from the summed counts, and values far from the others.

use crate::number::Decimal;
use crate::template::FieldKind;

use super::table::FigureTable;

/// A rate recomputed from the summed counts: Σ numerators / Σ denominators × 100 over the
/// units that gave both (not an average of the units' rates).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecomputedRate {
    /// Rounded to 2 decimals.
    pub value: Decimal,
    pub numerator: Decimal,
    pub denominator: Decimal,
    /// How many units' counts went in.
    pub units: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FigureStats {
    /// Units with a valid number.
    pub reported: usize,
    /// Units with no value.
    pub missing: usize,
    /// Units whose text is not a number (left out).
    pub invalid: usize,
    /// Sum of the values; none for percentages (a sum of rates means nothing).
    pub total: Option<Decimal>,
    /// Mean, rounded to 2 decimals.
    pub mean: Option<Decimal>,
    /// (value, row index) of the smallest and largest values (the first unit on ties).
    pub min: Option<(Decimal, usize)>,
    pub max: Option<(Decimal, usize)>,
    pub rate: Option<RecomputedRate>,
    /// Rows whose value lies beyond 3 × the interquartile range from the quartiles
    /// (only with at least 5 values; when the IQR is 0, a quarter of the median stands in);
    /// to be checked, not an error.
    pub outliers: Vec<usize>,
}

/// How far outside the quartiles a value is flagged, in interquartile ranges.
pub const OUTLIER_IQR: f64 = 3.0;
/// Fewer values than this give no outliers: quartiles of 3 numbers say nothing.
pub const OUTLIER_MIN_VALUES: usize = 5;

fn to_f64(d: &Decimal) -> f64 {
    d.units() as f64 / 10f64.powi(i32::from(d.scale()))
}

/// Quartile by linear interpolation between closest ranks (the spreadsheet QUARTILE.INC).
fn quartile(sorted: &[f64], q: f64) -> f64 {
    let pos = q * (sorted.len() - 1) as f64;
    let lo = pos.floor() as usize;
    let hi = pos.ceil() as usize;
    sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo as f64)
}

pub fn column_stats(table: &FigureTable, column: usize) -> FigureStats {
    let col = &table.columns[column];
    let mut s = FigureStats::default();
    let mut values: Vec<(Decimal, usize)> = Vec::new();
    for (ri, row) in table.rows.iter().enumerate() {
        let cell = &row.cells[column];
        match &cell.value {
            super::CellValue::Missing => s.missing += 1,
            super::CellValue::Invalid(_) => s.invalid += 1,
            super::CellValue::Number(d) => values.push((*d, ri)),
        }
    }
    s.reported = values.len();
    if values.is_empty() {
        return s;
    }
    let sum = values
        .iter()
        .try_fold(Decimal::from_int(0), |acc, (v, _)| acc.checked_add(v));
    if col.kind != FieldKind::Percent {
        s.total = sum;
    }
    s.mean = sum
        .and_then(|t| t.mul_div_round(1, &Decimal::from_int(values.len() as i128), 2))
        .map(|m| m.normalized());
    s.min = values.iter().copied().reduce(|a, b| if b.0 < a.0 { b } else { a });
    s.max = values.iter().copied().reduce(|a, b| if b.0 > a.0 { b } else { a });
    if col.is_rate {
        let mut n = Decimal::from_int(0);
        let mut d = Decimal::from_int(0);
        let mut units = 0;
        for row in &table.rows {
            if let Some((a, b)) = row.cells[column].parts {
                if let (Some(na), Some(nb)) = (n.checked_add(&a), d.checked_add(&b)) {
                    n = na;
                    d = nb;
                    units += 1;
                }
            }
        }
        if units > 0 {
            if let Some(value) = n.percent_of(&d, 2) {
                s.rate = Some(RecomputedRate {
                    value,
                    numerator: n,
                    denominator: d,
                    units,
                });
            }
        }
    }
    if values.len() >= OUTLIER_MIN_VALUES {
        let mut sorted: Vec<f64> = values.iter().map(|(v, _)| to_f64(v)).collect();
        sorted.sort_by(f64::total_cmp);
        let (q1, q3) = (quartile(&sorted, 0.25), quartile(&sorted, 0.75));
        // All but a few equal (IQR 0): a quarter of the median stands in for the spread, so 1 among
        // many 2 is not flagged but 100 000 among 100 is.
        let iqr = match q3 - q1 {
            d if d > 0.0 => d,
            _ => quartile(&sorted, 0.5).abs() * 0.25,
        };
        let (lo, hi) = (q1 - OUTLIER_IQR * iqr, q3 + OUTLIER_IQR * iqr);
        s.outliers = values
            .iter()
            .filter(|(v, _)| {
                let x = to_f64(v);
                x < lo || x > hi
            })
            .map(|&(_, r)| r)
            .collect();
    }
    s
}

/// Statistics of every column.
pub fn table_stats(table: &FigureTable) -> Vec<FigureStats> {
    (0..table.columns.len()).map(|c| column_stats(table, c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[test]
    fn quartiles_interpolate_like_a_spreadsheet() {
        let v = [1.0, 2.0, 3.0, 4.0, 100.0];
        assert_eq!(quartile(&v, 0.25), 2.0);
        assert_eq!(quartile(&v, 0.75), 4.0);
        let v = [10.0, 20.0, 30.0, 40.0];
        assert_eq!(quartile(&v, 0.25), 17.5);
    }

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[test]
    fn equal_values_flag_only_a_value_far_away() {
        use crate::compile::table::{Cell, CellValue, Column, FigureTable, Scope, TableRow};
        let table = |values: &[i128]| FigureTable {
            scope: Scope::Shared,
            title: String::new(),
            columns: vec![Column {
                key: "k".into(),
                label: "Số trạm".into(),
                unit: None,
                kind: FieldKind::Count,
                indicator: None,
                is_rate: false,
            }],
            rows: values
                .iter()
                .map(|&v| TableRow {
                    unit: format!("Xã {v}"),
                    reports: vec![],
                    cells: vec![Cell {
                        value: CellValue::Number(Decimal::from_int(v)),
                        flagged: false,
                        parts: None,
                    }],
                })
                .collect(),
        };
        assert_eq!(
            column_stats(&table(&[2, 2, 2, 2, 2, 1, 1]), 0).outliers,
            Vec::<usize>::new()
        );
        assert_eq!(
            column_stats(&table(&[100, 100, 100, 100, 100_000]), 0).outliers,
            vec![4]
        );
        let s = column_stats(&table(&[10, 12, 11, 13, 12, 90]), 0);
        assert_eq!(s.outliers, vec![5]);
        assert_eq!(
            (
                s.total.map(|d| d.units()),
                s.mean.map(|d| crate::number::format_decimal(&d))
            ),
            (Some(148), Some("24,67".to_string()))
        );
    }
}
