//! One section of the report per page, with previous/next and live validation.

use bccds_core::sorted_map::SortedMap;
use std::rc::Rc;

use bccds_core::carry::previous_label;
use bccds_core::field_path::FieldPath;
use bccds_core::template::{Field, FieldKind, Template};
use bccds_core::validate::{computed_value, stated_rate_from_counts, validate_on, Computed, Finding};
use yew::prelude::*;

use super::ByAddress;

use super::field::FieldInput;
use super::findings::{place, Placed};
use super::summary::ErrorSummary;
use super::table::TableInput;
use crate::adapters::{clock, focus};
use crate::app::go;
use crate::state::{visible, Action, Draft, Route, Undoable};

#[derive(Properties, PartialEq)]
pub struct SectionProps {
    // Compared first: it is what changes on a keystroke.
    pub draft: Draft,
    pub section: String,
    pub send: Callback<Action>,
    /// Compared by address: a template never changes while it is shown.
    pub template: ByAddress<Template>,
}

#[function_component(SectionPage)]
pub fn section_page(props: &SectionProps) -> Html {
    let template = &props.template.0;
    let draft = &props.draft;
    let report = &draft.report;
    // Validated once per change of the report, except while a box is being typed in: its own
    // messages wait anyway, and the others cannot change until it is finished.
    let basis = use_mut_ref(|| report.clone());
    if draft.typing.is_none() || basis.borrow().id != report.id {
        *basis.borrow_mut() = report.clone();
    }
    // Figures computed from a box follow it the same way (no hint flickering at every keystroke).
    let checked = basis.borrow().clone();
    let findings = {
        let t = template.clone();
        let basis = checked.clone();
        use_memo((ByAddress(template.clone()), basis), move |(_, r)| {
            validate_on(&t, r, clock::today())
        })
    };
    let index = template.sections.iter().position(|s| s.id == props.section);
    // The fields of this section, shared with their widgets (so unchanged fields skip re-rendering).
    let fields = {
        let t = template.clone();
        use_memo((ByAddress(template.clone()), index), move |(_, i)| {
            i.map(|i| {
                t.sections[i]
                    .fields
                    .iter()
                    .cloned()
                    .map(Rc::new)
                    .collect::<Vec<Rc<Field>>>()
            })
            .unwrap_or_default()
        })
    };
    use_effect(focus::apply_pending);
    use_effect_with(props.section.clone(), |_| focus::focus_id("tieu-de-muc"));
    let Some(index) = index else {
        return html! { <main class="page" id="noi-dung"><p>{ "Không có mục này trong báo cáo." }</p><a href={Route::Overview { draft: report.id.clone() }.to_hash()}>{ "Về danh sách mục" }</a></main> };
    };
    let section = &template.sections[index];
    // What each field shows, recomputed only when the findings or what is visible change, so the
    // widgets of untouched fields compare equal and are not rendered again.
    let placed = {
        let (t, findings, d) = (template.clone(), findings.clone(), draft.clone());
        let key = (
            ByAddress(findings.clone()),
            index,
            draft.typing.clone(),
            draft.visited.clone(),
            draft.finish_requested,
        );
        use_memo(key, move |_| {
            let section = &t.sections[index];
            let on_page =
                |p: &str| FieldPath::parse(p).is_some_and(|p| section.fields.iter().any(|f| f.id == p.field_id()));
            let here: Vec<&Finding> = visible(&d, &findings)
                .into_iter()
                .filter(|f| f.section == section.id || f.fields.iter().any(|p| on_page(p)))
                .collect();
            let all = place(&here, &t, on_page);
            let by_field: SortedMap<String, Rc<Vec<Placed>>> = section
                .fields
                .iter()
                .map(|f| {
                    let prefix = format!("{}/", f.id);
                    let mine = all
                        .iter()
                        .filter(|p| p.finding.fields.iter().any(|q| *q == f.id || q.starts_with(&prefix)))
                        .cloned()
                        .collect();
                    (f.id.clone(), Rc::new(mine))
                })
                .collect();
            let summary: Vec<Finding> = here.into_iter().cloned().collect();
            (by_field, Rc::new(summary))
        })
    };
    // Figures computed from the (checked) report, once per version of it.
    let figures = {
        let (t, r) = (template.clone(), checked.clone());
        use_memo(
            (ByAddress(template.clone()), ByAddress(checked.clone()), index),
            move |_| {
                t.sections[index]
                    .fields
                    .iter()
                    .filter_map(|f| {
                        let c = match f.kind {
                            FieldKind::Computed => computed_value(&t, &r, f, None),
                            FieldKind::Percent => stated_rate_from_counts(&t, &r, &f.id),
                            _ => None,
                        };
                        c.map(|c| (f.id.clone(), c))
                    })
                    .collect::<SortedMap<String, Computed>>()
            },
        )
    };
    // "Kỳ trước: …" under each figure the predecessor had (the same for the life of the draft).
    let previous = {
        let t = template.clone();
        let figures = report
            .predecessor
            .as_ref()
            .map(|p| p.figures.clone())
            .unwrap_or_default();
        use_memo((ByAddress(template.clone()), index, figures), move |(_, _, figures)| {
            figures
                .iter()
                .filter_map(|(id, old)| {
                    let (_, f) = t.field(id)?;
                    Some((id.clone(), Rc::<str>::from(previous_label(f, old))))
                })
                .collect::<Vec<(String, Rc<str>)>>()
        })
    };
    let none = Rc::new(Vec::new());
    let placed_for = |id: &str| placed.0.get(id).cloned().unwrap_or_else(|| none.clone());
    // Titles may say "năm {nam}": shown with the report's year, as they print.
    let period = {
        use bccds_core::document::Placeholders;
        let r = report.clone();
        use_memo(Placeholders::inputs(report).map(str::to_string), move |_| {
            Placeholders::of(&r)
        })
    };
    let fill = |t: &str| period.fill(t).into_owned();
    let widgets = fields.iter().map(|f| {
        let heading = f.heading.as_ref().map(|h| html! { <h2 class="sub-heading">{ fill(h) }</h2> });
        let body = if f.kind == FieldKind::Table {
            let rows = report.rows(&f.id).to_vec();
            let computed: Vec<Vec<_>> = rows
                .iter()
                .map(|row| {
                    f.columns
                        .iter()
                        .filter(|c| c.kind == FieldKind::Computed)
                        .filter_map(|c| computed_value(template, &checked, c, Some(row)).map(|v| (c.id.clone(), v)))
                        .collect::<Vec<_>>()
                })
                .collect();
            let removed = draft.undo.as_ref().and_then(|u| match &u.what {
                Undoable::RemovedRow { table, row } if *table == f.id => Some(*row),
                _ => None,
            });
            html! { <TableInput send={props.send.clone()} field={f.clone()} {rows} findings={placed_for(&f.id)} {computed} {removed} /> }
        } else {
            let mine = placed_for(&f.id);
            let computed = figures.get(&f.id).cloned();
            let previous = previous.iter().find(|(id, _)| *id == f.id).map(|(_, p)| p.clone());
            html! { <FieldInput send={props.send.clone()} field={f.clone()} path={FieldPath::field(f.id.clone())} value={report.values.get(&f.id).cloned()} findings={mine} {computed} {previous} /> }
        };
        html! { <>if let Some(h) = heading { { h } }{ body }</> }
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
    let summary = (*placed.1).clone();
    html! {
        <main class="page" id="noi-dung" tabindex="-1">
            <p class="crumbs"><a href={Route::Overview { draft: id.clone() }.to_hash()}>{ format!("← {}", template.name) }</a>{ format!(" · Mục {}/{}", index + 1, template.sections.len()) }</p>
            <ErrorSummary findings={summary} draft={id.clone()} section={Some(section.id.clone())} />
            if let Some(g) = &section.group { <p class="group">{ fill(g) }</p> }
            <h1 id="tieu-de-muc" tabindex="-1">{ fill(&section.title) }</h1>
            if let Some(h) = &section.help { <p class="lead">{ h }</p> }
            <form class="section-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())} novalidate=true>
                { for widgets }
            </form>
            <div class="pager">
                { nav(prev, "← Mục trước".into(), "secondary") }
                { nav(next, if last { "Xem lại toàn bộ báo cáo →".into() } else { "Mục tiếp theo →".into() }, "primary") }
            </div>
        </main>
    }
}
