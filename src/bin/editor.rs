//! The content editor's entry point (edit.html): its own bundle, so the explorer's first load
//! carries none of it.

#[cfg(target_arch = "wasm32")]
fn main() {
    adversity_cycle::browser::install_panic_hook();
    adversity_cycle::editor::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the content editor for the browser: `trunk build` builds it into dist/edit.html (see README.md).");
}
