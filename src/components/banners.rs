//! Messages that concern the whole app, on every page: storage problems, another tab, notices.

use yew::prelude::*;

use crate::adapters::storage;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct BannerProps {
    pub send: Callback<Action>,
    pub storage_error: Option<String>,
    pub notice: Option<String>,
    /// The open draft, when another tab saved it after this one (this tab has stopped saving).
    pub conflict: Option<String>,
}

#[function_component(Banners)]
pub fn banners(props: &BannerProps) -> Html {
    let send = props.send.clone();
    let storage_error = props
        .storage_error
        .clone()
        .map(|m| html! { <div class="banner error" role="alert"><strong>{ "Chưa lưu được: " }</strong>{ m }</div> });
    let conflict = props.conflict.clone().map(|id| {
        let reload = {
            let send = send.clone();
            Callback::from(move |_| {
                if let Some(s) = storage::load_draft(&id) {
                    send.emit(Action::Open {
                        report: s.report,
                        revision: s.revision,
                        unsaved: false,
                    });
                }
            })
        };
        let keep = send.reform(|_| Action::KeepOurs);
        html! {
            <div class="banner warning" role="alert">
                <p><strong>{ "Bản nháp này vừa được sửa ở một thẻ (tab) khác." }</strong>{ " Để không ghi đè lên nhau, thẻ này tạm dừng lưu: những gì bạn sửa ở đây CHƯA được lưu. Chọn một cách:" }</p>
                <button type="button" onclick={reload}>{ "Tải bản mới nhất (bỏ thay đổi ở thẻ này)" }</button>
                <button type="button" class="secondary" onclick={keep}>{ "Giữ bản ở thẻ này và ghi đè" }</button>
            </div>
        }
    });
    let notice = props.notice.clone().map(|n| {
        html! { <div class="banner info" role="status">{ n }{ " " }<button type="button" class="link small" onclick={send.reform(|_| Action::Notice(None))}>{ "Đóng" }</button></div> }
    });
    html! { <>if let Some(b) = storage_error { { b } }if let Some(b) = conflict { { b } }if let Some(b) = notice { { b } }</> }
}
