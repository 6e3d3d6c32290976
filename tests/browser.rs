//! The app in a real browser (headless Chromium through wasm-bindgen-test): it takes over the
//! page the build renders (made here by the same code, from a content file of the tests'),
//! reads the outline the page carries, renders the list of stages, and follows clicks and
//! keys. (The release build's own page is taken over in the end-to-end tests.)
#![cfg(all(target_arch = "wasm32", feature = "publisher"))]

use std::rc::Rc;
use std::time::Duration;

use adversity_cycle::browser::page_data::read_outline;
use adversity_cycle::content::load::load;
use adversity_cycle::content::CycleRef;
use adversity_cycle::contract::{id, storage, tab_id, CURRENT_CLASS};
use adversity_cycle::site::explorer_body;
use gloo_timers::future::sleep;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

/// A whole content file of the tests': four stages and a hub.
const CONTENT: &str = include_str!("fixtures/second-site.toml");

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
async fn the_app_takes_over_the_rendered_page_and_follows_clicks_and_arrow_keys() {
    let cycle = load("second-site.toml", CONTENT, adversity_cycle::browser::today()).expect("the tests' content file is valid");
    let page = document().create_element("div").unwrap();
    page.set_inner_html(&explorer_body(&CycleRef(Rc::new(cycle))).await);
    document().body().unwrap().append_child(&page).unwrap();
    let seen = format!("{}{}", storage::PREFIX, storage::CONTENT_NOTE_SEEN);
    let _ = web_sys::window().unwrap().local_storage().unwrap().unwrap().set_item(&seen, "1");

    let outline = read_outline().expect("the page carries the outline");
    assert_eq!(outline.title, "The Second Cycle");
    assert_eq!(outline.stage_count(), 5);
    adversity_cycle::app::start(Box::leak(Box::new(outline)));

    until("the app marks the page live", || document().document_element().unwrap().has_attribute("data-live")).await;
    let list = document().get_element_by_id(id::TABS).unwrap();
    assert_eq!(list.get_attribute("aria-label").as_deref(), Some("Parts of the second cycle"));
    assert_eq!(document().query_selector_all("[role=tab]").unwrap().length(), 5);
    assert!(current(id::INTRODUCTION));

    tab("second-stage").click();
    until("the stage is selected", || selected("second-stage")).await;
    assert_eq!(tab("second-stage").get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(web_sys::window().unwrap().location().hash().unwrap(), "#second-stage");
    assert!(current("second-stage") && !current(id::INTRODUCTION));
    let panel = document().get_element_by_id(id::PANEL).unwrap();
    assert_eq!(panel.get_attribute("role").as_deref(), Some("tabpanel"));
    assert_eq!(panel.get_attribute("aria-labelledby"), Some(tab_id("second-stage")));
    assert!(tab("second-stage").text_content().unwrap().contains("(seen)"), "the page's own word for explored");

    let init = KeyboardEventInit::new();
    init.set_key("ArrowRight");
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    tab("second-stage").dispatch_event(&event).unwrap();
    assert!(event.default_prevented(), "the arrow key belongs to the list of stages");
    until("the next stage is selected", || selected("third-stage")).await;
    assert!(!selected("second-stage"));
    assert_eq!(document().active_element().map(|e| e.id()), Some(tab_id("third-stage")));
    assert!(current("third-stage") && !current("second-stage"));
}
