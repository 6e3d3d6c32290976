//! The clipboard, and selecting text for copying by hand where it is refused.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};

/// Copies text to the clipboard, then calls `done` with whether it worked (the clipboard can
/// be refused, for example inside a frame without `allow="clipboard-write"`).
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let clipboard = gloo::utils::window().navigator().clipboard();
    let request = clipboard.write_text(text);
    spawn_local(async move { done(JsFuture::from(request).await.is_ok()) });
}

/// Selects all the text in a field, so it can be copied by hand.
pub fn select_field(id: &str) {
    let field = gloo::utils::document().get_element_by_id(id);
    if let Some(field) = field.and_then(|f| f.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) {
        let _ = field.focus();
        field.select();
    }
}
