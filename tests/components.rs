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

/// Drafts are written 300 ms after the last change (see `SAVE_DELAY_MS` in src/app.rs).
async fn saved() {
    yew::platform::time::sleep(Duration::from_millis(400)).await;
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
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
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

/// Types `text` into a box and leaves it, as a user does before reading its messages.
fn type_into(id: &str, text: &str) {
    type_only(id, text);
    let input = document().get_element_by_id(id).unwrap();
    input.dispatch_event(&web_sys::Event::new("blur").unwrap()).unwrap();
}

/// Types `text` into a box and stays in it.
fn type_only(id: &str, text: &str) {
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
    // Typed character by character: nothing is said while the box is being typed in…
    for end in 1..="31/02/2025".len() {
        type_only("f-ngay", &"31/02/2025"[..end]);
        settle().await;
        let input = document().get_element_by_id("f-ngay").unwrap();
        assert_eq!(
            input.get_attribute("aria-invalid").as_deref(),
            Some("false"),
            "after {end} characters"
        );
    }
    // …and the message comes when the user leaves it.
    type_into("f-ngay", "31/02/2025");
    settle().await;
    let input = document().get_element_by_id("f-ngay").unwrap();
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    let described = input.get_attribute("aria-describedby").unwrap();
    let msg = document()
        .get_element_by_id(described.split(' ').next_back().unwrap())
        .unwrap()
        .text_content()
        .unwrap();
    assert!(msg.contains("tháng 2 chỉ có 28 ngày"), "{msg}");
    assert!(root.query_selector(".error-summary").unwrap().is_some());
    // Fixing it removes the message.
    type_into("f-ngay", "05/11/2025");
    settle().await;
    let input = document().get_element_by_id("f-ngay").unwrap();
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("false"));
    // The draft is in storage once the save delay has passed.
    saved().await;
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
    assert!(root.text_content().unwrap().contains("Đã lưu hồ sơ đơn vị."));
    let stored = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("bccds.profile")
        .unwrap()
        .unwrap();
    assert!(stored.contains("ĐĂK LONG"), "{stored}");
}

/// Starts a report of the named type from the start page; returns its draft id.
async fn start_report(root: &web_sys::Element, name: &str) -> String {
    let selector = format!("button[aria-label=\"Bắt đầu báo cáo: {name}\"]");
    let b: web_sys::HtmlElement = root
        .query_selector(&selector)
        .unwrap()
        .expect("start button")
        .dyn_into()
        .unwrap();
    b.click();
    settle().await;
    settle().await;
    let hash = web_sys::window().unwrap().location().hash().unwrap();
    hash.trim_start_matches("#/bao-cao/").to_string()
}

async fn go_to(hash: &str) {
    web_sys::window().unwrap().location().set_hash(hash).unwrap();
    settle().await;
    settle().await;
}

fn stored_draft() -> String {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    for i in 0..storage.length().unwrap() {
        let k = storage.key(i).unwrap().unwrap();
        if k.starts_with("bccds.draft.") {
            return storage.get_item(&k).unwrap().unwrap();
        }
    }
    panic!("no draft stored");
}

fn message_of(id: &str) -> String {
    let input = document().get_element_by_id(id).unwrap();
    let described = input.get_attribute("aria-describedby").unwrap_or_default();
    described
        .split(' ')
        .filter_map(|d| document().get_element_by_id(d))
        .map(|e| e.text_content().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

const SIX_MONTHS: &str = "Kết quả chuyển đổi số 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm";

#[wasm_bindgen_test]
async fn table_rows_can_be_added_checked_reordered_and_removed() {
    let root = mount("#/").await;
    let id = start_report(&root, SIX_MONTHS).await;
    go_to(&format!("#/bao-cao/{id}/muc/chi-dao")).await;
    click_button(&root, "Thêm dòng vào “Văn bản đã ban hành”");
    settle().await;
    click_button(&root, "Thêm dòng vào “Văn bản đã ban hành”");
    settle().await;
    assert_eq!(root.query_selector_all("fieldset.row").unwrap().length(), 2);
    type_into("f-chi-dao-van-ban-0-so-ky-hieu", "430/UBND -VHXH");
    type_into("f-chi-dao-van-ban-1-so-ky-hieu", "77/KH-UBND");
    settle().await;
    let msg = message_of("f-chi-dao-van-ban-0-so-ky-hieu");
    assert!(msg.contains("không được có dấu cách"), "{msg}");
    // Move the second row up: the values travel with their row.
    let down: web_sys::HtmlElement = root
        .query_selector("button[aria-label=\"Lên dòng 2\"]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    down.click();
    settle().await;
    let first: web_sys::HtmlInputElement = document()
        .get_element_by_id("f-chi-dao-van-ban-0-so-ky-hieu")
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(first.value(), "77/KH-UBND");
    let remove: web_sys::HtmlElement = root
        .query_selector("button[aria-label=\"Xóa dòng 2\"]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    remove.click();
    settle().await;
    assert_eq!(root.query_selector_all("fieldset.row").unwrap().length(), 1);
    saved().await;
    let stored = stored_draft();
    assert!(
        stored.contains("77/KH-UBND") && !stored.contains("430/UBND -VHXH"),
        "{stored}"
    );
}

#[wasm_bindgen_test]
async fn a_warning_is_fixed_in_one_click_or_accepted_with_a_reason() {
    let root = mount("#/").await;
    let id = start_report(&root, SIX_MONTHS).await;
    go_to(&format!("#/bao-cao/{id}/muc/chinh-quyen-so")).await;
    type_into("f-hs-tong", "1.686");
    type_into("f-hs-truc-tuyen", "1.644");
    type_into("f-ty-le-hs-truc-tuyen", "96,5%");
    settle().await;
    let msg = message_of("f-ty-le-hs-truc-tuyen");
    assert!(
        msg.contains("Cảnh báo") && msg.contains("1.644 / 1.686 × 100 = 97,51%"),
        "{msg}"
    );
    // Accept it with a reason: kept in the draft, shown as accepted.
    type_into("ly-do-hs-ty-le-truc-tuyen", "Số liệu hệ thống ngày 23/5");
    settle().await;
    click_button(&root, "Chấp nhận");
    settle().await;
    let msg = message_of("f-ty-le-hs-truc-tuyen");
    assert!(
        msg.contains("Cảnh báo đã chấp nhận") && msg.contains("Lý do chấp nhận: Số liệu hệ thống ngày 23/5"),
        "{msg}"
    );
    saved().await;
    assert!(stored_draft().contains("\"hs-ty-le-truc-tuyen\":\"Số liệu hệ thống ngày 23/5\""));
    // Or use the computed value.
    click_button(&root, "Dùng 97,5%");
    settle().await;
    let rate: web_sys::HtmlInputElement = document()
        .get_element_by_id("f-ty-le-hs-truc-tuyen")
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(rate.value(), "97,5%");
    assert_eq!(rate.get_attribute("aria-invalid").as_deref(), Some("false"));
}

#[wasm_bindgen_test]
async fn missing_fields_wait_until_the_section_is_left() {
    let root = mount("#/").await;
    let id = start_report(&root, SIX_MONTHS).await;
    go_to(&format!("#/bao-cao/{id}/muc/chi-dao")).await;
    assert!(
        root.query_selector(".error-summary").unwrap().is_none(),
        "no shouting at untouched fields"
    );
    click_button(&root, "Mục tiếp theo →");
    settle().await;
    settle().await;
    click_button(&root, "← Mục trước");
    settle().await;
    settle().await;
    let summary = root
        .query_selector(".error-summary")
        .unwrap()
        .expect("summary after leaving")
        .text_content()
        .unwrap();
    assert!(summary.contains("Chưa nhập công tác chỉ đạo, điều hành."), "{summary}");
}

#[wasm_bindgen_test]
async fn the_first_report_teaches_the_profile_to_the_next_one() {
    let root = mount("#/").await;
    let first = start_report(&root, SIX_MONTHS).await;
    go_to(&format!("#/bao-cao/{first}/muc/thong-tin-chung")).await;
    type_into("f-co-quan-ban-hanh", "ỦY BAN NHÂN DÂN XÃ");
    settle().await;
    type_into("f-co-quan-ban-hanh", "ỦY BAN NHÂN DÂN XÃ MINH LONG");
    settle().await;
    go_to(&format!("#/bao-cao/{first}/muc/noi-nhan-ky")).await;
    type_into("f-nguoi-ky", "Đinh Văn Điết");
    settle().await;
    // A second report of another type starts with the unit and signer filled in, as last typed.
    go_to("#/").await;
    let second = start_report(&root, "Kết quả triển khai Kế hoạch số 02-KH/BCĐTW").await;
    assert_ne!(first, second);
    go_to(&format!("#/bao-cao/{second}/muc/thong-tin-chung")).await;
    let body: web_sys::HtmlInputElement = document()
        .get_element_by_id("f-co-quan-ban-hanh")
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(body.value(), "ỦY BAN NHÂN DÂN XÃ MINH LONG");
    go_to(&format!("#/bao-cao/{second}/muc/noi-nhan-ky")).await;
    let signer: web_sys::HtmlInputElement = document().get_element_by_id("f-nguoi-ky").unwrap().dyn_into().unwrap();
    assert_eq!(signer.value(), "Đinh Văn Điết");
}

#[wasm_bindgen_test]
async fn typed_text_is_stored_composed_numbers_keep_typed_zeros_and_a_future_date_is_flagged() {
    let root = mount("#/").await;
    let id = start_report(&root, SIX_MONTHS).await;
    go_to(&format!("#/bao-cao/{id}/muc/thong-tin-chung")).await;
    // Decomposed text (as some keyboards and pastes give it) is stored in NFC.
    type_into(
        "f-co-quan-ban-hanh",
        "U\u{309}Y BAN NHA\u{302}N DA\u{302}N XA\u{303} TI\u{323}NH KHE\u{302}",
    );
    // A report dated after today (by this computer's clock) gets a warning.
    let next_year = js_sys::Date::new_0().get_full_year() + 1;
    type_into("f-ngay", &format!("05/11/{next_year}"));
    settle().await;
    let msg = message_of("f-ngay");
    assert!(msg.contains(&format!("ngày 05/11/{next_year} ở sau hôm nay")), "{msg}");
    saved().await;
    let stored = stored_draft();
    assert!(stored.contains("ỦY BAN NHÂN DÂN XÃ TỊNH KHÊ"), "{stored}");
    assert!(!stored.contains('\u{302}'), "{stored}");
    // Leaving a box shows its normal form, keeping the zero typed before a count.
    go_to(&format!("#/bao-cao/{id}/muc/kinh-te-so")).await;
    // (Left after the box has shown what was typed, as a person does.)
    for (id, text) in [("f-dai-dang-dau-tu", "03"), ("f-bts-tong", "1686")] {
        type_only(id, text);
        settle().await;
        let input = document().get_element_by_id(id).unwrap();
        input.dispatch_event(&web_sys::Event::new("blur").unwrap()).unwrap();
        settle().await;
    }
    let value = |id: &str| {
        document()
            .get_element_by_id(id)
            .unwrap()
            .dyn_into::<web_sys::HtmlInputElement>()
            .unwrap()
            .value()
    };
    assert_eq!(value("f-dai-dang-dau-tu"), "03");
    assert_eq!(value("f-bts-tong"), "1.686");
}
