//! Ids made from Vietnamese labels (mã tạo từ nhãn): ascii, lower case, words joined by "-",
//! unique within what is already taken. An id is made once, when the part is created, and never
//! follows later renames: reports already written on the template keep their values.

use std::collections::HashSet;

use crate::text::without_marks as base_letter;

/// Longest id made from a label, cut at a word boundary (ids show in report files, keep them short).
const MAX_LEN: usize = 32;

/// "Công tác chỉ đạo, điều hành" → "cong-tac-chi-dao-dieu-hanh"; "" when the label has no letter or digit.
pub fn slugify(label: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in label.chars().flat_map(char::to_lowercase) {
        let c = base_letter(c);
        if c.is_ascii_alphanumeric() {
            word.push(c);
        } else if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    let mut id = String::new();
    for w in words {
        let extra = if id.is_empty() { w.len() } else { w.len() + 1 };
        if !id.is_empty() && id.len() + extra > MAX_LEN {
            break;
        }
        if !id.is_empty() {
            id.push('-');
        }
        id.push_str(&w);
    }
    id.truncate(MAX_LEN);
    id.trim_end_matches('-').to_string()
}

/// An id for `label` that is not in `taken`: the slug, else the slug with "-2", "-3", …
/// `fallback` ("muc", "truong", …) stands in for a label with no letter.
pub fn unique_id(label: &str, fallback: &str, taken: &HashSet<String>) -> String {
    let base = match slugify(label) {
        s if s.is_empty() => fallback.to_string(),
        s => s,
    };
    unique(base, taken)
}

/// `base`, else `base-2`, `base-3`, … whichever is not in `taken`.
pub fn unique(base: String, taken: &HashSet<String>) -> String {
    if !taken.contains(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken.contains(id))
        .expect("an unused number exists")
}
