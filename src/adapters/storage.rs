//! Drafts, the unit profile and loaded templates in the browser's localStorage.
//!
//! Every draft is its own key, so a broken or huge draft never takes the others with it.
//! Failures (private mode, storage blocked or full) come back as Vietnamese messages: the
//! user keeps working and is told their work is not being saved. Nothing here panics when
//! storage is missing (gloo-storage would), which is why this talks to web-sys directly.

use bccds_core::report::{Profile, Report};
use serde::{de::DeserializeOwned, Deserialize, Serialize};

const DRAFT_PREFIX: &str = "bccds.draft.";
const PROFILE_KEY: &str = "bccds.profile";
const TEMPLATE_PREFIX: &str = "bccds.template.";

/// Said when the browser gives no storage at all.
pub const UNAVAILABLE: &str = "Trình duyệt không cho lưu (có thể đang ở chế độ ẩn danh hoặc đã chặn lưu trữ) nên bản nháp CHƯA được lưu. Vẫn soạn được bình thường; hãy xuất tệp JSON để giữ bài.";
const FULL: &str =
    "Bộ nhớ của trình duyệt đã đầy nên bản nháp CHƯA được lưu. Hãy xuất tệp JSON để giữ bài, rồi xóa bớt bản nháp cũ.";

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

fn raw() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// True when the browser lets the app keep anything.
pub fn available() -> bool {
    raw().is_some()
}

fn get<T: DeserializeOwned>(key: &str) -> Option<T> {
    let text = raw()?.get_item(key).ok().flatten()?;
    serde_json::from_str(&text).ok()
}

fn set<T: Serialize>(key: &str, value: &T) -> Result<(), String> {
    let text = serde_json::to_string(value).map_err(|_| UNAVAILABLE.to_string())?;
    write(key, &text).map_err(|e| match e {
        WriteError::Full => FULL.to_string(),
        WriteError::Unavailable => UNAVAILABLE.to_string(),
    })
}

/// Why a value could not be kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteError {
    /// The browser's quota is used up.
    Full,
    Unavailable,
}

/// Writes raw text under `key`.
pub fn write(key: &str, text: &str) -> Result<(), WriteError> {
    let storage = raw().ok_or(WriteError::Unavailable)?;
    storage.set_item(key, text).map_err(|e| {
        let name = js_sys::Reflect::get(&e, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
            .unwrap_or_default();
        if name.contains("Quota") {
            WriteError::Full
        } else {
            WriteError::Unavailable
        }
    })
}

/// The raw text under `key`.
pub fn read(key: &str) -> Option<String> {
    raw()?.get_item(key).ok().flatten()
}

pub fn remove(key: &str) {
    if let Some(s) = raw() {
        let _ = s.remove_item(key);
    }
}

pub fn keys_with(prefix: &str) -> Vec<String> {
    let Some(storage) = raw() else { return Vec::new() };
    let len = storage.length().unwrap_or(0);
    (0..len)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(prefix))
        .collect()
}

fn draft_key(id: &str) -> String {
    format!("{DRAFT_PREFIX}{id}")
}

pub fn load_draft(id: &str) -> Option<StoredDraft> {
    get(&draft_key(id))
}

/// Revision and tab of the last save, in a key of its own so a save can check for a newer one from
/// another tab without reading and parsing the whole draft back.
const REVISION_PREFIX: &str = "bccds.rev.";

fn revision_key(id: &str) -> String {
    format!("{REVISION_PREFIX}{id}")
}

/// "7 tab-…" → (7, "tab-…").
pub fn parse_revision(text: &str) -> Option<(u64, String)> {
    let (rev, tab) = text.split_once(' ')?;
    Some((rev.parse().ok()?, tab.to_string()))
}

/// The revision stored for a draft and the tab that wrote it.
fn stored_revision(id: &str) -> Option<(u64, String)> {
    let text = raw()?.get_item(&revision_key(id)).ok().flatten();
    match text {
        Some(t) => parse_revision(&t),
        // Saved before the revision key existed: read it from the draft once.
        None => load_draft(id).map(|d| (d.revision, d.tab)),
    }
}

/// What became of a save.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveOutcome {
    Saved {
        revision: u64,
    },
    /// Another tab saved a later revision: nothing written.
    Conflict,
    Failed(String),
}

/// The one place a draft is written. `base` is the revision this tab last saved or loaded;
/// `overwrite` writes even over a later save of another tab (the user chose to keep this tab's).
pub fn save_draft(report: &Report, base: u64, tab: &str, overwrite: bool) -> SaveOutcome {
    #[derive(Serialize)]
    struct Record<'a> {
        report: &'a Report,
        revision: u64,
        tab: &'a str,
        updated_ms: f64,
    }
    let stored = stored_revision(&report.id);
    if !overwrite && stored.as_ref().is_some_and(|(r, t)| *r > base && t != tab) {
        return SaveOutcome::Conflict;
    }
    let revision = stored.map_or(base, |(r, _)| r.max(base)) + 1;
    let record = Record {
        report,
        revision,
        tab,
        updated_ms: super::clock::now_ms(),
    };
    let write_both = || {
        set(&draft_key(&report.id), &record).and_then(|()| {
            let storage = raw().ok_or(UNAVAILABLE)?;
            storage
                .set_item(&revision_key(&report.id), &format!("{revision} {tab}"))
                .map_err(|_| FULL.to_string())
        })
    };
    // Storage full: earlier versions (oldest first) make room; a draft is never given up for them.
    let mut written = write_both();
    while written.as_ref().err().map(String::as_str) == Some(FULL) && super::versions::free_room() {
        written = write_both();
    }
    match written {
        Ok(()) => SaveOutcome::Saved { revision },
        Err(m) => SaveOutcome::Failed(m),
    }
}

pub fn delete_draft(id: &str) {
    remove(&draft_key(id));
    remove(&revision_key(id));
    super::versions::delete(id);
}

/// Every readable draft, newest first. Unreadable entries are skipped, never deleted.
pub fn list_drafts() -> Vec<StoredDraft> {
    let mut out: Vec<StoredDraft> = keys_with(DRAFT_PREFIX).iter().filter_map(|k| get(k)).collect();
    bccds_core::sort::sort_small_by(&mut out, |a, b| a.updated_ms > b.updated_ms);
    out
}

pub fn load_profile() -> Profile {
    get(PROFILE_KEY).unwrap_or_default()
}

pub fn save_profile(p: &Profile) -> Result<(), String> {
    set(PROFILE_KEY, p)
}

/// The draft id of a revision key (the `storage` event other tabs' saves raise).
pub fn draft_id_of_revision_key(k: &str) -> Option<&str> {
    k.strip_prefix(REVISION_PREFIX)
}

/// Keeps a template file the user loaded, so its drafts still open after a reload.
pub fn save_template(id: &str, json: &str) -> Result<(), String> {
    set(&format!("{TEMPLATE_PREFIX}{id}"), &json)
}

pub fn list_templates() -> Vec<String> {
    keys_with(TEMPLATE_PREFIX)
        .iter()
        .filter_map(|k| get::<String>(k))
        .collect()
}

const EXPECTED_UNITS_KEY: &str = "bccds.expected-units";

/// The compilation page's list of units expected to report (as pasted), kept in the browser.
pub fn load_expected_units() -> String {
    get::<String>(EXPECTED_UNITS_KEY).unwrap_or_default()
}

pub fn save_expected_units(text: &str) -> Result<(), String> {
    set(EXPECTED_UNITS_KEY, &text)
}

const DOCUMENTS_KEY: &str = "bccds.documents";

/// The catalogue of documents the user loaded from a file (as loaded), if any.
pub fn load_documents() -> Option<String> {
    get::<String>(DOCUMENTS_KEY)
}

pub fn save_documents(json: &str) -> Result<(), String> {
    set(DOCUMENTS_KEY, &json)
}
