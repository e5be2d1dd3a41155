//! Earlier versions of each draft (phiên bản trước) in localStorage, one key per draft
//! (`bccds.versions.<id>`), apart from the draft itself: a version list that cannot be written or
//! read never costs the draft. When and which versions are kept is the core's `history`.
//!
//! Storage full: the oldest versions go first (this draft's, then other drafts'), never a draft,
//! and the caller gets a sentence to tell the user.

use std::cell::RefCell;

use bccds_core::history::{self, Trigger, Version};
use bccds_core::report::Report;

use super::{clock, storage};

const PREFIX: &str = "bccds.versions.";

thread_local! {
    /// Time of the newest version of each draft, so a save while typing does not read the list
    /// back to learn that five minutes have not passed yet.
    static NEWEST: RefCell<Vec<(String, u64)>> = const { RefCell::new(Vec::new()) };
    /// Versions dropped to make room for a draft, not told to the user yet.
    static DROPPED: RefCell<usize> = const { RefCell::new(0) };
}

/// A sentence for the user when versions were dropped to save a draft since the last call.
pub fn dropped_notice() -> Option<String> {
    let n = DROPPED.with(|d| std::mem::take(&mut *d.borrow_mut()));
    (n > 0).then(|| full_notice(n))
}

fn remember_newest(id: &str, at: u64) {
    NEWEST.with(|n| {
        let mut n = n.borrow_mut();
        n.retain(|(d, _)| d != id);
        n.push((id.to_string(), at));
    });
}

fn key(id: &str) -> String {
    format!("{PREFIX}{id}")
}

/// The versions of draft `id`, oldest first (none when unreadable).
pub fn load(id: &str) -> Vec<Version> {
    let list = storage::read(&key(id)).map_or_else(Vec::new, |t| history::from_json(&t));
    if let Some(last) = list.last() {
        remember_newest(id, last.at);
    }
    list
}

pub fn delete(id: &str) {
    storage::remove(&key(id));
    NEWEST.with(|n| n.borrow_mut().retain(|(d, _)| d != id));
}

fn now() -> u64 {
    clock::now_ms() as u64
}

/// What became of a version to keep.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kept {
    /// Not due (too soon while typing, or the same as the newest version).
    NotDue,
    /// Kept; `Some(notice)` when old versions had to go to make room.
    Kept(Option<String>),
}

/// Keeps `report` as a version when the core's policy says it is due; `Err` when none could be
/// kept (the draft is unaffected).
pub fn take(report: &Report, trigger: Trigger) -> Result<Kept, String> {
    let now = now();
    if trigger == Trigger::Typing {
        let recent = NEWEST.with(|n| {
            n.borrow()
                .iter()
                .any(|(d, at)| *d == report.id && now.saturating_sub(*at) < history::TYPING_INTERVAL_MS)
        });
        if recent {
            return Ok(Kept::NotDue);
        }
    }
    let mut list = load(&report.id);
    if !history::is_due(trigger, list.last(), report, now) {
        return Ok(Kept::NotDue);
    }
    history::record(
        &mut list,
        Version {
            at: now,
            restored_from: None,
            report: report.clone(),
        },
    );
    write(&report.id, list).map(Kept::Kept)
}

/// Restoring `chosen`: the current state becomes a version first, then the restored state one
/// marked as restored, so the list shows both and the restore can itself be undone.
pub fn restore(current: &Report, chosen: &Version) -> Result<Option<String>, String> {
    let now = now();
    let mut list = load(&current.id);
    if history::is_due(Trigger::Replaced, list.last(), current, now) {
        history::record(
            &mut list,
            Version {
                at: now,
                restored_from: None,
                report: current.clone(),
            },
        );
    }
    let mut restored = chosen.report.clone();
    restored.id = current.id.clone();
    history::record(
        &mut list,
        Version {
            // One millisecond later, so the two never share a time (the list is ordered by it).
            at: now + 1,
            restored_from: Some(chosen.at),
            report: restored,
        },
    );
    write(&current.id, list)
}

/// Writes `list`, dropping the oldest versions (of this draft, then of other drafts) while the
/// browser says it is full.
fn write(id: &str, mut list: Vec<Version>) -> Result<Option<String>, String> {
    let mut dropped = 0usize;
    loop {
        match storage::write(&key(id), &history::to_json(&list)) {
            Ok(()) => {
                if let Some(last) = list.last() {
                    remember_newest(id, last.at);
                }
                return Ok((dropped > 0).then(|| full_notice(dropped)));
            }
            Err(storage::WriteError::Full) if list.len() > 1 => {
                // The oldest version anywhere goes first: another draft's when it is older.
                match oldest_elsewhere(id) {
                    Some((at, k, other)) if at < list[0].at => drop_first(&k, other),
                    _ => {
                        list.remove(0);
                    }
                }
                dropped += 1;
            }
            Err(storage::WriteError::Full) => {
                return Err("Bộ nhớ của trình duyệt đã đầy nên không giữ được phiên bản trước nào của bản nháp này. Bản nháp vẫn được lưu; hãy xuất tệp JSON để giữ bài, rồi xóa bớt bản nháp cũ.".into())
            }
            Err(storage::WriteError::Unavailable) => return Err(storage::UNAVAILABLE.into()),
        }
    }
}

fn full_notice(dropped: usize) -> String {
    format!("Bộ nhớ của trình duyệt đã đầy: đã xóa {dropped} phiên bản cũ nhất để giữ phiên bản mới. Bản nháp không bị ảnh hưởng.")
}

/// Frees room for a draft that could not be written: drops the oldest version of any draft.
/// `false` when there was none left to drop.
pub fn free_room() -> bool {
    match oldest_elsewhere("") {
        Some((_, k, list)) => {
            drop_first(&k, list);
            DROPPED.with(|d| *d.borrow_mut() += 1);
            true
        }
        None => false,
    }
}

/// The version list (key and list) holding the oldest version of a draft other than `id`.
fn oldest_elsewhere(id: &str) -> Option<(u64, String, Vec<Version>)> {
    storage::keys_with(PREFIX)
        .into_iter()
        .filter(|k| k.strip_prefix(PREFIX) != Some(id))
        .filter_map(|k| {
            let list = history::from_json(&storage::read(&k)?);
            let at = list.first()?.at;
            Some((at, k, list))
        })
        .min_by_key(|(at, ..)| *at)
}

fn drop_first(k: &str, mut list: Vec<Version>) {
    list.remove(0);
    if list.is_empty() || storage::write(k, &history::to_json(&list)).is_err() {
        storage::remove(k);
    }
    NEWEST.with(|n| n.borrow_mut().clear());
}
