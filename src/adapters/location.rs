//! The address after "#": read it, change it, hear when it changes.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub fn hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

pub fn set_hash(hash: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(hash);
    }
}

/// Calls `f` on every `hashchange`; the returned guard removes the listener when dropped.
pub struct Listener {
    event: &'static str,
    closure: Closure<dyn FnMut(web_sys::Event)>,
}

impl Listener {
    pub fn new(event: &'static str, f: impl FnMut(web_sys::Event) + 'static) -> Listener {
        let closure = Closure::<dyn FnMut(web_sys::Event)>::new(f);
        if let Some(w) = web_sys::window() {
            let _ = w.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
        }
        Listener { event, closure }
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            let _ = w.remove_event_listener_with_callback(self.event, self.closure.as_ref().unchecked_ref());
        }
    }
}

/// The key and new value of a `storage` event (another tab wrote to localStorage).
pub fn storage_event_key(e: &web_sys::Event) -> Option<(String, Option<String>)> {
    let se = e.dyn_ref::<web_sys::StorageEvent>()?;
    Some((se.key()?, se.new_value()))
}

/// Asks the browser to print the given frame or the page.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
