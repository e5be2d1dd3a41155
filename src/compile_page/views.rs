//! The page's views: plain functions from the compilation (and the derived table) to HTML.

use bccds_core::compile::chart::bar_chart_svg;
use bccds_core::compile::sheets::rate_explanation;
use bccds_core::compile::table::SHARED_TITLE;
use bccds_core::compile::units::natural_cmp;
use bccds_core::compile::{CellValue, Compilation, ExpectedCheck, FigureStats, FigureTable, Scope};
use bccds_core::number::{format_decimal, Decimal};
use bccds_core::render::render_document;
use yew::prelude::*;

use super::state::Msg;

fn dec(d: Option<Decimal>) -> String {
    d.map(|d| format_decimal(&d)).unwrap_or_default()
}

pub fn file_pickers(on_choose: Callback<Event>, batch: usize, read: usize, total: usize) -> Html {
    // webkitdirectory: a whole folder where the browser allows it (Chrome, Edge, Cốc Cốc, Firefox).
    let folder = html! { <input type="file" id="chon-thu-muc" multiple=true webkitdirectory=true onchange={on_choose.clone()} /> };
    html! {
        <section class="chon-tep" aria-labelledby="chon-tep-tieu-de">
            <h2 id="chon-tep-tieu-de">{ "Mở các tệp báo cáo" }</h2>
            <div class="field">
                <label for="chon-tep">{ "Chọn nhiều tệp cùng lúc (.json, .html)" }</label>
                <p class="hint">{ "Giữ Ctrl hoặc Shift để chọn nhiều tệp; hoặc kéo thả các tệp vào trang này." }</p>
                <input type="file" id="chon-tep" multiple=true accept=".json,.html,.htm,application/json,text/html" onchange={on_choose} />
            </div>
            <div class="field">
                <label for="chon-thu-muc">{ "Hoặc chọn cả một thư mục" }</label>
                { folder }
            </div>
            <p class="saved" role="status" id="tien-do">
                if batch > 0 {
                    { format!("Đã đọc {read}/{batch} tệp") }
                    if total > batch { { format!(" (cả thảy {total} tệp đã mở)") } }
                }
            </p>
        </section>
    }
}

pub fn problems(c: &Compilation) -> Html {
    let dups = c.duplicates();
    html! {
        <>
        if !c.problems.is_empty() {
            <div class="error-summary" role="alert" id="tep-loi">
                <h2>{ format!("Không đọc được {} tệp", c.problems.len()) }</h2>
                <p>{ "Các tệp khác vẫn được tổng hợp." }</p>
                <ul>{ for c.problems.iter().map(|p| html! { <li><strong>{ &p.file_name }</strong>{ ": " }{ &p.message }</li> }) }</ul>
            </div>
        }
        if !dups.is_empty() {
            <div class="banner warning" id="trung-lap">
                <p><strong>{ "Báo cáo trùng đơn vị" }</strong>{ " — dùng bản mới nhất, vẫn liệt kê cả hai:" }</p>
                <ul>{ for dups.iter().map(|d| html! { <li>{ c.duplicate_message(d) }</li> }) }</ul>
            </div>
        }
        </>
    }
}

pub fn expected_units(text: &str, check: Option<&ExpectedCheck>, on_change: Callback<String>) -> Html {
    let oninput = Callback::from(move |e: InputEvent| {
        let t: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
        on_change.emit(t.value());
    });
    html! {
        <section class="danh-sach" aria-labelledby="danh-sach-tieu-de">
            <h2 id="danh-sach-tieu-de">{ "Đơn vị phải báo cáo" }
                if let Some(ch) = check { { format!(": {} đã báo cáo, {} chưa báo cáo", ch.reported, ch.missing.len()) } }
            </h2>
            <div class="field">
                <label for="danh-sach-don-vi">{ "Dán danh sách (mỗi dòng một đơn vị, ví dụ “Xã Ba Tơ”)" }</label>
                <p class="hint">{ "Lưu trong trình duyệt này, dùng lại cho các kỳ sau." }</p>
                <textarea id="danh-sach-don-vi" rows="5" value={text.to_string()} {oninput} />
            </div>
            if let Some(ch) = check {
                <div id="chua-bao-cao">
                    if ch.missing.is_empty() {
                        <p>{ "Mọi đơn vị trong danh sách đã báo cáo." }</p>
                    } else {
                        <p><strong>{ format!("Chưa báo cáo ({}):", ch.missing.len()) }</strong>{ " " }{ ch.missing.join(", ") }</p>
                    }
                    if !ch.unexpected.is_empty() {
                        <p>{ "Có báo cáo nhưng không có trong danh sách: " }{ ch.unexpected.join(", ") }</p>
                    }
                </div>
            }
        </section>
    }
}

pub fn report_list(c: &Compilation, send: Callback<Msg>) -> Html {
    let current = c.current();
    let mut order: Vec<usize> = (0..c.reports.len()).collect();
    order.sort_by(|&a, &b| natural_cmp(&c.reports[a].unit_key, &c.reports[b].unit_key).then(a.cmp(&b)));
    html! {
        <section aria-labelledby="ds-bao-cao">
            <h2 id="ds-bao-cao">{ format!("Các báo cáo đã mở ({} báo cáo, {} đơn vị)", c.reports.len(), c.reporting_units().len()) }</h2>
            <div class="cuon">
            <table class="bang-tong-hop" id="danh-sach-bao-cao">
                <thead><tr><th>{ "Đơn vị" }</th><th>{ "Loại báo cáo" }</th><th>{ "Ngày" }</th><th>{ "Số" }</th><th>{ "Người ký" }</th><th>{ "Lỗi" }</th><th>{ "Cảnh báo" }</th><th>{ "Cảnh báo đã chấp nhận" }</th><th>{ "Tệp" }</th></tr></thead>
                <tbody>
                { for order.into_iter().map(|i| {
                    let r = &c.reports[i];
                    let used = current.contains(&i);
                    let open = { let s = send.clone(); move |_| s.emit(Msg::Open(Some(i))) };
                    let accepted: Vec<String> = r.accepted().map(|(f, why)| format!("{} — lý do: {why}", f.message)).collect();
                    html! {
                        <tr class={classes!((!used).then_some("bo-qua"))}>
                            <td><button class="link" onclick={open}>{ &r.unit }</button>
                                if !used { <br/><span class="the">{ "bản cũ hơn, không tính" }</span> }</td>
                            <td>{ &c.templates[r.template].name }</td>
                            <td>{ r.date_text() }</td>
                            <td>{ r.number() }</td>
                            <td>{ r.signer() }</td>
                            <td class="so-lieu">{ r.open_errors() }</td>
                            <td class="so-lieu">{ r.open_warnings() }</td>
                            <td>{ for accepted.iter().map(|a| html! { <div>{ a }</div> }) }</td>
                            <td class="ten-tep">{ &r.file_name }</td>
                        </tr>
                    }
                }) }
                </tbody>
            </table>
            </div>
        </section>
    }
}

pub fn scope_picker(c: &Compilation, scope: &Scope, send: Callback<Msg>) -> Html {
    let types = c.report_types();
    let value = match scope {
        Scope::Template(id) => id.clone(),
        Scope::Shared => String::new(),
    };
    let onchange = Callback::from(move |e: Event| {
        let s: web_sys::HtmlSelectElement = e.target_unchecked_into();
        let v = s.value();
        send.emit(Msg::SetScope(if v.is_empty() {
            Scope::Shared
        } else {
            Scope::Template(v)
        }));
    });
    html! {
        <div class="field">
            <label for="loai-tong-hop">{ "Số liệu của loại báo cáo" }</label>
            <select id="loai-tong-hop" {onchange}>
                { for types.iter().map(|&(ti, n)| {
                    let t = &c.templates[ti];
                    html! { <option value={t.id.clone()} selected={value == t.id}>{ format!("{} ({n} báo cáo)", t.name) }</option> }
                }) }
                <option value="" selected={value.is_empty()}>{ SHARED_TITLE }</option>
            </select>
        </div>
    }
}

pub fn figure_table(c: &Compilation, t: &FigureTable, stats: &[FigureStats], send: Callback<Msg>) -> Html {
    let _ = c;
    let stat_row = |label: &str, f: &dyn Fn(&FigureStats) -> Html| {
        html! { <tr class="thong-ke"><th scope="row">{ label }</th>{ for stats.iter().map(|s| html! { <td class="so-lieu">{ f(s) }</td> }) }</tr> }
    };
    let unit_of = |m: Option<(Decimal, usize)>| match m {
        Some((v, r)) => html! { <>{ format_decimal(&v) }<br/><span class="the">{ &t.rows[r].unit }</span></> },
        None => html! {},
    };
    html! {
        <section aria-labelledby="bang-so-lieu">
            <h2 id="bang-so-lieu">{ format!("Bảng số liệu: {}", t.title) }</h2>
            <p class="hint">{ "“—” là đơn vị chưa ghi số liệu này; ô có dấu ⚠ là số liệu mà báo cáo còn lỗi hoặc cảnh báo chưa xử lý; ô có dấu ? khác xa các đơn vị khác (ngoài 3 lần khoảng tứ phân vị), cần kiểm tra." }</p>
            <div class="cuon">
            <table class="bang-tong-hop" id="bang-chi-tieu">
                <thead><tr><th>{ "Đơn vị" }</th>
                    { for t.columns.iter().enumerate().map(|(i, col)| {
                        let s = send.clone();
                        html! { <th scope="col"><button class="link" title="Xem biểu đồ" onclick={move |_| s.emit(Msg::ChooseFigure(i))}>{ &col.label }</button>
                            if let Some(u) = &col.unit { <br/><span class="the">{ format!("({u})") }</span> }</th> }
                    }) }
                </tr></thead>
                <tbody>
                { for t.rows.iter().enumerate().map(|(ri, row)| {
                    let report = row.reports.first().copied();
                    let s = send.clone();
                    html! {
                        <tr>
                            <th scope="row"><button class="link" onclick={move |_| s.emit(Msg::Open(report))}>{ &row.unit }</button></th>
                            { for row.cells.iter().enumerate().map(|(ci, cell)| {
                                let outlier = stats[ci].outliers.contains(&ri);
                                let class = classes!(
                                    "so-lieu",
                                    matches!(cell.value, CellValue::Missing).then_some("thieu"),
                                    matches!(cell.value, CellValue::Invalid(_)).then_some("sai"),
                                    cell.flagged.then_some("co-loi"),
                                    outlier.then_some("bat-thuong"),
                                );
                                let title = match (&cell.value, cell.flagged, outlier) {
                                    (CellValue::Invalid(_), _, _) => Some("Không phải số hợp lệ, không tính vào tổng"),
                                    (_, true, _) => Some("Báo cáo còn lỗi hoặc cảnh báo chưa xử lý ở chỉ tiêu này"),
                                    (_, _, true) => Some("Khác xa các đơn vị khác, cần kiểm tra"),
                                    _ => None,
                                };
                                html! { <td {class} title={title}>
                                    { cell.display() }
                                    if cell.flagged { <span aria-hidden="true">{ " ⚠" }</span> }
                                    if outlier { <span aria-hidden="true">{ " ?" }</span> }
                                </td> }
                            }) }
                        </tr>
                    }
                }) }
                </tbody>
                <tfoot>
                    { stat_row("Tổng", &|s| html! { dec(s.total) }) }
                    { stat_row("Trung bình", &|s| html! { dec(s.mean) }) }
                    { stat_row("Nhỏ nhất", &|s| unit_of(s.min)) }
                    { stat_row("Lớn nhất", &|s| unit_of(s.max)) }
                    { stat_row("Số đơn vị báo cáo", &|s| html! { s.reported }) }
                    { stat_row("Tỷ lệ tính từ tổng số", &|s| match &s.rate {
                        Some(r) => html! { <>{ format!("{}%", format_decimal(&r.value)) }<br/><span class="the">{ rate_explanation(r) }</span></> },
                        None => html! {},
                    }) }
                </tfoot>
            </table>
            </div>
        </section>
    }
}

pub fn chart(t: &FigureTable, stats: &[FigureStats], figure: usize, send: Callback<Msg>) -> Html {
    if t.columns.is_empty() {
        return html! {};
    }
    let figure = figure.min(t.columns.len() - 1);
    let onchange = Callback::from(move |e: Event| {
        let s: web_sys::HtmlSelectElement = e.target_unchecked_into();
        send.emit(Msg::ChooseFigure(s.value().parse().unwrap_or(0)));
    });
    let svg = bar_chart_svg(t, figure, &stats[figure]);
    html! {
        <section aria-labelledby="bieu-do-tieu-de" id="bieu-do">
            <h2 id="bieu-do-tieu-de">{ "Biểu đồ" }</h2>
            <div class="field">
                <label for="chon-chi-tieu">{ "Chỉ tiêu" }</label>
                <select id="chon-chi-tieu" {onchange}>
                    { for t.columns.iter().enumerate().map(|(i, c)| html! { <option value={i.to_string()} selected={i == figure}>{ c.header() }</option> }) }
                </select>
            </div>
            { match svg {
                // The SVG comes from the core, which escapes every text in it.
                Some(svg) => Html::from_html_unchecked(AttrValue::from(svg)),
                None => html! { <p>{ "Chưa đơn vị nào ghi số liệu này." }</p> },
            } }
        </section>
    }
}

pub fn report_preview(c: &Compilation, open: Option<usize>, send: Callback<Msg>) -> Html {
    let Some(r) = open.and_then(|i| c.reports.get(i)) else {
        return html! {};
    };
    let doc = render_document(&c.templates[r.template], r.report(), &r.findings);
    html! {
        <section class="xem-bao-cao" id="xem-bao-cao" aria-labelledby="xem-bao-cao-tieu-de">
            <h2 id="xem-bao-cao-tieu-de">{ format!("{} — {}", r.unit, c.templates[r.template].name) }</h2>
            <p class="hint">{ format!("Tệp “{}”, chỉ xem, không sửa được.", r.file_name) }</p>
            <button onclick={move |_| send.emit(Msg::Open(None))}>{ "Đóng" }</button>
            <iframe class="document" title="Văn bản báo cáo như khi in" srcdoc={doc}></iframe>
        </section>
    }
}
