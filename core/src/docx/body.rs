//! `word/document.xml`: the blocks of a [`Document`] in WordprocessingML, laid out per
//! Nghị định 30/2020/NĐ-CP in Word terms. Elements are written in the order the schema
//! requires (Word refuses files whose properties are out of order).

use super::xml::{push_para, push_xml, Fmt};
use crate::document::{
    Appendix, Block, ColumnWidth, Document, Table, ACCEPTED_TITLE, MOTTO, NATIONAL_TITLE, NOTES_TITLE,
    RECIPIENTS_TITLE, TYPE_NAME,
};

/// A4 portrait in twips (1/20 pt): 210 × 297 mm.
const PAGE_W: u32 = 11906;
const PAGE_H: u32 = 16838;
/// Margins: top and bottom 20 mm, left 30 mm, right 15 mm; the page number 10 mm from the top.
const MARGIN_TOP: u32 = 1134;
const MARGIN_BOTTOM: u32 = 1134;
const MARGIN_LEFT: u32 = 1701;
const MARGIN_RIGHT: u32 = 850;
const HEADER_DISTANCE: u32 = 567;
const TEXT_W: u32 = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT;
const TEXT_W_LANDSCAPE: u32 = PAGE_H - MARGIN_LEFT - MARGIN_RIGHT;
/// Left and right padding Word puts in every table cell (from the table style).
const CELL_PADDING: u32 = 216;
/// Header columns: issuing body 38 %, national title 62 % (as the HTML print).
const HEAD_LEFT: u32 = TEXT_W * 38 / 100;
const HEAD_RIGHT: u32 = TEXT_W - HEAD_LEFT;
/// Signature columns: recipients 45 %, signer 55 %.
const SIGN_LEFT: u32 = TEXT_W * 45 / 100;
const SIGN_RIGHT: u32 = TEXT_W - SIGN_LEFT;
/// "Độc lập - Tự do - Hạnh phúc" at 13 pt bold in Times New Roman (sum of the font's advance
/// widths, 12 197/1000 em): the rule beneath is as long as the line.
const MOTTO_W: u32 = 3172;
/// The rule under the issuing body: about 40 % of "ỦY BAN NHÂN DÂN" (2 448 twips at 13 pt bold).
const BODY_RULE_W: u32 = 980;
/// The rule under the trích yếu: 30 % of the text width.
const SUMMARY_RULE_W: u32 = TEXT_W * 30 / 100;
/// Room for signature and seal: 2,5 cm.
const SIGNATURE_ROOM: u32 = 1418;
/// An appendix table with more columns than this gets a landscape page.
const PORTRAIT_MAX_COLUMNS: usize = 6;

pub(crate) fn document_xml(doc: &Document) -> String {
    let mut out = String::with_capacity(32 * 1024);
    out.push_str(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document \
xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" \
xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>",
    );
    header(&mut out, doc);
    blocks(&mut out, &doc.body, TEXT_W);
    signature(&mut out, doc);
    // Each Phụ lục is a section of its own: new page, numbering from 1, landscape when wide.
    let mut current = SectionKind::Main;
    for a in &doc.appendices {
        out.push_str("<w:p><w:pPr><w:spacing w:after=\"0\"/>");
        section_properties(&mut out, current);
        out.push_str("</w:pPr></w:p>");
        current = SectionKind::Appendix {
            landscape: a.widest_table() > PORTRAIT_MAX_COLUMNS,
        };
        appendix(&mut out, a, current.text_width());
    }
    notes(&mut out, doc);
    section_properties(&mut out, current);
    out.push_str("</w:body></w:document>");
    out
}

#[derive(Clone, Copy)]
enum SectionKind {
    Main,
    Appendix { landscape: bool },
}

impl SectionKind {
    fn text_width(self) -> u32 {
        match self {
            SectionKind::Appendix { landscape: true } => TEXT_W_LANDSCAPE,
            _ => TEXT_W,
        }
    }
}

/// `w:sectPr`: A4, margins, the page number in the header of every page but the first.
fn section_properties(out: &mut String, kind: SectionKind) {
    out.push_str(
        "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdPage\"/>\
<w:headerReference w:type=\"first\" r:id=\"rIdFirst\"/>",
    );
    let (w, h, orient) = match kind {
        SectionKind::Appendix { landscape: true } => (PAGE_H, PAGE_W, " w:orient=\"landscape\""),
        _ => (PAGE_W, PAGE_H, ""),
    };
    out.push_str(&format!(
        "<w:pgSz w:w=\"{w}\" w:h=\"{h}\"{orient}/><w:pgMar w:top=\"{MARGIN_TOP}\" w:right=\"{MARGIN_RIGHT}\" \
w:bottom=\"{MARGIN_BOTTOM}\" w:left=\"{MARGIN_LEFT}\" w:header=\"{HEADER_DISTANCE}\" w:footer=\"{HEADER_DISTANCE}\" w:gutter=\"0\"/>"
    ));
    if matches!(kind, SectionKind::Appendix { .. }) {
        out.push_str("<w:pgNumType w:start=\"1\"/>");
    }
    out.push_str("<w:titlePg/></w:sectPr>");
}

/// An empty paragraph drawing a centred rule `width` long (its top border), in a space `room` wide.
fn rule(out: &mut String, width: u32, room: u32) {
    let indent = room.saturating_sub(width) / 2;
    out.push_str(&format!(
        "<w:p><w:pPr><w:pStyle w:val=\"Giua\"/><w:pBdr><w:top w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>\
<w:spacing w:before=\"120\" w:after=\"0\" w:line=\"120\" w:lineRule=\"exact\"/><w:ind w:left=\"{indent}\" w:right=\"{indent}\" w:firstLine=\"0\"/>\
<w:rPr><w:sz w:val=\"12\"/></w:rPr></w:pPr></w:p>"
    ));
}

/// Start of a table: width, borders (or none), fixed layout, grid.
fn table_start(out: &mut String, widths: &[u32], borders: bool) {
    let total: u32 = widths.iter().sum();
    let border = if borders {
        "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\""
    } else {
        "w:val=\"nil\""
    };
    out.push_str(&format!(
        "<w:tbl><w:tblPr><w:tblW w:w=\"{total}\" w:type=\"dxa\"/><w:tblBorders>"
    ));
    for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
        out.push_str(&format!("<w:{side} {border}/>"));
    }
    out.push_str("</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>");
    for w in widths {
        out.push_str(&format!("<w:gridCol w:w=\"{w}\"/>"));
    }
    out.push_str("</w:tblGrid>");
}

fn cell_start(out: &mut String, width: u32, centre_vertically: bool) {
    out.push_str(&format!("<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>"));
    if centre_vertically {
        out.push_str("<w:vAlign w:val=\"center\"/>");
    }
    out.push_str("</w:tcPr>");
}

/// The borderless two-column header: issuing body and number left, national title, motto,
/// place and date right (the Số line and the date on the same row); then title and trích yếu.
fn header(out: &mut String, doc: &Document) {
    let h = &doc.header;
    table_start(out, &[HEAD_LEFT, HEAD_RIGHT], false);
    out.push_str("<w:tr>");
    cell_start(out, HEAD_LEFT, false);
    if !h.parent_body.is_empty() {
        push_para(out, "Giua", "", &[(Fmt::PLAIN.size(13), &h.parent_body.join("\n"))]);
    }
    push_para(out, "Giua", "", &[(Fmt::BOLD.size(13), &h.issuing_body.join("\n"))]);
    rule(out, BODY_RULE_W, HEAD_LEFT - CELL_PADDING);
    out.push_str("</w:tc>");
    cell_start(out, HEAD_RIGHT, false);
    push_para(out, "Giua", "", &[(Fmt::BOLD.size(12), NATIONAL_TITLE)]);
    push_para(out, "Giua", "", &[(Fmt::BOLD.size(13), MOTTO)]);
    rule(out, MOTTO_W, HEAD_RIGHT - CELL_PADDING);
    out.push_str("</w:tc></w:tr><w:tr>");
    let row2 = "<w:spacing w:before=\"160\" w:after=\"0\"/>";
    cell_start(out, HEAD_LEFT, false);
    push_para(out, "Giua", row2, &[(Fmt::PLAIN.size(13), &h.number_line)]);
    out.push_str("</w:tc>");
    cell_start(out, HEAD_RIGHT, false);
    push_para(out, "Giua", row2, &[(Fmt::ITALIC.size(14), &h.place_date)]);
    out.push_str("</w:tc></w:tr></w:tbl>");

    push_para(
        out,
        "Giua",
        "<w:spacing w:before=\"360\" w:after=\"0\"/>",
        &[(Fmt::BOLD, TYPE_NAME)],
    );
    push_para(out, "Giua", "", &[(Fmt::BOLD, &doc.summary.join("\n"))]);
    rule(out, SUMMARY_RULE_W, TEXT_W);
    // 12 pt under the rule, as in the HTML print.
    out.push_str("<w:p><w:pPr><w:pStyle w:val=\"Giua\"/><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"exact\"/></w:pPr></w:p>");
}

fn blocks(out: &mut String, blocks: &[Block], width: u32) {
    for b in blocks {
        match b {
            Block::Basis(t) => push_para(out, "CanCu", "", &[(Fmt::PLAIN, t)]),
            Block::Group(t) => push_para(out, "Nhom", "", &[(Fmt::PLAIN, t)]),
            Block::Heading(t) => push_para(out, "Muc", "", &[(Fmt::PLAIN, t)]),
            Block::SubHeading(t) => push_para(out, "TieuMuc", "", &[(Fmt::PLAIN, t)]),
            Block::Paragraph(t) | Block::Bullet(t) | Block::Reference(t) => {
                push_para(out, "Normal", "", &[(Fmt::PLAIN, t)])
            }
            Block::Table(t) => table(out, t, width),
        }
    }
}

/// Column widths: STT narrow, paragraphs wide, status medium, the rest shared.
fn column_widths(t: &Table, width: u32) -> Vec<u32> {
    // "STT" in 13 pt bold fits on one line with the cell padding.
    const STT: u32 = 850;
    let weight = |w: ColumnWidth| match w {
        ColumnWidth::Number => 0,
        ColumnWidth::Wide => 6,
        ColumnWidth::Medium => 3,
        ColumnWidth::Auto => 2,
    };
    let fixed: u32 = t.columns.iter().filter(|c| c.width == ColumnWidth::Number).count() as u32 * STT;
    let total: u32 = t.columns.iter().map(|c| weight(c.width)).sum::<u32>().max(1);
    let share = width.saturating_sub(fixed);
    let mut widths: Vec<u32> = t
        .columns
        .iter()
        .map(|c| match c.width {
            ColumnWidth::Number => STT,
            w => share * weight(w) / total,
        })
        .collect();
    // Rounding: the last column takes what is left, so the table is exactly the text width.
    let sum: u32 = widths.iter().sum();
    if let Some(last) = widths.last_mut() {
        *last += width.saturating_sub(sum);
    }
    widths
}

/// A bordered table; its header row repeats on every page and no row splits across pages.
fn table(out: &mut String, t: &Table, width: u32) {
    let widths = column_widths(t, width);
    table_start(out, &widths, true);
    out.push_str("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
    for (col, w) in t.columns.iter().zip(&widths) {
        cell_start(out, *w, true);
        push_para(out, "Bang", "<w:jc w:val=\"center\"/>", &[(Fmt::BOLD, &col.label)]);
        out.push_str("</w:tc>");
    }
    out.push_str("</w:tr>");
    for row in &t.rows {
        out.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        for ((col, w), cell) in t.columns.iter().zip(&widths).zip(row) {
            cell_start(out, *w, false);
            let jc = if col.centred { "<w:jc w:val=\"center\"/>" } else { "" };
            push_para(out, "Bang", jc, &[(Fmt::PLAIN, &cell.join("\n"))]);
            out.push_str("</w:tc>");
        }
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl>");
    // A paragraph after every table: 6 pt of space, and two tables never merge into one.
    out.push_str("<w:p><w:pPr><w:pStyle w:val=\"Giua\"/><w:spacing w:after=\"0\" w:line=\"120\" w:lineRule=\"exact\"/></w:pPr></w:p>");
}

/// The borderless two-column end: recipients left (at the level of the signer's title),
/// signer right.
fn signature(out: &mut String, doc: &Document) {
    out.push_str("<w:p><w:pPr><w:pStyle w:val=\"Giua\"/><w:keepNext/><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"exact\"/></w:pPr></w:p>");
    table_start(out, &[SIGN_LEFT, SIGN_RIGHT], false);
    out.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
    cell_start(out, SIGN_LEFT, false);
    if doc.recipients.is_empty() {
        out.push_str("<w:p><w:pPr><w:pStyle w:val=\"NoiNhan\"/></w:pPr></w:p>");
    } else {
        push_para(
            out,
            "NoiNhan",
            "",
            &[(
                Fmt {
                    bold: true,
                    italic: true,
                    size: 12,
                },
                RECIPIENTS_TITLE,
            )],
        );
        for line in &doc.recipients {
            push_para(out, "NoiNhan", "", &[(Fmt::PLAIN, line)]);
        }
    }
    out.push_str("</w:tc>");
    cell_start(out, SIGN_RIGHT, false);
    for line in &doc.signer.titles {
        push_para(out, "Giua", "", &[(Fmt::BOLD, line)]);
    }
    let room = format!("<w:spacing w:before=\"{SIGNATURE_ROOM}\" w:after=\"0\"/>");
    push_para(out, "Giua", &room, &[(Fmt::BOLD, &doc.signer.name)]);
    out.push_str("</w:tc></w:tr></w:tbl>");
}

fn appendix(out: &mut String, a: &Appendix, width: u32) {
    push_para(out, "Giua", "", &[(Fmt::BOLD, &a.label)]);
    if !a.title.is_empty() {
        push_para(out, "Giua", "", &[(Fmt::BOLD, &a.title)]);
    }
    push_para(
        out,
        "Giua",
        "<w:spacing w:after=\"240\"/>",
        &[(Fmt::ITALIC, &a.attached)],
    );
    blocks(out, &a.blocks, width);
}

/// The review notes (bản kèm ghi chú kiểm tra) and open findings, after a rule.
fn notes(out: &mut String, doc: &Document) {
    let n = &doc.notes;
    if n.is_empty() {
        return;
    }
    push_para(
        out,
        "GhiChu",
        "<w:keepNext/><w:pBdr><w:top w:val=\"single\" w:sz=\"6\" w:space=\"6\" w:color=\"000000\"/></w:pBdr><w:spacing w:before=\"480\"/>",
        &[(Fmt::BOLD, NOTES_TITLE)],
    );
    if !n.accepted.is_empty() {
        push_para(out, "GhiChu", "", &[(Fmt::ITALIC, ACCEPTED_TITLE)]);
        for (message, reason) in &n.accepted {
            let lead = format!("- {message} ");
            let why = format!("Lý do: {reason}");
            push_para(out, "GhiChu", "", &[(Fmt::PLAIN, &lead), (Fmt::ITALIC, &why)]);
        }
    }
    if let Some(open) = &n.open {
        push_para(out, "GhiChu", "", &[(Fmt::BOLD, &open.title)]);
        for (tag, message) in &open.items {
            let tag = format!("{tag}:");
            let rest = format!(" {message}");
            push_para(
                out,
                "GhiChu",
                "",
                &[(Fmt::PLAIN, "- "), (Fmt::BOLD, &tag), (Fmt::PLAIN, &rest)],
            );
        }
    }
}

/// The title for docProps, escaped.
pub(crate) fn escaped(text: &str) -> String {
    let mut s = String::new();
    push_xml(&mut s, text);
    s
}
