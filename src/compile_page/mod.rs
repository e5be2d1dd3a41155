//! The compilation page (trang tổng hợp báo cáo) for the Sở's officer: its own page of the build
//! (`compile/index.html`, binary `tong-hop`), so its code never weighs on the commune's first load.
//! All figures come from `bccds_core::compile`; this folder only shows them and sends messages.

mod files;
mod page;
mod state;
mod views;

/// Mounts the compilation page on the body.
pub fn start() {
    yew::Renderer::<page::CompilePage>::new().render();
}
