//! The zip writer against an independent reader: Python's `zipfile` checks every CRC
//! (`testzip`) and gives back the names and bytes written.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

use bccds_core::zip::zip_stored;

#[test]
fn python_zipfile_reads_back_every_entry() {
    let xml = "<?xml version=\"1.0\"?><w:t>Ủy ban nhân dân xã Đăk Long</w:t>".repeat(50);
    let binary: Vec<u8> = (0..=255u8).cycle().take(70_000).collect();
    let entries: Vec<(&str, &[u8])> = vec![
        ("[Content_Types].xml", b"<Types/>"),
        ("word/document.xml", xml.as_bytes()),
        ("dữ liệu/nhị phân.bin", &binary),
        ("empty", b""),
    ];
    let zip = zip_stored(entries.iter().copied());
    let dir = std::env::temp_dir().join(format!("bccds-zip-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("test.zip");
    std::fs::write(&path, &zip).unwrap();

    let script = r#"
import sys, zipfile, hashlib
with zipfile.ZipFile(sys.argv[1]) as z:
    bad = z.testzip()
    if bad is not None:
        sys.exit("bad CRC: " + bad)
    for info in z.infolist():
        data = z.read(info)
        print(info.filename, info.compress_type, len(data), hashlib.sha256(data).hexdigest())
"#;
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(&path)
        .output()
        .expect("python3 runs");
    std::fs::remove_dir_all(&dir).ok();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let listing = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = listing.lines().collect();
    assert_eq!(lines.len(), entries.len(), "{listing}");
    for ((name, data), line) in entries.iter().zip(&lines) {
        let expected = format!("{name} 0 {} {}", data.len(), sha256_hex(data));
        assert_eq!(*line, expected);
    }
}

/// SHA-256 via Python too would prove nothing; use the system's sha256sum.
fn sha256_hex(data: &[u8]) -> String {
    use std::io::Write;
    let mut child = Command::new("sha256sum")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("sha256sum runs");
    child.stdin.take().unwrap().write_all(data).unwrap();
    let out = child.wait_with_output().unwrap();
    String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .to_string()
}
