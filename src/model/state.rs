//! The app's state and everything that can happen to it. Plain Rust, tested natively.
//!
//! Every intent (a click, a key, a control in the page, a message from the host page or from
//! the other presentation window, a change to storage made in another window) arrives as an
//! [`Action`]. [`AppState::update`] keeps the address and hands the action to each feature in
//! turn, each in a room of its own: [`Reading`], [`Notes`], [`Presenting`], the speaker view's
//! [`Console`], [`Sharing`], [`Embedding`] and [`Release`]. A feature acts on the actions that are its own, and returns
//! the [`Effect`]s each needs in the arm that handles it. Then what follows the state is brought
//! up to date in one place, [`AppState::follow`]: the address, what this device keeps, the other
//! presentation window and the host page.

use super::action::{Action, Start};
use super::console::Console;
use super::context::{Context, Feature};
use super::effect::Effect;
use super::embedding::Embedding;
use super::messages::Shared;
use super::notes::Notes;
use super::presenting::Presenting;
use super::reading::Reading;
use super::release::Release;
use super::route::{Mode, Route};
use super::sharing::Sharing;
use super::stored::{self, Remembered};
use crate::content::outline::Outline;
use crate::content::Audience;

/// Everything the explorer shows is derived from this.
#[derive(Clone, Debug)]
pub struct AppState {
    pub outline: &'static Outline,
    /// Mode, layout, lens and the current view: the address follows it.
    pub route: Route,
    /// Whether this device's storage works; if not, the app says that nothing will be kept.
    pub storage_works: bool,
    /// The explorer's own address (its folder), for links to share and embed.
    pub app_address: String,
    pub reading: Reading,
    pub notes: Notes,
    pub presenting: Presenting,
    pub console: Console,
    pub sharing: Sharing,
    pub embedding: Embedding,
    pub release: Release,
}

/// What [`AppState::follow`] compares, from before the action: what the address, storage, the
/// other presentation windows and the host page follow.
struct Followed {
    route: Route,
    remembered: Remembered,
    shared: Shared,
    stage: String,
    presenting: bool,
}

impl AppState {
    /// The state the app starts in, from the address and what this device remembers.
    pub fn new(outline: &'static Outline, start: Start) -> AppState {
        let mut route = Route::parse(&start.search, &start.hash, outline);
        // The address's lens comes first; without one, the lens this device remembers.
        if route.lens == Audience::Both {
            route.lens = start.remembered.lens;
        }
        let view = route.view;
        // The presentation's pairing token: the address's (the speaker view opens with it),
        // else the one this device keeps, else this window's own.
        let pair = route.pair.clone().or(start.pair_kept).unwrap_or(start.pair_fresh);
        // The speaker view's address keeps it, and its miniatures open with it.
        if route.mode == Mode::Speaker {
            route.pair = Some(pair.clone());
        }
        let mut state = AppState {
            outline,
            route,
            storage_works: start.storage_works,
            app_address: start.app_address,
            reading: Reading::new(start.remembered),
            notes: Notes::new(start.notes),
            // A presentation opened at a step is at it (opened anywhere else, at the start).
            presenting: Presenting::new(start.window, view, pair),
            console: Console::new(start.now, start.clock_started, start.notes_size),
            sharing: Sharing::default(),
            embedding: Embedding::default(),
            release: Release::default(),
        };
        state.reading.mark_visited(&state.context());
        state
    }

    /// What the features see of the app now.
    pub fn context(&self) -> Context {
        Context {
            outline: self.outline,
            route: self.route.clone(),
            content_note_seen: self.reading.remembered.content_note_seen,
            overview: self.presenting.overview,
            blank: self.presenting.blank,
            step: self.presenting.place,
            nation: self.reading.remembered.nation,
            storage_works: self.storage_works,
            app_address: self.app_address.clone(),
            sizing_host: self.embedding.sizing_host(),
        }
    }

    /// What the app does as it starts: fill the notes boxes, and join the other presentation
    /// windows and start the speaker view's clock.
    pub fn start_effects(&mut self) -> Vec<Effect> {
        let mut effects = self.notes.start_effects();
        let mut cx = self.context();
        self.presenting.start(&mut cx, &mut effects);
        self.console.start(&cx, &mut effects);
        effects
    }

    /// Applies an action, returning what must happen outside the state.
    pub fn update(&mut self, action: Action) -> Vec<Effect> {
        let mut cx = self.context();
        let before = Followed {
            route: cx.route.clone(),
            remembered: self.reading.remembered.clone(),
            shared: self.presenting.shared(cx.route.view),
            stage: cx.stage_id(),
            presenting: cx.presenting(),
        };
        match &action {
            Action::AddressChanged { search, hash } => cx.route = Route::parse(search, hash, self.outline),
            Action::StoreFailed(key) if stored::note_stage(key).is_none() => (self.storage_works, cx.storage_works) = (false, false),
            _ => {}
        }
        // Each feature in turn, with the address as the one before left it.
        let mut effects = Vec::new();
        self.reading.update(&action, &mut cx, &mut effects);
        self.notes.update(&action, &mut cx, &mut effects);
        self.presenting.update(&action, &mut cx, &mut effects);
        self.console.update(&action, &mut cx, &mut effects);
        self.sharing.update(&action, &mut cx, &mut effects);
        self.embedding.update(&action, &mut cx, &mut effects);
        self.release.update(&action, &mut cx, &mut effects);
        self.reading.remembered.content_note_seen = cx.content_note_seen;
        self.reading.mark_visited(&cx);
        self.follow(before, &action, &mut cx, &mut effects);
        self.route = cx.route;
        effects
    }

    /// Brings up to date what follows the state: the address (a new history entry for a new
    /// view, but never inside another site's frame, whose Back is the host page's), what this
    /// device keeps, the other presentation windows, and the host page. What came from one of
    /// them (another window, the address) is not sent back there.
    fn follow(&mut self, before: Followed, action: &Action, cx: &mut Context, effects: &mut Vec<Effect>) {
        let from_elsewhere = matches!(action, Action::FromOtherWindow(_) | Action::StorageChanged { .. });
        let route = &cx.route;
        if *route != before.route && !matches!(action, Action::AddressChanged { .. }) {
            // Embedded, or a miniature in the speaker view, Back belongs to the page around.
            let new_entry = route.view != before.route.view && !route.embed && route.mirror.is_none();
            effects.push(Effect::WriteAddress { url: route.link(self.outline), new_entry });
        }
        if self.storage_works && !from_elsewhere {
            effects.extend(stored::changes(&before.remembered, &self.reading.remembered).into_iter().map(Effect::Store));
        }
        let moved_here = before.shared != self.presenting.shared(route.view) && !from_elsewhere;
        self.presenting.follow(before.presenting, cx, moved_here, effects);
        if cx.stage_id() != before.stage {
            self.embedding.stage_shown(cx, effects);
        }
    }
}
