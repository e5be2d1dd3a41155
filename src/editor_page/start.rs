//! "Bắt đầu": an empty template, a copy or a new version of an existing one, an outline pasted
//! from the Công văn, or a template file. Replacing work in progress asks first.

use bccds_core::builtin::{catalogue, TEMPLATE_FILES};
use bccds_core::editor::{copy_as_new, new_template, next_version, template_from_outline};
use bccds_core::template::{load_template, TemplateSpec};
use yew::prelude::*;

use super::inputs::{select, text_area, text_input};
use super::state::{EditorState, Msg};
use crate::adapters::{file, storage, template_draft};

/// Built-in templates and those loaded on the start page, as specs.
fn existing() -> Vec<TemplateSpec> {
    let mut out: Vec<TemplateSpec> = TEMPLATE_FILES
        .iter()
        .filter_map(|(_, json)| serde_json::from_str(json).ok())
        .collect();
    for json in storage::list_templates() {
        if let Ok(spec) = serde_json::from_str::<TemplateSpec>(&json) {
            out.retain(|s| s.id != spec.id);
            out.push(spec);
        }
    }
    out
}

/// A template file's spec, or what is wrong with it in Vietnamese.
pub fn read_template_file(text: &str) -> Result<TemplateSpec, String> {
    if let Err(errors) = load_template(text, &catalogue()) {
        // Still editable when only the checks fail (the editor shows them); not when unreadable.
        if let Ok(spec) = serde_json::from_str::<TemplateSpec>(text) {
            return Ok(spec);
        }
        let lines: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
        return Err(format!("Không mở được tệp mẫu: {}", lines.join("; ")));
    }
    serde_json::from_str(text).map_err(|e| format!("Không mở được tệp mẫu: {e}."))
}

pub fn view(state: &EditorState, send: &Callback<Msg>) -> Html {
    html! { <StartBox spec={state.spec.clone()} send={send.clone()} /> }
}

#[derive(Properties, PartialEq)]
struct StartProps {
    spec: TemplateSpec,
    send: Callback<Msg>,
}

#[function_component(StartBox)]
fn start_box(props: &StartProps) -> Html {
    let outline = use_state(String::new);
    let outline_name = use_state(|| "Báo cáo kết quả chuyển đổi số".to_string());
    let chosen = use_state(|| 0usize);
    let file_error = use_state(|| None::<String>);
    let reader = use_mut_ref(|| None::<gloo_file::callbacks::FileReader>);
    let existing = existing();
    let untouched = props.spec == new_template("Mẫu báo cáo mới");
    let replace = {
        let send = props.send.clone();
        move |spec: TemplateSpec| {
            if untouched
                || template_draft::confirm("Thay mẫu đang soạn bằng mẫu mới? Mẫu đang soạn sẽ mất nếu chưa tải tệp về.")
            {
                send.emit(Msg::Replace(spec));
            }
        }
    };
    let empty = {
        let replace = replace.clone();
        Callback::from(move |_| replace(new_template("Mẫu báo cáo mới")))
    };
    let from_outline = {
        let (replace, outline, name) = (replace.clone(), outline.clone(), outline_name.clone());
        Callback::from(move |_| replace(template_from_outline(&name, &outline)))
    };
    let pick = |make: fn(&TemplateSpec) -> TemplateSpec| {
        let (replace, chosen, existing) = (replace.clone(), chosen.clone(), existing.clone());
        Callback::from(move |_| {
            if let Some(s) = existing.get(*chosen) {
                replace(make(s));
            }
        })
    };
    let on_file = {
        let (replace, file_error, reader) = (replace.clone(), file_error.clone(), reader.clone());
        Callback::from(move |e: Event| {
            let (replace, file_error) = (replace.clone(), file_error.clone());
            *reader.borrow_mut() = file::read_chosen(&e, move |res| {
                match res.and_then(|picked| read_template_file(&picked.text)) {
                    Ok(spec) => {
                        file_error.set(None);
                        replace(spec);
                    }
                    Err(m) => file_error.set(Some(m)),
                }
            });
        })
    };
    let options: Vec<(String, String)> = existing
        .iter()
        .enumerate()
        .map(|(i, s)| (i.to_string(), format!("{} (phiên bản {})", s.name, s.version)))
        .collect();
    let on_choose = {
        let chosen = chosen.clone();
        Callback::from(move |v: String| chosen.set(v.parse().unwrap_or(0)))
    };
    let set = |h: &UseStateHandle<String>| {
        let h = h.clone();
        Callback::from(move |v: String| h.set(v))
    };
    html! {
        <details class="card start" open={untouched}>
            <summary><h2>{ "Bắt đầu" }</h2></summary>
            <div class="start-options">
                <div>
                    <h3>{ "Từ đề cương của Công văn" }</h3>
                    <p class="hint">{ "Dán các dòng đề mục: “I. …” là phần, “1. …” là mục, “a) …” hoặc “- …” là nội dung trong mục; dòng không có số là lời hướng dẫn." }</p>
                    { text_input("ten-theo-de-cuong", "Tên mẫu", &outline_name, set(&outline_name)) }
                    { text_area("de-cuong", "Đề cương", &outline, 10, set(&outline)) }
                    <button type="button" onclick={from_outline}>{ "Tạo mẫu từ đề cương" }</button>
                </div>
                <div>
                    <h3>{ "Từ mẫu có sẵn" }</h3>
                    { select("mau-co-san", "Mẫu", &options, &chosen.to_string(), on_choose) }
                    <button type="button" class="secondary" onclick={pick(next_version)}>{ "Soạn phiên bản mới của mẫu này" }</button>
                    { " " }
                    <button type="button" class="secondary" onclick={pick(|s| copy_as_new(s, &format!("{} (bản sao)", s.name)))}>{ "Sao chép thành mẫu mới" }</button>
                    <h3>{ "Từ tệp mẫu" }</h3>
                    <div class="field">
                        <label for="mo-tep-mau">{ "Mở tệp mẫu (.json)" }</label>
                        <input id="mo-tep-mau" type="file" accept=".json,application/json" onchange={on_file} />
                    </div>
                    if let Some(m) = &*file_error {
                        <p class="finding error" role="alert">{ m }</p>
                    }
                    <h3>{ "Mẫu trống" }</h3>
                    <button type="button" class="secondary" onclick={empty}>{ "Bắt đầu từ mẫu trống" }</button>
                </div>
            </div>
        </details>
    }
}
