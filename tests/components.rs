//! Component tests in a real headless browser (wasm-bindgen-test + Chromium).

#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use bao_cao_cds::app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(60)).await;
}

/// Mounts the whole app at `hash` in a fresh root with empty storage. Apps of earlier tests
/// are destroyed first: they would also follow the address and duplicate element ids.
async fn mount(hash: &str) -> web_sys::Element {
    if let Some(previous) = MOUNTED.with(|m| m.borrow_mut().take()) {
        previous.destroy();
    }
    settle().await;
    let body = document().body().unwrap();
    // Only our own roots: the test runner reports through elements of its own in <body>.
    let old = document().query_selector_all(".test-root").unwrap();
    for i in 0..old.length() {
        old.get(i).unwrap().dyn_into::<web_sys::Element>().unwrap().remove();
    }
    web_sys::window().unwrap().local_storage().unwrap().unwrap().clear().unwrap();
    web_sys::window().unwrap().location().set_hash(hash).unwrap();
    let root = document().create_element("div").unwrap();
    root.set_class_name("test-root");
    body.append_child(&root).unwrap();
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    MOUNTED.with(|m| *m.borrow_mut() = Some(handle));
    settle().await;
    root
}

thread_local! {
    static MOUNTED: std::cell::RefCell<Option<yew::AppHandle<App>>> = const { std::cell::RefCell::new(None) };
}

fn type_into(id: &str, text: &str) {
    let input: web_sys::HtmlInputElement = document().get_element_by_id(id).unwrap().dyn_into().unwrap();
    input.set_value(text);
    let ev = web_sys::InputEvent::new("input").unwrap();
    input.dispatch_event(&ev).unwrap();
}

fn click_button(root: &web_sys::Element, text: &str) {
    let buttons = root.query_selector_all("button").unwrap();
    for i in 0..buttons.length() {
        let b: web_sys::HtmlElement = buttons.get(i).unwrap().dyn_into().unwrap();
        if b.text_content().unwrap_or_default().trim() == text {
            b.click();
            return;
        }
    }
    panic!("no button {text}");
}

#[wasm_bindgen_test]
async fn start_page_lists_every_report_type() {
    let root = mount("#/").await;
    let text = root.text_content().unwrap();
    assert!(text.contains("Tạo báo cáo mới"), "{text}");
    let cards = root.query_selector_all(".cards .card").unwrap().length();
    let templates = bccds_core::builtin::templates().unwrap();
    assert_eq!(cards as usize, templates.len());
    for t in &templates {
        assert!(text.contains(&t.name), "missing {}", t.name);
    }
}

#[wasm_bindgen_test]
async fn a_new_report_opens_its_overview_and_a_section_validates_live() {
    let root = mount("#/").await;
    let first = root.query_selector(".cards .card button").unwrap().unwrap();
    first.dyn_into::<web_sys::HtmlElement>().unwrap().click();
    settle().await;
    settle().await;
    let text = root.text_content().unwrap();
    assert!(text.contains("Đã hoàn thành 0/"), "{text}");
    assert!(text.contains("Thông tin văn bản"));
    // Open the first section and type a date that cannot exist.
    let link = root.query_selector(".task-list a").unwrap().unwrap();
    link.dyn_into::<web_sys::HtmlElement>().unwrap().click();
    settle().await;
    settle().await;
    type_into("f-ngay", "31/02/2025");
    settle().await;
    let input = document().get_element_by_id("f-ngay").unwrap();
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    let described = input.get_attribute("aria-describedby").unwrap();
    let msg = document().get_element_by_id(described.split(' ').last().unwrap()).unwrap().text_content().unwrap();
    assert!(msg.contains("tháng 2 chỉ có 28 ngày"), "{msg}");
    assert!(root.query_selector(".error-summary").unwrap().is_some());
    // Fixing it removes the message.
    type_into("f-ngay", "05/11/2025");
    settle().await;
    let input = document().get_element_by_id("f-ngay").unwrap();
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("false"));
    // The draft is already in storage.
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let mut found = false;
    for i in 0..storage.length().unwrap() {
        let k = storage.key(i).unwrap().unwrap();
        if k.starts_with("bccds.draft.") {
            found = storage.get_item(&k).unwrap().unwrap().contains("05/11/2025");
        }
    }
    assert!(found, "draft saved with the typed date");
    click_button(&root, "Mục tiếp theo →");
    settle().await;
}

#[wasm_bindgen_test]
async fn profile_is_remembered_and_prefills_new_reports() {
    let root = mount("#/ho-so").await;
    type_into("ho-so-co-quan-ban-hanh", "ỦY BAN NHÂN DÂN XÃ ĐĂK LONG");
    settle().await;
    click_button(&root, "Lưu hồ sơ");
    settle().await;
    assert!(root.text_content().unwrap().contains("Đã lưu hồ sơ đơn vị."));
    let stored = web_sys::window().unwrap().local_storage().unwrap().unwrap().get_item("bccds.profile").unwrap().unwrap();
    assert!(stored.contains("ĐĂK LONG"), "{stored}");
}
