//! Reading many chosen or dropped files: one reader per file, each result sent as a message as it
//! arrives, so the page shows "Đã đọc 37/100 tệp" and never blocks the tab on the whole batch.

use gloo_file::callbacks::FileReader;
use wasm_bindgen::JsCast;

/// The files of an `<input type="file" multiple>` (a folder's files too, with `webkitdirectory`),
/// then clears the input so the same files can be chosen again.
pub fn chosen(event: &web_sys::Event) -> Vec<web_sys::File> {
    let Some(input) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let files = list(input.files());
    input.set_value("");
    files
}

/// The files dropped on the page.
pub fn dropped(event: &web_sys::DragEvent) -> Vec<web_sys::File> {
    list(event.data_transfer().and_then(|d| d.files()))
}

fn list(files: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(files) = files else { return Vec::new() };
    (0..files.length())
        .filter_map(|i| files.get(i))
        .filter(|f| {
            // A folder brings everything in it: keep what can be a report.
            let n = f.name().to_lowercase();
            n.ends_with(".json") || n.ends_with(".html") || n.ends_with(".htm")
        })
        .collect()
}

/// Starts reading every file; `done(name, text)` runs once per file. Keep the readers until then.
pub fn read_all(
    files: Vec<web_sys::File>,
    done: impl Fn(String, Result<String, String>) + Clone + 'static,
) -> Vec<FileReader> {
    files
        .into_iter()
        .map(|f| {
            let name = f.name();
            let done = done.clone();
            gloo_file::callbacks::read_as_text(&gloo_file::File::from(f), move |res| {
                done(
                    name,
                    res.map_err(|_| {
                        "Trình duyệt không đọc được tệp này (tệp bị khóa, đã bị xóa hoặc không phải văn bản)."
                            .to_string()
                    }),
                )
            })
        })
        .collect()
}
