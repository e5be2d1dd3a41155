//! Header block (phần đầu văn bản): issuing body and number on the left, national title and
//! motto, place and date on the right; then the type name "BÁO CÁO" and the summary.

use super::{lines, Ctx, Header, BLANK};
use crate::date::Date;
use crate::number::{parse_number, NumberStyle};
use crate::template::frame_ids as ids;

/// "05/BC-UBND" (number zero-padded below 10), or blanks before "/" when the clerk assigns it.
pub(crate) fn number_and_symbol(ctx: &Ctx<'_>) -> String {
    number_symbol(ctx.text(ids::NUMBER), ctx.text(ids::SYMBOL))
}

/// [`number_and_symbol`] of the texts of the fields `so` and `ky-hieu`.
pub(crate) fn number_symbol(number: &str, symbol: &str) -> String {
    let symbol = match symbol {
        "" => "BC-UBND",
        s => s,
    };
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

/// The title of the file ("Báo cáo số 05/BC-UBND – …").
pub(crate) fn document_title(ctx: &Ctx<'_>) -> String {
    let summary = ctx.filled(ids::SUMMARY);
    let summary: Vec<&str> = lines(&summary).collect();
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

pub(crate) fn header(ctx: &Ctx<'_>) -> Header {
    let upper_lines = |text: &str| lines(text).map(crate::text::upper).collect::<Vec<_>>();
    let place = ctx.text(ids::PLACE);
    let date = long_date(ctx);
    Header {
        parent_body: upper_lines(ctx.text(ids::PARENT_BODY)),
        issuing_body: upper_lines(&issuing_body_lines(ctx.text(ids::ISSUING_BODY))),
        number_line: format!("Số: {}", number_and_symbol(ctx)),
        place_date: if place.is_empty() {
            date
        } else {
            format!("{place}, {date}")
        },
    }
}

/// "Ủy ban nhân dân xã Đăk Long" on one line → "ỦY BAN NHÂN DÂN" / "XÃ ĐĂK LONG" on two,
/// as the header is set; a name the user already broke into lines is kept.
pub(crate) fn issuing_body_lines(text: &str) -> String {
    let upper = crate::text::upper(text.trim());
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
