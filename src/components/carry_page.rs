//! "Tạo từ báo cáo trước": the next report made from an earlier one (a draft here, or an exported
//! file). What is copied is the core's `carry` (profile, figures by indicator, on request the basis
//! and section by section the narrative text and document lists); this page only shows the choice.

use bccds_core::sorted_map::SortedSet;
use std::rc::Rc;

use bccds_core::carry::{carried_figures, carry_forward, copyable_sections, CarryOptions};
use bccds_core::report::Report;
use bccds_core::template::{frame_ids, Template};
use gloo_file::callbacks::FileReader;
use yew::prelude::*;

use super::start_page::open_new;
use crate::adapters::{clock, file, storage};
use crate::state::file_kind::{classify, not_a_report};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct CarryProps {
    pub send: Callback<Action>,
    pub templates: Rc<Vec<Rc<Template>>>,
}

/// The earlier report chosen, and where it came from (for the page to say).
#[derive(Clone, PartialEq)]
struct Source {
    report: Rc<Report>,
    from: String,
}

fn template_of<'a>(templates: &'a [Rc<Template>], report: &Report) -> Option<&'a Rc<Template>> {
    templates.iter().find(|t| t.id == report.template_id)
}

#[function_component(CarryPage)]
pub fn carry_page(props: &CarryProps) -> Html {
    let source = use_state(|| None::<Source>);
    let target = use_state(|| None::<String>);
    let basis = use_state(|| true);
    let sections = use_state(SortedSet::<String>::new);
    let error = use_state(|| None::<String>);
    let reader = use_mut_ref(|| None::<FileReader>);
    let drafts = use_memo((), |_| storage::list_drafts());
    use_effect_with((), |_| crate::adapters::focus::focus_id("noi-dung"));
    let templates = props.templates.clone();

    let choose = {
        let (source, target, sections, error) = (source.clone(), target.clone(), sections.clone(), error.clone());
        Rc::new(move |report: Report, from: String| {
            target.set(Some(report.template_id.clone()));
            sections.set(SortedSet::new());
            error.set(None);
            source.set(Some(Source {
                report: Rc::new(report),
                from,
            }));
        })
    };
    let on_draft = {
        let (choose, drafts) = (choose.clone(), drafts.clone());
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(d) = drafts.iter().find(|d| d.report.id == el.value()) {
                choose(d.report.clone(), "bản nháp trong trình duyệt".into());
            }
        })
    };
    let on_file = {
        let (choose, error, reader, templates) = (choose.clone(), error.clone(), reader.clone(), templates.clone());
        Callback::from(move |e: Event| {
            let (choose, error, templates) = (choose.clone(), error.clone(), templates.clone());
            *reader.borrow_mut() = file::read_chosen(&e, move |res| {
                let read = res.and_then(|f| {
                    if let Some(m) = not_a_report(&f.name, &classify(&f.text)) {
                        return Err(m);
                    }
                    let r = bccds_core::export::import_file(&f.text).map_err(|e| e.message())?;
                    if template_of(&templates, &r).is_none() {
                        return Err(format!(
                            "Tệp là báo cáo theo mẫu “{}”, mẫu này chưa có trong ứng dụng. Hãy nạp tệp mẫu ở trang đầu trước.",
                            r.template_id
                        ));
                    }
                    Ok((r, format!("tệp {}", f.name)))
                });
                match read {
                    Ok((r, from)) => choose(r, from),
                    Err(m) => error.set(Some(m)),
                }
            });
        })
    };

    let old = (*source).clone();
    let old_t = old.as_ref().and_then(|s| template_of(&templates, &s.report).cloned());
    let new_t = (*target)
        .as_ref()
        .and_then(|id| templates.iter().find(|t| t.id == *id).cloned());
    let plan = match (&old, &old_t, &new_t) {
        (Some(s), Some(ot), Some(nt)) => {
            let figures: Vec<String> = carried_figures(ot, &s.report, nt)
                .into_iter()
                .filter_map(|(n, _)| nt.field(&n).map(|(_, f)| f.label.clone()))
                .collect();
            let copyable = copyable_sections(ot, &s.report, nt);
            let has_basis = !s.report.rows(frame_ids::BASIS).is_empty();
            let on_basis = {
                let basis = basis.clone();
                Callback::from(move |e: Event| {
                    let el: web_sys::HtmlInputElement = e.target_unchecked_into();
                    basis.set(el.checked());
                })
            };
            let section_boxes = copyable.iter().map(|c| {
                let id = format!("chep-{}", c.id);
                let checked = sections.contains(&c.id);
                let onchange = {
                    let (sections, sid) = (sections.clone(), c.id.clone());
                    Callback::from(move |e: Event| {
                        let el: web_sys::HtmlInputElement = e.target_unchecked_into();
                        let mut set = (*sections).clone();
                        if el.checked() {
                            set.insert(sid.clone());
                        } else {
                            set.remove(&sid);
                        }
                        sections.set(set);
                    })
                };
                html! { <li><input type="checkbox" id={id.clone()} {checked} {onchange} /><label for={id}>{ &c.title }</label></li> }
            });
            let create = {
                let (send, ot, nt, r) = (props.send.clone(), ot.clone(), nt.clone(), s.report.clone());
                let options = CarryOptions {
                    basis: *basis && has_basis,
                    sections: (*sections).clone(),
                };
                Callback::from(move |_| {
                    let report = carry_forward(&clock::new_id("bc"), &ot, &r, &nt, &options);
                    send.emit(Action::Notice(Some(
                        "Đã tạo báo cáo mới từ báo cáo trước. Số liệu kỳ trước hiện dưới từng ô để so sánh; hãy cập nhật số liệu kỳ này."
                            .into(),
                    )));
                    open_new(&send, report);
                })
            };
            html! {
                <>
                    <h2>{ "3. Chọn phần được chép" }</h2>
                    <p>{ "Luôn chép: tên cơ quan, ký hiệu, địa danh, nơi nhận, người ký. Số, ngày và năm báo cáo để trống cho kỳ mới." }</p>
                    if figures.is_empty() {
                        <p>{ "Hai loại báo cáo không có số liệu chung nào để chép." }</p>
                    } else {
                        <details>
                            <summary>{ format!("Chép {} số liệu (hiện làm “Kỳ trước” để so sánh)", figures.len()) }</summary>
                            <ul>{ for figures.iter().map(|l| html! { <li>{ l }</li> }) }</ul>
                        </details>
                    }
                    if has_basis {
                        <p><input type="checkbox" id="chep-can-cu" checked={*basis} onchange={on_basis} /><label for="chep-can-cu">{ "Chép danh sách văn bản căn cứ" }</label></p>
                    }
                    if copyable.is_empty() {
                        <p>{ "Không có mục nào có nội dung chép được sang loại báo cáo này." }</p>
                    } else {
                        <fieldset><legend>{ "Chép nội dung viết và danh sách văn bản của các mục:" }</legend><ul class="checks">{ for section_boxes }</ul></fieldset>
                    }
                    <p><button type="button" class="primary" id="tao-tu-truoc" onclick={create}>{ format!("Tạo báo cáo “{}”", nt.name) }</button></p>
                </>
            }
        }
        _ => html! {},
    };
    let on_target = {
        let (target, sections) = (target.clone(), sections.clone());
        Callback::from(move |e: Event| {
            let el: web_sys::HtmlSelectElement = e.target_unchecked_into();
            target.set(Some(el.value()));
            sections.set(SortedSet::new());
        })
    };
    let chosen_id = old.as_ref().map(|s| s.report.id.clone()).unwrap_or_default();
    html! {
        <main class="page" id="noi-dung" tabindex="-1">
            <p class="crumbs"><a href="#/">{ "← Trang đầu" }</a></p>
            <h1>{ "Tạo từ báo cáo trước" }</h1>
            <p class="lead">{ "Báo cáo kỳ này bắt đầu từ báo cáo kỳ trước: đơn vị, người ký, nơi nhận và các số liệu chung được chép sang; số liệu kỳ trước hiện dưới từng ô và ứng dụng cảnh báo khi số liệu giảm bất thường." }</p>
            if let Some(e) = (*error).clone() {
                <div class="error-summary" role="alert"><h2>{ "Không mở được tệp" }</h2><ul><li>{ e }</li></ul></div>
            }
            <h2>{ "1. Chọn báo cáo trước" }</h2>
            if !drafts.is_empty() {
                <p>
                    <label for="bao-cao-truoc">{ "Một bản nháp trong trình duyệt:" }</label>
                    <select id="bao-cao-truoc" onchange={on_draft}>
                        <option value="" selected={chosen_id.is_empty()}>{ "— Chọn bản nháp —" }</option>
                        { for drafts.iter().map(|d| {
                            let name = template_of(&templates, &d.report).map_or(d.report.template_id.clone(), |t| t.name.clone());
                            let date = d.report.text(frame_ids::DATE);
                            let label = if date.trim().is_empty() { name } else { format!("{name} — ngày {date}") };
                            html! { <option value={d.report.id.clone()} selected={d.report.id == chosen_id}>{ label }</option> }
                        }) }
                    </select>
                </p>
            }
            <p>
                <label for="tep-bao-cao-truoc">{ "Hoặc một báo cáo đã xuất (tệp .json hoặc .html):" }</label>
                <input id="tep-bao-cao-truoc" type="file" accept=".json,.html,.htm,application/json,text/html" onchange={on_file} />
            </p>
            if let (Some(s), Some(t)) = (&old, &old_t) {
                <p class="banner info" role="status">{ format!("Đã chọn: “{}” ({}){}.", t.name, s.from, match s.report.text(frame_ids::DATE).trim() { "" => String::new(), d => format!(", ngày {d}") }) }</p>
                <h2>{ "2. Chọn loại báo cáo mới" }</h2>
                <p>
                    <label for="loai-moi">{ "Loại báo cáo kỳ này:" }</label>
                    <select id="loai-moi" onchange={on_target}>
                        { for templates.iter().map(|t| html! { <option value={t.id.clone()} selected={Some(&t.id) == (*target).as_ref()}>{ &t.name }</option> }) }
                    </select>
                </p>
                { plan }
            }
        </main>
    }
}
