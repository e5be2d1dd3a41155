//! Start page: choose a report type, continue or delete a draft, open a file, load a template.

use std::cell::RefCell;
use std::rc::Rc;

use bccds_core::report::Report;
use bccds_core::template::load_template;
use bccds_core::validate::{section_status, validate, SectionStatus};
use gloo_file::callbacks::FileReader;
use yew::prelude::*;

use crate::adapters::{clock, file, storage};
use crate::app::{go, Ctx};
use crate::state::{Action, Route};

#[derive(Properties, PartialEq)]
pub struct StartProps {
    pub ctx: Ctx,
}

/// Saves a report as a new draft and opens its overview.
fn open_new(ctx: &Ctx, report: Report) {
    let record = storage::StoredDraft {
        report: report.clone(),
        revision: 1,
        tab: ctx.tab.to_string(),
        updated_ms: clock::now_ms(),
    };
    if let Err(m) = storage::save_draft(&record) {
        ctx.app.dispatch(Action::SaveFailed(m));
    }
    let id = report.id.clone();
    ctx.app.dispatch(Action::Open { report, revision: 1 });
    go(&Route::Overview { draft: id });
}

fn date_label(ms: f64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    format!(
        "{:02}/{:02}/{} {:02}:{:02}",
        d.get_date(),
        d.get_month() + 1,
        d.get_full_year(),
        d.get_hours(),
        d.get_minutes()
    )
}

/// What to do with the text of a chosen file; `Err` holds the lines to show the user.
type FileHandler = fn(&Ctx, String) -> Result<(), Vec<String>>;

/// A `change` handler for a file input: reads the file, runs `handle`, shows its complaints.
fn on_file_chosen(
    ctx: &Ctx,
    reader: &Rc<RefCell<Option<FileReader>>>,
    file_error: &UseStateHandle<Option<Vec<String>>>,
    handle: FileHandler,
) -> Callback<Event> {
    let (ctx, reader, file_error) = (ctx.clone(), reader.clone(), file_error.clone());
    Callback::from(move |e: Event| {
        let (ctx, file_error) = (ctx.clone(), file_error.clone());
        *reader.borrow_mut() = file::read_chosen(&e, move |res| {
            file_error.set(res.map_err(|m| vec![m]).and_then(|text| handle(&ctx, text)).err());
        });
    })
}

/// An exported JSON or HTML report becomes a new draft (never overwriting one being written).
fn open_report_file(ctx: &Ctx, text: String) -> Result<(), Vec<String>> {
    let mut report = bccds_core::export::import_file(&text).map_err(|e| vec![e.message()])?;
    if !ctx.app.templates.iter().any(|t| t.id == report.template_id) {
        return Err(vec![format!(
            "Tệp là báo cáo theo mẫu “{}”, mẫu này chưa có trong ứng dụng. Hãy nạp tệp mẫu trước.",
            report.template_id
        )]);
    }
    report.id = clock::new_id("bc");
    ctx.app
        .dispatch(Action::Notice(Some("Đã mở tệp thành một bản nháp mới.".into())));
    open_new(ctx, report);
    Ok(())
}

/// A template file from the province: checked, kept in the browser, offered on the start page.
fn add_template_file(ctx: &Ctx, text: String) -> Result<(), Vec<String>> {
    let t = load_template(&text, &bccds_core::builtin::catalogue()).map_err(|errors| {
        std::iter::once("Tệp mẫu có lỗi, chưa nạp:".to_string())
            .chain(errors.iter().map(|e| e.to_string()))
            .collect::<Vec<_>>()
    })?;
    if let Err(m) = storage::save_template(&t.id, &text) {
        ctx.app.dispatch(Action::SaveFailed(m));
    }
    ctx.app
        .dispatch(Action::Notice(Some(format!("Đã nạp mẫu “{}”.", t.name))));
    ctx.app.dispatch(Action::AddTemplate(t));
    Ok(())
}

#[function_component(StartPage)]
pub fn start_page(props: &StartProps) -> Html {
    let ctx = props.ctx.clone();
    let refresh = use_state(|| 0u32);
    let confirm_delete = use_state(|| None::<String>);
    let file_error = use_state(|| None::<Vec<String>>);
    let reader = use_mut_ref(|| None::<FileReader>);
    let drafts = storage::list_drafts();
    let _ = *refresh;

    let templates = ctx.app.templates.iter().map(|t| {
        let ctx = ctx.clone();
        let template = t.clone();
        let onclick = Callback::from(move |_| {
            let report = Report::new(clock::new_id("bc"), &template, &ctx.app.profile);
            open_new(&ctx, report);
        });
        html! {
            <li class="card">
                <h3>{ &t.name }</h3>
                <p>{ &t.description }</p>
                <button type="button" class="primary" {onclick} aria-label={format!("Bắt đầu báo cáo: {}", t.name)}>{ "Bắt đầu" }</button>
            </li>
        }
    });

    let draft_rows = drafts.iter().map(|d| {
        let id = d.report.id.clone();
        let template = ctx.app.templates.iter().find(|t| t.id == d.report.template_id);
        let (name, progress) = match template {
            Some(t) => {
                let f = validate(t, &d.report);
                let done = t.sections.iter().filter(|s| section_status(s, &d.report, &f) == SectionStatus::Complete).count();
                (t.name.clone(), format!("{done}/{} mục", t.sections.len()))
            }
            None => (format!("Mẫu “{}” (chưa nạp)", d.report.template_id), "—".into()),
        };
        let unit = d.report.text("co-quan-ban-hanh").to_string();
        let asking = confirm_delete.as_deref() == Some(id.as_str());
        let actions = if asking {
            let yes = {
                let id = id.clone();
                let confirm = confirm_delete.clone();
                let refresh = refresh.clone();
                let app = ctx.app.clone();
                Callback::from(move |_| {
                    storage::delete_draft(&id);
                    // Forget it in memory too, or the next edit would save it again.
                    if app.draft.as_ref().is_some_and(|d| d.report.id == id) {
                        app.dispatch(Action::Close);
                    }
                    confirm.set(None);
                    refresh.set(*refresh + 1);
                })
            };
            let no = {
                let confirm = confirm_delete.clone();
                Callback::from(move |_| confirm.set(None))
            };
            html! {
                <div class="confirm" role="alert">
                    <p>{ "Xóa hẳn bản nháp này? Không thể khôi phục." }</p>
                    <button type="button" class="danger" onclick={yes}>{ "Xóa hẳn" }</button>
                    <button type="button" class="secondary" onclick={no}>{ "Không xóa" }</button>
                </div>
            }
        } else {
            let ask = {
                let id = id.clone();
                let confirm = confirm_delete.clone();
                Callback::from(move |_| confirm.set(Some(id.clone())))
            };
            html! {
                <>
                    <a class="button" href={Route::Overview { draft: id.clone() }.to_hash()}>{ "Tiếp tục" }</a>
                    <button type="button" class="secondary" onclick={ask} aria-label={format!("Xóa bản nháp {name}")}>{ "Xóa" }</button>
                </>
            }
        };
        html! {
            <tr>
                <td>{ name.clone() }</td>
                <td>{ unit }</td>
                <td>{ date_label(d.updated_ms) }</td>
                <td>{ progress }</td>
                <td class="actions">{ actions }</td>
            </tr>
        }
    });

    let open_file = on_file_chosen(&ctx, &reader, &file_error, open_report_file);
    let load_template_file = on_file_chosen(&ctx, &reader, &file_error, add_template_file);

    html! {
        <main class="page" id="noi-dung" tabindex="-1">
            <h1>{ "Báo cáo chuyển đổi số" }</h1>
            <p class="lead">{ "Soạn báo cáo chuyển đổi số của UBND xã theo từng mục, số liệu được kiểm tra ngay khi gõ. Bài được lưu tự động trong trình duyệt của máy này." }</p>
            if ctx.app.profile.values.is_empty() {
                <p class="banner info">{ "Lần đầu dùng? Hãy nhập " }<a href="#/ho-so">{ "hồ sơ đơn vị" }</a>{ " (tên UBND, địa danh, người ký, nơi nhận) một lần để điền sẵn vào mọi báo cáo." }</p>
            }
            if let Some(errs) = (*file_error).clone() {
                <div class="error-summary" role="alert"><h2>{ "Không mở được tệp" }</h2><ul>{ for errs.iter().map(|e| html! { <li>{ e }</li> }) }</ul></div>
            }
            <section aria-labelledby="ban-nhap">
                <h2 id="ban-nhap">{ "Bản nháp đang soạn" }</h2>
                if drafts.is_empty() {
                    <p>{ "Chưa có bản nháp nào." }</p>
                } else {
                    <table class="drafts">
                        <thead><tr><th scope="col">{ "Loại báo cáo" }</th><th scope="col">{ "Đơn vị" }</th><th scope="col">{ "Sửa lần cuối" }</th><th scope="col">{ "Tiến độ" }</th><th scope="col">{ "Thao tác" }</th></tr></thead>
                        <tbody>{ for draft_rows }</tbody>
                    </table>
                }
            </section>
            <section aria-labelledby="loai-bao-cao">
                <h2 id="loai-bao-cao">{ "Tạo báo cáo mới" }</h2>
                <ul class="cards">{ for templates }</ul>
            </section>
            <section aria-labelledby="mo-tep">
                <h2 id="mo-tep">{ "Mở tệp" }</h2>
                <p>
                    <label for="mo-tep-bao-cao">{ "Mở báo cáo đã xuất (tệp .json hoặc .html):" }</label>
                    <input id="mo-tep-bao-cao" type="file" accept=".json,.html,.htm,application/json,text/html" onchange={open_file} />
                </p>
                <p>
                    <label for="nap-mau">{ "Nạp mẫu báo cáo mới (tệp .json do Sở cung cấp):" }</label>
                    <input id="nap-mau" type="file" accept=".json,application/json" onchange={load_template_file} />
                </p>
                <p><a id="mo-tong-hop" href="tong-hop/index.html">{ "Tổng hợp nhiều báo cáo các xã gửi về (dành cho Sở, Phòng chuyên môn)" }</a></p>
            </section>
        </main>
    }
}
