//! XML text for WordprocessingML: escaping, runs and paragraphs.

/// Appends `text` escaped for XML element content and attribute values. Characters XML 1.0
/// does not allow (control characters other than tab, line feed and carriage return, U+FFFE,
/// U+FFFF) are dropped; a tab becomes a space (Word would turn it into a tab stop). Rust
/// strings cannot hold lone surrogates, so none can reach the file.
pub fn push_xml(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' => out.push(' '),
            '\n' | '\r' => out.push(' '),
            c if allowed_in_xml(c) => out.push(c),
            _ => {}
        }
    }
}

/// XML 1.0 `Char` (§2.2), less the line breaks handled by the caller.
fn allowed_in_xml(c: char) -> bool {
    matches!(c, '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..='\u{10FFFF}')
        // C1 controls are legal XML but invisible junk in a document.
        && !('\u{7F}'..='\u{9F}').contains(&c)
}

/// Run formatting.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Fmt {
    pub bold: bool,
    pub italic: bool,
    /// Font size in points; 0 keeps the paragraph style's.
    pub size: u8,
}

impl Fmt {
    pub const PLAIN: Fmt = Fmt {
        bold: false,
        italic: false,
        size: 0,
    };
    pub const BOLD: Fmt = Fmt {
        bold: true,
        italic: false,
        size: 0,
    };
    pub const ITALIC: Fmt = Fmt {
        bold: false,
        italic: true,
        size: 0,
    };
    pub fn size(self, size: u8) -> Fmt {
        Fmt { size, ..self }
    }
}

/// `<w:r>` with `text`; the lines of `text` are separated by `<w:br/>`.
pub fn push_run(out: &mut String, fmt: Fmt, text: &str) {
    out.push_str("<w:r>");
    if fmt != Fmt::PLAIN {
        out.push_str("<w:rPr>");
        if fmt.bold {
            out.push_str("<w:b/><w:bCs/>");
        }
        if fmt.italic {
            out.push_str("<w:i/><w:iCs/>");
        }
        if fmt.size > 0 {
            let half = u32::from(fmt.size) * 2;
            out.push_str(&format!("<w:sz w:val=\"{half}\"/><w:szCs w:val=\"{half}\"/>"));
        }
        out.push_str("</w:rPr>");
    }
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push_str("<w:br/>");
        }
        out.push_str("<w:t xml:space=\"preserve\">");
        push_xml(out, line);
        out.push_str("</w:t>");
    }
    out.push_str("</w:r>");
}

/// A paragraph of style `style` with the given runs; `ppr` is extra paragraph properties.
pub fn push_para(out: &mut String, style: &str, ppr: &str, runs: &[(Fmt, &str)]) {
    out.push_str("<w:p><w:pPr><w:pStyle w:val=\"");
    out.push_str(style);
    out.push_str("\"/>");
    out.push_str(ppr);
    out.push_str("</w:pPr>");
    for (fmt, text) in runs {
        push_run(out, *fmt, text);
    }
    out.push_str("</w:p>");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn esc(s: &str) -> String {
        let mut out = String::new();
        push_xml(&mut out, s);
        out
    }

    #[test]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn hostile_text_is_escaped_and_illegal_characters_dropped() {
        assert_eq!(
            esc("<script>a & b</script> ]]> \"x\" 'y'"),
            "&lt;script&gt;a &amp; b&lt;/script&gt; ]]&gt; &quot;x&quot; &apos;y&apos;"
        );
        assert_eq!(esc("a\u{0}b\u{1}c\u{8}d\u{B}e\u{C}f\u{1F}g\u{7F}h\u{85}i"), "abcdefghi");
        assert_eq!(esc("x\u{FFFE}\u{FFFF}y\tz"), "xy z");
        assert_eq!(esc("Đăk Long ư ơ ế ủ 99,92% 🇻🇳"), "Đăk Long ư ơ ế ủ 99,92% 🇻🇳");
    }

    #[test]
    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    fn runs_carry_format_and_line_breaks() {
        let mut out = String::new();
        push_run(&mut out, Fmt::BOLD.size(13), "ỦY BAN NHÂN DÂN\nXÃ ĐĂK LONG");
        assert_eq!(
            out,
            "<w:r><w:rPr><w:b/><w:bCs/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/></w:rPr>\
<w:t xml:space=\"preserve\">ỦY BAN NHÂN DÂN</w:t><w:br/><w:t xml:space=\"preserve\">XÃ ĐĂK LONG</w:t></w:r>"
        );
    }
}
