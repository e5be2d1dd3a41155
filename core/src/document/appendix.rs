//! Appendices (phụ lục): sections marked `appendix`, after the signature, each on a new page.

use super::body::field_blocks;
use super::header::{number_and_symbol, short_date};
use super::{lines, Appendix, Block, Ctx};
use crate::template::frame_ids as ids;

const ROMAN: [&str; 10] = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

/// Each appendix section with something to print, numbered when there are several.
pub(crate) fn appendices(ctx: &Ctx<'_>) -> Vec<Appendix> {
    let printed: Vec<(Vec<Block>, &str)> = ctx
        .template
        .sections
        .iter()
        .filter(|s| s.appendix && !s.frame)
        .filter_map(|s| {
            let mut blocks = Vec::new();
            for f in &s.fields {
                field_blocks(&mut blocks, ctx, f);
            }
            super::body::join_lead_ins(&mut blocks);
            (!blocks.is_empty()).then_some((blocks, s.title.as_str()))
        })
        .collect();
    let n = printed.len();
    let attached = attached_line(ctx);
    printed
        .into_iter()
        .enumerate()
        .map(|(i, (blocks, title))| Appendix {
            label: if n > 1 {
                format!("Phụ lục {}", ROMAN.get(i).copied().unwrap_or(""))
                    .trim()
                    .to_string()
            } else {
                "Phụ lục".into()
            },
            title: crate::text::upper(&ctx.fill(appendix_title(title))),
            attached: attached.clone(),
            blocks,
        })
        .collect()
}

/// The title without a leading "Phụ lục …:" the template may already carry.
fn appendix_title(title: &str) -> &str {
    let t = title.trim();
    if crate::text::lower(t).starts_with("phụ lục") {
        if let Some((_, rest)) = t.split_once([':', '.', '–', '-']) {
            return rest.trim();
        }
    }
    t
}

/// "(Kèm theo Báo cáo số 05/BC-UBND ngày 05/11/2025 của Ủy ban nhân dân xã Đăk Long)".
pub(crate) fn attached_line(ctx: &Ctx<'_>) -> String {
    let body: Vec<&str> = lines(ctx.text(ids::ISSUING_BODY)).collect();
    let body = sentence_case_body(&body.join(" "));
    let of = if body.is_empty() {
        String::new()
    } else {
        format!(" của {body}")
    };
    format!(
        "(Kèm theo Báo cáo số {} ngày {}{of})",
        number_and_symbol(ctx),
        short_date(ctx)
    )
}

/// "ỦY BAN NHÂN DÂN XÃ ĐĂK LONG" → "Ủy ban nhân dân xã Đăk Long": common words lower case,
/// the place name after the unit word capitalised. Text not written in capitals is kept.
pub(crate) fn sentence_case_body(text: &str) -> String {
    let t = text.trim();
    if t.is_empty() || t != crate::text::upper(t) {
        return t.to_string();
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    let units = ["XÃ", "PHƯỜNG", "TRẤN", "KHU", "HUYỆN", "TỈNH", "THÀNH PHỐ", "PHỐ"];
    let Some(unit_at) = words.iter().rposition(|w| units.contains(w)) else {
        return t.to_string();
    };
    words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let lower = crate::text::lower(w);
            if i == 0 || i > unit_at {
                capitalise(&lower)
            } else {
                lower
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn capitalise(word: &str) -> String {
    let mut c = word.chars();
    match c.next() {
        Some(f) => crate::text::upper_char(f).chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issuing_body_in_sentence_case() {
        assert_eq!(
            sentence_case_body("ỦY BAN NHÂN DÂN XÃ ĐĂK LONG"),
            "Ủy ban nhân dân xã Đăk Long"
        );
        assert_eq!(
            sentence_case_body("ỦY BAN NHÂN DÂN PHƯỜNG TRƯƠNG QUANG TRỌNG"),
            "Ủy ban nhân dân phường Trương Quang Trọng"
        );
        assert_eq!(sentence_case_body("UBND xã Tịnh Khê"), "UBND xã Tịnh Khê");
        assert_eq!(sentence_case_body("BAN CHỈ ĐẠO"), "BAN CHỈ ĐẠO");
    }

    #[test]
    fn appendix_title_drops_its_own_prefix() {
        assert_eq!(
            appendix_title("Phụ lục: Kết quả thực hiện chỉ tiêu"),
            "Kết quả thực hiện chỉ tiêu"
        );
        assert_eq!(
            appendix_title("Kết quả thực hiện chỉ tiêu"),
            "Kết quả thực hiện chỉ tiêu"
        );
    }
}
