//! Presenting, without a browser: the order of steps, what each key does, and the messages
//! that keep the speaker view and the audience window in step.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use adversity_cycle::content::StagePlace;
use adversity_cycle::model::messages::{Fields, PresentationMessage, Value};
use adversity_cycle::model::presentation::{command_for_key, step_from, steps, Command};
use adversity_cycle::model::route::{Mode, Part, Route, View};
use adversity_cycle::model::state::{Action, AppState, Remembered, Shared};
use support::*;

fn presenting(hash: &str) -> AppState {
    let outline = outline_from(&fixture());
    AppState::new(outline).apply(Action::Start(Route::parse("?mode=present", hash, outline), Remembered::default(), true))
}

#[test]
fn a_presentation_walks_the_introduction_each_stage_in_three_parts_the_hub_then_the_end() {
    let outline = outline_from(&fixture());
    let all = steps(outline);
    assert_eq!(all.len(), 1 + 4 * 3 + 1);
    assert_eq!(all[0], View::Introduction);
    assert_eq!(all[1], View::Stage(StagePlace::Ring(0), Part::Explanation));
    assert_eq!(all[2], View::Stage(StagePlace::Ring(0), Part::Openers));
    assert_eq!(all[3], View::Stage(StagePlace::Ring(0), Part::Resources));
    assert_eq!(all[10], View::Stage(StagePlace::Hub, Part::Explanation));
    assert_eq!(*all.last().unwrap(), View::End);
}

#[test]
fn stepping_stops_at_the_first_and_last_step() {
    let outline = outline_from(&fixture());
    assert_eq!(step_from(outline, View::Introduction, -1), View::Introduction);
    assert_eq!(step_from(outline, View::End, 1), View::End);
    assert_eq!(step_from(outline, View::Stage(StagePlace::Ring(2), Part::Resources), 1), View::Stage(StagePlace::Hub, Part::Explanation));
}

#[test]
fn clicker_and_reveal_js_keys_map_to_commands() {
    for key in ["ArrowRight", "ArrowDown", "PageDown", " ", "Enter", "n", "N"] {
        assert_eq!(command_for_key(key), Some(Command::Next), "{key}");
    }
    for key in ["ArrowLeft", "ArrowUp", "PageUp", "Backspace"] {
        assert_eq!(command_for_key(key), Some(Command::Previous), "{key}");
    }
    assert_eq!(command_for_key("b"), Some(Command::Blank));
    assert_eq!(command_for_key("."), Some(Command::Blank));
    assert_eq!(command_for_key("O"), Some(Command::Overview));
    assert_eq!(command_for_key("Escape"), Some(Command::Escape));
    assert_eq!(command_for_key("7"), Some(Command::Stage(7)));
    for key in ["0", "x", "Tab", "F5", "10", ""] {
        assert_eq!(command_for_key(key), None, "{key}");
    }
}

#[test]
fn next_and_previous_move_and_bring_back_a_blank_screen() {
    let state = presenting("#second-stage").apply(Action::Present(Command::Blank));
    assert!(state.screen.blank);
    let next = state.apply(Action::Present(Command::Next));
    assert_eq!(next.view(), View::Stage(StagePlace::Ring(1), Part::Openers));
    assert!(!next.screen.blank);
    assert_eq!(next.apply(Action::Present(Command::Previous)).view(), View::Stage(StagePlace::Ring(1), Part::Explanation));
}

#[test]
fn number_keys_jump_to_a_stage_and_ignore_stages_that_do_not_exist() {
    let state = presenting("");
    assert_eq!(state.apply(Action::Present(Command::Stage(4))).view(), View::Stage(StagePlace::Hub, Part::Explanation));
    assert_eq!(state.apply(Action::Present(Command::Stage(9))).view(), View::Introduction);
}

#[test]
fn escape_closes_the_key_list_then_unblanks_then_toggles_the_overview() {
    let state = presenting("#first-stage").apply(Action::Present(Command::Blank)).apply(Action::Present(Command::Help));
    let once = state.apply(Action::Present(Command::Escape));
    assert!(!once.screen.help && once.screen.blank);
    let twice = once.apply(Action::Present(Command::Escape));
    assert!(!twice.screen.blank && !twice.screen.overview);
    assert!(twice.apply(Action::Present(Command::Escape)).screen.overview);
}

#[test]
fn p_starts_and_stops_presenting_but_not_in_the_speaker_view() {
    let outline = outline_from(&fixture());
    let exploring = AppState::new(outline).apply(Action::Start(Route::default(), Remembered::default(), true));
    let on = exploring.apply(Action::Present(Command::TogglePresenting));
    assert_eq!(on.route.mode, Mode::Present);
    assert_eq!(on.apply(Action::Present(Command::TogglePresenting)).route.mode, Mode::Explore);
    let speaker = AppState::new(outline).apply(Action::Start(Route::parse("?mode=speaker", "", outline), Remembered::default(), true));
    assert_eq!(speaker.apply(Action::Present(Command::TogglePresenting)).route.mode, Mode::Speaker);
}

#[test]
fn a_step_message_round_trips_and_is_followed() {
    let outline = outline_from(&fixture());
    let shared = Shared { view: View::Stage(StagePlace::Hub, Part::Resources), overview: false, blank: true };
    let fields = PresentationMessage::At(shared).fields(outline);
    assert_eq!(PresentationMessage::read(&fields, outline), Some(PresentationMessage::At(shared)));
    let followed = presenting("").apply(Action::Follow(shared));
    assert_eq!(followed.shared(), shared);
    assert_eq!(PresentationMessage::read(&PresentationMessage::Hello.fields(outline), outline), Some(PresentationMessage::Hello));
}

#[test]
fn malformed_or_foreign_presentation_messages_are_ignored() {
    let outline = outline_from(&fixture());
    let good = PresentationMessage::At(Shared { view: View::Introduction, overview: false, blank: false }).fields(outline);
    let with = |name: &'static str, value: Value| {
        let mut fields = good.clone();
        fields.0.retain(|(n, _)| *n != name);
        fields.0.push((name, value));
        fields
    };
    let bad = [
        Fields::default(),
        with("ns", Value::Text("someone-else".into())),
        with("v", Value::Number(2.0)),
        with("v", Value::Text("1".into())),
        with("type", Value::Text("launch".into())),
        with("step", Value::Text("#no-such-stage".into())),
        with("step", Value::Text(format!("#{}", "a".repeat(10_000)))),
        with("step", Value::Number(3.0)),
        with("blank", Value::Text("true".into())),
        with("overview", Value::Other),
    ];
    for fields in bad {
        assert_eq!(PresentationMessage::read(&fields, outline), None, "{fields:?}");
    }
}
