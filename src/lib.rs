//! Báo cáo chuyển đổi số — the web app (thin UI over `bccds-core`).
//!
//! `state` holds the one report state and its reducer; `components` show it and send actions;
//! `adapters` wrap the browser (storage, downloads, address, focus).

pub mod adapters;
pub mod app;
pub mod compile_page;
pub mod components;
pub mod state;

/// Mounts the app on the page's body.
pub fn start() {
    yew::Renderer::<app::App>::new().render();
}
