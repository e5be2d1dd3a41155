//! Changing values by field path ("id" or "table/row/column"), keeping what was typed.

use bccds_core::report::{Report, Row, Value};

pub fn set(report: &mut Report, path: &str, value: Value) {
    let mut parts = path.splitn(3, '/');
    let id = parts.next().unwrap_or_default().to_string();
    match (parts.next().and_then(|r| r.parse::<usize>().ok()), parts.next()) {
        (Some(row), Some(col)) => {
            let rows = rows_mut(report, &id);
            while rows.len() <= row {
                rows.push(Row::new());
            }
            rows[row].insert(col.to_string(), value);
        }
        _ => {
            report.values.insert(id, value);
        }
    }
}

fn rows_mut<'r>(report: &'r mut Report, table: &str) -> &'r mut Vec<Row> {
    let entry = report
        .values
        .entry(table.to_string())
        .or_insert_with(|| Value::Rows(Vec::new()));
    if !matches!(entry, Value::Rows(_)) {
        *entry = Value::Rows(Vec::new());
    }
    match entry {
        Value::Rows(rows) => rows,
        _ => unreachable!("just set to rows"),
    }
}

pub fn add_row(report: &mut Report, table: &str) {
    rows_mut(report, table).push(Row::new());
}

pub fn remove_row(report: &mut Report, table: &str, row: usize) {
    let rows = rows_mut(report, table);
    if row < rows.len() {
        rows.remove(row);
    }
}

pub fn move_row(report: &mut Report, table: &str, row: usize, up: bool) {
    let rows = rows_mut(report, table);
    let other = if up { row.checked_sub(1) } else { Some(row + 1) };
    if let Some(o) = other.filter(|&o| o < rows.len() && row < rows.len()) {
        rows.swap(row, o);
    }
}
