//! Talking to the page that embeds the explorer (through its host script, `embed.js`): a pure
//! state machine, (state, input) → (state, outputs).
//!
//! - The host script says hello (again and again until it hears back, since the explorer may
//!   still be starting). The first hello pins the host's origin: from then on the app talks to
//!   that origin only and ignores every other. A later hello from the same origin (the host
//!   script started again) is answered again.
//! - Only messages from the parent window are read; anything malformed, of another version or
//!   too large was already refused when the message was read ([`HostCommand::read`]).
//! - The app reports its height; the host sizes the frame and says what it set. Until the
//!   frame is as tall as the app, the app keeps its own scrollbar, so nothing is cut off.

use super::messages::{AppEvent, HostCommand};
use super::route::View;

/// The explorer's side of the link with a host page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HostLink {
    /// The host's origin, once it has said hello.
    host: Option<String>,
    /// The height last reported to the host, and the height it last said it set.
    reported: u32,
    confirmed: u32,
}

/// What arrived from outside.
#[derive(Clone, Debug, PartialEq)]
pub enum HostInput {
    /// A message, as read (`None` if it was not a valid command), from this origin, and whether
    /// it came from the parent window.
    Message { command: Option<HostCommand>, origin: String, from_parent: bool },
    /// The app's content is now this tall.
    Height(u32),
    /// The stage on show changed (its id; empty for none).
    StageShown(String),
}

/// What the machine asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HostOutput {
    /// Post this to the host, at its origin only.
    Post(AppEvent, String),
    /// Start reporting the app's height.
    WatchHeight,
    /// Show a view (the host asked).
    Show(View),
}

impl HostLink {
    /// The host page's origin, once its script has said hello: the app talks to it alone.
    pub fn host(&self) -> Option<&str> {
        self.host.as_deref()
    }

    /// Whether the host has sized the frame to fit the app, so it needs no scrollbar of its own.
    pub fn sized(&self) -> bool {
        self.host.is_some() && self.confirmed > 0 && self.confirmed + 1 >= self.reported
    }

    /// Handles an input; `stage` is the id of the stage on show now (empty for none).
    pub fn handle(&mut self, input: HostInput, stage: &str) -> Vec<HostOutput> {
        match input {
            HostInput::Message { from_parent: false, .. } | HostInput::Message { command: None, .. } => Vec::new(),
            HostInput::Message { command: Some(command), origin, .. } => self.command(command, origin, stage),
            HostInput::Height(height) => {
                self.reported = height;
                match &self.host {
                    Some(host) => vec![HostOutput::Post(AppEvent::Resize { height }, host.clone())],
                    None => Vec::new(),
                }
            }
            HostInput::StageShown(stage) => match &self.host {
                Some(host) => vec![HostOutput::Post(AppEvent::StageChange { stage }, host.clone())],
                None => Vec::new(),
            },
        }
    }

    fn command(&mut self, command: HostCommand, origin: String, stage: &str) -> Vec<HostOutput> {
        match (&self.host, command) {
            (None, HostCommand::Hello) => {
                self.host = Some(origin.clone());
                vec![HostOutput::Post(AppEvent::Ready { stage: stage.to_string() }, origin), HostOutput::WatchHeight]
            }
            // Until the handshake, and from any other origin after it, nothing is heard.
            (None, _) => Vec::new(),
            (Some(host), _) if *host != origin => Vec::new(),
            (Some(_), HostCommand::Hello) => {
                let mut out = vec![HostOutput::Post(AppEvent::Ready { stage: stage.to_string() }, origin.clone())];
                if self.reported > 0 {
                    out.push(HostOutput::Post(AppEvent::Resize { height: self.reported }, origin));
                }
                out
            }
            (Some(_), HostCommand::Select(view)) => vec![HostOutput::Show(view)],
            (Some(_), HostCommand::Reset) => vec![HostOutput::Show(View::Introduction)],
            (Some(_), HostCommand::Resized(height)) => {
                self.confirmed = height;
                Vec::new()
            }
        }
    }
}
