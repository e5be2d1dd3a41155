//! "Các phiên bản trước": the kept versions of a draft, newest first, with time and what changed;
//! one can be restored (the current state is kept as a version first, and "Hoàn tác" takes the
//! restore back).

use std::rc::Rc;

use bccds_core::history::{format_time, summary, Version};
use bccds_core::report::Report;
use bccds_core::template::Template;
use yew::prelude::*;

use super::ByAddress;
use crate::adapters::{clock, versions};
use crate::state::{Action, Route};

#[derive(Properties, PartialEq)]
pub struct VersionsProps {
    pub send: Callback<Action>,
    pub template: ByAddress<Template>,
    pub report: Rc<Report>,
    /// Versions kept since the draft was opened: the list is read again when it grows.
    pub kept: u64,
}

#[function_component(VersionsPage)]
pub fn versions_page(props: &VersionsProps) -> Html {
    let id = props.report.id.clone();
    // Read again whenever the draft changes (a restore adds two versions) or a version is kept.
    let list = {
        let id = id.clone();
        use_memo((props.report.clone(), props.kept), move |_| versions::load(&id))
    };
    use_effect_with((), |_| crate::adapters::focus::focus_id("noi-dung"));
    let offset = clock::utc_offset_min();
    let t = &props.template.0;
    let rows = list.iter().enumerate().rev().map(|(i, v)| {
        let before = i.checked_sub(1).and_then(|j| list.get(j));
        let what = summary(t, before, v, offset);
        let when = format_time(v.at, offset);
        let same = v.report.values == props.report.values && v.report.accepted == props.report.accepted;
        let restore = {
            let (send, current, chosen): (_, Rc<Report>, Version) = (props.send.clone(), props.report.clone(), v.clone());
            Callback::from(move |_| {
                match versions::restore(&current, &chosen) {
                    Ok(Some(n)) | Err(n) => send.emit(Action::Notice(Some(n))),
                    Ok(None) => {}
                }
                send.emit(Action::RestoreVersion {
                    report: chosen.report.clone(),
                    at: chosen.at,
                });
            })
        };
        html! {
            <tr>
                <td>{ when.clone() }</td>
                <td>{ what }</td>
                <td class="actions">
                    if same {
                        <span>{ "Giống bản hiện tại" }</span>
                    } else {
                        <button type="button" class="secondary" onclick={restore} aria-label={format!("Khôi phục phiên bản {when}")}>{ "Khôi phục" }</button>
                    }
                </td>
            </tr>
        }
    });
    html! {
        <main class="page" id="noi-dung" tabindex="-1">
            <p class="crumbs"><a href={Route::Overview { draft: id.clone() }.to_hash()}>{ format!("← {}", t.name) }</a></p>
            <h1>{ "Các phiên bản trước" }</h1>
            <p class="lead">{ "Ứng dụng giữ lại các trạng thái trước của bản nháp trong trình duyệt: mỗi khi rời một mục và vài phút một lần khi đang gõ (tối đa 30 phiên bản; phiên bản cũ được bớt dần). Khôi phục một phiên bản thì bản hiện tại cũng được giữ lại, nên có thể hoàn tác." }</p>
            if list.is_empty() {
                <p>{ "Chưa có phiên bản nào. Phiên bản đầu tiên được giữ khi bạn rời một mục." }</p>
            } else {
                <table class="versions">
                    <thead><tr><th scope="col">{ "Thời điểm" }</th><th scope="col">{ "Thay đổi so với phiên bản trước đó" }</th><th scope="col">{ "Thao tác" }</th></tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            }
        </main>
    }
}
