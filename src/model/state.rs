//! The app's state and everything that can happen to it. Plain Rust: the view dispatches
//! [`Action`]s, the browser edge mirrors the result into the URL, and tests drive it natively.

use std::rc::Rc;

use yew::Reducible;

use super::route::{Mode, Route, View};
use crate::content::outline::Outline;
use crate::content::StagePlace;

/// Everything the explorer shows is derived from this.
#[derive(Clone, Debug)]
pub struct AppState {
    pub outline: &'static Outline,
    /// Mode, layout, lens and the current view: the single source of truth the URL follows.
    pub route: Route,
    /// What this device keeps between visits; storage follows it.
    pub remembered: Remembered,
    /// False while the page is the prerendered document (on the server, and in the browser's
    /// first render, which must match it); true once the app has taken over.
    pub live: bool,
}

/// What the app keeps on this device between visits.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Remembered {
    /// The first-visit content note has been read and dismissed.
    pub content_note_seen: bool,
}

/// Something the user or the browser did.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The app has started in a browser at this address, with what this device remembered.
    Start(Route, Remembered),
    /// The address changed under the app (back, forward, or an edited hash).
    FollowUrl(Route),
    /// Show a view (a stage, a panel, the introduction). Choosing anything also means the
    /// reader has chosen to go on past the content note.
    Show(View),
    /// "Continue" on the content note.
    ContinuePastNote,
}

impl AppState {
    /// The state every render starts from, on the server and in the browser alike.
    pub fn new(outline: &'static Outline) -> AppState {
        AppState { outline, route: Route::default(), remembered: Remembered::default(), live: false }
    }

    pub fn view(&self) -> View {
        self.route.view
    }

    /// The stage that is selected, if any.
    pub fn selected(&self) -> Option<StagePlace> {
        self.route.view.stage()
    }

    /// Whether the panel shows the content note, before anything else, on a first visit. Not
    /// while presenting: a room full of people has a trainer to set the scene.
    pub fn content_note_showing(&self) -> bool {
        self.live && self.route.mode == Mode::Explore && !self.remembered.content_note_seen
    }

    /// The stage that takes keyboard focus when Tab enters the list of stages.
    pub fn tab_stop(&self) -> StagePlace {
        self.selected().unwrap_or(StagePlace::Ring(0))
    }

    /// Applies an action, returning the next state.
    pub fn apply(&self, action: Action) -> AppState {
        let mut next = self.clone();
        match action {
            Action::Start(route, remembered) => {
                next.route = route;
                next.remembered = remembered;
                next.live = true;
            }
            Action::FollowUrl(route) => next.route = route,
            Action::Show(view) => {
                next.route.view = view;
                next.remembered.content_note_seen |= self.content_note_showing();
            }
            Action::ContinuePastNote => next.remembered.content_note_seen = true,
        }
        next
    }
}

impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        // The content never changes while the app runs: compare it by address, not word by word.
        std::ptr::eq(self.outline, other.outline)
            && self.route == other.route
            && self.remembered == other.remembered
            && self.live == other.live
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.apply(action);
        if next == *self { self } else { Rc::new(next) }
    }
}
