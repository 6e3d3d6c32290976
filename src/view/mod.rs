//! Yew components.
//!
//! - [`chrome`] and [`document`]: the whole page, prerendered on the native target: the header,
//!   the drawing, the presenting and sharing controls, and every section of content. The app
//!   shows, hides and fills them; the browser editor renders [`document`] for its preview.
//! - [`diagram`]: the drawing, and the list of stages ([`diagram::StageTabs`]), which the app
//!   renders in the browser as the state changes.
//! - [`controls`]: the one place the page's controls, text slots and notices are marked with
//!   the contract's attributes.

pub mod controls;
pub mod diagram;
pub mod document;
pub mod chrome;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod editor;
