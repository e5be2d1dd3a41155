//! CSV export (tệp CSV) of a sheet, made for Excel on a Vietnamese Windows:
//!
//! - UTF-8 with a byte-order mark, without which Excel reads the file as the ANSI code page and
//!   garbles every Vietnamese letter;
//! - `;` as separator: with Vietnamese regional settings the decimal mark is "," and Excel's list
//!   separator is ";", so a comma-separated file would split "99,92" in two;
//! - numbers without thousands separators and with "," as decimal mark ("1686", "99,92"), which
//!   Excel with those settings reads as numbers;
//! - a cell is quoted when it holds `;`, `"` or a line break; CRLF line ends (RFC 4180).

use super::sheets::{Sheet, SheetCell};
use crate::number::Decimal;

pub const SEPARATOR: char = ';';

/// "1686", "-3,5", "99,92".
pub fn plain_number(d: &Decimal) -> String {
    crate::number::format_decimal(d).replace('.', "")
}

fn push_field(out: &mut String, text: &str) {
    if text.contains([SEPARATOR, '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&text.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(text);
    }
}

pub fn sheet_csv(sheet: &Sheet) -> String {
    let mut out = String::from("\u{FEFF}");
    let mut line = |cells: &mut dyn Iterator<Item = String>| {
        for (i, c) in cells.enumerate() {
            if i > 0 {
                out.push(SEPARATOR);
            }
            push_field(&mut out, &c);
        }
        out.push_str("\r\n");
    };
    line(&mut sheet.header.iter().cloned());
    for row in &sheet.rows {
        line(&mut row.iter().map(|c| match c {
            SheetCell::Empty => String::new(),
            SheetCell::Text(t) => t.clone(),
            SheetCell::Number(d) => plain_number(d),
        }));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[test]
    fn quotes_and_numbers() {
        let sheet = Sheet {
            name: "Số liệu".into(),
            header: vec!["Đơn vị".into(), "Tỷ lệ (%)".into()],
            rows: vec![
                vec![
                    SheetCell::Text("Xã \"A\"; B".into()),
                    SheetCell::Number(Decimal::new(9992, 2)),
                ],
                vec![
                    SheetCell::Text("Xã C".into()),
                    SheetCell::Number(Decimal::from_int(1_686_000)),
                ],
                vec![SheetCell::Empty, SheetCell::Empty],
            ],
        };
        assert_eq!(
            sheet_csv(&sheet),
            "\u{FEFF}Đơn vị;Tỷ lệ (%)\r\n\"Xã \"\"A\"\"; B\";99,92\r\nXã C;1686000\r\n;\r\n"
        );
    }
}
