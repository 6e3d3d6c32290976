//! The screen: full screen, other windows, the clipboard, printing, downloads and files.

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

/// How long to wait for a paint that may never come: a hidden tab or a frame the browser
/// throttles does not paint.
const PAINT_WAIT_MS: i32 = 100;

/// Calls `then` once the browser has painted what has just changed, or after a short wait where
/// the page is not being painted.
pub fn after_next_paint(then: impl FnOnce() + 'static) {
    let pending = std::rc::Rc::new(std::cell::Cell::new(Some(Box::new(then) as Box<dyn FnOnce()>)));
    let run = move || {
        if let Some(then) = pending.take() {
            then();
        }
    };
    let window = gloo::utils::window();
    let (after_paint, after_wait) = (run.clone(), run);
    // A frame's callback runs just before its paint; a task it queues runs after.
    let after = Closure::once_into_js(after_paint);
    let before_paint = Closure::once_into_js(move || {
        let _ = gloo::utils::window().set_timeout_with_callback(after.unchecked_ref());
    });
    let _ = window.request_animation_frame(before_paint.unchecked_ref());
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(Closure::once_into_js(after_wait).unchecked_ref(), PAINT_WAIT_MS);
}

/// Opens `url` in a named window (reusing it if open). `false` if a pop-up blocker refused.
pub fn open_window(url: &str, name: &str) -> bool {
    matches!(gloo::utils::window().open_with_url_and_target(url, name), Ok(Some(_)))
}

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

/// Opens the browser's print dialog (which can also save a PDF).
pub fn print() {
    let _ = gloo::utils::window().print();
}

/// Asks the reader to confirm something, with the browser's own dialog.
pub fn confirm(question: &str) -> bool {
    gloo::utils::window().confirm_with_message(question).unwrap_or(false)
}

/// Saves a file on the reader's device. Nothing leaves the browser: the file is made here and
/// handed straight to the browser's downloads. `media_type` is the file's type, such as
/// `text/markdown;charset=utf-8`.
pub fn download(file_name: &str, media_type: &str, bytes: &[u8]) {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(media_type);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let document = gloo::utils::document();
    if let Some(link) = document.create_element("a").ok().and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok()) {
        link.set_href(&url);
        link.set_download(file_name);
        link.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Asks the boot script to switch to the new version of the explorer that is ready (it
/// reloads the page once the new version has taken over).
pub fn use_new_version() {
    if let Ok(event) = web_sys::Event::new(crate::contract::event::USE_NEW_VERSION) {
        let _ = gloo::utils::window().dispatch_event(&event);
    }
}

/// Lets the reader choose a file (of the types `accept` lists), then calls `chosen` with its
/// bytes, or `None` if it is larger than `max_bytes` or cannot be read. Keep the returned
/// listener until then. (The file is read as a `Blob`, through the input's `files` property:
/// web-sys's File and FileList bindings would add to the bundle.)
pub fn choose_file(accept: &str, max_bytes: f64, chosen: impl Fn(Option<Vec<u8>>) + 'static) -> Option<gloo::events::EventListener> {
    let input: web_sys::HtmlInputElement = gloo::utils::document().create_element("input").ok()?.dyn_into().ok()?;
    input.set_type("file");
    input.set_accept(accept);
    let chosen = std::rc::Rc::new(chosen);
    let listener = gloo::events::EventListener::once(&input, "change", {
        let input = input.clone();
        move |_| {
            let file = js_sys::Reflect::get(&input, &JsValue::from_str("files"))
                .and_then(|files| js_sys::Reflect::get_u32(&files, 0))
                .ok()
                .and_then(|file| file.dyn_into::<web_sys::Blob>().ok());
            let Some(file) = file.filter(|file| file.size() <= max_bytes) else { return chosen(None) };
            spawn_local(async move {
                let buffer = JsFuture::from(file.array_buffer()).await;
                chosen(buffer.ok().map(|b| js_sys::Uint8Array::new(&b).to_vec()));
            });
        }
    });
    input.click();
    Some(listener)
}

/// Puts the caret at `offset` in a text box (UTF-16 units, as the browser counts), and
/// scrolls the box so that line `line` of `lines` is in view, a little below the top (the box
/// never wraps, so every line is the same height).
pub fn put_caret(text_box: &web_sys::HtmlTextAreaElement, offset: u32, line: usize, lines: usize) {
    let _ = text_box.focus();
    let _ = text_box.set_selection_range(offset, offset);
    let line_height = f64::from(text_box.scroll_height()) / lines.max(1) as f64;
    text_box.set_scroll_top((line.saturating_sub(3) as f64 * line_height) as i32);
}
