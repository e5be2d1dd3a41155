//! Number and symbol of a referenced document (số, ký hiệu văn bản).
//!
//! State documents: `số/LOẠI-CƠQUAN` (43/KH-UBND, 411/QĐ-TTg), with an optional year
//! (08/2023/QĐ-TTg), or a công văn with no type code (384/UBND-VX).
//! Party documents: `số-LOẠI/CƠQUAN` (02-KH/BCĐTW, 06-CV/ĐU).

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentStyle {
    /// Văn bản của cơ quan nhà nước.
    State,
    /// Văn bản của Đảng.
    Party,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentNumberError {
    pub text: String,
    pub reason: &'static str,
}

impl DocumentNumberError {
    pub fn message(&self) -> String {
        format!(
            "Số, ký hiệu “{}” không đúng dạng: {}. Dạng đúng: 43/KH-UBND, 08/2023/QĐ-TTg, 384/UBND-VX (văn bản nhà nước) hoặc 02-KH/BCĐTW (văn bản của Đảng).",
            self.text, self.reason
        )
    }
}

/// Checks a document's number and symbol; returns which style it is.
pub fn check_document_number(text: &str) -> Result<DocumentStyle, DocumentNumberError> {
    let t = text.trim();
    let err = |reason| {
        Err(DocumentNumberError {
            text: t.to_string(),
            reason,
        })
    };
    if t.is_empty() {
        return err("chưa nhập");
    }
    if t.chars().any(char::is_whitespace) {
        return err("không được có dấu cách, nhất là quanh “/” và “-”");
    }
    if !t.chars().any(char::is_uppercase) && t.chars().any(char::is_lowercase) {
        return err("ký hiệu viết bằng chữ in hoa (ví dụ KH-UBND)");
    }
    let lead: String = t.chars().take_while(char::is_ascii_digit).collect();
    if lead.is_empty() {
        return err("phải bắt đầu bằng số thứ tự của văn bản");
    }
    let rest = &t[lead.len()..];
    if let Some(symbol) = rest.strip_prefix('/') {
        // State style; an optional 4-digit year comes first.
        let symbol = match symbol.split_once('/') {
            Some((year, s)) if year.len() == 4 && year.chars().all(|c| c.is_ascii_digit()) => s,
            Some(_) => return err("sau số thứ tự chỉ có thể là năm (4 chữ số) rồi đến ký hiệu"),
            None => symbol,
        };
        let parts: Vec<&str> = symbol.split('-').collect();
        if parts.len() < 2 {
            return err("thiếu ký hiệu dạng LOẠI-CƠQUAN sau dấu “/”");
        }
        if !parts.iter().all(|p| is_code(p)) {
            return err("ký hiệu chỉ gồm chữ viết tắt, ngăn cách bằng “-”");
        }
        Ok(DocumentStyle::State)
    } else if let Some(symbol) = rest.strip_prefix('-') {
        let Some((kind, body)) = symbol.split_once('/') else {
            return err("văn bản của Đảng viết số-LOẠI/CƠQUAN");
        };
        if !is_code(kind) || !body.split('-').all(is_code) {
            return err("ký hiệu chỉ gồm chữ viết tắt");
        }
        Ok(DocumentStyle::Party)
    } else if rest.is_empty() {
        err("chỉ có số, thiếu ký hiệu văn bản")
    } else {
        err("sau số thứ tự phải là “/” (văn bản nhà nước) hoặc “-” (văn bản của Đảng)")
    }
}

/// An abbreviation: letters (Vietnamese included), digits, "&"; at least one letter.
fn is_code(s: &str) -> bool {
    !s.is_empty()
        && s.chars().any(char::is_alphabetic)
        && s.chars().all(|c| c.is_alphanumeric() || c == '&' || c == '.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[test]
    fn accepts_both_styles_from_the_seeds() {
        for s in [
            "43/KH-UBND",
            "411/QĐ-TTg",
            "1026/SKHCN-BCVT&CNTT",
            "08/2023/QĐ-TTg",
            "42/2022/NĐ-CP",
            "384/UBND-VX",
            "53/SKHCN-BCVT&CĐS",
            "01/PA-TTPVHCC",
        ] {
            assert_eq!(check_document_number(s), Ok(DocumentStyle::State), "{s}");
        }
        for s in ["02-KH/BCĐTW", "244-KH/HU", "06-CV/ĐU", "01-CTr/BCĐTW", "57-NQ/TW"] {
            assert_eq!(check_document_number(s), Ok(DocumentStyle::Party), "{s}");
        }
    }

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[test]
    fn rejects_malformed_numbers_with_reason() {
        let e = check_document_number("430/UBND -VHXH").unwrap_err();
        assert!(e.message().contains("dấu cách"), "{}", e.message());
        assert!(check_document_number("205")
            .unwrap_err()
            .message()
            .contains("thiếu ký hiệu"));
        assert!(check_document_number("KH-UBND").is_err());
        assert!(check_document_number("43/KH").is_err());
        assert!(check_document_number("43/20/KH-UBND").is_err());
        assert!(check_document_number("43_KH-UBND").is_err());
        assert!(check_document_number("02-KH").is_err());
        assert!(check_document_number("43/kh-ubnd")
            .unwrap_err()
            .message()
            .contains("chữ in hoa"));
    }
}
