//! The unit's profile: entered once, remembered, prefilled into every new report.

use bccds_core::report::Profile;
use bccds_core::template::{FRAME_JSON, PROFILE_FIELDS};
use yew::prelude::*;

use crate::adapters::storage;
use crate::app::Ctx;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct ProfileProps {
    pub ctx: Ctx,
}

/// (id, label, help, multi-line) of the profile fields, read from the frame data.
fn profile_fields() -> Vec<(String, String, String, bool)> {
    let frame: serde_json::Value = serde_json::from_str(FRAME_JSON).unwrap_or_default();
    let mut out = Vec::new();
    for part in ["head", "tail"] {
        for f in frame[part]["fields"].as_array().into_iter().flatten() {
            let id = f["id"].as_str().unwrap_or_default();
            if PROFILE_FIELDS.contains(&id) {
                out.push((
                    id.to_string(),
                    f["label"].as_str().unwrap_or(id).to_string(),
                    f["help"].as_str().unwrap_or_default().to_string(),
                    f["kind"] == "narrative",
                ));
            }
        }
    }
    out
}

#[function_component(ProfilePage)]
pub fn profile_page(props: &ProfileProps) -> Html {
    let app = props.ctx.app.clone();
    let form = use_state(|| app.profile.clone());
    let saved = use_state(|| None::<Result<(), String>>);
    let fields = profile_fields().into_iter().map(|(id, label, help, multi)| {
        let value = form.values.get(&id).cloned().unwrap_or_default();
        let input_id = format!("ho-so-{id}");
        let hint_id = format!("{input_id}-goi-y");
        let form2 = form.clone();
        let key = id.clone();
        let set = move |v: String| {
            let mut p: Profile = (*form2).clone();
            p.values.insert(key.clone(), v);
            form2.set(p);
        };
        let control = if multi {
            let oninput = Callback::from(move |e: InputEvent| set(e.target_unchecked_into::<web_sys::HtmlTextAreaElement>().value()));
            html! { <textarea id={input_id.clone()} rows="6" value={value} {oninput} aria-describedby={hint_id.clone()} /> }
        } else {
            let oninput = Callback::from(move |e: InputEvent| set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()));
            html! { <input id={input_id.clone()} class="long" type="text" value={value} {oninput} aria-describedby={hint_id.clone()} /> }
        };
        html! {
            <div class="field">
                <label for={input_id}>{ label }</label>
                <p class="hint" id={hint_id}>{ help }</p>
                { control }
            </div>
        }
    });
    let onsubmit = {
        let form = form.clone();
        let saved = saved.clone();
        let app = app.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let mut p = (*form).clone();
            p.values.retain(|_, v| !v.trim().is_empty());
            // Entered by hand now: stop learning it from a report.
            p.learned_from = None;
            saved.set(Some(storage::save_profile(&p)));
            app.dispatch(Action::SetProfile(p));
        })
    };
    html! {
        <main class="page" id="noi-dung" tabindex="-1">
            <p class="crumbs"><a href="#/">{ "← Trang đầu" }</a></p>
            <h1>{ "Hồ sơ đơn vị" }</h1>
            <p class="lead">{ "Nhập một lần; các báo cáo mới sẽ được điền sẵn những thông tin này (vẫn sửa được trong từng báo cáo)." }</p>
            <form {onsubmit} novalidate=true>
                { for fields }
                <button type="submit" class="primary">{ "Lưu hồ sơ" }</button>
            </form>
            { match &*saved {
                Some(Ok(())) => html! { <p class="banner info" role="status">{ "Đã lưu hồ sơ đơn vị." }</p> },
                Some(Err(m)) => html! { <p class="banner error" role="alert">{ m.clone() }</p> },
                None => html! {},
            } }
        </main>
    }
}
