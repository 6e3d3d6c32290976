//! Publishing the site from the editor (Download the site): a bundle of its own, with Yew's
//! server-side renderer, which the editor loads only when it is asked for, so neither the
//! explorer nor the editor's first load carries it. It exports one function, `make_site`.

#[cfg(target_arch = "wasm32")]
fn main() {}

/// The whole site, with `text` as its content file and every local edition, `edition_text`
/// as the file of the edition `edition` (empty: none), as a zip archive; `None` if a file has
/// mistakes or a file of the site could not be read.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub async fn make_site(text: String, edition: String, edition_text: String) -> Option<Vec<u8>> {
    adversity_cycle::site::browser::make_site(&text, (&edition, &edition_text)).await
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the editor's publisher for the browser: `trunk build` builds it beside edit.html (see README.md).");
}
