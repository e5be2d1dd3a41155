//! The reducer and the routes, natively (no browser).

use bccds_core::field_path::FieldPath;
use bccds_core::report::{Profile, Report, Value};
use bccds_core::validate::validate;

use super::*;

fn state_with_draft() -> AppState {
    let templates = bccds_core::builtin::templates().expect("built-in templates load");
    let t = templates
        .iter()
        .find(|t| t.id == "cds-6-thang")
        .expect("cds-6-thang")
        .clone();
    let mut s = AppState::new(templates, Route::Start, Profile::default(), None);
    let report = Report::new("bc-1", &t, &Profile::default());
    s.apply(Action::Open {
        report,
        revision: 0,
        unsaved: true,
    });
    s
}

fn draft(s: &AppState) -> &Draft {
    s.draft.as_ref().expect("a draft is open")
}

#[test]
fn typing_sets_the_text_and_holds_its_messages_until_done() {
    let mut s = state_with_draft();
    let path = FieldPath::field("hs-tong");
    s.apply(Action::Type {
        path: path.clone(),
        text: "1.6".into(),
    });
    assert_eq!(draft(&s).report.get(&path), Some(&Value::from("1.6")));
    assert_eq!(
        draft(&s).changes,
        2,
        "opening unsaved counts as one change, typing as another"
    );

    let t = s.template().expect("template").clone();
    draft_finding_check(&mut s, &t);
}

fn draft_finding_check(s: &mut AppState, t: &bccds_core::template::Template) {
    // "1.6" in a count is invalid: hidden while typed, shown once done.
    let findings = validate(t, &draft(s).report);
    assert!(findings.iter().any(|f| f.involves("hs-tong")), "{findings:?}");
    assert!(!visible(draft(s), &findings).iter().any(|f| f.involves("hs-tong")));
    // The pause timer of another field changes nothing.
    s.apply(Action::DoneTyping(FieldPath::field("hs-truc-tuyen")));
    assert!(!visible(draft(s), &findings).iter().any(|f| f.involves("hs-tong")));
    s.apply(Action::DoneTyping(FieldPath::field("hs-tong")));
    assert!(visible(draft(s), &findings).iter().any(|f| f.involves("hs-tong")));
}

#[test]
fn a_removed_row_comes_back_once() {
    let mut s = state_with_draft();
    let cell = FieldPath::cell("can-cu", 0, "so-ky-hieu");
    s.apply(Action::Edit(Edit::SetText {
        path: cell.clone(),
        text: "43/KH-UBND".into(),
    }));
    s.apply(Action::Edit(Edit::AddRow { table: "can-cu".into() }));
    s.apply(Action::Edit(Edit::RemoveRow {
        table: "can-cu".into(),
        row: 0,
    }));
    assert_eq!(draft(&s).report.rows("can-cu").len(), 1);
    assert_eq!(
        draft(&s).undo.as_ref().map(|u| u.what.clone()),
        Some(Undoable::RemovedRow {
            table: "can-cu".into(),
            row: 0
        })
    );
    s.apply(Action::Undo);
    assert_eq!(draft(&s).report.rows("can-cu").len(), 2);
    assert_eq!(draft(&s).report.get(&cell), Some(&Value::from("43/KH-UBND")));
    assert_eq!(draft(&s).undo, None);
    // A second "Hoàn tác" does nothing.
    s.apply(Action::Undo);
    assert_eq!(draft(&s).report.rows("can-cu").len(), 2);
}

#[test]
fn typing_forgets_the_undo_so_it_never_takes_typed_text_back() {
    let mut s = state_with_draft();
    s.apply(Action::Edit(Edit::RemoveRow {
        table: "can-cu".into(),
        row: 0,
    }));
    assert!(draft(&s).undo.is_some());
    s.apply(Action::Type {
        path: FieldPath::field("hs-tong"),
        text: "5".into(),
    });
    assert_eq!(draft(&s).undo, None);
    s.apply(Action::Undo);
    assert_eq!(draft(&s).report.rows("can-cu").len(), 0);
    assert_eq!(
        draft(&s).report.get(&FieldPath::field("hs-tong")),
        Some(&Value::from("5"))
    );
}

#[test]
fn accepting_a_warning_and_a_fix_can_each_be_undone() {
    let mut s = state_with_draft();
    s.apply(Action::Edit(Edit::Accept {
        key: "hs-ty-le".into(),
        reason: "Số liệu hệ thống".into(),
    }));
    s.apply(Action::Undo);
    assert!(draft(&s).report.accepted.is_empty());
    let path = FieldPath::field("hs-tong");
    s.apply(Action::Type {
        path: path.clone(),
        text: "1686".into(),
    });
    s.apply(Action::Edit(Edit::Fix {
        path: path.clone(),
        text: "1.686".into(),
    }));
    assert_eq!(draft(&s).report.get(&path), Some(&Value::from("1.686")));
    s.apply(Action::Undo);
    assert_eq!(draft(&s).report.get(&path), Some(&Value::from("1686")));
}

#[test]
fn a_picked_document_fills_its_row_and_restoring_a_version_is_undoable() {
    let mut s = state_with_draft();
    s.apply(Action::Edit(Edit::FillRow {
        table: "can-cu".into(),
        row: 0,
        cells: vec![
            ("loai".into(), "Nghị quyết".into()),
            ("so-ky-hieu".into(), "57-NQ/TW".into()),
            ("ngay".into(), "22/12/2024".into()),
        ],
    }));
    let filled = draft(&s).report.clone();
    assert_eq!(
        filled.get(&FieldPath::cell("can-cu", 0, "so-ky-hieu")),
        Some(&Value::from("57-NQ/TW"))
    );
    assert_eq!(
        filled.get(&FieldPath::cell("can-cu", 0, "ngay")),
        Some(&Value::from("22/12/2024"))
    );
    // A version of another id (say, restored from a copy) keeps this draft's id.
    let mut old = (*filled).clone();
    old.id = "khac".into();
    old.values.remove("can-cu");
    s.apply(Action::RestoreVersion { report: old, at: 42 });
    assert_eq!(draft(&s).report.id, "bc-1");
    assert!(draft(&s).report.rows("can-cu").is_empty());
    assert_eq!(
        draft(&s).undo.as_ref().map(|u| u.what.clone()),
        Some(Undoable::Restored { at: 42 })
    );
    s.apply(Action::Undo);
    assert_eq!(draft(&s).report, filled);
}

#[test]
fn an_edit_copies_the_report_and_leaves_the_old_state_alone() {
    let s = state_with_draft();
    let before = std::rc::Rc::new(s.clone());
    let after = yew::Reducible::reduce(
        before.clone(),
        Action::Type {
            path: FieldPath::field("hs-tong"),
            text: "5".into(),
        },
    );
    assert_eq!(draft(&before).report.get(&FieldPath::field("hs-tong")), None);
    assert_eq!(
        draft(&after).report.get(&FieldPath::field("hs-tong")),
        Some(&Value::from("5"))
    );
    // Templates are shared, not copied.
    assert!(std::rc::Rc::ptr_eq(&before.templates, &after.templates));
}

#[test]
fn saving_marks_the_changes_saved_and_ends_a_conflict() {
    let mut s = state_with_draft();
    assert!(!draft(&s).is_saved());
    s.apply(Action::Conflict);
    assert!(draft(&s).conflict);
    s.apply(Action::KeepOurs);
    assert!(!draft(&s).conflict && draft(&s).overwrite && !draft(&s).is_saved());
    s.apply(Action::Saved {
        revision: 4,
        changes: 2,
    });
    assert!(!draft(&s).overwrite);
    assert!(draft(&s).is_saved());
    assert!(!draft(&s).conflict);
    assert_eq!(draft(&s).revision, 4);
    s.apply(Action::Edit(Edit::Accept {
        key: "k".into(),
        reason: "Số liệu hệ thống".into(),
    }));
    assert!(!draft(&s).is_saved());
    assert_eq!(
        draft(&s).report.accepted.get("k").map(String::as_str),
        Some("Số liệu hệ thống")
    );
    s.apply(Action::SaveFailed("Bộ nhớ đầy".into()));
    assert_eq!(s.storage_error.as_deref(), Some("Bộ nhớ đầy"));
}

#[test]
fn leaving_a_section_shows_its_missing_fields() {
    let mut s = state_with_draft();
    s.apply(Action::Navigate(Route::Section {
        draft: "bc-1".into(),
        section: "chinh-quyen-so".into(),
    }));
    s.apply(Action::Navigate(Route::Overview { draft: "bc-1".into() }));
    assert!(draft(&s).visited.contains("chinh-quyen-so"));
    let t = s.template().expect("template").clone();
    let findings = validate(&t, &draft(&s).report);
    let shown = visible(draft(&s), &findings);
    assert!(shown
        .iter()
        .any(|f| f.kind == FindingKind::Missing && f.section == "chinh-quyen-so"));
    assert!(!shown
        .iter()
        .any(|f| f.kind == FindingKind::Missing && f.section == "chi-dao"));
}

#[test]
fn routes_read_and_write_every_page() {
    let cases = [
        ("#/", Route::Start),
        ("#/ho-so", Route::Profile),
        ("#/bao-cao/bc-1", Route::Overview { draft: "bc-1".into() }),
        ("#/bao-cao/bc-1/xem-lai", Route::Review { draft: "bc-1".into() }),
        ("#/bao-cao/bc-1/phien-ban", Route::Versions { draft: "bc-1".into() }),
        ("#/tao-tu-bao-cao-truoc", Route::CarryForward),
        (
            "#/bao-cao/bc-1/muc/chi-dao",
            Route::Section {
                draft: "bc-1".into(),
                section: "chi-dao".into(),
            },
        ),
    ];
    for (hash, route) in cases {
        assert_eq!(Route::parse(hash), route, "{hash}");
        assert_eq!(route.to_hash(), hash);
    }
    for unknown in ["", "#", "#/khong-co", "#/bao-cao", "#/bao-cao/bc-1/muc"] {
        assert_eq!(Route::parse(unknown), Route::Start, "{unknown}");
    }
    assert_eq!(Route::parse("#/bao-cao/bc-1/muc/chi-dao").section(), Some("chi-dao"));
    assert_eq!(Route::parse("#/ho-so").draft(), None);
}

#[test]
fn typed_and_pasted_text_enters_the_report_in_nfc() {
    let mut s = state_with_draft();
    let path = FieldPath::field("co-quan-ban-hanh");
    s.apply(Action::Type {
        path: path.clone(),
        text: "Chuye\u{302}\u{309}n đo\u{302}\u{309}i so\u{302}\u{301}".into(),
    });
    assert_eq!(draft(&s).report.get(&path), Some(&Value::from("Chuyển đổi số")));
    let status = FieldPath::field("ke-hoach-trien-khai");
    s.apply(Action::Edit(Edit::SetStatus {
        path: status.clone(),
        choice: "Đa\u{301}p u\u{31b}\u{301}ng".into(),
        note: "đa\u{303} ban ha\u{300}nh".into(),
    }));
    assert_eq!(
        draft(&s).report.get(&status),
        Some(&Value::Status {
            choice: "Đáp ứng".into(),
            note: "đã ban hành".into()
        })
    );
    s.apply(Action::Edit(Edit::Accept {
        key: "hs-ty-le#x".into(),
        reason: "so\u{302}\u{301} lie\u{323}\u{302}u ky\u{300} sau".into(),
    }));
    assert_eq!(
        draft(&s).report.accepted.get("hs-ty-le#x").map(String::as_str),
        Some("số liệu kỳ sau")
    );
}
