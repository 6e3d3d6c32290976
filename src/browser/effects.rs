//! The one place the app's effects are carried out. Each [`Effect`] the reducer returns is
//! done here, with the browser API it needs; answers (storage refused, full screen refused,
//! copied, a message from another window, the clock) come back as actions.
//!
//! What the next paint does not need (writing storage, telling the host page) waits until
//! after it, so a click shows its result as soon as the browser can draw it.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;

use gloo::timers::callback::{Interval, Timeout};

use super::channel::PresentationChannel;
use super::embed::{self, HeightWatcher};
use super::{clipboard, files, focus_by_id, location, paint, storage, window, Dispatch};
use crate::model::effect::Effect;
use crate::model::action::Action;

/// How long after the last keystroke a note is saved (at once when the reader leaves the box
/// or the page).
const SAVE_NOTES_AFTER: Duration = Duration::from_millis(800);

/// What the effects keep running: the channel to the other presentation windows, the watch
/// on the app's height, timers, and the effects waiting for the next paint.
pub struct EffectRunner {
    dispatch: Dispatch,
    channel: Option<PresentationChannel>,
    height: Option<HeightWatcher>,
    save_notes: Option<Timeout>,
    clock: Option<Interval>,
    after_paint: Rc<AfterPaint>,
}

#[derive(Default)]
struct AfterPaint {
    effects: RefCell<Vec<Effect>>,
    scheduled: Cell<bool>,
}

impl AfterPaint {
    fn run(&self, dispatch: &Dispatch) {
        self.scheduled.set(false);
        let effects = std::mem::take(&mut *self.effects.borrow_mut());
        for effect in effects {
            run_after_paint(effect, dispatch);
        }
    }
}

/// Carries out an effect that waited for the next paint (`EffectRunner::run` says which
/// wait). None of them needs anything the runner keeps.
fn run_after_paint(effect: Effect, dispatch: &Dispatch) {
    match effect {
        Effect::Store(write) if storage::apply(&write).is_err() => {
            dispatch(Action::StoreFailed(write.key().to_string()));
        }
        Effect::StoreForSession(key, value) => storage::store_for_session(key, &value),
        Effect::PostToHost { fields, origin } => embed::post_to_host(&fields, &origin),
        _ => {}
    }
}

impl EffectRunner {
    pub fn new(dispatch: Dispatch) -> EffectRunner {
        EffectRunner { dispatch, channel: None, height: None, save_notes: None, clock: None, after_paint: Rc::default() }
    }

    /// Carries out the effects waiting for the next paint at once (the page is going away).
    pub fn flush(&self) {
        self.after_paint.run(&self.dispatch);
    }

    /// Queues an effect until the browser has painted; the first one queued arranges the run.
    fn after_paint(&self, effect: Effect) {
        self.after_paint.effects.borrow_mut().push(effect);
        if self.after_paint.scheduled.replace(true) {
            return;
        }
        let (waiting, dispatch) = (self.after_paint.clone(), self.dispatch.clone());
        paint::after_next_paint(move || waiting.run(&dispatch));
    }

    pub fn run(&mut self, effect: Effect) {
        let dispatch = self.dispatch.clone();
        match effect {
            Effect::Store(_) | Effect::StoreForSession(..) | Effect::PostToHost { .. } => self.after_paint(effect),
            Effect::WriteAddress { url, new_entry } => location::write(&url, new_entry),
            Effect::Focus(id) => focus_by_id(&id),
            Effect::Reveal { id, host } => super::reveal(&id, host.as_deref()),
            Effect::FillNote { stage, text } => super::shown::fill_note(&stage, &text),
            Effect::SaveNotesSoon => {
                // A new keystroke starts the wait again (dropping the old timeout cancels it).
                self.save_notes = Some(Timeout::new(SAVE_NOTES_AFTER.as_millis() as u32, move || {
                    dispatch(Action::SaveNotes);
                }));
            }
            Effect::OpenChannel => {
                self.channel = PresentationChannel::open(move |fields| {
                    dispatch(Action::FromOtherWindow(fields));
                });
            }
            Effect::CloseChannel => self.channel = None,
            Effect::Broadcast(fields) => {
                if let Some(channel) = &self.channel {
                    channel.send(&fields);
                }
            }
            Effect::WatchHeight => {
                self.height = embed::watch_height(move |height| {
                    dispatch(Action::Height(height));
                });
            }
            Effect::TickEverySecond => {
                let tick = move || {
                    dispatch(Action::ClockTick { now: super::now_ms(), minutes_of_day: super::minutes_of_day() });
                };
                tick();
                self.clock = Some(Interval::new(1000, tick));
            }
            Effect::ToggleFullscreen => window::toggle_fullscreen(move || {
                dispatch(Action::FullscreenRefused);
            }),
            Effect::Print => window::print(),
            Effect::Download { file_name, text } => files::download(file_name, "text/markdown;charset=utf-8", text.as_bytes()),
            Effect::OpenWindow { url, name } => {
                window::open_window(&url, name);
            }
            Effect::Confirm { question, then } => {
                if window::confirm(&question) {
                    dispatch(*then);
                }
            }
            Effect::Copy { text, field } => clipboard::copy_text(&text, move |copied| {
                if !copied {
                    clipboard::select_field(field);
                }
                dispatch(Action::Copied(copied));
            }),
            Effect::UseNewVersion => window::use_new_version(),
        }
    }
}
