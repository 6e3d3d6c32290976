//! The Adversity Cycle explorer: an interactive diagram for The For Baby's Sake Trust.
//!
//! The page is prerendered (by the view, on the native target) and the app takes it over in
//! the browser. How a click becomes a change: the browser edge turns it into an
//! [`model::state::Action`]; the reducer updates the state and returns
//! [`model::effect::Effect`]s; the view follows the state (the page's marks, text and notices,
//! and the list of stages, a Yew component); the edge carries out the effects. See the README's
//! "How it works".
//!
//! - [`contract`]: every id, attribute, control and message name the two halves share.
//! - [`content`]: the types of `content/adversity-cycle.toml`, its reader and checker.
//! - [`model`]: plain Rust state, reducer, protocols, URL contract and geometry, tested natively.
//! - [`view`]: Yew components: the page prerendered on the native target, and the list of
//!   stages the browser renders.
//! - [`browser`]: the edge where the app touches browser APIs.
//! - [`app`]: the running app in the browser: one loop from intents to state, view and effects.
//! - [`editor`]: the content editor (edit.html), a bundle of its own.

pub mod browser;
pub mod content;
pub mod contract;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod view;
#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod editor;

/// The content compiled into the app: `build.rs` checks `content/adversity-cycle.toml` and
/// writes it out as these statics.
mod compiled_content {
    use crate::content::outline::*;
    // (The whole content is for prerendering only; the browser app uses just the outline.)
    #[cfg_attr(target_arch = "wasm32", allow(unused_imports))]
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

/// The content file the site was built from, as written: the editor opens with it.
pub const CONTENT_SOURCE: &str = include_str!("../content/adversity-cycle.toml");
