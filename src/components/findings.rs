//! Which findings to show now, and the message shown next to a field.

use bccds_core::template::Severity;
use bccds_core::validate::{Finding, FindingKind};
use yew::prelude::*;

use crate::adapters::focus;
use crate::app::Ctx;
use crate::state::{Action, Draft};

/// "Missing" complaints wait until the user has left the section or asks to finish;
/// everything else shows as soon as the fields involved have values.
pub fn visible<'f>(draft: &Draft, findings: &'f [Finding]) -> Vec<&'f Finding> {
    findings
        .iter()
        .filter(|f| f.kind != FindingKind::Missing || draft.finish_requested || draft.visited.contains(&f.section))
        .collect()
}

pub fn severity_label(f: &Finding) -> &'static str {
    match (f.severity, f.accepted.is_some()) {
        (Severity::Error, _) => "Lỗi",
        (Severity::Warning, false) => "Cảnh báo",
        (Severity::Warning, true) => "Cảnh báo đã chấp nhận",
    }
}

pub fn severity_class(f: &Finding) -> &'static str {
    match (f.severity, f.accepted.is_some()) {
        (Severity::Error, _) => "finding error",
        (Severity::Warning, false) => "finding warning",
        (Severity::Warning, true) => "finding accepted",
    }
}

#[derive(Properties, PartialEq)]
pub struct FindingProps {
    pub ctx: Ctx,
    pub finding: Finding,
    /// The field this message is shown next to (links go to the *other* fields).
    #[prop_or_default]
    pub here: Option<String>,
}

/// One finding: severity in words (not only colour), message, one-click fix, accept-with-reason.
#[function_component(FindingMessage)]
pub fn finding_message(props: &FindingProps) -> Html {
    let f = &props.finding;
    let reason = use_state(String::new);
    let app = props.ctx.app.clone();
    let fix = f.suggestion.clone().map(|s| {
        let app = app.clone();
        let label = format!("Dùng {}", s.value);
        let onclick = Callback::from(move |_| {
            app.dispatch(Action::SetText {
                path: s.field.clone(),
                text: s.value.clone(),
            });
        });
        html! { <button type="button" class="small" {onclick}>{ label }</button> }
    });
    let others: Vec<Html> = f
        .fields
        .iter()
        .filter(|p| Some(*p) != props.here.as_ref())
        .map(|p| {
            let path = p.clone();
            let onclick = Callback::from(move |_| focus::focus_field(&path));
            let name = field_label(&props.ctx, p);
            html! { <button type="button" class="link small" {onclick}>{ format!("Đến ô “{name}”") }</button> }
        })
        .collect();
    let accept = if f.severity == Severity::Warning {
        if let Some(r) = &f.accepted {
            let key = f.key.clone();
            let app = app.clone();
            html! {
                <p class="accepted-reason">{ format!("Lý do chấp nhận: {r} ") }
                    <button type="button" class="link small" onclick={Callback::from(move |_| app.dispatch(Action::Unaccept { key: key.clone() }))}>{ "Bỏ chấp nhận" }</button>
                </p>
            }
        } else {
            let key = f.key.clone();
            let input_id = format!("ly-do-{}", f.key.replace(['/', '#'], "-"));
            let r = reason.clone();
            let oninput = Callback::from(move |e: InputEvent| {
                r.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value())
            });
            let value = (*reason).clone();
            let onclick = Callback::from(move |_| {
                if !value.trim().is_empty() {
                    app.dispatch(Action::Accept {
                        key: key.clone(),
                        reason: value.trim().to_string(),
                    });
                }
            });
            html! {
                <div class="accept">
                    <label for={input_id.clone()}>{ "Số liệu đúng? Ghi lý do để chấp nhận cảnh báo:" }</label>
                    <input id={input_id} type="text" value={(*reason).clone()} {oninput} placeholder="Ví dụ: 5 hồ sơ chuyển kỳ sau" />
                    <button type="button" class="small" {onclick} disabled={reason.trim().is_empty()}>{ "Chấp nhận" }</button>
                </div>
            }
        }
    } else {
        html! {}
    };
    html! {
        <div class={severity_class(f)}>
            <strong class="tag">{ severity_label(f) }{ ": " }</strong>
            <span>{ &f.message }</span>
            <div class="actions">{ fix }{ for others }</div>
            { accept }
        </div>
    }
}

/// The label of the field at `path`: "Tổng số hồ sơ" or "Văn bản đã ban hành, dòng 1, Ngày".
pub fn field_label(ctx: &Ctx, path: &str) -> String {
    let template = super::section_page::template_of(ctx);
    let parts: Vec<&str> = path.split('/').collect();
    let Some((_, field)) = template.and_then(|t| t.field(parts[0])) else {
        return path.to_string();
    };
    match parts.as_slice() {
        [_, row, col] => {
            let col = field.column(col).map_or(*col, |c| c.label.as_str());
            let row = row.parse::<usize>().map_or(0, |r| r + 1);
            format!("{}, dòng {row}, {col}", field.label)
        }
        _ => field.label.clone(),
    }
}
