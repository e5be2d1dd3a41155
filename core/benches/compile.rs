//! Native benchmark of the province's compilation: `cargo bench -p bccds-core --bench compile`.
//!
//! 100 and 1 000 synthetic reports (the five seed fixtures copied for other units with their counts
//! varied, `compile::synthetic::variant`, exported as JSON files) are read and validated, lined up in
//! the unit × figure table, summed, and written as XLSX, CSV and the printable summary. Median of
//! 5 runs each; printed, never asserted.

use std::time::{Duration, Instant};

use bccds_core::builtin::templates;
use bccds_core::compile::csv::sheet_csv;
use bccds_core::compile::summary::{summary_html, SummaryHeader};
use bccds_core::compile::synthetic::variant;
use bccds_core::compile::xlsx::compilation_workbook;
use bccds_core::compile::{build_table, table_stats, workbook_sheets, Compilation, Scope};
use bccds_core::export::export_json;
use bccds_core::report::Report;
use bccds_core::validate::validate;

const FIXTURES: [&str; 5] = [
    include_str!("../../tests/fixtures/seed-000.json"),
    include_str!("../../tests/fixtures/seed-001.json"),
    include_str!("../../tests/fixtures/seed-002.json"),
    include_str!("../../tests/fixtures/seed-003.json"),
    include_str!("../../tests/fixtures/seed-004.json"),
];

fn median(mut f: impl FnMut()) -> Duration {
    let mut v: Vec<Duration> = (0..5)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .collect();
    v.sort();
    v[2]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let ts = templates().expect("built-in templates");
    let seeds: Vec<Report> = FIXTURES.iter().map(|j| serde_json::from_str(j).unwrap()).collect();
    println!("{:<52} {:>10} {:>10}", "compilation (median of 5)", "100", "1 000");
    let mut rows: Vec<(String, Vec<String>)> = Vec::new();
    let mut add = |name: &str, v: String| match rows.iter_mut().find(|r| r.0 == name) {
        Some(r) => r.1.push(v),
        None => rows.push((name.to_string(), vec![v])),
    };
    for n in [100usize, 1000] {
        let files: Vec<(String, String)> = (0..n)
            .map(|i| {
                let seed = &seeds[i % 5];
                let t = ts.iter().find(|t| t.id == seed.template_id).unwrap();
                let r = variant(t, seed, i);
                (
                    format!("xa-{i}.json"),
                    export_json(t, &r, &validate(t, &r), "2025-12-01T08:00:00Z"),
                )
            })
            .collect();
        let bytes: usize = files.iter().map(|f| f.1.len()).sum();
        add("input files (JSON)", format!("{:.1} MB", bytes as f64 / 1e6));
        let read = || {
            let mut c = Compilation::new(ts.clone());
            for (name, text) in &files {
                c.add_file(name, text);
            }
            c
        };
        add("read + validate every file", ms(median(|| drop(read()))));
        let c = read();
        let shared = Scope::Shared;
        let one = Scope::Template("cds-6-thang".into());
        add(
            "table: shared indicators (all types)",
            ms(median(|| drop(build_table(&c, &shared)))),
        );
        add(
            "table: one report type (cds-6-thang)",
            ms(median(|| drop(build_table(&c, &one)))),
        );
        let table = build_table(&c, &shared);
        add("statistics of every figure", ms(median(|| drop(table_stats(&table)))));
        let stats = table_stats(&table);
        let mut xlsx_len = 0;
        add(
            "XLSX workbook",
            ms(median(|| xlsx_len = compilation_workbook(&c, &table, &stats, "").len())),
        );
        add("  size", format!("{:.0} KB", xlsx_len as f64 / 1024.0));
        add(
            "CSV",
            ms(median(|| drop(sheet_csv(&workbook_sheets(&c, &table, &stats)[0])))),
        );
        add(
            "printable summary (HTML, with charts)",
            ms(median(|| {
                drop(summary_html(&c, &table, &stats, None, &SummaryHeader::default()))
            })),
        );
    }
    for (name, v) in rows {
        println!(
            "{:<52} {:>10} {:>10}",
            name,
            v[0],
            v.get(1).cloned().unwrap_or_default()
        );
    }
}
