//! The built-in templates are embedded without indentation (core/build.rs): the same JSON as the
//! files in templates/, and smaller.

use bccds_core::builtin::{CATALOGUE_JSON, TEMPLATE_FILES};

fn on_disk(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../templates")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn embedded_templates_are_the_files_without_whitespace() {
    let mut files: Vec<(&str, &str)> = TEMPLATE_FILES.to_vec();
    files.push(("indicators.json", CATALOGUE_JSON));
    for (name, embedded) in files {
        let file = on_disk(name);
        let a: serde_json::Value = serde_json::from_str(embedded).expect("embedded JSON parses");
        let b: serde_json::Value = serde_json::from_str(&file).expect("file parses");
        assert_eq!(a, b, "{name}");
        assert!(
            embedded.len() * 10 < file.len() * 9,
            "{name}: {} vs {} bytes",
            embedded.len(),
            file.len()
        );
        // Text inside strings is kept as typed (spaces, line breaks escaped as \n).
        assert!(
            embedded.contains("Ủy ban nhân dân") || embedded.contains("UBND") || name == "indicators.json",
            "{name}"
        );
    }
}
