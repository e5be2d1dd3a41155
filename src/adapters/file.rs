//! Reading the file a user picked in an `<input type="file">`.

use gloo_file::callbacks::FileReader;

/// A file the user picked: its name and its text.
pub struct Picked {
    pub name: String,
    pub text: String,
}

/// Reads the chosen file as text and calls `done` with it (or a Vietnamese message).
/// Keep the returned reader alive until `done` runs; the input is cleared so the same
/// file can be picked again.
pub fn read_chosen(event: &web_sys::Event, done: impl FnOnce(Result<Picked, String>) + 'static) -> Option<FileReader> {
    use wasm_bindgen::JsCast;
    let input: web_sys::HtmlInputElement = event.target()?.dyn_into().ok()?;
    let file = input.files().and_then(|l| l.get(0))?;
    let name = file.name();
    let reader = gloo_file::callbacks::read_as_text(&gloo_file::File::from(file), move |res| {
        done(
            res.map(|text| Picked { name, text })
                .map_err(|_| "Không đọc được tệp.".to_string()),
        )
    });
    input.set_value("");
    Some(reader)
}
