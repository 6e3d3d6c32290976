//! A feature of the explorer ([`Feature`]), and what it sees of the app while it handles an
//! action or shows itself ([`Context`]): the address, which it may change (the app takes the
//! change back), and what it may read of the rest.

use super::action::Action;
use super::effect::Effect;
use super::page::PageView;
use super::route::{Mode, Route, View};
use crate::content::outline::Outline;
use crate::content::{Nation, StagePlace};

/// A feature: its own part of the state, the actions it acts on, and how it shows in the page.
pub trait Feature {
    /// Acts on an action if it is one of the feature's own, adding the effects it needs.
    fn update(&mut self, action: &Action, cx: &mut Context, effects: &mut Vec<Effect>);
    /// Shows the feature's part of the page.
    fn show_in(&self, cx: &Context, view: &mut PageView);
}

#[derive(Clone, Debug)]
pub struct Context {
    pub outline: &'static Outline,
    pub route: Route,
    /// The reader has put the first-visit note away: only then is a stage shown.
    pub content_note_seen: bool,
    /// The whole cycle is on show instead of a presentation's step: no stage is picked out.
    pub overview: bool,
    /// A presentation's screen is black.
    pub blank: bool,
    /// The step a presentation is at (a panel may be shown over it).
    pub step: View,
    /// The reader's nation (None: all of the UK), which a presentation's closing pages follow.
    pub nation: Option<Nation>,
    pub storage_works: bool,
    /// The explorer's own address (its folder), for links to share and embed.
    pub app_address: String,
    /// The host page's origin, when its script has sized the frame to the app: what the reader
    /// chooses is then brought into view by the host page.
    pub sizing_host: Option<String>,
}

impl Context {
    /// Whether this window is presenting or is the speaker view.
    pub fn presenting(&self) -> bool {
        matches!(self.route.mode, Mode::Present | Mode::Speaker)
    }

    /// Whether the panel shows the first-visit content note, before anything else. Not while
    /// presenting: a room full of people has a trainer to set the scene.
    pub fn content_note_showing(&self) -> bool {
        self.route.mode == Mode::Explore && !self.content_note_seen
    }

    /// The stage shown in the panel, if any (none while the content note covers it).
    pub fn selected(&self) -> Option<StagePlace> {
        self.route.view.stage().filter(|_| !self.content_note_showing())
    }

    /// The id of the stage on show, empty for none.
    pub fn stage_id(&self) -> String {
        self.selected().and_then(|p| self.outline.stage(p)).map_or(String::new(), |s| s.id.to_string())
    }

    /// Shows a view. Choosing anything also means the reader has chosen to go on past the
    /// content note.
    pub fn show(&mut self, view: View) {
        if self.content_note_showing() {
            self.content_note_seen = true;
        }
        self.route.view = view;
    }

    /// Brings a heading into view with focus on it; through the host page when the frame is as
    /// tall as its content, so has nothing of its own to scroll. (While presenting, everything is
    /// already on screen.)
    pub fn reveal(&self, heading: String) -> Effect {
        if self.presenting() {
            return Effect::Focus(heading);
        }
        Effect::Reveal { id: heading, host: self.sizing_host.clone() }
    }
}
