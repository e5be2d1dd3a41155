//! Exports every report fixture as printable HTML, Word and JSON, for the export checks.
//!
//! `cargo run -q -p bccds-core --example export_fixtures -- OUT_DIR`
//!
//! Reads `tests/fixtures/*.json` (reports) and the templates in `templates/` plus the test
//! templates `tests/export/*-template.json`; writes `<name>.html`, `<name>.docx` and `<name>.json` per fixture.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use bccds_core::builtin::catalogue;
use bccds_core::docx::render_docx;
use bccds_core::export::{export_json, import_file};
use bccds_core::render::{render_document_with, RenderOptions};
use bccds_core::template::{load_template, Template};
use bccds_core::validate::validate;

/// Fixed export time, so the files are reproducible.
const EXPORTED_AT: &str = "2025-11-05T08:00:00Z";

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "json"));
    files.sort();
    files
}

fn templates() -> Vec<Template> {
    let cat = catalogue();
    let root = repo_root();
    let mut out = Vec::new();
    let candidates = json_files(&root.join("templates")).into_iter().chain(
        json_files(&root.join("tests/export"))
            .into_iter()
            .filter(|p| p.to_string_lossy().ends_with("-template.json")),
    );
    for path in candidates {
        let name = path.file_name().unwrap_or_default().to_string_lossy().to_string();
        if name == "frame.json" || name == "indicators.json" {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        match load_template(&text, &cat) {
            Ok(t) => out.push(t),
            Err(e) => eprintln!("bỏ qua mẫu {name}: {e:?}"),
        }
    }
    out
}

fn main() -> ExitCode {
    let Some(out_dir) = std::env::args().nth(1) else {
        eprintln!("Cách dùng: export_fixtures OUT_DIR");
        return ExitCode::from(2);
    };
    let out_dir = PathBuf::from(out_dir);
    if let Err(e) = std::fs::create_dir_all(&out_dir) {
        eprintln!("không tạo được {}: {e}", out_dir.display());
        return ExitCode::FAILURE;
    }
    let templates = templates();
    let mut failed = false;
    let mut written = 0;
    for path in json_files(&repo_root().join("tests/fixtures")) {
        let name = path.file_stem().unwrap_or_default().to_string_lossy().to_string();
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let report = match import_file(&text) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("{name}: {}", e.message());
                failed = true;
                continue;
            }
        };
        let Some(template) = templates.iter().find(|t| t.id == report.template_id) else {
            eprintln!("{name}: không có mẫu “{}”", report.template_id);
            failed = true;
            continue;
        };
        let started = std::time::Instant::now();
        let findings = validate(template, &report);
        let options = RenderOptions {
            open_findings: true,
            review_notes: false,
            exported_at: EXPORTED_AT.into(),
        };
        let html = render_document_with(template, &report, &findings, &options);
        let docx = render_docx(template, &report, &findings, &options);
        let json = export_json(template, &report, &findings, EXPORTED_AT);
        let took = started.elapsed();
        println!(
            "{name}: kiểm tra + HTML {} byte + DOCX {} byte + JSON {} byte trong {:.2} ms",
            html.len(),
            docx.len(),
            json.len(),
            took.as_secs_f64() * 1000.0
        );
        for (ext, content) in [("html", html.into_bytes()), ("docx", docx), ("json", json.into_bytes())] {
            let file = out_dir.join(format!("{name}.{ext}"));
            if let Err(e) = std::fs::write(&file, content) {
                eprintln!("không ghi được {}: {e}", file.display());
                failed = true;
            }
        }
        written += 1;
    }
    println!("đã xuất {written} báo cáo vào {}", out_dir.display());
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
