//! Finding catalogue documents from what a user types in a document-list row: a number ("57"), a
//! symbol or its start ("411/QĐ", "57-nq/tw"), or words of the type, issuer or title ("chiến lược
//! kinh tế số", "nghi quyet 57": marks may be left out).

use super::{DocumentCatalogue, Entry};

/// Lower case, NFC, without Vietnamese marks ("Quyết Định" → "quyet dinh", "QĐ" → "qd").
fn fold(text: &str) -> String {
    crate::text::lower(&crate::text::nfc(text))
        .chars()
        .map(crate::text::without_marks)
        .collect()
}

/// A letter or digit of a folded text (Vietnamese letters are ASCII once folded; any other
/// non-ASCII character counts as a letter, so no Unicode table is needed).
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || !c.is_ascii()
}

/// Words of a folded text: runs of letters and digits.
fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded.split(|c: char| !is_word_char(c)).filter(|w| !w.is_empty())
}

/// Words that say nothing about which document is meant ("Nghị quyết số 57 ngày … của …").
const FILLER: [&str; 4] = ["so", "ngay", "cua", "ve"];

/// How well `entry` matches the query tokens; `None` when some token matches nothing.
///
/// Each token must match: a token with "/" or "-" matches the start of the symbol (the whole
/// symbol scores most); a number matches the symbol's leading number (then, weakly, a number in the
/// symbol or title: "2022", the "57" of a title citing 57-NQ/TW); a word matches the start of a
/// word of the type (most), the issuer or title, or a part of the symbol ("tw", "qd").
fn score(entry: &Entry, tokens: &[String]) -> Option<u32> {
    let symbol = fold(&entry.symbol);
    let number: String = symbol.chars().take_while(char::is_ascii_digit).collect();
    let kind = fold(&entry.kind);
    let rest = fold(&format!("{} {}", entry.issuer, entry.title));
    let mut total = 0;
    for t in tokens {
        let s = if t.contains(['/', '-']) {
            if symbol == *t {
                100
            } else if symbol.starts_with(t.as_str()) {
                60
            } else {
                return None;
            }
        } else if t.chars().all(|c| c.is_ascii_digit()) {
            if number == *t {
                50
            } else if words(&symbol).any(|w| w == t) || words(&rest).any(|w| w == t) {
                2
            } else {
                return None;
            }
        } else if words(&kind).any(|w| w.starts_with(t.as_str())) {
            15
        } else if words(&symbol).any(|w| w == t) {
            12
        } else if words(&rest).any(|w| w.starts_with(t.as_str())) {
            10
        } else {
            return None;
        };
        total += s;
    }
    Some(total)
}

/// Entries matching `query`, best first (ties in catalogue order), at most `limit`. Case, marks and
/// NFC do not matter; an empty query (or one of filler words only) matches nothing.
pub fn search<'a>(catalogue: &'a DocumentCatalogue, query: &str, limit: usize) -> Vec<&'a Entry> {
    let folded = fold(query);
    let tokens: Vec<String> = folded
        .split_whitespace()
        .map(|t| t.trim_matches(|c: char| !is_word_char(c)).to_string())
        .filter(|t| !t.is_empty() && !FILLER.contains(&t.as_str()))
        .collect();
    if tokens.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<(u32, usize, &Entry)> = catalogue
        .entries
        .iter()
        .enumerate()
        .filter_map(|(i, e)| Some((score(e, &tokens)?, i, e)))
        .collect();
    // Best score first, then file order (the sort is stable and `found` is in file order).
    crate::sort::sort_small_by(&mut found, |a, b| a.0 > b.0);
    found.into_iter().take(limit).map(|(_, _, e)| e).collect()
}
