//! Upper and lower case (chữ hoa, chữ thường) with std's mappings from compact tables.
//!
//! `str::to_lowercase`/`to_uppercase` link the standard library's case tables, about 9 KB of the
//! gzipped wasm. `core/build.rs` writes the same mappings, taken from the compiler's own std, as runs
//! (start, count, stride, offset): a few hundred entries. A test checks every code point against std.

include!(concat!(env!("OUT_DIR"), "/case_table.rs"));

/// Up to three characters: what one character becomes.
type Mapped = std::iter::Take<std::array::IntoIter<char, 3>>;

fn map(c: char, runs: &[(u32, u16, u8, i32)], multi: &[(u32, [u32; 3])]) -> Mapped {
    let u = c as u32;
    let one = |x: char| [x, '\0', '\0'].into_iter().take(1);
    if let Ok(i) = multi.binary_search_by_key(&u, |m| m.0) {
        let to = multi[i].1.map(|x| char::from_u32(x).unwrap_or('\0'));
        let n = to.iter().take_while(|&&x| x != '\0').count();
        return to.into_iter().take(n);
    }
    let i = runs.partition_point(|r| r.0 <= u);
    if let Some(&(start, len, stride, delta)) = i.checked_sub(1).map(|i| &runs[i]) {
        let (k, stride) = (u - start, u32::from(stride));
        if k % stride == 0 && k / stride < u32::from(len) {
            return one(char::from_u32(u.wrapping_add_signed(delta)).unwrap_or(c));
        }
    }
    one(c)
}

/// The lower case of one character (as `char::to_lowercase`).
pub fn lower_char(c: char) -> Mapped {
    map(c, &LOWER, &LOWER_MULTI)
}

/// The upper case of one character (as `char::to_uppercase`).
pub fn upper_char(c: char) -> Mapped {
    map(c, &UPPER, &UPPER_MULTI)
}

/// The text in lower case (as `str::to_lowercase`, except that a Greek capital sigma always
/// becomes σ, never the word-final ς).
pub fn lower(text: &str) -> String {
    text.chars().flat_map(lower_char).collect()
}

/// The text in upper case (as `str::to_uppercase`).
pub fn upper(text: &str) -> String {
    text.chars().flat_map(upper_char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_point_maps_as_std_does() {
        for c in (0..=0x10FFFF_u32).filter_map(char::from_u32) {
            assert_eq!(
                lower_char(c).collect::<String>(),
                c.to_lowercase().collect::<String>(),
                "{c:?}"
            );
            assert_eq!(
                upper_char(c).collect::<String>(),
                c.to_uppercase().collect::<String>(),
                "{c:?}"
            );
        }
    }

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[test]
    fn vietnamese_text_changes_case() {
        assert_eq!(upper("Ủy ban nhân dân xã Tịnh Khê"), "ỦY BAN NHÂN DÂN XÃ TỊNH KHÊ");
        assert_eq!(lower("PHỤ LỤC Ⅱ: ĐẦU TƯ"), "phụ lục ⅱ: đầu tư");
        assert_eq!(upper("straße ŉ"), "STRASSE ʼN");
        assert_eq!(lower("İ"), "i\u{307}");
    }
}
