//! Native benchmarks of the core: `cargo bench -p bccds-core` (or `scripts/bench.sh`).
//!
//! A plain timing loop (no benchmark framework): each case runs in batches long enough to time
//! reliably; the table shows the median and the fastest batch, per call. Figures are printed, never
//! asserted. Cases:
//! - validating each seed report (tests/fixtures/seed-00N.json) against its built-in template;
//! - validating a synthetic report 10× and 100× the largest template (its sections, fields, rules and
//!   values repeated under new ids), to show how the cost grows;
//! - parsing Vietnamese numbers;
//! - exporting the largest report as JSON and rendering it as the printable HTML document.

use std::hint::black_box;
use std::time::{Duration, Instant};

use bccds_core::builtin::{catalogue, templates, TEMPLATE_FILES};
use bccds_core::export::{export_json, import_file};
use bccds_core::number::{parse_number, NumberStyle};
use bccds_core::render::render_document;
use bccds_core::report::Report;
use bccds_core::template::{load_template, Template};
use bccds_core::validate::validate;
use serde_json::{Map, Value};

const FIXTURES: [&str; 5] = [
    include_str!("../../tests/fixtures/seed-000.json"),
    include_str!("../../tests/fixtures/seed-001.json"),
    include_str!("../../tests/fixtures/seed-002.json"),
    include_str!("../../tests/fixtures/seed-003.json"),
    include_str!("../../tests/fixtures/seed-004.json"),
];

/// Runs `f` in batches; returns (median, fastest) time per call.
fn time<R>(mut f: impl FnMut() -> R) -> (Duration, Duration) {
    let start = Instant::now();
    let mut calls = 0u32;
    while start.elapsed() < Duration::from_millis(20) || calls < 3 {
        black_box(f());
        calls += 1;
    }
    // A batch takes about 10 ms.
    let per_batch = ((calls as f64 * 10.0 / start.elapsed().as_secs_f64() / 1000.0).ceil() as u32).max(1);
    let mut samples: Vec<Duration> = (0..25)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..per_batch {
                black_box(f());
            }
            t.elapsed() / per_batch
        })
        .collect();
    samples.sort();
    (samples[samples.len() / 2], samples[0])
}

fn show(d: Duration) -> String {
    let ns = d.as_nanos() as f64;
    if ns >= 1e6 {
        format!("{:.2} ms", ns / 1e6)
    } else if ns >= 1e3 {
        format!("{:.1} µs", ns / 1e3)
    } else {
        format!("{ns:.0} ns")
    }
}

fn row(name: &str, size: &str, (median, fastest): (Duration, Duration)) {
    println!(
        "| {name:<44} | {size:<50} | {:>10} | {:>10} |",
        show(median),
        show(fastest)
    );
}

/// Field ids defined at the top level of a template file's sections.
fn field_ids(spec: &Value) -> Vec<String> {
    spec["sections"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|s| s["fields"].as_array().into_iter().flatten())
        .filter_map(|f| f["id"].as_str().map(str::to_string))
        .collect()
}

/// A rule or formula reference with its field id suffixed (`id`, `id.num`, `table[].column`).
fn rename_ref(r: &str, ids: &[String], suffix: &str) -> String {
    let end = r.find(['.', '[']).unwrap_or(r.len());
    if ids.iter().any(|id| id == &r[..end]) {
        format!("{}{suffix}{}", &r[..end], &r[end..])
    } else {
        r.to_string()
    }
}

fn rename_refs(v: &mut Value, ids: &[String], suffix: &str) {
    match v {
        Value::String(s) => *s = rename_ref(s, ids, suffix),
        Value::Array(a) => a.iter_mut().for_each(|x| rename_refs(x, ids, suffix)),
        _ => {}
    }
}

/// The template file repeated `n` times (sections, fields and rules under new ids) and the report
/// with its values repeated the same way.
fn scaled(template_json: &str, report: &Report, n: usize) -> (Template, Report) {
    let spec: Value = serde_json::from_str(template_json).expect("template JSON");
    let ids = field_ids(&spec);
    let mut sections = Vec::new();
    let mut rules = Vec::new();
    let mut report = report.clone();
    let originals = report.values.clone();
    for k in 0..n {
        let suffix = if k == 0 { String::new() } else { format!("-x{k}") };
        for s in spec["sections"].as_array().expect("sections") {
            let mut s = s.clone();
            s["id"] = Value::String(format!("{}{suffix}", s["id"].as_str().unwrap_or_default()));
            for f in s["fields"].as_array_mut().expect("fields") {
                let id = f["id"].as_str().expect("field id").to_string();
                f["id"] = Value::String(format!("{id}{suffix}"));
                if let Some(of) = f.get_mut("formula").and_then(|x| x.get_mut("of")) {
                    rename_refs(of, &ids, &suffix);
                }
                if let Some(v) = originals.get(&id) {
                    report.values.insert(format!("{id}{suffix}"), v.clone());
                }
            }
            sections.push(s);
        }
        for r in spec["rules"].as_array().into_iter().flatten() {
            let mut r = r.clone();
            let obj: &mut Map<String, Value> = r.as_object_mut().expect("rule");
            for (key, v) in obj.iter_mut() {
                if key == "id" {
                    *v = Value::String(format!("{}{suffix}", v.as_str().unwrap_or_default()));
                } else if [
                    "parts",
                    "total",
                    "rate",
                    "numerator",
                    "denominator",
                    "part",
                    "whole",
                    "fields",
                ]
                .contains(&key.as_str())
                {
                    rename_refs(v, &ids, &suffix);
                }
            }
            rules.push(r);
        }
    }
    let mut spec = spec;
    spec["sections"] = Value::Array(sections);
    spec["rules"] = Value::Array(rules);
    let template = load_template(&spec.to_string(), &catalogue()).unwrap_or_else(|e| panic!("scaled template: {e:?}"));
    (template, report)
}

fn main() {
    let templates = templates().expect("built-in templates load");
    let reports: Vec<Report> = FIXTURES
        .iter()
        .map(|f| import_file(f).expect("fixture opens"))
        .collect();
    let template_of = |r: &Report| {
        templates
            .iter()
            .find(|t| t.id == r.template_id)
            .expect("template of fixture")
    };

    println!("bccds-core benchmarks (native, release; median and fastest of 25 batches, per call)\n");
    println!(
        "| {:<44} | {:<50} | {:>10} | {:>10} |",
        "case", "size", "median", "fastest"
    );
    println!("|{:-<46}|{:-<52}|{:-<12}|{:-<12}|", "", "", "", "");

    for (i, r) in reports.iter().enumerate() {
        let t = template_of(r);
        let fields: usize = t.sections.iter().map(|s| s.fields.len()).sum();
        let findings = validate(t, r).len();
        row(
            &format!("validate seed-00{i} ({})", t.id),
            &format!("{fields} fields, {} rules, {findings} findings", t.rules.len()),
            time(|| validate(t, r)),
        );
    }

    // The largest template (most fields) and its seed report.
    let (largest, report) = reports
        .iter()
        .map(|r| (template_of(r), r))
        .max_by_key(|(t, _)| t.sections.iter().map(|s| s.fields.len()).sum::<usize>())
        .expect("a fixture");
    let (_, json) = TEMPLATE_FILES
        .iter()
        .find(|(_, json)| json.contains(&format!("\"id\": \"{}\"", largest.id)))
        .expect("template file of the largest template");
    for n in [1, 10, 100] {
        let (t, r) = scaled(json, report, n);
        let fields: usize = t.sections.iter().map(|s| s.fields.len()).sum();
        let values = r.values.len();
        let findings = validate(&t, &r).len();
        row(
            &format!("validate {}× {}", n, largest.id),
            &format!(
                "{fields} fields, {} rules, {values} values, {findings} findings",
                t.rules.len()
            ),
            time(|| validate(&t, &r)),
        );
    }

    let numbers = [
        ("1.686", NumberStyle::Count),
        ("12.345.678", NumberStyle::Count),
        ("99,92%", NumberStyle::Percent),
        ("28.050,38", NumberStyle::Decimal { max_scale: 2 }),
        ("50.000.000 đồng", NumberStyle::Money),
        ("1,686", NumberStyle::Count),
        ("1.5", NumberStyle::Decimal { max_scale: 2 }),
        ("12a", NumberStyle::Count),
    ];
    row(
        "parse 8 Vietnamese numbers (5 ok, 3 errors)",
        "1.686 … 50.000.000 đồng",
        time(|| {
            numbers
                .iter()
                .map(|(s, style)| parse_number(s, *style).is_ok() as u32)
                .sum::<u32>()
        }),
    );

    let findings = validate(largest, report);
    let json_out = export_json(largest, report, &findings, "2025-11-23T10:00:00Z");
    let html_out = render_document(largest, report, &findings);
    row(
        &format!("export JSON ({})", largest.id),
        &format!("{} bytes", json_out.len()),
        time(|| export_json(largest, report, &findings, "2025-11-23T10:00:00Z")),
    );
    row(
        &format!("render HTML document ({})", largest.id),
        &format!("{} bytes", html_out.len()),
        time(|| render_document(largest, report, &findings)),
    );
    let options = bccds_core::render::RenderOptions::final_print("");
    let docx_out = bccds_core::docx::render_docx(largest, report, &findings, &options);
    row(
        &format!("write Word .docx ({})", largest.id),
        &format!("{} bytes", docx_out.len()),
        time(|| bccds_core::docx::render_docx(largest, report, &findings, &options)),
    );
    let (t100, r100) = scaled(json, report, 100);
    let f100 = validate(&t100, &r100);
    row(
        &format!("render HTML document (100× {})", largest.id),
        &format!("{} bytes", render_document(&t100, &r100, &f100).len()),
        time(|| render_document(&t100, &r100, &f100)),
    );
    row(
        &format!("write Word .docx (100× {})", largest.id),
        &format!(
            "{} bytes",
            bccds_core::docx::render_docx(&t100, &r100, &f100, &options).len()
        ),
        time(|| bccds_core::docx::render_docx(&t100, &r100, &f100, &options)),
    );
}
