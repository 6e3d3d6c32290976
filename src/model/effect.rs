//! What must happen outside the state when it changes: the reducer returns these, and one
//! place (the browser edge's effect runner) carries them out. Effects that have an answer
//! (storage refused, full screen refused, copied) come back as actions.

use super::messages::Fields;
use super::action::Action;
use super::stored::Write;

#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Put this query and hash in the address bar: as a new history entry (so Back returns
    /// to where the reader was) or in place of the current one.
    WriteAddress { url: String, new_entry: bool },
    /// Change what this device keeps. A refusal comes back as [`Action::StoreFailed`].
    Store(Write),
    /// Keep a value in this window's own session storage (it survives a reload).
    StoreForSession(&'static str, String),
    /// Move keyboard focus to the element with this id.
    Focus(String),
    /// Bring the element with this id into view, and move focus to it: through the page
    /// embedding the explorer, at its origin, when it has the host script (a frame as tall as
    /// its content has nothing to scroll); else within the page.
    Reveal { id: String, host: Option<String> },
    /// Put this text in a stage's notes box.
    FillNote { stage: String, text: String },
    /// Send [`Action::SaveNotes`] after a pause in typing.
    SaveNotesSoon,
    /// Open the channel to the other presentation windows (their messages come back as
    /// [`Action::FromOtherWindow`]), or close it.
    OpenChannel,
    CloseChannel,
    /// Send a message to the other presentation windows.
    Broadcast(Fields),
    /// Post a message to the page embedding the explorer, at its origin only.
    PostToHost { fields: Fields, origin: String },
    /// Report the app's height as it changes (as [`Action::Height`]).
    WatchHeight,
    /// Send [`Action::ClockTick`] every second.
    TickEverySecond,
    ToggleFullscreen,
    Print,
    /// Save text as a file on the reader's device.
    Download { file_name: &'static str, text: String },
    /// Open an address in a named window (reusing it if it is open).
    OpenWindow { url: String, name: &'static str },
    /// Ask the reader, and carry out the action if they agree.
    Confirm { question: String, then: Box<Action> },
    /// Copy text to the clipboard; whether it worked comes back as [`Action::Copied`]. If it
    /// did not, the field with this id is selected, for copying by hand.
    Copy { text: String, field: &'static str },
    /// Start using the new version of the explorer that is ready (it reloads the page).
    UseNewVersion,
}
