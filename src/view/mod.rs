//! Yew components.
//!
//! - [`app`]: the interactive part, rendered on the server and hydrated in the browser. It
//!   renders the same markup in both places, so it reads no browser state while rendering:
//!   effects do that.
//! - [`document`]: the content, rendered on the server only (native builds).

pub mod app;
pub mod cycle_diagram;
#[cfg(not(target_arch = "wasm32"))]
pub mod document;
mod hooks;
pub mod presenting;
pub mod sharing;

pub use app::{App, AppProps};

/// The id of the prerendered panel that holds every section; the tabs name it in
/// `aria-controls`.
pub const PANEL_ID: &str = "panel";
