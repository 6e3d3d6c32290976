//! Files on the reader's device: saving one, and choosing one to open. Nothing leaves the
//! browser.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};

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
