use super::decimal::{pow10, Decimal};

/// "1686" → "1.686"; keeps the decimals as written ("28.050,38").
pub fn format_decimal(value: &Decimal) -> String {
    let scale = value.scale();
    let abs = value.units().unsigned_abs();
    let f = pow10(scale).unsigned_abs();
    let int_part = (abs / f).to_string();
    let mut out = String::with_capacity(int_part.len() + 8);
    if value.is_negative() {
        out.push('-');
    }
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            out.push('.');
        }
        out.push(c);
    }
    if scale > 0 {
        out.push(',');
        let frac = (abs % f).to_string();
        for _ in frac.len()..usize::from(scale) {
            out.push('0');
        }
        out.push_str(&frac);
    }
    out
}

/// Like [`format_decimal`], keeping the leading zeros the user typed ("03" máy, "09" thôn stay
/// "03", "09", as the seeds write them); "1686" is still "1.686".
pub fn format_as_typed(value: &Decimal, typed: &str) -> String {
    let shown = format_decimal(value);
    let int_typed: String = typed
        .trim()
        .split(',')
        .next()
        .unwrap_or("")
        .chars()
        .filter(char::is_ascii_digit)
        .collect();
    let zeros = int_typed.len() - int_typed.trim_start_matches('0').len();
    let zeros = if int_typed.trim_start_matches('0').is_empty() {
        zeros.saturating_sub(1) // "0", "00,5": one zero is the value itself
    } else {
        zeros
    };
    if zeros == 0 || value.is_negative() || shown.contains('.') {
        return shown;
    }
    format!("{}{shown}", "0".repeat(zeros))
}

/// A count: "1.686".
pub fn format_count(value: &Decimal) -> String {
    format_decimal(value)
}

/// A percentage: "99,92%".
pub fn format_percent(value: &Decimal) -> String {
    format!("{}%", format_decimal(value))
}

/// Money in đồng: "50.000.000 đồng".
pub fn format_money(value: &Decimal) -> String {
    format!("{} đồng", format_decimal(value))
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(not(target_arch = "wasm32"))]
    use crate::number::{parse_number, NumberStyle};
    #[cfg(not(target_arch = "wasm32"))]
    use proptest::prelude::*;

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[test]
    fn formats_the_vietnamese_way() {
        assert_eq!(format_count(&Decimal::from_int(1686)), "1.686");
        assert_eq!(format_count(&Decimal::from_int(26)), "26");
        assert_eq!(format_decimal(&Decimal::new(2805038, 2)), "28.050,38");
        assert_eq!(format_decimal(&Decimal::new(-1205, 3)), "-1,205");
        assert_eq!(format_decimal(&Decimal::new(5, 2)), "0,05");
        assert_eq!(format_percent(&Decimal::new(9992, 2)), "99,92%");
        assert_eq!(format_money(&Decimal::from_int(50_000_000)), "50.000.000 đồng");
        assert_eq!(format_count(&Decimal::from_int(100_000)), "100.000");
    }

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[test]
    fn leading_zeros_typed_are_kept() {
        assert_eq!(format_as_typed(&Decimal::from_int(3), "03"), "03");
        assert_eq!(format_as_typed(&Decimal::from_int(9), " 09 "), "09");
        assert_eq!(format_as_typed(&Decimal::from_int(1686), "1686"), "1.686");
        assert_eq!(format_as_typed(&Decimal::from_int(0), "0"), "0");
        assert_eq!(format_as_typed(&Decimal::new(5, 1), "0,5"), "0,5");
        assert_eq!(format_as_typed(&Decimal::new(5, 1), "00,5"), "00,5");
        assert_eq!(format_as_typed(&Decimal::from_int(1686), "01686"), "1.686");
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest! {
        #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
        #[test]
        fn count_round_trips(n in -1_000_000_000_000i128..1_000_000_000_000i128) {
            let d = Decimal::from_int(n);
            let back = parse_number(&format_count(&d), NumberStyle::Count).unwrap();
            prop_assert_eq!(back.units(), n);
        }

        #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
        #[test]
        fn decimal_round_trips_with_scale(units in -10_000_000_000i128..10_000_000_000i128, scale in 0u8..4) {
            let d = Decimal::new(units, scale);
            let text = format_decimal(&d);
            let back = parse_number(&text, NumberStyle::Decimal { max_scale: 4 }).unwrap();
            prop_assert_eq!((back.units(), back.scale()), (units, scale));
        }

        #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
        #[test]
        fn percent_and_money_round_trip(units in 0i128..100_000, m in 0i128..10_000_000_000_000i128) {
            let p = Decimal::new(units, 2);
            prop_assert_eq!(parse_number(&format_percent(&p), NumberStyle::Percent { max_scale: 2 }).unwrap(), p);
            let money = Decimal::from_int(m);
            prop_assert_eq!(parse_number(&format_money(&money), NumberStyle::Money).unwrap(), money);
        }

        #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
        #[test]
        fn arbitrary_text_never_panics(text in "\\PC{0,40}") {
            for style in [NumberStyle::Count, NumberStyle::Percent { max_scale: 2 }, NumberStyle::Money, NumberStyle::Decimal { max_scale: 3 }] {
                if let Err(e) = parse_number(&text, style) {
                    prop_assert!(!e.message().is_empty());
                }
            }
        }

        #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
        #[test]
        fn number_like_text_never_panics(text in "[-0-9.,% đồng]{0,30}") {
            for style in [NumberStyle::Count, NumberStyle::Percent { max_scale: 2 }, NumberStyle::Money, NumberStyle::Decimal { max_scale: 3 }] {
                let _ = parse_number(&text, style);
            }
        }
    }
}
