//! The app's state and everything that can happen to it. Plain Rust, tested natively.
//!
//! Every intent (a click, a key, a control in the page, a message from the host page or from
//! the other presentation window, a change to storage made in another window) arrives as an
//! [`Action`]. [`AppState::update`] applies it and returns the [`Effect`]s it needs; the view
//! follows the state, and the browser edge carries out the effects.

use super::effect::Effect;
use super::host_link::{HostInput, HostLink, HostOutput};
use super::keys::{command_for_key, tablist_target, Command};
use super::messages::{Fields, HostCommand, PresentationMessage, Shared};
use super::presentation;
use super::route::{InfoPanel, Mode, Route, View};
use super::stored::{self, note_for, note_key, note_stage, notes_document, with_note, Remembered, Write};
use super::sync::{PresentationSync, SyncOutput};
use crate::content::outline::Outline;
use crate::content::{html_text, Audience, Nation, StagePlace};
use crate::contract::{self, id, storage, Control};

/// The name of the speaker view's window, so opening it again brings the same one back.
pub const SPEAKER_WINDOW: &str = "adversity-cycle-speaker";
/// The file the reader's notes download as.
pub const NOTES_FILE: &str = "adversity-cycle-notes.md";

/// Everything the explorer shows is derived from this.
#[derive(Clone, Debug)]
pub struct AppState {
    pub outline: &'static Outline,
    /// Mode, layout, lens and the current view: the address follows it.
    pub route: Route,
    /// What this device keeps between visits; storage follows it.
    pub remembered: Remembered,
    /// What covers or joins the page for a while.
    pub screen: Screen,
    /// Whether this device's storage works; if not, the app says that nothing will be kept.
    pub storage_works: bool,
    pub notes: NoteStatus,
    pub sync: PresentationSync,
    pub host: HostLink,
    /// Whether the explorer is inside another page's frame.
    pub in_frame: bool,
    /// The explorer's own address (its folder), for links to share and embed.
    pub app_address: String,
    /// The speaker view's clock: when it started, and the time now (milliseconds).
    pub clock: Clock,
}

/// What covers or joins the page for a while: while presenting, the whole cycle instead of a
/// step, a blank screen or the list of keys; at any time, the Share dialog (and what became of
/// a copy), a note that full screen was refused, or that a new version is ready.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Screen {
    pub overview: bool,
    pub blank: bool,
    pub help: bool,
    pub share: bool,
    /// `Some(true)` once copied, `Some(false)` when the browser refused (the text is selected).
    pub copied: Option<bool>,
    pub fullscreen_refused: bool,
    pub update_ready: bool,
}

/// Notes that are not (yet) as they are stored.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NoteStatus {
    /// Stages whose note has been typed since it was last saved.
    pub unsaved: Vec<String>,
    /// Stages whose note this device refused to keep.
    pub not_kept: Vec<String>,
    /// Stages whose note was changed in another window while typed here: both are kept.
    pub changed_elsewhere: Vec<String>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Clock {
    pub started: u64,
    pub now: u64,
}

/// Where the app starts: read from the browser once, when it starts.
#[derive(Clone, Debug, Default)]
pub struct Start {
    pub search: String,
    pub hash: String,
    pub remembered: Remembered,
    pub storage_works: bool,
    pub in_frame: bool,
    pub app_address: String,
    /// A random id for this window, for the presentation windows to tell each other apart.
    pub window: u32,
    pub now: u64,
    /// When the speaker view's clock started, if this window kept it over a reload.
    pub clock_started: Option<u64>,
}

/// Something the reader, the browser or another window did.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A click on a link within the explorer: its `#…` address.
    Link(String),
    /// A key pressed on a stage's tab (the stage's id).
    TabKey { stage: String, key: String },
    /// A key pressed anywhere else in the page (not while typing, nor in a dialog).
    Key(String),
    /// A control in the page was used; for radio buttons, the value chosen (else empty).
    Control(Control, String),
    /// The address changed under the app (Back, Forward, an edited hash).
    AddressChanged { search: String, hash: String },
    /// The reader typed in a stage's notes box (the stage's id, and the whole text now).
    NoteTyped { stage: String, text: String },
    /// Save the notes typed since the last save (after a pause in typing, or on leaving the box).
    SaveNotes,
    /// The page is being hidden or closed: keep what must be kept now.
    PageHidden,
    /// Another window changed what this device keeps (the key, without the prefix).
    StorageChanged { key: String, value: Option<String> },
    /// This device refused to keep a key (full, or taken away).
    StoreFailed(String),
    /// A message from another presentation window.
    FromOtherWindow(Fields),
    /// A message to the app's window, from this origin, and whether it came from the page
    /// embedding the app.
    FromHost { fields: Fields, origin: String, from_parent: bool },
    /// The app's content is now this tall (embedded).
    Height(u32),
    /// The browser or the embedding page would not go full screen.
    FullscreenRefused,
    /// The clipboard took the text, or refused it.
    Copied(bool),
    /// A dialog was closed by the browser (Escape).
    DialogClosed,
    /// The clock's time now.
    ClockTick(u64),
    /// A new version of the explorer is ready to use.
    UpdateReady,
    /// Delete every note (the reader has confirmed).
    DeleteNotes,
}

impl AppState {
    /// The state the app starts in, from the address and what this device remembers.
    pub fn new(outline: &'static Outline, start: Start) -> AppState {
        let mut route = Route::parse(&start.search, &start.hash, outline);
        // The address's lens comes first; without one, the lens this device remembers.
        if route.lens == Audience::Both {
            route.lens = start.remembered.lens;
        }
        let mut state = AppState {
            outline,
            route,
            remembered: start.remembered,
            screen: Screen::default(),
            storage_works: start.storage_works,
            notes: NoteStatus::default(),
            sync: PresentationSync::new(start.window),
            host: HostLink::default(),
            in_frame: start.in_frame,
            app_address: start.app_address,
            clock: Clock { started: start.clock_started.filter(|t| *t <= start.now).unwrap_or(start.now), now: start.now },
        };
        state.mark_visited();
        state
    }

    /// What the app does as it starts: fill the notes boxes, and join the other windows,
    /// start the clock, keep the clock over a reload.
    pub fn start_effects(&mut self) -> Vec<Effect> {
        let mut effects: Vec<Effect> =
            self.remembered.notes.iter().map(|(stage, text)| Effect::FillNote { stage: stage.clone(), text: text.clone() }).collect();
        if self.presenting() {
            effects.push(Effect::OpenChannel);
            let opened = self.sync.opened();
            self.sync_out(opened, &mut effects);
        }
        if self.route.mode == Mode::Speaker {
            effects.push(Effect::StoreForSession(storage::CLOCK_START, self.clock.started.to_string()));
            effects.push(Effect::TickEverySecond);
        }
        effects
    }

    /// The stage shown in the panel, if any (none while the content note covers it).
    pub fn selected(&self) -> Option<StagePlace> {
        self.route.view.stage().filter(|_| !self.content_note_showing())
    }

    /// Whether the panel shows the first-visit content note, before anything else. Not while
    /// presenting: a room full of people has a trainer to set the scene.
    pub fn content_note_showing(&self) -> bool {
        self.route.mode == Mode::Explore && !self.remembered.content_note_seen
    }

    /// Whether this window is presenting or is the speaker view.
    pub fn presenting(&self) -> bool {
        matches!(self.route.mode, Mode::Present | Mode::Speaker)
    }

    /// What this window shares with the other presentation windows.
    pub fn shared(&self) -> Shared {
        Shared { view: self.route.view, overview: self.screen.overview, blank: self.screen.blank }
    }

    /// The id of the stage on show, empty for none.
    pub fn stage_id(&self) -> String {
        self.selected().and_then(|p| self.outline.stage(p)).map_or(String::new(), |s| s.id.to_string())
    }

    /// Whether a stage has been explored.
    pub fn visited(&self, id: &str) -> bool {
        self.remembered.visited.iter().any(|v| v == id)
    }

    /// Applies an action, returning what must happen outside the state.
    pub fn update(&mut self, action: Action) -> Vec<Effect> {
        let before = (self.route.clone(), self.remembered.clone(), self.shared(), self.stage_id(), self.presenting());
        let mut effects = Vec::new();
        // Changes that came from elsewhere are not sent back where they came from.
        let from_elsewhere = matches!(action, Action::FromOtherWindow(_) | Action::StorageChanged { .. });
        let from_address = matches!(action, Action::AddressChanged { .. });
        self.apply(action, &mut effects);

        let (route, remembered, shared, stage, presenting) = before;
        if self.route != route && !from_address {
            let url = self.route.link(self.outline);
            // Embedded, Back belongs to the host page: the frame never adds history entries.
            let new_entry = self.route.view != route.view && !self.route.embed;
            effects.push(Effect::WriteAddress { url, new_entry });
        }
        if self.storage_works && !from_elsewhere {
            effects.extend(stored::changes(&remembered, &self.remembered).into_iter().map(Effect::Store));
        }
        if self.presenting() != presenting {
            if self.presenting() {
                effects.push(Effect::OpenChannel);
                let opened = self.sync.opened();
                self.sync_out(opened, &mut effects);
            } else {
                effects.push(Effect::CloseChannel);
            }
        } else if self.presenting() && self.shared() != shared && !from_elsewhere {
            let out = self.sync.changed_here(self.shared());
            self.sync_out(out, &mut effects);
        }
        let now = self.stage_id();
        if now != stage {
            self.host_out(HostInput::StageShown(now), &mut effects);
        }
        effects
    }

    fn apply(&mut self, action: Action, effects: &mut Vec<Effect>) {
        match action {
            Action::Link(hash) => {
                if let Some(view) = View::parse_hash(&hash, self.outline) {
                    self.show(view);
                    // The reader's place moves to what they chose: its heading, in view (it may
                    // be far down a phone's page or a partner's), with focus on it.
                    let section = match view {
                        View::Info(panel) => Some(panel.id().to_string()),
                        View::Stage(place, _) => self.outline.stage(place).map(|s| s.id.to_string()),
                        View::Introduction | View::End => None,
                    };
                    if let Some(section) = section {
                        effects.push(self.reveal(contract::heading_id(&section)));
                    }
                }
            }
            Action::TabKey { stage, key } if !self.presenting() => {
                let target = self.outline.find(&stage).and_then(|from| tablist_target(self.outline, from, &key));
                if let Some(place) = target {
                    self.show(View::Stage(place, Default::default()));
                    if let Some(stage) = self.outline.stage(place) {
                        effects.push(Effect::Focus(contract::tab_id(&stage.id)));
                    }
                }
            }
            Action::TabKey { key, .. } | Action::Key(key) => {
                if let Some(command) = command_for_key(&key).filter(|c| c.works_in(self.route.mode, self.route.embed)) {
                    self.command(command, effects);
                }
            }
            Action::Control(control, value) => self.control(control, &value, effects),
            Action::AddressChanged { search, hash } => {
                self.route = Route::parse(&search, &hash, self.outline);
                self.mark_visited();
            }
            Action::NoteTyped { stage, text } => {
                if self.outline.find(&stage).is_some() {
                    self.remembered.notes = with_note(self.outline, &self.remembered.notes, &stage, &text);
                    add(&mut self.notes.unsaved, &stage);
                    self.notes.changed_elsewhere.retain(|s| *s != stage);
                    effects.push(Effect::SaveNotesSoon);
                }
            }
            Action::SaveNotes | Action::PageHidden => self.save_notes(effects),
            Action::StorageChanged { key, value } => self.follow_storage(&key, value, effects),
            Action::StoreFailed(key) => match note_stage(&key) {
                Some(stage) => add(&mut self.notes.not_kept, stage),
                None => self.storage_works = false,
            },
            Action::FromOtherWindow(fields) => {
                if let Some(message) = PresentationMessage::read(&fields, self.outline).filter(|_| self.presenting()) {
                    let out = self.sync.heard(message, self.shared());
                    self.sync_out(out, effects);
                }
            }
            Action::FromHost { fields, origin, from_parent } => {
                let command = HostCommand::read(&fields, self.outline);
                self.host_out(HostInput::Message { command, origin, from_parent: from_parent && self.route.embed }, effects);
            }
            Action::Height(height) => self.host_out(HostInput::Height(height), effects),
            Action::FullscreenRefused => self.screen.fullscreen_refused = true,
            Action::Copied(copied) => self.screen.copied = Some(copied),
            Action::DialogClosed => self.close_dialogs(),
            Action::ClockTick(now) => self.clock.now = now,
            Action::UpdateReady => self.screen.update_ready = true,
            Action::DeleteNotes => {
                for (stage, _) in std::mem::take(&mut self.remembered.notes) {
                    effects.push(Effect::FillNote { stage: stage.clone(), text: String::new() });
                    if self.storage_works {
                        effects.push(Effect::Store(Write::Remove(note_key(&stage))));
                    }
                }
                self.notes = NoteStatus::default();
            }
        }
    }

    fn control(&mut self, control: Control, value: &str, effects: &mut Vec<Effect>) {
        let labels = &self.outline.labels;
        match control {
            Control::Continue => {
                self.remembered.content_note_seen = true;
                self.mark_visited();
                // The reader's place is the section the note was covering.
                effects.push(self.reveal(contract::heading_id(&self.section_id())));
            }
            Control::StartAgain => {
                self.remembered.visited.clear();
                self.show(View::Introduction);
            }
            Control::Print => effects.push(Effect::Print),
            Control::DownloadNotes => {
                effects.push(Effect::Download { file_name: NOTES_FILE, text: notes_document(self.outline, &self.remembered.notes) })
            }
            Control::DeleteNotes => {
                effects.push(Effect::Confirm { question: labels.delete_notes_confirm.to_string(), then: Box::new(Action::DeleteNotes) })
            }
            Control::Share => {
                self.screen.share = true;
                self.screen.copied = None;
                // In a frame as tall as its content, the dialog is where the reader is only
                // once the host page has brought it into view.
                if let Some(host) = self.host.host().filter(|_| self.host.sized()) {
                    effects.push(Effect::Reveal { id: id::SHARE_DIALOG.to_string(), host: Some(host.to_string()) });
                }
            }
            Control::CopyLink => effects.push(Effect::Copy { text: self.share_link(), field: id::SHARE_LINK }),
            Control::CopyEmbed => effects.push(Effect::Copy { text: self.embed_code(), field: id::SHARE_EMBED }),
            Control::CloseDialog => self.close_dialogs(),
            Control::Present => self.command(Command::TogglePresenting, effects),
            Control::Previous => self.command(Command::Previous, effects),
            Control::Next => self.command(Command::Next, effects),
            Control::Overview => self.command(Command::Overview, effects),
            Control::Blank => self.command(Command::Blank, effects),
            Control::Fullscreen => self.command(Command::Fullscreen, effects),
            Control::Keys => self.command(Command::Help, effects),
            Control::SpeakerView => self.command(Command::SpeakerView, effects),
            Control::Contrast => self.route.contrast = !self.route.contrast,
            Control::ResetClock => {
                self.clock.started = self.clock.now;
                effects.push(Effect::StoreForSession(storage::CLOCK_START, self.clock.now.to_string()));
            }
            Control::Reload => effects.push(Effect::UseNewVersion),
            Control::Lens => {
                if let Some(lens) = Audience::from_key(value) {
                    self.route.lens = lens;
                    self.remembered.lens = lens;
                }
            }
            Control::Nation => self.remembered.nation = Nation::from_key(value),
        }
    }

    fn command(&mut self, command: Command, effects: &mut Vec<Effect>) {
        let outline = self.outline;
        let step = |state: &mut AppState, offset| presentation::step_from(outline, state.route.lens, state.route.view, offset);
        match command {
            Command::Next => {
                let view = step(self, 1);
                self.go_to(view);
            }
            Command::Previous => {
                let view = step(self, -1);
                self.go_to(view);
            }
            Command::First => self.go_to(View::Introduction),
            Command::Last => self.go_to(View::End),
            Command::Stage(number) => {
                if let Some(view) = presentation::stage_number_view(outline, number) {
                    self.go_to(view);
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
                self.screen = Screen { update_ready: self.screen.update_ready, ..Screen::default() };
                self.mark_visited();
            }
            Command::Fullscreen => effects.push(Effect::ToggleFullscreen),
            Command::SpeakerView => {
                let speaker = Route { mode: Mode::Speaker, contrast: false, ..self.route.clone() };
                effects.push(Effect::OpenWindow { url: speaker.link(outline), name: SPEAKER_WINDOW });
            }
        }
    }

    /// Shows a view. Choosing anything also means the reader has chosen to go on past the
    /// content note.
    fn show(&mut self, view: View) {
        if self.content_note_showing() {
            self.remembered.content_note_seen = true;
        }
        self.route.view = view;
        self.mark_visited();
    }

    /// Brings a heading into view with focus on it; through the host page when the frame is as
    /// tall as its content, so has nothing of its own to scroll. (While presenting, everything is
    /// already on screen.)
    fn reveal(&self, heading: String) -> Effect {
        if self.presenting() {
            return Effect::Focus(heading);
        }
        let host = self.host.host().filter(|_| self.host.sized()).map(String::from);
        Effect::Reveal { id: heading, host }
    }

    /// A presentation step: whatever covered the screen goes.
    fn go_to(&mut self, view: View) {
        self.route.view = view;
        self.screen.overview = false;
        self.screen.blank = false;
    }

    fn close_dialogs(&mut self) {
        self.screen.share = false;
        self.screen.help = false;
        self.screen.copied = None;
    }

    /// Counts the stage on show as explored, once its content is really on screen (not behind
    /// the content note, and not while presenting).
    fn mark_visited(&mut self) {
        let Some(stage) = self.selected().and_then(|p| self.outline.stage(p)) else { return };
        if self.route.mode != Mode::Explore || self.visited(&stage.id) {
            return;
        }
        // Kept in the order of the cycle, so what is stored is tidy and predictable.
        let visited = self.remembered.visited.join(" ");
        self.remembered.visited = stored::read_visited(self.outline, &format!("{visited} {}", stage.id));
    }

    fn save_notes(&mut self, effects: &mut Vec<Effect>) {
        for stage in std::mem::take(&mut self.notes.unsaved) {
            if self.storage_works {
                let text = note_for(&self.remembered.notes, &stage).map(String::from);
                effects.push(Effect::Store(Write::of(&note_key(&stage), text)));
                // A refusal puts it back (as `StoreFailed`).
                self.notes.not_kept.retain(|s| *s != stage);
            }
        }
    }

    /// Follows a change another window made to what this device keeps.
    fn follow_storage(&mut self, key: &str, value: Option<String>, effects: &mut Vec<Effect>) {
        let outline = self.outline;
        if let Some(stage) = note_stage(key).filter(|s| outline.find(s).is_some()) {
            let theirs = value.as_deref().and_then(stored::read_note).unwrap_or_default();
            let mine = note_for(&self.remembered.notes, stage).unwrap_or_default().to_string();
            if theirs == mine {
                return;
            }
            // Typing here that is not saved yet is never overwritten: both are kept, and the
            // reader is told.
            let text = if self.notes.unsaved.iter().any(|s| s == stage) && !mine.trim().is_empty() && !theirs.is_empty() {
                add(&mut self.notes.changed_elsewhere, stage);
                format!("{mine}\n\n{}\n{theirs}", self.outline.labels.notes_from_other_window)
            } else {
                theirs
            };
            self.remembered.notes = with_note(outline, &self.remembered.notes, stage, &text);
            effects.push(Effect::FillNote { stage: stage.to_string(), text });
        } else if key == storage::VISITED {
            self.remembered.visited = stored::read_visited(outline, value.as_deref().unwrap_or_default());
        } else if key == storage::CONTENT_NOTE_SEEN {
            self.remembered.content_note_seen = value.as_deref() == Some("1");
        }
    }

    fn sync_out(&mut self, outputs: Vec<SyncOutput>, effects: &mut Vec<Effect>) {
        for output in outputs {
            match output {
                SyncOutput::Send(message) => effects.push(Effect::Broadcast(message.fields(self.outline))),
                SyncOutput::Follow(shared) => {
                    self.route.view = shared.view;
                    self.screen.overview = shared.overview;
                    self.screen.blank = shared.blank;
                }
            }
        }
    }

    fn host_out(&mut self, input: HostInput, effects: &mut Vec<Effect>) {
        for output in self.host.handle(input, &self.stage_id()) {
            match output {
                HostOutput::Post(event, origin) => effects.push(Effect::PostToHost { fields: event.fields(), origin }),
                HostOutput::WatchHeight => effects.push(Effect::WatchHeight),
                HostOutput::Show(view) => self.show(view),
            }
        }
    }

    /// The id of the section the panel shows.
    pub fn section_id(&self) -> String {
        let stage = self.route.view.stage().and_then(|p| self.outline.stage(p));
        match self.route.view {
            _ if self.content_note_showing() => id::CONTENT_NOTE.to_string(),
            View::Info(panel) => panel.id().to_string(),
            // A presentation ends on where to find support.
            View::End => InfoPanel::GetSupport.id().to_string(),
            _ => stage.map_or(id::INTRODUCTION.to_string(), |s| s.id.to_string()),
        }
    }

    /// The link to what the reader is looking at, for someone else to open: the plain
    /// explorer (not a presentation, not embedded), with the reader's lens.
    pub fn share_link(&self) -> String {
        let plain = Route { mode: Mode::Explore, embed: false, contrast: false, ..self.route.clone() };
        format!("{}{}", self.app_address, plain.link(self.outline))
    }

    /// Where full screen is refused (inside a frame, say): the explorer on its own, as it is
    /// now, to open in a new tab.
    pub fn new_tab_link(&self) -> String {
        let alone = Route { embed: false, ..self.route.clone() };
        format!("{}{}", self.app_address, alone.link(self.outline))
    }

    /// The code a website pastes to embed the explorer, opening at the current view with the
    /// reader's lens: the frame (borderless, so it is exactly the column's width), a line with
    /// a link to the explorer on its own (shown until it answers, and always without the host
    /// script: if the explorer's site is down, the reader is not left with an empty box), and
    /// the host script.
    pub fn embed_code(&self) -> String {
        let framed = Route { mode: Mode::Explore, embed: true, contrast: false, ..self.route.clone() };
        format!(
            "<iframe src=\"{address}{framed}\" title=\"{title}\" width=\"100%\" height=\"720\" style=\"border:0\" loading=\"lazy\" allow=\"fullscreen; clipboard-write\" {frame}></iframe>\n<p {fallback}>{fallback_text} <a href=\"{alone}\" target=\"_blank\" rel=\"noopener\">{title}</a></p>\n<script src=\"{address}{script}\" async></script>",
            address = self.app_address,
            framed = framed.link(self.outline),
            alone = html_text(&self.share_link()),
            title = html_text(&self.outline.title),
            frame = contract::EMBED_FRAME_ATTR,
            fallback = contract::EMBED_FALLBACK_ATTR,
            fallback_text = html_text(&self.outline.labels.embed_fallback),
            script = contract::EMBED_SCRIPT,
        )
    }
}

/// Adds an id to a list, once.
fn add(list: &mut Vec<String>, id: &str) {
    if !list.iter().any(|s| s == id) {
        list.push(id.to_string());
    }
}
