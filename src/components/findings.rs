//! Where a finding is shown, and the message shown next to a field.
//!
//! A finding involving several fields is shown in full once, on its *home* field (the one its
//! fix applies to, else the first one on the page), with the one-click fix and the accept box;
//! the other fields it involves show a short link to it. So every id on the page is unique.

use bccds_core::field_path::{label_of, FieldPath};
use bccds_core::template::{Severity, Template};
use bccds_core::validate::Finding;
use yew::prelude::*;

use crate::adapters::focus;
use crate::state::{Action, Edit};

/// A visible finding as the fields of one page show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placed {
    pub finding: Finding,
    /// Path of the field showing the full message.
    pub home: String,
    /// (path, label) of every field involved, labels from the template.
    pub fields: Vec<(String, String)>,
}

/// Places each finding on its home field among those for which `on_page` holds.
pub fn place(findings: &[&Finding], template: &Template, on_page: impl Fn(&str) -> bool) -> Vec<Placed> {
    findings
        .iter()
        .map(|f| {
            let suggested = f.suggestion.as_ref().map(|s| s.field.as_str()).filter(|p| on_page(p));
            let home = suggested
                .or_else(|| f.fields.iter().map(String::as_str).find(|p| on_page(p)))
                .or(f.fields.first().map(String::as_str))
                .unwrap_or_default()
                .to_string();
            let fields = f.fields.iter().map(|p| (p.clone(), label_of(template, p))).collect();
            Placed {
                finding: (*f).clone(),
                home,
                fields,
            }
        })
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
    pub send: Callback<Action>,
    pub placed: Placed,
    /// The field this message is shown next to.
    pub here: String,
}

fn focus_button(path: &str, text: String) -> Html {
    let path = path.to_string();
    let onclick = Callback::from(move |_| focus::focus_field(&path));
    html! { <button type="button" class="link small" {onclick}>{ text }</button> }
}

/// One finding: severity in words (not only colour), message, one-click fix, accept-with-reason;
/// on a field that is not its home, a short link to where it is shown in full.
#[function_component(FindingMessage)]
pub fn finding_message(props: &FindingProps) -> Html {
    let p = &props.placed;
    let f = &p.finding;
    let reason = use_state(String::new);
    let label = |path: &str| {
        p.fields
            .iter()
            .find(|(q, _)| q == path)
            .map_or(path.to_string(), |(_, l)| l.clone())
    };
    if props.here != p.home {
        return html! {
            <div class={severity_class(f)}>
                <strong class="tag">{ severity_label(f) }{ ": " }</strong>
                <span>{ "ô này có trong một kiểm tra. " }</span>
                { focus_button(&p.home, format!("Xem ở ô “{}”", label(&p.home))) }
            </div>
        };
    }
    let send = props.send.clone();
    let fix = f.suggestion.clone().and_then(|s| {
        let path = FieldPath::parse(&s.field)?;
        // A whole paragraph (a citation's date corrected in prose) is not a button label.
        let text = if s.value.chars().count() > 40 || s.value.contains('\n') {
            "Sửa theo gợi ý".to_string()
        } else {
            format!("Dùng {}", s.value)
        };
        let onclick = send.reform(move |_| {
            Action::Edit(Edit::Fix {
                path: path.clone(),
                text: s.value.clone(),
            })
        });
        Some(html! { <button type="button" class="small" {onclick}>{ text }</button> })
    });
    let others = p
        .fields
        .iter()
        .filter(|(q, _)| *q != props.here)
        .map(|(q, l)| focus_button(q, format!("Đến ô “{l}”")));
    let accept = if f.severity == Severity::Warning {
        let key = f.key.clone();
        if let Some(r) = &f.accepted {
            let onclick = send.reform(move |_| Action::Edit(Edit::Unaccept { key: key.clone() }));
            html! {
                <p class="accepted-reason">{ format!("Lý do chấp nhận: {r} ") }
                    <button type="button" class="link small" {onclick}>{ "Bỏ chấp nhận" }</button>
                </p>
            }
        } else {
            let input_id = format!("ly-do-{}", f.key.replace(['/', '#'], "-"));
            let r = reason.clone();
            let oninput = Callback::from(move |e: InputEvent| {
                r.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value())
            });
            let value = reason.trim().to_string();
            let onclick = send.reform(move |_| {
                Action::Edit(Edit::Accept {
                    key: key.clone(),
                    reason: value.clone(),
                })
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
