//! The channel between the audience window and the speaker view: a `BroadcastChannel`, which
//! reaches every window of this site in this browser, with no server.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{BroadcastChannel, MessageEvent};

use super::messages::{read_fields, to_object};
use crate::contract::message::CHANNEL;
use crate::model::messages::{Fields, PRESENTATION_FIELDS};

/// An open channel; it closes when dropped.
pub struct PresentationChannel {
    channel: BroadcastChannel,
    _listener: EventListener,
}

impl PresentationChannel {
    /// Opens the channel, calling `received` with each message's fields. `None` where the
    /// browser has no BroadcastChannel: the window then presents on its own.
    pub fn open(received: impl Fn(Fields) + 'static) -> Option<PresentationChannel> {
        let channel = BroadcastChannel::new(&format!("{CHANNEL}{}", super::location::folder())).ok()?;
        let listener = EventListener::new(&channel, "message", move |event| {
            if let Some(fields) = event.dyn_ref::<MessageEvent>().and_then(|e| read_fields(&e.data(), &PRESENTATION_FIELDS)) {
                received(fields);
            }
        });
        Some(PresentationChannel { channel, _listener: listener })
    }

    pub fn send(&self, fields: &Fields) {
        let _ = self.channel.post_message(&to_object(fields));
    }
}

impl Drop for PresentationChannel {
    fn drop(&mut self) {
        self.channel.close();
    }
}
