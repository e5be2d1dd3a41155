//! Repeatable rows (document lists, task table, indicator appendix): add, remove (undo), reorder.

use std::rc::Rc;

use bccds_core::citations;
use bccds_core::document::is_document_list;
use bccds_core::field_path::FieldPath;
use bccds_core::report::Row;
use bccds_core::template::{frame_ids, Field, FieldKind};
use bccds_core::validate::Computed;
use yew::prelude::*;

use super::field::FieldInput;
use super::findings::{FindingMessage, Placed};
use crate::adapters::focus::{self, input_id, message_id};
use crate::state::{Action, Edit};

/// How many catalogue documents a row offers at most.
const SUGGESTIONS: usize = 3;

/// Under a row of a document list: catalogue documents matching what was typed in its symbol cell
/// (else its title cell), each filling the whole row with one click. Nothing once the row's document
/// columns are all written, or while nothing was typed.
fn document_suggestions(send: &Callback<Action>, table: &Field, row: usize, cells: &Row) -> Option<Html> {
    let text_of = |role_id: &str| {
        cells
            .get(role_id)
            .and_then(|v| v.as_text())
            .unwrap_or("")
            .trim()
            .to_string()
    };
    let symbol_column = table
        .columns
        .iter()
        .find(|c| c.id == frame_ids::DOC_NUMBER || c.kind == FieldKind::DocumentNumber);
    let title_column = table.columns.iter().find(|c| c.id == frame_ids::DOC_SUMMARY);
    let query = symbol_column
        .map(|c| text_of(&c.id))
        .filter(|q| !q.is_empty())
        .or_else(|| title_column.map(|c| text_of(&c.id)))
        .unwrap_or_default();
    if query.chars().count() < 2 {
        return None;
    }
    let catalogue = citations::current();
    let found = citations::search(&catalogue, &query, SUGGESTIONS);
    // A row whose document columns are all written is done: a date or issuer that differs from the
    // catalogue is the citation check's finding (with its fix), not a suggestion.
    let filled = |e: &citations::Entry| {
        citations::row_for(table, e).iter().all(|(c, _)| {
            cells
                .get(c)
                .and_then(|v| v.as_text())
                .is_some_and(|t| !t.trim().is_empty())
        })
    };
    if found.first().is_none_or(|e| filled(e)) {
        return None;
    }
    let buttons = found.into_iter().map(|e| {
        let fill = Edit::FillRow {
            table: table.id.clone(),
            row,
            cells: citations::row_for(table, e),
        };
        let onclick = send.reform(move |_| Action::Edit(fill.clone()));
        // The box keeps the focus while the mouse is down: leaving it would show its messages and
        // move the list under the pointer before the click lands.
        let onmousedown = Callback::from(|e: MouseEvent| e.prevent_default());
        html! { <li><button type="button" class="small suggestion" {onclick} {onmousedown} title={e.title.clone()}>{ e.label() }</button></li> }
    });
    Some(html! {
        <div class="suggestions">
            <p class="hint">{ "Văn bản trong danh mục khớp với nội dung đã gõ — chọn để điền cả dòng:" }</p>
            <ul>{ for buttons }</ul>
        </div>
    })
}

#[derive(Properties, PartialEq)]
pub struct TableProps {
    pub send: Callback<Action>,
    pub field: Rc<Field>,
    pub rows: Vec<Row>,
    /// Visible findings of the page (each cell picks its own).
    pub findings: Rc<Vec<Placed>>,
    /// Computed columns per row: (column id, value).
    pub computed: Vec<Vec<(String, Computed)>>,
    /// Position (0-based) of the row of this table just removed, while it can be put back.
    #[prop_or_default]
    pub removed: Option<usize>,
}

#[function_component(TableInput)]
pub fn table_input(props: &TableProps) -> Html {
    let t = &props.field;
    let send = props.send.clone();
    let columns = use_memo(t.clone(), |t| {
        t.columns.iter().cloned().map(Rc::new).collect::<Vec<_>>()
    });
    use_effect(focus::apply_pending);
    let add = {
        let send = send.clone();
        let table = t.id.clone();
        let count = props.rows.len();
        // The new row's first box gets the focus, so the user types on at once.
        let first = t
            .columns
            .iter()
            .find(|c| c.kind != FieldKind::Computed)
            .map(|c| c.id.clone());
        Callback::from(move |_| {
            send.emit(Action::Edit(Edit::AddRow { table: table.clone() }));
            if let Some(col) = &first {
                focus::focus_field(&FieldPath::cell(table.clone(), count, col.clone()).to_string());
            }
        })
    };
    let undo_id = format!("hoan-tac-{}", t.id);
    let documents = is_document_list(t);
    let own: Vec<&Placed> = props.findings.iter().filter(|p| p.finding.involves(&t.id)).collect();
    let rows = props.rows.iter().enumerate().map(|(i, row)| {
        let button = |label: &str, edit: Edit, enabled: bool, after: Option<String>| {
            let onclick = send.reform(move |_| {
                if let Some(id) = &after {
                    focus::focus_field_id(id);
                }
                Action::Edit(edit.clone())
            });
            html! { <button type="button" class="small" {onclick} disabled={!enabled} aria-label={format!("{label} dòng {}", i + 1)}>{ label.to_string() }</button> }
        };
        let table = t.id.clone();
        let cells = columns.iter().map(|c| {
            let path = FieldPath::cell(t.id.clone(), i, c.id.clone());
            let text = path.to_string();
            // Only this cell's findings: a cell whose findings did not change is not rendered again.
            let findings: Vec<Placed> = props.findings.iter().filter(|p| p.finding.involves(&text)).cloned().collect();
            let findings = Rc::new(findings);
            let computed = if c.kind == FieldKind::Computed {
                props.computed.get(i).and_then(|cs| cs.iter().find(|(id, _)| *id == c.id)).map(|(_, v)| v.clone())
            } else {
                None
            };
            html! { <FieldInput send={send.clone()} field={c.clone()} {path} value={row.get(&c.id).cloned()} {findings} {computed} /> }
        });
        let suggestions = documents.then(|| document_suggestions(&send, t, i, row)).flatten();
        html! {
            <fieldset class="row">
                <legend>{ format!("Dòng {}", i + 1) }</legend>
                { for cells }
                // One node whether shown or not (see field.rs): the boxes before it keep their focus.
                if let Some(s) = suggestions { { s } }
                <div class="row-actions">
                    { button("Lên", Edit::MoveRow { table: table.clone(), row: i, up: true }, i > 0, None) }
                    { button("Xuống", Edit::MoveRow { table: table.clone(), row: i, up: false }, i + 1 < props.rows.len(), None) }
                    { button("Xóa", Edit::RemoveRow { table: table.clone(), row: i }, true, Some(undo_id.clone())) }
                </div>
            </fieldset>
        }
    });
    let undo = props.removed.map(|row| {
        html! {
            <p class="banner info" role="status">{ format!("Đã xóa dòng {}. ", row + 1) }
                <button type="button" class="link" id={undo_id.clone()} onclick={send.reform(|_| Action::Undo)}>{ "Hoàn tác" }</button>
            </p>
        }
    });
    html! {
        <div class="field table" id={input_id(&t.id)} tabindex="-1">
            <h2 class="label">{ &t.label }{ if t.required { " (bắt buộc)" } else { "" } }</h2>
            if let Some(h) = &t.help { <p class="hint">{ h }</p> }
            if !own.is_empty() {
                <div id={message_id(&t.id)} class="messages">
                    { for own.iter().map(|x| html! { <FindingMessage key={x.finding.key.clone()} send={send.clone()} placed={(*x).clone()} here={t.id.clone()} /> }) }
                </div>
            }
            if props.rows.is_empty() { <p class="empty">{ "Chưa có dòng nào." }</p> }
            // Rows in their own list, the undo notice as one node: adding or removing either never
            // makes the nodes around them be rebuilt (which would drop the focus).
            <div class="rows">{ for rows }</div>
            if let Some(u) = undo { { u } }
            <button type="button" onclick={add}>{ format!("Thêm dòng vào “{}”", t.label) }</button>
        </div>
    }
}
