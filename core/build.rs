//! Embeds the built-in templates and catalogue (templates/*.json) without the whitespace between
//! tokens: the app ships them as text, and indentation is a quarter of it (about 1.4 KB less to
//! download, gzipped). Key order and every string are kept byte for byte; they are parsed the same.
//! The document catalogue (documents.json) is embedded without the fields written for the people
//! who check it (`nguon`: its sources, `ghi_chu`: notes), which the app never reads.
//! Also writes the case tables of `text::case` (see `case_tables`).

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

/// Minified JSON without the members named `keys` (in any object): the member and the comma that
/// joins it to its neighbours go, the rest is kept byte for byte.
fn drop_members(json: &str, keys: &[&str]) -> String {
    let b = json.as_bytes();
    // End (exclusive) of the value starting at `i` (a string, or an array/object: strings skipped).
    let value_end = |mut i: usize| -> usize {
        let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
        while i < b.len() {
            let c = b[i];
            i += 1;
            if in_string {
                match (escaped, c) {
                    (true, _) => escaped = false,
                    (false, b'\\') => escaped = true,
                    (false, b'"') => {
                        in_string = false;
                        if depth == 0 {
                            return i;
                        }
                    }
                    _ => {}
                }
                continue;
            }
            match c {
                b'"' => in_string = true,
                b'[' | b'{' => depth += 1,
                b']' | b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        return i;
                    }
                }
                b',' if depth == 0 => return i - 1,
                _ => {}
            }
        }
        i
    };
    let mut out = String::with_capacity(json.len());
    let (mut i, mut in_string, mut escaped) = (0, false, false);
    while i < b.len() {
        let c = b[i];
        if !in_string && c == b'"' {
            if let Some(key) = keys.iter().find(|k| json[i..].starts_with(&format!("\"{k}\":"))) {
                let end = value_end(i + key.len() + 3);
                if out.ends_with(',') {
                    out.pop();
                    i = end;
                } else {
                    // The first member: drop the comma after it instead.
                    i = if b.get(end) == Some(&b',') { end + 1 } else { end };
                }
                continue;
            }
        }
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
        } else if c == b'"' {
            in_string = true;
        }
        let len = json[i..].chars().next().map_or(1, char::len_utf8);
        out.push_str(&json[i..i + len]);
        i += len;
    }
    out
}

/// One run of a case mapping: `len` code points from `start`, every `stride`-th, each mapped to
/// itself + `delta`. Mappings to several characters are listed apart.
/// (start, count, stride, offset).
type Run = (u32, u32, u32, i64);

fn case_runs(map: impl Fn(char) -> Vec<char>) -> (Vec<Run>, Vec<(u32, Vec<char>)>) {
    let (mut runs, mut multi) = (Vec::<Run>::new(), Vec::new());
    for c in (0..=0x10FFFF_u32).filter_map(char::from_u32) {
        let to = map(c);
        if to.len() > 1 {
            multi.push((c as u32, to));
            continue;
        }
        let delta = i64::from(to[0] as u32) - i64::from(c as u32);
        if delta == 0 {
            continue;
        }
        let u = c as u32;
        if let Some(last) = runs.last_mut() {
            let next = last.0 + last.1 * last.2;
            if last.3 == delta && u == next && (last.1 > 1 || last.2 == u - last.0) {
                last.1 += 1;
                continue;
            }
            if last.1 == 1 && last.3 == delta && u - last.0 <= 2 {
                // Second member of a run: fixes its stride (1, or 2 for alternating pairs).
                last.2 = u - last.0;
                last.1 = 2;
                continue;
            }
        }
        runs.push((u, 1, 1, delta));
    }
    // Runs never interleave, so the last run starting at or before a character is the only one
    // that can hold it.
    for w in runs.windows(2) {
        assert!(
            w[0].0 + (w[0].1 - 1) * w[0].2 < w[1].0,
            "case runs interleave at {:#x}",
            w[1].0
        );
    }
    (runs, multi)
}

/// Writes the case tables (chữ hoa, chữ thường) of the compiler's own Unicode data in runs: the
/// same mappings as `str::to_lowercase`/`to_uppercase`, a fraction of std's tables in the wasm.
fn case_tables(out: &Path) {
    let mut rs = String::from("// Generated by core/build.rs from the standard library's case mappings.\n");
    for (name, map) in [
        ("LOWER", (|c: char| c.to_lowercase().collect()) as fn(char) -> Vec<char>),
        ("UPPER", |c: char| c.to_uppercase().collect()),
    ] {
        let (runs, multi) = case_runs(map);
        rs += &format!("pub(super) const {name}: [(u32, u16, u8, i32); {}] = [\n", runs.len());
        for (start, len, stride, delta) in runs {
            rs += &format!("    ({start:#x}, {len}, {stride}, {delta}),\n");
        }
        rs += &format!(
            "];\npub(super) const {name}_MULTI: [(u32, [u32; 3]); {}] = [\n",
            multi.len()
        );
        for (c, to) in multi {
            let mut t = [0u32; 3];
            for (i, x) in to.iter().enumerate() {
                t[i] = *x as u32;
            }
            rs += &format!("    ({c:#x}, [{:#x}, {:#x}, {:#x}]),\n", t[0], t[1], t[2]);
        }
        rs += "];\n";
    }
    fs::write(out.join("case_table.rs"), rs).expect("OUT_DIR is writable");
}

fn main() {
    case_tables(Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")));
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../templates");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("templates");
    fs::create_dir_all(&out).expect("OUT_DIR is writable");
    println!("cargo:rerun-if-changed={}", src.display());
    for entry in fs::read_dir(&src).expect("templates/ exists") {
        let path = entry.expect("templates/ is readable").path();
        if path.extension().is_some_and(|e| e == "json") {
            println!("cargo:rerun-if-changed={}", path.display());
            let text = fs::read_to_string(&path).expect("template files are UTF-8");
            let mut json = minify(&text);
            if path.file_name().is_some_and(|n| n == "documents.json") {
                json = drop_members(&json, &["nguon", "ghi_chu"]);
            }
            fs::write(out.join(path.file_name().expect("a file")), json).expect("OUT_DIR is writable");
        }
    }
}
