//! The model: plain Rust that knows nothing of the browser, tested natively. The state and its
//! reducer (`state`), the effects it asks for (`effect`), what the page shows (`page`), the
//! address (`route`), the keys (`keys`), a presentation's steps (`presentation`), the two
//! protocols with other windows (`sync`, `host_link`) and their messages (`messages`), what is
//! kept on the device (`stored`), and the drawing's geometry (`geometry`); and the content
//! editor's own state and reducer (`editor`), with its draft (`draft`).

pub mod editor;
pub mod effect;
pub mod draft;
pub mod geometry;
pub mod host_link;
pub mod keys;
pub mod messages;
pub mod page;
pub mod presentation;
pub mod route;
pub mod state;
pub mod stored;
pub mod sync;
