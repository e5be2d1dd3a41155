//! Messages that concern the whole app: storage problems, another tab, one-off notices.

use yew::prelude::*;

use crate::adapters::{clock, storage};
use crate::app::Ctx;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct BannerProps {
    pub ctx: Ctx,
}

#[function_component(Banners)]
pub fn banners(props: &BannerProps) -> Html {
    let app = props.ctx.app.clone();
    let storage_error = app
        .storage_error
        .clone()
        .map(|m| html! { <div class="banner error" role="alert"><strong>{ "Chưa lưu được: " }</strong>{ m }</div> });
    let conflict = app.draft.as_ref().filter(|d| d.conflict).map(|d| {
        let id = d.report.id.clone();
        let reload = {
            let app = app.clone();
            let id = id.clone();
            Callback::from(move |_| {
                if let Some(s) = storage::load_draft(&id) {
                    app.dispatch(Action::Open { report: s.report, revision: s.revision });
                }
            })
        };
        let keep = {
            let app = app.clone();
            let tab = props.ctx.tab.clone();
            let ours = d.report.clone();
            Callback::from(move |_| {
                let stored = storage::load_draft(&ours.id).map_or(0, |s| s.revision);
                let record = storage::StoredDraft { report: ours.clone(), revision: stored + 1, tab: tab.to_string(), updated_ms: clock::now_ms() };
                match storage::save_draft(&record) {
                    Ok(()) => app.dispatch(Action::Saved { revision: stored + 1 }),
                    Err(m) => app.dispatch(Action::SaveFailed(m)),
                }
            })
        };
        html! {
            <div class="banner warning" role="alert">
                <p><strong>{ "Bản nháp này vừa được sửa ở một thẻ (tab) khác." }</strong>{ " Để không ghi đè lên nhau, thẻ này tạm dừng lưu. Chọn một cách:" }</p>
                <button type="button" onclick={reload}>{ "Tải bản mới nhất (bỏ thay đổi ở thẻ này)" }</button>
                <button type="button" class="secondary" onclick={keep}>{ "Giữ bản ở thẻ này và ghi đè" }</button>
            </div>
        }
    });
    let notice = app.notice.clone().map(|n| {
        let app = app.clone();
        html! { <div class="banner info" role="status">{ n }{ " " }<button type="button" class="link small" onclick={Callback::from(move |_| app.dispatch(Action::Notice(None)))}>{ "Đóng" }</button></div> }
    });
    html! { <>{ for storage_error }{ for conflict }{ for notice }</> }
}
