//! Messages between windows: the speaker view and the audience window, and (for embedding)
//! the host page and the app. Whatever arrives is read defensively: a message is a namespaced,
//! versioned object, and anything else (wrong types, unknown kinds, huge strings, another
//! version) is ignored.

use super::route::View;
use crate::content::outline::Outline;
use crate::contract::message::*;

/// Longer text in a message is refused rather than read.
pub const MAX_TEXT: usize = 200;
/// The largest sequence number a presentation message may carry (exact in a JavaScript number).
const MAX_SEQ: f64 = 9_007_199_254_740_991.0;

/// A field of a received message, as far as the browser edge could read it.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Text(String),
    Number(f64),
    Bool(bool),
    /// Anything else: objects, arrays, null, functions.
    Other,
}

/// The fields of a message, by name. The edge reads only the names it is asked for.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Fields(pub Vec<(&'static str, Value)>);

impl Fields {
    fn get(&self, name: &str) -> Option<&Value> {
        self.0.iter().find(|(key, _)| *key == name).map(|(_, value)| value)
    }

    fn text(&self, name: &str) -> Option<&str> {
        match self.get(name)? {
            Value::Text(text) if text.chars().count() <= MAX_TEXT => Some(text),
            _ => None,
        }
    }

    fn flag(&self, name: &str) -> Option<bool> {
        match self.get(name)? {
            Value::Bool(flag) => Some(*flag),
            _ => None,
        }
    }

    /// A whole number from 0 up to `max`.
    fn whole(&self, name: &str, max: f64) -> Option<f64> {
        match self.get(name)? {
            Value::Number(n) if n.is_finite() && *n >= 0.0 && *n <= max => Some(n.floor()),
            _ => None,
        }
    }

    /// The message's kind, if it is ours and of this version.
    pub fn kind(&self, version: u32) -> Option<&str> {
        let ours = self.text(NS) == Some(NAMESPACE) && self.get(V) == Some(&Value::Number(f64::from(version)));
        ours.then(|| self.text(TYPE)).flatten()
    }

    /// A new message of a kind, with the namespace and version.
    pub fn new(kind: &str, version: u32) -> Fields {
        Fields(vec![(NS, Value::Text(NAMESPACE.into())), (V, Value::Number(f64::from(version))), (TYPE, Value::Text(kind.into()))])
    }

    /// Whether a presentation message carries this presentation's pairing token: any page of
    /// the site could post on the channel, and only the windows paired hold the token.
    pub fn is_paired(&self, pair: &str) -> bool {
        self.text(PAIR) == Some(pair)
    }

    pub fn with(mut self, name: &'static str, value: Value) -> Fields {
        self.0.push((name, value));
        self
    }
}

/// Where a presentation is, as the windows share it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Shared {
    pub view: View,
    pub overview: bool,
    pub blank: bool,
}

/// Orders changes made in different windows: a later change wins; of two changes made at once,
/// the one from the window with the larger id. (A Lamport clock.)
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Stamp {
    pub seq: u64,
    pub window: u32,
}

/// The field names a presentation message may have; the edge reads only these.
pub const PRESENTATION_FIELDS: [&str; 9] = [NS, V, TYPE, STEP, OVERVIEW, BLANK, SEQ, FROM, PAIR];

/// What one presentation window tells the others.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PresentationMessage {
    /// A window has opened (or reloaded) and asks where the presentation is.
    Hello,
    /// Where the presentation is, and the change that put it there.
    At(Shared, Stamp),
}

impl PresentationMessage {
    /// Reads a received message, or `None` if it is not a valid presentation message.
    pub fn read(fields: &Fields, outline: &Outline) -> Option<PresentationMessage> {
        match fields.kind(PRESENTATION_VERSION)? {
            HELLO => Some(PresentationMessage::Hello),
            AT => {
                let shared = Shared {
                    view: View::parse_hash(fields.text(STEP)?, outline)?,
                    overview: fields.flag(OVERVIEW)?,
                    blank: fields.flag(BLANK)?,
                };
                let stamp = Stamp { seq: fields.whole(SEQ, MAX_SEQ)? as u64, window: fields.whole(FROM, f64::from(u32::MAX))? as u32 };
                Some(PresentationMessage::At(shared, stamp))
            }
            _ => None,
        }
    }

    /// The message as fields to send.
    pub fn fields(&self, outline: &Outline) -> Fields {
        match self {
            PresentationMessage::Hello => Fields::new(HELLO, PRESENTATION_VERSION),
            PresentationMessage::At(shared, stamp) => Fields::new(AT, PRESENTATION_VERSION)
                .with(STEP, Value::Text(shared.view.hash(outline)))
                .with(OVERVIEW, Value::Bool(shared.overview))
                .with(BLANK, Value::Bool(shared.blank))
                .with(SEQ, Value::Number(stamp.seq as f64))
                .with(FROM, Value::Number(f64::from(stamp.window))),
        }
    }
}

/// The field names a host page's message may have; the edge reads only these.
pub const HOST_FIELDS: [&str; 5] = [NS, V, TYPE, STAGE, HEIGHT];

/// What the page embedding the explorer asks of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HostCommand {
    /// The host script is here: the handshake that tells the app whom to talk to.
    Hello,
    /// Show a stage, by id.
    Select(View),
    /// Back to the introduction.
    Reset,
    /// The host has set the frame to this height (in CSS pixels).
    Resized(u32),
}

impl HostCommand {
    /// Reads a host's message, or `None` if it is not a valid command.
    pub fn read(fields: &Fields, outline: &Outline) -> Option<HostCommand> {
        match fields.kind(HOST_VERSION)? {
            HELLO => Some(HostCommand::Hello),
            RESET => Some(HostCommand::Reset),
            SELECT => {
                let place = outline.find(fields.text(STAGE)?)?;
                Some(HostCommand::Select(View::Stage(place, Default::default())))
            }
            RESIZED => Some(HostCommand::Resized(fields.whole(HEIGHT, f64::from(MAX_HEIGHT))? as u32)),
            _ => None,
        }
    }
}

/// What the app tells the page embedding it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AppEvent {
    /// The handshake is done; the stage shown now (empty for none).
    Ready { stage: String },
    /// The reader chose another stage (empty for none).
    StageChange { stage: String },
    /// The app's content is this tall (in CSS pixels): size the frame to it.
    Resize { height: u32 },
    /// The reader chose something that starts this far down the frame (in CSS pixels): bring
    /// it into view.
    ScrollTo { top: u32 },
}

impl AppEvent {
    pub fn fields(&self) -> Fields {
        match self {
            AppEvent::Ready { stage } => Fields::new(READY, HOST_VERSION).with(STAGE, Value::Text(stage.clone())),
            AppEvent::StageChange { stage } => Fields::new(STAGE_CHANGE, HOST_VERSION).with(STAGE, Value::Text(stage.clone())),
            AppEvent::Resize { height } => Fields::new(RESIZE, HOST_VERSION).with(HEIGHT, Value::Number(f64::from(*height))),
            AppEvent::ScrollTo { top } => Fields::new(SCROLL_TO, HOST_VERSION).with(TOP, Value::Number(f64::from(*top))),
        }
    }
}
