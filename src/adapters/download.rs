//! Offers a file for download: text (JSON, HTML) or bytes (Word).

use wasm_bindgen::{JsCast, JsValue};

/// A text file (UTF-8).
pub fn download(file_name: &str, mime: &str, contents: &str) -> Result<(), String> {
    save(file_name, mime, &JsValue::from_str(contents))
}

/// A binary file (.docx, .xlsx).
pub fn download_bytes(file_name: &str, mime: &str, contents: &[u8]) -> Result<(), String> {
    save(file_name, mime, &js_sys::Uint8Array::from(contents))
}

fn save(file_name: &str, mime: &str, part: &JsValue) -> Result<(), String> {
    let fail = |_| "Trình duyệt không cho tải tệp xuống.".to_string();
    let parts = js_sys::Array::of1(part);
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_blob_sequence_and_options(&parts, &opts).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("Không có cửa sổ trình duyệt.")?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(fail)?
        .dyn_into()
        .map_err(|_| "lỗi".to_string())?;
    a.set_href(&url);
    a.set_download(file_name);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}
