//! When the app runs from the single file (`file://`): a one-time notice about where drafts are kept,
//! and "save a copy of this draft as a file" (the JSON export, which the start page re-opens) on every
//! page while a draft is open. Nothing shows when the app is opened from a web address.

use std::rc::Rc;

use bccds_core::export::{export_json, file_name};
use bccds_core::report::Report;
use bccds_core::template::Template;
use bccds_core::validate::validate_on;
use yew::prelude::*;

use crate::adapters::file_origin::{self, Origin};
use crate::adapters::{clock, download};

#[derive(Properties)]
pub struct FileCopyProps {
    pub templates: Rc<Vec<Rc<Template>>>,
    /// The report being edited, if any (shared with the state: compared by address).
    pub report: Option<Rc<Report>>,
}

impl PartialEq for FileCopyProps {
    fn eq(&self, other: &Self) -> bool {
        // The list only changes as a whole (a template loaded): no need to compare its contents. The
        // report is compared by address (a keystroke makes a new one; comparing contents walked it).
        let same_report = match (&self.report, &other.report) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (a, b) => a.is_none() && b.is_none(),
        };
        Rc::ptr_eq(&self.templates, &other.templates) && same_report
    }
}

/// Said once per storage when opened from a file.
const SHARED_NOTICE: &str = "Bạn đang dùng ứng dụng từ tệp trên máy, không cần mạng. Bản nháp được lưu trong trình duyệt này, trên máy này. Để chuyển sang máy khác, gửi đi hoặc giữ phòng khi trình duyệt bị xóa dữ liệu, hãy lưu bản sao bản nháp thành tệp (.json); mở lại tệp đó ở Trang đầu → “Mở tệp” sẽ khôi phục toàn bộ.";
const PER_PATH_NOTICE: &str = "Bạn đang dùng ứng dụng từ tệp trên máy bằng Firefox. Firefox chỉ giữ bản nháp cho đúng tệp này ở đúng chỗ này: nếu tệp bị đổi tên, chuyển sang thư mục khác hoặc tải về lại, bản nháp sẽ không hiện ở bản đó. Hãy lưu bản sao bản nháp thành tệp (.json); mở lại tệp đó ở Trang đầu → “Mở tệp” sẽ khôi phục toàn bộ.";

#[function_component(FileCopyBar)]
pub fn file_copy_bar(props: &FileCopyProps) -> Html {
    let origin = *use_memo((), |_| file_origin::origin());
    let seen = use_state(file_origin::notice_seen);
    let result = use_state(|| None::<Result<String, String>>);
    if origin == Origin::Web {
        return html! {};
    }
    let notice = (!*seen).then(|| {
        let seen = seen.clone();
        let dismiss = Callback::from(move |_| {
            file_origin::set_notice_seen();
            seen.set(true);
        });
        let text = if origin == Origin::FilePerPath {
            PER_PATH_NOTICE
        } else {
            SHARED_NOTICE
        };
        html! {
            <div class="banner info file-notice" role="status">
                <p>{ text }</p>
                <button type="button" class="secondary" onclick={dismiss}>{ "Đã hiểu" }</button>
            </div>
        }
    });
    let save = props
        .report
        .as_ref()
        .and_then(|r| Some((props.templates.iter().find(|t| t.id == r.template_id)?.clone(), r.clone())))
        .map(|(template, report)| {
            let onclick = {
                let result = result.clone();
                Callback::from(move |_| {
                    let name = file_name(&template, &report, "json");
                    let json = export_json(&template, &report, &validate_on(&template, &report, clock::today()), &clock::now_iso());
                    result.set(Some(download::download(&name, "application/json", &json).map(|_| name)));
                })
            };
            html! {
                <div class="file-copy">
                    <button type="button" class="secondary" id="luu-ban-sao" onclick={onclick}>{ "Lưu bản sao bản nháp thành tệp (.json)" }</button>
                    { match &*result {
                        Some(Ok(name)) => html! { <span role="status">{ format!(" Đã tạo tệp {name} (thường ở thư mục Tải về).") }</span> },
                        Some(Err(m)) => html! { <span class="error" role="alert">{ format!(" {m}") }</span> },
                        None => html! {},
                    } }
                </div>
            }
        });
    html! { <>if let Some(n) = notice { { n } }if let Some(s) = save { { s } }</> }
}

/// Under the print button on the review page: Firefox prints no page numbers (it lacks `@page`
/// margin boxes, where the document puts them); the rest of the layout prints the same.
#[function_component(PrintNote)]
pub fn print_note() -> Html {
    if !*use_memo((), |_| file_origin::is_firefox()) {
        return html! {};
    }
    html! {
        <p class="small print-note">{ "Firefox không in số trang ở đầu mỗi trang; bố cục khác vẫn đúng. Cần số trang thì in bằng Chrome, Edge hoặc Cốc Cốc." }</p>
    }
}
