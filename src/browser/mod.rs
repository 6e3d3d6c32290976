//! The edge where the app touches the browser. Everything else stays plain Rust. The edge
//! turns what happens in the page into actions (`intents`), shows what the state says
//! (`page`), and carries out the effects the reducer asks for (`effects`, the one place that
//! does), through small modules for each browser API.

pub mod channel;
pub mod effects;
pub mod embed;
pub mod fetch;
pub mod intents;
pub mod location;
pub mod messages;
pub mod page;
pub mod page_data;
pub mod screen;
pub mod storage;

use std::rc::Rc;

use wasm_bindgen::JsCast;

use crate::content::outline::Outline;
use crate::contract::{id, Mark, STARTUP_FAILED};
use crate::model::state::{Action, Start};

/// Hands an action to the app; `true` if the app acted on it (so the event's default is
/// stopped).
pub type Dispatch = Rc<dyn Fn(Action) -> bool>;

/// Where the app starts: the address, what this device remembers, and the window it is in.
pub fn read_start(outline: &Outline) -> Start {
    let (search, hash) = location::current();
    let (remembered, storage_works) = storage::load_remembered(outline);
    let now = storage::now_ms();
    Start {
        search,
        hash,
        remembered,
        storage_works,
        in_frame: embed::in_frame(),
        app_address: location::app_address(),
        // Any number will do, as long as two windows are unlikely to draw the same one.
        window: (js_sys::Math::random() * f64::from(u32::MAX)) as u32,
        now,
        clock_started: storage::clock_start(),
    }
}

/// Moves keyboard focus to the element with this id, if it exists.
pub fn focus_by_id(element_id: &str) {
    let element = gloo::utils::document().get_element_by_id(element_id);
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Says the interactive version could not start, as the boot script does when the app cannot
/// load: the page stays a readable document (the first-visit note, whose button needs the app,
/// steps aside), with a note at the top.
pub fn startup_failed(why: &str) {
    web_sys::console::error_1(&format!("The explorer stopped: {why}").into());
    let document = gloo::utils::document();
    if let Some(page) = document.document_element() {
        let _ = page.set_attribute(Mark::Startup.attribute(), STARTUP_FAILED);
        let _ = page.remove_attribute(Mark::FirstVisit.attribute());
    }
    if let Some(note) = document.get_element_by_id(id::STARTUP_NOTE) {
        let _ = note.remove_attribute("hidden");
    }
}

/// Tells the user the interactive version stopped, rather than leaving a page that silently
/// ignores them.
#[cfg(target_arch = "wasm32")]
pub fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(|info| startup_failed(&info.to_string())));
}
