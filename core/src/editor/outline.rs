//! Outline text (đề cương) → sections. The Sở's Công văn lists the headings of the report it
//! asks for; pasted here, they become groups, sections and narrative fields, in order:
//!
//! - "A." parts, "I." roman numerals, "B1." and "1." / "2.1." numbers are headings;
//! - a top-level heading with numbered headings under it is a group ("I. KẾT QUẢ …"), each
//!   numbered heading under it a section; a top-level heading with none is a section of its own;
//! - under a section, "7.1." (its own number continued) is a further section of the same group,
//!   while "a)", "-", "+" and a restarted numbering ("1." under "II.") are narrative fields
//!   printed under that heading;
//! - "Phụ lục …" starts an appendix section; a line with no marker is the help text of the
//!   heading above it (the Công văn's "Nêu rõ …").

use std::collections::HashSet;

use super::slug::{unique, unique_id};
use crate::template::{FieldKind, FieldSpec, SectionSpec};

/// Level of a line's marker: a smaller number holds the larger ones that follow it.
#[derive(Debug, Clone, PartialEq)]
enum Marker {
    /// "A.", "B." (phần)
    Part,
    /// "I.", "IV.", and "B1." (mục lớn)
    Roman,
    /// "1." → [1], "2.1." → [2, 1]
    Number(Vec<u32>),
    /// "a)", "đ)", "1)"
    Letter,
    /// "-", "–", "•"
    Dash,
    /// "+"
    Plus,
    /// "Phụ lục …"
    Appendix,
}

impl Marker {
    fn rank(&self) -> usize {
        match self {
            Marker::Appendix | Marker::Part => 0,
            Marker::Roman => 1,
            Marker::Number(n) => 1 + n.len(),
            Marker::Letter => 20,
            Marker::Dash => 21,
            Marker::Plus => 22,
        }
    }

    fn is_heading(&self) -> bool {
        !matches!(self, Marker::Letter | Marker::Dash | Marker::Plus)
    }
}

#[derive(Debug)]
struct Line {
    marker: Marker,
    /// The line as written, trimmed: printed as the heading.
    heading: String,
    /// The words after the marker, without a trailing colon: the label.
    text: String,
    help: Vec<String>,
    children: Vec<usize>,
}

/// The sections an outline describes. `taken` holds ids already used (the frame's, the
/// template's) and receives the new ones, so that every id is unique in the template.
pub fn sections_from_outline(outline: &str, taken: &mut HashSet<String>) -> Vec<SectionSpec> {
    let (lines, roots) = parse(outline);
    let mut out = Vec::new();
    for &r in &roots {
        let line = &lines[r];
        let headed: Vec<usize> = line
            .children
            .iter()
            .copied()
            .filter(|&c| lines[c].marker.is_heading())
            .collect();
        if line.marker == Marker::Appendix || headed.is_empty() {
            emit(&lines, r, None, taken, &mut out);
            continue;
        }
        let group = Some(line.heading.clone());
        let intro: Vec<usize> = line.children.iter().copied().filter(|c| !headed.contains(c)).collect();
        if !intro.is_empty() {
            // Bullets right under a group: an opening section ("Khái quát chung", as seed 003 has).
            let id = unique_id(&line.text, "muc", taken);
            taken.insert(id.clone());
            let fields = intro.iter().flat_map(|&c| fields_of(&lines, c, taken)).collect();
            out.push(SectionSpec {
                id,
                group: group.clone(),
                title: "Khái quát chung".into(),
                help: None,
                appendix: false,
                fields,
            });
        }
        for c in headed {
            emit(&lines, c, group.clone(), taken, &mut out);
        }
    }
    out
}

/// One section for `at` (its narrative fields from the lines under it), then the sections that
/// continue its number ("7.1." after "7.").
fn emit(lines: &[Line], at: usize, group: Option<String>, taken: &mut HashSet<String>, out: &mut Vec<SectionSpec>) {
    let line = &lines[at];
    let (subsections, field_lines): (Vec<usize>, Vec<usize>) = line
        .children
        .iter()
        .partition(|&&c| continues(&line.marker, &lines[c].marker));
    let id = unique_id(&line.text, "muc", taken);
    taken.insert(id.clone());
    let mut fields: Vec<FieldSpec> = field_lines.iter().flat_map(|&c| fields_of(lines, c, taken)).collect();
    if fields.is_empty() {
        let field_id = unique(format!("{id}-noi-dung"), taken);
        taken.insert(field_id.clone());
        fields.push(FieldSpec {
            id: field_id,
            kind: Some(FieldKind::Narrative),
            label: Some(label_or(&line.text, "Nội dung")),
            required: true,
            ..FieldSpec::default()
        });
    }
    let appendix = line.marker == Marker::Appendix;
    out.push(SectionSpec {
        id,
        group: if appendix { None } else { group.clone() },
        title: line.heading.clone(),
        help: joined(&line.help),
        appendix,
        fields,
    });
    for s in subsections {
        emit(lines, s, group.clone(), taken, out);
    }
}

/// A narrative field for the line, then one for each line under it, in order.
fn fields_of(lines: &[Line], at: usize, taken: &mut HashSet<String>) -> Vec<FieldSpec> {
    let line = &lines[at];
    let id = unique_id(&line.text, "noi-dung", taken);
    taken.insert(id.clone());
    let mut fields = vec![FieldSpec {
        id,
        kind: Some(FieldKind::Narrative),
        label: Some(label_or(&line.text, "Nội dung")),
        help: joined(&line.help),
        heading: Some(line.heading.clone()),
        ..FieldSpec::default()
    }];
    for &c in &line.children {
        fields.extend(fields_of(lines, c, taken));
    }
    fields
}

/// The words of a heading after its marker: "1. Công tác chỉ đạo:" → "Công tác chỉ đạo".
pub(super) fn label_from_heading(heading: &str) -> String {
    let t = heading.trim();
    let text = marker_of(t).map_or(t, |(_, text)| text);
    text.trim().trim_end_matches([':', ';']).trim_end().to_string()
}

/// "7.1." continues "7."; "1." under "II." restarts the numbering.
fn continues(parent: &Marker, child: &Marker) -> bool {
    match (parent, child) {
        (Marker::Number(p), Marker::Number(c)) => c.len() > p.len() && c.starts_with(p),
        _ => false,
    }
}

fn label_or(text: &str, fallback: &str) -> String {
    if text.is_empty() {
        fallback.to_string()
    } else {
        text.to_string()
    }
}

fn joined(help: &[String]) -> Option<String> {
    (!help.is_empty()).then(|| help.join("\n"))
}

/// The lines with their markers, each attached under the nearest line above of a smaller rank.
fn parse(outline: &str) -> (Vec<Line>, Vec<usize>) {
    let mut lines: Vec<Line> = Vec::new();
    let mut roots = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    for raw in outline.lines() {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            continue;
        }
        let Some((marker, text)) = marker_of(trimmed) else {
            // Plain text: guidance for the heading above it.
            if let Some(&last) = stack.last() {
                lines[last].help.push(trimmed.to_string());
            }
            continue;
        };
        let rank = marker.rank();
        while stack.last().is_some_and(|&s| lines[s].marker.rank() >= rank) {
            stack.pop();
        }
        let index = lines.len();
        match stack.last() {
            Some(&parent) => lines[parent].children.push(index),
            None => roots.push(index),
        }
        stack.push(index);
        lines.push(Line {
            marker,
            heading: trimmed.to_string(),
            text: text.trim().trim_end_matches([':', ';']).trim_end().to_string(),
            help: Vec::new(),
            children: Vec::new(),
        });
    }
    (lines, roots)
}

/// The marker at the start of a line and the text after it; `None` for a plain line.
fn marker_of(line: &str) -> Option<(Marker, &str)> {
    if let Some(rest) = strip_prefix_ci(line, "phụ lục") {
        // "Phụ lục", "Phụ lục 01:", "PHỤ LỤC II. CHỈ TIÊU …"
        let rest = rest.trim_start();
        let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || "IVX".contains(c));
        let rest = rest.trim_start_matches([':', '.', '-', '–', ' ']);
        return Some((Marker::Appendix, rest));
    }
    let mut chars = line.chars();
    match chars.next()? {
        '-' | '–' | '•' => return Some((Marker::Dash, chars.as_str())),
        '+' => return Some((Marker::Plus, chars.as_str())),
        _ => {}
    }
    // The marker token ends at the first "." or ")" not followed by a digit ("2.1." is one token).
    let bytes: Vec<(usize, char)> = line.char_indices().take(12).collect();
    let end = bytes
        .iter()
        .position(|&(i, c)| (c == ')' || c == '.') && !line[i + 1..].starts_with(|d: char| d.is_ascii_digit()))?;
    let (cut, closer) = bytes[end];
    let token = &line[..cut];
    let rest = &line[cut + closer.len_utf8()..];
    let marker = if closer == ')' {
        let mut t = token.chars();
        match (t.next(), t.next()) {
            (Some(c), None) if c.is_lowercase() => Marker::Letter,
            _ if !token.is_empty() && token.chars().all(|c| c.is_ascii_digit()) => Marker::Letter,
            _ => return None,
        }
    } else if !token.is_empty()
        && token
            .split('.')
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
    {
        Marker::Number(token.split('.').map(|p| p.parse().unwrap_or(0)).collect())
    } else if is_roman(token) {
        Marker::Roman
    } else if token.len() == 1 && token.chars().all(|c| c.is_ascii_uppercase()) {
        Marker::Part
    } else if token.len() >= 2
        && token.starts_with(|c: char| c.is_ascii_uppercase())
        && token[1..].chars().all(|c| c.is_ascii_digit())
    {
        // "B1." under "B."
        Marker::Roman
    } else if token.chars().count() == 1 && token.chars().all(char::is_lowercase) {
        Marker::Letter
    } else {
        return None;
    };
    if rest.trim().is_empty() && !matches!(marker, Marker::Number(_) | Marker::Roman | Marker::Part) {
        return None;
    }
    Some((marker, rest))
}

/// "I", "II", "IV", "XII": roman numerals; a lone "C", "D" or "L" is read as a part letter.
fn is_roman(token: &str) -> bool {
    !token.is_empty() && token.chars().all(|c| "IVXL".contains(c)) && (token.len() > 1 || "IVX".contains(token))
}

fn strip_prefix_ci<'a>(line: &'a str, prefix: &str) -> Option<&'a str> {
    let mut rest = line.char_indices();
    for p in prefix.chars() {
        let (_, c) = rest.next()?;
        if !c.to_lowercase().eq(p.to_lowercase()) {
            return None;
        }
    }
    Some(rest.next().map_or("", |(i, _)| &line[i..]))
}
