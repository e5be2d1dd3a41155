//! The printed text of every seed reads as the seed reads: no paragraph left hanging on "," or
//! ":" without its list, no figure stated twice, the year of the period everywhere the template
//! prints one (also when the report is moved to another year), the closing sentence naming the unit.

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

mod common;

use bccds_core::document::{build_document, Block, Contents, Document};
use bccds_core::report::{Profile, Report, Value};
use bccds_core::template::Template;
use bccds_core::validate::validate;
use common::{builtin, report};

const SEEDS: [(&str, &str, &str); 5] = [
    (
        "seed-000",
        "cds-6-thang",
        include_str!("../../tests/fixtures/seed-000.json"),
    ),
    (
        "seed-001",
        "ke-hoach-02",
        include_str!("../../tests/fixtures/seed-001.json"),
    ),
    (
        "seed-002",
        "cds-nam-ke-hoach",
        include_str!("../../tests/fixtures/seed-002.json"),
    ),
    (
        "seed-003",
        "chien-luoc-411",
        include_str!("../../tests/fixtures/seed-003.json"),
    ),
    (
        "seed-004",
        "cds-nam-phu-luc",
        include_str!("../../tests/fixtures/seed-004.json"),
    ),
];

fn seeds() -> Vec<(&'static str, Template, Report)> {
    SEEDS
        .iter()
        .map(|(name, id, json)| (*name, builtin(id), report(json)))
        .collect()
}

fn print(t: &Template, r: &Report) -> Document {
    build_document(
        t,
        r,
        &validate(t, r),
        Contents {
            open_findings: false,
            review_notes: false,
        },
    )
}

/// The running text blocks (body and appendices), in order.
fn texts(doc: &Document) -> Vec<&Block> {
    doc.body
        .iter()
        .chain(doc.appendices.iter().flat_map(|a| &a.blocks))
        .collect()
}

#[test]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn no_paragraph_hangs_on_a_comma_or_colon_without_its_list() {
    for (name, t, r) in seeds() {
        let doc = print(&t, &r);
        let blocks = texts(&doc);
        for (i, b) in blocks.iter().enumerate() {
            let Some(text) = b.text() else { continue };
            if matches!(b, Block::Group(_) | Block::Heading(_) | Block::SubHeading(_)) {
                continue;
            }
            let next = blocks.get(i + 1);
            // "…như sau:" before the first part heading is how the seeds open their body.
            let list_follows = matches!(
                next,
                Some(Block::Bullet(_) | Block::Reference(_) | Block::Table(_) | Block::Group(_) | Block::Heading(_))
            ) || next.and_then(|n| n.text()).is_some_and(|n| {
                n.starts_with(|c: char| c.is_ascii_lowercase() || c == '(' || c.is_ascii_digit())
                    || n.chars().nth(1) == Some(')')
            });
            if text.ends_with(',') {
                panic!("{name}: paragraph ends with a comma: {text}");
            }
            if text.ends_with(':') && !matches!(b, Block::Bullet(_)) {
                assert!(
                    list_follows,
                    "{name}: “{text}” is not followed by its list but by {next:?}"
                );
            }
            // A bullet that introduces what follows ("- Hệ thống …:") needs something after it.
            assert!(
                !(text.ends_with(':') && next.is_none()),
                "{name}: the document ends on “{text}”"
            );
        }
    }
}

/// "Dân số: 56.000 người." after a narrative that already says "dân số gần 56.000 người".
#[test]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn no_figure_is_stated_twice() {
    for (name, t, r) in seeds() {
        let doc = print(&t, &r);
        let paragraphs: Vec<&str> = texts(&doc).iter().filter_map(|b| b.text()).collect();
        for (i, p) in paragraphs.iter().enumerate() {
            // A figure line "Label: 1.234 unit." whose figure the text around it already states.
            let Some((_, figure)) = p.split_once(": ") else {
                continue;
            };
            let figure = figure.trim_end_matches('.');
            if figure.is_empty() || !figure.starts_with(|c: char| c.is_ascii_digit()) || p.len() > 80 {
                continue;
            }
            let number = figure.split_whitespace().next().unwrap();
            if number.len() < 3 {
                continue; // "1 máy": too common to tell
            }
            let elsewhere = paragraphs
                .iter()
                .enumerate()
                .any(|(j, q)| j != i && q.contains(&format!(" {number} ")) && q.len() > p.len());
            assert!(!elsewhere, "{name}: “{p}” repeats a figure the text already states");
        }
    }
}

/// The template's fixed texts and the prefilled trích yếu and closing follow the report's year.
#[test]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn a_report_of_another_year_prints_that_year() {
    for (name, t, r) in seeds() {
        let fresh = Report::new("moi", &t, &Profile::default());
        let mut r = r.clone();
        // What the app prefills, kept by the user; the date moved a year on.
        for id in ["trich-yeu", "ket-luan", "mo-dau"] {
            match fresh.values.get(id) {
                Some(v) => r.values.insert(id.into(), v.clone()),
                None => r.values.remove(id),
            };
        }
        let date = r.text("ngay").replace("2025", "2026");
        r.values.insert("ngay".into(), Value::Text(date));
        let doc = print(&t, &r);
        let fixed: Vec<&str> = doc
            .body
            .iter()
            .filter(|b| matches!(b, Block::Group(_) | Block::Heading(_) | Block::SubHeading(_)))
            .filter_map(|b| b.text())
            .chain(doc.appendices.iter().map(|a| a.title.as_str()))
            .chain(doc.summary.iter().map(String::as_str))
            .collect();
        // The strategy of QĐ 411 is named "đến năm 2025, định hướng đến năm 2030": a name, not a period.
        let stale = |text: &str| text.to_lowercase().replace("đến năm 2025", "").contains("năm 2025");
        for text in &fixed {
            assert!(!stale(text), "{name}: “{text}” in a report of 2026");
        }
        let closing = doc.body.last().and_then(|b| b.text()).unwrap();
        assert!(!stale(closing), "{name}: {closing}");
        if t.id != "chien-luoc-411" && t.id != "ke-hoach-02" {
            assert!(closing.contains("2026"), "{name}: {closing}");
        }
        assert!(!closing.contains('…'), "{name}: closing with blanks: {closing}");
    }
}

#[test]
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
fn the_prefilled_closing_names_the_unit() {
    for (name, t, r) in seeds() {
        let mut fresh = Report::new("moi", &t, &Profile::default());
        for id in ["co-quan-ban-hanh", "ngay", "dia-danh"] {
            fresh.values.insert(id.into(), r.values[id].clone());
        }
        let doc = print(&t, &fresh);
        let place = r.text("dia-danh").trim().to_string();
        let closing = doc.body.last().and_then(|b| b.text()).unwrap_or("");
        assert!(closing.ends_with("./."), "{name}: {closing}");
        assert!(
            closing.contains(&place),
            "{name}: the closing “{closing}” does not name {place}"
        );
        for b in &doc.body {
            if let Some(text) = b.text() {
                assert!(!text.contains("xã …"), "{name}: “{text}”");
            }
        }
    }
}
