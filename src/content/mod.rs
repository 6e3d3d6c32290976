//! The content of the explorer: what the Trust edits in `content/adversity-cycle.toml`.
//!
//! This module is also compiled into `build.rs` (through `#[path]`), so it refers to nothing
//! else in the crate but the contract. The build script reads and checks the content file, then writes
//! it out as Rust (`emit`), so the browser bundle carries no TOML parser. The browser gets only
//! the [`outline::Outline`]; the full [`Cycle`] is for prerendering the page.

pub mod model;
pub mod outline;
pub mod rich_text;

#[cfg(not(target_arch = "wasm32"))]
pub mod emit;
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
