//! Basis lines (căn cứ), opening, body sections with each field printed per its kind, and the
//! closing sentence ending with "./.", as blocks.

use super::{lines, strip_end_punct, text_block, Block, Column, ColumnWidth, Ctx, Table};
use crate::number::{format_as_typed, format_money, format_percent, parse_number};
use crate::report::{Row, Value};
use crate::template::{frame_ids as ids, Field, FieldKind, Section};
use crate::validate::{computed_note, computed_value};

/// "Thực hiện Công văn số 1026/SKHCN-BCVT&CNTT ngày 21/5/2025 của Sở … về việc …" per row,
/// italic, each ending with ";", the last with "."; then the opening sentence.
pub(crate) fn basis(out: &mut Vec<Block>, ctx: &Ctx<'_>) {
    let sentences: Vec<String> = ctx
        .report
        .rows(ids::BASIS)
        .iter()
        .filter(|r| !r.values().all(Value::is_blank))
        .map(basis_sentence)
        .collect();
    let n = sentences.len();
    for (i, s) in sentences.iter().enumerate() {
        let end = if i + 1 == n { "." } else { ";" };
        out.push(Block::Basis(format!("{}{end}", strip_end_punct(s))));
    }
    out.extend(lines(&ctx.filled(ids::OPENING)).map(text_block));
}

fn basis_sentence(row: &Row) -> String {
    format!("Thực hiện {}", document_reference(row))
}

/// "Quyết định số 603/QĐ-UBND ngày 07/5/2025 của Chủ tịch UBND huyện về việc …".
pub(crate) fn document_reference(row: &Row) -> String {
    let cell = |id: &str| row.get(id).and_then(Value::as_text).map(str::trim).unwrap_or("");
    let mut s = String::new();
    s.push_str(match cell(ids::DOC_KIND) {
        "" => "văn bản",
        k => k,
    });
    for (word, id) in [
        ("số", ids::DOC_NUMBER),
        ("ngày", ids::DOC_DATE),
        ("của", ids::DOC_ISSUER),
    ] {
        let v = cell(id);
        if !v.is_empty() {
            s.push(' ');
            s.push_str(word);
            s.push(' ');
            s.push_str(v);
        }
    }
    let about = cell(ids::DOC_SUMMARY);
    if !about.is_empty() {
        let lower = crate::text::lower(about);
        if !(lower.starts_with("về ") || lower.starts_with("v/v")) {
            s.push_str(" về việc");
        }
        s.push(' ');
        s.push_str(about);
    }
    s
}

/// Sections with their group headings (printed once, when they change) and titles; a section
/// with nothing to print is left out.
pub(crate) fn sections<'a>(out: &mut Vec<Block>, ctx: &Ctx<'_>, sections: impl Iterator<Item = &'a Section>) {
    let mut last_group: Option<&str> = None;
    for section in sections {
        let mut buf = Vec::new();
        let stated = stated_in_prose(ctx, section);
        for field in &section.fields {
            if already_stated(ctx, field, &stated) {
                continue;
            }
            field_blocks(&mut buf, ctx, field);
        }
        join_lead_ins(&mut buf);
        if buf.is_empty() {
            continue;
        }
        if let Some(g) = section.group.as_deref().map(str::trim).filter(|g| !g.is_empty()) {
            if last_group != Some(g) {
                out.push(Block::Group(ctx.fill(g)));
                last_group = Some(g);
            }
        }
        if !section.title.trim().is_empty() {
            out.push(Block::Heading(ctx.fill(section.title.trim())));
        }
        out.append(&mut buf);
    }
}

/// A lead-in that ends with "," ("Trên cơ sở Nghị quyết …, ") continues into the paragraph
/// after it, as the seeds write it ("…, UBND xã xây dựng, ban hành Kế hoạch…"); with nothing
/// after it, it ends with a full stop.
pub(crate) fn join_lead_ins(blocks: &mut Vec<Block>) {
    let mut i = 0;
    while i < blocks.len() {
        if let Block::Paragraph(lead) = &blocks[i] {
            if lead.ends_with(',') {
                if let Some(Block::Paragraph(next)) = blocks.get(i + 1) {
                    let joined = format!("{lead} {next}");
                    blocks[i] = Block::Paragraph(joined);
                    blocks.remove(i + 1);
                    continue;
                }
                let ended = format!("{}.", strip_end_punct(lead));
                blocks[i] = Block::Paragraph(ended);
            }
        }
        i += 1;
    }
}

/// The prose of a section (its narrative values), in the form figures are compared in.
fn stated_in_prose(ctx: &Ctx<'_>, section: &Section) -> String {
    let prose: Vec<&str> = section
        .fields
        .iter()
        .filter(|f| f.kind == FieldKind::Narrative)
        .map(|f| ctx.report.text(&f.id))
        .collect();
    comparable(&prose.join("\n"))
}

/// "46,046 km²" and "46,046 km2" are the same figure to a reader.
fn comparable(text: &str) -> String {
    text.replace('²', "2").replace('³', "3").replace('\u{a0}', " ")
}

/// A figure printed only as "Label: value." whose value with its unit the section's prose
/// already states ("…diện tích tự nhiên 46,046 km2, dân số gần 56.000 người…") is not printed
/// again: the report keeps it for the figures (JSON), the document says it once.
fn already_stated(ctx: &Ctx<'_>, field: &Field, stated: &str) -> bool {
    if field.number_style().is_none() || stated.is_empty() {
        return false;
    }
    let Some(value) = value_text(ctx, field, ctx.report.values.get(&field.id), None, true) else {
        return false;
    };
    let value = comparable(&value);
    // The whole figure, not part of a longer number: "18 thôn" but not "118 thôn".
    stated.match_indices(&value).any(|(i, _)| {
        let before = stated[..i].chars().next_back();
        let after = stated[i + value.len()..].chars().next();
        !before.is_some_and(|c| c.is_alphanumeric() || c == '.' || c == ',')
            && !after.is_some_and(char::is_alphanumeric)
    })
}

/// One field: its heading, then its value printed per its kind. Nothing when empty.
pub(crate) fn field_blocks(out: &mut Vec<Block>, ctx: &Ctx<'_>, field: &Field) {
    if field.kind == FieldKind::Table {
        table(out, ctx, field);
        return;
    }
    let Some(value) = value_text(ctx, field, ctx.report.values.get(&field.id), None, true) else {
        return;
    };
    let text = match &field.print {
        Some(p) if p.contains("{}") => p.replace("{}", &value),
        Some(p) => format!("{p} {value}"),
        None => match field.kind {
            FieldKind::Text | FieldKind::Narrative => value,
            _ => {
                let t = format!("{}: {value}", field.label.trim());
                if t.ends_with(['.', ';', ':', '!', '?']) {
                    t
                } else {
                    t + "."
                }
            }
        },
    };
    push_heading(out, ctx, field);
    out.extend(lines(&ctx.fill(&text)).map(text_block));
}

fn push_heading(out: &mut Vec<Block>, ctx: &Ctx<'_>, field: &Field) {
    if let Some(h) = field.heading.as_deref().map(str::trim).filter(|h| !h.is_empty()) {
        out.push(Block::SubHeading(ctx.fill(h)));
    }
}

/// "a; b và c", as a sentence lists documents.
fn join_and(items: &[String]) -> String {
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} và {last}", rest.join("; ")),
        Some((last, _)) => last.clone(),
        None => String::new(),
    }
}

/// A table whose columns are a document reference (loại, số ký hiệu, ngày, cơ quan, trích yếu).
pub fn is_document_list(field: &Field) -> bool {
    field.column(ids::DOC_KIND).is_some() && field.column(ids::DOC_NUMBER).is_some()
}

/// A document list printed the way the reports write it: with a `print` sentence, the
/// references joined by "; " in place of `{}`; otherwise numbered lines "(1) Quyết định số …;",
/// the last ending with ".".
fn document_list(out: &mut Vec<Block>, ctx: &Ctx<'_>, field: &Field, rows: &[&Row]) {
    let refs: Vec<String> = rows
        .iter()
        .map(|r| strip_end_punct(&document_reference(r)).to_string())
        .collect();
    if let Some(p) = field.print.as_deref().filter(|p| p.contains("{}")) {
        out.extend(lines(&ctx.fill(&p.replace("{}", &join_and(&refs)))).map(text_block));
        return;
    }
    let n = refs.len();
    for (i, r) in refs.iter().enumerate() {
        let end = if i + 1 == n { "." } else { ";" };
        out.push(Block::Reference(format!("({}) {r}{end}", i + 1)));
    }
}

/// A repeatable table as a bordered table whose header row repeats on every page
/// (document lists as sentences, see [`document_list`]).
fn table(out: &mut Vec<Block>, ctx: &Ctx<'_>, field: &Field) {
    let rows: Vec<&Row> = ctx
        .report
        .rows(&field.id)
        .iter()
        .filter(|r| !r.values().all(Value::is_blank))
        .collect();
    if rows.is_empty() || field.columns.is_empty() {
        return;
    }
    push_heading(out, ctx, field);
    if is_document_list(field) {
        document_list(out, ctx, field, &rows);
        return;
    }
    if let Some(p) = field.print.as_deref().filter(|p| !p.trim().is_empty()) {
        let count = rows.len().to_string();
        out.extend(lines(&ctx.fill(&p.replace("{}", &count))).map(text_block));
    }
    let own_stt = field
        .columns
        .iter()
        .any(|c| c.id == "stt" || c.label.trim().eq_ignore_ascii_case("stt"));
    let mut columns = Vec::new();
    if !own_stt {
        columns.push(Column {
            label: "STT".into(),
            width: ColumnWidth::Number,
            centred: true,
        });
    }
    for col in &field.columns {
        let mut label = ctx.fill(col.label.trim());
        if let Some(u) = col.unit.as_deref().filter(|u| !u.is_empty() && *u != "%") {
            label = format!("{label} ({u})");
        }
        columns.push(Column {
            label,
            // Room where the text is: paragraphs wide, the status choice medium, the rest as needed.
            width: match col.kind {
                FieldKind::Narrative => ColumnWidth::Wide,
                FieldKind::Status => ColumnWidth::Medium,
                _ => ColumnWidth::Auto,
            },
            centred: !matches!(col.kind, FieldKind::Text | FieldKind::Narrative | FieldKind::Status),
        });
    }
    let rows = rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let mut cells = Vec::new();
            if !own_stt {
                cells.push(vec![(i + 1).to_string()]);
            }
            // Inside a table the unit is in the column header.
            cells.extend(field.columns.iter().map(|col| {
                cell_text(ctx, col, row)
                    .map(|v| lines(&v).map(str::to_string).collect())
                    .unwrap_or_default()
            }));
            cells
        })
        .collect();
    out.push(Block::Table(Table { columns, rows }));
}

fn cell_text(ctx: &Ctx<'_>, col: &Field, row: &Row) -> Option<String> {
    value_text(ctx, col, row.get(&col.id), Some(row), false)
}

/// The printed text of a value: numbers formatted the Vietnamese way with their unit, keeping typed
/// leading zeros (the raw text when unreadable), status as "choice — note", computed values computed
/// (in a table, a note when the ratio is over 0).
/// `unit`: append the field's unit (not inside tables, where the header names it).
pub(crate) fn value_text(
    ctx: &Ctx<'_>,
    field: &Field,
    value: Option<&Value>,
    row: Option<&Row>,
    unit: bool,
) -> Option<String> {
    if field.kind == FieldKind::Computed {
        // A table cell over a 0 (an appendix target of 0) says why it has no figure.
        return computed_value(ctx.template, ctx.report, field, row)
            .map(|c| c.display)
            .or_else(|| row.and_then(|r| computed_note(ctx.template, ctx.report, field, Some(r))));
    }
    match value? {
        Value::Text(t) if t.trim().is_empty() => None,
        Value::Text(t) => Some(format_value(field, t, unit)),
        Value::Status { choice, note } => {
            let (c, n) = (choice.trim(), note.trim());
            match (c.is_empty(), n.is_empty()) {
                (true, true) => None,
                (false, true) => Some(c.to_string()),
                (true, false) => Some(n.to_string()),
                (false, false) => Some(format!("{c} — {n}")),
            }
        }
        Value::Rows(_) => None,
    }
}

fn format_value(field: &Field, text: &str, unit: bool) -> String {
    let raw = text.trim();
    let with_unit = |s: String| match field.unit.as_deref().map(str::trim).filter(|_| unit) {
        Some("%") => format!("{s}%"),
        Some(u) if !u.is_empty() => format!("{s} {u}"),
        _ => s,
    };
    if let Some(style) = field.number_style() {
        let Ok(n) = parse_number(raw, style) else {
            return raw.to_string();
        };
        return match field.kind {
            FieldKind::Percent => format_percent(&n),
            FieldKind::Money => format_money(&n),
            // "03 máy", "09 thôn": the zeros the user typed are printed too.
            _ => with_unit(format_as_typed(&n, raw)),
        };
    }
    match field.kind {
        FieldKind::Fraction => with_unit(raw.to_string()),
        FieldKind::Narrative => text.to_string(),
        _ => raw.to_string(),
    }
}

/// The closing sentence, ending with "./.".
pub(crate) fn closing(out: &mut Vec<Block>, ctx: &Ctx<'_>) {
    let closing = ctx.filled(ids::CLOSING);
    let all: Vec<&str> = lines(&closing).collect();
    let Some((last, rest)) = all.split_last() else {
        return;
    };
    out.extend(rest.iter().copied().map(text_block));
    out.push(Block::Paragraph(closing_end(last)));
}

/// "…của UBND xã Đăk Long" → "…của UBND xã Đăk Long./."
pub(crate) fn closing_end(line: &str) -> String {
    let l = line.trim();
    if l.ends_with("./.") {
        l.to_string()
    } else {
        format!(
            "{}./.",
            l.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ';' | ',' | '/'))
        )
    }
}

#[cfg(test)]
mod tests {
    use super::closing_end;

    #[test]
    fn closing_ends_with_dot_slash_dot() {
        assert_eq!(closing_end("Trên đây là báo cáo"), "Trên đây là báo cáo./.");
        assert_eq!(closing_end("Trên đây là báo cáo."), "Trên đây là báo cáo./.");
        assert_eq!(closing_end("Trên đây là báo cáo;  "), "Trên đây là báo cáo./.");
        assert_eq!(closing_end("Trên đây là báo cáo./."), "Trên đây là báo cáo./.");
        assert_eq!(closing_end("Trên đây là báo cáo./"), "Trên đây là báo cáo./.");
    }
}
