//! XLSX export (sổ tính Excel) written by hand: an .xlsx is a ZIP of a few XML parts
//! (Office Open XML, ECMA-376 part 1 — SpreadsheetML). Strings are inline (`t="inlineStr"`),
//! so no shared-strings table; numbers are numbers, with a thousands format that Excel shows
//! in the reader's own locale (1.686 / 99,92 on a Vietnamese Windows). Costs a few KB of
//! wasm where `rust_xlsxwriter` costs about 250 KB gzipped.

use super::sheets::{Sheet, SheetCell};
use crate::number::Decimal;
// XML escaping as the Word writer does it (not the HTML printer's): characters XML 1.0 forbids or
// that are invisible junk in a cell are dropped, not shown as “�”.
use crate::docx::xml::push_xml as push_escaped;
use crate::zip::ZipWriter;

/// Style indices of `styles.xml`: 0 normal, 1 bold header, 2 whole number "#,##0", 3 "#,##0.00".
const STYLE_HEADER: u8 = 1;
const STYLE_INTEGER: u8 = 2;
const STYLE_DECIMAL: u8 = 3;

const CONTENT_TYPES_HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#;

const ROOT_RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"#;

const STYLES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="12"/><name val="Times New Roman"/></font><font><b/><sz val="12"/><name val="Times New Roman"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment wrapText="1" vertical="center"/></xf><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#;

/// "A", "Z", "AA", … for a 0-based column.
pub fn column_letters(mut index: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (index % 26) as u8);
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII")
}

/// The number as XML text: "1686", "99.92", "-0.5".
fn xml_number(d: &Decimal) -> String {
    crate::number::format_decimal(d).replace('.', "").replace(',', ".")
}

/// A sheet name Excel accepts: no `[]:*?/\`, at most 31 characters, not empty.
fn sheet_name(name: &str) -> String {
    let clean: String = name
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { '-' } else { c })
        .take(31)
        .collect();
    if clean.trim().is_empty() {
        "Trang".into()
    } else {
        clean
    }
}

fn push_inline(out: &mut String, r: &str, style: u8, text: &str) {
    out.push_str(&format!("<c r=\"{r}\" t=\"inlineStr\""));
    if style != 0 {
        out.push_str(&format!(" s=\"{style}\""));
    }
    out.push_str("><is><t xml:space=\"preserve\">");
    push_escaped(out, text);
    out.push_str("</t></is></c>");
}

fn sheet_xml(sheet: &Sheet) -> String {
    let ncols = sheet
        .rows
        .iter()
        .map(Vec::len)
        .chain(std::iter::once(sheet.header.len()))
        .max()
        .unwrap_or(0);
    let mut out = String::with_capacity(512 + sheet.rows.len() * ncols * 40);
    out.push_str(r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#);
    out.push_str(r#"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="16"/>"#);
    if ncols > 0 {
        out.push_str("<cols>");
        for c in 0..ncols {
            // Wide enough for the header (wrapped) and a Vietnamese unit name.
            let width = if c == 0 { 28 } else { 16 };
            out.push_str(&format!(
                "<col min=\"{n}\" max=\"{n}\" width=\"{width}\" customWidth=\"1\"/>",
                n = c + 1
            ));
        }
        out.push_str("</cols>");
    }
    out.push_str("<sheetData><row r=\"1\">");
    for (c, h) in sheet.header.iter().enumerate() {
        push_inline(&mut out, &format!("{}1", column_letters(c)), STYLE_HEADER, h);
    }
    out.push_str("</row>");
    for (ri, row) in sheet.rows.iter().enumerate() {
        let rn = ri + 2;
        out.push_str(&format!("<row r=\"{rn}\">"));
        for (c, cell) in row.iter().enumerate() {
            let r = format!("{}{rn}", column_letters(c));
            match cell {
                SheetCell::Empty => {}
                SheetCell::Text(t) => push_inline(&mut out, &r, 0, t),
                SheetCell::Number(d) => {
                    let style = if d.is_integer() { STYLE_INTEGER } else { STYLE_DECIMAL };
                    out.push_str(&format!("<c r=\"{r}\" s=\"{style}\"><v>{}</v></c>", xml_number(d)));
                }
            }
        }
        out.push_str("</row>");
    }
    out.push_str("</sheetData></worksheet>");
    out
}

/// The workbook of `sheets` (in order); `created` is an ISO 8601 time for the document
/// properties ("" leaves it out: the core has no clock).
pub fn workbook(sheets: &[Sheet], created: &str) -> Vec<u8> {
    let mut types = String::from(CONTENT_TYPES_HEAD);
    let mut book = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#,
    );
    let mut rels = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    );
    let mut used: Vec<String> = Vec::new();
    for (i, s) in sheets.iter().enumerate() {
        let n = i + 1;
        let mut name = sheet_name(&s.name);
        while used.contains(&name) {
            name = sheet_name(&format!("{name} {n}"));
        }
        types.push_str(&format!(
            "<Override PartName=\"/xl/worksheets/sheet{n}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        ));
        book.push_str("<sheet name=\"");
        push_escaped(&mut book, &name);
        book.push_str(&format!("\" sheetId=\"{n}\" r:id=\"rId{n}\"/>"));
        rels.push_str(&format!(
            "<Relationship Id=\"rId{n}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{n}.xml\"/>"
        ));
        used.push(name);
    }
    types.push_str("</Types>");
    book.push_str("</sheets></workbook>");
    rels.push_str(&format!(
        "<Relationship Id=\"rId{}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>",
        sheets.len() + 1
    ));
    let mut core = String::from(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Tổng hợp báo cáo chuyển đổi số</dc:title><dc:creator>Báo cáo chuyển đổi số</dc:creator>"#,
    );
    if !created.is_empty() {
        core.push_str("<dcterms:created xsi:type=\"dcterms:W3CDTF\">");
        push_escaped(&mut core, created);
        core.push_str("</dcterms:created>");
    }
    core.push_str("</cp:coreProperties>");
    let mut zip = ZipWriter::new();
    zip.add("[Content_Types].xml", types.as_bytes());
    zip.add("_rels/.rels", ROOT_RELS.as_bytes());
    zip.add("docProps/core.xml", core.as_bytes());
    zip.add("xl/workbook.xml", book.as_bytes());
    zip.add("xl/_rels/workbook.xml.rels", rels.as_bytes());
    zip.add("xl/styles.xml", STYLES.as_bytes());
    for (i, s) in sheets.iter().enumerate() {
        zip.add(&format!("xl/worksheets/sheet{}.xml", i + 1), sheet_xml(s).as_bytes());
    }
    zip.finish()
}

/// The compilation's workbook (sheets "Số liệu", "Tổng hợp", "Phát hiện"): what the page downloads
/// and what `bccds tong-hop` writes.
pub fn compilation_workbook(
    c: &super::Compilation,
    table: &super::FigureTable,
    stats: &[super::FigureStats],
    created: &str,
) -> Vec<u8> {
    workbook(&super::sheets::workbook_sheets(c, table, stats), created)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[test]
    fn column_letters_and_numbers() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
        assert_eq!(xml_number(&Decimal::new(9992, 2)), "99.92");
        assert_eq!(xml_number(&Decimal::from_int(1_686_000)), "1686000");
        assert_eq!(xml_number(&Decimal::new(-5, 1)), "-0.5");
        assert_eq!(sheet_name("Số liệu: 2025/06 [xã]"), "Số liệu- 2025-06 -xã-");
    }

    #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
    #[test]
    fn cell_text_is_escaped_and_never_carries_what_xml_forbids() {
        let mut out = String::new();
        push_inline(&mut out, "A1", 0, "Xã \u{1}<Ba Tơ> & \u{7f}“x”\u{b}");
        assert_eq!(
            out,
            "<c r=\"A1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">Xã &lt;Ba Tơ&gt; &amp; “x”</t></is></c>"
        );
    }
}
