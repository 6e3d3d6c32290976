//! The screen: fullscreen, other windows, modal dialogs, and the keyboard as a whole.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{HtmlDialogElement, KeyboardEvent};

/// Enters fullscreen, or leaves it. `false` if the browser (or the page embedding us) refused.
pub fn toggle_fullscreen() -> bool {
    let document = gloo::utils::document();
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
        return true;
    }
    document.fullscreen_enabled() && document.document_element().is_some_and(|page| page.request_fullscreen().is_ok())
}

/// Opens `url` in a named window (reusing it if open). `false` if a pop-up blocker refused.
pub fn open_window(url: &str, name: &str) -> bool {
    matches!(gloo::utils::window().open_with_url_and_target(url, name), Ok(Some(_)))
}

/// Shows or closes a `<dialog>` as a modal, which keeps focus inside it and closes on Escape.
pub fn set_dialog_open(dialog: &HtmlDialogElement, open: bool) {
    if open && !dialog.open() {
        let _ = dialog.show_modal();
    } else if !open && dialog.open() {
        dialog.close();
    }
}

/// Calls `pressed` with each key pressed anywhere in the page, except keys that belong to
/// something else: typing in a field, Enter or Space on a button or link, anything inside a
/// dialog, and anything with Ctrl, Alt or Meta (the browser's). When `pressed` returns true
/// the key's default action is stopped. Keys a control already handled are skipped.
pub fn on_key(pressed: impl Fn(&str) -> bool + 'static) -> EventListener {
    let options = EventListenerOptions::enable_prevent_default();
    EventListener::new_with_options(&gloo::utils::document(), "keydown", options, move |event| {
        let Some(event) = event.dyn_ref::<KeyboardEvent>() else { return };
        if event.default_prevented() || event.ctrl_key() || event.alt_key() || event.meta_key() || belongs_elsewhere(event) {
            return;
        }
        if pressed(&event.key()) {
            event.prevent_default();
        }
    })
}

fn belongs_elsewhere(event: &KeyboardEvent) -> bool {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return false };
    let inside = |selector: &str| target.closest(selector).ok().flatten().is_some();
    let activates = matches!(event.key().as_str(), "Enter" | " ");
    inside("input, textarea, select, [contenteditable], dialog") || (activates && inside("a, button, summary, [role=tab]"))
}
