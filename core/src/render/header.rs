//! Header block (phần đầu văn bản): issuing body and number on the left, national title and
//! motto, place and date on the right; then the type name "BÁO CÁO" and the summary.

use super::{lines, push_escaped, Ctx, BLANK};
use crate::date::Date;
use crate::number::{parse_number, NumberStyle};
use crate::template::frame_ids as ids;

pub(crate) const NATIONAL_TITLE: &str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
pub(crate) const MOTTO: &str = "Độc lập - Tự do - Hạnh phúc";

/// "05/BC-UBND" (number zero-padded below 10), or blanks before "/" when the clerk assigns it.
pub(crate) fn number_and_symbol(ctx: &Ctx<'_>) -> String {
    let symbol = match ctx.text(ids::SYMBOL) {
        "" => "BC-UBND",
        s => s,
    };
    let number = ctx.text(ids::NUMBER);
    let number = if number.is_empty() {
        BLANK.to_string()
    } else {
        match parse_number(number, NumberStyle::Count) {
            Ok(n) if n.is_integer() && !n.is_negative() => format!("{:02}", n.units()),
            _ => number.to_string(),
        }
    };
    format!("{number}/{symbol}")
}

/// "ngày 05 tháng 11 năm 2025"; blanks when no date yet; the text as typed when unreadable.
pub(crate) fn long_date(ctx: &Ctx<'_>) -> String {
    let text = ctx.text(ids::DATE);
    if text.is_empty() {
        return format!("ngày{BLANK}tháng{BLANK}năm{BLANK}");
    }
    match Date::parse(text) {
        Ok(d) => d.long_form(),
        Err(_) => text.to_string(),
    }
}

/// "05/11/2025" for the appendix line, blanks when no date yet.
pub(crate) fn short_date(ctx: &Ctx<'_>) -> String {
    let text = ctx.text(ids::DATE);
    if text.is_empty() {
        return format!("{BLANK}/{BLANK}/{BLANK}");
    }
    Date::parse(text)
        .map(|d| d.to_string())
        .unwrap_or_else(|_| text.to_string())
}

/// The `<title>` of the HTML file.
pub(crate) fn document_title(ctx: &Ctx<'_>) -> String {
    let summary: Vec<&str> = lines(ctx.text(ids::SUMMARY)).collect();
    let summary = if summary.is_empty() {
        ctx.template.name.clone()
    } else {
        summary.join(" ")
    };
    format!(
        "Báo cáo số {} – {}",
        number_and_symbol(ctx).replace('\u{a0}', ""),
        summary
    )
}

pub(crate) fn render(out: &mut String, ctx: &Ctx<'_>) {
    out.push_str("<table class=\"dau\">\n<tr>\n<td class=\"dau-trai\">\n<div class=\"cq\">\n");
    let parent = ctx.text(ids::PARENT_BODY);
    if !parent.is_empty() {
        out.push_str("<p class=\"cq-chu-quan\">");
        push_upper_lines(out, parent);
        out.push_str("</p>\n");
    }
    out.push_str("<p class=\"cq-ban-hanh\">");
    push_upper_lines(out, &issuing_body_lines(ctx.text(ids::ISSUING_BODY)));
    out.push_str("</p>\n<div class=\"gach gach-cq\"></div>\n</div>\n</td>\n<td class=\"dau-phai\">\n");
    out.push_str("<p class=\"quoc-hieu\">");
    out.push_str(NATIONAL_TITLE);
    out.push_str("</p>\n<p class=\"tieu-ngu\"><span>");
    out.push_str(MOTTO);
    out.push_str("</span></p>\n</td>\n</tr>\n<tr>\n<td class=\"so\">Số: ");
    push_escaped(out, &number_and_symbol(ctx));
    out.push_str("</td>\n<td class=\"dia-danh-ngay\">");
    let place = ctx.text(ids::PLACE);
    if !place.is_empty() {
        push_escaped(out, place);
        out.push_str(", ");
    }
    push_escaped(out, &long_date(ctx));
    out.push_str("</td>\n</tr>\n</table>\n");

    out.push_str("<h1 class=\"ten-loai\">BÁO CÁO</h1>\n<p class=\"trich-yeu\">");
    let mut first = true;
    for line in lines(ctx.text(ids::SUMMARY)) {
        if !first {
            out.push_str("<br>");
        }
        first = false;
        push_escaped(out, line);
    }
    out.push_str("</p>\n<div class=\"gach gach-trich-yeu\"></div>\n");
}

/// "Ủy ban nhân dân xã Đăk Long" on one line → "ỦY BAN NHÂN DÂN" / "XÃ ĐĂK LONG" on two,
/// as the header is set; a name the user already broke into lines is kept.
pub(crate) fn issuing_body_lines(text: &str) -> String {
    let upper = text.trim().to_uppercase();
    if upper.contains('\n') {
        return upper;
    }
    for prefix in ["ỦY BAN NHÂN DÂN ", "UỶ BAN NHÂN DÂN "] {
        if let Some(rest) = upper.strip_prefix(prefix) {
            if !rest.trim().is_empty() {
                return format!("{}\n{}", prefix.trim(), rest.trim());
            }
        }
    }
    upper
}

/// Upper-cased lines joined by `<br>` (a body name may be typed on two lines).
fn push_upper_lines(out: &mut String, text: &str) {
    let mut first = true;
    for line in lines(text) {
        if !first {
            out.push_str("<br>");
        }
        first = false;
        push_escaped(out, &line.to_uppercase());
    }
}
