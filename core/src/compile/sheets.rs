//! The workbook's sheets as plain data (bảng tính), written out by [`super::xlsx`] and [`super::csv`]:
//! the raw data (one row per unit, one column per figure), the summary per figure, the findings.

use crate::number::Decimal;
use crate::template::Severity;

use super::read::Compilation;
use super::stats::FigureStats;
use super::table::{CellValue, FigureTable};

/// One spreadsheet cell.
#[derive(Debug, Clone, PartialEq)]
pub enum SheetCell {
    Empty,
    Text(String),
    /// Numbers stay numbers (the spreadsheet formats them in the reader's locale).
    Number(Decimal),
}

impl SheetCell {
    fn text(t: impl Into<String>) -> SheetCell {
        SheetCell::Text(t.into())
    }
    fn opt(d: Option<Decimal>) -> SheetCell {
        d.map_or(SheetCell::Empty, SheetCell::Number)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    /// At most 31 characters, none of `[]:*?/\` (the spreadsheet's rule).
    pub name: String,
    /// The first row; bold and frozen in the workbook.
    pub header: Vec<String>,
    pub rows: Vec<Vec<SheetCell>>,
}

/// The columns that come before the figures on the raw-data sheet.
pub const RAW_LEAD: [&str; 4] = ["Đơn vị", "Loại báo cáo", "Số báo cáo", "Ngày báo cáo"];

/// "Số liệu": one row per unit, one column per figure ("label (unit)"). Invalid text is kept as text
/// so nothing a unit wrote disappears; missing figures are empty cells.
pub fn raw_sheet(c: &Compilation, table: &FigureTable) -> Sheet {
    let mut header: Vec<String> = RAW_LEAD.iter().map(|s| s.to_string()).collect();
    header.extend(table.columns.iter().map(|col| col.header()));
    let rows = table
        .rows
        .iter()
        .map(|row| {
            let first = row.reports.first().map(|&i| &c.reports[i]);
            let mut cells = vec![
                SheetCell::text(&row.unit),
                SheetCell::text(
                    row.reports
                        .iter()
                        .map(|&i| c.templates[c.reports[i].template].name.as_str())
                        .collect::<Vec<_>>()
                        .join("; "),
                ),
                first.map_or(SheetCell::Empty, |r| SheetCell::text(r.number())),
                first.map_or(SheetCell::Empty, |r| SheetCell::text(r.date_text())),
            ];
            cells.extend(row.cells.iter().map(|cell| match &cell.value {
                CellValue::Missing => SheetCell::Empty,
                CellValue::Number(d) => SheetCell::Number(*d),
                CellValue::Invalid(t) => SheetCell::text(t),
            }));
            cells
        })
        .collect();
    Sheet {
        name: "Số liệu".into(),
        header,
        rows,
    }
}

/// Header of the summary sheet.
pub const SUMMARY_HEADER: [&str; 12] = [
    "Chỉ tiêu",
    "Đơn vị tính",
    "Số đơn vị báo cáo",
    "Tổng",
    "Trung bình",
    "Nhỏ nhất",
    "Đơn vị nhỏ nhất",
    "Lớn nhất",
    "Đơn vị lớn nhất",
    "Tỷ lệ tính lại từ tổng số (%)",
    "Cách tính tỷ lệ",
    "Cần kiểm tra (ngoài 3 × IQR)",
];

/// "Tổng hợp": one row per figure.
pub fn summary_sheet(table: &FigureTable, stats: &[FigureStats]) -> Sheet {
    let unit_of =
        |r: Option<(Decimal, usize)>| r.map_or(SheetCell::Empty, |(_, i)| SheetCell::text(&table.rows[i].unit));
    let rows = table
        .columns
        .iter()
        .zip(stats)
        .map(|(col, s)| {
            vec![
                SheetCell::text(&col.label),
                col.unit.as_ref().map_or(SheetCell::Empty, SheetCell::text),
                SheetCell::Number(Decimal::from_int(s.reported as i128)),
                SheetCell::opt(s.total),
                SheetCell::opt(s.mean),
                SheetCell::opt(s.min.map(|m| m.0)),
                unit_of(s.min),
                SheetCell::opt(s.max.map(|m| m.0)),
                unit_of(s.max),
                SheetCell::opt(s.rate.as_ref().map(|r| r.value)),
                s.rate
                    .as_ref()
                    .map_or(SheetCell::Empty, |r| SheetCell::text(rate_explanation(r))),
                if s.outliers.is_empty() {
                    SheetCell::Empty
                } else {
                    SheetCell::text(
                        s.outliers
                            .iter()
                            .map(|&i| table.rows[i].unit.as_str())
                            .collect::<Vec<_>>()
                            .join("; "),
                    )
                },
            ]
        })
        .collect();
    Sheet {
        name: "Tổng hợp".into(),
        header: SUMMARY_HEADER.iter().map(|s| s.to_string()).collect(),
        rows,
    }
}

/// "1.644 / 1.686 × 100 (2 đơn vị)".
pub fn rate_explanation(r: &super::stats::RecomputedRate) -> String {
    format!(
        "{} / {} × 100 ({} đơn vị)",
        crate::number::format_decimal(&r.numerator),
        crate::number::format_decimal(&r.denominator),
        r.units
    )
}

pub const FINDINGS_HEADER: [&str; 6] = ["Đơn vị", "Loại báo cáo", "Tệp", "Mức", "Nội dung", "Lý do chấp nhận"];

/// "Phát hiện": every finding of the reports in the table (open and accepted), and the files refused.
pub fn findings_sheet(c: &Compilation, table: &FigureTable) -> Sheet {
    let mut rows = Vec::new();
    for row in &table.rows {
        for &i in &row.reports {
            let r = &c.reports[i];
            for f in &r.findings {
                let level = match (f.severity, f.is_open()) {
                    (Severity::Error, _) => "Lỗi",
                    (Severity::Warning, true) => "Cảnh báo",
                    (Severity::Warning, false) => "Cảnh báo đã chấp nhận",
                };
                rows.push(vec![
                    SheetCell::text(&r.unit),
                    SheetCell::text(&c.templates[r.template].name),
                    SheetCell::text(&r.file_name),
                    SheetCell::text(level),
                    SheetCell::text(&f.message),
                    f.accepted.as_ref().map_or(SheetCell::Empty, SheetCell::text),
                ]);
            }
        }
    }
    for p in &c.problems {
        rows.push(vec![
            SheetCell::Empty,
            SheetCell::Empty,
            SheetCell::text(&p.file_name),
            SheetCell::text("Không đọc được tệp"),
            SheetCell::text(&p.message),
            SheetCell::Empty,
        ]);
    }
    Sheet {
        name: "Phát hiện".into(),
        header: FINDINGS_HEADER.iter().map(|s| s.to_string()).collect(),
        rows,
    }
}

/// The three sheets of the workbook, in order.
pub fn workbook_sheets(c: &Compilation, table: &FigureTable, stats: &[FigureStats]) -> Vec<Sheet> {
    vec![
        raw_sheet(c, table),
        summary_sheet(table, stats),
        findings_sheet(c, table),
    ]
}
