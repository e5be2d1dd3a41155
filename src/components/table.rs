//! Repeatable rows (document lists, task table, indicator appendix): add, remove, reorder.

use bccds_core::report::Row;
use bccds_core::template::{Field, FieldKind};
use bccds_core::validate::{field_path, Computed, Finding};
use yew::prelude::*;

use super::field::FieldInput;
use super::findings::FindingMessage;
use crate::adapters::focus::message_id;
use crate::app::Ctx;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct TableProps {
    pub ctx: Ctx,
    pub field: Field,
    pub rows: Vec<Row>,
    /// Visible findings of the whole report (each cell picks its own).
    pub findings: Vec<Finding>,
    /// Computed columns per row: (column id, value).
    pub computed: Vec<Vec<(String, Computed)>>,
}

#[function_component(TableInput)]
pub fn table_input(props: &TableProps) -> Html {
    let t = &props.field;
    let app = props.ctx.app.clone();
    let add = {
        let app = app.clone();
        let table = t.id.clone();
        Callback::from(move |_| app.dispatch(Action::AddRow { table: table.clone() }))
    };
    let own: Vec<&Finding> = props.findings.iter().filter(|f| f.involves(&t.id)).collect();
    let rows = props.rows.iter().enumerate().map(|(i, row)| {
        let button = |label: &str, up: Option<bool>, enabled: bool| {
            let app = app.clone();
            let table = t.id.clone();
            let onclick = Callback::from(move |_| match up {
                Some(up) => app.dispatch(Action::MoveRow { table: table.clone(), row: i, up }),
                None => app.dispatch(Action::RemoveRow { table: table.clone(), row: i }),
            });
            html! { <button type="button" class="small" {onclick} disabled={!enabled} aria-label={format!("{label} dòng {}", i + 1)}>{ label.to_string() }</button> }
        };
        let cells = t.columns.iter().map(|c| {
            let path = field_path(&t.id, Some((i, &c.id)));
            let findings: Vec<Finding> = props.findings.iter().filter(|f| f.involves(&path)).cloned().collect();
            let computed = if c.kind == FieldKind::Computed {
                props.computed.get(i).and_then(|cs| cs.iter().find(|(id, _)| *id == c.id)).map(|(_, v)| v.clone())
            } else {
                None
            };
            html! { <FieldInput ctx={props.ctx.clone()} field={c.clone()} path={path} value={row.get(&c.id).cloned()} {findings} {computed} /> }
        });
        html! {
            <fieldset class="row">
                <legend>{ format!("Dòng {}", i + 1) }</legend>
                { for cells }
                <div class="row-actions">
                    { button("Lên", Some(true), i > 0) }
                    { button("Xuống", Some(false), i + 1 < props.rows.len()) }
                    { button("Xóa", None, true) }
                </div>
            </fieldset>
        }
    });
    html! {
        <div class="field table" id={crate::adapters::focus::input_id(&t.id)} tabindex="-1">
            <h2 class="label">{ &t.label }{ if t.required { " (bắt buộc)" } else { "" } }</h2>
            { for t.help.as_ref().map(|h| html! { <p class="hint">{ h }</p> }) }
            if !own.is_empty() {
                <div id={message_id(&t.id)} class="messages">
                    { for own.iter().map(|x| html! { <FindingMessage ctx={props.ctx.clone()} finding={(*x).clone()} here={t.id.clone()} /> }) }
                </div>
            }
            if props.rows.is_empty() { <p class="empty">{ "Chưa có dòng nào." }</p> }
            { for rows }
            <button type="button" onclick={add}>{ format!("Thêm dòng vào “{}”", t.label) }</button>
        </div>
    }
}
