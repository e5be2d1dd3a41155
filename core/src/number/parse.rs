use super::decimal::{Decimal, MAX_SCALE};

/// What kind of number a field holds; decides which suffixes are accepted and
/// whether decimals are allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberStyle {
    /// Số đếm: whole numbers only ("1.686").
    Count,
    /// Số thập phân ("28.050,38"), at most `max_scale` decimals.
    Decimal { max_scale: u8 },
    /// Tỷ lệ phần trăm ("99,92%" or "99,92"); the % sign is optional.
    Percent,
    /// Tiền đồng ("50.000.000 đồng", "100.000.000đ"); whole đồng.
    Money,
}

/// Why a text is not a number, each with a precise Vietnamese message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumberError {
    Empty,
    InvalidChar {
        ch: char,
    },
    NoDigits,
    MultipleCommas,
    /// "1.5", "99.92": a dot that is not a thousands separator.
    BadGrouping {
        text: String,
        as_decimal: Option<String>,
    },
    /// "1,686" in a count: comma is the decimal mark.
    NotWhole {
        text: String,
    },
    TooManyDecimals {
        max: u8,
    },
    MisplacedSign,
    SuffixNotAllowed {
        suffix: String,
    },
    TooLarge,
}

impl NumberError {
    /// The message shown next to the field.
    pub fn message(&self) -> String {
        match self {
            NumberError::Empty => "Chưa nhập số.".into(),
            NumberError::InvalidChar { ch } => format!(
                "Ký tự “{ch}” không hợp lệ trong một số. Chỉ dùng chữ số, dấu chấm (phân cách hàng nghìn) và dấu phẩy (thập phân)."
            ),
            NumberError::NoDigits => "Không có chữ số nào.".into(),
            NumberError::MultipleCommas => {
                "Có nhiều hơn một dấu phẩy. Dấu phẩy là dấu thập phân, chỉ dùng một lần (ví dụ 28.050,38).".into()
            }
            NumberError::BadGrouping { text, as_decimal } => match as_decimal {
                Some(dec) => format!(
                    "“{text}” không đúng cách viết số: dấu chấm chỉ dùng để phân cách hàng nghìn (nhóm 3 chữ số). Nếu là số thập phân, hãy viết {dec}."
                ),
                None => format!(
                    "“{text}” không đúng cách viết số: dấu chấm chỉ dùng để phân cách hàng nghìn, mỗi nhóm sau dấu chấm có đúng 3 chữ số (ví dụ 1.686)."
                ),
            },
            NumberError::NotWhole { text } => {
                let digits: String = text.chars().filter(char::is_ascii_digit).collect();
                format!(
                    "Cần một số nguyên. “{text}” có dấu phẩy, là dấu thập phân trong cách viết Việt Nam; nếu là số hàng nghìn, hãy viết bằng dấu chấm hoặc không dấu (ví dụ {}).",
                    group_hint(&digits)
                )
            }
            NumberError::TooManyDecimals { max } => {
                format!("Chỉ được ghi tối đa {max} chữ số sau dấu phẩy.")
            }
            NumberError::MisplacedSign => "Dấu trừ chỉ được đặt ở đầu số.".into(),
            NumberError::SuffixNotAllowed { suffix } => {
                format!("“{suffix}” không dùng được ở đây. Chỉ nhập con số; đơn vị đã ghi sẵn bên cạnh ô.")
            }
            NumberError::TooLarge => "Số quá lớn.".into(),
        }
    }
}

fn group_hint(digits: &str) -> String {
    if digits.is_empty() {
        return "1.686".into();
    }
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(c);
    }
    out
}

const MONEY_SUFFIXES: [&str; 6] = ["đồng", "đ", "vnđ", "vnd", "₫", "đ."];

/// Parses a number written the Vietnamese way. Spaces around the number are ignored;
/// a percent sign (for percentages) or a currency word (for money) may follow it.
pub fn parse_number(text: &str, style: NumberStyle) -> Result<Decimal, NumberError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(NumberError::Empty);
    }
    let body = strip_suffix(trimmed, style)?;
    let (negative, body) = match body.strip_prefix('-') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, body),
    };
    if body.contains('-') {
        return Err(NumberError::MisplacedSign);
    }
    if let Some(ch) = body.chars().find(|c| !(c.is_ascii_digit() || *c == '.' || *c == ',')) {
        return Err(NumberError::InvalidChar { ch });
    }
    if !body.chars().any(|c| c.is_ascii_digit()) {
        return Err(NumberError::NoDigits);
    }
    let mut halves = body.split(',');
    let int_part = halves.next().unwrap_or("");
    let frac_part = halves.next();
    if halves.next().is_some() {
        return Err(NumberError::MultipleCommas);
    }
    if let Some(f) = frac_part {
        if f.contains('.') || f.is_empty() {
            return Err(NumberError::BadGrouping {
                text: trimmed.to_string(),
                as_decimal: None,
            });
        }
        if style == NumberStyle::Count || style == NumberStyle::Money {
            return Err(NumberError::NotWhole {
                text: trimmed.to_string(),
            });
        }
    }
    let int_digits = check_grouping(int_part, trimmed)?;
    let frac_digits = frac_part.unwrap_or("");
    let max_scale = match style {
        NumberStyle::Decimal { max_scale } => max_scale.min(MAX_SCALE),
        NumberStyle::Percent => 4,
        _ => 0,
    };
    if frac_digits.len() > usize::from(max_scale) {
        return Err(NumberError::TooManyDecimals { max: max_scale });
    }
    let all: String = format!("{int_digits}{frac_digits}");
    if all.len() > 30 {
        return Err(NumberError::TooLarge);
    }
    let units: i128 = if all.is_empty() {
        0
    } else {
        all.parse().map_err(|_| NumberError::TooLarge)?
    };
    let units = if negative { -units } else { units };
    Ok(Decimal::new(units, frac_digits.len() as u8))
}

fn strip_suffix(text: &str, style: NumberStyle) -> Result<&str, NumberError> {
    let lower = text.to_lowercase();
    match style {
        NumberStyle::Percent => {
            if let Some(rest) = text.strip_suffix('%') {
                return Ok(rest.trim_end());
            }
        }
        NumberStyle::Money => {
            for s in MONEY_SUFFIXES {
                if lower.ends_with(s) {
                    // byte length of the suffix is the same in lower and original for these words
                    let cut = text.len() - s.len();
                    if text.is_char_boundary(cut) {
                        return Ok(text[..cut].trim_end());
                    }
                }
            }
        }
        _ => {}
    }
    // Any trailing letters are a unit typed into the box: say so instead of "invalid char".
    let tail_start = text
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic() || *c == '%' || *c == ' ' || *c == '/')
        .last()
        .map(|(i, _)| i);
    if let Some(i) = tail_start {
        let suffix = text[i..].trim();
        if !suffix.is_empty() && i > 0 && text[..i].chars().any(|c| c.is_ascii_digit()) {
            return Err(NumberError::SuffixNotAllowed {
                suffix: suffix.to_string(),
            });
        }
    }
    Ok(text)
}

/// Checks "1.686.000"-style grouping and returns the bare digits.
fn check_grouping(int_part: &str, whole_text: &str) -> Result<String, NumberError> {
    if !int_part.contains('.') {
        return Ok(int_part.to_string());
    }
    let groups: Vec<&str> = int_part.split('.').collect();
    let first_ok = !groups[0].is_empty() && groups[0].len() <= 3;
    let rest_ok = groups[1..].iter().all(|g| g.len() == 3);
    if first_ok && rest_ok {
        return Ok(groups.concat());
    }
    // "99.92" or "1.5": probably a decimal written the English way; say what to write, don't guess.
    let as_decimal = if groups.len() == 2 && !groups[0].is_empty() && !groups[1].is_empty() {
        Some(format!("{},{}", groups[0], groups[1]))
    } else {
        None
    };
    Err(NumberError::BadGrouping {
        text: whole_text.to_string(),
        as_decimal,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(text: &str, style: NumberStyle) -> (i128, u8) {
        let d = parse_number(text, style).unwrap_or_else(|e| panic!("{text}: {}", e.message()));
        (d.units(), d.scale())
    }

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[test]
    fn parses_seed_figures() {
        assert_eq!(ok("1.686", NumberStyle::Count), (1686, 0));
        assert_eq!(ok("1686", NumberStyle::Count), (1686, 0));
        assert_eq!(ok("03", NumberStyle::Count), (3, 0));
        assert_eq!(ok("99,92%", NumberStyle::Percent), (9992, 2));
        assert_eq!(ok("97,5", NumberStyle::Percent), (975, 1));
        assert_eq!(ok("16,1 %", NumberStyle::Percent), (161, 1));
        assert_eq!(ok("28.050,38", NumberStyle::Decimal { max_scale: 3 }), (2805038, 2));
        assert_eq!(ok("53,787", NumberStyle::Decimal { max_scale: 3 }), (53787, 3));
        assert_eq!(ok("50.000.000 đồng", NumberStyle::Money), (50_000_000, 0));
        assert_eq!(ok("100.000.000đ", NumberStyle::Money), (100_000_000, 0));
        assert_eq!(ok("  6.945 ", NumberStyle::Count), (6945, 0));
    }

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[test]
    fn rejects_english_decimal_point_with_a_hint() {
        let e = parse_number("99.92", NumberStyle::Percent).unwrap_err();
        assert_eq!(
            e,
            NumberError::BadGrouping {
                text: "99.92".into(),
                as_decimal: Some("99,92".into())
            }
        );
        assert!(e.message().contains("hãy viết 99,92"), "{}", e.message());
    }

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[test]
    fn rejects_comma_in_counts() {
        let e = parse_number("1,686", NumberStyle::Count).unwrap_err();
        assert!(e.message().contains("1.686"), "{}", e.message());
    }

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[test]
    fn rejects_malformed_text() {
        assert_eq!(parse_number("", NumberStyle::Count), Err(NumberError::Empty));
        assert_eq!(
            parse_number("12a3", NumberStyle::Count),
            Err(NumberError::InvalidChar { ch: 'a' })
        );
        assert_eq!(
            parse_number("1,2,3", NumberStyle::Percent),
            Err(NumberError::MultipleCommas)
        );
        assert_eq!(parse_number("1-2", NumberStyle::Count), Err(NumberError::MisplacedSign));
        assert_eq!(parse_number("1,234", NumberStyle::Percent), Ok(Decimal::new(1234, 3)));
        assert_eq!(
            parse_number("12 hồ sơ", NumberStyle::Count),
            Err(NumberError::SuffixNotAllowed {
                suffix: "hồ sơ".into()
            })
        );
        assert!(matches!(
            parse_number("1.23.456", NumberStyle::Count),
            Err(NumberError::BadGrouping { .. })
        ));
        assert!(matches!(
            parse_number(".", NumberStyle::Count),
            Err(NumberError::NoDigits)
        ));
        assert_eq!(
            parse_number("1,23456", NumberStyle::Percent),
            Err(NumberError::TooManyDecimals { max: 4 })
        );
        assert_eq!(
            parse_number("9".repeat(40).as_str(), NumberStyle::Count),
            Err(NumberError::TooLarge)
        );
    }
}
