//! The live preview: the chosen section's form as a commune will see it, with sample figures the
//! officer types and the findings the rules give on them, and the printed document.

use bccds_core::render::render_document;
use bccds_core::report::{Report, Row, Value};
use bccds_core::template::{Field, FieldKind, Template};
use bccds_core::validate::{computed_value, validate_on, Finding, FindingKind};
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::state::{EditorState, Msg};
use crate::adapters::{clock, storage};

fn text_of(v: Option<&Value>) -> String {
    match v {
        Some(Value::Text(t)) => t.clone(),
        Some(Value::Status { choice, .. }) => choice.clone(),
        _ => String::new(),
    }
}

pub fn view(state: &EditorState, template: Option<&Template>, send: &Callback<Msg>) -> Html {
    let Some(template) = template else {
        return html! {
            <section class="card"><h2>{ "Xem trước" }</h2>
            <p>{ "Sửa hết lỗi của mẫu để xem trước mục và bản in." }</p></section>
        };
    };
    let mut report = Report::new("xem-thu", template, &storage::load_profile());
    for (k, v) in &state.sample {
        report.values.insert(k.clone(), v.clone());
    }
    let findings: Vec<Finding> = validate_on(template, &report, clock::today())
        .into_iter()
        .filter(|f| f.kind != FindingKind::Missing)
        .collect();
    // Body sections sit between the frame's head and tail.
    let section = template.sections.get(state.section + 1).filter(|s| !s.frame);
    let document = render_document(template, &report, &findings);
    html! {
        <section class="card preview" aria-labelledby="xem-truoc">
            <h2 id="xem-truoc">{ "Xem trước: mục như xã sẽ thấy" }</h2>
            <p class="hint">{ "Gõ số liệu thử để xem các quy tắc báo lỗi. Số liệu thử không nằm trong tệp mẫu." }</p>
            if let Some(section) = section {
                <h3>{ &section.title }</h3>
                if let Some(h) = &section.help { <p class="hint">{ h }</p> }
                { for section.fields.iter().map(|f| field_view(template, &report, f, &findings, send)) }
            }
            <h2>{ "Bản in với số liệu thử" }</h2>
            <iframe class="document-preview" title="Bản in xem trước" srcdoc={document}></iframe>
        </section>
    }
}

/// Sample rows of a table: one text box per cell, a button for another row.
fn table_view(f: &Field, value: Option<&Value>, emit: &(impl Fn(Value) + Clone + 'static)) -> Html {
    let rows: Vec<Row> = match value {
        Some(Value::Rows(rows)) if !rows.is_empty() => rows.clone(),
        _ => vec![Row::new()],
    };
    let add = {
        let (emit, rows) = (emit.clone(), rows.clone());
        Callback::from(move |_| {
            let mut more = rows.clone();
            more.push(Row::new());
            emit(Value::Rows(more));
        })
    };
    html! {
        <>
        <table class="preview-table">
            <thead><tr>{ for f.columns.iter().map(|c| html! {
                <th scope="col">{ &c.label }{ c.unit.as_deref().map(|u| format!(" ({u})")).unwrap_or_default() }</th>
            }) }</tr></thead>
            <tbody>{ for rows.iter().enumerate().map(|(r, row)| html! {
                <tr>{ for f.columns.iter().map(|c| {
                    let (emit, rows, column) = (emit.clone(), rows.clone(), c.id.clone());
                    let oninput = Callback::from(move |e: InputEvent| {
                        let mut next = rows.clone();
                        next[r].insert(column.clone(), Value::Text(e.target_unchecked_into::<HtmlInputElement>().value()));
                        emit(Value::Rows(next));
                    });
                    html! { <td><input type="text" id={format!("xt-{}-{r}-{}", f.id, c.id)} aria-label={format!("{} dòng {}", c.label, r + 1)} value={text_of(row.get(&c.id))} {oninput} /></td> }
                }) }</tr>
            }) }</tbody>
        </table>
        <button type="button" class="secondary" onclick={add}>{ "Thêm dòng thử" }</button>
        </>
    }
}

fn field_view(template: &Template, report: &Report, f: &Field, findings: &[Finding], send: &Callback<Msg>) -> Html {
    let id = format!("xt-{}", f.id);
    let here: Vec<&Finding> = findings
        .iter()
        .filter(|x| {
            x.fields
                .iter()
                .any(|p| p == &f.id || p.starts_with(&format!("{}/", f.id)))
        })
        .collect();
    let value = report.values.get(&f.id);
    let field_id = f.id.clone();
    let sender = send.clone();
    let emit = move |v: Value| {
        sender.emit(Msg::Sample {
            field: field_id.clone(),
            value: v,
        })
    };
    let input = match f.kind {
        FieldKind::Narrative => {
            let emit = emit.clone();
            let oninput = Callback::from(move |e: InputEvent| {
                emit(Value::Text(e.target_unchecked_into::<HtmlTextAreaElement>().value()))
            });
            html! { <textarea id={id.clone()} rows="3" value={text_of(value)} {oninput} /> }
        }
        FieldKind::Status => {
            let emit = emit.clone();
            let onchange = Callback::from(move |e: Event| {
                emit(Value::Status {
                    choice: e.target_unchecked_into::<HtmlSelectElement>().value(),
                    note: String::new(),
                })
            });
            let current = text_of(value);
            html! {
                <select id={id.clone()} {onchange}>
                    <option value="" selected={current.is_empty()}>{ "— Chọn —" }</option>
                    { for f.choices.iter().map(|c| html! { <option value={c.clone()} selected={*c == current}>{ c }</option> }) }
                </select>
            }
        }
        FieldKind::Computed => {
            let shown = computed_value(template, report, f, None).map_or("—".to_string(), |c| c.display);
            html! { <output id={id.clone()} class="computed">{ shown }</output> }
        }
        FieldKind::Table => table_view(f, value, &emit),
        _ => {
            let emit = emit.clone();
            let oninput = Callback::from(move |e: InputEvent| {
                emit(Value::Text(e.target_unchecked_into::<HtmlInputElement>().value()))
            });
            html! { <input id={id.clone()} type="text" inputmode={f.kind.is_numeric().then_some("decimal")} value={text_of(value)} {oninput} /> }
        }
    };
    html! {
        <div class="field">
            if let Some(h) = &f.heading { <p class="sub-heading">{ h }</p> }
            <label for={id}>{ &f.label }{ f.unit.as_deref().map(|u| format!(" ({u})")).unwrap_or_default() }{ if f.required { " *" } else { "" } }</label>
            { input }
            { for here.iter().map(|x| html! {
                <p class={classes!("finding", if x.severity == bccds_core::template::Severity::Error { "error" } else { "warning" })}>{ &x.message }</p>
            }) }
        </div>
    }
}
