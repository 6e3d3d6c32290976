//! The app in a real browser (headless Chromium through wasm-bindgen-test): it mounts, shows
//! every stage as a tab, and selecting a stage (click or arrow key) selects it everywhere.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use adversity_cycle::outline;
use adversity_cycle::view::{App, AppProps};
use gloo_timers::future::sleep;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    gloo::utils::document()
}

thread_local! {
    static MOUNTED: std::cell::RefCell<Option<yew::AppHandle<App>>> = const { std::cell::RefCell::new(None) };
}

/// Mounts the app in a fresh element beside a stand-in for the prerendered panel, and lets it
/// start. Any app from an earlier test is taken down first.
async fn mount() -> Element {
    if let Some(app) = MOUNTED.with(|m| m.borrow_mut().take()) {
        app.destroy();
    }
    // A fresh page area each time; the test runner keeps its own output elsewhere in <body>.
    if let Some(old) = document().get_element_by_id("test-page") {
        old.remove();
    }
    document().document_element().unwrap().remove_attribute("data-live").unwrap();
    let page = document().create_element("div").unwrap();
    page.set_id("test-page");
    page.set_inner_html(
        r#"<div id="app"></div><div id="panel"><section id="introduction" class="panel-section"></section>
           <section id="survival-mode" class="panel-section"></section><section id="ways-of-coping" class="panel-section"></section></div>"#,
    );
    document().body().unwrap().append_child(&page).unwrap();
    let _ = web_sys::window().unwrap().history().unwrap().replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("?#"));
    let root = document().get_element_by_id("app").unwrap();
    let app = yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps { outline: outline() }).render();
    MOUNTED.with(|m| *m.borrow_mut() = Some(app));
    until("the app starts", || document().document_element().unwrap().has_attribute("data-live")).await;
    root
}

/// Waits for Yew to render and run its effects until `done` holds (polling, never a fixed
/// sleep), failing after two seconds.
async fn until(what: &str, done: impl Fn() -> bool) {
    for _ in 0..200 {
        if done() {
            return;
        }
        sleep(Duration::from_millis(10)).await;
    }
    panic!("timed out waiting until {what}");
}

fn selected(id: &str) -> bool {
    tab(id).get_attribute("aria-selected").as_deref() == Some("true")
}

fn tab(id: &str) -> HtmlElement {
    document().get_element_by_id(&format!("tab-{id}")).unwrap().dyn_into().unwrap()
}

#[wasm_bindgen_test]
async fn mounting_shows_every_stage_as_a_tab_in_a_tablist() {
    let root = mount().await;
    let tabs = root.query_selector_all("[role=tablist] [role=tab]").unwrap();
    assert_eq!(tabs.length() as usize, outline().stage_count());
    let names: Vec<String> = (0..tabs.length()).map(|i| tabs.item(i).unwrap().text_content().unwrap()).collect();
    assert!(names.iter().any(|n| n.contains("Living in survival mode")), "{names:?}");
}

#[wasm_bindgen_test]
async fn clicking_a_stage_selects_it_shows_its_section_and_sets_the_address() {
    mount().await;
    tab("survival-mode").click();
    until("the stage is selected", || selected("survival-mode")).await;
    assert_eq!(tab("survival-mode").get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(web_sys::window().unwrap().location().hash().unwrap(), "#survival-mode");
    let section = document().get_element_by_id("survival-mode").unwrap();
    assert!(section.class_list().contains("is-current"));
    let panel = document().get_element_by_id("panel").unwrap();
    assert_eq!(panel.get_attribute("aria-labelledby").as_deref(), Some("tab-survival-mode"));
}

#[wasm_bindgen_test]
async fn arrow_right_selects_and_focuses_the_next_stage() {
    mount().await;
    tab("survival-mode").click();
    until("the stage is selected", || selected("survival-mode")).await;
    let init = KeyboardEventInit::new();
    init.set_key("ArrowRight");
    init.set_bubbles(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    tab("survival-mode").dispatch_event(&event).unwrap();
    until("the next stage is selected", || selected("ways-of-coping")).await;
    assert_eq!(tab("survival-mode").get_attribute("aria-selected").as_deref(), Some("false"));
    let focused = document().active_element().map(|e| e.id());
    assert_eq!(focused.as_deref(), Some("tab-ways-of-coping"));
    assert!(document().get_element_by_id("ways-of-coping").unwrap().class_list().contains("is-current"));
    assert!(!document().get_element_by_id("survival-mode").unwrap().class_list().contains("is-current"));
}
