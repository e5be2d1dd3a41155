//! The section overview (task list): status per section and overall progress.

use bccds_core::validate::{section_status, validate, SectionStatus};
use yew::prelude::*;

use super::section_page::template_of;
use crate::app::Ctx;
use crate::state::Route;

#[derive(Properties, PartialEq)]
pub struct OverviewProps {
    pub ctx: Ctx,
}

pub fn status_class(s: SectionStatus) -> &'static str {
    match s {
        SectionStatus::NotStarted => "status not-started",
        SectionStatus::InProgress => "status in-progress",
        SectionStatus::HasErrors => "status has-errors",
        SectionStatus::Complete => "status complete",
    }
}

#[function_component(OverviewPage)]
pub fn overview_page(props: &OverviewProps) -> Html {
    let ctx = &props.ctx;
    let draft = ctx.app.draft.clone().expect("overview has a draft");
    use_effect_with((), |_| crate::adapters::focus::focus_id("noi-dung"));
    let Some(template) = template_of(ctx) else {
        return html! { <main class="page" id="noi-dung"><p>{ "Không có mẫu báo cáo của bản nháp này." }</p></main> };
    };
    let findings = validate(template, &draft.report);
    let statuses: Vec<SectionStatus> = template
        .sections
        .iter()
        .map(|s| section_status(s, &draft.report, &findings))
        .collect();
    let done = statuses.iter().filter(|s| **s == SectionStatus::Complete).count();
    let total = statuses.len();
    let percent = done * 100 / total.max(1);
    let id = draft.report.id.clone();
    // Titles may say "năm {nam}": shown with the report's year, as they print.
    let period = bccds_core::document::Placeholders::of(&draft.report);
    html! {
        <main class="page" id="noi-dung" tabindex="-1">
            <p class="crumbs"><a href="#/">{ "← Trang đầu" }</a></p>
            <h1>{ &template.name }</h1>
            <p class="lead">{ format!("{} · {}", draft.report.text("co-quan-ban-hanh"), template.description) }</p>
            <div class="progress">
                <p id="tien-do">{ format!("Đã hoàn thành {done}/{total} mục") }</p>
                <progress max={total.to_string()} value={done.to_string()} aria-labelledby="tien-do">{ format!("{percent}%") }</progress>
            </div>
            <ol class="task-list">
                { for template.sections.iter().zip(statuses.iter()).map(|(s, st)| html! {
                    <li>
                        <a href={Route::Section { draft: id.clone(), section: s.id.clone() }.to_hash()}>{ period.fill(&s.title).into_owned() }</a>
                        <strong class={status_class(*st)}>{ st.label() }</strong>
                    </li>
                }) }
            </ol>
            <p><a class="button primary" href={Route::Review { draft: id.clone() }.to_hash()}>{ "Xem lại và xuất báo cáo" }</a></p>
        </main>
    }
}
