//! The page: one reducer state, autosaved on every change; the loader's verdict computed on render.

use bccds_core::builtin::catalogue;
use bccds_core::editor::{check, new_template, place_of, readable, template_file, Edit, Place};
use bccds_core::template::frame_ids;
use yew::prelude::*;

use super::inputs::{errors_here, text_area, text_input};
use super::state::{EditorState, Msg};
use super::{preview, rules, sections, start};
use crate::adapters::{download, template_draft};

/// Loader errors with the part of the spec each is about.
pub type Errors = Vec<(Place, String)>;

/// The messages for one place.
pub fn at(errors: &Errors, place: Place) -> Vec<String> {
    errors
        .iter()
        .filter(|(p, _)| *p == place)
        .map(|(_, m)| m.clone())
        .collect()
}

#[function_component(EditorPage)]
pub fn editor_page() -> Html {
    let state =
        use_reducer(|| EditorState::new(template_draft::load().unwrap_or_else(|| new_template("Mẫu báo cáo mới"))));
    let cat = use_memo((), |_| catalogue());
    let send: Callback<Msg> = {
        let state = state.clone();
        Callback::from(move |m| state.dispatch(m))
    };
    {
        // Autosave: every change of the spec is written at once.
        let send = send.clone();
        use_effect_with(state.spec.clone(), move |spec| {
            send.emit(Msg::SaveFailed(template_draft::save(spec).err()));
        });
    }
    let checked = check(&state.spec, &cat);
    let errors: Errors = match &checked {
        Ok(_) => Vec::new(),
        Err(es) => es
            .iter()
            .map(|e| (place_of(&state.spec, e), readable(&state.spec, &e.message)))
            .collect(),
    };
    let template = checked.ok();
    let edit = |make: fn(String) -> Edit| {
        let send = send.clone();
        Callback::from(move |v: String| send.emit(Msg::Edit(make(v))))
    };
    let frame_default = |key: &'static str| {
        let send = send.clone();
        Callback::from(move |value: String| {
            send.emit(Msg::Edit(Edit::SetFrameDefault {
                key: key.to_string(),
                value,
            }))
        })
    };
    let spec = &state.spec;
    let default_of = |key: &str| spec.frame_defaults.get(key).cloned().unwrap_or_default();
    let publish = {
        let spec = spec.clone();
        let send = send.clone();
        Callback::from(move |_| {
            let name = format!("{}-v{}.json", spec.id, spec.version);
            if let Err(m) = download::download(&name, "application/json", &template_file(&spec)) {
                send.emit(Msg::SaveFailed(Some(m)));
            }
        })
    };
    let toggle_json = {
        let send = send.clone();
        Callback::from(move |_| send.emit(Msg::ToggleJson))
    };
    html! {
        <>
        <header class="brand"><a href="../">{ "Báo cáo chuyển đổi số" }</a>{ " › Soạn mẫu báo cáo" }</header>
        <main class="page editor" id="noi-dung">
            <h1>{ "Soạn mẫu báo cáo" }</h1>
            <p class="lead">{ "Dựng mẫu báo cáo cho kỳ tới theo đề cương của Công văn, rồi tải tệp mẫu gửi các xã. Mọi thay đổi được lưu ngay trong trình duyệt này." }</p>
            if let Some(r) = &state.refused {
                <div class="banner warning" role="alert">{ r }</div>
            }
            if let Some(e) = &state.save_error {
                <div class="banner error" role="alert">{ e }</div>
            }
            { start::view(&state, &send) }
            <section class="card" aria-labelledby="thong-tin-mau">
                <h2 id="thong-tin-mau">{ format!("Thông tin mẫu (phiên bản {})", spec.version) }</h2>
                { errors_here(&at(&errors, Place::Template)) }
                { text_input("ten-mau", "Tên mẫu báo cáo", &spec.name, edit(Edit::SetName)) }
                { text_input("mo-ta-mau", "Mô tả ngắn (hiện dưới tên mẫu)", &spec.description, edit(Edit::SetDescription)) }
                { text_input("mac-dinh-trich-yeu", "Trích yếu mặc định", &default_of(frame_ids::SUMMARY), frame_default(frame_ids::SUMMARY)) }
                { text_area("mac-dinh-mo-dau", "Câu mở đầu mặc định (trước các mục)", &default_of(frame_ids::OPENING), 2, frame_default(frame_ids::OPENING)) }
                { text_area("mac-dinh-ket-luan", "Câu kết luận mặc định", &default_of(frame_ids::CLOSING), 2, frame_default(frame_ids::CLOSING)) }
            </section>
            <div class="editor-columns">
                <div class="editor-main">
                    { sections::view(&state, &send, &errors, &cat) }
                    { rules::view(spec, &send, &errors) }
                </div>
                <aside class="editor-preview" aria-label="Xem trước">
                    { preview::view(&state, template.as_ref(), &send) }
                </aside>
            </div>
            <section class="card" aria-labelledby="tai-mau">
                <h2 id="tai-mau">{ "Tải tệp mẫu" }</h2>
                if errors.is_empty() {
                    <p>{ "Mẫu không còn lỗi. Tệp tải về nạp được ở trang đầu của ứng dụng (nút “Nạp tệp mẫu”)." }</p>
                } else {
                    <div class="error-summary" role="alert">
                        <h3>{ format!("Mẫu còn {} lỗi, chưa tải được:", errors.len()) }</h3>
                        <ul>{ for errors.iter().map(|(_, m)| html! { <li>{ m }</li> }) }</ul>
                    </div>
                }
                <p class="hint">{ "Phiên bản mới giữ nguyên mã mẫu: báo cáo đã viết trên phiên bản cũ vẫn mở bằng phiên bản mới; giá trị của các trường còn giữ lại được giữ nguyên, giá trị của trường đã xoá vẫn nằm trong tệp JSON của báo cáo nhưng không hiện và không in." }</p>
                <button type="button" onclick={publish} disabled={!errors.is_empty()}>{ "Tải tệp mẫu (.json)" }</button>
                { " " }
                <button type="button" class="secondary" onclick={toggle_json} aria-expanded={state.show_json.to_string()}>
                    { if state.show_json { "Ẩn JSON" } else { "Xem JSON" } }
                </button>
                if state.show_json {
                    <pre class="json">{ template_file(spec) }</pre>
                }
            </section>
        </main>
        </>
    }
}
