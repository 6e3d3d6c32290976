//! Keeping the presentation windows (the audience window and the speaker view) at the same
//! step, both ways, with no server: a pure state machine, (state, input) → (state, outputs).
//!
//! - A window that opens (or reloads) says hello and keeps its own step to itself: the
//!   windows already presenting answer with where they are, and it follows them. So a window
//!   coming back joins the presentation rather than moving it.
//! - Every change a trainer makes in one window is sent to the others, stamped with a
//!   [`Stamp`]: a window follows a stamp only if it is later than the one it is showing, so a
//!   duplicate or a late, out-of-order message changes nothing, and two windows changing step
//!   at the same moment settle on the same one.

use super::messages::{PresentationMessage, Shared, Stamp};

/// One window's part in keeping the presentation together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PresentationSync {
    /// This window's id, chosen at random when it opens.
    window: u32,
    /// The largest sequence number seen or used.
    clock: u64,
    /// The stamp of the step on show: `None` until this window changes something or hears
    /// from another, so that any window already presenting outranks one that has just opened.
    showing: Option<Stamp>,
}

/// What the machine asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyncOutput {
    /// Tell the other windows.
    Send(PresentationMessage),
    /// Show this step (another window moved there).
    Follow(Shared),
}

impl PresentationSync {
    pub fn new(window: u32) -> PresentationSync {
        PresentationSync { window, clock: 0, showing: None }
    }

    /// The channel to the other windows has opened: ask them where they are.
    pub fn opened(&mut self) -> Vec<SyncOutput> {
        vec![SyncOutput::Send(PresentationMessage::Hello)]
    }

    /// This window moved (a key, a button): tell the others.
    pub fn changed_here(&mut self, now: Shared) -> Vec<SyncOutput> {
        self.clock += 1;
        let stamp = Stamp { seq: self.clock, window: self.window };
        self.showing = Some(stamp);
        vec![SyncOutput::Send(PresentationMessage::At(now, stamp))]
    }

    /// A message from another window. `now` is where this window is.
    pub fn heard(&mut self, message: PresentationMessage, now: Shared) -> Vec<SyncOutput> {
        match message {
            PresentationMessage::Hello => {
                // A window that has shown nothing of its own yet answers with a stamp of its
                // own from now on, so two windows opening together settle on one of them.
                let stamp = *self.showing.get_or_insert(Stamp { seq: self.clock, window: self.window });
                vec![SyncOutput::Send(PresentationMessage::At(now, stamp))]
            }
            PresentationMessage::At(shared, stamp) => {
                self.clock = self.clock.max(stamp.seq);
                if self.showing.is_some_and(|showing| stamp <= showing) {
                    return Vec::new();
                }
                self.showing = Some(stamp);
                if shared == now { Vec::new() } else { vec![SyncOutput::Follow(shared)] }
            }
        }
    }
}
