//! Versions of a draft (core/src/history.rs): when one is taken, thinning as they age (property
//! tests), the Vietnamese summary of what changed, local times, and the storage the history of the
//! largest seed report takes with the maximum number of versions.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use bccds_core::field_path::FieldPath;
use bccds_core::history::{
    describe_changes, format_time, from_json, is_due, record, summary, thin, to_json, Trigger, Version, MAX_VERSIONS,
    TYPING_INTERVAL_MS,
};
use bccds_core::report::{Report, Value};
use common::{builtin, report};
use proptest::prelude::*;

const MIN: u64 = 60_000;
const HOUR: u64 = 60 * MIN;
const DAY: u64 = 24 * HOUR;
/// 02/12/2026 08:05 in Việt Nam (UTC+7).
const NOW: u64 = 1_796_173_500_000;
const VN: i32 = 420;

fn version(at: u64, r: &Report) -> Version {
    Version {
        at,
        restored_from: None,
        report: r.clone(),
    }
}

fn seed(n: u8) -> Report {
    let path = format!("{}/../tests/fixtures/seed-00{n}.json", env!("CARGO_MANIFEST_DIR"));
    report(&std::fs::read_to_string(path).expect("fixture"))
}

#[test]
fn local_times_read_as_written_in_viet_nam() {
    assert_eq!(format_time(NOW, VN), "02/12/2026 08:05");
    assert_eq!(format_time(NOW, 0), "02/12/2026 01:05");
    // Just after midnight local time is the next day; 29 February exists in 2024.
    assert_eq!(format_time(1_709_139_600_000, VN), "29/02/2024 00:00");
    assert_eq!(format_time(0, 0), "01/01/1970 00:00");
}

#[test]
fn a_version_is_due_on_leaving_a_section_and_every_few_minutes_of_typing() {
    let r = seed(0);
    let mut changed = r.clone();
    changed.set(&FieldPath::field("hs-tong"), Value::from("1.700"));
    assert!(is_due(Trigger::Typing, None, &r, NOW), "the first state is always kept");
    let last = version(NOW, &r);
    assert!(
        !is_due(Trigger::LeftSection, Some(&last), &r, NOW + HOUR),
        "nothing changed"
    );
    assert!(is_due(Trigger::LeftSection, Some(&last), &changed, NOW + 1));
    assert!(!is_due(
        Trigger::Typing,
        Some(&last),
        &changed,
        NOW + TYPING_INTERVAL_MS - 1
    ));
    assert!(is_due(Trigger::Typing, Some(&last), &changed, NOW + TYPING_INTERVAL_MS));
    assert!(is_due(Trigger::Replaced, Some(&last), &changed, NOW + 1));
}

#[test]
fn thinning_keeps_the_last_hour_then_one_per_ten_minutes_then_one_per_day() {
    let r = seed(0);
    // Every minute for three hours, then every hour for three days before that.
    let mut vs: Vec<Version> = (0..180).map(|m| version(NOW - m * MIN, &r)).collect();
    vs.extend((3..75).map(|h| version(NOW - h * HOUR, &r)));
    thin(&mut vs, NOW, 1000);
    let recent = vs.iter().filter(|v| NOW - v.at < HOUR).count();
    assert_eq!(recent, 60, "every version of the last hour");
    let hours_1_to_3 = vs.iter().filter(|v| (HOUR..3 * HOUR).contains(&(NOW - v.at))).count();
    assert!((12..=13).contains(&hours_1_to_3), "one per 10 minutes: {hours_1_to_3}");
    let older = vs.iter().filter(|v| NOW - v.at >= DAY).count();
    assert!((2..=4).contains(&older), "one per day: {older}");
    assert!(vs.windows(2).all(|w| w[0].at < w[1].at), "oldest first");
    assert_eq!(vs.last().map(|v| v.at), Some(NOW));
}

#[test]
fn record_bounds_the_list_and_drops_the_oldest() {
    let r = seed(0);
    let mut vs = Vec::new();
    for i in 0..(MAX_VERSIONS as u64 + 10) {
        record(&mut vs, version(NOW + i * MIN, &r));
    }
    assert_eq!(vs.len(), MAX_VERSIONS);
    assert_eq!(vs[0].at, NOW + 10 * MIN);
    assert_eq!(vs.last().unwrap().at, NOW + (MAX_VERSIONS as u64 + 9) * MIN);
}

fn times() -> impl Strategy<Value = Vec<u64>> {
    // Ages from now back to 10 days, some bunched in the last hour.
    prop::collection::vec(prop_oneof![0..HOUR, 0..10 * DAY], 0..120)
        .prop_map(|ages| ages.into_iter().map(|a| NOW - a).collect())
}

fn period(at: u64) -> (u8, u64) {
    let age = NOW - at;
    if age < HOUR {
        (0, at)
    } else if age < DAY {
        (1, at / (10 * MIN))
    } else {
        (2, at / DAY)
    }
}

proptest! {
    #[test]
    fn thinning_never_exceeds_the_bound_and_keeps_the_newest(ats in times(), max in 1usize..40) {
        let r = Report { values: Default::default(), ..seed(0) };
        let mut vs: Vec<Version> = ats.iter().map(|&a| version(a, &r)).collect();
        let newest = ats.iter().max().copied();
        thin(&mut vs, NOW, max);
        prop_assert!(vs.len() <= max);
        prop_assert_eq!(vs.last().map(|v| v.at), newest);
        prop_assert!(vs.windows(2).all(|w| w[0].at <= w[1].at));
    }

    #[test]
    fn thinning_never_drops_the_only_version_of_a_period(ats in times()) {
        let r = Report { values: Default::default(), ..seed(0) };
        let mut vs: Vec<Version> = ats.iter().map(|&a| version(a, &r)).collect();
        thin(&mut vs, NOW, usize::MAX);
        let mut before: Vec<_> = ats.iter().map(|&a| period(a)).collect();
        before.sort();
        before.dedup();
        let mut after: Vec<_> = vs.iter().map(|v| period(v.at)).collect();
        after.sort();
        let n = after.len();
        after.dedup();
        // Every period that had a version still has one, and only one (outside the last hour).
        prop_assert_eq!(&before, &after);
        prop_assert_eq!(n, after.len() + ats.iter().filter(|&&a| NOW - a < HOUR).count()
            - { let mut h: Vec<_> = ats.iter().filter(|&&a| NOW - a < HOUR).collect(); h.sort(); h.dedup(); h.len() });
        // Thinning again changes nothing.
        let again = vs.clone();
        thin(&mut vs, NOW, usize::MAX);
        prop_assert_eq!(vs, again);
    }
}

#[test]
fn the_summary_names_sections_and_tables_in_vietnamese() {
    let t = builtin("cds-6-thang");
    let before = seed(0);
    assert_eq!(before.template_id, t.id);
    let mut after = before.clone();
    after.set(&FieldPath::field("cuoc-hop-truc-tuyen"), Value::from("99"));
    after.set(&FieldPath::field("phien-hop-khong-giay"), Value::from("98"));
    after.set(&FieldPath::field("hop-truc-tuyen-mo-ta"), Value::from("Hệ thống mới"));
    after.add_row("can-cu");
    assert_eq!(
        describe_changes(&t, &before, &after),
        "Thêm 1 dòng ở Căn cứ; sửa 3 ô ở mục 3. Phát triển chính quyền số"
    );
    // Form order: the basis (frame head) comes before the body sections.
    // A row removed from the middle is one removed row, not edits of the rows after it.
    let rows = before.rows("chi-dao-van-ban").len();
    assert!(rows >= 3, "seed 000 lists {rows} documents");
    let mut removed = before.clone();
    removed.remove_row("chi-dao-van-ban", 0);
    assert_eq!(
        describe_changes(&t, &before, &removed),
        "Xóa 1 dòng ở Văn bản đã ban hành"
    );
    let mut cell = before.clone();
    cell.set(&FieldPath::cell("chi-dao-van-ban", 1, "trich-yeu"), Value::from("Khác"));
    assert_eq!(
        describe_changes(&t, &before, &cell),
        "Sửa 1 ô ở mục 1. Công tác chỉ đạo, điều hành"
    );
    let mut accepted = before.clone();
    accepted
        .accepted
        .insert("hs-ty-le".into(), "Số liệu của Trung tâm".into());
    assert_eq!(describe_changes(&t, &before, &accepted), "Chấp nhận 1 cảnh báo");
    assert_eq!(describe_changes(&t, &accepted, &before), "Bỏ chấp nhận 1 cảnh báo");
    // Erasing an empty box is no change.
    let mut blank = before.clone();
    blank.set(&FieldPath::field("so"), Value::from(" "));
    assert_eq!(describe_changes(&t, &before, &blank), "Không có thay đổi");
}

#[test]
fn the_summary_of_many_changes_is_cut_short() {
    let t = builtin("cds-6-thang");
    let before = seed(0);
    let mut after = before.clone();
    for id in [
        "chi-dao-noi-dung",
        "tuyen-truyen-noi-dung",
        "an-toan-noi-dung",
        "kho-khan-noi-dung",
        "kien-nghi-noi-dung",
    ] {
        after.set(&FieldPath::field(id), Value::from("Nội dung mới"));
    }
    assert_eq!(
        describe_changes(&t, &before, &after),
        "Sửa 1 ô ở mục 1. Công tác chỉ đạo, điều hành; sửa 1 ô ở mục 2. Công tác thông tin tuyên truyền; \
         sửa 1 ô ở mục 5. Đảm bảo an toàn thông tin và an ninh mạng và 2 thay đổi khác"
    );
}

#[test]
fn a_restored_version_says_which_one() {
    let t = builtin("cds-6-thang");
    let r = seed(0);
    let first = version(NOW, &r);
    assert_eq!(summary(&t, None, &first, VN), "Phiên bản đầu tiên");
    let restored = Version {
        at: NOW + 10 * MIN,
        restored_from: Some(NOW),
        report: r.clone(),
    };
    assert_eq!(summary(&t, Some(&first), &restored, VN), "Khôi phục phiên bản 08:05");
    let next_day = Version {
        at: NOW + DAY,
        ..restored
    };
    assert_eq!(
        summary(&t, Some(&first), &next_day, VN),
        "Khôi phục phiên bản 02/12/2026 08:05"
    );
}

#[test]
fn stored_versions_read_back_and_bad_text_reads_as_none() {
    let r = seed(1);
    let vs = vec![
        version(NOW, &r),
        Version {
            restored_from: Some(NOW),
            ..version(NOW + MIN, &r)
        },
    ];
    assert_eq!(from_json(&to_json(&vs)), vs);
    assert!(to_json(&vs[..1]).contains("\"at\":1796173500000"));
    assert!(
        !to_json(&vs[..1]).contains("restored_from"),
        "absent when not a restore"
    );
    assert_eq!(from_json("{không phải JSON"), Vec::<Version>::new());
}

/// The figure the README gives: the history of the largest seed with the maximum number of
/// versions, each a little different (as localStorage keeps it: JSON text; browsers count UTF-16
/// units, ~5 M per site in Chromium and Firefox).
#[test]
fn storage_of_the_largest_report_history_is_measured() {
    let (n, largest) = (0..5u8)
        .map(|n| (n, seed(n)))
        .max_by_key(|(_, r)| serde_json::to_string(r).unwrap().len())
        .unwrap();
    let one = serde_json::to_string(&largest).unwrap();
    let mut vs = Vec::new();
    for i in 0..MAX_VERSIONS as u64 {
        let mut r = largest.clone();
        r.set(&FieldPath::field("so"), Value::Text(i.to_string()));
        record(&mut vs, version(NOW + i * MIN, &r));
    }
    assert_eq!(vs.len(), MAX_VERSIONS);
    let json = to_json(&vs);
    let units = json.encode_utf16().count();
    println!(
        "version history of seed-00{n}: {MAX_VERSIONS} versions, {} bytes UTF-8 ({} KB), {units} UTF-16 units; one draft {} bytes",
        json.len(),
        json.len().div_ceil(1024),
        one.len()
    );
    // Well inside a 5 M-unit localStorage, with room for the drafts themselves.
    assert!(units < 1_500_000, "{units} UTF-16 units");
}
