//! Recipients (nơi nhận) on the left, the signer on the right.

use super::{lines, push_escaped, push_p, strip_end_punct, Ctx};
use crate::template::frame_ids as ids;

/// Recipient lines as printed: each "- …;", the last "- … ." ("- Lưu: VT, VX.").
pub(crate) fn recipient_lines(text: &str) -> Vec<String> {
    let items: Vec<&str> = lines(text)
        .map(|l| {
            strip_end_punct(l.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '+' | '•' | '–')))
        })
        .filter(|l| !l.is_empty())
        .collect();
    let n = items.len();
    items
        .iter()
        .enumerate()
        .map(|(i, item)| format!("- {item}{}", if i + 1 == n { "." } else { ";" }))
        .collect()
}

pub(crate) fn render(out: &mut String, ctx: &Ctx<'_>) {
    out.push_str("<table class=\"ky\">\n<tr>\n<td class=\"noi-nhan\">\n");
    let recipients = recipient_lines(ctx.text(ids::RECIPIENTS));
    if !recipients.is_empty() {
        out.push_str("<p class=\"noi-nhan-tieu-de\">Nơi nhận:</p>\n");
        for line in &recipients {
            push_p(out, "", line);
        }
    }
    out.push_str("</td>\n<td class=\"nguoi-ky\">\n");
    for id in [ids::SIGNER_AUTHORITY, ids::SIGNER_TITLE] {
        for line in lines(ctx.text(id)) {
            out.push_str("<p class=\"chuc-vu\">");
            push_escaped(out, &line.to_uppercase());
            out.push_str("</p>\n");
        }
    }
    out.push_str("<div class=\"cho-ky\"></div>\n");
    let name = ctx.text(ids::SIGNER_NAME);
    if !name.is_empty() {
        push_p(out, "ho-ten", name);
    }
    out.push_str("</td>\n</tr>\n</table>\n");
}

#[cfg(test)]
mod tests {
    use super::recipient_lines;

    #[test]
    fn recipients_end_with_semicolons_and_a_full_stop() {
        assert_eq!(
            recipient_lines("Sở Khoa học và Công nghệ,\n  - CT, các PCT UBND xã;\n\n+ Các thôn\n- Lưu: VT, VX."),
            vec![
                "- Sở Khoa học và Công nghệ;",
                "- CT, các PCT UBND xã;",
                "- Các thôn;",
                "- Lưu: VT, VX."
            ]
        );
        assert_eq!(recipient_lines("Lưu VT"), vec!["- Lưu VT."]);
        assert!(recipient_lines(" \n - \n").is_empty());
    }
}
