//! Rules (quy tắc kiểm tra) built by picking fields from lists, never by typing ids.

use bccds_core::builtin::catalogue;
use bccds_core::editor::{rule_name, Edit, NewRule, Place};
use bccds_core::template::{FieldKind, Relation, TemplateSpec};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::inputs::{errors_here, select};
use super::page::{at, Errors};
use super::sections::shown_label;
use super::state::Msg;

pub fn view(spec: &TemplateSpec, send: &Callback<Msg>, errors: &Errors) -> Html {
    html! {
        <section class="card" aria-labelledby="quy-tac">
            <h2 id="quy-tac">{ "Quy tắc kiểm tra số liệu" }</h2>
            if spec.rules.is_empty() { <p>{ "Chưa có quy tắc nào." }</p> }
            <ul class="rule-list">
                { for spec.rules.iter().enumerate().map(|(i, r)| {
                    let remove = {
                        let send = send.clone();
                        Callback::from(move |_| send.emit(Msg::Edit(Edit::RemoveRule(i))))
                    };
                    let name = rule_name(spec, r);
                    html! {
                        <li>
                            { &name }
                            { " " }
                            <button type="button" class="secondary" aria-label={format!("Xoá quy tắc “{name}”")} onclick={remove}>{ "Xoá" }</button>
                            { errors_here(&at(errors, Place::Rule(i))) }
                        </li>
                    }
                }) }
            </ul>
            <AddRule spec={spec.clone()} send={send.clone()} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct AddProps {
    spec: TemplateSpec,
    send: Callback<Msg>,
}

const KINDS: [(&str, &str); 5] = [
    ("sum-equal", "Tổng các phần = tổng"),
    ("sum-at-most", "Tổng các phần ≤ tổng"),
    ("at-most", "Phần ≤ tổng"),
    ("rate", "Tỷ lệ khớp số liệu"),
    ("same", "Cùng một số liệu"),
];

#[function_component(AddRule)]
fn add_rule(props: &AddProps) -> Html {
    let cat = use_memo((), |_| catalogue());
    let kind = use_state(|| "sum-equal".to_string());
    let picked = use_state(Vec::<String>::new);
    let total = use_state(String::new);
    let rate = use_state(String::new);
    let fields: Vec<(String, String, FieldKind)> = props
        .spec
        .sections
        .iter()
        .flat_map(|s| s.fields.iter())
        .flat_map(|f| {
            let k = f
                .kind
                .or_else(|| f.indicator.as_ref().and_then(|i| cat.indicator(i)).map(|i| i.kind));
            let label = shown_label(f, &cat);
            match k {
                Some(k) if k.is_numeric() => vec![(f.id.clone(), label, k)],
                // A rule on a table's columns is checked on every row ("bang[].cot").
                Some(FieldKind::Table) => f
                    .columns
                    .iter()
                    .filter_map(|c| {
                        let k = c.kind?;
                        k.is_numeric().then(|| {
                            let name = c.label.clone().unwrap_or_default();
                            (
                                format!("{}[].{}", f.id, c.id),
                                format!("{label} › {name} (mỗi dòng)"),
                                k,
                            )
                        })
                    })
                    .collect(),
                // A fraction's halves are numbers of their own ("03/05 xã": 3 and 5).
                Some(FieldKind::Fraction) => vec![
                    (format!("{}.num", f.id), format!("{label} (tử số)"), FieldKind::Count),
                    (format!("{}.den", f.id), format!("{label} (mẫu số)"), FieldKind::Count),
                ],
                _ => Vec::new(),
            }
        })
        .collect();
    if fields.len() < 2 {
        return html! { <p class="hint">{ "Thêm ít nhất hai trường số (số lượng, tỷ lệ, số tiền…) để đặt quy tắc." }</p> };
    }
    let options: Vec<(String, String)> = fields.iter().map(|(id, l, _)| (id.clone(), l.clone())).collect();
    let percents: Vec<(String, String)> = fields
        .iter()
        .filter(|(_, _, k)| *k == FieldKind::Percent)
        .map(|(id, l, _)| (id.clone(), l.clone()))
        .collect();
    let valid = |h: &UseStateHandle<String>, list: &[(String, String)]| {
        if list.iter().any(|(id, _)| id == &**h) {
            (**h).clone()
        } else {
            list.first().map(|(id, _)| id.clone()).unwrap_or_default()
        }
    };
    let total_id = valid(&total, &options);
    let rate_id = valid(&rate, &percents);
    let set = |h: &UseStateHandle<String>| {
        let h = h.clone();
        Callback::from(move |v: String| h.set(v))
    };
    let is_rate = *kind == "rate";
    let kinds: Vec<(String, String)> = KINDS.iter().map(|(v, t)| (v.to_string(), t.to_string())).collect();
    let (first_label, second_label) = match kind.as_str() {
        "sum-equal" | "sum-at-most" => ("Các phần", "Tổng"),
        "at-most" => ("Phần", "Tổng (không được nhỏ hơn phần)"),
        "rate" => ("Tử số, mẫu số (chọn hai, theo thứ tự)", "Tỷ lệ đã khai"),
        _ => ("Các trường cùng một số liệu", ""),
    };
    let add = {
        let (send, kind, picked) = (props.send.clone(), kind.clone(), picked.clone());
        let (total_id, rate_id) = (total_id.clone(), rate_id.clone());
        Callback::from(move |_| {
            let p = (*picked).clone();
            let rule = match kind.as_str() {
                "sum-equal" | "sum-at-most" => NewRule::Sum {
                    parts: p.into_iter().filter(|x| *x != total_id).collect(),
                    total: total_id.clone(),
                    relation: if *kind == "sum-equal" {
                        Relation::Equal
                    } else {
                        Relation::AtMost
                    },
                },
                "at-most" => NewRule::AtMost {
                    part: p.first().cloned().unwrap_or_default(),
                    whole: total_id.clone(),
                },
                "rate" => NewRule::Rate {
                    rate: rate_id.clone(),
                    numerator: p.first().cloned().unwrap_or_default(),
                    denominator: p.get(1).cloned().unwrap_or_default(),
                },
                _ => NewRule::Same { fields: p },
            };
            send.emit(Msg::Edit(Edit::AddRule(rule)));
            picked.set(Vec::new());
        })
    };
    let checks = fields.iter().enumerate().map(|(i, (id, label, _))| {
        let (list_handle, id2) = (picked.clone(), id.clone());
        let onchange = Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            let mut list = (*list_handle).clone();
            list.retain(|x| *x != id2);
            if on {
                list.push(id2.clone());
            }
            list_handle.set(list);
        });
        let order = picked.iter().position(|x| x == id).map(|p| format!(" ({})", p + 1));
        html! {
            <div class="field check">
                <input type="checkbox" id={format!("qt-chon-{i}")} checked={picked.contains(id)} {onchange} />
                <label for={format!("qt-chon-{i}")}>{ label }{ order.unwrap_or_default() }</label>
            </div>
        }
    });
    html! {
        <div class="add-rule">
            <h3>{ "Thêm quy tắc" }</h3>
            { select("qt-loai", "Loại quy tắc", &kinds, &kind, set(&kind)) }
            <fieldset>
                <legend>{ first_label }</legend>
                { for checks }
            </fieldset>
            if is_rate {
                if percents.is_empty() {
                    <p class="hint">{ "Chưa có trường tỷ lệ (%) nào." }</p>
                } else {
                    { select("qt-ty-le", second_label, &percents, &rate_id, set(&rate)) }
                }
            } else if !second_label.is_empty() {
                { select("qt-tong", second_label, &options, &total_id, set(&total)) }
            }
            <button type="button" onclick={add}>{ "Thêm quy tắc" }</button>
        </div>
    }
}
