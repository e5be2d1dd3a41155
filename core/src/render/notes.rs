//! Notes (ghi chú) at the end: accepted warnings with the user's reasons and, when asked
//! for, the findings still open, in a clearly marked block.

use super::{push_escaped, push_p, Ctx};
use crate::template::Severity;
use crate::validate::Finding;

pub(crate) fn render(out: &mut String, _ctx: &Ctx<'_>, findings: &[Finding], open_findings: bool) {
    let accepted: Vec<&Finding> = findings.iter().filter(|f| f.accepted.is_some()).collect();
    let open: Vec<&Finding> = if open_findings {
        findings.iter().filter(|f| f.is_open()).collect()
    } else {
        Vec::new()
    };
    if accepted.is_empty() && open.is_empty() {
        return;
    }
    out.push_str("<section class=\"ghi-chu\">\n<p class=\"ghi-chu-tieu-de\">Ghi chú</p>\n");
    if !accepted.is_empty() {
        push_p(out, "ghi-chu-nhom", "Cảnh báo đã được xem xét và chấp nhận:");
        for f in &accepted {
            out.push_str("<p>- ");
            push_escaped(out, f.message.trim());
            out.push_str(" <em>Lý do: ");
            push_escaped(out, f.accepted.as_deref().unwrap_or("").trim());
            out.push_str("</em></p>\n");
        }
    }
    if !open.is_empty() {
        let errors = open.iter().filter(|f| f.severity == Severity::Error).count();
        let warnings = open.len() - errors;
        out.push_str("<div class=\"con-loi\">\n");
        push_p(
            out,
            "con-loi-tieu-de",
            &format!("BẢN CHƯA HOÀN THIỆN: còn {errors} lỗi và {warnings} cảnh báo chưa xử lý"),
        );
        for f in &open {
            let tag = if f.severity == Severity::Error {
                "Lỗi"
            } else {
                "Cảnh báo"
            };
            out.push_str("<p>- <strong>");
            out.push_str(tag);
            out.push_str(":</strong> ");
            push_escaped(out, f.message.trim());
            out.push_str("</p>\n");
        }
        out.push_str("</div>\n");
    }
    out.push_str("</section>\n");
}
