//! The province's compilation (tổng hợp báo cáo): many commune reports read at once, checked,
//! lined up unit × figure, summed, charted and written out as XLSX, CSV and a printable summary.
//!
//! Every step is plain data in, plain data out, so the compilation page and the command-line
//! tool (`bccds tong-hop`) produce exactly the same table and workbook.
//!
//! - [`read`]: files → [`Compilation`] (reports kept, files refused with their reason, duplicates);
//! - [`units`]: the unit's name and the expected-units list (who has not reported yet);
//! - [`table`]: the unit × figure table of a report type, or of the shared catalogue indicators;
//! - [`stats`]: per figure total, mean, min/max, recomputed rates, outliers (3 × IQR);
//! - [`chart`], [`summary`]: the SVG bar chart and the printable summary page (Nghị định 30);
//! - [`csv`], [`xlsx`]: the exports.

pub mod chart;
pub mod csv;
pub mod read;
pub mod sheets;
pub mod stats;
pub mod summary;
pub mod synthetic;
pub mod table;
pub mod units;
pub mod xlsx;

pub use read::{Compilation, Duplicate, FileProblem, LoadedReport};
pub use sheets::{workbook_sheets, Sheet, SheetCell};
pub use stats::table_stats;
pub use stats::{column_stats, FigureStats, RecomputedRate};
pub use table::{build_table, Cell, CellValue, Column, FigureTable, Scope, TableRow};
pub use units::{check_expected, natural_cmp, parse_expected_units, unit_key, unit_name, ExpectedCheck};
