//! Talking to the page that embeds the explorer in an iframe: messages to and from the host
//! script (`embed.js`), and the app's own height for the frame to follow.

use gloo::events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, ResizeObserver};

use super::messages::{read_fields, to_object};
use crate::model::messages::{Fields, HOST_FIELDS};

/// Calls `received` with the fields and origin of every message to this window, and whether
/// it came from the page embedding it (the model ignores anything else).
pub fn on_message(received: impl Fn(Fields, String, bool) + 'static) -> EventListener {
    let window = gloo::utils::window();
    let parent: Option<JsValue> = window.parent().ok().flatten().filter(|p| *p != window).map(Into::into);
    EventListener::new(&window, "message", move |event| {
        let Some(event) = event.dyn_ref::<MessageEvent>() else { return };
        let from_parent = matches!((&parent, event.source()), (Some(parent), Some(source)) if JsValue::from(&source) == *parent);
        if let Some(fields) = read_fields(&event.data(), &HOST_FIELDS) {
            received(fields, event.origin(), from_parent);
        }
    })
}

/// Sends a message to the embedding page, to its origin only.
pub fn post_to_host(fields: &Fields, host_origin: &str) {
    if let Ok(Some(parent)) = gloo::utils::window().parent() {
        let _ = parent.post_message(&to_object(fields), host_origin);
    }
}

/// Watches the height of the page's content, calling `changed` with it (whole CSS pixels,
/// rounded up) now and whenever it changes. Keep the returned watcher alive while wanted.
pub fn watch_height(changed: impl Fn(u32) + 'static) -> Option<HeightWatcher> {
    let body = gloo::utils::document().body()?;
    let measure = {
        let body = body.clone();
        move || body.get_bounding_client_rect().height().ceil() as u32
    };
    changed(measure());
    let callback = Closure::<dyn FnMut()>::new(move || changed(measure()));
    let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&body);
    Some(HeightWatcher { observer, _callback: callback })
}

/// A running height watch; it stops when dropped.
pub struct HeightWatcher {
    observer: ResizeObserver,
    _callback: Closure<dyn FnMut()>,
}

impl Drop for HeightWatcher {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
