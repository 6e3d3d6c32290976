//! The app's state and everything that can happen to it. Plain Rust: the view dispatches
//! [`Action`]s, the browser edge mirrors the result into the URL, and tests drive it natively.

use std::rc::Rc;

use yew::Reducible;

use super::presentation::{self, Command};
use super::route::{Lens, Mode, Route, View};
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
    /// The screen's state while presenting, beyond the step in the route.
    pub screen: Screen,
    /// Whether this device's storage works; if not, the app says that nothing will be kept.
    pub storage_works: bool,
    /// False while the page is the prerendered document (on the server, and in the browser's
    /// first render, which must match it); true once the app has taken over.
    pub live: bool,
}

/// What covers or joins the page for a while: while presenting, the whole cycle instead of a
/// step, a blank screen or the key list; at any time, the Share dialog, or a note that full
/// screen was refused.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Screen {
    pub overview: bool,
    pub blank: bool,
    pub help: bool,
    pub share: bool,
    pub fullscreen_refused: bool,
}

/// What the audience window and the speaker view share, so each follows the other.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shared {
    pub view: View,
    pub overview: bool,
    pub blank: bool,
}

/// What the app keeps on this device between visits.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Remembered {
    /// The first-visit content note has been read and dismissed.
    pub content_note_seen: bool,
    /// The ids of the stages the reader has opened, in the order of the cycle.
    pub visited: Vec<String>,
    /// The lens last chosen, used when the address does not give one.
    pub lens: Lens,
    /// The reader's private notes: (stage id, text) in cycle order, never an empty text.
    pub notes: Notes,
}

/// The reader's notes, as (stage id, text) in cycle order. (A list, not a map: there are a
/// handful, and a map's code would weigh more in the bundle than it saves.)
pub type Notes = Vec<(String, String)>;

/// The note on a stage, if any.
pub fn note_for<'n>(notes: &'n Notes, stage_id: &str) -> Option<&'n str> {
    notes.iter().find(|(id, _)| id == stage_id).map(|(_, text)| text.as_str())
}

/// Something the user or the browser did.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// The app has started in a browser at this address, with what this device remembered
    /// (and whether its storage works).
    Start(Route, Remembered, bool),
    /// The address changed under the app (back, forward, or an edited hash).
    FollowUrl(Route),
    /// Show a view (a stage, a panel, the introduction). Choosing anything also means the
    /// reader has chosen to go on past the content note.
    Show(View),
    /// "Continue" on the content note.
    ContinuePastNote,
    /// A presentation command, from a key or a button.
    Present(Command),
    /// Switch the projector's high-contrast theme on or off.
    ToggleContrast,
    /// The other presentation window moved on.
    Follow(Shared),
    /// Open or close the Share dialog.
    ToggleShare,
    /// A dialog (Share, or the list of keys) was closed.
    CloseDialogs,
    /// The browser or the embedding page would not go full screen.
    FullscreenRefused,
    /// "I work with": parents, children or both.
    SetLens(Lens),
    /// Forget which stages have been explored, and go back to the introduction.
    StartAgain,
    /// The reader's note on a stage (by id) now says this.
    Note(String, String),
    /// Delete every note.
    DeleteNotes,
    /// Storage stopped working (full, or taken away): carry on, and say so.
    StorageFailed,
}

impl AppState {
    /// The state every render starts from, on the server and in the browser alike.
    pub fn new(outline: &'static Outline) -> AppState {
        AppState {
            outline,
            route: Route::default(),
            remembered: Remembered::default(),
            screen: Screen::default(),
            storage_works: true,
            live: false,
        }
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

    /// Whether this window is presenting or is the speaker view.
    pub fn presenting(&self) -> bool {
        matches!(self.route.mode, Mode::Present | Mode::Speaker)
    }

    /// What this window shares with the other presentation window.
    pub fn shared(&self) -> Shared {
        Shared { view: self.route.view, overview: self.screen.overview, blank: self.screen.blank }
    }

    /// The stage that takes keyboard focus when Tab enters the list of stages.
    pub fn tab_stop(&self) -> StagePlace {
        self.selected().unwrap_or(StagePlace::Ring(0))
    }

    /// Applies an action, returning the next state.
    pub fn apply(&self, action: Action) -> AppState {
        let mut next = self.clone();
        match action {
            Action::Start(route, remembered, storage_works) => {
                next.route = route;
                // The address's lens comes first; without one, the lens this device remembers.
                if route.lens == Lens::Both {
                    next.route.lens = remembered.lens;
                }
                next.remembered = remembered;
                next.storage_works = storage_works;
                next.live = true;
                next.mark_visited();
            }
            Action::FollowUrl(route) => {
                next.route = route;
                next.mark_visited();
            }
            Action::Show(view) => {
                next.route.view = view;
                next.remembered.content_note_seen |= self.content_note_showing();
                next.mark_visited();
            }
            Action::ContinuePastNote => next.remembered.content_note_seen = true,
            Action::Present(command) => next.present(command),
            Action::ToggleContrast => next.route.contrast = !self.route.contrast,
            Action::SetLens(lens) => {
                next.route.lens = lens;
                next.remembered.lens = lens;
            }
            Action::StartAgain => {
                next.remembered.visited.clear();
                next.route.view = View::Introduction;
            }
            Action::Note(changed, text) => {
                let notes = &self.remembered.notes;
                next.remembered.notes = self
                    .outline
                    .stages_in_order()
                    .filter_map(|(_, stage)| {
                        let text = if stage.id == changed { Some(text.as_str()) } else { note_for(notes, &stage.id) };
                        text.filter(|t| !t.trim().is_empty()).map(|t| (stage.id.to_string(), t.to_string()))
                    })
                    .collect();
            }
            Action::DeleteNotes => next.remembered.notes.clear(),
            Action::StorageFailed => next.storage_works = false,
            Action::ToggleShare => next.screen.share = !self.screen.share,
            Action::CloseDialogs => {
                next.screen.share = false;
                next.screen.help = false;
            }
            Action::FullscreenRefused => next.screen.fullscreen_refused = true,
            Action::Follow(shared) => {
                next.route.view = shared.view;
                next.screen.overview = shared.overview;
                next.screen.blank = shared.blank;
            }
        }
        next
    }

    /// Counts the stage on screen as explored, when exploring (not while presenting).
    fn mark_visited(&mut self) {
        let Some(stage) = self.selected().and_then(|p| self.outline.stage(p)) else { return };
        if self.route.mode != Mode::Explore || self.visited(&stage.id) {
            return;
        }
        // Kept in the order of the cycle, so what is stored is tidy and predictable.
        let visited = &self.remembered.visited;
        self.remembered.visited = self
            .outline
            .stages_in_order()
            .filter(|(_, s)| s.id == stage.id || visited.iter().any(|v| *v == s.id))
            .map(|(_, s)| s.id.to_string())
            .collect();
    }

    /// Whether a stage has been explored.
    pub fn visited(&self, id: &str) -> bool {
        self.remembered.visited.iter().any(|v| v == id)
    }

    fn present(&mut self, command: Command) {
        let outline = self.outline;
        let go_to = |state: &mut AppState, view: View| {
            state.route.view = view;
            state.screen.overview = false;
            state.screen.blank = false;
        };
        match command {
            Command::Next => go_to(self, presentation::step_from(outline, self.route.view, 1)),
            Command::Previous => go_to(self, presentation::step_from(outline, self.route.view, -1)),
            Command::First => go_to(self, View::Introduction),
            Command::Last => go_to(self, View::End),
            Command::Stage(number) => {
                if let Some(view) = presentation::stage_number_view(outline, number) {
                    go_to(self, view);
                }
            }
            Command::Overview => self.screen.overview = !self.screen.overview,
            Command::Blank => self.screen.blank = !self.screen.blank,
            Command::Help => self.screen.help = !self.screen.help,
            Command::Escape if self.screen.help => self.screen.help = false,
            Command::Escape if self.screen.blank => self.screen.blank = false,
            Command::Escape => self.screen.overview = !self.screen.overview,
            Command::TogglePresenting => {
                self.route.mode = match self.route.mode {
                    Mode::Explore => Mode::Present,
                    Mode::Present => Mode::Explore,
                    Mode::Speaker => Mode::Speaker,
                };
                self.screen = Screen::default();
            }
            // These act on the browser, not on the state.
            Command::Fullscreen | Command::SpeakerView => {}
        }
    }
}

impl PartialEq for AppState {
    fn eq(&self, other: &Self) -> bool {
        // The content never changes while the app runs: compare it by address, not word by word.
        std::ptr::eq(self.outline, other.outline)
            && self.route == other.route
            && self.remembered == other.remembered
            && self.screen == other.screen
            && self.storage_works == other.storage_works
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
