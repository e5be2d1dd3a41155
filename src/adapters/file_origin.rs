//! Where the app was opened from: a web address, or the single file (`bao-cao-cds.html`) opened from a
//! folder (`file://`), and what that browser does with the storage of such a page.

const NOTICE_KEY: &str = "bccds.file-notice-seen";

/// How the page was opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// http(s): drafts live with the site's address.
    Web,
    /// file:// in a browser that keeps one storage for every local file (Chromium: Chrome, Edge, Cốc Cốc).
    FileShared,
    /// file:// in a browser that keeps storage per file path (Firefox): a renamed, moved or re-downloaded
    /// copy of the file starts with no drafts.
    FilePerPath,
}

pub fn origin() -> Origin {
    let Some(w) = web_sys::window() else { return Origin::Web };
    if w.location().protocol().ok().as_deref() != Some("file:") {
        Origin::Web
    } else if is_firefox() {
        Origin::FilePerPath
    } else {
        Origin::FileShared
    }
}

/// Firefox (Gecko): storage per file path from file://, and no `@page` margin boxes when printing.
/// Chromium-based browsers say "like Gecko"; Firefox alone says "Firefox/" (also on Android and ESR).
pub fn is_firefox() -> bool {
    // Read through Reflect: web-sys's Navigator feature for one string is not worth its bindings.
    let global = js_sys::global();
    js_sys::Reflect::get(&global, &"navigator".into())
        .and_then(|n| js_sys::Reflect::get(&n, &"userAgent".into()))
        .ok()
        .and_then(|ua| ua.as_string())
        .is_some_and(|ua| ua.contains("Firefox/"))
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The user has read the notice about opening from a file (in this storage: a copy of the file
/// somewhere else in Firefox sees it again, which is when it matters).
pub fn notice_seen() -> bool {
    storage().is_some_and(|s| s.get_item(NOTICE_KEY).ok().flatten().is_some())
}

pub fn set_notice_seen() {
    if let Some(s) = storage() {
        let _ = s.set_item(NOTICE_KEY, "1");
    }
}
