//! The speaker view's console: what the room sees and the step after it (in words, and as
//! miniatures of the room screen), the notes at a size the trainer chooses, the time of day,
//! the time elapsed (which can be paused), and how the session is doing against the minutes
//! planned.

use super::action::Action;
use super::context::{Context, Feature};
use super::effect::Effect;
use super::page::PageView;
use super::route::{Mirror, Mode, Route, View};
use super::steps::{pacing, step_from, step_name, steps};
use super::stored::Write;
use crate::content::fill;
use crate::contract::{named, storage, Control, Mark, Slot};

named! {
    /// How large the speaker view's notes are. Its name is its mark on `<html>` and what this
    /// device keeps; the default has none.
    #[derive(Default)]
    pub enum NotesSize {
        Small = "small",
        #[default]
        Medium = "",
        Large = "large",
        Larger = "larger",
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Console {
    pub clock: Clock,
    pub notes_size: NotesSize,
}

/// The speaker view's clock (milliseconds since 1970): when it started, the time now, and when
/// it was paused, if it is; and the time of day, in minutes since midnight.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Clock {
    pub started: u64,
    pub now: u64,
    pub paused: Option<u64>,
    pub minutes_of_day: u32,
}

impl Clock {
    /// The time the presentation has run, less any pause.
    pub fn elapsed(&self) -> u64 {
        self.paused.unwrap_or(self.now).saturating_sub(self.started)
    }
}

impl Console {
    /// The clock starts now, or when it started before a reload.
    pub fn new(now: u64, clock_started: Option<u64>, notes_size: NotesSize) -> Console {
        let started = clock_started.filter(|t| *t <= now).unwrap_or(now);
        Console { clock: Clock { started, now, ..Clock::default() }, notes_size }
    }

    /// In the speaker view, as it starts: keep the clock over a reload, and tick.
    pub fn start(&self, cx: &Context, effects: &mut Vec<Effect>) {
        if cx.route.mode == Mode::Speaker {
            effects.push(self.keep_clock());
            effects.push(Effect::TickEverySecond);
        }
    }

    fn keep_clock(&self) -> Effect {
        Effect::StoreForSession(storage::CLOCK_START, self.clock.started.to_string())
    }

    fn resize_notes(&mut self, step: isize, cx: &Context, effects: &mut Vec<Effect>) {
        let at = NotesSize::ALL.iter().position(|s| *s == self.notes_size).unwrap_or(1) as isize;
        self.notes_size = NotesSize::ALL[(at + step).clamp(0, NotesSize::ALL.len() as isize - 1) as usize];
        if cx.storage_works {
            let name = Some(self.notes_size.name()).filter(|n| !n.is_empty()).map(String::from);
            effects.push(Effect::Store(Write::of(storage::NOTES_SIZE, name)));
        }
    }
}

/// Elapsed milliseconds as "m:ss" (or "h:mm:ss").
pub fn clock_text(elapsed_ms: u64) -> String {
    let seconds = elapsed_ms / 1000;
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    let mut text = if h > 0 { h.to_string() + ":" + &two_digits(m) } else { m.to_string() };
    text += ":";
    text + &two_digits(s)
}

/// A number under 100 in two digits, as clocks write minutes and seconds. (By hand: the
/// formatter's padding costs the app's download more than this.)
fn two_digits(n: u64) -> String {
    [n / 10 % 10, n % 10].map(|d| char::from(b'0' + d as u8)).iter().collect()
}

impl Feature for Console {
    fn update(&mut self, action: &Action, cx: &mut Context, effects: &mut Vec<Effect>) {
        let clock = &mut self.clock;
        match action {
            Action::ClockTick { now, minutes_of_day } => (clock.now, clock.minutes_of_day) = (*now, *minutes_of_day),
            Action::Control(Control::PauseClock, _) => {
                match clock.paused.take() {
                    // Going on: the pause is not counted.
                    Some(paused) => clock.started += clock.now.saturating_sub(paused),
                    None => clock.paused = Some(clock.now),
                }
                effects.push(self.keep_clock());
            }
            Action::Control(Control::ResetClock, _) => {
                clock.started = clock.now;
                clock.paused = clock.paused.map(|_| clock.now);
                effects.push(self.keep_clock());
            }
            Action::Control(Control::NotesSmaller, _) => self.resize_notes(-1, cx, effects),
            Action::Control(Control::NotesLarger, _) => self.resize_notes(1, cx, effects),
            Action::StorageChanged { key, value } if key == storage::NOTES_SIZE => {
                self.notes_size = value.as_deref().and_then(NotesSize::parse).unwrap_or_default();
            }
            _ => {}
        }
    }

    /// In the speaker view: what the room sees and what comes next, the miniatures of both,
    /// the clocks and the pacing, and the notes at their size. It never goes dark or empty:
    /// over a blank screen or the whole cycle, it says so.
    fn show_in(&self, cx: &Context, view: &mut PageView) {
        let (outline, route) = (cx.outline, &cx.route);
        if route.mode != Mode::Speaker {
            return;
        }
        let labels = &outline.labels;
        let all = steps(outline, route.lens, cx.nation);
        let now = match () {
            _ if cx.blank => labels.room_blank.to_string(),
            _ if cx.overview => labels.room_overview.to_string(),
            _ => step_name(outline, route.view),
        };
        view.text(Slot::SpeakerNow, now);
        view.text(Slot::SpeakerNext, step_name(outline, step_from(&all, cx.step, 1)));
        view.text(Slot::Clock, clock_text(self.clock.elapsed()));
        let (hours, minutes) = (self.clock.minutes_of_day / 60 % 24, self.clock.minutes_of_day % 60);
        view.text(Slot::WallClock, two_digits(hours.into()) + ":" + &two_digits(minutes.into()));
        if let Some(off) = pacing(outline, &all, cx.step, self.clock.elapsed()) {
            let label = match off {
                1.. => &labels.pacing_behind,
                0 => &labels.pacing_on_time,
                _ => &labels.pacing_ahead,
            };
            view.text(Slot::Pacing, fill(label, &[("minutes", &off.unsigned_abs().to_string())]));
        }
        // The miniatures follow the presentation themselves: their address never changes step.
        for (slot, mirror) in [(Slot::MirrorNow, Mirror::Now), (Slot::MirrorNext, Mirror::Next)] {
            let miniature = Route { mode: Mode::Present, mirror: Some(mirror), view: View::Introduction, others: Vec::new(), ..route.clone() };
            view.text(slot, format!("{}{}", cx.app_address, miniature.link(outline)));
        }
        view.pressed.push((Control::PauseClock, self.clock.paused.is_some()));
        view.mark(Mark::NotesSize, Some(self.notes_size.name()).filter(|n| !n.is_empty()));
        view.speaker_notes_open = true;
    }
}
