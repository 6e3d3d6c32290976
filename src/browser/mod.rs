//! The edge where the app touches the browser. Everything else stays plain Rust. The edge
//! turns what happens in the page into actions (`intents`), shows what the state says
//! (`shown`), and carries out the effects the reducer asks for (`effects`, the one place that
//! does), through small modules for each browser API.

pub mod channel;
pub mod clipboard;
pub mod effects;
pub mod embed;
pub mod fetch;
pub mod files;
pub mod intents;
pub mod location;
pub mod messages;
pub mod shown;
pub mod page_data;
pub mod paint;
pub mod storage;
pub mod window;

use std::rc::Rc;

use wasm_bindgen::JsCast;

use crate::content::outline::Outline;
use crate::contract::{id, Mark, STARTUP_FAILED};
use crate::model::messages::AppEvent;
use crate::model::action::{Action, Start};
use crate::model::route::is_token;

/// Hands an action to the app; `true` if the app acted on it (so the event's default is
/// stopped).
pub type Dispatch = Rc<dyn Fn(Action) -> bool>;

/// Where the app starts: the address, what this device remembers, and the window it is in.
pub fn read_start(outline: &Outline) -> Start {
    let (search, hash) = location::current();
    let (remembered, notes, storage_works) = storage::load_remembered(outline);
    let now = now_ms();
    Start {
        search,
        hash,
        remembered,
        notes,
        storage_works,
        app_address: location::app_address(),
        // Any number will do, as long as two windows are unlikely to draw the same one.
        window: random_u32(),
        now,
        clock_started: storage::clock_start(),
        notes_size: storage::notes_size(),
        pair_kept: storage::kept_pair().filter(|token| is_token(token)),
        // It keeps out pages that merely post on the channel; a page of the same site that sets
        // out to could read the kept one (docs/deploying.md: an origin of its own).
        pair_fresh: (u64::from(random_u32()) << 32 | u64::from(random_u32())).to_string(),
    }
}

fn random_u32() -> u32 {
    (js_sys::Math::random() * f64::from(u32::MAX)) as u32
}

/// Milliseconds since 1970, as a whole number (kept as integer text: formatting and parsing
/// floating-point numbers would add kilobytes to the bundle).
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// The time of day where the reader is, in minutes since midnight.
pub fn minutes_of_day() -> u32 {
    let date = js_sys::Date::new_0();
    date.get_hours() * 60 + date.get_minutes()
}

/// Today's date, by this device's clock.
pub fn today() -> crate::content::load::Date {
    crate::content::load::date_from_days((js_sys::Date::now() / 86_400_000.0) as i64)
}

/// The element with this id, if it exists.
fn element_by_id(element_id: &str) -> Option<web_sys::HtmlElement> {
    gloo::utils::document().get_element_by_id(element_id)?.dyn_into().ok()
}

/// Moves keyboard focus to the element with this id, if it exists.
pub fn focus_by_id(element_id: &str) {
    if let Some(element) = element_by_id(element_id) {
        let _ = element.focus();
    }
}

/// Brings the element with this id into view and moves focus to it. With `host` (the origin of
/// the page embedding the explorer, whose script sizes the frame to its content), that page is
/// asked to scroll to it; else the page scrolls itself, if it is not already in view.
pub fn reveal(element_id: &str, host: Option<&str>) {
    let Some(element) = element_by_id(element_id) else { return };
    let window = gloo::utils::window();
    let top = element.get_bounding_client_rect().top();
    match host {
        Some(host) => {
            let page_top = top + window.scroll_y().unwrap_or(0.0);
            embed::post_to_host(&AppEvent::ScrollTo { top: page_top.max(0.0) as u32 }.fields(), host);
        }
        None => {
            let height = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
            if top < 0.0 || top > height * 0.8 {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Start);
                element.scroll_into_view_with_scroll_into_view_options(&options);
            }
        }
    }
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = element.focus_with_options(&options);
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
