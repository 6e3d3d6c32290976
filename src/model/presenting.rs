//! Presenting: the steps a trainer walks through, the keys and buttons that move through them,
//! what covers the screen for a while (the whole cycle, a blank screen, the list of keys), the
//! projector's theme, full screen, and the speaker view with its clock, kept at the same step
//! as the audience window ([`PresentationSync`]).

use super::action::Action;
use super::context::{Context, Feature};
use super::effect::Effect;
use super::keys::{command_for_key, Command};
use super::messages::{PresentationMessage, Shared};
use super::page::PageView;
use super::route::{Mode, Part, Route, View};
use super::sync::{PresentationSync, SyncOutput};
use crate::content::outline::Outline;
use crate::content::{fill, Audience, StagePlace};
use crate::contract::{id, storage, url, Control, Mark, Notice, Slot};

/// The name of the speaker view's window, so opening it again brings the same one back.
pub const SPEAKER_WINDOW: &str = "adversity-cycle-speaker";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Presenting {
    /// The whole cycle instead of the step (press again to return).
    pub overview: bool,
    /// A black screen (press again to return).
    pub blank: bool,
    /// The list of keys is open.
    pub keys_open: bool,
    /// The browser or the embedding page would not go full screen.
    pub fullscreen_refused: bool,
    sync: PresentationSync,
    pub clock: Clock,
}

/// The speaker view's clock: when it started, and the time now (milliseconds).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Clock {
    pub started: u64,
    pub now: u64,
}

impl Presenting {
    /// `window` tells this window apart from the other presentation windows; the clock starts
    /// now, or when it started before a reload.
    pub fn new(window: u32, now: u64, clock_started: Option<u64>) -> Presenting {
        Presenting {
            overview: false,
            blank: false,
            keys_open: false,
            fullscreen_refused: false,
            sync: PresentationSync::new(window),
            clock: Clock { started: clock_started.filter(|t| *t <= now).unwrap_or(now), now },
        }
    }

    /// As the app starts presenting: join the other windows; in the speaker view, start the
    /// clock and keep it over a reload.
    pub fn start(&mut self, cx: &mut Context, effects: &mut Vec<Effect>) {
        if cx.presenting() {
            self.join(cx, effects);
        }
        if cx.route.mode == Mode::Speaker {
            effects.push(Effect::StoreForSession(storage::CLOCK_START, self.clock.started.to_string()));
            effects.push(Effect::TickEverySecond);
        }
    }

    /// What this window shares with the other presentation windows.
    pub fn shared(&self, view: View) -> Shared {
        Shared { view, overview: self.overview, blank: self.blank }
    }

    fn control(&mut self, control: Control, cx: &mut Context, effects: &mut Vec<Effect>) {
        match control {
            Control::Contrast => cx.route.contrast = !cx.route.contrast,
            Control::CloseDialog => self.keys_open = false,
            Control::ResetClock => {
                self.clock.started = self.clock.now;
                effects.push(Effect::StoreForSession(storage::CLOCK_START, self.clock.now.to_string()));
            }
            _ => {}
        }
    }

    fn command(&mut self, command: Command, cx: &mut Context, effects: &mut Vec<Effect>) {
        let (outline, lens, view) = (cx.outline, cx.route.lens, cx.route.view);
        let go_to = |presenting: &mut Presenting, cx: &mut Context, view: View| {
            // A step: whatever covered the screen goes.
            cx.route.view = view;
            presenting.overview = false;
            presenting.blank = false;
        };
        match command {
            Command::Next => go_to(self, cx, step_from(outline, lens, view, 1)),
            Command::Previous => go_to(self, cx, step_from(outline, lens, view, -1)),
            Command::First => go_to(self, cx, View::Introduction),
            Command::Last => go_to(self, cx, View::End),
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
            Command::Escape => self.overview = !self.overview,
            Command::Present => {
                cx.route.mode = match cx.route.mode {
                    Mode::Explore => Mode::Present,
                    Mode::Present => Mode::Explore,
                    Mode::Speaker => Mode::Speaker,
                };
                (self.overview, self.blank, self.keys_open, self.fullscreen_refused) = (false, false, false, false);
            }
            Command::Fullscreen => effects.push(Effect::ToggleFullscreen),
            Command::SpeakerView => {
                let speaker = Route { mode: Mode::Speaker, contrast: false, ..cx.route.clone() };
                effects.push(Effect::OpenWindow { url: speaker.link(outline), name: SPEAKER_WINDOW });
            }
        }
    }

    /// After an action: join or leave the other windows as presenting starts or stops, and
    /// tell them when this window has moved (`moved_here`: not by following them).
    pub fn follow(&mut self, was_presenting: bool, cx: &mut Context, moved_here: bool, effects: &mut Vec<Effect>) {
        match (was_presenting, cx.presenting()) {
            (false, true) => self.join(cx, effects),
            (true, false) => effects.push(Effect::CloseChannel),
            (true, true) if moved_here => {
                let out = self.sync.changed_here(self.shared(cx.route.view));
                self.sync_out(out, cx, effects);
            }
            _ => {}
        }
    }

    /// Opens the channel to the other presentation windows, and asks them where they are.
    fn join(&mut self, cx: &mut Context, effects: &mut Vec<Effect>) {
        effects.push(Effect::OpenChannel);
        let out = self.sync.opened();
        self.sync_out(out, cx, effects);
    }

    fn sync_out(&mut self, outputs: Vec<SyncOutput>, cx: &mut Context, effects: &mut Vec<Effect>) {
        for output in outputs {
            match output {
                SyncOutput::Send(message) => effects.push(Effect::Broadcast(message.fields(cx.outline))),
                SyncOutput::Follow(shared) => {
                    cx.route.view = shared.view;
                    self.overview = shared.overview;
                    self.blank = shared.blank;
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

/// Every step of a presentation through a lens, in order: the introduction; for each stage its
/// explanation, then its openers with parents, then with children (those the lens shows), then
/// its resources; the hub last; then the end.
pub fn steps(outline: &Outline, lens: Audience) -> Vec<View> {
    let parts = Part::ALL.into_iter().filter(move |part| part.shown_to(lens));
    let stages = outline.stages_in_order().flat_map(move |(place, _)| parts.clone().map(move |part| View::Stage(place, part)));
    std::iter::once(View::Introduction).chain(stages).chain(std::iter::once(View::End)).collect()
}

/// Where a view sits among the steps. A panel that is not a step (Get support, say) counts as
/// the introduction, so Next from there starts the presentation.
pub fn step_number(outline: &Outline, lens: Audience, view: View) -> usize {
    steps(outline, lens).iter().position(|step| *step == view).unwrap_or(0)
}

/// The step `offset` steps on from `view`, stopping at the first and last (unlike the list of
/// stages, which goes round: a presentation has a beginning and an end).
pub fn step_from(outline: &Outline, lens: Audience, view: View, offset: isize) -> View {
    let steps = steps(outline, lens);
    let here = step_number(outline, lens, view) as isize;
    steps[(here + offset).clamp(0, steps.len() as isize - 1) as usize]
}

/// The view for stage number `number` (1-based, in cycle order), if there is one.
pub fn stage_number_view(outline: &Outline, number: usize) -> Option<View> {
    let place: StagePlace = outline.stages_in_order().nth(number.checked_sub(1)?)?.0;
    Some(View::Stage(place, Part::Explanation))
}

/// What a step is called, for the speaker view: "Living in survival mode: openers with
/// parents".
pub fn step_name(outline: &Outline, view: View) -> String {
    let labels = &outline.labels;
    match view {
        View::Introduction => labels.step_introduction.to_string(),
        View::End => labels.step_end.to_string(),
        View::Info(panel) => panel.title(&outline.panel_titles).to_string(),
        View::Stage(place, part) => {
            let title = outline.stage(place).map_or("", |s| s.title.as_ref());
            let label = match part {
                Part::Explanation => return title.to_string(),
                Part::Openers => &labels.step_openers,
                Part::ChildOpeners => &labels.step_child_openers,
                Part::Resources => &labels.step_resources,
            };
            fill(label, &[("title", title)])
        }
    }
}

/// Elapsed milliseconds as "m:ss" (or "h:mm:ss").
pub fn clock_text(elapsed_ms: u64) -> String {
    let seconds = elapsed_ms / 1000;
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 { format!("{h}:{m:02}:{s:02}") } else { format!("{m}:{s:02}") }
}

impl Feature for Presenting {
    fn update(&mut self, action: &Action, cx: &mut Context, effects: &mut Vec<Effect>) {
        match action {
            // On the list of stages, the keys are the list's own unless presenting.
            Action::TabKey { key, .. } | Action::Key(key) if cx.presenting() || matches!(action, Action::Key(_)) => {
                if let Some(command) = command_for_key(key).filter(|c| c.works_in(cx.route.mode, cx.route.embed)) {
                    self.command(command, cx, effects);
                }
            }
            Action::Control(control, _) => match for_control(*control) {
                Some(command) => self.command(command, cx, effects),
                None => self.control(*control, cx, effects),
            },
            Action::FromOtherWindow(fields) if cx.presenting() => {
                if let Some(message) = PresentationMessage::read(fields, cx.outline) {
                    let out = self.sync.heard(message, self.shared(cx.route.view));
                    self.sync_out(out, cx, effects);
                }
            }
            Action::FullscreenRefused => self.fullscreen_refused = true,
            Action::DialogClosed => self.keys_open = false,
            Action::ClockTick(now) => self.clock.now = *now,
            _ => {}
        }
    }

    /// How presenting shows in the page: the part of a stage on show, the theme, the overview,
    /// the step count, the speaker view's texts and clock, a blank screen, a refusal of full
    /// screen, the pressed buttons and the list of keys.
    fn show_in(&self, cx: &Context, view: &mut PageView) {
        let (outline, route, presenting) = (cx.outline, &cx.route, cx.presenting());
        let labels = &outline.labels;
        view.mark(
            Mark::Part,
            match route.view {
                View::Stage(_, part) => part.key(),
                View::End => Some(id::END),
                _ => None,
            },
        );
        view.mark(Mark::Theme, route.contrast.then_some(url::CONTRAST));
        view.mark(Mark::Overview, (presenting && self.overview).then_some(""));
        if presenting {
            let total = steps(outline, route.lens).len().to_string();
            let number = (step_number(outline, route.lens, route.view) + 1).to_string();
            view.text(Slot::StepCount, fill(&labels.step_count, &[("number", &number), ("total", &total)]));
            view.pressed = vec![(Control::Overview, self.overview), (Control::Blank, self.blank), (Control::Contrast, route.contrast)];
            if self.blank {
                view.notices.push((Notice::BlankScreen, None));
            }
            if self.keys_open {
                view.dialog = Some(id::KEYS_DIALOG);
            }
        }
        if route.mode == Mode::Speaker {
            view.text(Slot::SpeakerNow, step_name(outline, route.view));
            view.text(Slot::SpeakerNext, step_name(outline, step_from(outline, route.lens, route.view, 1)));
            view.text(Slot::Clock, clock_text(self.clock.now.saturating_sub(self.clock.started)));
            view.speaker_notes_open = true;
        }
        if self.fullscreen_refused {
            view.notices.push((Notice::FullscreenRefused, None));
            // The explorer on its own, as it is now, to open in a new tab.
            let alone = Route { embed: false, ..route.clone() };
            view.text(Slot::NewTab, format!("{}{}", cx.app_address, alone.link(outline)));
        }
    }
}
