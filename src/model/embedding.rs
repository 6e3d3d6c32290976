//! Embedded in another site: the app's side of the link with the host page's script
//! ([`HostLink`]), which sizes the frame to the app, can choose what it shows, and hears which
//! stage is on show.

use super::action::Action;
use super::context::{Context, Feature};
use super::effect::Effect;
use super::host_link::{HostInput, HostLink, HostOutput};
use super::messages::HostCommand;
use super::page::PageView;
use crate::contract::Mark;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Embedding {
    host: HostLink,
}

impl Embedding {
    /// The host page's origin, when its script has sized the frame to the app: what the reader
    /// chooses is then brought into view by the host page.
    pub fn sizing_host(&self) -> Option<String> {
        self.host.host().filter(|_| self.host.sized()).map(String::from)
    }

    /// Tells the host page which stage is on show now (its id; empty for none).
    pub fn stage_shown(&mut self, cx: &mut Context, effects: &mut Vec<Effect>) {
        self.handle(HostInput::StageShown(cx.stage_id()), cx, effects);
    }

    fn handle(&mut self, input: HostInput, cx: &mut Context, effects: &mut Vec<Effect>) {
        for output in self.host.handle(input, &cx.stage_id()) {
            match output {
                HostOutput::Post(event, origin) => effects.push(Effect::PostToHost { fields: event.fields(), origin }),
                HostOutput::WatchHeight => effects.push(Effect::WatchHeight),
                // The host page chose for the reader.
                HostOutput::Show(view) => cx.show(view),
            }
        }
    }
}

impl Feature for Embedding {
    fn update(&mut self, action: &Action, cx: &mut Context, effects: &mut Vec<Effect>) {
        let input = match action {
            Action::FromHost { fields, origin, from_parent } => {
                let command = HostCommand::read(fields, cx.outline);
                HostInput::Message { command, origin: origin.clone(), from_parent: *from_parent && cx.route.embed }
            }
            Action::Height(height) => HostInput::Height(*height),
            _ => return,
        };
        self.handle(input, cx, effects);
    }

    /// Marks the page once the frame is as tall as the app, so it needs no scrollbar of its own.
    fn show_in(&self, _cx: &Context, view: &mut PageView) {
        view.mark(Mark::HostSized, self.host.sized().then_some(""));
    }
}
