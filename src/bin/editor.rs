//! The content editor's entry point (edit.html): its own bundle, so the explorer's first load
//! carries none of it. The editor's loader (edit.js) starts it, handing it the way to load the
//! publisher (Download the site), a bundle of its own that only that button loads.

#[cfg(target_arch = "wasm32")]
fn main() {}

/// Starts the editor; `load_publisher` loads the publisher and gives its module.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn start(load_publisher: js_sys::Function) {
    adversity_cycle::browser::install_panic_hook();
    adversity_cycle::editor::start(load_publisher);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the content editor for the browser: `trunk build` builds it into dist/edit.html (see README.md).");
}
