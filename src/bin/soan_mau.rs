//! The template editor's binary (trang soạn mẫu báo cáo), built as its own page of the site.
fn main() {
    bao_cao_cds::editor_page::start();
}
