//! The address bar: read it, and write the app's route into it.

use crate::contract::storage;

/// The current query string and hash, each with its leading `?` or `#` (or empty).
pub fn current() -> (String, String) {
    let location = gloo::utils::window().location();
    (location.search().unwrap_or_default(), location.hash().unwrap_or_default())
}

/// Puts a query and hash (`url`, relative to the page) in the address bar, as a new history
/// entry or in place of the current one.
pub fn write(url: &str, new_entry: bool) {
    let window = gloo::utils::window();
    let Ok(history) = window.history() else { return };
    let path = window.location().pathname().unwrap_or_default();
    let url = format!("{path}{url}");
    let state = wasm_bindgen::JsValue::NULL;
    let _ = if new_entry { history.push_state_with_url(&state, "", Some(&url)) } else { history.replace_state_with_url(&state, "", Some(&url)) };
}

/// The folder the explorer is served from, as a path: `/adversity-cycle/`. What it keeps and
/// whom it talks to belong to it.
pub fn folder() -> String {
    let path = gloo::utils::window().location().pathname().unwrap_or_default();
    storage::scope(&path).to_string()
}

/// The address of the explorer itself (its folder), for links and embed code:
/// `https://example.org/adversity-cycle/`.
pub fn app_address() -> String {
    format!("{}{}", gloo::utils::window().location().origin().unwrap_or_default(), folder())
}
