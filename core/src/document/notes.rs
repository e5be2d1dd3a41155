//! Notes (ghi chú kiểm tra): accepted warnings with the user's reasons — only in the copy the
//! user asks for with review notes, never in the signed document — and, when asked for, the
//! findings still open, in a clearly marked block.

use super::{Contents, Notes, OpenFindings};
use crate::template::Severity;
use crate::validate::Finding;

pub(crate) fn notes(findings: &[Finding], contents: Contents) -> Notes {
    let accepted = if contents.review_notes {
        findings
            .iter()
            .filter_map(|f| {
                let reason = f.accepted.as_deref()?;
                Some((f.message.trim().to_string(), reason.trim().to_string()))
            })
            .collect()
    } else {
        Vec::new()
    };
    let open: Vec<&Finding> = if contents.open_findings {
        findings.iter().filter(|f| f.is_open()).collect()
    } else {
        Vec::new()
    };
    let open = (!open.is_empty()).then(|| {
        let errors = open.iter().filter(|f| f.severity == Severity::Error).count();
        let warnings = open.len() - errors;
        OpenFindings {
            title: format!("BẢN CHƯA HOÀN THIỆN: còn {errors} lỗi và {warnings} cảnh báo chưa xử lý"),
            items: open
                .iter()
                .map(|f| {
                    let tag = if f.severity == Severity::Error {
                        "Lỗi"
                    } else {
                        "Cảnh báo"
                    };
                    (tag, f.message.trim().to_string())
                })
                .collect(),
        }
    });
    Notes { accepted, open }
}
