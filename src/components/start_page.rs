//! Start page: choose a report type, continue or delete a draft, open a file, load a template.

use std::cell::RefCell;
use std::rc::Rc;

use bccds_core::report::{Profile, Report};
use bccds_core::template::{load_template, Template};
use bccds_core::validate::{section_status, validate_on, SectionStatus};
use gloo_file::callbacks::FileReader;
use yew::prelude::*;

use crate::adapters::file::{self, Picked};
use crate::adapters::file_origin::{self, Origin};
use crate::adapters::{clock, storage};
use crate::app::go;
use crate::state::file_kind::{classify, not_a_document_catalogue, not_a_report, not_a_template};
use crate::state::{Action, Route};

#[derive(Properties, PartialEq)]
pub struct StartProps {
    pub send: Callback<Action>,
    pub tab: Rc<str>,
    pub templates: Rc<Vec<Rc<Template>>>,
    pub profile: Rc<Profile>,
    /// The draft open in this tab, if any.
    pub open: Option<String>,
}

/// What the file handlers need.
#[derive(Clone)]
struct Env {
    send: Callback<Action>,
    templates: Rc<Vec<Rc<Template>>>,
    /// An opened file that is already a draft here: the user chooses what to do.
    duplicate: UseStateHandle<Option<Report>>,
}

/// Opens a report as a new draft (the app saves it at once) and shows its overview.
pub(crate) fn open_new(send: &Callback<Action>, report: Report) {
    let id = report.id.clone();
    send.emit(Action::Open {
        report,
        revision: 0,
        unsaved: true,
    });
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

/// What to do with a chosen file; `Err` holds the lines to show the user.
type FileHandler = fn(&Env, Picked) -> Result<(), Vec<String>>;

/// A `change` handler for a file input: reads the file, runs `handle`, shows its complaints.
fn on_file_chosen(
    env: &Env,
    reader: &Rc<RefCell<Option<FileReader>>>,
    file_error: &UseStateHandle<Option<Vec<String>>>,
    handle: FileHandler,
) -> Callback<Event> {
    let (env, reader, file_error) = (env.clone(), reader.clone(), file_error.clone());
    Callback::from(move |e: Event| {
        let (env, file_error) = (env.clone(), file_error.clone());
        env.duplicate.set(None);
        *reader.borrow_mut() = file::read_chosen(&e, move |res| {
            file_error.set(res.map_err(|m| vec![m]).and_then(|f| handle(&env, f)).err());
        });
    })
}

/// An exported JSON or HTML report becomes a new draft (never overwriting one being written).
fn open_report_file(env: &Env, file: Picked) -> Result<(), Vec<String>> {
    if let Some(m) = not_a_report(&file.name, &classify(&file.text)) {
        return Err(vec![m]);
    }
    let report = bccds_core::export::import_file(&file.text).map_err(|e| vec![e.message()])?;
    if !env.templates.iter().any(|t| t.id == report.template_id) {
        return Err(vec![format!(
            "Tệp là báo cáo theo mẫu “{}”, mẫu này chưa có trong ứng dụng. Hãy nạp tệp mẫu trước.",
            report.template_id
        )]);
    }
    // Already a draft in this browser: ask rather than make a silent copy.
    if !report.id.is_empty() && storage::load_draft(&report.id).is_some() {
        env.duplicate.set(Some(report));
        return Ok(());
    }
    open_as_new_draft(&env.send, report);
    Ok(())
}

fn open_as_new_draft(send: &Callback<Action>, mut report: Report) {
    report.id = clock::new_id("bc");
    send.emit(Action::Notice(Some("Đã mở tệp thành một bản nháp mới.".into())));
    open_new(send, report);
}

/// A template file from the province: checked, kept in the browser, offered on the start page.
fn add_template_file(env: &Env, file: Picked) -> Result<(), Vec<String>> {
    if let Some(m) = not_a_template(&file.name, &classify(&file.text)) {
        return Err(vec![m]);
    }
    let t = load_template(&file.text, &bccds_core::builtin::catalogue()).map_err(|errors| {
        std::iter::once("Tệp mẫu có lỗi, chưa nạp:".to_string())
            .chain(errors.iter().map(|e| e.to_string()))
            .collect::<Vec<_>>()
    })?;
    if let Err(m) = storage::save_template(&t.id, &file.text) {
        env.send.emit(Action::SaveFailed(m));
    }
    env.send.emit(Action::Notice(Some(format!("Đã nạp mẫu “{}”.", t.name))));
    env.send.emit(Action::AddTemplate(t));
    Ok(())
}

/// A catalogue of documents (danh mục văn bản) from the province: checked, kept in the browser, used
/// for suggestions and citation checks instead of the built-in one.
fn add_documents_file(env: &Env, file: Picked) -> Result<(), Vec<String>> {
    if let Some(m) = not_a_document_catalogue(&file.name, &classify(&file.text)) {
        return Err(vec![m]);
    }
    let catalogue = bccds_core::citations::DocumentCatalogue::from_json(&file.text).map_err(|errors| {
        std::iter::once("Tệp danh mục văn bản có lỗi, chưa nạp:".to_string())
            .chain(errors)
            .collect::<Vec<_>>()
    })?;
    if let Err(m) = storage::save_documents(&file.text) {
        env.send.emit(Action::SaveFailed(m));
    }
    env.send.emit(Action::Notice(Some(format!(
        "Đã nạp danh mục văn bản: {} văn bản.",
        catalogue.entries.len()
    ))));
    bccds_core::citations::use_catalogue(catalogue);
    Ok(())
}

#[function_component(StartPage)]
pub fn start_page(props: &StartProps) -> Html {
    let send = props.send.clone();
    let duplicate = use_state(|| None::<Report>);
    let env = Env {
        send: send.clone(),
        templates: props.templates.clone(),
        duplicate: duplicate.clone(),
    };
    let refresh = use_state(|| 0u32);
    let confirm_delete = use_state(|| None::<String>);
    let file_error = use_state(|| None::<Vec<String>>);
    let reader = use_mut_ref(|| None::<FileReader>);
    let from_file = *use_memo((), |_| file_origin::origin() != Origin::Web);
    let drafts = storage::list_drafts();
    let _ = *refresh;

    let templates = props.templates.iter().map(|t| {
        let (send, template, profile) = (send.clone(), t.clone(), props.profile.clone());
        let onclick = Callback::from(move |_| {
            let report = Report::new(clock::new_id("bc"), &template, &profile);
            open_new(&send, report);
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
        let template = props.templates.iter().find(|t| t.id == d.report.template_id);
        let (name, progress) = match template {
            Some(t) => {
                let f = validate_on(t, &d.report, clock::today());
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
                let send = send.clone();
                let is_open = props.open.as_deref() == Some(id.as_str());
                Callback::from(move |_| {
                    storage::delete_draft(&id);
                    // Forget it in memory too, or the next edit would save it again.
                    if is_open {
                        send.emit(Action::Close);
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

    let open_file = on_file_chosen(&env, &reader, &file_error, open_report_file);
    let load_template_file = on_file_chosen(&env, &reader, &file_error, add_template_file);
    let load_documents_file = on_file_chosen(&env, &reader, &file_error, add_documents_file);
    let duplicate_box = (*duplicate).clone().map(|report| {
        let name = props
            .templates
            .iter()
            .find(|t| t.id == report.template_id)
            .map_or(String::new(), |t| t.name.clone());
        let unit = report.text("co-quan-ban-hanh").to_string();
        let open_existing = {
            let (duplicate, id) = (duplicate.clone(), report.id.clone());
            Callback::from(move |_| {
                duplicate.set(None);
                go(&Route::Overview { draft: id.clone() });
            })
        };
        let open_copy = {
            let (duplicate, send) = (duplicate.clone(), send.clone());
            Callback::from(move |_| {
                duplicate.set(None);
                open_as_new_draft(&send, report.clone());
            })
        };
        html! {
            <div class="banner warning" role="alert">
                <p><strong>{ "Tệp này là một bản nháp đã có trong trình duyệt" }</strong>{ format!(" (“{name}”{}{unit})." , if unit.is_empty() { "" } else { ", " }) }
                    { " Mở bản nháp đó để soạn tiếp, hay mở tệp thành một bản nháp mới (hai bản riêng)?" }</p>
                <button type="button" class="primary" onclick={open_existing}>{ "Mở bản nháp đã có" }</button>
                <button type="button" class="secondary" onclick={open_copy}>{ "Mở tệp thành bản nháp mới" }</button>
            </div>
        }
    });

    html! {
        <main class="page" id="noi-dung" tabindex="-1">
            <h1>{ "Báo cáo chuyển đổi số" }</h1>
            <p class="lead">{ "Soạn báo cáo chuyển đổi số của UBND xã theo từng mục, số liệu được kiểm tra ngay khi gõ. Bài được lưu tự động trong trình duyệt của máy này." }</p>
            if props.profile.values.is_empty() {
                <p class="banner info">{ "Lần đầu dùng? Hãy nhập " }<a href="#/ho-so">{ "hồ sơ đơn vị" }</a>{ " (tên UBND, địa danh, người ký, nơi nhận) một lần để điền sẵn vào mọi báo cáo." }</p>
            }
            if let Some(errs) = (*file_error).clone() {
                <div class="error-summary" role="alert"><h2>{ "Không mở được tệp" }</h2><ul>{ for errs.iter().map(|e| html! { <li>{ e }</li> }) }</ul></div>
            }
            if let Some(d) = duplicate_box { { d } }
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
                <p><a class="button secondary" id="mo-tao-tu-truoc" href={Route::CarryForward.to_hash()}>{ "Tạo từ báo cáo trước" }</a>
                    { " Chép đơn vị, người ký, nơi nhận và số liệu của một báo cáo kỳ trước (bản nháp hoặc tệp đã xuất) sang báo cáo kỳ này." }</p>
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
                <p>
                    <label for="nap-danh-muc">{ "Nạp danh mục văn bản thường trích dẫn (tệp .json do Sở cung cấp; dùng để gợi ý và kiểm tra số, ngày văn bản):" }</label>
                    <input id="nap-danh-muc" type="file" accept=".json,application/json" onchange={load_documents_file} />
                </p>
                if from_file {
                    // The single file holds the commune's app only: links to the Sở's pages would lead nowhere.
                    <p id="trang-cua-so">{ "Trang tổng hợp nhiều báo cáo và trang soạn mẫu báo cáo (dành cho Sở, Phòng chuyên môn) không có trong tệp này: hãy mở ứng dụng bằng địa chỉ trang web mà Sở cung cấp." }</p>
                } else {
                    <p><a id="mo-tong-hop" href="tong-hop/index.html">{ "Tổng hợp nhiều báo cáo các xã gửi về (dành cho Sở, Phòng chuyên môn)" }</a></p>
                    <p><a id="mo-soan-mau" href="soan-mau/index.html">{ "Soạn mẫu báo cáo cho kỳ sau (dành cho Sở, Phòng chuyên môn)" }</a></p>
                }
            </section>
        </main>
    }
}
