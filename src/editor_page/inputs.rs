//! Small form controls shared by the editor's views: each reports the new text through a callback.

use bccds_core::template::FieldKind;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The field kinds an officer may pick, in plain Vietnamese (computed rates are made by their own button).
pub const KINDS: [(FieldKind, &str); 11] = [
    (FieldKind::Narrative, "Đoạn văn (có gạch đầu dòng)"),
    (FieldKind::Text, "Dòng chữ ngắn"),
    (FieldKind::Count, "Số lượng (số nguyên)"),
    (FieldKind::Decimal, "Số thập phân"),
    (FieldKind::Percent, "Tỷ lệ (%)"),
    (FieldKind::Money, "Số tiền (đồng)"),
    (FieldKind::Fraction, "Phân số x/y (03/05 xã)"),
    (FieldKind::Date, "Ngày tháng"),
    (FieldKind::DocumentNumber, "Số, ký hiệu văn bản"),
    (FieldKind::Status, "Tình trạng (chọn mức)"),
    (FieldKind::Table, "Bảng (nhiều dòng)"),
];

pub fn kind_name(kind: FieldKind) -> &'static str {
    KINDS
        .iter()
        .find(|(k, _)| *k == kind)
        .map_or("Tỷ lệ tính sẵn", |(_, n)| n)
}

pub fn kind_from_index(i: &str) -> Option<FieldKind> {
    i.parse::<usize>().ok().and_then(|i| KINDS.get(i)).map(|(k, _)| *k)
}

/// A labelled one-line input.
pub fn text_input(id: &str, label: &str, value: &str, on: Callback<String>) -> Html {
    let oninput = Callback::from(move |e: InputEvent| on.emit(e.target_unchecked_into::<HtmlInputElement>().value()));
    html! {
        <div class="field">
            <label for={id.to_string()}>{ label }</label>
            <input id={id.to_string()} type="text" value={value.to_string()} {oninput} />
        </div>
    }
}

/// A labelled multi-line input.
pub fn text_area(id: &str, label: &str, value: &str, rows: u32, on: Callback<String>) -> Html {
    let oninput =
        Callback::from(move |e: InputEvent| on.emit(e.target_unchecked_into::<HtmlTextAreaElement>().value()));
    html! {
        <div class="field">
            <label for={id.to_string()}>{ label }</label>
            <textarea id={id.to_string()} rows={rows.to_string()} value={value.to_string()} {oninput} />
        </div>
    }
}

/// A labelled checkbox.
pub fn checkbox(id: &str, label: &str, checked: bool, on: Callback<bool>) -> Html {
    let onchange = Callback::from(move |e: Event| on.emit(e.target_unchecked_into::<HtmlInputElement>().checked()));
    html! {
        <div class="field check">
            <input id={id.to_string()} type="checkbox" {checked} {onchange} />
            <label for={id.to_string()}>{ label }</label>
        </div>
    }
}

/// A labelled list: `options` are (value, text); reports the chosen value.
pub fn select(id: &str, label: &str, options: &[(String, String)], selected: &str, on: Callback<String>) -> Html {
    let onchange = Callback::from(move |e: Event| on.emit(e.target_unchecked_into::<HtmlSelectElement>().value()));
    html! {
        <div class="field">
            <label for={id.to_string()}>{ label }</label>
            <select id={id.to_string()} {onchange}>
                { for options.iter().map(|(v, t)| html! {
                    <option value={v.clone()} selected={v == selected}>{ t }</option>
                }) }
            </select>
        </div>
    }
}

/// The options of a kind list, by index into [`KINDS`].
pub fn kind_options() -> Vec<(String, String)> {
    KINDS
        .iter()
        .enumerate()
        .map(|(i, (_, n))| (i.to_string(), n.to_string()))
        .collect()
}

pub fn kind_index(kind: FieldKind) -> String {
    KINDS
        .iter()
        .position(|(k, _)| *k == kind)
        .map_or(String::new(), |i| i.to_string())
}

/// Messages shown next to a part (loader errors, in Vietnamese).
pub fn errors_here(messages: &[String]) -> Html {
    if messages.is_empty() {
        return html! {};
    }
    html! {
        <ul class="messages" role="alert">
            { for messages.iter().map(|m| html! { <li class="finding error">{ m }</li> }) }
        </ul>
    }
}
