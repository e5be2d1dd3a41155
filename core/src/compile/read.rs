//! Reading many report files at once (đọc nhiều tệp báo cáo): each file is kept or refused
//! with its reason, and a refused file never stops the others.

use crate::date::Date;
use crate::export::{read_file, ExportFile};
use crate::report::Report;
use crate::template::{frame_ids, Severity, Template};
use crate::validate::{validate, Finding};

use super::units::{unit_key, unit_name};

/// A report file that was read: its envelope, the template it was written with (an index into
/// [`Compilation::templates`]) and its findings checked again now (not the ones stored in the
/// file, which an edited file could misstate).
#[derive(Debug, Clone)]
pub struct LoadedReport {
    pub file_name: String,
    pub file: ExportFile,
    pub template: usize,
    pub findings: Vec<Finding>,
    /// "Xã Đăk Long".
    pub unit: String,
    /// [`unit_key`] of `unit`.
    pub unit_key: String,
    /// The report's date, when valid.
    pub date: Option<Date>,
    /// Order in which the file was added (the later of two equal files wins).
    pub order: usize,
}

impl LoadedReport {
    pub fn report(&self) -> &Report {
        &self.file.report
    }

    /// "Số: 05/BC-UBND" as written ("…/BC-UBND" while the clerk has not numbered it).
    pub fn number(&self) -> String {
        let r = self.report();
        let n = r.text(frame_ids::NUMBER).trim();
        let symbol = r.text(frame_ids::SYMBOL).trim();
        format!(
            "{}/{}",
            if n.is_empty() { "…" } else { n },
            if symbol.is_empty() { "BC-UBND" } else { symbol }
        )
    }

    /// The report's date as written ("" when none).
    pub fn date_text(&self) -> String {
        self.date
            .map(|d| d.to_string())
            .unwrap_or_else(|| self.report().text(frame_ids::DATE).trim().to_string())
    }

    /// "Phó Chủ tịch Nguyễn Văn A" (title and name of who signed).
    pub fn signer(&self) -> String {
        let r = self.report();
        let title = r.text(frame_ids::SIGNER_TITLE).trim();
        let name = r.text(frame_ids::SIGNER_NAME).trim();
        let title = capitalise_title(title);
        [title.as_str(), name]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Open (not accepted) findings of the given severity.
    pub fn open(&self, severity: Severity) -> impl Iterator<Item = &Finding> {
        self.findings
            .iter()
            .filter(move |f| f.severity == severity && f.is_open())
    }

    pub fn open_errors(&self) -> usize {
        self.open(Severity::Error).count()
    }

    pub fn open_warnings(&self) -> usize {
        self.open(Severity::Warning).count()
    }

    /// Accepted warnings with their reasons.
    pub fn accepted(&self) -> impl Iterator<Item = (&Finding, &str)> {
        self.findings
            .iter()
            .filter_map(|f| f.accepted.as_deref().map(|reason| (f, reason)))
    }
}

fn capitalise_title(title: &str) -> String {
    // "PHÓ CHỦ TỊCH" → "Phó Chủ tịch": first letter upper, the rest as a sentence.
    let lower = title.to_lowercase();
    let mut chars = lower.chars();
    let mut out: String = chars.next().map(|c| c.to_uppercase().collect()).unwrap_or_default();
    out.push_str(chars.as_str());
    out.replace("chủ tịch", "Chủ tịch")
}

/// A file that could not be used, with the reason in Vietnamese.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileProblem {
    pub file_name: String,
    pub message: String,
}

/// The same unit sent the same report type more than once: the newest is kept, all are listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicate {
    pub unit: String,
    pub template_name: String,
    /// Index of the report kept.
    pub kept: usize,
    /// Indices of the older reports set aside.
    pub superseded: Vec<usize>,
}

/// Everything read so far.
#[derive(Debug, Clone, Default)]
pub struct Compilation {
    /// The templates files can be read with (built-in and loaded ones).
    pub templates: Vec<Template>,
    pub reports: Vec<LoadedReport>,
    pub problems: Vec<FileProblem>,
    added: usize,
}

impl Compilation {
    pub fn new(templates: Vec<Template>) -> Compilation {
        Compilation {
            templates,
            ..Compilation::default()
        }
    }

    /// How many files were given (read or refused).
    pub fn files_seen(&self) -> usize {
        self.added
    }

    /// Reads one file. Never fails: a file that cannot be used goes to [`Compilation::problems`].
    pub fn add_file(&mut self, file_name: &str, text: &str) {
        let order = self.added;
        self.added += 1;
        match self.read(file_name, text, order) {
            Ok(r) => self.reports.push(r),
            Err(message) => self.problems.push(FileProblem {
                file_name: file_name.to_string(),
                message,
            }),
        }
    }

    /// A file that could not be read as text at all (not UTF-8, unreadable from disk).
    pub fn add_unreadable(&mut self, file_name: &str, reason: &str) {
        self.added += 1;
        self.problems.push(FileProblem {
            file_name: file_name.to_string(),
            message: reason.to_string(),
        });
    }

    fn read(&self, file_name: &str, text: &str, order: usize) -> Result<LoadedReport, String> {
        let file = read_file(text).map_err(|e| e.message())?;
        let id = &file.report.template_id;
        let version = file.report.template_version;
        let same_id: Vec<(usize, &Template)> = self.templates.iter().enumerate().filter(|(_, t)| &t.id == id).collect();
        let Some(&(index, template)) = same_id.iter().max_by_key(|(_, t)| t.version) else {
            let name = if file.template.name.is_empty() {
                String::new()
            } else {
                format!(" (“{}”)", file.template.name)
            };
            return Err(format!(
                "Báo cáo theo mẫu “{id}”{name} mà ứng dụng chưa có. Hãy nạp tệp mẫu báo cáo này ở trang đầu rồi mở lại tệp."
            ));
        };
        if version > template.version {
            return Err(format!(
                "Báo cáo theo mẫu “{}” phiên bản {version}, mới hơn phiên bản {} ứng dụng đang có. Hãy nạp mẫu mới hoặc dùng phiên bản mới nhất của ứng dụng.",
                template.name, template.version
            ));
        }
        let findings = validate(template, &file.report);
        let unit = unit_name(&file.report);
        let date = Date::parse(file.report.text(frame_ids::DATE)).ok();
        Ok(LoadedReport {
            file_name: file_name.to_string(),
            unit_key: unit_key(&unit),
            unit,
            date,
            template: index,
            findings,
            file,
            order,
        })
    }

    /// Newest first: report date, then export time, then the later file.
    fn newer(a: &LoadedReport, b: &LoadedReport) -> bool {
        (a.date, &a.file.exported_at, a.order) > (b.date, &b.file.exported_at, b.order)
    }

    /// Groups of reports from the same unit for the same report type, in the order their first
    /// file was added. O(n log n): the page asks on every file read.
    pub fn duplicates(&self) -> Vec<Duplicate> {
        let mut groups: std::collections::BTreeMap<(&str, &str), Vec<usize>> = std::collections::BTreeMap::new();
        for (i, r) in self.reports.iter().enumerate() {
            groups
                .entry((r.unit_key.as_str(), self.templates[r.template].id.as_str()))
                .or_default()
                .push(i);
        }
        let mut out: Vec<Duplicate> = groups
            .into_values()
            .filter(|g| g.len() > 1)
            .map(|group| {
                let kept = *group
                    .iter()
                    .reduce(|a, b| {
                        if Self::newer(&self.reports[*b], &self.reports[*a]) {
                            b
                        } else {
                            a
                        }
                    })
                    .expect("group is not empty");
                let first = &self.reports[group[0]];
                Duplicate {
                    unit: first.unit.clone(),
                    template_name: self.templates[first.template].name.clone(),
                    kept,
                    superseded: group.into_iter().filter(|&j| j != kept).collect(),
                }
            })
            .collect();
        out.sort_by_key(|d| d.superseded.iter().chain([&d.kept]).min().copied());
        out
    }

    /// Indices of the reports that count: all but the older copies of a duplicate.
    pub fn current(&self) -> Vec<usize> {
        let set_aside: std::collections::HashSet<usize> =
            self.duplicates().into_iter().flat_map(|d| d.superseded).collect();
        (0..self.reports.len()).filter(|i| !set_aside.contains(i)).collect()
    }

    /// The message of a duplicate, for the list of reports.
    pub fn duplicate_message(&self, d: &Duplicate) -> String {
        let describe = |i: usize| {
            let r = &self.reports[i];
            let date = r.date_text();
            if date.is_empty() {
                format!("tệp “{}”", r.file_name)
            } else {
                format!("bản ngày {date} (tệp “{}”)", r.file_name)
            }
        };
        let older: Vec<String> = d.superseded.iter().map(|&i| describe(i)).collect();
        format!(
            "{} gửi {} báo cáo “{}”: dùng {}; không tính {}.",
            d.unit,
            d.superseded.len() + 1,
            d.template_name,
            describe(d.kept),
            older.join(", ")
        )
    }

    /// Report types present among the current reports, with how many reports each, in template order.
    pub fn report_types(&self) -> Vec<(usize, usize)> {
        let current = self.current();
        let mut out: Vec<(usize, usize)> = Vec::new();
        for (ti, _) in self.templates.iter().enumerate() {
            let n = current.iter().filter(|&&i| self.reports[i].template == ti).count();
            if n > 0 {
                out.push((ti, n));
            }
        }
        out
    }

    /// The names of the units with at least one current report, each once, sorted.
    pub fn reporting_units(&self) -> Vec<String> {
        let mut units: Vec<(String, String)> = self
            .current()
            .into_iter()
            .map(|i| (self.reports[i].unit_key.clone(), self.reports[i].unit.clone()))
            .collect();
        units.sort_by(|a, b| super::units::natural_cmp(&a.0, &b.0));
        units.dedup_by(|a, b| a.0 == b.0);
        units.into_iter().map(|(_, n)| n).collect()
    }
}
