//! The template editor page (Soạn mẫu báo cáo), its own page of the build (`editor/index.html`,
//! binary `soan-mau`): a province officer turns the Công văn's outline into a template file
//! without writing JSON. All rules live in `bccds_core::editor`; this shows them and sends edits.

mod inputs;
mod page;
mod preview;
mod rules;
mod sections;
mod start;
mod state;

/// Mounts the editor on the page's body.
pub fn start() {
    yew::Renderer::<page::EditorPage>::new().render();
}
