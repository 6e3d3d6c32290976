//! The model: plain Rust that knows nothing of the browser, tested natively.
//!
//! The explorer: its state (`state`), what can happen to it (`action`), what a feature sees
//! while handling it (`context`), the effects it asks for (`effect`) and what the page shows
//! (`page`); one module per feature (`reading`, `notes`, `presenting`, `console`, `sharing`,
//! `embedding`, `release`); the address (`route`), the keys (`keys`), a presentation's `steps`, the two protocols with other windows
//! (`sync`, `host_link`) and their messages (`messages`), what is kept on the device
//! (`stored`), and the drawing's geometry (`geometry`). The content editor has its own state
//! and reducer (`editor`), with its draft (`draft`).

pub mod action;
pub mod console;
pub mod context;
pub mod draft;
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod editor;
pub mod effect;
pub mod embedding;
pub mod geometry;
pub mod host_link;
pub mod keys;
pub mod messages;
pub mod notes;
pub mod page;
pub mod presenting;
pub mod reading;
pub mod release;
pub mod route;
pub mod sharing;
pub mod state;
pub mod steps;
pub mod stored;
pub mod sync;
