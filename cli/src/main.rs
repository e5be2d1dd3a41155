//! `bccds`: the report builder's core on the command line, for a province's batch jobs.
//!
//! - `bccds check TỆP…`: checks report files (JSON exports, exported HTML, drafts) and template
//!   files, printing the same Vietnamese findings as the app; exit status 1 when any file has an
//!   error or cannot be read.
//! - `bccds tong-hop TỆP… -o tong-hop.xlsx`: compiles the reports into the same workbook as the
//!   compilation page (also `--csv`, `--html` for the printable summary).
//!
//! Folders given as arguments are read for their `.json` and `.html` files.

mod args;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use bccds_core::builtin;
use bccds_core::compile::csv::sheet_csv;
use bccds_core::compile::summary::{summary_html, SummaryHeader};
use bccds_core::compile::xlsx::compilation_workbook;
use bccds_core::compile::{
    build_table, check_expected, parse_expected_units, table_stats, workbook_sheets, Compilation, Scope,
};
use bccds_core::template::{load_template, Severity, Template};

use args::{Command, Options};

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let options = match args::parse(&argv) {
        Ok(o) => o,
        Err(message) => {
            eprintln!("{message}\n\n{}", args::USAGE);
            return ExitCode::from(2);
        }
    };
    match options.command {
        Command::Help => {
            println!("{}", args::USAGE);
            ExitCode::SUCCESS
        }
        Command::Check => check(&options),
        Command::Compile => compile(&options),
    }
}

/// The files behind the arguments: files as given, folders' `.json` / `.html` files sorted by name.
fn expand(paths: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut files: Vec<PathBuf> = std::fs::read_dir(p)
                .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
                .unwrap_or_default();
            files.retain(|f| {
                f.extension()
                    .and_then(|e| e.to_str())
                    .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "json" | "html" | "htm"))
            });
            files.sort();
            out.extend(files);
        } else {
            out.push(p.clone());
        }
    }
    out
}

fn name_of(p: &Path) -> String {
    p.file_name()
        .map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into_owned())
}

fn read_text(p: &Path) -> Result<String, String> {
    let bytes = std::fs::read(p).map_err(|e| format!("Không đọc được tệp: {e}."))?;
    String::from_utf8(bytes)
        .map_err(|_| "Tệp không phải văn bản UTF-8 (có thể là tệp Word, PDF hoặc ảnh), không đọc được.".into())
}

/// A template file (has "sections"), as opposed to a report.
fn is_template(text: &str) -> bool {
    serde_json::from_str::<serde_json::Value>(text.trim_start_matches('\u{FEFF}'))
        .ok()
        .and_then(|v| {
            v.as_object()
                .map(|o| o.contains_key("sections") && o.contains_key("format"))
        })
        .unwrap_or(false)
}

/// Built-in templates plus the ones given with `--mau`. Prints problems with those; `Err` when one is broken.
fn templates(options: &Options) -> Result<Vec<Template>, ()> {
    let mut ts = builtin::templates().expect("built-in templates load");
    let catalogue = builtin::catalogue();
    let mut ok = true;
    for p in &options.templates {
        match read_text(p).map(|t| load_template(&t, &catalogue)) {
            Ok(Ok(t)) => {
                ts.retain(|o| !(o.id == t.id && o.version <= t.version));
                ts.push(t);
            }
            Ok(Err(errors)) => {
                ok = false;
                eprintln!("{}: mẫu báo cáo lỗi:", p.display());
                for e in errors {
                    eprintln!("  - {e}");
                }
            }
            Err(m) => {
                ok = false;
                eprintln!("{}: {m}", p.display());
            }
        }
    }
    if ok {
        Ok(ts)
    } else {
        Err(())
    }
}

fn check(options: &Options) -> ExitCode {
    let Ok(ts) = templates(options) else {
        return ExitCode::FAILURE;
    };
    let catalogue = builtin::catalogue();
    let mut failed = 0;
    let files = expand(&options.files);
    for path in &files {
        let shown = path.display();
        let text = match read_text(path) {
            Ok(t) => t,
            Err(m) => {
                failed += 1;
                println!("✗ {shown}: {m}");
                continue;
            }
        };
        if is_template(&text) {
            match load_template(&text, &catalogue) {
                Ok(t) => println!("✓ {shown}: mẫu báo cáo “{}” (phiên bản {}) hợp lệ.", t.name, t.version),
                Err(errors) => {
                    failed += 1;
                    println!("✗ {shown}: mẫu báo cáo có {} lỗi:", errors.len());
                    for e in errors {
                        println!("    - {e}");
                    }
                }
            }
            continue;
        }
        let mut c = Compilation::new(ts.clone());
        c.add_file(&name_of(path), &text);
        if let Some(p) = c.problems.first() {
            failed += 1;
            println!("✗ {shown}: {}", p.message);
            continue;
        }
        let r = &c.reports[0];
        let (errors, warnings) = (r.open_errors(), r.open_warnings());
        let accepted = r.accepted().count();
        let mark = if errors > 0 { "✗" } else { "✓" };
        println!(
            "{mark} {shown}: {} – {}, ngày {}: {errors} lỗi, {warnings} cảnh báo, {accepted} cảnh báo đã chấp nhận.",
            r.unit,
            c.templates[r.template].name,
            if r.date_text().is_empty() {
                "(chưa ghi)".to_string()
            } else {
                r.date_text()
            }
        );
        for f in &r.findings {
            let level = match (f.severity, f.accepted.as_deref()) {
                (Severity::Error, _) => "Lỗi".to_string(),
                (Severity::Warning, None) => "Cảnh báo".to_string(),
                (Severity::Warning, Some(reason)) => format!("Cảnh báo đã chấp nhận (lý do: {reason})"),
            };
            println!("    - {level}: {}", f.message);
        }
        if errors > 0 {
            failed += 1;
        }
    }
    if files.is_empty() {
        eprintln!("Chưa chỉ ra tệp nào để kiểm tra.");
        return ExitCode::from(2);
    }
    println!(
        "\nĐã kiểm tra {} tệp: {} tệp đạt, {failed} tệp có lỗi.",
        files.len(),
        files.len() - failed
    );
    if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn write(path: &Path, bytes: &[u8]) -> bool {
    match std::fs::write(path, bytes) {
        Ok(()) => {
            println!("Đã ghi {}.", path.display());
            true
        }
        Err(e) => {
            eprintln!("Không ghi được {}: {e}.", path.display());
            false
        }
    }
}

fn compile(options: &Options) -> ExitCode {
    let Ok(ts) = templates(options) else {
        return ExitCode::FAILURE;
    };
    let mut c = Compilation::new(ts);
    let files = expand(&options.files);
    for path in &files {
        match read_text(path) {
            Ok(text) => c.add_file(&name_of(path), &text),
            Err(m) => c.add_unreadable(&name_of(path), &m),
        }
    }
    let scope = match &options.scope {
        Some(s) => s.clone(),
        None => match c.report_types().as_slice() {
            [(only, _)] => Scope::Template(c.templates[*only].id.clone()),
            _ => Scope::Shared,
        },
    };
    if let Scope::Template(id) = &scope {
        if !c.templates.iter().any(|t| &t.id == id) {
            eprintln!(
                "Không có mẫu báo cáo “{id}”. Các mẫu có: {}.",
                c.templates.iter().map(|t| t.id.as_str()).collect::<Vec<_>>().join(", ")
            );
            return ExitCode::from(2);
        }
    }
    let table = build_table(&c, &scope);
    let stats = table_stats(&table);
    println!(
        "Đã đọc {}/{} tệp: {} báo cáo của {} đơn vị. Bảng “{}”: {} đơn vị × {} chỉ tiêu.",
        c.reports.len(),
        c.files_seen(),
        c.reports.len(),
        c.reporting_units().len(),
        table.title,
        table.rows.len(),
        table.columns.len()
    );
    for p in &c.problems {
        println!("✗ {}: {}", p.file_name, p.message);
    }
    for d in c.duplicates() {
        println!("! {}", c.duplicate_message(&d));
    }
    let expected = match &options.expected {
        Some(p) => match read_text(p) {
            Ok(t) => {
                let check = check_expected(&parse_expected_units(&t), &c.reporting_units());
                if check.missing.is_empty() {
                    println!("Mọi đơn vị trong danh sách đã báo cáo ({}).", check.reported);
                } else {
                    println!(
                        "{} đơn vị chưa báo cáo: {}.",
                        check.missing.len(),
                        check.missing.join(", ")
                    );
                }
                if !check.unexpected.is_empty() {
                    println!("Đơn vị không có trong danh sách: {}.", check.unexpected.join(", "));
                }
                Some(check)
            }
            Err(m) => {
                eprintln!("{}: {m}", p.display());
                return ExitCode::FAILURE;
            }
        },
        None => None,
    };
    for (col, s) in table.columns.iter().zip(&stats) {
        for &r in &s.outliers {
            println!(
                "? {}: {} = {}, khác xa các đơn vị khác, cần kiểm tra.",
                table.rows[r].unit,
                col.label,
                table.rows[r].cells[table.columns.iter().position(|x| x.key == col.key).unwrap_or(0)].display()
            );
        }
    }
    let mut ok = true;
    if let Some(out) = &options.output {
        ok &= write(out, &compilation_workbook(&c, &table, &stats, ""));
    }
    if let Some(out) = &options.csv {
        ok &= write(out, sheet_csv(&workbook_sheets(&c, &table, &stats)[0]).as_bytes());
    }
    if let Some(out) = &options.html {
        let header = SummaryHeader {
            date: options.date.clone().unwrap_or_default(),
            ..SummaryHeader::default()
        };
        ok &= write(
            out,
            summary_html(&c, &table, &stats, expected.as_ref(), &header).as_bytes(),
        );
    }
    if !ok || !c.problems.is_empty() || c.reports.is_empty() {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
