//! The address bar: read it, follow it, write the app's route back into it.

use gloo::events::EventListener;

/// The current query string and hash, each with its leading `?` or `#` (or empty).
pub fn current() -> (String, String) {
    let location = gloo::utils::window().location();
    (location.search().unwrap_or_default(), location.hash().unwrap_or_default())
}

/// Writes a query string and hash into the address bar. A new history entry is added only
/// when the hash changes, so Back returns to the previous stage, not the previous setting.
pub fn write(query: &str, hash: &str) {
    let (current_query, current_hash) = current();
    if query == current_query && hash == current_hash {
        return;
    }
    let window = gloo::utils::window();
    let Ok(history) = window.history() else { return };
    let path = window.location().pathname().unwrap_or_default();
    let url = format!("{path}{query}{hash}");
    let _ = if hash == current_hash {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
}

/// Calls `changed` whenever the address changes under the app (Back, Forward, an edited
/// hash). Keep the returned listeners alive for as long as they are wanted.
pub fn on_change(changed: impl Fn() + 'static) -> [EventListener; 2] {
    let changed = std::rc::Rc::new(changed);
    let window = gloo::utils::window();
    let on_hash = changed.clone();
    [
        EventListener::new(&window, "popstate", move |_| changed()),
        EventListener::new(&window, "hashchange", move |_| on_hash()),
    ]
}

/// The address of the explorer itself (its folder), for links and embed code:
/// `https://example.org/adversity-cycle/`.
pub fn app_address() -> String {
    let location = gloo::utils::window().location();
    let path = location.pathname().unwrap_or_default();
    let folder = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    format!("{}{folder}", location.origin().unwrap_or_default())
}
