//! One section of the report per page, with previous/next and live validation.

use bccds_core::template::{FieldKind, Template};
use bccds_core::validate::{computed_value, stated_rate_from_counts, validate, Finding};
use yew::prelude::*;

use super::field::FieldInput;
use super::findings::visible;
use super::summary::ErrorSummary;
use super::table::TableInput;
use crate::adapters::focus;
use crate::app::{go, Ctx};
use crate::state::Route;

#[derive(Properties, PartialEq)]
pub struct SectionProps {
    pub ctx: Ctx,
    pub section: String,
}

/// The template of the draft being edited.
pub fn template_of(ctx: &Ctx) -> Option<&Template> {
    let d = ctx.app.draft.as_ref()?;
    ctx.app.templates.iter().find(|t| t.id == d.report.template_id)
}

#[function_component(SectionPage)]
pub fn section_page(props: &SectionProps) -> Html {
    let ctx = &props.ctx;
    let draft = ctx.app.draft.clone().expect("section page has a draft");
    let report = draft.report.clone();
    let findings = {
        let templates = ctx.app.templates.clone();
        use_memo(report.clone(), move |r| {
            match templates.iter().find(|t| t.id == r.template_id) {
                Some(t) => validate(t, r),
                None => Vec::new(),
            }
        })
    };
    use_effect(focus::apply_pending);
    {
        let section = props.section.clone();
        use_effect_with(section, |_| {
            focus::focus_id("tieu-de-muc");
        });
    }
    let Some(template) = template_of(ctx) else {
        return html! { <main class="page" id="noi-dung"><p>{ format!("Không có mẫu báo cáo “{}” trong ứng dụng này. Hãy nạp tệp mẫu ở trang đầu.", draft.report.template_id) }</p></main> };
    };
    let Some(index) = template.sections.iter().position(|s| s.id == props.section) else {
        return html! { <main class="page" id="noi-dung"><p>{ "Không có mục này trong báo cáo." }</p><a href={Route::Overview { draft: report.id.clone() }.to_hash()}>{ "Về danh sách mục" }</a></main> };
    };
    let section = &template.sections[index];
    let shown: Vec<Finding> = visible(&draft, &findings).into_iter().cloned().collect();
    let here: Vec<Finding> = shown
        .iter()
        .filter(|f| {
            f.section == section.id
                || f.fields.iter().any(|p| {
                    section
                        .fields
                        .iter()
                        .any(|fl| p.split('/').next() == Some(fl.id.as_str()))
                })
        })
        .cloned()
        .collect();
    // Titles may say "năm {nam}": shown with the report's year, as they print.
    let period = bccds_core::document::Placeholders::of(&report);
    let fill = |t: &str| period.fill(t).into_owned();
    let fields = section.fields.iter().map(|f| {
        let heading = f.heading.as_ref().map(|h| html! { <h2 class="sub-heading">{ fill(h) }</h2> });
        let body = if f.kind == FieldKind::Table {
            let rows = report.rows(&f.id).to_vec();
            let computed: Vec<Vec<_>> = rows
                .iter()
                .map(|row| {
                    f.columns
                        .iter()
                        .filter(|c| c.kind == FieldKind::Computed)
                        .filter_map(|c| computed_value(template, &report, c, Some(row)).map(|v| (c.id.clone(), v)))
                        .collect::<Vec<_>>()
                })
                .collect();
            html! { <TableInput ctx={ctx.clone()} field={f.clone()} {rows} findings={here.clone()} {computed} /> }
        } else {
            let mine: Vec<Finding> = here.iter().filter(|x| x.involves(&f.id)).cloned().collect();
            let computed = match f.kind {
                FieldKind::Computed => computed_value(template, &report, f, None),
                FieldKind::Percent => stated_rate_from_counts(template, &report, &f.id),
                _ => None,
            };
            html! { <FieldInput ctx={ctx.clone()} field={f.clone()} path={f.id.clone()} value={report.values.get(&f.id).cloned()} findings={mine} {computed} /> }
        };
        html! { <>{ for heading }{ body }</> }
    });
    let nav = |target: Option<Route>, label: String, class: &'static str| match target {
        Some(route) => {
            let onclick = Callback::from(move |_| go(&route));
            html! { <button type="button" {class} {onclick}>{ label }</button> }
        }
        None => html! {},
    };
    let id = report.id.clone();
    let prev = index.checked_sub(1).map(|i| Route::Section {
        draft: id.clone(),
        section: template.sections[i].id.clone(),
    });
    let next = template.sections.get(index + 1).map(|s| Route::Section {
        draft: id.clone(),
        section: s.id.clone(),
    });
    let last = next.is_none();
    let next = next.or(Some(Route::Review { draft: id.clone() }));
    html! {
        <main class="page" id="noi-dung" tabindex="-1">
            <p class="crumbs"><a href={Route::Overview { draft: id.clone() }.to_hash()}>{ format!("← {}", template.name) }</a>{ format!(" · Mục {}/{}", index + 1, template.sections.len()) }</p>
            <ErrorSummary ctx={ctx.clone()} findings={here.clone()} />
            { for section.group.as_ref().map(|g| html! { <p class="group">{ fill(g) }</p> }) }
            <h1 id="tieu-de-muc" tabindex="-1">{ fill(&section.title) }</h1>
            { for section.help.as_ref().map(|h| html! { <p class="lead">{ h }</p> }) }
            <form class="section-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())} novalidate=true>
                { for fields }
            </form>
            <div class="pager">
                { nav(prev, "← Mục trước".into(), "secondary") }
                { nav(next, if last { "Xem lại toàn bộ báo cáo →".into() } else { "Mục tiếp theo →".into() }, "primary") }
            </div>
            <p class="saved" aria-live="polite">{ if draft.dirty > 0 { "Đã tự động lưu trong trình duyệt." } else { "" } }</p>
        </main>
    }
}
