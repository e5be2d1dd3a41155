//! Embeds the built-in templates and catalogue (templates/*.json) without the whitespace between
//! tokens: the app ships them as text, and indentation is a quarter of it (about 1.4 KB less to
//! download, gzipped). Key order and every string are kept byte for byte; they are parsed the same.

use std::path::Path;
use std::{env, fs};

/// Drops whitespace outside strings.
fn minify(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
        } else if c == '"' {
            in_string = true;
            out.push(c);
        } else if !c.is_whitespace() {
            out.push(c);
        }
    }
    out
}

fn main() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../templates");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("templates");
    fs::create_dir_all(&out).expect("OUT_DIR is writable");
    println!("cargo:rerun-if-changed={}", src.display());
    for entry in fs::read_dir(&src).expect("templates/ exists") {
        let path = entry.expect("templates/ is readable").path();
        if path.extension().is_some_and(|e| e == "json") {
            println!("cargo:rerun-if-changed={}", path.display());
            let text = fs::read_to_string(&path).expect("template files are UTF-8");
            fs::write(out.join(path.file_name().expect("a file")), minify(&text)).expect("OUT_DIR is writable");
        }
    }
}
