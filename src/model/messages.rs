//! Messages between windows: the speaker view and the audience window, and (for embedding)
//! the host page and the app. Whatever arrives is read defensively: a message is a namespaced,
//! versioned object, and anything else (wrong types, unknown kinds, huge strings, another
//! version) is ignored.

use super::route::View;
use super::state::Shared;
use crate::content::outline::Outline;

/// Every message carries `ns: NAMESPACE` and `v: VERSION`.
pub const NAMESPACE: &str = "adversity-cycle";
pub const VERSION: f64 = 1.0;
/// Longer text in a message is refused rather than read.
pub const MAX_TEXT: usize = 200;

/// A field of a received message, as far as the browser edge could read it.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Text(String),
    Number(f64),
    Bool(bool),
    /// Anything else: objects, arrays, null, functions.
    Other,
}

/// The fields of a received message, by name. The edge reads only the names it is asked for.
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

    /// The message's kind, if it is ours and of our version.
    pub fn kind(&self) -> Option<&str> {
        let ours = self.text("ns") == Some(NAMESPACE) && self.get("v") == Some(&Value::Number(VERSION));
        ours.then(|| self.text("type")).flatten()
    }

    /// A new message of a kind, with the namespace and version.
    pub fn new(kind: &str) -> Fields {
        Fields(vec![
            ("ns", Value::Text(NAMESPACE.into())),
            ("v", Value::Number(VERSION)),
            ("type", Value::Text(kind.into())),
        ])
    }

    fn with(mut self, name: &'static str, value: Value) -> Fields {
        self.0.push((name, value));
        self
    }
}

/// The field names a presentation message may have; the edge reads only these.
pub const PRESENTATION_FIELDS: [&str; 6] = ["ns", "v", "type", "step", "overview", "blank"];

/// What one presentation window tells the other.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PresentationMessage {
    /// A window has opened (or reloaded) and asks where the presentation is.
    Hello,
    /// Where the presentation is now.
    At(Shared),
}

impl PresentationMessage {
    /// Reads a received message, or `None` if it is not a valid presentation message.
    pub fn read(fields: &Fields, outline: &Outline) -> Option<PresentationMessage> {
        match fields.kind()? {
            "hello" => Some(PresentationMessage::Hello),
            "step" => Some(PresentationMessage::At(Shared {
                view: View::parse_hash(fields.text("step")?, outline)?,
                overview: fields.flag("overview")?,
                blank: fields.flag("blank")?,
            })),
            _ => None,
        }
    }

    /// The message as fields to send.
    pub fn fields(&self, outline: &Outline) -> Fields {
        match self {
            PresentationMessage::Hello => Fields::new("hello"),
            PresentationMessage::At(shared) => Fields::new("step")
                .with("step", Value::Text(shared.view.hash(outline)))
                .with("overview", Value::Bool(shared.overview))
                .with("blank", Value::Bool(shared.blank)),
        }
    }
}

/// The field names a host page's message may have; the edge reads only these.
pub const HOST_FIELDS: [&str; 5] = ["ns", "v", "type", "stage", "height"];

/// The tallest height a host may report; anything larger is not a real page.
const MAX_HEIGHT: f64 = 100_000.0;

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
        match fields.kind()? {
            "hello" => Some(HostCommand::Hello),
            "reset" => Some(HostCommand::Reset),
            "select" => {
                let id = fields.text("stage")?;
                let place = outline.find(id)?;
                Some(HostCommand::Select(View::Stage(place, Default::default())))
            }
            "resized" => match fields.get("height")? {
                Value::Number(h) if h.is_finite() && *h >= 0.0 && *h <= MAX_HEIGHT => Some(HostCommand::Resized(*h as u32)),
                _ => None,
            },
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
}

impl AppEvent {
    pub fn fields(&self) -> Fields {
        match self {
            AppEvent::Ready { stage } => Fields::new("ready").with("stage", Value::Text(stage.clone())),
            AppEvent::StageChange { stage } => Fields::new("stagechange").with("stage", Value::Text(stage.clone())),
            AppEvent::Resize { height } => Fields::new("resize").with("height", Value::Number(f64::from(*height))),
        }
    }
}
