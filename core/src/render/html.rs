//! Writes the blocks of a [`Document`] as the HTML body; the CSS classes are those of
//! [`super::style::CSS`].

use super::push_escaped;
use crate::document::{
    Block, ColumnWidth, Document, Table, ACCEPTED_TITLE, MOTTO, NATIONAL_TITLE, NOTES_TITLE, RECIPIENTS_TITLE,
    TYPE_NAME,
};

pub(crate) fn write(out: &mut String, doc: &Document) {
    header(out, doc);
    blocks(out, &doc.body);
    signature(out, doc);
    for a in &doc.appendices {
        out.push_str("<section class=\"phu-luc\">\n");
        p(out, "phu-luc-so", &a.label);
        if !a.title.is_empty() {
            p(out, "phu-luc-ten", &a.title);
        }
        p(out, "phu-luc-kem", &a.attached);
        blocks(out, &a.blocks);
        out.push_str("</section>\n");
    }
    notes(out, doc);
}

/// `<p class="…">text</p>` (escaped); no class when `class` is empty.
fn p(out: &mut String, class: &str, text: &str) {
    if class.is_empty() {
        out.push_str("<p>");
    } else {
        out.push_str("<p class=\"");
        out.push_str(class);
        out.push_str("\">");
    }
    push_escaped(out, text);
    out.push_str("</p>\n");
}

/// Lines joined by `<br>`.
fn br_lines(out: &mut String, lines: &[String]) {
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            out.push_str("<br>");
        }
        push_escaped(out, line);
    }
}

fn header(out: &mut String, doc: &Document) {
    let h = &doc.header;
    out.push_str("<table class=\"dau\">\n<tr>\n<td class=\"dau-trai\">\n<div class=\"cq\">\n");
    if !h.parent_body.is_empty() {
        out.push_str("<p class=\"cq-chu-quan\">");
        br_lines(out, &h.parent_body);
        out.push_str("</p>\n");
    }
    out.push_str("<p class=\"cq-ban-hanh\">");
    br_lines(out, &h.issuing_body);
    out.push_str("</p>\n<div class=\"gach gach-cq\"></div>\n</div>\n</td>\n<td class=\"dau-phai\">\n");
    out.push_str("<p class=\"quoc-hieu\">");
    out.push_str(NATIONAL_TITLE);
    out.push_str("</p>\n<p class=\"tieu-ngu\"><span>");
    out.push_str(MOTTO);
    out.push_str("</span></p>\n</td>\n</tr>\n<tr>\n<td class=\"so\">");
    push_escaped(out, &h.number_line);
    out.push_str("</td>\n<td class=\"dia-danh-ngay\">");
    push_escaped(out, &h.place_date);
    out.push_str("</td>\n</tr>\n</table>\n");
    out.push_str("<h1 class=\"ten-loai\">");
    out.push_str(TYPE_NAME);
    out.push_str("</h1>\n<p class=\"trich-yeu\">");
    br_lines(out, &doc.summary);
    out.push_str("</p>\n<div class=\"gach gach-trich-yeu\"></div>\n");
}

fn blocks(out: &mut String, blocks: &[Block]) {
    for b in blocks {
        match b {
            Block::Basis(t) => p(out, "can-cu", t),
            Block::Group(t) => p(out, "nhom", t),
            Block::Heading(t) => p(out, "muc", t),
            Block::SubHeading(t) => p(out, "tieu-muc", t),
            Block::Paragraph(t) | Block::Bullet(t) | Block::Reference(t) => p(out, "", t),
            Block::Table(t) => table(out, t),
        }
    }
}

fn table(out: &mut String, t: &Table) {
    out.push_str("<table class=\"bang\">\n<thead>\n<tr>");
    for col in &t.columns {
        out.push_str(match col.width {
            ColumnWidth::Number => "<th class=\"stt\">",
            ColumnWidth::Wide => "<th class=\"rong\">",
            ColumnWidth::Medium => "<th class=\"vua\">",
            ColumnWidth::Auto => "<th>",
        });
        push_escaped(out, &col.label);
        out.push_str("</th>");
    }
    out.push_str("</tr>\n</thead>\n<tbody>\n");
    for row in &t.rows {
        out.push_str("<tr>");
        for (col, cell) in t.columns.iter().zip(row) {
            out.push_str(match (col.width, col.centred) {
                (ColumnWidth::Number, _) => "<td class=\"stt\">",
                (_, true) => "<td class=\"giua\">",
                _ => "<td>",
            });
            br_lines(out, cell);
            out.push_str("</td>");
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

fn signature(out: &mut String, doc: &Document) {
    out.push_str("<table class=\"ky\">\n<tr>\n<td class=\"noi-nhan\">\n");
    if !doc.recipients.is_empty() {
        p(out, "noi-nhan-tieu-de", RECIPIENTS_TITLE);
        for line in &doc.recipients {
            p(out, "", line);
        }
    }
    out.push_str("</td>\n<td class=\"nguoi-ky\">\n");
    for line in &doc.signer.titles {
        p(out, "chuc-vu", line);
    }
    out.push_str("<div class=\"cho-ky\"></div>\n");
    if !doc.signer.name.is_empty() {
        p(out, "ho-ten", &doc.signer.name);
    }
    out.push_str("</td>\n</tr>\n</table>\n");
}

fn notes(out: &mut String, doc: &Document) {
    let n = &doc.notes;
    if n.is_empty() {
        return;
    }
    out.push_str("<section class=\"ghi-chu\">\n");
    p(out, "ghi-chu-tieu-de", NOTES_TITLE);
    if !n.accepted.is_empty() {
        p(out, "ghi-chu-nhom", ACCEPTED_TITLE);
        for (message, reason) in &n.accepted {
            out.push_str("<p>- ");
            push_escaped(out, message);
            out.push_str(" <em>Lý do: ");
            push_escaped(out, reason);
            out.push_str("</em></p>\n");
        }
    }
    if let Some(open) = &n.open {
        out.push_str("<div class=\"con-loi\">\n");
        p(out, "con-loi-tieu-de", &open.title);
        for (tag, message) in &open.items {
            out.push_str("<p>- <strong>");
            out.push_str(tag);
            out.push_str(":</strong> ");
            push_escaped(out, message);
            out.push_str("</p>\n");
        }
        out.push_str("</div>\n");
    }
    out.push_str("</section>\n");
}
