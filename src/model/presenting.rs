//! Presenting: the keys and buttons that move through the steps, what covers the screen for a
//! while (the whole cycle, a blank screen, the list of keys), a panel shown over a step without
//! losing it, the projector's theme, full screen, and keeping every presentation window at the
//! same step ([`PresentationSync`]), the speaker view's miniatures included (they follow, never
//! lead).

use super::action::Action;
use super::context::{Context, Feature};
use super::effect::Effect;
use super::keys::{command_for_key, Command};
use super::messages::{PresentationMessage, Shared, Value};
use super::page::PageView;
use super::route::{Mirror, Mode, Route, View};
use super::steps::{stage_number_view, step_from, step_number, steps};
use super::stored::Write;
use super::sync::{PresentationSync, SyncOutput};
use crate::content::fill;
use crate::contract::{id, message, storage, url, Control, Mark, Notice, Slot, CLOSING_PAGES};

/// The name of the speaker view's window, so opening it again brings the same one back.
pub const SPEAKER_WINDOW: &str = "adversity-cycle-speaker";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Presenting {
    /// The whole cycle instead of the step (press again to return).
    pub overview: bool,
    /// A black screen (press again, or Next, to return).
    pub blank: bool,
    /// The list of keys is open.
    pub keys_open: bool,
    /// The browser or the embedding page would not go full screen.
    pub fullscreen_refused: bool,
    /// P was pressed once: pressed again, it stops presenting; anything else carries on.
    pub stop_asked: bool,
    /// The step the presentation is at. A panel shown over it (Get support, say) leaves it
    /// where it is: the keys go on from it, or back to it.
    pub place: View,
    /// The token that pairs this presentation's windows: sent with every message, and asked
    /// of every message heard.
    pub pair: String,
    sync: PresentationSync,
}

impl Presenting {
    /// `window` tells this window apart from the other presentation windows.
    pub fn new(window: u32, view: View, pair: String) -> Presenting {
        Presenting {
            overview: false,
            blank: false,
            keys_open: false,
            fullscreen_refused: false,
            stop_asked: false,
            place: view,
            pair,
            sync: PresentationSync::new(window),
        }
    }

    /// As the app starts presenting: join the other windows.
    pub fn start(&mut self, cx: &mut Context, effects: &mut Vec<Effect>) {
        if cx.presenting() {
            self.join(cx, effects);
        }
    }

    /// What this window shares with the other presentation windows.
    pub fn shared(&self, view: View) -> Shared {
        Shared { view, overview: self.overview, blank: self.blank }
    }

    /// A key; `asked` if the key before it was P, asking whether to stop.
    fn key(&mut self, key: &str, asked: bool, cx: &mut Context, effects: &mut Vec<Effect>) {
        let Some(command) = command_for_key(key).filter(|c| c.works_in(cx.route.mode, cx.route.embed)) else { return };
        // P in front of a room asks first: a slip of the finger must not drop to the website.
        if command == Command::Present && cx.route.mode == Mode::Present && !asked {
            self.stop_asked = true;
            return;
        }
        self.command(command, cx, effects);
    }

    fn control(&mut self, control: Control, cx: &mut Context) {
        match control {
            Control::Contrast => cx.route.contrast = !cx.route.contrast,
            Control::CloseDialog => self.keys_open = false,
            _ => {}
        }
    }

    fn command(&mut self, command: Command, cx: &mut Context, effects: &mut Vec<Effect>) {
        let outline = cx.outline;
        let all = steps(outline, cx.route.lens, cx.nation);
        // Over a panel, the presentation is still at its step.
        let detour = matches!(cx.route.view, View::Info(_));
        let go_to = |presenting: &mut Presenting, cx: &mut Context, view: View| {
            // A step: whatever covered the screen goes.
            cx.route.view = view;
            presenting.overview = false;
            presenting.blank = false;
        };
        // A clicker's key closes the list of keys, and does what it does.
        if !matches!(command, Command::Keys | Command::Escape) {
            self.keys_open = false;
        }
        match command {
            // After a blank screen, the first Next or Previous only brings the picture back.
            Command::Next | Command::Previous if self.blank => self.blank = false,
            Command::Next => go_to(self, cx, step_from(&all, self.place, 1)),
            Command::Previous if detour => go_to(self, cx, self.place),
            Command::Previous => go_to(self, cx, step_from(&all, self.place, -1)),
            Command::First => go_to(self, cx, View::Introduction),
            Command::Last => go_to(self, cx, *all.last().unwrap_or(&View::End(0))),
            Command::Stage(number) => {
                if let Some(view) = stage_number_view(outline, number) {
                    go_to(self, cx, view);
                }
            }
            Command::Overview => self.overview = !self.overview,
            Command::Blank => self.blank = !self.blank,
            Command::Keys => self.keys_open = !self.keys_open,
            Command::Escape if self.keys_open => self.keys_open = false,
            Command::Escape if self.blank => self.blank = false,
            Command::Escape if detour => go_to(self, cx, self.place),
            Command::Escape => self.overview = !self.overview,
            Command::Present => {
                cx.route.mode = match cx.route.mode {
                    Mode::Explore => Mode::Present,
                    Mode::Present => Mode::Explore,
                    Mode::Speaker => Mode::Speaker,
                };
                (self.overview, self.blank, self.fullscreen_refused) = (false, false, false);
            }
            Command::Fullscreen => effects.push(Effect::ToggleFullscreen),
            Command::SpeakerView => {
                let speaker = Route { mode: Mode::Speaker, contrast: false, pair: Some(self.pair.clone()), ..cx.route.clone() };
                effects.push(Effect::OpenWindow { url: speaker.link(outline), name: SPEAKER_WINDOW });
            }
        }
    }

    /// After an action: keep the step the presentation is at, join or leave the other windows
    /// as presenting starts or stops, and tell them when this window has moved (`moved_here`:
    /// not by following them). A miniature only ever follows.
    pub fn follow(&mut self, was_presenting: bool, cx: &mut Context, moved_here: bool, effects: &mut Vec<Effect>) {
        if cx.route.mirror.is_none() && steps(cx.outline, cx.route.lens, cx.nation).contains(&cx.route.view) {
            self.place = cx.route.view;
        }
        match (was_presenting, cx.presenting()) {
            (false, true) => self.join(cx, effects),
            (true, false) => effects.push(Effect::CloseChannel),
            (true, true) if moved_here && cx.route.mirror.is_none() => {
                let out = self.sync.changed_here(self.shared(cx.route.view));
                self.sync_out(out, cx, effects);
            }
            _ => {}
        }
    }

    /// Opens the channel to the other presentation windows, and asks them where they are.
    fn join(&mut self, cx: &mut Context, effects: &mut Vec<Effect>) {
        // The pairing token becomes the one this device's windows of the presentation share.
        if cx.storage_works {
            effects.push(Effect::Store(Write::Set(storage::PAIR.into(), self.pair.clone())));
        }
        effects.push(Effect::OpenChannel);
        let out = self.sync.opened();
        self.sync_out(out, cx, effects);
    }

    fn heard(&mut self, message: PresentationMessage, cx: &mut Context, effects: &mut Vec<Effect>) {
        // A miniature has no say in where the presentation is: it answers no one.
        if cx.route.mirror.is_some() && message == PresentationMessage::Hello {
            return;
        }
        // The next step's miniature is where the presentation is by its place, not by its view.
        let here = if cx.route.mirror == Some(Mirror::Next) { self.place } else { cx.route.view };
        let out = self.sync.heard(message, self.shared(here));
        self.sync_out(out, cx, effects);
    }

    /// Carries out what keeping the windows together asks. A miniature only asks where the
    /// presentation is, and never tells where it is (it is not where the presentation is);
    /// the next step's shows the step after the one it follows.
    fn sync_out(&mut self, outputs: Vec<SyncOutput>, cx: &mut Context, effects: &mut Vec<Effect>) {
        for output in outputs {
            match output {
                SyncOutput::Send(message) if cx.route.mirror.is_none() || message == PresentationMessage::Hello => {
                    effects.push(Effect::Broadcast(message.fields(cx.outline).with(message::PAIR, Value::Text(self.pair.clone()))));
                }
                SyncOutput::Send(_) => {}
                SyncOutput::Follow(shared) => {
                    (cx.route.view, self.overview, self.blank) = (shared.view, shared.overview, shared.blank);
                    if cx.route.mirror == Some(Mirror::Next) {
                        let all = steps(cx.outline, cx.route.lens, cx.nation);
                        if all.contains(&shared.view) {
                            self.place = shared.view;
                        }
                        (cx.route.view, self.overview, self.blank) = (step_from(&all, self.place, 1), false, false);
                    }
                }
            }
        }
    }
}

/// The command a button of the presentation's toolbar gives, as its key would.
fn for_control(control: Control) -> Option<Command> {
    Some(match control {
        Control::Present => Command::Present,
        Control::Previous => Command::Previous,
        Control::Next => Command::Next,
        Control::Overview => Command::Overview,
        Control::Blank => Command::Blank,
        Control::Fullscreen => Command::Fullscreen,
        Control::Keys => Command::Keys,
        Control::SpeakerView => Command::SpeakerView,
        _ => return None,
    })
}

impl Feature for Presenting {
    fn update(&mut self, action: &Action, cx: &mut Context, effects: &mut Vec<Effect>) {
        // A miniature only follows the presentation.
        if cx.route.mirror.is_some() && !matches!(action, Action::FromOtherWindow(_)) {
            return;
        }
        // Whatever the trainer does next answers the question P asked: only P again stops.
        let asked = self.stop_asked;
        if matches!(action, Action::Key(_) | Action::TabKey { .. } | Action::Control(..) | Action::Link(_)) {
            self.stop_asked = false;
        }
        match action {
            // On the list of stages, the keys are the list's own unless presenting.
            Action::TabKey { key, .. } | Action::Key(key) if cx.presenting() || matches!(action, Action::Key(_)) => {
                self.key(key, asked, cx, effects);
            }
            Action::Control(control, _) => match for_control(*control) {
                Some(command) => self.command(command, cx, effects),
                None => self.control(*control, cx),
            },
            Action::FromOtherWindow(fields) if cx.presenting() && fields.is_paired(&self.pair) => {
                if let Some(message) = PresentationMessage::read(fields, cx.outline) {
                    self.heard(message, cx, effects);
                }
            }
            Action::FullscreenRefused => self.fullscreen_refused = true,
            Action::DialogClosed => self.keys_open = false,
            _ => {}
        }
    }

    /// How presenting shows in the page: the part of a stage on show, the theme, the overview,
    /// the step count (the step's, over a panel too), a blank screen, the question P asks, a
    /// refusal of full screen, the pressed buttons and the list of keys.
    fn show_in(&self, cx: &Context, view: &mut PageView) {
        let (outline, route, presenting) = (cx.outline, &cx.route, cx.presenting());
        let part = match route.view {
            View::Stage(_, part) => part.key(),
            View::End(0) => Some(id::END),
            View::End(page) => CLOSING_PAGES.get(usize::from(page) - 1).copied(),
            _ => None,
        };
        view.mark(Mark::Part, part);
        view.mark(Mark::Theme, route.contrast.then_some(url::CONTRAST));
        view.mark(Mark::Overview, (presenting && self.overview).then_some(""));
        view.mark(Mark::Mirror, route.mirror.map(|m| if m == Mirror::Next { url::MIRROR_NEXT } else { url::MIRROR }));
        if presenting {
            let all = steps(outline, route.lens, cx.nation);
            let (number, total) = ((step_number(&all, self.place) + 1).to_string(), all.len().to_string());
            view.text(Slot::StepCount, fill(&outline.labels.step_count, &[("number", &number), ("total", &total)]));
            view.pressed = vec![(Control::Overview, self.overview), (Control::Blank, self.blank), (Control::Contrast, route.contrast)];
            for (notice, on) in [(Notice::BlankScreen, self.blank), (Notice::StopAsked, self.stop_asked)] {
                if on {
                    view.notices.push((notice, None));
                }
            }
            if self.keys_open {
                view.dialog = Some(id::KEYS_DIALOG);
            }
            view.text(Slot::AppAddress, cx.app_address.clone());
        }
        if self.fullscreen_refused {
            view.notices.push((Notice::FullscreenRefused, None));
            // The explorer on its own, as it is now, to open in a new tab.
            let alone = Route { embed: false, ..route.clone() };
            view.text(Slot::NewTab, format!("{}{}", cx.app_address, alone.link(outline)));
        }
    }
}
