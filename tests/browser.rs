//! The app in a real browser (headless Chromium through wasm-bindgen-test): it takes over a
//! page, renders the list of stages, and follows clicks and keys. (The release build's real
//! prerendered page is taken over in the end-to-end tests.)
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use adversity_cycle::contract::{id, storage, tab_id, CURRENT_CLASS};
use adversity_cycle::outline;
use gloo_timers::future::sleep;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    gloo::utils::document()
}

/// Waits for Yew to render and the app to act until `done` holds (polling, never a fixed
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

fn tab(stage: &str) -> HtmlElement {
    document().get_element_by_id(&tab_id(stage)).unwrap().dyn_into().unwrap()
}

fn selected(stage: &str) -> bool {
    tab(stage).get_attribute("aria-selected").as_deref() == Some("true")
}

fn current(section: &str) -> bool {
    document().get_element_by_id(section).unwrap().class_list().contains(CURRENT_CLASS)
}

#[wasm_bindgen_test]
async fn the_app_takes_over_the_page_and_follows_clicks_and_arrow_keys() {
    // A stand-in for the prerendered page: the list of stages and the panel's sections.
    let page = document().create_element("div").unwrap();
    let sections: String = std::iter::once(id::INTRODUCTION.to_string())
        .chain(outline().stages_in_order().map(|(_, s)| s.id.to_string()))
        .map(|id| format!(r#"<section id="{id}" class="panel-section"></section>"#))
        .collect();
    page.set_inner_html(&format!(r#"<div id="{}" role="tablist"></div><div id="{}">{sections}</div>"#, id::TABS, id::PANEL));
    document().body().unwrap().append_child(&page).unwrap();
    let seen = format!("{}{}", storage::PREFIX, storage::CONTENT_NOTE_SEEN);
    let _ = web_sys::window().unwrap().local_storage().unwrap().unwrap().set_item(&seen, "1");
    adversity_cycle::app::start(outline());

    until("the app renders every stage as a tab", || document().query_selector_all("[role=tab]").unwrap().length() as usize == outline().stage_count()).await;
    assert!(document().document_element().unwrap().has_attribute("data-live"));
    assert!(current(id::INTRODUCTION));

    tab("survival-mode").click();
    until("the stage is selected", || selected("survival-mode")).await;
    assert_eq!(tab("survival-mode").get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(web_sys::window().unwrap().location().hash().unwrap(), "#survival-mode");
    assert!(current("survival-mode") && !current(id::INTRODUCTION));
    let panel = document().get_element_by_id(id::PANEL).unwrap();
    assert_eq!(panel.get_attribute("role").as_deref(), Some("tabpanel"));
    assert_eq!(panel.get_attribute("aria-labelledby"), Some(tab_id("survival-mode")));

    let init = KeyboardEventInit::new();
    init.set_key("ArrowRight");
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    tab("survival-mode").dispatch_event(&event).unwrap();
    assert!(event.default_prevented(), "the arrow key belongs to the list of stages");
    until("the next stage is selected", || selected("ways-of-coping")).await;
    assert!(!selected("survival-mode"));
    assert_eq!(document().active_element().map(|e| e.id()), Some(tab_id("ways-of-coping")));
    assert!(current("ways-of-coping") && !current("survival-mode"));
}
