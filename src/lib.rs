//! The Adversity Cycle explorer: an interactive diagram for The For Baby's Sake Trust.
//!
//! - [`content`]: the types of `content/adversity-cycle.toml`, its reader and checker.
//! - [`model`]: plain Rust state, URL contract and geometry, tested natively.
//! - [`view`]: Yew components. They render identically on the server (prerendering) and in the
//!   browser's first render (hydration), so they read no browser state while rendering.
//! - [`browser`]: the edge where the app touches browser APIs; only effects and event
//!   handlers call into it.

pub mod browser;
pub mod content;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod view;

/// The content compiled into the app: `build.rs` checks `content/adversity-cycle.toml` and
/// writes it out as these statics.
mod compiled_content {
    use crate::content::outline::*;
    use crate::content::*;
    include!(concat!(env!("OUT_DIR"), "/cycle.rs"));
}

/// What the browser app knows of the cycle.
pub fn outline() -> &'static content::outline::Outline {
    &compiled_content::OUTLINE
}

/// The whole content, for prerendering the page (native builds only).
#[cfg(not(target_arch = "wasm32"))]
pub fn cycle() -> &'static content::Cycle {
    &compiled_content::CYCLE
}
