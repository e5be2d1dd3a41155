//! Section status for the task list (danh sách mục): derived, never stored.

use super::finding::{Finding, FindingKind};
use crate::field_path::FieldPath;
use crate::report::Report;
use crate::template::{FieldKind, Section, Severity};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionStatus {
    /// Chưa bắt đầu.
    NotStarted,
    /// Đang làm.
    InProgress,
    /// Có lỗi.
    HasErrors,
    /// Hoàn thành.
    Complete,
}

impl SectionStatus {
    pub fn label(self) -> &'static str {
        match self {
            SectionStatus::NotStarted => "Chưa bắt đầu",
            SectionStatus::InProgress => "Đang làm",
            SectionStatus::HasErrors => "Có lỗi",
            SectionStatus::Complete => "Hoàn thành",
        }
    }
}

/// Status of `section` given the report and the findings of [`super::validate`].
pub fn section_status(section: &Section, report: &Report, findings: &[Finding]) -> SectionStatus {
    let in_section = |f: &&Finding| {
        f.fields
            .iter()
            .any(|p| FieldPath::parse(p).is_some_and(|p| section.fields.iter().any(|fl| fl.id == p.field_id())))
    };
    let touched = section
        .fields
        .iter()
        .filter(|f| f.kind != FieldKind::Computed)
        .any(|f| report.values.get(&f.id).is_some_and(|v| !v.is_blank()));
    if !touched {
        return SectionStatus::NotStarted;
    }
    let mine: Vec<&Finding> = findings.iter().filter(in_section).collect();
    if mine
        .iter()
        .any(|f| f.severity == Severity::Error && f.kind != FindingKind::Missing)
    {
        return SectionStatus::HasErrors;
    }
    // A missing figure that is only a warning (an exact sum's empty part) does not keep it open.
    if mine
        .iter()
        .any(|f| f.kind == FindingKind::Missing && f.severity == Severity::Error)
    {
        return SectionStatus::InProgress;
    }
    SectionStatus::Complete
}
