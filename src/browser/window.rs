//! The browser window: full screen, other windows, printing, the browser's own dialog, and
//! switching to a new version of the explorer.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};

#[wasm_bindgen]
extern "C" {
    /// An element, seen as something that can ask to go full screen.
    #[wasm_bindgen(extends = web_sys::Element)]
    type FullscreenTarget;

    /// `Element.requestFullscreen()`, keeping the promise it returns so a refusal can be heard.
    #[wasm_bindgen(method, js_name = requestFullscreen)]
    fn request_fullscreen(this: &FullscreenTarget) -> js_sys::Promise;
}

/// Enters fullscreen, or leaves it. Calls `refused` if the browser, or the page embedding the
/// explorer, will not allow it (no `allow="fullscreen"` on the frame, or an iPhone).
pub fn toggle_fullscreen(refused: impl FnOnce() + 'static) {
    let document = gloo::utils::document();
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
        return;
    }
    let Some(page) = document.document_element().filter(|_| document.fullscreen_enabled()) else {
        refused();
        return;
    };
    let request = page.unchecked_into::<FullscreenTarget>().request_fullscreen();
    spawn_local(async move {
        if JsFuture::from(request).await.is_err() {
            refused();
        }
    });
}

/// Opens `url` in a named window (reusing it if open). `false` if a pop-up blocker refused.
pub fn open_window(url: &str, name: &str) -> bool {
    matches!(gloo::utils::window().open_with_url_and_target(url, name), Ok(Some(_)))
}

/// Opens the browser's print dialog (which can also save a PDF).
pub fn print() {
    let _ = gloo::utils::window().print();
}

/// Asks the reader to confirm something, with the browser's own dialog.
pub fn confirm(question: &str) -> bool {
    gloo::utils::window().confirm_with_message(question).unwrap_or(false)
}

/// Asks the boot script to switch to the new version of the explorer that is ready (it
/// reloads the page once the new version has taken over).
pub fn use_new_version() {
    if let Ok(event) = web_sys::Event::new(crate::contract::event::USE_NEW_VERSION) {
        let _ = gloo::utils::window().dispatch_event(&event);
    }
}
