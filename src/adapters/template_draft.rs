//! The template being written in the editor (mẫu đang soạn), kept in localStorage on every edit
//! so a closed tab, a crash or a reboot never loses it. One work in progress per browser.

use bccds_core::template::TemplateSpec;

use super::storage::UNAVAILABLE;

const KEY: &str = "bccds.editor.draft";

fn raw() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The saved work in progress, if any and readable.
pub fn load() -> Option<TemplateSpec> {
    let text = raw()?.get_item(KEY).ok().flatten()?;
    serde_json::from_str(&text).ok()
}

/// Saves the work in progress; a Vietnamese message when the browser refuses.
pub fn save(spec: &TemplateSpec) -> Result<(), String> {
    let storage = raw().ok_or(UNAVAILABLE)?;
    let text = serde_json::to_string(spec).map_err(|_| UNAVAILABLE.to_string())?;
    storage.set_item(KEY, &text).map_err(|_| {
        "Bộ nhớ trình duyệt không cho lưu nên mẫu đang soạn CHƯA được lưu. Hãy tải tệp mẫu để giữ bài.".to_string()
    })
}

/// Asks the user to confirm (a browser dialog); true when there is no window to ask in.
pub fn confirm(message: &str) -> bool {
    web_sys::window().is_none_or(|w| w.confirm_with_message(message).unwrap_or(false))
}
