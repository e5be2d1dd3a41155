//! Field paths against a real template and report: labels, and edits through `Report::set`.

mod common;

use bccds_core::field_path::{label_of, FieldPath};
use bccds_core::report::{Profile, Report, Value};

#[test]
fn labels_come_from_the_template() {
    let t = common::builtin("cds-6-thang");
    assert_eq!(
        FieldPath::field("hs-tong").label(&t).as_deref(),
        Some("Tổng số hồ sơ TTHC tiếp nhận")
    );
    assert_eq!(
        FieldPath::cell("can-cu", 0, "ngay").label(&t).as_deref(),
        Some("Căn cứ (Thực hiện Công văn số … ngày … của …), dòng 1, Ngày ban hành")
    );
    assert_eq!(FieldPath::cell("can-cu", 0, "khong-co").label(&t), None);
    assert_eq!(FieldPath::field("khong-co").label(&t), None);
    assert_eq!(label_of(&t, "khong-co/x"), "khong-co/x");
}

#[test]
fn set_get_and_rows_keep_what_was_typed() {
    let t = common::builtin("cds-6-thang");
    let mut r = Report::new("bc-1", &t, &Profile::default());
    let total = FieldPath::field("hs-tong");
    r.set(&total, Value::from("1.686"));
    assert_eq!(r.get(&total), Some(&Value::from("1.686")));

    // A cell two rows past the end fills the rows up to it.
    let before = r.rows("can-cu").len();
    let cell = FieldPath::cell("can-cu", before + 1, "so-ky-hieu");
    r.set(&cell, Value::from("43/KH-UBND"));
    assert_eq!(r.rows("can-cu").len(), before + 2);
    assert_eq!(r.get(&cell), Some(&Value::from("43/KH-UBND")));

    // A removed row comes back where it was.
    let removed = r.remove_row("can-cu", before + 1).expect("the row exists");
    assert_eq!(r.rows("can-cu").len(), before + 1);
    assert_eq!(r.remove_row("can-cu", 99), None);
    r.insert_row("can-cu", before + 1, removed);
    assert_eq!(r.get(&cell), Some(&Value::from("43/KH-UBND")));

    r.add_row("can-cu");
    r.move_row("can-cu", before + 1, false);
    assert_eq!(
        r.get(&FieldPath::cell("can-cu", before + 2, "so-ky-hieu")),
        Some(&Value::from("43/KH-UBND"))
    );
    r.move_row("can-cu", before + 2, false); // the last row stays where it is
    assert_eq!(r.rows("can-cu").len(), before + 3);
    assert_eq!(
        r.get(&FieldPath::cell("can-cu", before + 2, "so-ky-hieu")),
        Some(&Value::from("43/KH-UBND"))
    );
}

#[test]
fn every_finding_path_of_the_seeds_parses_and_has_a_label() {
    for (id, json) in [
        ("seed-000", include_str!("../../tests/fixtures/seed-000.json")),
        ("seed-002", include_str!("../../tests/fixtures/seed-002.json")),
    ] {
        let r = common::report(json);
        let t = common::builtin(&r.template_id);
        let mut r2 = r.clone();
        // Break a few figures so findings of every shape appear.
        for p in ["hs-tong", "can-cu/0/ngay"] {
            r2.set(&FieldPath::parse(p).unwrap(), Value::from("x"));
        }
        for f in bccds_core::validate::validate(&t, &r2) {
            for p in &f.fields {
                let path = FieldPath::parse(p).unwrap_or_else(|| panic!("{id}: {p} parses"));
                assert_eq!(&path.to_string(), p);
                assert!(path.label(&t).is_some(), "{id}: {p} has a label");
            }
        }
    }
}
