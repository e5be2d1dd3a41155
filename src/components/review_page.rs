//! Review page ("check your answers"): the document exactly as it prints, every open
//! finding linked to its field, and the exports.

use bccds_core::document::period_year;
use bccds_core::docx::{render_docx, DOCX_MIME};
use bccds_core::export::{export_json, file_name};
use bccds_core::render::{render_document, render_document_with, RenderOptions};
use std::rc::Rc;

use bccds_core::report::Report;
use bccds_core::template::{Severity, Template};
use bccds_core::validate::validate_on;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::ByAddress;

use super::summary::ErrorSummary;
use crate::adapters::{clock, download};
use crate::state::{Action, Route};

#[derive(Properties, PartialEq)]
pub struct ReviewProps {
    pub report: Rc<Report>,
    pub send: Callback<Action>,
    /// Compared by address: a template never changes while it is shown.
    pub template: ByAddress<Template>,
}

#[derive(Clone, Copy, PartialEq)]
enum Export {
    Json,
    Html,
    /// The HTML with the accepted warnings and their reasons (bản kèm ghi chú kiểm tra).
    HtmlWithNotes,
    Docx,
}

#[function_component(ReviewPage)]
pub fn review_page(props: &ReviewProps) -> Html {
    let pending = use_state(|| None::<Export>);
    let result = use_state(|| None::<Result<String, String>>);
    {
        let send = props.send.clone();
        use_effect_with((), move |_| {
            send.emit(Action::RequestFinish);
            crate::adapters::focus::focus_id("noi-dung");
        });
    }
    let (template, report) = (&props.template.0, &props.report);
    // Validated and rendered once per version of the report, not on every render of the page.
    let checked = {
        let t = template.clone();
        use_memo((ByAddress(template.clone()), report.clone()), move |(_, r)| {
            let findings = validate_on(&t, r, clock::today());
            let document = render_document(&t, r, &findings);
            (findings, document)
        })
    };
    let (findings, document) = (&checked.0, checked.1.clone());
    let errors: Vec<_> = findings.iter().filter(|f| f.severity == Severity::Error).collect();

    let run_export = {
        let template = template.clone();
        let report = report.clone();
        let findings = findings.clone();
        let result = result.clone();
        let pending = pending.clone();
        move |kind: Export| {
            let now = clock::now_iso();
            let outcome = match kind {
                Export::Json => {
                    let name = file_name(&template, &report, "json");
                    download::download(
                        &name,
                        "application/json",
                        &export_json(&template, &report, &findings, &now),
                    )
                    .map(|_| name)
                }
                Export::Html => {
                    let name = file_name(&template, &report, "html");
                    let html = render_document_with(&template, &report, &findings, &RenderOptions::final_print(&now));
                    download::download(&name, "text/html", &html).map(|_| name)
                }
                Export::HtmlWithNotes => {
                    let name = file_name(&template, &report, "html").replace(".html", "-kem-ghi-chu.html");
                    let html =
                        render_document_with(&template, &report, &findings, &RenderOptions::with_review_notes(&now));
                    download::download(&name, "text/html", &html).map(|_| name)
                }
                Export::Docx => {
                    let name = file_name(&template, &report, "docx");
                    let docx = render_docx(&template, &report, &findings, &RenderOptions::final_print(&now));
                    download::download_bytes(&name, DOCX_MIME, &docx).map(|_| name)
                }
            };
            result.set(Some(outcome));
            pending.set(None);
        }
    };
    let has_errors = !errors.is_empty();
    let has_accepted = findings.iter().any(|f| f.accepted.is_some());
    let ask = |kind: Export| {
        let pending = pending.clone();
        let run = run_export.clone();
        Callback::from(move |_| if has_errors { pending.set(Some(kind)) } else { run(kind) })
    };
    let print = Callback::from(|_| {
        let frame = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("van-ban"))
            .and_then(|e| e.dyn_into::<web_sys::HtmlIFrameElement>().ok())
            .and_then(|f| f.content_window());
        if let Some(w) = frame {
            let _ = w.print();
        }
    });
    let confirm = pending.map(|kind| {
        let run = run_export.clone();
        let cancel = {
            let pending = pending.clone();
            Callback::from(move |_| pending.set(None))
        };
        html! {
            <div class="banner warning" role="alert">
                <p><strong>{ format!("Báo cáo còn {} lỗi chưa sửa.", errors.len()) }</strong>{ " Vẫn có thể xuất, các lỗi sẽ được ghi trong tệp JSON. Nên sửa trước khi gửi:" }</p>
                <ul>{ for errors.iter().map(|e| html! { <li>{ &e.message }</li> }) }</ul>
                <button type="button" class="primary" onclick={Callback::from(move |_| run(kind))}>{ "Vẫn xuất tệp" }</button>
                <button type="button" class="secondary" onclick={cancel}>{ "Quay lại sửa" }</button>
            </div>
        }
    });
    let id = report.id.clone();
    html! {
        <main class="page wide" id="noi-dung" tabindex="-1">
            <p class="crumbs"><a href={Route::Overview { draft: id.clone() }.to_hash()}>{ format!("← {}", template.name) }</a></p>
            <h1>{ "Xem lại và xuất báo cáo" }</h1>
            <p class="period" id="ky-bao-cao">{ period_line(report) }</p>
            <ErrorSummary draft={id.clone()} findings={findings.clone()} title={open_title(errors.len(), findings.iter().filter(|f| f.is_open() && f.severity == Severity::Warning).count())} />
            if findings.iter().all(|f| !f.is_open()) {
                <p class="banner info" role="status">{ "Không còn lỗi nào. Báo cáo sẵn sàng để xuất." }</p>
            }
            <div class="exports">
                <button type="button" class="primary" onclick={ask(Export::Html)}>{ "Tải văn bản để in (.html)" }</button>
                <button type="button" onclick={ask(Export::Docx)}>{ "Tải bản Word (.docx)" }</button>
                <button type="button" onclick={ask(Export::Json)}>{ "Tải dữ liệu (.json)" }</button>
                if has_accepted {
                    <button type="button" class="secondary" onclick={ask(Export::HtmlWithNotes)}>{ "Tải bản kèm ghi chú kiểm tra (.html)" }</button>
                }
                <button type="button" class="secondary" onclick={print}>{ "In ngay" }</button>
            </div>
            <super::file_copy::PrintNote />
            if let Some(c) = confirm { { c } }
            { match &*result {
                Some(Ok(name)) => html! { <p class="banner info" role="status">{ format!("Đã tạo tệp {name}.") }</p> },
                Some(Err(m)) => html! { <p class="banner error" role="alert">{ m.clone() }</p> },
                None => html! {},
            } }
            <h2>{ "Văn bản như khi in" }</h2>
            <iframe id="van-ban" class="document" title="Văn bản báo cáo như khi in" srcdoc={document}></iframe>
        </main>
    }
}

/// "Kỳ báo cáo: năm 2026 (theo ngày báo cáo)": the year every "năm {nam}" of the template prints.
fn period_line(report: &bccds_core::report::Report) -> String {
    let typed = !report
        .text(bccds_core::template::frame_ids::PERIOD_YEAR)
        .trim()
        .is_empty();
    match (period_year(report), typed) {
        (Some(y), true) => format!("Kỳ báo cáo: năm {y}."),
        (Some(y), false) => format!("Kỳ báo cáo: năm {y} (theo ngày báo cáo; sửa ở mục “Thông tin văn bản” nếu khác)."),
        (None, _) => "Kỳ báo cáo: chưa có năm — nhập ngày báo cáo ở mục “Thông tin văn bản”.".to_string(),
    }
}

/// "Còn 2 lỗi và 1 cảnh báo chưa xử lý", leaving out a zero part.
fn open_title(errors: usize, warnings: usize) -> Option<String> {
    match (errors, warnings) {
        (0, 0) => None,
        (e, 0) => Some(format!("Còn {e} lỗi chưa sửa")),
        (0, w) => Some(format!("Còn {w} cảnh báo chưa xử lý")),
        (e, w) => Some(format!("Còn {e} lỗi và {w} cảnh báo chưa xử lý")),
    }
}
