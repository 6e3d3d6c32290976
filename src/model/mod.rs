//! The model: plain Rust that knows nothing of the browser, tested natively.

pub mod geometry;
pub mod keys;
pub mod messages;
pub mod presentation;
pub mod route;
pub mod state;
pub mod stored;
