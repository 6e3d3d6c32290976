//! Reading files of the site the page came from (the content editor reads the published content
//! file, and every file of the site to publish it again). Always asks the server, so what is
//! read is what is published now.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{RequestCache, RequestInit, Response};

/// The bytes of a file of this site, by its address relative to the page; `None` if it could
/// not be read (offline, or not found).
pub async fn fetch_bytes(address: &str) -> Option<Vec<u8>> {
    let init = RequestInit::new();
    init.set_cache(RequestCache::NoCache);
    let response = JsFuture::from(gloo::utils::window().fetch_with_str_and_init(address, &init)).await.ok()?;
    let response: Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}
