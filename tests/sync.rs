//! Keeping the presentation windows together: the sync state machine, case by case, and a
//! property test that any order of changes and deliveries (with duplicates) ends with every
//! window at the same step.
#![cfg(not(target_arch = "wasm32"))]

use adversity_cycle::content::StagePlace;
use adversity_cycle::model::messages::{PresentationMessage, Shared, Stamp};
use adversity_cycle::model::route::{Part, View};
use adversity_cycle::model::sync::{PresentationSync, SyncOutput};
use proptest::prelude::*;

/// A window: its sync machine and the step it shows.
struct Window {
    sync: PresentationSync,
    showing: Shared,
}

fn at(stage: usize) -> Shared {
    Shared { view: View::Stage(StagePlace::Ring(stage), Part::Explanation), overview: false, blank: false }
}

fn window(id: u32, showing: Shared) -> Window {
    Window { sync: PresentationSync::new(id), showing }
}

impl Window {
    /// Follows what the machine says; returns what it sends.
    fn act(&mut self, outputs: Vec<SyncOutput>) -> Vec<PresentationMessage> {
        outputs
            .into_iter()
            .filter_map(|output| match output {
                SyncOutput::Send(message) => Some(message),
                SyncOutput::Follow(shared) => {
                    self.showing = shared;
                    None
                }
            })
            .collect()
    }

    fn open(&mut self) -> Vec<PresentationMessage> {
        let out = self.sync.opened();
        self.act(out)
    }

    fn move_to(&mut self, shared: Shared) -> Vec<PresentationMessage> {
        self.showing = shared;
        let out = self.sync.changed_here(shared);
        self.act(out)
    }

    fn hear(&mut self, message: PresentationMessage) -> Vec<PresentationMessage> {
        let out = self.sync.heard(message, self.showing);
        self.act(out)
    }
}

/// Delivers messages between windows (a broadcast reaches every other window) until none are
/// left.
fn settle(windows: &mut [Window], mut in_flight: Vec<(usize, PresentationMessage)>) {
    while let Some((from, message)) = (!in_flight.is_empty()).then(|| in_flight.remove(0)) {
        for (i, window) in windows.iter_mut().enumerate().filter(|(i, _)| *i != from) {
            in_flight.extend(window.hear(message).into_iter().map(|m| (i, m)));
        }
    }
}

#[test]
fn a_window_that_opens_asks_where_the_presentation_is_and_joins_it() {
    let mut audience = window(1, at(0));
    audience.move_to(at(3));
    let mut speaker = window(2, at(0));
    let hello = speaker.open();
    assert_eq!(hello, [PresentationMessage::Hello]);
    let answer = audience.hear(hello[0]);
    assert!(matches!(answer[..], [PresentationMessage::At(shared, _)] if shared == at(3)));
    speaker.hear(answer[0]);
    assert_eq!(speaker.showing, at(3));
}

#[test]
fn a_reloaded_window_rejoins_rather_than_moving_the_others_back() {
    let mut audience = window(1, at(0));
    audience.move_to(at(2));
    audience.move_to(at(4));
    // The speaker view reloads from an old address, at stage 1, with a larger id.
    let mut windows = [audience, window(99, at(1))];
    let hello = windows[1].open();
    settle(&mut windows, hello.into_iter().map(|m| (1, m)).collect());
    assert_eq!(windows[0].showing, at(4), "the audience is not moved back");
    assert_eq!(windows[1].showing, at(4));
}

#[test]
fn the_other_window_closed_and_opened_again_takes_up_where_this_one_is() {
    let mut audience = window(1, at(0));
    window(2, at(0)).open();
    audience.move_to(at(2));
    // The speaker view is closed; the audience moves on; a new speaker view opens.
    audience.move_to(at(5));
    let mut windows = [audience, window(3, at(0))];
    let hello = windows[1].open();
    settle(&mut windows, hello.into_iter().map(|m| (1, m)).collect());
    assert_eq!(windows[1].showing, at(5));
}

#[test]
fn a_duplicate_or_late_message_changes_nothing() {
    let mut audience = window(1, at(0));
    let mut speaker = window(2, at(0));
    let first = audience.move_to(at(1))[0];
    let second = audience.move_to(at(2))[0];
    speaker.hear(second);
    assert_eq!(speaker.showing, at(2));
    assert!(speaker.hear(first).is_empty(), "an older step arriving late is ignored");
    assert!(speaker.hear(second).is_empty(), "a duplicate is ignored");
    assert_eq!(speaker.showing, at(2));
}

#[test]
fn two_windows_changing_step_at_once_settle_on_the_same_step() {
    let mut windows = [window(1, at(0)), window(2, at(0))];
    let a = windows[0].move_to(at(3));
    let b = windows[1].move_to(at(5));
    settle(&mut windows, a.into_iter().map(|m| (0, m)).chain(b.into_iter().map(|m| (1, m))).collect());
    assert_eq!(windows[0].showing, windows[1].showing);
    assert_eq!(windows[0].showing, at(5), "the same sequence number: the larger window id wins");
}

#[test]
fn two_windows_opening_together_settle_on_one_of_them() {
    let mut windows = [window(7, at(1)), window(8, at(2))];
    let a = windows[0].open();
    let b = windows[1].open();
    settle(&mut windows, a.into_iter().map(|m| (0, m)).chain(b.into_iter().map(|m| (1, m))).collect());
    assert_eq!(windows[0].showing, windows[1].showing);
}

#[test]
fn a_later_change_wins_over_a_larger_window_id() {
    let mut small = window(1, at(0));
    let mut large = window(1000, at(0));
    let early = large.move_to(at(1))[0];
    small.hear(early);
    let later = small.move_to(at(2))[0];
    large.hear(later);
    assert_eq!(large.showing, at(2));
    assert!(matches!(later, PresentationMessage::At(_, Stamp { seq: 2, window: 1 })));
}

/// One thing that can happen to three presentation windows.
#[derive(Clone, Debug)]
enum Event {
    Move { window: usize, to: usize },
    Reopen { window: usize, at: usize },
    Deliver { pick: usize, duplicate: bool },
}

fn event() -> impl Strategy<Value = Event> {
    prop_oneof![
        (0..3usize, 0..6usize).prop_map(|(window, to)| Event::Move { window, to }),
        (0..3usize, 0..6usize).prop_map(|(window, at)| Event::Reopen { window, at }),
        (0..64usize, any::<bool>()).prop_map(|(pick, duplicate)| Event::Deliver { pick, duplicate }),
    ]
}

proptest! {
    #[test]
    fn any_order_of_changes_and_deliveries_ends_with_every_window_at_the_same_step(events in proptest::collection::vec(event(), 0..40)) {
        let mut windows: Vec<Window> = (0..3).map(|i| window(i as u32 + 10, at(0))).collect();
        let mut in_flight: Vec<(usize, PresentationMessage)> = Vec::new();
        for (i, window) in windows.iter_mut().enumerate() {
            in_flight.extend(window.open().into_iter().map(|m| (i, m)));
        }
        let mut next_id = 100;
        for event in events {
            match event {
                Event::Move { window: w, to } => {
                    let sent = windows[w].move_to(at(to));
                    in_flight.extend(sent.into_iter().map(|m| (w, m)));
                }
                Event::Reopen { window: w, at: stage } => {
                    // Reloaded: a new machine and id, at whatever step its address said.
                    next_id += 1;
                    windows[w] = window(next_id, at(stage));
                    in_flight.retain(|(from, _)| *from != w);
                    let hello = windows[w].open();
                    in_flight.extend(hello.into_iter().map(|m| (w, m)));
                }
                Event::Deliver { pick, duplicate } if !in_flight.is_empty() => {
                    // Out of order: any message in flight, perhaps twice.
                    let (from, message) = in_flight[pick % in_flight.len()];
                    if !duplicate {
                        in_flight.remove(pick % in_flight.len());
                    }
                    for i in (0..3).filter(|i| *i != from) {
                        let answer = windows[i].hear(message);
                        in_flight.extend(answer.into_iter().map(|m| (i, m)));
                    }
                }
                Event::Deliver { .. } => {}
            }
        }
        settle(&mut windows, in_flight);
        prop_assert_eq!(windows[0].showing, windows[1].showing);
        prop_assert_eq!(windows[1].showing, windows[2].showing);
    }
}
