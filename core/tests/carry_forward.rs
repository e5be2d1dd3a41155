//! A new report made from an earlier one (tạo từ báo cáo trước), for every ordered pair of the
//! built-in report types, the old one being its seed fixture: which figures move and which do not.

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

mod common;

use std::collections::BTreeMap;

use bccds_core::builtin::templates;
use bccds_core::carry::{
    carried_figures, carry_forward, copyable_sections, figure_pairs, previous_label, CarryOptions,
};
use bccds_core::report::{Profile, Report};
use bccds_core::template::{frame_ids, FieldKind, Template, PROFILE_FIELDS};
use common::{builtin, report, FIXTURES};

/// The seed report written with template `id`.
fn seed_of(id: &str) -> Report {
    FIXTURES
        .iter()
        .map(|f| report(f))
        .find(|r| r.template_id == id)
        .unwrap_or_else(|| panic!("a fixture for {id}"))
}

/// (id, indicator, kind, unit) of every top-level figure of the body.
type Figure = (String, Option<String>, FieldKind, Option<String>);

fn figure_list(t: &Template) -> Vec<Figure> {
    let mut out = Vec::new();
    for s in t.sections.iter().filter(|s| !s.frame) {
        for f in &s.fields {
            if matches!(
                f.kind,
                FieldKind::Count | FieldKind::Decimal | FieldKind::Percent | FieldKind::Money | FieldKind::Fraction
            ) {
                out.push((f.id.clone(), f.indicator.clone(), f.kind, f.unit.clone()));
            }
        }
    }
    out
}

/// The expected source of each new figure, from the rule as documented: a catalogue indicator
/// used once on each side (same kind and unit), or the same id (same kind and unit, indicators not
/// in conflict).
fn expected_pairs(old: &Template, new: &Template) -> BTreeMap<String, String> {
    let (old_f, new_f) = (figure_list(old), figure_list(new));
    let mut uses: BTreeMap<(bool, &str), usize> = BTreeMap::new();
    for (side, list) in [(false, &old_f), (true, &new_f)] {
        for (_, ind, _, _) in list {
            if let Some(i) = ind {
                *uses.entry((side, i.as_str())).or_default() += 1;
            }
        }
    }
    let mut out = BTreeMap::new();
    for (nid, nind, nkind, nunit) in &new_f {
        let shape = |o: &&Figure| o.2 == *nkind && o.3 == *nunit;
        let mut source = None;
        if let Some(i) = nind {
            let unique = uses.get(&(false, i.as_str())) == Some(&1) && uses.get(&(true, i.as_str())) == Some(&1);
            source = old_f
                .iter()
                .filter(shape)
                .find(|o| o.1.as_deref() == Some(i.as_str()) && (unique || o.0 == *nid));
        }
        if source.is_none() {
            source = old_f
                .iter()
                .filter(shape)
                .find(|o| o.0 == *nid && (o.1.is_none() || nind.is_none() || o.1 == *nind));
        }
        if let Some(o) = source {
            out.insert(nid.clone(), o.0.clone());
        }
    }
    out
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn every_pair_of_report_types_moves_exactly_the_shared_figures() {
    let all = templates().expect("built-in templates load");
    assert!(all.len() >= 5);
    let mut moved_somewhere = 0;
    for old in &all {
        let old_report = seed_of(&old.id);
        for new in &all {
            let expected = expected_pairs(old, new);
            let pairs: BTreeMap<String, String> = figure_pairs(old, new).into_iter().collect();
            assert_eq!(pairs, expected, "{} → {}", old.id, new.id);
            let r = carry_forward("bc-moi", old, &old_report, new, &CarryOptions::default());
            let fresh = Report::new("bc-moi", new, &Profile::default());
            let p = r.predecessor.as_ref().expect("the predecessor is remembered");
            for (id, _, _, _) in figure_list(new) {
                let old_text = expected
                    .get(&id)
                    .map(|o| old_report.text(o))
                    .filter(|t| !t.trim().is_empty());
                match old_text {
                    Some(t) => {
                        assert_eq!(r.text(&id), t, "{} → {}: {id} moves", old.id, new.id);
                        assert_eq!(p.figures.get(&id).map(String::as_str), Some(t));
                        moved_somewhere += 1;
                    }
                    None => {
                        assert_eq!(
                            r.values.get(&id),
                            fresh.values.get(&id),
                            "{} → {}: {id} stays",
                            old.id,
                            new.id
                        );
                        assert!(!p.figures.contains_key(&id));
                    }
                }
            }
            assert_eq!(
                p.figures.len(),
                p.figures.keys().filter(|k| expected.contains_key(*k)).count()
            );
            // What the page lists as copied is what was copied.
            let mut listed: Vec<String> = carried_figures(old, &old_report, new)
                .into_iter()
                .map(|(n, _)| n)
                .collect();
            listed.sort();
            let kept: Vec<String> = p.figures.keys().cloned().collect();
            assert_eq!(listed, kept, "{} → {}", old.id, new.id);
            assert_eq!(p.template_id, old.id);
            assert_eq!(p.ngay, old_report.text(frame_ids::DATE));
            // The profile frame moves; the period (number, date, year) does not.
            for f in PROFILE_FIELDS {
                let before = old_report.text(f);
                if !before.is_empty() {
                    assert_eq!(r.text(f), before, "{} → {}: {f}", old.id, new.id);
                }
            }
            for f in [frame_ids::NUMBER, frame_ids::DATE, frame_ids::PERIOD_YEAR] {
                assert_eq!(r.values.get(f), fresh.values.get(f), "{} → {}: {f}", old.id, new.id);
            }
            // Without asking: no basis, no narrative, no document list, no table.
            for (id, v) in &r.values {
                let Some((_, field)) = new.field(id) else { continue };
                if matches!(field.kind, FieldKind::Narrative | FieldKind::Table)
                    && !PROFILE_FIELDS.contains(&id.as_str())
                {
                    assert_eq!(
                        Some(v),
                        fresh.values.get(id),
                        "{} → {}: {id} copied unasked",
                        old.id,
                        new.id
                    );
                }
            }
        }
    }
    assert!(moved_somewhere > 40, "only {moved_somewhere} figures moved in all");
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn spot_values_from_the_seeds() {
    let (t000, t002, t003, t004) = (
        builtin("cds-6-thang"),
        builtin("cds-nam-ke-hoach"),
        builtin("chien-luoc-411"),
        builtin("cds-nam-phu-luc"),
    );
    let none = CarryOptions::default();
    // The 6-month report into the next one of the same type: the one-stop figures.
    let r = carry_forward("x", &t000, &seed_of("cds-6-thang"), &t000, &none);
    assert_eq!(r.text("hs-tong"), "1.686");
    assert_eq!(r.text("chu-ky-so-cap"), "04");
    let p = r.predecessor.as_ref().unwrap();
    assert_eq!(
        (p.ngay.as_str(), p.so.as_str()),
        ("23/5/2025", ""),
        "seed 000 has no number yet"
    );
    assert_eq!(r.text("ngay"), "");
    // The 6-month report into the year's plan: total applications by indicator; the rate of
    // electronic documents is the district's and the commune's there, one figure in the plan: no guess.
    let r = carry_forward("x", &t000, &seed_of("cds-6-thang"), &t002, &none);
    assert_eq!(r.text("hs-tong"), "1.686");
    assert_eq!(r.text("ty-le-van-ban-dien-tu"), "");
    let back = carry_forward("x", &t002, &seed_of("cds-nam-ke-hoach"), &t000, &none);
    assert_eq!(back.text("ty-le-van-ban-mang-huyen"), "");
    assert_eq!(back.text("ty-le-van-ban-mang-xa"), "");
    // The appendix report into the 411 strategy report: villages and community digital teams
    // under other ids, by indicator.
    let old = seed_of("cds-nam-phu-luc");
    let r = carry_forward("x", &t004, &old, &t003, &none);
    assert_eq!(r.text("thon-co-to"), old.text("thon-co-to"));
    assert_eq!(r.text("so-thon-xa"), old.text("so-thon-xa"));
    assert!(!old.text("so-thon-xa").is_empty());
    // Area in ha (seed 002) and in km² (seed 004): one indicator, not the same figure.
    let r = carry_forward("x", &t002, &seed_of("cds-nam-ke-hoach"), &t004, &none);
    assert_eq!(r.text("dien-tich"), "");
    assert!(!seed_of("cds-nam-ke-hoach").text("dien-tich").is_empty());
    // A task table is not carried, even into the same report type, nor when its section is chosen.
    let old = seed_of("chien-luoc-411");
    let all_sections = CarryOptions {
        basis: true,
        sections: t003.sections.iter().map(|s| s.id.clone()).collect(),
    };
    let r = carry_forward("x", &t003, &old, &t003, &all_sections);
    let fresh = Report::new("x", &t003, &Profile::default());
    assert_eq!(r.values.get("b1"), fresh.values.get("b1"));
    assert_eq!(r.values.get("b2"), fresh.values.get("b2"));
    assert!(!old.rows("b1").is_empty());
    assert_eq!(
        r.values.get("vb-xa-hoi-so"),
        old.values.get("vb-xa-hoi-so"),
        "a document list is"
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn basis_and_chosen_sections_are_copied_on_request_only() {
    let t = builtin("cds-6-thang");
    let old = seed_of("cds-6-thang");
    let sections = copyable_sections(&t, &old, &t);
    let ids: Vec<&str> = sections.iter().map(|s| s.id.as_str()).collect();
    assert!(ids.contains(&"chi-dao"), "{ids:?}");
    let chi_dao = sections.iter().find(|s| s.id == "chi-dao").unwrap();
    assert!(
        chi_dao.fields.contains(&"chi-dao-van-ban".to_string()),
        "the document list of 1."
    );
    assert!(chi_dao.fields.contains(&"chi-dao-noi-dung".to_string()));
    let options = CarryOptions {
        basis: true,
        sections: ["chi-dao".to_string()].into_iter().collect(),
    };
    let r = carry_forward("x", &t, &old, &t, &options);
    assert_eq!(r.values.get("can-cu"), old.values.get("can-cu"));
    assert_eq!(r.values.get("chi-dao-van-ban"), old.values.get("chi-dao-van-ban"));
    assert_eq!(r.text("chi-dao-noi-dung"), old.text("chi-dao-noi-dung"));
    // A section not chosen keeps the new report's own (empty) text.
    assert_eq!(r.text("kien-nghi-noi-dung"), "");
    assert!(!old.text("kien-nghi-noi-dung").is_empty());
    // Across report types: only fields the old type has with the same id and kind are offered.
    let t003 = builtin("chien-luoc-411");
    for s in copyable_sections(&t, &old, &t003) {
        for f in &s.fields {
            let (_, of) = t.field(f).expect("the old type has it");
            assert_eq!(Some(of.kind), t003.field(f).map(|(_, nf)| nf.kind));
        }
    }
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[test]
fn the_previous_figure_is_shown_the_vietnamese_way() {
    let t = builtin("cds-6-thang");
    let field = |id: &str| t.field(id).unwrap().1.clone();
    assert_eq!(previous_label(&field("hs-tong"), "1686"), "Kỳ trước: 1.686");
    assert_eq!(previous_label(&field("hs-tong"), "1.686"), "Kỳ trước: 1.686");
    assert_eq!(
        previous_label(&field("ty-le-hs-truc-tuyen"), "99,92"),
        "Kỳ trước: 99,92%"
    );
    assert_eq!(previous_label(&field("chu-ky-so-cap"), "04"), "Kỳ trước: 04");
    assert_eq!(
        previous_label(&field("hs-tong"), "khoảng 1.700"),
        "Kỳ trước: khoảng 1.700"
    );
}
