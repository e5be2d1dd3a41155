//! The section overview (task list): status per section, grouped under the document's parts
//! (I., II., III.) so the numbering reads as in the printed report.

use std::rc::Rc;

use bccds_core::report::Report;
use bccds_core::template::Template;
use bccds_core::validate::{section_status, validate_on, SectionStatus};
use yew::prelude::*;

use super::ByAddress;

use crate::adapters::clock;
use crate::state::Route;

#[derive(Properties, PartialEq)]
pub struct OverviewProps {
    pub report: Rc<Report>,
    /// Compared by address: a template never changes while it is shown.
    pub template: ByAddress<Template>,
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
    let (template, report) = (&props.template.0, &props.report);
    use_effect_with((), |_| crate::adapters::focus::focus_id("noi-dung"));
    let statuses = {
        let t = template.clone();
        use_memo((ByAddress(template.clone()), report.clone()), move |(_, r)| {
            let findings = validate_on(&t, r, clock::today());
            t.sections
                .iter()
                .map(|s| section_status(s, r, &findings))
                .collect::<Vec<SectionStatus>>()
        })
    };
    let done = statuses.iter().filter(|s| **s == SectionStatus::Complete).count();
    let total = statuses.len();
    let percent = done * 100 / total.max(1);
    let id = report.id.clone();
    // Titles may say "năm {nam}": shown with the report's year, as they print.
    let period = bccds_core::document::Placeholders::of(report);
    // Consecutive sections under the same part heading form one list.
    let mut groups: Vec<(Option<&str>, Vec<usize>)> = Vec::new();
    for (i, s) in template.sections.iter().enumerate() {
        match groups.last_mut() {
            Some((g, items)) if s.group.is_none() || s.group.as_deref() == *g => items.push(i),
            _ => groups.push((s.group.as_deref(), vec![i])),
        }
    }
    let list = |items: &[usize]| {
        html! {
            <ol class="sections">
                { for items.iter().map(|&i| {
                    let s = &template.sections[i];
                    let st = statuses[i];
                    html! {
                        <li>
                            <a href={Route::Section { draft: id.clone(), section: s.id.clone() }.to_hash()}>{ period.fill(&s.title).into_owned() }</a>
                            <strong class={status_class(st)}>{ st.label() }</strong>
                        </li>
                    }
                }) }
            </ol>
        }
    };
    html! {
        <main class="page" id="noi-dung" tabindex="-1">
            <p class="crumbs"><a href="#/">{ "← Trang đầu" }</a></p>
            <h1>{ &template.name }</h1>
            <p class="lead">{ match report.text("co-quan-ban-hanh").trim() {
                "" => template.description.clone(),
                unit => format!("{unit} · {}", template.description),
            } }</p>
            <div class="progress">
                <p id="tien-do">{ format!("Đã hoàn thành {done}/{total} mục") }</p>
                <progress max={total.to_string()} value={done.to_string()} aria-labelledby="tien-do">{ format!("{percent}%") }</progress>
            </div>
            <div class="task-list">
                { for groups.iter().map(|(g, items)| match g {
                    Some(g) => html! { <><h2 class="part-heading">{ period.fill(g).into_owned() }</h2>{ list(items) }</> },
                    None => list(items),
                }) }
            </div>
            <p><a class="button primary" href={Route::Review { draft: id.clone() }.to_hash()}>{ "Xem lại và xuất báo cáo" }</a>
                { " " }<a id="mo-phien-ban" class="button secondary" href={Route::Versions { draft: id.clone() }.to_hash()}>{ "Các phiên bản trước" }</a></p>
            if let Some(p) = &report.predecessor {
                <p class="hint">{ format!("Báo cáo này được tạo từ báo cáo {}{}: số liệu kỳ trước hiện dưới từng ô.", if p.so.is_empty() { "kỳ trước".to_string() } else { format!("số {}", p.so) }, if p.ngay.is_empty() { String::new() } else { format!(" ngày {}", p.ngay) }) }</p>
            }
        </main>
    }
}
