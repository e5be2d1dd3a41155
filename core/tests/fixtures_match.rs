//! Every seed fixture is a report of a built-in template: same id and version, and every value it
//! holds belongs to a field of that template (a typo in a fixture's field id would otherwise be
//! silently ignored by the validator).

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

use bccds_core::builtin::templates;
use bccds_core::report::{Report, Value};

const FIXTURES: [(&str, &str); 5] = [
    ("seed-000", include_str!("../../tests/fixtures/seed-000.json")),
    ("seed-001", include_str!("../../tests/fixtures/seed-001.json")),
    ("seed-002", include_str!("../../tests/fixtures/seed-002.json")),
    ("seed-003", include_str!("../../tests/fixtures/seed-003.json")),
    ("seed-004", include_str!("../../tests/fixtures/seed-004.json")),
];

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn every_fixture_value_belongs_to_its_template() {
    let templates = templates().expect("built-in templates load");
    for (name, json) in FIXTURES {
        let r: Report = serde_json::from_str(json).unwrap_or_else(|e| panic!("{name}: {e}"));
        let t = templates
            .iter()
            .find(|t| t.id == r.template_id)
            .unwrap_or_else(|| panic!("{name}: template"));
        assert_eq!(r.template_version, t.version, "{name}");
        for (id, value) in &r.values {
            let (_, field) = t
                .field(id)
                .unwrap_or_else(|| panic!("{name}: “{id}” is not a field of {}", t.id));
            if let Value::Rows(rows) = value {
                for row in rows {
                    for col in row.keys() {
                        assert!(
                            field.column(col).is_some(),
                            "{name}: table “{id}” has no column “{col}”"
                        );
                    }
                }
            }
        }
    }
}
