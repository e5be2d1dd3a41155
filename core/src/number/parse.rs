use super::decimal::{pow10, Decimal, MAX_SCALE};
use super::format::format_decimal;
use crate::text::{describe_char, is_dash_like, is_invisible, nfc};

/// What kind of number a field holds; decides which suffixes are accepted and
/// whether decimals are allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberStyle {
    /// Số đếm: whole numbers only ("1.686").
    Count,
    /// Số thập phân ("28.050,38"), at most `max_scale` decimals.
    Decimal { max_scale: u8 },
    /// Tỷ lệ phần trăm ("99,92%" or "99,92"), at most `max_scale` decimals; the % sign is optional.
    Percent { max_scale: u8 },
    /// Tiền đồng ("50.000.000 đồng", "100.000.000đ", "50 triệu", "1,5 tỷ đồng"); whole đồng.
    Money,
}

impl NumberStyle {
    fn max_scale(self) -> u8 {
        match self {
            NumberStyle::Decimal { max_scale } | NumberStyle::Percent { max_scale } => max_scale.min(MAX_SCALE),
            NumberStyle::Count | NumberStyle::Money => 0,
        }
    }
    fn whole(self) -> bool {
        self.max_scale() == 0
    }
}

/// Why a text is not a number, each with a precise Vietnamese message.
///
/// `hint`s are texts that were checked to parse in the same style: the UI may offer them as a
/// one-click fix (the validator also checks them against the field's limits before offering them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumberError {
    Empty,
    /// A character that has no place in a number; invisible ones are named, not quoted.
    InvalidChar {
        ch: char,
        hint: Option<String>,
    },
    NoDigits,
    /// "1,686,000": commas used the English way.
    MultipleCommas {
        hint: Option<String>,
    },
    /// "1.5", "99.92": a dot that is not a thousands separator.
    BadGrouping {
        text: String,
        as_decimal: Option<String>,
    },
    /// "1,686" or "0,5" where a whole number is needed: comma is the decimal mark.
    NotWhole {
        text: String,
        hint: Option<String>,
    },
    TooManyDecimals {
        max: u8,
        hint: Option<String>,
    },
    MisplacedSign,
    /// A word after the number ("12 hồ sơ"): the unit is beside the box.
    SuffixNotAllowed {
        suffix: String,
        hint: Option<String>,
    },
    /// "Số 12": a word before the number.
    PrefixNotAllowed {
        prefix: String,
        hint: Option<String>,
    },
    /// "1.686," / "1.686.": a separator with nothing after it.
    TrailingSeparator {
        text: String,
        sep: char,
        hint: Option<String>,
    },
    /// Money written with words that cannot be read exactly ("1 triệu 500", "50 USD").
    MoneyWords {
        text: String,
        reason: String,
        hint: Option<String>,
    },
    TooLarge,
}

impl NumberError {
    /// A corrected text that parses in the same style, when there is an unambiguous one.
    pub fn hint(&self) -> Option<&str> {
        match self {
            NumberError::InvalidChar { hint, .. }
            | NumberError::MultipleCommas { hint }
            | NumberError::NotWhole { hint, .. }
            | NumberError::TooManyDecimals { hint, .. }
            | NumberError::SuffixNotAllowed { hint, .. }
            | NumberError::PrefixNotAllowed { hint, .. }
            | NumberError::TrailingSeparator { hint, .. }
            | NumberError::MoneyWords { hint, .. } => hint.as_deref(),
            NumberError::BadGrouping { as_decimal, .. } => as_decimal.as_deref(),
            _ => None,
        }
    }

    /// The message shown next to the field, ending with the hint when there is one.
    pub fn message(&self) -> String {
        match self.hint() {
            Some(h) if matches!(self, NumberError::BadGrouping { .. }) => {
                let m = self.message_without_hint();
                let m = m.strip_suffix(" Nếu là số thập phân, dùng dấu phẩy.").unwrap_or(&m);
                format!("{m} Nếu là số thập phân, hãy viết {h}.")
            }
            Some(h) => format!("{} Hãy viết {h}.", self.message_without_hint()),
            None => self.message_without_hint(),
        }
    }

    /// The message without its "Hãy viết …" hint (for when the hint would fail another check).
    pub fn message_without_hint(&self) -> String {
        match self {
            NumberError::Empty => "Chưa nhập số.".into(),
            NumberError::InvalidChar { ch, .. } if ch.is_whitespace() => format!(
                "Có {} giữa các chữ số. Nhóm hàng nghìn bằng dấu chấm (1.686), phần thập phân sau dấu phẩy (28.050,38).",
                describe_char(*ch)
            ),
            NumberError::InvalidChar { ch, .. } if is_invisible(*ch) => format!(
                "Có {} trong số (thường do sao chép từ Word hoặc PDF); số trông đúng nhưng không đọc được.",
                describe_char(*ch)
            ),
            NumberError::InvalidChar { ch, .. } => format!(
                "Ký tự {} không hợp lệ trong một số. Chỉ dùng chữ số, dấu chấm (phân cách hàng nghìn) và dấu phẩy (thập phân).",
                describe_char(*ch)
            ),
            NumberError::NoDigits => "Không có chữ số nào.".into(),
            NumberError::MultipleCommas { .. } => {
                "Có nhiều hơn một dấu phẩy. Dấu phẩy là dấu thập phân, chỉ dùng một lần (ví dụ 28.050,38); hàng nghìn phân cách bằng dấu chấm.".into()
            }
            NumberError::BadGrouping { text, as_decimal } => match as_decimal {
                Some(_) => format!(
                    "“{text}” không đúng cách viết số: dấu chấm chỉ dùng để phân cách hàng nghìn (nhóm 3 chữ số). Nếu là số thập phân, dùng dấu phẩy."
                ),
                None => format!(
                    "“{text}” không đúng cách viết số: dấu chấm chỉ dùng để phân cách hàng nghìn, mỗi nhóm sau dấu chấm có đúng 3 chữ số (ví dụ 1.686)."
                ),
            },
            NumberError::NotWhole { text, hint } => match hint {
                Some(_) => format!(
                    "Cần một số nguyên. “{text}” có dấu phẩy, là dấu thập phân trong cách viết Việt Nam; hàng nghìn phân cách bằng dấu chấm."
                ),
                None => format!(
                    "Cần một số nguyên. “{text}” có phần thập phân (dấu phẩy là dấu thập phân trong cách viết Việt Nam)."
                ),
            },
            NumberError::TooManyDecimals { max: 0, .. } => "Cần một số nguyên, không có phần thập phân.".into(),
            NumberError::TooManyDecimals { max, hint } => match hint {
                Some(_) => format!("Chỉ được ghi tối đa {max} chữ số sau dấu phẩy; làm tròn thì được số dưới đây."),
                None => format!("Chỉ được ghi tối đa {max} chữ số sau dấu phẩy."),
            },
            NumberError::MisplacedSign => "Dấu trừ chỉ được đặt ở đầu số.".into(),
            NumberError::SuffixNotAllowed { suffix, .. } => {
                format!("Bỏ chữ “{suffix}”: chỉ nhập con số, đơn vị đã ghi sẵn bên cạnh ô.")
            }
            NumberError::PrefixNotAllowed { prefix, .. } => {
                format!("Bỏ chữ “{prefix}” ở đầu: chỉ nhập con số.")
            }
            NumberError::TrailingSeparator { text, sep, .. } => {
                format!("“{text}” thừa dấu “{sep}” ở cuối số.")
            }
            NumberError::MoneyWords { text, reason, .. } => format!(
                "Không đọc được chính xác số tiền “{text}”: {reason}. Viết bằng chữ số (50.000.000) hoặc với nghìn, triệu, tỷ (50 triệu, 1,5 tỷ)."
            ),
            NumberError::TooLarge => "Số quá lớn.".into(),
        }
    }
}

/// Quotes pasted around a number from Word ("“1.686”").
const QUOTES: [char; 9] = ['\'', '"', '“', '”', '‘', '’', '«', '»', '`'];
const MONEY_SUFFIXES: [&str; 7] = ["đồng", "vnđ", "vnd", "đ.", "đ", "₫", "d"];
/// Multipliers officials write with money: nghìn/ngàn (10³), triệu (10⁶), tỷ/tỉ (10⁹).
const MULTIPLIERS: [(&str, u8); 9] = [
    ("nghìn", 3),
    ("ngàn", 3),
    ("nghin", 3),
    ("ngan", 3),
    ("triệu", 6),
    ("trieu", 6),
    ("tỷ", 9),
    ("tỉ", 9),
    ("ty", 9),
];

/// Parses a number written the Vietnamese way. Spaces around the number are ignored;
/// a percent sign (for percentages) or a currency word and nghìn/triệu/tỷ (for money) may be written.
/// Never guesses: anything ambiguous is an error, with a hint only when the intent is certain.
pub fn parse_number(text: &str, style: NumberStyle) -> Result<Decimal, NumberError> {
    parse(text, style, true)
}

fn parse(text: &str, style: NumberStyle, hints: bool) -> Result<Decimal, NumberError> {
    let text = nfc(text);
    let t = text.trim();
    if t.is_empty() {
        return Err(NumberError::Empty);
    }
    let check = |candidate: String| hint_text(candidate, t, style, hints);
    if let Some(ch) = t.chars().find(|&c| is_invisible(c) || c.is_control()) {
        let cleaned: String = t.chars().filter(|&c| !(is_invisible(c) || c.is_control())).collect();
        return Err(NumberError::InvalidChar {
            ch,
            hint: check(cleaned),
        });
    }
    if let Some(rest) = strip_prefix_word(t) {
        return Err(NumberError::PrefixNotAllowed {
            prefix: t[..t.len() - rest.len()]
                .trim_end_matches([':', ' '])
                .trim()
                .to_string(),
            hint: check(rest.to_string()),
        });
    }
    let body = match style {
        NumberStyle::Percent { .. } => t.strip_suffix('%').map_or(t, str::trim_end),
        NumberStyle::Money => {
            let body = strip_money_suffix(t);
            if body.chars().any(char::is_alphabetic) {
                return money_words(t, body, hints);
            }
            body
        }
        _ => t,
    };
    if let Some((number, suffix)) = split_suffix(body) {
        return Err(NumberError::SuffixNotAllowed {
            suffix: suffix.to_string(),
            hint: check(number.to_string()),
        });
    }
    plain(t, body, style, hints)
}

/// A hint is offered only if it reads in the same style, shown the normal way.
/// Not inlined: it is called from many places and would be copied into each (wasm size).
#[inline(never)]
fn hint_text(candidate: String, typed: &str, style: NumberStyle, hints: bool) -> Option<String> {
    if !hints || candidate.trim() == typed {
        return None;
    }
    let v = parse(&candidate, style, false).ok()?;
    Some(shown(&v, style))
}

/// The normal way to write a parsed value in a box of `style` (the unit is beside the box).
fn shown(v: &Decimal, style: NumberStyle) -> String {
    let s = format_decimal(v);
    match style {
        NumberStyle::Percent { .. } => format!("{s}%"),
        _ => s,
    }
}

/// "Số 12", "số: 12", "SL 12" → the rest.
fn strip_prefix_word(t: &str) -> Option<&str> {
    let lower = crate::text::lower(t);
    if lower.len() != t.len() {
        return None; // a letter whose lower case is longer: byte positions would not match
    }
    for p in ["số lượng", "số", "sl"] {
        if let Some(rest) = lower.strip_prefix(p) {
            if rest.starts_with([' ', ':']) || rest.starts_with(|c: char| c.is_ascii_digit()) {
                // Byte lengths of these prefixes are the same in upper and lower case.
                let cut = t.len() - rest.len();
                return t.get(cut..).map(|r| r.trim_start_matches([' ', ':']).trim_start());
            }
        }
    }
    None
}

fn strip_money_suffix(t: &str) -> &str {
    let lower = crate::text::lower(t);
    for s in MONEY_SUFFIXES {
        if lower.ends_with(s) && lower.len() == t.len() {
            let rest = t[..t.len() - s.len()].trim_end();
            // "d" alone only right after a digit or space ("500.000d"), never inside a word.
            if s == "d" && !rest.ends_with(|c: char| c.is_ascii_digit()) {
                continue;
            }
            return rest;
        }
    }
    t
}

/// A number followed by words ("12 hồ sơ", "97,5 phần trăm") → (number, words).
fn split_suffix(body: &str) -> Option<(&str, &str)> {
    let first_letter = body.char_indices().find(|(_, c)| c.is_alphabetic()).map(|(i, _)| i)?;
    let (number, words) = body.split_at(first_letter);
    // "12a3" is a typo inside the number, not a unit after it; "46,046 km2" is a unit.
    let spaced = number.ends_with(char::is_whitespace);
    if !number.chars().any(|c| c.is_ascii_digit()) || (!spaced && words.chars().any(|c| c.is_ascii_digit())) {
        return None;
    }
    Some((number.trim_end(), words.trim()))
}

fn plain(t: &str, body: &str, style: NumberStyle, hints: bool) -> Result<Decimal, NumberError> {
    let (negative, body) = match body.strip_prefix(|c: char| c == '-' || is_dash_like(c)) {
        Some(rest) => (true, rest.trim_start()),
        None => (false, body),
    };
    if body.contains(|c: char| c == '-' || is_dash_like(c)) {
        return Err(NumberError::MisplacedSign);
    }
    // Every corrected text keeps the sign that was typed.
    let sign = if negative { "-" } else { "" };
    let check = |candidate: String| hint_text(format!("{sign}{candidate}"), t, style, hints);
    if let Some(ch) = body.chars().find(|c| !(c.is_ascii_digit() || *c == '.' || *c == ',')) {
        let hint = if ch.is_whitespace() {
            // "1 686" (grouping with spaces, as some PDFs print): the same groups with dots.
            let groups: Vec<&str> = body.split(char::is_whitespace).filter(|g| !g.is_empty()).collect();
            let grouped = groups.len() > 1
                && groups[0].len() <= 3
                && groups[1..]
                    .iter()
                    .all(|g| g.len() == 3 && g.chars().all(|c| c.is_ascii_digit()));
            grouped.then(|| check(groups.join("."))).flatten()
        } else if QUOTES.contains(&ch) {
            check(body.chars().filter(|c| !QUOTES.contains(c)).collect())
        } else {
            None
        };
        return Err(NumberError::InvalidChar { ch, hint });
    }
    if !body.chars().any(|c| c.is_ascii_digit()) {
        return Err(NumberError::NoDigits);
    }
    if let Some(sep) = body.chars().last().filter(|c| *c == '.' || *c == ',') {
        return Err(NumberError::TrailingSeparator {
            text: t.to_string(),
            sep,
            hint: check(body.trim_end_matches(['.', ',']).to_string()),
        });
    }
    let mut halves = body.split(',');
    let int_part = halves.next().unwrap_or("");
    let frac_part = halves.next();
    if halves.next().is_some() {
        // "1,686,000": English thousands; the same groups with dots.
        let groups: Vec<&str> = body.split(',').collect();
        let english = !body.contains('.') && groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3);
        return Err(NumberError::MultipleCommas {
            hint: english.then(|| check(groups.join("."))).flatten(),
        });
    }
    if let Some(f) = frac_part {
        if f.contains('.') {
            return Err(NumberError::BadGrouping {
                text: t.to_string(),
                as_decimal: None,
            });
        }
        if style.whole() {
            // "1,686" with exactly three decimals may be thousands written the English way.
            let thousands = f.len() == 3 && !int_part.contains('.') && !int_part.is_empty();
            return Err(NumberError::NotWhole {
                text: t.to_string(),
                hint: thousands.then(|| check(format!("{int_part}.{f}"))).flatten(),
            });
        }
    }
    let int_digits = match check_grouping(int_part) {
        Ok(d) => d,
        Err(as_decimal) => {
            return Err(NumberError::BadGrouping {
                text: t.to_string(),
                as_decimal: as_decimal.filter(|_| !style.whole()).and_then(check),
            })
        }
    };
    let frac_digits = frac_part.unwrap_or("");
    let max_scale = style.max_scale();
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
    let value = Decimal::new(units, frac_digits.len() as u8);
    if frac_digits.len() > usize::from(max_scale) {
        let hint = if hints && max_scale > 0 {
            Some(shown(&value.round(max_scale), style))
        } else {
            None
        };
        return Err(NumberError::TooManyDecimals { max: max_scale, hint });
    }
    Ok(value)
}

/// Checks "1.686.000"-style grouping and returns the bare digits; on error, the text read as a
/// decimal with a comma when it has exactly one dot ("99.92" → "99,92").
fn check_grouping(int_part: &str) -> Result<String, Option<String>> {
    if !int_part.contains('.') {
        return Ok(int_part.to_string());
    }
    let groups: Vec<&str> = int_part.split('.').collect();
    let first_ok = !groups[0].is_empty() && groups[0].len() <= 3;
    let rest_ok = groups[1..].iter().all(|g| g.len() == 3);
    if first_ok && rest_ok {
        return Ok(groups.concat());
    }
    Err((groups.len() == 2 && !groups[0].is_empty() && !groups[1].is_empty())
        .then(|| format!("{},{}", groups[0], groups[1])))
}

/// "50 triệu", "1,5 tỷ", "1 tỷ 200 triệu", "200 nghìn" (currency word already removed), read exactly.
fn money_words(t: &str, body: &str, hints: bool) -> Result<Decimal, NumberError> {
    let fail = |reason: String| NumberError::MoneyWords {
        text: t.to_string(),
        reason,
        hint: None,
    };
    // Tokens: numbers and words, in order.
    let mut tokens: Vec<(bool, String)> = Vec::new();
    for c in body.chars() {
        let is_num = c.is_ascii_digit() || c == '.' || c == ',';
        if c.is_whitespace() {
            tokens.push((false, String::new()));
            continue;
        }
        match tokens.last_mut() {
            Some((num, s)) if !s.is_empty() && *num == is_num => s.push(c),
            _ => tokens.push((is_num, c.to_string())),
        }
    }
    tokens.retain(|(_, s)| !s.is_empty());
    let mut total = Decimal::from_int(0);
    let mut last_exp: Option<u8> = None;
    let mut i = 0;
    while i < tokens.len() {
        let (is_num, num) = &tokens[i];
        if !is_num {
            return Err(NumberError::SuffixNotAllowed {
                suffix: tokens[i..]
                    .iter()
                    .map(|(_, s)| s.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
                hint: None,
            });
        }
        let Some((_, word)) = tokens.get(i + 1) else {
            return Err(fail(format!(
                "“{num}” sau “{}” không kèm nghìn, triệu hay tỷ",
                tokens[i - 1].1
            )));
        };
        let lower = crate::text::lower(word);
        let Some(&(_, exp)) = MULTIPLIERS.iter().find(|(w, _)| *w == lower) else {
            return Err(NumberError::SuffixNotAllowed {
                suffix: tokens[i + 1..]
                    .iter()
                    .map(|(_, s)| s.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
                hint: None,
            });
        };
        if last_exp.is_some_and(|e| e <= exp) {
            return Err(fail(format!("“{word}” đứng sau một đơn vị nhỏ hơn hoặc bằng nó")));
        }
        last_exp = Some(exp);
        let part = match parse(num, NumberStyle::Decimal { max_scale: MAX_SCALE }, false) {
            Ok(v) => v,
            Err(NumberError::BadGrouping { .. }) if num.matches('.').count() == 1 => {
                let fixed = num.replacen('.', ",", 1);
                let candidate = t.replacen(num.as_str(), &fixed, 1);
                let hint = (hints && parse(&candidate, NumberStyle::Money, false).is_ok()).then_some(candidate);
                return Err(NumberError::MoneyWords {
                    text: t.to_string(),
                    reason: format!(
                        "trong “{num}”, dấu chấm chỉ phân cách hàng nghìn; phần thập phân viết sau dấu phẩy"
                    ),
                    hint,
                });
            }
            Err(e) => return Err(fail(format!("“{num}”: {}", lower_first(&e.message_without_hint())))),
        };
        // part × 10^exp, exactly: the digits move, the decimals stay as written.
        let scaled = part
            .units()
            .checked_mul(pow10(exp))
            .map(|u| Decimal::new(u, part.scale()))
            .ok_or(NumberError::TooLarge)?;
        total = total.checked_add(&scaled).ok_or(NumberError::TooLarge)?;
        i += 2;
    }
    match total.normalized().rescale(0) {
        Some(whole) => Ok(whole),
        None => Err(fail(format!(
            "= {} đồng, không phải số đồng chẵn",
            format_decimal(&total.normalized())
        ))),
    }
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => crate::text::lower_char(f).chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PCT: NumberStyle = NumberStyle::Percent { max_scale: 2 };

    fn ok(text: &str, style: NumberStyle) -> (i128, u8) {
        let d = parse_number(text, style).unwrap_or_else(|e| panic!("{text}: {}", e.message()));
        (d.units(), d.scale())
    }

    fn err(text: &str, style: NumberStyle) -> (String, Option<String>) {
        let e = parse_number(text, style).expect_err(text);
        (e.message(), e.hint().map(str::to_string))
    }

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[test]
    fn parses_seed_figures() {
        assert_eq!(ok("1.686", NumberStyle::Count), (1686, 0));
        assert_eq!(ok("1686", NumberStyle::Count), (1686, 0));
        assert_eq!(ok("03", NumberStyle::Count), (3, 0));
        assert_eq!(ok("99,92%", PCT), (9992, 2));
        assert_eq!(ok("97,5", PCT), (975, 1));
        assert_eq!(ok("16,1 %", PCT), (161, 1));
        assert_eq!(ok("28.050,38", NumberStyle::Decimal { max_scale: 3 }), (2805038, 2));
        assert_eq!(ok("53,787", NumberStyle::Decimal { max_scale: 3 }), (53787, 3));
        assert_eq!(ok("50.000.000 đồng", NumberStyle::Money), (50_000_000, 0));
        assert_eq!(ok("100.000.000đ", NumberStyle::Money), (100_000_000, 0));
        assert_eq!(ok("  6.945 ", NumberStyle::Count), (6945, 0));
    }

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[test]
    fn money_with_words_is_read_exactly() {
        let m = NumberStyle::Money;
        assert_eq!(ok("50 triệu", m), (50_000_000, 0));
        assert_eq!(ok("50 triệu đồng", m), (50_000_000, 0));
        assert_eq!(ok("50 Triệu Đồng", m), (50_000_000, 0));
        assert_eq!(ok("1,5 tỷ", m), (1_500_000_000, 0));
        assert_eq!(ok("1,5 tỉ đồng", m), (1_500_000_000, 0));
        assert_eq!(ok("200 nghìn", m), (200_000, 0));
        assert_eq!(ok("200 ngàn đ", m), (200_000, 0));
        assert_eq!(ok("1 tỷ 250 triệu", m), (1_250_000_000, 0));
        assert_eq!(ok("2,75 triệu", m), (2_750_000, 0));
        assert_eq!(ok("500.000đ", m), (500_000, 0));
        assert_eq!(ok("500.000 VNĐ", m), (500_000, 0));
        // Decomposed "triệu đồng" (NFD) reads the same.
        assert_eq!(ok("50 trie\u{323}\u{302}u đo\u{302}\u{300}ng", m), (50_000_000, 0));
        // Refused, never a wrong figure: the message says how to write it, no bare "50".
        let (msg, hint) = err("1 triệu 500", m);
        assert!(msg.contains("“500” sau “triệu” không kèm nghìn, triệu hay tỷ"), "{msg}");
        assert!(msg.contains("50 triệu"), "{msg}");
        assert_eq!(hint, None);
        let (msg, _) = err("1,2345678905 tỷ", m);
        assert!(msg.contains("= 1.234.567.890,5 đồng, không phải số đồng chẵn"), "{msg}");
        assert_eq!(err("1.5 tỷ", m).1.as_deref(), Some("1,5 tỷ"));
        assert_eq!(err("200 triệu 3 tỷ", m).1, None);
        let (msg, hint) = err("50 USD", m);
        assert_eq!(msg, "Bỏ chữ “USD”: chỉ nhập con số, đơn vị đã ghi sẵn bên cạnh ô.");
        assert_eq!(hint, None, "50 USD must not become 50 đồng");
    }

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[test]
    fn percent_decimals_follow_the_field() {
        let (msg, hint) = err("99,925", PCT);
        assert_eq!(
            msg,
            "Chỉ được ghi tối đa 2 chữ số sau dấu phẩy; làm tròn thì được số dưới đây. Hãy viết 99,93%."
        );
        assert_eq!(hint.as_deref(), Some("99,93%"));
        assert_eq!(ok("99,925", NumberStyle::Percent { max_scale: 3 }), (99925, 3));
        assert_eq!(ok("100%", NumberStyle::Percent { max_scale: 0 }), (100, 0));
    }

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[test]
    fn messages_do_not_mislead() {
        // Trailing separator: said as such, with the number without it.
        assert_eq!(
            err("1.686,", NumberStyle::Count),
            (
                "“1.686,” thừa dấu “,” ở cuối số. Hãy viết 1.686.".into(),
                Some("1.686".into())
            )
        );
        assert_eq!(err("1.686.", NumberStyle::Count).1.as_deref(), Some("1.686"));
        // Invisible characters are named.
        let (msg, hint) = err("1\u{a0}686", NumberStyle::Count);
        assert!(
            msg.starts_with("Có dấu cách không ngắt (U+00A0) giữa các chữ số."),
            "{msg}"
        );
        assert_eq!(hint.as_deref(), Some("1.686"));
        assert_eq!(err("1 686 000", NumberStyle::Count).1.as_deref(), Some("1.686.000"));
        let (msg, hint) = err("16\u{200b}86", NumberStyle::Count);
        assert!(msg.contains("ký tự vô hình rộng 0 (U+200B)"), "{msg}");
        assert_eq!(hint.as_deref(), Some("1.686"));
        assert!(
            err("12 34", NumberStyle::Count).1.is_none(),
            "groups of 2 digits are not thousands"
        );
        // "1.5" in a count: no "hãy viết 1,5", which would fail as not whole.
        let (msg, hint) = err("1.5", NumberStyle::Count);
        assert!(!msg.contains("1,5"), "{msg}");
        assert_eq!(hint, None);
        assert_eq!(
            err("1.5", NumberStyle::Decimal { max_scale: 2 }).1.as_deref(),
            Some("1,5")
        );
        // "0,5" in a count: no "05".
        let (msg, hint) = err("0,5", NumberStyle::Count);
        assert_eq!(
            msg,
            "Cần một số nguyên. “0,5” có phần thập phân (dấu phẩy là dấu thập phân trong cách viết Việt Nam)."
        );
        assert_eq!(hint, None);
        assert_eq!(err("1,686", NumberStyle::Count).1.as_deref(), Some("1.686"));
        assert_eq!(err("1,686,000", NumberStyle::Count).1.as_deref(), Some("1.686.000"));
    }

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[test]
    fn pasted_words_and_typography() {
        assert_eq!(
            err("Số 12", NumberStyle::Count),
            (
                "Bỏ chữ “Số” ở đầu: chỉ nhập con số. Hãy viết 12.".into(),
                Some("12".into())
            )
        );
        assert_eq!(err("số: 1.686", NumberStyle::Count).1.as_deref(), Some("1.686"));
        assert_eq!(err("SỐ 12", NumberStyle::Count).1.as_deref(), Some("12"));
        // A letter whose lower case is longer (İ → i̇) must not shift byte positions.
        assert!(parse_number("İİİİ 12", NumberStyle::Count).is_err());
        assert!(parse_number("İİİİ 12 ĐỒNG", NumberStyle::Money).is_err());
        assert_eq!(err("12 hồ sơ", NumberStyle::Count).1.as_deref(), Some("12"));
        assert_eq!(err("97,5 phần trăm", PCT).1.as_deref(), Some("97,5%"));
        assert_eq!(err("“1.686”", NumberStyle::Count).1.as_deref(), Some("1.686"));
        // A typographic minus is a minus.
        assert_eq!(ok("\u{2212}5", NumberStyle::Decimal { max_scale: 0 }), (-5, 0));
        assert_eq!(ok("–5", NumberStyle::Count), (-5, 0));
    }

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[test]
    fn rejects_english_decimal_point_with_a_hint() {
        let e = parse_number("99.92", PCT).unwrap_err();
        assert_eq!(
            e,
            NumberError::BadGrouping {
                text: "99.92".into(),
                as_decimal: Some("99,92%".into())
            }
        );
        assert!(
            e.message()
                .ends_with("(nhóm 3 chữ số). Nếu là số thập phân, hãy viết 99,92%."),
            "{}",
            e.message()
        );
        // 3 decimals where 2 are allowed: no hint that would fail next.
        assert_eq!(err("99.9254", PCT).1, None);
    }

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[test]
    fn rejects_malformed_text() {
        assert_eq!(parse_number("", NumberStyle::Count), Err(NumberError::Empty));
        assert_eq!(
            parse_number("12a3", NumberStyle::Count),
            Err(NumberError::InvalidChar { ch: 'a', hint: None })
        );
        assert_eq!(
            parse_number("12#3", NumberStyle::Count),
            Err(NumberError::InvalidChar { ch: '#', hint: None })
        );
        assert_eq!(
            parse_number("1,2,3", PCT),
            Err(NumberError::MultipleCommas { hint: None })
        );
        assert_eq!(parse_number("1-2", NumberStyle::Count), Err(NumberError::MisplacedSign));
        assert_eq!(
            parse_number("1,234", NumberStyle::Percent { max_scale: 4 }),
            Ok(Decimal::new(1234, 3))
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
            parse_number("9".repeat(40).as_str(), NumberStyle::Count),
            Err(NumberError::TooLarge)
        );
    }
}
