//! Sections (mục) and their fields: the list of sections, the chosen section's settings, each
//! field's settings, and the buttons that add fields, catalogue indicators and computed rates.

use bccds_core::editor::{Edit, FieldAt, FieldChange};
use bccds_core::template::{Catalogue, FieldKind, FieldSpec, TemplateSpec};
use yew::prelude::*;

use super::inputs::{
    checkbox, errors_here, kind_from_index, kind_index, kind_name, kind_options, select, text_area, text_input,
};
use super::page::{at, Errors};
use super::state::{EditorState, Msg};
use bccds_core::editor::Place;

fn send_edit(send: &Callback<Msg>, edit: Edit) -> Callback<MouseEvent> {
    let send = send.clone();
    Callback::from(move |_| send.emit(Msg::Edit(edit.clone())))
}

pub fn view(state: &EditorState, send: &Callback<Msg>, errors: &Errors, cat: &Catalogue) -> Html {
    let spec = &state.spec;
    let n = spec.sections.len();
    let list = spec.sections.iter().enumerate().map(|(i, s)| {
        let has_errors = errors.iter().any(|(p, _)| match p {
            Place::Section(x) => *x == i,
            Place::Field(f) => f.section == i,
            _ => false,
        });
        let choose = {
            let send = send.clone();
            Callback::from(move |_| send.emit(Msg::Select(i)))
        };
        let current = i == state.section;
        html! {
            <li class={classes!(current.then_some("current"))}>
                <button type="button" class="link" onclick={choose} aria-current={current.then_some("true")}>
                    if let Some(g) = &s.group { <span class="group-name">{ g }</span><br/> }
                    { if s.title.trim().is_empty() { "(chưa có tên mục)" } else { &s.title } }
                    if s.appendix { { " (phụ lục)" } }
                    if has_errors { <span class="status-tag error">{ "có lỗi" }</span> }
                </button>
                <span class="row-actions">
                    <button type="button" class="secondary" disabled={i == 0} aria-label={format!("Đưa mục “{}” lên", s.title)} onclick={send_edit(send, Edit::MoveSection { from: i, to: i.saturating_sub(1) })}>{ "↑" }</button>
                    <button type="button" class="secondary" disabled={i + 1 >= n} aria-label={format!("Đưa mục “{}” xuống", s.title)} onclick={send_edit(send, Edit::MoveSection { from: i, to: i + 1 })}>{ "↓" }</button>
                    <button type="button" class="secondary" aria-label={format!("Xoá mục “{}”", s.title)} onclick={send_edit(send, Edit::RemoveSection(i))}>{ "Xoá" }</button>
                </span>
            </li>
        }
    });
    let add_section = send_edit(
        send,
        Edit::AddSection {
            at: n.min(state.section + 1),
            title: format!("{}. Mục mới", n + 1),
        },
    );
    html! {
        <section class="card" aria-labelledby="cac-muc">
            <h2 id="cac-muc">{ "Các mục của báo cáo" }</h2>
            { errors_here(&at(errors, Place::Template).into_iter().filter(|m| m.contains("mục")).collect::<Vec<_>>()) }
            <ol class="section-list">{ for list }</ol>
            <button type="button" class="secondary" onclick={add_section}>{ "Thêm mục" }</button>
            if let Some(section) = spec.sections.get(state.section) {
                { section_editor(spec, state.section, section, send, errors, cat) }
            }
        </section>
    }
}

fn section_editor(
    spec: &TemplateSpec,
    s: usize,
    section: &bccds_core::template::SectionSpec,
    send: &Callback<Msg>,
    errors: &Errors,
    cat: &Catalogue,
) -> Html {
    let edit = |make: fn(usize, String) -> Edit| {
        let send = send.clone();
        Callback::from(move |v: String| send.emit(Msg::Edit(make(s, v))))
    };
    let appendix = {
        let send = send.clone();
        Callback::from(move |on: bool| {
            send.emit(Msg::Edit(Edit::SetAppendix {
                section: s,
                appendix: on,
            }))
        })
    };
    let nf = section.fields.len();
    html! {
        <div class="section-editor">
            <h3>{ format!("Mục đang soạn: {}", section.title) }</h3>
            { errors_here(&at(errors, Place::Section(s))) }
            { text_input("muc-tieu-de", "Tên mục (in đúng như gõ, kể cả số thứ tự)", &section.title, edit(|section, title| Edit::SetSectionTitle { section, title })) }
            { text_input("muc-phan", "Thuộc phần (ví dụ “I. KẾT QUẢ TRIỂN KHAI”; để trống nếu không có)", section.group.as_deref().unwrap_or(""), edit(|section, group| Edit::SetSectionGroup { section, group })) }
            { text_area("muc-huong-dan", "Hướng dẫn cho xã", section.help.as_deref().unwrap_or(""), 2, edit(|section, help| Edit::SetSectionHelp { section, help })) }
            { checkbox("muc-phu-luc", "In ở phần Phụ lục (sau chữ ký)", section.appendix, appendix) }
            <h4>{ format!("Các trường của mục ({nf})") }</h4>
            { for section.fields.iter().enumerate().map(|(f, field)| field_editor(FieldAt { section: s, field: f }, field, nf, send, errors, cat)) }
            <AddField section={s} spec={spec.clone()} send={send.clone()} />
        </div>
    }
}

/// The label shown for a field (its own, or its catalogue indicator's).
pub fn shown_label(field: &FieldSpec, cat: &Catalogue) -> String {
    match (&field.label, &field.indicator) {
        (Some(l), _) if !l.trim().is_empty() => l.clone(),
        (_, Some(i)) => cat.indicator(i).map_or_else(|| i.clone(), |x| x.label.clone()),
        _ => String::new(),
    }
}

fn field_kind(field: &FieldSpec, cat: &Catalogue) -> Option<FieldKind> {
    field
        .kind
        .or_else(|| field.indicator.as_ref().and_then(|i| cat.indicator(i)).map(|i| i.kind))
}

fn field_editor(
    here: FieldAt,
    field: &FieldSpec,
    count: usize,
    send: &Callback<Msg>,
    errors: &Errors,
    cat: &Catalogue,
) -> Html {
    let key = format!("t-{}-{}", here.section, here.field);
    let change = |make: fn(String) -> FieldChange| {
        let send = send.clone();
        Callback::from(move |v: String| {
            send.emit(Msg::Edit(Edit::SetField {
                at: here,
                change: make(v),
            }))
        })
    };
    let required = {
        let send = send.clone();
        Callback::from(move |on: bool| {
            send.emit(Msg::Edit(Edit::SetField {
                at: here,
                change: FieldChange::Required(on),
            }))
        })
    };
    let kind = field_kind(field, cat);
    let label = shown_label(field, cat);
    let numeric = kind.is_some_and(|k| k.is_numeric() || k == FieldKind::Fraction);
    let unit_options: Vec<(String, String)> = std::iter::once((String::new(), "(không có)".to_string()))
        .chain(cat.units.iter().map(|u| (u.clone(), u.clone())))
        .collect();
    let indicator_note = field.indicator.as_ref().map(|i| {
        format!(
            "Dùng chỉ tiêu có sẵn “{}”: nhãn, loại, đơn vị và giới hạn lấy từ danh mục.",
            cat.indicator(i).map_or(i.as_str(), |x| x.label.as_str())
        )
    });
    html! {
        <fieldset class="field-editor" aria-label={format!("Trường {}: {}", here.field + 1, label)}>
            <legend>{ format!("Trường {}: {}", here.field + 1, if label.is_empty() { "(chưa có nhãn)" } else { &label }) }{ format!(" — {}", kind.map_or("?", kind_name)) }</legend>
            { errors_here(&at(errors, Place::Field(here))) }
            if let Some(note) = indicator_note { <p class="hint">{ note }</p> }
            { text_input(&format!("{key}-nhan"), "Nhãn", field.label.as_deref().unwrap_or(&label), change(FieldChange::Label)) }
            if kind != Some(FieldKind::Computed) && field.indicator.is_none() {
                { select(&format!("{key}-loai"), "Loại trường", &kind_options(), &kind.map_or(String::new(), kind_index), {
                    let send = send.clone();
                    Callback::from(move |v: String| if let Some(k) = kind_from_index(&v) {
                        send.emit(Msg::Edit(Edit::SetField { at: here, change: FieldChange::Kind(k) }))
                    })
                }) }
            }
            { checkbox(&format!("{key}-bat-buoc"), "Bắt buộc nhập", field.required, required) }
            if numeric && kind != Some(FieldKind::Percent) && kind != Some(FieldKind::Money) {
                { select(&format!("{key}-don-vi"), "Đơn vị tính", &unit_options, field.unit.as_deref().unwrap_or(""), change(|u| FieldChange::Unit(Some(u)))) }
            }
            if numeric {
                <div class="inline">
                    { text_input(&format!("{key}-min"), "Nhỏ nhất", field.min.as_deref().unwrap_or(""), change(|v| FieldChange::Min(Some(v)))) }
                    { text_input(&format!("{key}-max"), "Lớn nhất", field.max.as_deref().unwrap_or(""), change(|v| FieldChange::Max(Some(v)))) }
                </div>
            }
            if kind == Some(FieldKind::Decimal) || kind == Some(FieldKind::Percent) {
                { text_input(&format!("{key}-le"), "Số chữ số thập phân tối đa", &field.max_decimals.map_or(String::new(), |d| d.to_string()), change(|v| FieldChange::MaxDecimals(v.trim().parse().ok()))) }
            }
            if kind == Some(FieldKind::Status) {
                { text_area(&format!("{key}-lua-chon"), "Các mức lựa chọn (mỗi dòng một mức)", &field.choices.join("\n"), 4, change(|v| FieldChange::Choices(v.lines().map(str::to_string).collect()))) }
            }
            if kind == Some(FieldKind::Table) {
                { columns_editor(here, field, send) }
            }
            { text_area(&format!("{key}-huong-dan"), "Hướng dẫn", field.help.as_deref().unwrap_or(""), 1, change(|v| FieldChange::Help(Some(v)))) }
            { text_input(&format!("{key}-de-muc"), "Đề mục in trước trường (ví dụ “a) Hệ thống một cửa điện tử”)", field.heading.as_deref().unwrap_or(""), change(|v| FieldChange::Heading(Some(v)))) }
            if kind != Some(FieldKind::Table) && kind != Some(FieldKind::Narrative) {
                { text_input(&format!("{key}-cau-in"), "Câu in (dùng {} ở chỗ đặt số liệu)", field.print.as_deref().unwrap_or(""), change(|v| FieldChange::Print(Some(v)))) }
            }
            <div class="row-actions">
                <button type="button" class="secondary" disabled={here.field == 0} onclick={send_edit(send, Edit::MoveField { section: here.section, from: here.field, to: here.field.saturating_sub(1) })}>{ "Lên" }</button>
                <button type="button" class="secondary" disabled={here.field + 1 >= count} onclick={send_edit(send, Edit::MoveField { section: here.section, from: here.field, to: here.field + 1 })}>{ "Xuống" }</button>
                <button type="button" class="secondary" onclick={send_edit(send, Edit::RemoveField(here))}>{ "Xoá trường" }</button>
            </div>
        </fieldset>
    }
}

fn columns_editor(table: FieldAt, field: &FieldSpec, send: &Callback<Msg>) -> Html {
    let key = format!("t-{}-{}", table.section, table.field);
    html! {
        <div class="columns-editor">
            <h5>{ "Các cột của bảng" }</h5>
            { for field.columns.iter().enumerate().map(|(c, col)| {
                let label = {
                    let send = send.clone();
                    Callback::from(move |v: String| send.emit(Msg::Edit(Edit::SetColumn { table, column: c, change: FieldChange::Label(v) })))
                };
                let kind = {
                    let send = send.clone();
                    Callback::from(move |v: String| if let Some(k) = kind_from_index(&v) {
                        send.emit(Msg::Edit(Edit::SetColumn { table, column: c, change: FieldChange::Kind(k) }))
                    })
                };
                let options: Vec<(String, String)> = kind_options().into_iter().filter(|(i, _)| kind_from_index(i) != Some(FieldKind::Table)).collect();
                html! {
                    <div class="inline column">
                        { text_input(&format!("{key}-cot-{c}-nhan"), &format!("Cột {}", c + 1), col.label.as_deref().unwrap_or(""), label) }
                        { select(&format!("{key}-cot-{c}-loai"), "Loại", &options, &col.kind.map_or(String::new(), kind_index), kind) }
                        <button type="button" class="secondary" onclick={send_edit(send, Edit::RemoveColumn { table, column: c })}>{ format!("Xoá cột {}", c + 1) }</button>
                    </div>
                }
            }) }
            <button type="button" class="secondary" onclick={send_edit(send, Edit::AddColumn { table, kind: FieldKind::Text, label: format!("Cột {}", field.columns.len() + 1) })}>{ "Thêm cột" }</button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct AddProps {
    section: usize,
    spec: TemplateSpec,
    send: Callback<Msg>,
}

/// Adding a field: a kind and a label; a catalogue indicator by name; a rate computed from two fields.
#[function_component(AddField)]
fn add_field(props: &AddProps) -> Html {
    let cat = use_memo((), |_| bccds_core::builtin::catalogue());
    let label = use_state(String::new);
    let kind = use_state(|| kind_index(FieldKind::Count));
    let indicator = use_state(|| cat.indicators.first().map(|i| i.id.clone()).unwrap_or_default());
    let rate_label = use_state(|| "Tỷ lệ".to_string());
    let numbers: Vec<(String, String)> = props
        .spec
        .sections
        .iter()
        .flat_map(|s| s.fields.iter())
        .filter(|f| field_kind(f, &cat).is_some_and(|k| k.is_numeric()))
        .map(|f| (f.id.clone(), shown_label(f, &cat)))
        .collect();
    let first = numbers.first().map(|(id, _)| id.clone()).unwrap_or_default();
    let num = use_state(|| first.clone());
    let den = use_state(|| first.clone());
    let s = props.section;
    let set = |h: &UseStateHandle<String>| {
        let h = h.clone();
        Callback::from(move |v: String| h.set(v))
    };
    let add = {
        let (send, label, kind) = (props.send.clone(), label.clone(), kind.clone());
        Callback::from(move |_| {
            if let Some(k) = kind_from_index(&kind) {
                send.emit(Msg::Edit(Edit::AddField {
                    section: s,
                    kind: k,
                    label: (*label).clone(),
                }));
                label.set(String::new());
            }
        })
    };
    let add_indicator = {
        let (send, indicator) = (props.send.clone(), indicator.clone());
        Callback::from(move |_| {
            send.emit(Msg::Edit(Edit::AddIndicator {
                section: s,
                indicator: (*indicator).clone(),
            }))
        })
    };
    let pick = |h: &UseStateHandle<String>| {
        if h.is_empty() || !numbers.iter().any(|(id, _)| id == &**h) {
            first.clone()
        } else {
            (**h).clone()
        }
    };
    let (num_id, den_id) = (pick(&num), pick(&den));
    let add_rate = {
        let (send, rate_label) = (props.send.clone(), rate_label.clone());
        let (n, d) = (num_id.clone(), den_id.clone());
        Callback::from(move |_| {
            send.emit(Msg::Edit(Edit::AddComputedRate {
                section: s,
                label: (*rate_label).clone(),
                numerator: n.clone(),
                denominator: d.clone(),
            }))
        })
    };
    let indicators: Vec<(String, String)> = cat.indicators.iter().map(|i| (i.id.clone(), i.label.clone())).collect();
    html! {
        <div class="add-field">
            <h4>{ "Thêm trường" }</h4>
            <div class="inline">
                { select("them-loai", "Loại trường mới", &kind_options(), &kind, set(&kind)) }
                { text_input("them-nhan", "Nhãn trường mới", &label, set(&label)) }
            </div>
            <button type="button" onclick={add}>{ "Thêm trường" }</button>
            <div class="inline">
                { select("them-chi-tieu", "Dùng chỉ tiêu có sẵn", &indicators, &indicator, set(&indicator)) }
            </div>
            <button type="button" class="secondary" onclick={add_indicator}>{ "Thêm chỉ tiêu" }</button>
            if !numbers.is_empty() {
                <div class="inline">
                    { text_input("ty-le-nhan", "Tỷ lệ tính sẵn: nhãn", &rate_label, set(&rate_label)) }
                    { select("ty-le-tu", "Tử số", &numbers, &num_id, set(&num)) }
                    { select("ty-le-mau", "Mẫu số", &numbers, &den_id, set(&den)) }
                </div>
                <button type="button" class="secondary" onclick={add_rate}>{ "Thêm tỷ lệ tính sẵn" }</button>
            }
        </div>
    }
}
