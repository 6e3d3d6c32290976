//! The browser entry point: takes over the prerendered page, with the outline of the cycle the
//! page carries.

// SAFETY: the app runs on the page's one thread.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

#[cfg(target_arch = "wasm32")]
fn main() {
    use adversity_cycle::{app, browser};
    browser::install_panic_hook();
    match browser::page_data::read_outline() {
        // The outline lives as long as the page.
        Some(outline) => app::start(Box::leak(Box::new(outline))),
        None => browser::startup_failed("the page carries no outline of the cycle it shows"),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is the browser app: build it with `trunk build` (see README.md).");
}
