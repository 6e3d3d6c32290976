//! What can happen to the app: where it starts ([`Start`]), and everything the reader, the
//! browser or another window does ([`Action`]).

use super::console::NotesSize;
use super::messages::Fields;
use super::stored::{Notes, Remembered};
use crate::contract::Control;

/// Where the app starts: read from the browser once, when it starts.
#[derive(Clone, Debug, Default)]
pub struct Start {
    pub search: String,
    pub hash: String,
    pub remembered: Remembered,
    pub notes: Notes,
    pub storage_works: bool,
    pub app_address: String,
    /// A random id for this window, for the presentation windows to tell each other apart.
    pub window: u32,
    pub now: u64,
    /// When the speaker view's clock started, if this window kept it over a reload.
    pub clock_started: Option<u64>,
    /// The size of the speaker view's notes this device keeps.
    pub notes_size: NotesSize,
    /// The token pairing this device's presentation windows, if it keeps one.
    pub pair_kept: Option<String>,
    /// A new token, random, should this window be the first to present.
    pub pair_fresh: String,
}

/// Something the reader, the browser or another window did.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A click on a link within the explorer: its `#…` address.
    Link(String),
    /// A key pressed on a stage's tab (the stage's id).
    TabKey { stage: String, key: String },
    /// A key pressed anywhere else in the page (not while typing, nor in a dialog).
    Key(String),
    /// A control in the page was used; for radio buttons, the value chosen (else empty).
    Control(Control, String),
    /// The address changed under the app (Back, Forward, an edited hash).
    AddressChanged { search: String, hash: String },
    /// The reader typed in a stage's notes box (the stage's id, and the whole text now).
    NoteTyped { stage: String, text: String },
    /// Save the notes typed since the last save (after a pause in typing, or on leaving the box).
    SaveNotes,
    /// The page is being hidden or closed: keep what must be kept now.
    PageHidden,
    /// Another window changed what this device keeps (the key, without the prefix).
    StorageChanged { key: String, value: Option<String> },
    /// This device refused to keep a key (full, or taken away).
    StoreFailed(String),
    /// A message from another presentation window.
    FromOtherWindow(Fields),
    /// A message to the app's window, from this origin, and whether it came from the page
    /// embedding the app.
    FromHost { fields: Fields, origin: String, from_parent: bool },
    /// The app's content is now this tall (embedded).
    Height(u32),
    /// The browser or the embedding page would not go full screen.
    FullscreenRefused,
    /// The clipboard took the text, or refused it.
    Copied(bool),
    /// A dialog was closed by the browser (Escape).
    DialogClosed,
    /// The clock's time now (milliseconds since 1970), and the time of day where the reader is
    /// (minutes since midnight).
    ClockTick { now: u64, minutes_of_day: u32 },
    /// A new version of the explorer is ready to use.
    UpdateReady,
    /// Delete every note (the reader has confirmed).
    DeleteNotes,
}
