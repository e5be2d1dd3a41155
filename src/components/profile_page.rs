//! The unit's profile: entered once, saved as it is typed, prefilled into every new report.

use std::rc::Rc;

use bccds_core::report::Profile;
use bccds_core::template::{FieldKind, Template, PROFILE_FIELDS};
use yew::prelude::*;

use super::ByAddress;
use crate::adapters::storage;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct ProfileProps {
    pub send: Callback<Action>,
    pub profile: Rc<Profile>,
    /// Any template: the profile fields are frame fields, shared by all of them.
    pub frame: ByAddress<Template>,
}

#[function_component(ProfilePage)]
pub fn profile_page(props: &ProfileProps) -> Html {
    let form = use_state(|| (*props.profile).clone());
    let saved = use_state(|| None::<Result<(), String>>);
    let fields = PROFILE_FIELDS.iter().filter_map(|id| props.frame.0.field(id)).map(|(_, f)| {
        let value = form.values.get(&f.id).cloned().unwrap_or_default();
        let input_id = format!("ho-so-{}", f.id);
        let hint_id = format!("{input_id}-goi-y");
        let (form, saved, send, key) = (form.clone(), saved.clone(), props.send.clone(), f.id.clone());
        // Every change is saved at once, like every other page.
        let set = move |v: String| {
            let mut p: Profile = (*form).clone();
            p.values.insert(key.clone(), v);
            form.set(p.clone());
            p.values.retain(|_, v| !v.trim().is_empty());
            // Entered by hand now: stop learning it from a report.
            p.learned_from = None;
            saved.set(Some(storage::save_profile(&p)));
            send.emit(Action::SetProfile(p));
        };
        let control = if f.kind == FieldKind::Narrative {
            let oninput = Callback::from(move |e: InputEvent| set(e.target_unchecked_into::<web_sys::HtmlTextAreaElement>().value()));
            html! { <textarea id={input_id.clone()} rows="6" value={value} {oninput} aria-describedby={hint_id.clone()} /> }
        } else {
            let oninput = Callback::from(move |e: InputEvent| set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()));
            html! { <input id={input_id.clone()} class="long" type="text" value={value} {oninput} aria-describedby={hint_id.clone()} /> }
        };
        html! {
            <div class="field">
                <label for={input_id}>{ &f.label }</label>
                <p class="hint" id={hint_id}>{ f.help.clone().unwrap_or_default() }</p>
                { control }
            </div>
        }
    });
    html! {
        <main class="page" id="noi-dung" tabindex="-1">
            <p class="crumbs"><a href="#/">{ "← Trang đầu" }</a></p>
            <h1>{ "Hồ sơ đơn vị" }</h1>
            <p class="lead">{ "Nhập một lần; các báo cáo mới sẽ được điền sẵn những thông tin này (vẫn sửa được trong từng báo cáo). Hồ sơ được lưu ngay khi gõ." }</p>
            <form onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())} novalidate=true>
                { for fields }
            </form>
            <p class="saved" aria-live="polite">{ match &*saved {
                Some(Ok(())) => html! { "Đã lưu hồ sơ đơn vị." },
                Some(Err(m)) => html! { <span class="banner error" role="alert">{ m.clone() }</span> },
                None => html! {},
            } }</p>
        </main>
    }
}
