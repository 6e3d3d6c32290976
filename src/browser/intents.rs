//! What the reader and the browser do, as actions: clicks on the page's controls and links,
//! radio buttons, typing in a notes box, keys, dialogs closed with Escape, the address changed
//! under the app, storage changed by another window, messages from the embedding page, and the
//! page being hidden. The listeners read nothing of the state: the reducer decides.

use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlDialogElement, HtmlInputElement, HtmlTextAreaElement, KeyboardEvent, MouseEvent, StorageEvent};

use super::{embed, location, storage, Dispatch};
use crate::contract::{self, id, Control, CONTROL_ATTR, NOTE_FOR_ATTR};
use crate::model::action::Action;

/// Listens for everything the app acts on. Keep the listeners alive while wanted.
pub fn listen(dispatch: &Dispatch) -> Vec<EventListener> {
    let mut listeners = vec![on_click(dispatch.clone()), on_key(dispatch.clone())];
    listeners.extend(on_typing(dispatch));
    listeners.extend(on_window(dispatch));
    listeners
}

/// The element an event happened on.
fn target(event: &web_sys::Event) -> Option<Element> {
    event.target().and_then(|t| t.dyn_into::<Element>().ok())
}

/// A click on a control, or on a link within the explorer.
fn on_click(click: Dispatch) -> EventListener {
    let stoppable = EventListenerOptions::enable_prevent_default();
    EventListener::new_with_options(&gloo::utils::document(), "click", stoppable, move |event| {
        let Some(event) = event.dyn_ref::<MouseEvent>() else { return };
        let Some(target) = target(event) else { return };
        let control = target.closest(&format!("[{CONTROL_ATTR}]")).ok().flatten();
        if let Some(control) = control.filter(|c| c.dyn_ref::<HtmlInputElement>().is_none()) {
            if let Some(name) = Control::parse(&control.get_attribute(CONTROL_ATTR).unwrap_or_default()) {
                click(Action::Control(name, String::new()));
            }
        } else if let Some(href) = in_page_link(event, &target) {
            // A link within the explorer changes the view without a jump down the page.
            if click(Action::Link(href)) {
                event.prevent_default();
            }
        }
    })
}

/// A key, on a stage's tab or anywhere else it does not belong to something else.
fn on_key(keys: Dispatch) -> EventListener {
    let stoppable = EventListenerOptions::enable_prevent_default();
    EventListener::new_with_options(&gloo::utils::document(), "keydown", stoppable, move |event| {
        let Some(event) = event.dyn_ref::<KeyboardEvent>() else { return };
        if event.default_prevented() || event.ctrl_key() || event.alt_key() || event.meta_key() || belongs_elsewhere(event) {
            return;
        }
        let key = event.key();
        let tab = target(event).and_then(|t| t.closest("[role=tab]").ok().flatten());
        let action = match tab.as_ref().and_then(|t| contract::stage_of_tab(&t.id()).map(String::from)) {
            Some(stage) => Action::TabKey { stage, key },
            None => Action::Key(key),
        };
        if keys(action) {
            event.prevent_default();
        }
    })
}

/// Radio buttons, typing in a notes box and leaving it, and dialogs closed with Escape.
fn on_typing(dispatch: &Dispatch) -> [EventListener; 4] {
    let document = gloo::utils::document();
    let (change, input, left, closed) = (dispatch.clone(), dispatch.clone(), dispatch.clone(), dispatch.clone());
    [
        EventListener::new(&document, "change", move |event| {
            let Some(radio) = target(event).and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return };
            if let Some(control) = radio.get_attribute(CONTROL_ATTR).as_deref().and_then(Control::parse).filter(|_| radio.checked()) {
                change(Action::Control(control, radio.value()));
            }
        }),
        EventListener::new(&document, "input", move |event| {
            let Some(field) = target(event).and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok()) else { return };
            if let Some(stage) = field.get_attribute(NOTE_FOR_ATTR) {
                input(Action::NoteTyped { stage, text: field.value() });
            }
        }),
        // Leaving a notes box saves it at once.
        EventListener::new(&document, "focusout", move |event| {
            if target(event).is_some_and(|t| t.has_attribute(NOTE_FOR_ATTR)) {
                left(Action::SaveNotes);
            }
        }),
        // `close` does not bubble: heard on its way down instead. The event comes a moment after
        // the dialog closed; by then a key may have opened it again, and that stands.
        EventListener::new_with_options(&document, "close", EventListenerOptions { phase: EventListenerPhase::Capture, passive: true }, move |event| {
            if !target(event).and_then(|t| t.dyn_into::<HtmlDialogElement>().ok()).is_some_and(|d| d.open()) {
                closed(Action::DialogClosed);
            }
        }),
    ]
}

/// What happens to the window: the address changed under the app, storage changed by another
/// window, the page hidden, a new version ready, a message from the embedding page.
fn on_window(dispatch: &Dispatch) -> [EventListener; 7] {
    let window = gloo::utils::window();
    let (popped, hash_changed, stored, hidden) = (dispatch.clone(), dispatch.clone(), dispatch.clone(), dispatch.clone());
    let (visibility, update, message) = (dispatch.clone(), dispatch.clone(), dispatch.clone());
    [
        EventListener::new(&window, "popstate", move |_| {
            let (search, hash) = location::current();
            popped(Action::AddressChanged { search, hash });
        }),
        EventListener::new(&window, "hashchange", move |_| {
            let (search, hash) = location::current();
            hash_changed(Action::AddressChanged { search, hash });
        }),
        EventListener::new(&window, "storage", move |event| {
            let Some(event) = event.dyn_ref::<StorageEvent>() else { return };
            if let Some(key) = event.key().as_deref().and_then(storage::own_key) {
                stored(Action::StorageChanged { key, value: event.new_value() });
            }
        }),
        EventListener::new(&window, "pagehide", move |_| {
            hidden(Action::PageHidden);
        }),
        EventListener::new(&gloo::utils::document(), "visibilitychange", move |_| {
            if gloo::utils::document().hidden() {
                visibility(Action::PageHidden);
            }
        }),
        EventListener::new(&window, contract::event::UPDATE_READY, move |_| {
            update(Action::UpdateReady);
        }),
        embed::on_message(move |fields, origin, from_parent| {
            message(Action::FromHost { fields, origin, from_parent });
        }),
    ]
}

/// Keys that belong to something else: typing in a field, anything inside a dialog, and Enter
/// or Space on a button, link or tab (which activate it).
fn belongs_elsewhere(event: &KeyboardEvent) -> bool {
    let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return false };
    let inside = |selector: &str| target.closest(selector).ok().flatten().is_some();
    let activates = matches!(event.key().as_str(), "Enter" | " ");
    // The list of keys is a dialog that takes the presentation's keys: ? closes it, and a
    // clicker's closes it and acts.
    let dialog = format!("input, textarea, select, [contenteditable], dialog:not(#{})", id::KEYS_DIALOG);
    inside(&dialog) || (activates && inside("a, button, summary, [role=tab]"))
}

/// The `#…` address of the in-page link a plain click landed on, unless something already
/// handled the click.
fn in_page_link(event: &MouseEvent, target: &Element) -> Option<String> {
    if event.default_prevented() || event.button() != 0 || event.ctrl_key() || event.meta_key() || event.shift_key() {
        return None;
    }
    target.closest("a[href^='#']").ok()??.get_attribute("href")
}
