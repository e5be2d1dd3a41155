//! The page component: owns the state, reads files, derives the table and statistics (memoised on
//! the compilation's generation), and lays out the views.

use std::cell::RefCell;
use std::rc::Rc;

use bccds_core::compile::csv::sheet_csv;
use bccds_core::compile::summary::{summary_html, SummaryHeader};
use bccds_core::compile::xlsx::compilation_workbook;
use bccds_core::compile::{
    build_table, check_expected, parse_expected_units, table_stats, workbook_sheets, FigureStats, FigureTable,
};
use gloo_file::callbacks::FileReader;
use yew::prelude::*;

use super::files;
use super::state::{CompileState, Msg};
use super::views;
use crate::adapters::{clock, download, storage};

fn templates() -> Vec<bccds_core::template::Template> {
    let mut list = bccds_core::builtin::templates().unwrap_or_default();
    // Templates loaded on the start page of this browser: their reports compile too.
    let cat = bccds_core::builtin::catalogue();
    for json in storage::list_templates() {
        if let Ok(t) = bccds_core::template::load_template(&json, &cat) {
            list.retain(|x| x.id != t.id);
            list.push(t);
        }
    }
    list
}

/// "2025-12-05" from the browser's clock, for file names; and "05/12/2025" for the summary.
fn today() -> (String, String) {
    let iso = clock::now_iso();
    let d = iso.get(..10).unwrap_or("").to_string();
    let parts: Vec<&str> = d.split('-').collect();
    let vn = match parts.as_slice() {
        [y, m, day] => format!("{day}/{m}/{y}"),
        _ => String::new(),
    };
    (d, vn)
}

#[function_component(CompilePage)]
pub fn compile_page() -> Html {
    let state = use_reducer(|| CompileState::new(templates(), storage::load_expected_units()));
    let readers: Rc<RefCell<Vec<FileReader>>> = use_mut_ref(Vec::new);
    let notice = use_state(|| None::<String>);

    let start_reading = {
        let state = state.clone();
        let readers = readers.clone();
        move |list: Vec<web_sys::File>| {
            if list.is_empty() {
                return;
            }
            state.dispatch(Msg::Started(list.len()));
            let dispatcher = state.dispatcher();
            let new = files::read_all(list, move |name, text| dispatcher.dispatch(Msg::Read { name, text }));
            let mut r = readers.borrow_mut();
            r.retain(|_| false); // finished readers are dropped; the new batch is kept alive
            r.extend(new);
        }
    };
    let on_choose = {
        let start = start_reading.clone();
        Callback::from(move |e: Event| start(files::chosen(&e)))
    };
    let on_drop = {
        let start = start_reading.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            start(files::dropped(&e));
        })
    };
    let on_drag_over = Callback::from(|e: DragEvent| e.prevent_default());

    let scope = state.scope();
    let derived: Rc<(FigureTable, Vec<FigureStats>)> = {
        let c = state.compilation.clone();
        let loading = state.loading();
        // Not rebuilt per file while a batch is being read (the table is hidden then).
        let generation = if loading { u64::MAX } else { state.generation };
        use_memo((generation, scope.clone()), move |(_, scope)| {
            let c = c.borrow();
            let table = build_table(&c, scope);
            let stats = table_stats(&table);
            (table, stats)
        })
    };
    let (table, stats) = (&derived.0, &derived.1);

    let compilation = state.compilation.borrow();
    let expected_list = parse_expected_units(&state.expected);
    let expected = (!expected_list.is_empty()).then(|| check_expected(&expected_list, &compilation.reporting_units()));

    let export = {
        let c = state.compilation.clone();
        let derived = derived.clone();
        let notice = notice.clone();
        let expected = expected.clone();
        move |what: &'static str| {
            let c = c.borrow();
            let (table, stats) = (&derived.0, &derived.1);
            let (day, vn_day) = today();
            let stem = format!(
                "tong-hop-{}-{day}",
                bccds_core::export::slug(&table.title)
                    .chars()
                    .take(40)
                    .collect::<String>()
            );
            let result = match what {
                "xlsx" => download::download_bytes(
                    &format!("{stem}.xlsx"),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    &compilation_workbook(&c, table, stats, &clock::now_iso()),
                ),
                "csv" => download::download(
                    &format!("{stem}.csv"),
                    "text/csv;charset=utf-8",
                    &sheet_csv(&workbook_sheets(&c, table, stats)[0]),
                ),
                _ => download::download(
                    &format!("{stem}.html"),
                    "text/html;charset=utf-8",
                    &summary_html(
                        &c,
                        table,
                        stats,
                        expected.as_ref(),
                        &SummaryHeader {
                            date: vn_day,
                            ..SummaryHeader::default()
                        },
                    ),
                ),
            };
            notice.set(result.err());
        }
    };
    let on_expected = {
        let state = state.clone();
        let notice = notice.clone();
        Callback::from(move |text: String| {
            notice.set(storage::save_expected_units(&text).err());
            state.dispatch(Msg::SetExpected(text));
        })
    };
    let send = {
        let state = state.clone();
        Callback::from(move |m: Msg| state.dispatch(m))
    };

    let summary_doc = state.summary.then(|| {
        let (_, vn_day) = today();
        summary_html(
            &compilation,
            table,
            stats,
            expected.as_ref(),
            &SummaryHeader {
                date: vn_day,
                ..SummaryHeader::default()
            },
        )
    });

    html! {
        <>
        <header class="site">
            <a class="brand" href="../index.html">{ "Báo cáo chuyển đổi số" }</a>
            <span>{ "Tổng hợp báo cáo" }</span>
        </header>
        <main class="page wide tong-hop" id="noi-dung" ondrop={on_drop} ondragover={on_drag_over}>
            <h1>{ "Tổng hợp báo cáo" }</h1>
            <p class="lead">{ "Mở cùng lúc các tệp báo cáo (.json hoặc .html) các xã, phường, đặc khu gửi về để xem, kiểm tra và xuất số liệu. Mọi việc làm ngay trên máy này, không gửi tệp đi đâu." }</p>
            { views::file_pickers(on_choose, state.batch, state.read, compilation.files_seen()) }
            if let Some(n) = &*notice { <p class="banner error" role="alert">{ n }</p> }
            { views::problems(&compilation) }
            { views::expected_units(&state.expected, expected.as_ref(), on_expected) }
            if !compilation.reports.is_empty() && !state.loading() {
                { views::report_list(&compilation, send.clone()) }
                { views::scope_picker(&compilation, &scope, send.clone()) }
                { views::figure_table(&compilation, table, stats, send.clone()) }
                { views::chart(table, stats, state.figure, send.clone()) }
                <h2 id="xuat">{ "Xuất số liệu" }</h2>
                <p class="hint">{ "Excel (.xlsx): trang Số liệu (mỗi đơn vị một dòng, mỗi chỉ tiêu một cột, số là số), trang Tổng hợp, trang Phát hiện. CSV: trang Số liệu, mã UTF-8, phân cách bằng dấu chấm phẩy “;” vì máy cài tiếng Việt dùng dấu phẩy làm dấu thập phân." }</p>
                <button class="primary" id="xuat-xlsx" onclick={ let e = export.clone(); move |_| e("xlsx") }>{ "Tải sổ tính Excel (.xlsx)" }</button>
                <button id="xuat-csv" onclick={ let e = export.clone(); move |_| e("csv") }>{ "Tải CSV" }</button>
                <button id="xuat-html" onclick={ let e = export.clone(); move |_| e("html") }>{ "Tải báo cáo tổng hợp (HTML)" }</button>
                <button class="secondary" id="xem-tong-hop" onclick={ let s = send.clone(); let on = state.summary; move |_| s.emit(Msg::ShowSummary(!on)) }>
                    { if state.summary { "Ẩn trang in" } else { "Xem trang in (A4)" } }
                </button>
                if let Some(doc) = summary_doc {
                    <iframe id="trang-tong-hop" class="document" title="Báo cáo tổng hợp như khi in" srcdoc={doc}></iframe>
                }
                <p><button class="danger small" onclick={ let s = send.clone(); move |_| s.emit(Msg::Clear) }>{ "Bỏ hết các tệp đã mở" }</button></p>
            }
            { views::report_preview(&compilation, state.open, send) }
        </main>
        </>
    }
}
