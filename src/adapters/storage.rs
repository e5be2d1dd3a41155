//! Drafts and the unit profile in the browser's localStorage.
//!
//! Every draft is its own key, so a broken or huge draft never takes the others with it.
//! Failures (private mode, storage full) are returned as Vietnamese messages: the user
//! keeps working and is told their work is not being saved.

use bccds_core::report::{Profile, Report};
use gloo_storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};

const DRAFT_PREFIX: &str = "bccds.draft.";
const PROFILE_KEY: &str = "bccds.profile";

/// A saved draft: the report plus what is needed to detect a second tab editing it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredDraft {
    pub report: Report,
    /// Incremented on every save.
    pub revision: u64,
    /// The tab that saved it last.
    pub tab: String,
    /// Last change, ms since epoch.
    pub updated_ms: f64,
}

fn key(id: &str) -> String {
    format!("{DRAFT_PREFIX}{id}")
}

fn save_error(e: gloo_storage::errors::StorageError) -> String {
    let detail = e.to_string();
    if detail.contains("Quota") || detail.contains("quota") {
        "Bộ nhớ của trình duyệt đã đầy nên bản nháp CHƯA được lưu. Hãy xuất tệp JSON để giữ bài, rồi xóa bớt bản nháp cũ.".into()
    } else {
        "Trình duyệt không cho lưu (có thể đang ở chế độ ẩn danh) nên bản nháp CHƯA được lưu. Hãy xuất tệp JSON để giữ bài.".into()
    }
}

pub fn load_draft(id: &str) -> Option<StoredDraft> {
    LocalStorage::get(key(id)).ok()
}

pub fn save_draft(d: &StoredDraft) -> Result<(), String> {
    LocalStorage::set(key(&d.report.id), d).map_err(save_error)
}

pub fn delete_draft(id: &str) {
    LocalStorage::delete(key(id));
}

/// Every readable draft, newest first. Unreadable entries are skipped, never deleted.
pub fn list_drafts() -> Vec<StoredDraft> {
    let storage = match web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        Some(s) => s,
        None => return Vec::new(),
    };
    let len = storage.length().unwrap_or(0);
    let mut out: Vec<StoredDraft> = (0..len)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(DRAFT_PREFIX))
        .filter_map(|k| LocalStorage::get::<StoredDraft>(&k).ok())
        .collect();
    out.sort_by(|a, b| b.updated_ms.total_cmp(&a.updated_ms));
    out
}

pub fn load_profile() -> Profile {
    LocalStorage::get(PROFILE_KEY).unwrap_or_default()
}

pub fn save_profile(p: &Profile) -> Result<(), String> {
    LocalStorage::set(PROFILE_KEY, p).map_err(save_error)
}

/// True when the storage key belongs to a draft (for the `storage` event of other tabs).
pub fn draft_id_of_key(k: &str) -> Option<&str> {
    k.strip_prefix(DRAFT_PREFIX)
}

const TEMPLATE_PREFIX: &str = "bccds.template.";

/// Keeps a template file the user loaded, so its drafts still open after a reload.
pub fn save_template(id: &str, json: &str) -> Result<(), String> {
    LocalStorage::set(format!("{TEMPLATE_PREFIX}{id}"), json).map_err(save_error)
}

pub fn list_templates() -> Vec<String> {
    let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
        return Vec::new();
    };
    let len = storage.length().unwrap_or(0);
    (0..len)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(TEMPLATE_PREFIX))
        .filter_map(|k| LocalStorage::get::<String>(&k).ok())
        .collect()
}
