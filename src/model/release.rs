//! A new release of the explorer: when one is ready, the reader is told and may switch to it
//! (never in the middle of a presentation).

use super::action::Action;
use super::context::{Context, Feature};
use super::effect::Effect;
use super::page::PageView;
use crate::contract::{Control, Notice};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Release {
    /// A new version of the explorer is ready to use.
    pub update_ready: bool,
}

impl Feature for Release {
    fn update(&mut self, action: &Action, _cx: &mut Context, effects: &mut Vec<Effect>) {
        match action {
            Action::UpdateReady => self.update_ready = true,
            Action::Control(Control::Reload, _) => effects.push(Effect::UseNewVersion),
            _ => {}
        }
    }

    fn show_in(&self, cx: &Context, view: &mut PageView) {
        if self.update_ready && !cx.presenting() {
            view.notices.push((Notice::UpdateReady, None));
        }
    }
}
