//! The content of the explorer: what the Trust edits in `content/adversity-cycle.toml`.
//!
//! `load` reads and checks the file (in the build, and in the browser editor); the full
//! [`Cycle`] is rendered into the page, and the app reads only the [`outline::Outline`] the page
//! carries for it.

#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod form;
pub mod items;
pub mod model;
pub mod parts;
pub mod outline;
pub mod rich_text;

pub mod load;
mod raw;

pub use model::*;

/// The content file, as messages name it.
pub const CONTENT_FILE: &str = "content/adversity-cycle.toml";

/// A stable 64-bit hash of some bytes (FNV-1a): names a file by its content, and tells the
/// editor which published version a draft started from.
pub fn fingerprint(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3))
}

/// Text for HTML: what could be read as markup is escaped (for the few places text is written
/// into HTML by hand: the page's title, the embed code).
pub fn html_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
