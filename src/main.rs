//! The browser entry point: takes over the prerendered page.

#[cfg(target_arch = "wasm32")]
fn main() {
    adversity_cycle::browser::install_panic_hook();
    adversity_cycle::app::start(adversity_cycle::outline());
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the browser app: build it with `trunk build` (see README.md).");
}
