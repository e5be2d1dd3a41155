//! Calendar dates written the Vietnamese way: "22/12/2024", "8/8/2025".

use std::fmt;

/// A real calendar date (ngày tháng năm).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    // Field order gives chronological ordering.
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

/// Years outside this range are typing mistakes in a report about current work.
pub const FIRST_PLAUSIBLE_YEAR: u16 = 1945;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    Empty,
    Format {
        text: String,
    },
    Year {
        text: String,
        year: String,
    },
    Month {
        text: String,
        month: u32,
    },
    Day {
        text: String,
        day: u32,
        month: u8,
        days_in_month: u8,
    },
    /// A real date written with "-" or "." ("18-9-2025", "15.11.2025") or in words
    /// ("ngày 18 tháng 9 năm 2025"): `normal` is the same date written with "/".
    Separator {
        text: String,
        normal: String,
    },
    /// A two-digit year ("12/10/25"): `normal` has the year in full, when that is a real date.
    ShortYear {
        text: String,
        year: String,
        normal: String,
    },
}

impl DateError {
    /// The date written the normal way, when the text is a sure reading of one.
    pub fn hint(&self) -> Option<String> {
        match self {
            DateError::Separator { normal, .. } | DateError::ShortYear { normal, .. } => Some(normal.clone()),
            _ => None,
        }
    }

    /// The message, ending with the normal form when there is one.
    pub fn message(&self) -> String {
        match self.hint() {
            Some(h) => format!("{} Hãy viết {h}.", self.message_without_hint()),
            None => self.message_without_hint(),
        }
    }

    pub fn message_without_hint(&self) -> String {
        match self {
            DateError::Separator { text, .. } => {
                format!("“{text}”: ngày tháng năm ngăn cách bằng dấu “/” (ví dụ 22/12/2024).")
            }
            DateError::ShortYear { text, year, .. } => {
                format!("Năm “{year}” trong “{text}” phải viết đủ 4 chữ số.")
            }
            DateError::Empty => "Chưa nhập ngày.".into(),
            DateError::Format { text } => {
                format!("“{text}” không phải là ngày. Hãy viết ngày/tháng/năm, ví dụ 22/12/2024.")
            }
            DateError::Year { text, year } => format!(
                "Năm “{year}” trong “{text}” không hợp lệ: năm phải có 4 chữ số, từ {FIRST_PLAUSIBLE_YEAR} trở đi."
            ),
            DateError::Month { text, month } => {
                format!("“{text}”: tháng {month} không có; tháng từ 1 đến 12.")
            }
            DateError::Day {
                text,
                day,
                month,
                days_in_month,
            } => format!("“{text}”: tháng {month} chỉ có {days_in_month} ngày, không có ngày {day}."),
        }
    }
}

impl DateError {
    /// The same error about `text` as the user typed it.
    fn quoting(self, text: &str) -> DateError {
        let text = text.to_string();
        match self {
            DateError::Format { .. } => DateError::Format { text },
            DateError::Year { year, .. } => DateError::Year { text, year },
            DateError::Month { month, .. } => DateError::Month { text, month },
            DateError::Day {
                day,
                month,
                days_in_month,
                ..
            } => DateError::Day {
                text,
                day,
                month,
                days_in_month,
            },
            DateError::ShortYear { year, normal, .. } => DateError::ShortYear { text, year, normal },
            other => other,
        }
    }
}

/// "ngày 18 tháng 9 năm 2025" → "18/9/2025".
fn in_words(t: &str) -> Option<String> {
    let lower = crate::text::lower(&crate::text::nfc(t));
    let rest = lower.strip_prefix("ngày")?;
    let (day, rest) = rest.split_once("tháng")?;
    let (month, year) = rest.split_once("năm")?;
    Some(format!("{}/{}/{}", day.trim(), month.trim(), year.trim()))
}

impl Date {
    pub fn new(day: u8, month: u8, year: u16) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(month, year) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses "dd/mm/yyyy" (one- or two-digit day and month), strictly: "18-9-2025", "15.11.2025",
    /// "ngày 18 tháng 9 năm 2025" and "12/10/25" are errors that carry the normal form as a hint.
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let t = text.trim();
        if t.is_empty() {
            return Err(DateError::Empty);
        }
        if !t.contains('/') {
            let normal = in_words(t).or_else(|| {
                let sep = t
                    .chars()
                    .find(|&c| c == '-' || c == '.' || crate::text::is_dash_like(c))?;
                Some(t.split(sep).map(str::trim).collect::<Vec<_>>().join("/"))
            });
            if let Some(normal) = normal.filter(|n| n.matches('/').count() == 2) {
                return match Date::parse(&normal) {
                    Ok(_) => Err(DateError::Separator {
                        text: t.to_string(),
                        normal,
                    }),
                    // Explain what is wrong with the date itself, quoting what was typed.
                    Err(e) => Err(e.quoting(t)),
                };
            }
        }
        let parts: Vec<&str> = t.split('/').map(str::trim).collect();
        let bad = || DateError::Format { text: t.to_string() };
        if parts.len() != 3
            || parts
                .iter()
                .any(|p| p.is_empty() || !p.chars().all(|c| c.is_ascii_digit()))
        {
            return Err(bad());
        }
        if parts[0].len() > 2 || parts[1].len() > 2 {
            return Err(bad());
        }
        let day: u32 = parts[0].parse().map_err(|_| bad())?;
        let month: u32 = parts[1].parse().map_err(|_| bad())?;
        if parts[2].len() == 2 {
            let normal = format!("{}/{}/20{}", parts[0], parts[1], parts[2]);
            if Date::parse(&normal).is_ok() {
                return Err(DateError::ShortYear {
                    text: t.to_string(),
                    year: parts[2].to_string(),
                    normal,
                });
            }
        }
        let year_ok = parts[2].len() == 4;
        let year: u32 = parts[2].parse().unwrap_or(0);
        if !year_ok || year < u32::from(FIRST_PLAUSIBLE_YEAR) {
            return Err(DateError::Year {
                text: t.to_string(),
                year: parts[2].to_string(),
            });
        }
        if !(1..=12).contains(&month) {
            return Err(DateError::Month {
                text: t.to_string(),
                month,
            });
        }
        let dim = days_in_month(month as u8, year as u16);
        if day == 0 || day > u32::from(dim) {
            return Err(DateError::Day {
                text: t.to_string(),
                day,
                month: month as u8,
                days_in_month: dim,
            });
        }
        Ok(Date {
            year: year as u16,
            month: month as u8,
            day: day as u8,
        })
    }

    /// "ngày 05 tháng 11 năm 2025": day padded below 10, month padded only for 01 and 02
    /// (Nghị định 30/2020/NĐ-CP).
    pub fn long_form(&self) -> String {
        let month = if self.month <= 2 {
            format!("{:02}", self.month)
        } else {
            self.month.to_string()
        };
        format!("ngày {:02} tháng {} năm {}", self.day, month, self.year)
    }
}

impl fmt::Display for Date {
    /// "05/11/2025".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}/{:02}/{}", self.day, self.month, self.year)
    }
}

pub fn is_leap(year: u16) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(month: u8, year: u16) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(not(target_arch = "wasm32"))]
    use proptest::prelude::*;

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[test]
    fn parses_seed_dates() {
        assert_eq!(
            Date::parse("22/12/2024"),
            Ok(Date {
                year: 2024,
                month: 12,
                day: 22
            })
        );
        assert_eq!(
            Date::parse("8/8/2025"),
            Ok(Date {
                year: 2025,
                month: 8,
                day: 8
            })
        );
        assert_eq!(
            Date::parse(" 24/04/2025 "),
            Ok(Date {
                year: 2025,
                month: 4,
                day: 24
            })
        );
    }

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[test]
    fn rejects_impossible_dates_with_reasons() {
        assert!(Date::parse("29/02/2025")
            .unwrap_err()
            .message()
            .contains("tháng 2 chỉ có 28 ngày"));
        assert!(Date::parse("29/02/2024").is_ok());
        assert!(Date::parse("12/13/2025")
            .unwrap_err()
            .message()
            .contains("tháng 13 không có"));
        assert!(Date::parse("12/10/20225")
            .unwrap_err()
            .message()
            .contains("Năm “20225”"));
        assert!(Date::parse("12/10/25").unwrap_err().message().contains("4 chữ số"));
        assert!(matches!(Date::parse("ngày mai"), Err(DateError::Format { .. })));
        assert!(matches!(Date::parse("1/2"), Err(DateError::Format { .. })));
    }

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[test]
    fn other_separators_are_explained_with_the_normal_form() {
        let e = Date::parse("18-9-2025").unwrap_err();
        assert_eq!(
            e.message(),
            "“18-9-2025”: ngày tháng năm ngăn cách bằng dấu “/” (ví dụ 22/12/2024). Hãy viết 18/9/2025."
        );
        assert_eq!(
            Date::parse("15.11.2025").unwrap_err().hint().as_deref(),
            Some("15/11/2025")
        );
        assert_eq!(
            Date::parse("15–11–2025").unwrap_err().hint().as_deref(),
            Some("15/11/2025")
        );
        assert_eq!(
            Date::parse("ngày 05 tháng 11 năm 2025").unwrap_err().hint().as_deref(),
            Some("05/11/2025")
        );
        // Not a real date: explained, quoting what was typed, no hint.
        let e = Date::parse("31-9-2025").unwrap_err();
        assert_eq!(e.message(), "“31-9-2025”: tháng 9 chỉ có 30 ngày, không có ngày 31.");
        assert_eq!(e.hint(), None);
        assert_eq!(
            Date::parse("12/10/25").unwrap_err().message(),
            "Năm “25” trong “12/10/25” phải viết đủ 4 chữ số. Hãy viết 12/10/2025."
        );
    }

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[test]
    fn long_form_follows_decree_30() {
        assert_eq!(Date::new(5, 11, 2025).unwrap().long_form(), "ngày 05 tháng 11 năm 2025");
        assert_eq!(Date::new(21, 2, 2025).unwrap().long_form(), "ngày 21 tháng 02 năm 2025");
        assert_eq!(Date::new(9, 5, 2025).unwrap().long_form(), "ngày 09 tháng 5 năm 2025");
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest! {
        #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
        #[test]
        fn display_round_trips(y in 1945u16..2100, m in 1u8..13, d in 1u8..32) {
            if let Some(date) = Date::new(d, m, y) {
                prop_assert_eq!(Date::parse(&date.to_string()), Ok(date));
            }
        }
        #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
        #[test]
        fn never_panics(s in "\\PC{0,20}") { let _ = Date::parse(&s); }
    }
}
