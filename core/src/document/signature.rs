//! Recipients (nơi nhận) on the left, the signer on the right.

use super::{lines, strip_end_punct, Ctx, Signer};
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

/// Authority and title upper case ("TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH"), then the name.
pub(crate) fn signer(ctx: &Ctx<'_>) -> Signer {
    Signer {
        titles: [ids::SIGNER_AUTHORITY, ids::SIGNER_TITLE]
            .iter()
            .flat_map(|id| lines(ctx.text(id)).map(crate::text::upper))
            .collect(),
        name: ctx.text(ids::SIGNER_NAME).to_string(),
    }
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
