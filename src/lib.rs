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
//! - [`site`]: publishing: the site's files that change with the content, made in the build
//!   and in the browser (the editor's publisher, a bundle of its own).
//! - [`prerender`]: the build's part: finishing the site Trunk built.
//! - [`editor`]: the content editor (edit.html), a bundle of its own.

pub mod browser;
pub mod content;
pub mod contract;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
#[cfg(any(not(target_arch = "wasm32"), feature = "publisher"))]
pub mod site;
pub mod view;
#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(all(target_arch = "wasm32", feature = "editor"))]
pub mod editor;
