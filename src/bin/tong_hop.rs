//! The compilation page's binary (trang tổng hợp báo cáo), built as its own page of the site.
fn main() {
    bao_cao_cds::compile_page::start();
}
