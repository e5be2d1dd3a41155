//! Moving keyboard focus to a field, also across a page change (error summary links).

use std::cell::RefCell;

use wasm_bindgen::JsCast;

thread_local! {
    static PENDING: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// DOM id of the input for a field path ("can-cu/0/ngay" → "f-can-cu-0-ngay").
pub fn input_id(path: &str) -> String {
    format!("f-{}", path.replace('/', "-"))
}

/// DOM id of the message shown next to a field.
pub fn message_id(path: &str) -> String {
    format!("m-{}", path.replace('/', "-"))
}

/// Focuses the element now if it exists, otherwise after the next page render.
pub fn focus_field(path: &str) {
    let id = input_id(path);
    if !try_focus(&id) {
        PENDING.with(|p| *p.borrow_mut() = Some(id));
    }
}

/// Focuses the element with DOM id `id` now, or after the next render if it is not there yet.
pub fn focus_field_id(id: &str) {
    if !try_focus(id) {
        PENDING.with(|p| *p.borrow_mut() = Some(id.to_string()));
    }
}

/// Called by pages after they render.
pub fn apply_pending() {
    if let Some(id) = PENDING.with(|p| p.borrow_mut().take()) {
        if !try_focus(&id) {
            PENDING.with(|p| *p.borrow_mut() = Some(id));
        }
    }
}

fn try_focus(id: &str) -> bool {
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match el {
        Some(e) => {
            e.scroll_into_view();
            e.focus().is_ok()
        }
        None => false,
    }
}

/// Focuses an element by DOM id (headings after navigation, for screen readers).
pub fn focus_id(id: &str) {
    try_focus(id);
}
