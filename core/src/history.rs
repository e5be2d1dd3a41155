//! Earlier states of a draft (các phiên bản trước): when one is taken, which are kept as they age,
//! and what changed between two of them, said in Vietnamese.
//!
//! Times are milliseconds since the epoch (UTC), always given by the caller: the core has no clock.
//! A local time is shown with the caller's offset from UTC.

use serde::{Deserialize, Serialize};

use crate::date::Date;
use crate::document::Placeholders;
use crate::report::{Report, Row, Value};
use crate::template::{FieldKind, Template};

/// At most this many versions are kept per draft (the oldest go first).
pub const MAX_VERSIONS: usize = 30;
/// While the user types, a version at most this often.
pub const TYPING_INTERVAL_MS: u64 = 5 * MINUTE;

const MINUTE: u64 = 60_000;
const HOUR: u64 = 60 * MINUTE;
const DAY: u64 = 24 * HOUR;

/// One earlier state of a draft (phiên bản).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Version {
    /// When it was taken, ms since the epoch.
    pub at: u64,
    /// This state came from restoring the version taken at that time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restored_from: Option<u64>,
    pub report: Report,
}

/// Why a version may be taken now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trigger {
    /// The user left a section (rời một mục).
    LeftSection,
    /// A save while typing: only every [`TYPING_INTERVAL_MS`].
    Typing,
    /// The whole report was replaced (a version restored, or that undone): always kept.
    Replaced,
}

/// Whether `report` should become a version now, after `last` (the newest version, if any).
/// A state equal to the newest version is never kept twice.
pub fn is_due(trigger: Trigger, last: Option<&Version>, report: &Report, now: u64) -> bool {
    let Some(last) = last else { return true };
    let waited = match trigger {
        Trigger::LeftSection | Trigger::Replaced => true,
        Trigger::Typing => now.saturating_sub(last.at) >= TYPING_INTERVAL_MS,
    };
    waited && last.report != *report
}

/// The period a version of time `at` falls in, seen at `now`: `None` within the last hour (every
/// version is kept), then one per 10 minutes until a day old, then one per day.
fn period(at: u64, now: u64) -> Option<(u8, u64)> {
    let age = now.saturating_sub(at);
    if age < HOUR {
        None
    } else if age < DAY {
        Some((1, at / (10 * MINUTE)))
    } else {
        Some((2, at / DAY))
    }
}

/// Thins `versions` (any order; left sorted oldest first): every version of the last hour stays,
/// older ones keep the newest of each period, and then the oldest go until at most `max` remain.
/// The newest version is always kept (for `max` ≥ 1).
pub fn thin(versions: &mut Vec<Version>, now: u64, max: usize) {
    crate::sort::sort_small_by(versions, |a, b| a.at < b.at);
    let periods: Vec<_> = versions.iter().map(|v| period(v.at, now)).collect();
    let mut i = 0;
    versions.retain(|_| {
        let p = periods[i];
        i += 1;
        // Kept unless the next (newer) version is of the same period.
        p.is_none() || periods.get(i) != Some(&p)
    });
    let extra = versions.len().saturating_sub(max);
    versions.drain(..extra);
}

/// Adds `version` (the newest) and thins the list to [`MAX_VERSIONS`].
pub fn record(versions: &mut Vec<Version>, version: Version) {
    let now = version.at;
    versions.push(version);
    thin(versions, now, MAX_VERSIONS);
}

/// Local date and time "dd/mm/yyyy HH:MM" of `at`, `offset_min` minutes east of UTC (Việt Nam: 420).
pub fn format_time(at: u64, offset_min: i32) -> String {
    let (date, h, m) = local(at, offset_min);
    format!("{:02}/{:02}/{} {h:02}:{m:02}", date.day, date.month, date.year)
}

/// "HH:MM" of `at`, local.
pub fn format_clock(at: u64, offset_min: i32) -> String {
    let (_, h, m) = local(at, offset_min);
    format!("{h:02}:{m:02}")
}

fn local(at: u64, offset_min: i32) -> (Date, u64, u64) {
    let minutes = (at / MINUTE) as i64 + i64::from(offset_min);
    let days = minutes.div_euclid(24 * 60);
    let in_day = minutes.rem_euclid(24 * 60) as u64;
    (civil(days), in_day / 60, in_day % 60)
}

/// The calendar date of a day number since 1970-01-01 (H. Hinnant's days-to-civil).
fn civil(days: i64) -> Date {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
    Date { year, month, day }
}

/// What a version changed from the one before it, in one sentence:
/// "Sửa 3 ô ở mục 2. Chính quyền số; thêm 1 dòng ở Văn bản đã ban hành",
/// "Khôi phục phiên bản 09:12", "Phiên bản đầu tiên".
pub fn summary(template: &Template, before: Option<&Version>, version: &Version, offset_min: i32) -> String {
    if let Some(from) = version.restored_from {
        let same_day = local(from, offset_min).0 == local(version.at, offset_min).0;
        return if same_day {
            format!("Khôi phục phiên bản {}", format_clock(from, offset_min))
        } else {
            format!("Khôi phục phiên bản {}", format_time(from, offset_min))
        };
    }
    match before {
        None => "Phiên bản đầu tiên".into(),
        Some(b) => describe_changes(template, &b.report, &version.report),
    }
}

/// The changes from `before` to `after`, section by section in form order.
pub fn describe_changes(template: &Template, before: &Report, after: &Report) -> String {
    let period = Placeholders::of(after);
    let mut parts: Vec<String> = Vec::new();
    for section in &template.sections {
        let mut cells = 0;
        let mut rows: Vec<String> = Vec::new();
        for f in &section.fields {
            let (b, a) = (before.values.get(&f.id), after.values.get(&f.id));
            if f.kind == FieldKind::Table {
                let d = row_changes(before.rows(&f.id), after.rows(&f.id));
                cells += d.cells;
                if d.added > 0 {
                    rows.push(format!("thêm {} dòng ở {}", d.added, short(&f.label)));
                }
                if d.removed > 0 {
                    rows.push(format!("xóa {} dòng ở {}", d.removed, short(&f.label)));
                }
            } else if !same(b, a) {
                cells += 1;
            }
        }
        if cells > 0 {
            parts.push(format!("sửa {cells} ô ở mục {}", period.fill(&section.title)));
        }
        parts.extend(rows);
    }
    let accepted = after
        .accepted
        .keys()
        .filter(|k| before.accepted.get(*k) != after.accepted.get(*k))
        .count();
    let withdrawn = before
        .accepted
        .keys()
        .filter(|k| !after.accepted.contains_key(*k))
        .count();
    if accepted > 0 {
        parts.push(format!("chấp nhận {accepted} cảnh báo"));
    }
    if withdrawn > 0 {
        parts.push(format!("bỏ chấp nhận {withdrawn} cảnh báo"));
    }
    const SHOWN: usize = 3;
    let more = parts.len().saturating_sub(SHOWN);
    parts.truncate(SHOWN);
    let mut text = match parts.is_empty() {
        true => "không có thay đổi".to_string(),
        false => parts.join("; "),
    };
    if more > 0 {
        text.push_str(&format!(" và {more} thay đổi khác"));
    }
    capitalised(&text)
}

/// Blank and absent are the same ("" typed then erased is no change).
fn same(a: Option<&Value>, b: Option<&Value>) -> bool {
    fn filled(v: Option<&Value>) -> Option<&Value> {
        v.filter(|v| !v.is_blank())
    }
    filled(a) == filled(b)
}

#[derive(Debug, Default, PartialEq)]
struct RowChanges {
    added: usize,
    removed: usize,
    /// Cells changed in rows that are neither added nor removed.
    cells: usize,
}

/// Rows equal in both tables are matched in order (longest common subsequence); the unmatched
/// ones are paired as edited rows (their differing cells counted), the rest added or removed.
fn row_changes(before: &[Row], after: &[Row]) -> RowChanges {
    let (n, m) = (before.len(), after.len());
    let mut lcs = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if same_row(&before[i], &after[j]) {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let (mut gone, mut new) = (Vec::new(), Vec::new());
    while i < n || j < m {
        if i < n && j < m && same_row(&before[i], &after[j]) {
            i += 1;
            j += 1;
        } else if j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1]) {
            gone.push(&before[i]);
            i += 1;
        } else {
            new.push(&after[j]);
            j += 1;
        }
    }
    let paired = gone.len().min(new.len());
    let cells = gone.iter().zip(&new).map(|(b, a)| changed_cells(b, a)).sum();
    RowChanges {
        added: new.len() - paired,
        removed: gone.len() - paired,
        cells,
    }
}

fn same_row(a: &Row, b: &Row) -> bool {
    changed_cells(a, b) == 0
}

fn changed_cells(a: &Row, b: &Row) -> usize {
    let mut columns: Vec<&String> = a.keys().chain(b.keys()).collect();
    crate::sort::sort_small_by(&mut columns, |a, b| a < b);
    columns.dedup();
    columns.into_iter().filter(|c| !same(a.get(*c), b.get(*c))).count()
}

/// A label without its trailing explanation: "Căn cứ (Thực hiện Công văn số …)" → "Căn cứ".
fn short(label: &str) -> &str {
    match label.find(" (") {
        Some(i) if i > 0 => &label[..i],
        _ => label,
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => crate::text::upper_char(c).chain(chars).collect(),
        None => String::new(),
    }
}

/// JSON of a version list as kept in the browser.
pub fn to_json(versions: &[Version]) -> String {
    serde_json::to_string(versions).unwrap_or_else(|_| "[]".into())
}

/// Reads a stored version list; an unreadable one reads as empty (versions are a convenience:
/// the draft itself is kept apart and never depends on them).
pub fn from_json(text: &str) -> Vec<Version> {
    serde_json::from_str(text).unwrap_or_default()
}
