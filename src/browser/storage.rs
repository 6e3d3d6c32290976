//! This device's local storage, best effort. Private modes, sandboxed iframes and full disks
//! make storage throw or vanish; every call here turns that into `Err(Unavailable)` so the app
//! carries on for the session and can say that nothing will be kept.

use web_sys::Storage;

/// Storage could not be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unavailable;

/// Every key the app writes starts with this, so they can all be found and deleted.
const PREFIX: &str = "adversity-cycle.";

fn storage() -> Result<Storage, Unavailable> {
    gloo::utils::window().local_storage().ok().flatten().ok_or(Unavailable)
}

/// This window's own storage, kept across a reload but not shared with other windows.
fn session() -> Option<Storage> {
    gloo::utils::window().session_storage().ok().flatten()
}

const CLOCK_START: &str = "adversity-cycle.speaker-clock-start";

/// Milliseconds since 1970, as a whole number (stored as integer text: formatting and parsing
/// floating-point numbers would add kilobytes to the bundle).
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// When the speaker view's clock started: kept across a reload of the speaker view, so the
/// clock carries on; now, if this window has none.
pub fn clock_start() -> u64 {
    let stored = session().and_then(|s| s.get_item(CLOCK_START).ok().flatten()).and_then(|t| t.parse::<u64>().ok());
    stored.filter(|t| *t <= now_ms()).unwrap_or_else(restart_clock)
}

/// Starts the speaker view's clock again from now.
pub fn restart_clock() -> u64 {
    let now = now_ms();
    if let Some(session) = session() {
        let _ = session.set_item(CLOCK_START, &now.to_string());
    }
    now
}

/// The text stored under `key`, if any.
pub fn read(key: &str) -> Result<Option<String>, Unavailable> {
    storage()?.get_item(&format!("{PREFIX}{key}")).map_err(|_| Unavailable)
}

pub fn write(key: &str, value: &str) -> Result<(), Unavailable> {
    storage()?.set_item(&format!("{PREFIX}{key}"), value).map_err(|_| Unavailable)
}

pub fn remove(key: &str) -> Result<(), Unavailable> {
    storage()?.remove_item(&format!("{PREFIX}{key}")).map_err(|_| Unavailable)
}

use crate::content::outline::Outline;
use crate::model::state::Remembered;
use crate::model::stored::{self, Write};

/// What this device remembers, and whether its storage works (it can be there to read and
/// still refuse to write: full, or a private mode).
pub fn load_remembered(outline: &Outline) -> (Remembered, bool) {
    let works = storage().is_ok() && write("probe", "1").and_then(|_| remove("probe")).is_ok();
    let remembered = stored::read(outline, |key| read(key).ok().flatten());
    (remembered, works)
}

/// Stores what changed, as far as storage allows. An error leaves what was stored before as
/// it was.
pub fn save_remembered(outline: &Outline, before: &Remembered, after: &Remembered) -> Result<(), Unavailable> {
    for change in stored::changes(outline, before, after) {
        match change {
            Write::Set(key, text) => write(&key, &text)?,
            Write::Remove(key) => remove(&key)?,
        }
    }
    Ok(())
}
