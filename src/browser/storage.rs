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

use crate::model::state::Remembered;

const CONTENT_NOTE_SEEN: &str = "content-note-seen";

/// What this device remembered, and whether storage can be used at all.
pub fn load_remembered() -> (Remembered, Result<(), Unavailable>) {
    match read(CONTENT_NOTE_SEEN) {
        Ok(seen) => (Remembered { content_note_seen: seen.as_deref() == Some("1") }, Ok(())),
        Err(e) => (Remembered::default(), Err(e)),
    }
}

/// Keeps what the app remembers, as far as storage allows.
pub fn save_remembered(remembered: &Remembered) -> Result<(), Unavailable> {
    if remembered.content_note_seen {
        write(CONTENT_NOTE_SEEN, "1")
    } else {
        remove(CONTENT_NOTE_SEEN)
    }
}
