//! One field's widget, by kind: text, narrative, numbers with unit, dates, status, computed.
//!
//! Typed text goes to the state at once (and is saved), but the field's messages wait until the
//! user leaves the box or pauses for [`PAUSE_MS`]: a date typed character by character is not
//! "wrong" at every character.

use std::rc::Rc;

use bccds_core::field_path::FieldPath;
use bccds_core::report::Value;
use bccds_core::template::{Field, FieldKind};
use bccds_core::validate::{normal_form, Computed};
use yew::prelude::*;

use super::findings::{FindingMessage, Placed};
use crate::adapters::focus::{input_id, message_id};
use crate::adapters::timer::Debounce;
use crate::state::{Action, Edit};

/// A pause this long in typing counts as having finished the value.
pub const PAUSE_MS: i32 = 1000;

#[derive(Properties)]
pub struct FieldProps {
    pub send: Callback<Action>,
    pub field: Rc<Field>,
    pub path: FieldPath,
    pub value: Option<Value>,
    /// Visible findings of the field (for a table cell: of its table; each shows those involving it).
    pub findings: Rc<Vec<Placed>>,
    #[prop_or_default]
    pub computed: Option<Computed>,
    /// The previous period's figure ("Kỳ trước: 1.686"), for a report made from an earlier one.
    #[prop_or_default]
    pub previous: Option<Rc<str>>,
}

/// Shared parts compare by address first: on a keystroke only the widgets whose value, findings or
/// computed figure changed render again.
impl PartialEq for FieldProps {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
            && self.path == other.path
            && self.computed == other.computed
            && self.previous == other.previous
            && (Rc::ptr_eq(&self.findings, &other.findings) || self.findings == other.findings)
            && (Rc::ptr_eq(&self.field, &other.field) || self.field == other.field)
            && self.send == other.send
    }
}

#[function_component(FieldInput)]
pub fn field_input(props: &FieldProps) -> Html {
    let f = &props.field;
    let path_text = props.path.to_string();
    let id = input_id(&path_text);
    let hint_id = format!("h-{}", &id[2..]);
    let msg_id = message_id(&path_text);
    let mine: Vec<&Placed> = props
        .findings
        .iter()
        .filter(|x| x.finding.involves(&path_text))
        .collect();
    let invalid = mine.iter().any(|x| x.finding.is_open());
    let mut described = Vec::new();
    if f.help.is_some() {
        described.push(hint_id.clone());
    }
    let previous_id = format!("kt-{}", &id[2..]);
    if props.previous.is_some() {
        described.push(previous_id.clone());
    }
    if !mine.is_empty() {
        described.push(msg_id.clone());
    }
    let described = (!described.is_empty()).then(|| described.join(" "));
    let text = props.value.as_ref().and_then(Value::as_text).unwrap_or("").to_string();
    let send = props.send.clone();
    let path = props.path.clone();
    let pause = {
        let send = send.clone();
        use_memo(path.clone(), move |path| {
            let path = path.clone();
            Debounce::new(PAUSE_MS, move || send.emit(Action::DoneTyping(path.clone())))
        })
    };
    let on_text = {
        let (send, path, pause) = (send.clone(), path.clone(), pause.clone());
        Callback::from(move |text: String| {
            send.emit(Action::Type {
                path: path.clone(),
                text,
            });
            pause.poke();
        })
    };
    let oninput = {
        let on_text = on_text.clone();
        Callback::from(move |e: InputEvent| {
            let el: web_sys::HtmlInputElement = e.target_unchecked_into();
            on_text.emit(el.value());
        })
    };
    // On leaving the box its messages show, and it shows the value's normal form (the core's
    // `normal_form`: "1686" → "1.686", "18-9-2025" → "18/9/2025", typed leading zeros kept: "03").
    let onblur = {
        let field = f.clone();
        let text = text.clone();
        let (send, path, pause) = (send.clone(), path.clone(), pause.clone());
        Callback::from(move |_: FocusEvent| {
            pause.cancel();
            send.emit(Action::DoneTyping(path.clone()));
            if let Some(shown) = normal_form(&field, &text) {
                send.emit(Action::Edit(Edit::SetText {
                    path: path.clone(),
                    text: shown,
                }));
            }
        })
    };
    let aria_invalid = if invalid { "true" } else { "false" };
    let unit = f.unit.clone().filter(|u| !u.is_empty());
    let widget = match f.kind {
        FieldKind::Narrative => {
            let oninput = {
                let on_text = on_text.clone();
                Callback::from(move |e: InputEvent| {
                    let el: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
                    on_text.emit(el.value());
                })
            };
            let rows = (text.lines().count() + 2).clamp(3, 16).to_string();
            html! { <textarea id={id.clone()} rows={rows} value={text.clone()} {oninput} onblur={onblur.clone()} aria-invalid={aria_invalid} aria-describedby={described.clone()} /> }
        }
        FieldKind::Status => {
            let (choice, note) = match &props.value {
                Some(Value::Status { choice, note }) => (choice.clone(), note.clone()),
                _ => (String::new(), String::new()),
            };
            let onchange = {
                let (send, path, note) = (send.clone(), path.clone(), note.clone());
                Callback::from(move |e: Event| {
                    let el: web_sys::HtmlSelectElement = e.target_unchecked_into();
                    send.emit(Action::Edit(Edit::SetStatus {
                        path: path.clone(),
                        choice: el.value(),
                        note: note.clone(),
                    }));
                })
            };
            let on_note = {
                let (send, path, choice) = (send.clone(), path.clone(), choice.clone());
                Callback::from(move |e: InputEvent| {
                    let el: web_sys::HtmlInputElement = e.target_unchecked_into();
                    send.emit(Action::Edit(Edit::SetStatus {
                        path: path.clone(),
                        choice: choice.clone(),
                        note: el.value(),
                    }));
                })
            };
            let note_id = format!("{id}-ghi-chu");
            html! {
                <div class="status">
                    <select id={id.clone()} {onchange} aria-invalid={aria_invalid} aria-describedby={described.clone()}>
                        <option value="" selected={choice.is_empty()}>{ "— Chọn tình trạng —" }</option>
                        { for f.choices.iter().map(|c| html! { <option value={c.clone()} selected={*c == choice}>{ c }</option> }) }
                    </select>
                    <label for={note_id.clone()} class="sub">{ "Ghi chú" }</label>
                    <input id={note_id} type="text" value={note} oninput={on_note} />
                </div>
            }
        }
        FieldKind::Computed => {
            let shown = props
                .computed
                .as_ref()
                .map(|c| c.display.clone())
                .unwrap_or_else(|| "—".into());
            let how = props
                .computed
                .as_ref()
                .map(|c| format!("Tự tính: {} = {}", c.explanation, c.display))
                .unwrap_or_else(|| "Tự tính khi đã có đủ số liệu.".into());
            html! { <p class="computed"><output id={id.clone()}>{ shown }</output> <span class="how">{ how }</span></p> }
        }
        kind => {
            let (inputmode, placeholder) = match kind {
                FieldKind::Count | FieldKind::Money => ("numeric", ""),
                FieldKind::Decimal | FieldKind::Percent => ("decimal", ""),
                FieldKind::Date => ("numeric", "ngày/tháng/năm"),
                FieldKind::Fraction => ("numeric", "ví dụ 03/05"),
                FieldKind::DocumentNumber => ("text", "ví dụ 43/KH-UBND"),
                _ => ("text", ""),
            };
            let class = if kind.is_numeric() || matches!(kind, FieldKind::Date | FieldKind::Fraction) {
                "short"
            } else {
                "long"
            };
            html! {
                <span class="with-unit">
                    <input id={id.clone()} {class} type="text" inputmode={inputmode} placeholder={placeholder} value={text.clone()}
                        {oninput} {onblur} aria-invalid={aria_invalid} aria-describedby={described.clone()} autocomplete="off" spellcheck="false" />
                    if let Some(u) = unit { <span class="unit" aria-hidden="true">{ u }</span> }
                </span>
            }
        }
    };
    // A stated rate whose counts are known: show what the app computes from them.
    let stated_rate_hint = (f.kind == FieldKind::Percent)
        .then_some(props.computed.as_ref())
        .flatten()
        .map(|c| html! { <p class="computed-hint">{ format!("Tính từ số liệu đã nhập: {} = {}", c.explanation, c.display) }</p> });
    let label = if let Some(u) = f
        .unit
        .as_ref()
        .filter(|_| f.kind.is_numeric() || f.kind == FieldKind::Fraction)
    {
        format!("{} ({u})", f.label)
    } else {
        f.label.clone()
    };
    let label_el = if f.kind == FieldKind::Computed {
        html! { <span class="label">{ label }</span> }
    } else {
        html! { <label for={id.clone()}>{ label }{ if f.required { html! { <span class="req">{ " (bắt buộc)" }</span> } } else { html! {} } }</label> }
    };
    let class = if mine
        .iter()
        .any(|x| x.finding.is_open() && x.finding.severity == bccds_core::template::Severity::Error)
    {
        "field has-error"
    } else if invalid {
        "field has-warning"
    } else {
        "field"
    };
    html! {
        <div class={class}>
            { label_el }
            if let Some(h) = &f.help { <p class="hint" id={hint_id.clone()}>{ h }</p> }
            { widget }
            // One node whether shown or not: the boxes before it keep their DOM nodes (and focus).
            if let Some(hint) = stated_rate_hint { { hint } }
            if let Some(p) = &props.previous { <p class="previous" id={previous_id}>{ p.to_string() }</p> }
            // Below the box, so the box does not move under the cursor while the user types.
            if !mine.is_empty() {
                <div id={msg_id} class="messages">
                    { for mine.iter().map(|x| html! { <FindingMessage key={x.finding.key.clone()} send={send.clone()} placed={(*x).clone()} here={path_text.clone()} /> }) }
                </div>
            }
        </div>
    }
}
