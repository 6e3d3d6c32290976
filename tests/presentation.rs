//! Presenting, without a browser: the order of steps, the one key table (and the list of keys
//! on screen made from it), and what each command does.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use adversity_cycle::content::{Audience, StagePlace};
use adversity_cycle::model::effect::Effect;
use adversity_cycle::model::keys::{command_for_key, shown_keys, Command, KEY_TABLE};
use adversity_cycle::model::messages::PresentationMessage;
use adversity_cycle::model::page::PageView;
use adversity_cycle::model::presenting::{step_from, steps};
use adversity_cycle::model::route::{Mode, Part, View};
use adversity_cycle::model::action::Action;
use adversity_cycle::model::presenting::SPEAKER_WINDOW;
use adversity_cycle::model::state::AppState;
use support::*;

fn presenting(hash: &str) -> AppState {
    started("?mode=present", hash, Default::default())
}

fn key(state: &mut AppState, key: &str) -> Vec<Effect> {
    state.update(Action::Key(key.into()))
}

#[test]
fn a_presentation_walks_the_introduction_each_stage_in_four_parts_the_hub_then_the_end() {
    let outline = outline_from(&fixture());
    let all = steps(outline, Audience::Both);
    assert_eq!(all.len(), 1 + 4 * 4 + 1);
    assert_eq!(all[0], View::Introduction);
    assert_eq!(all[1], View::Stage(StagePlace::Ring(0), Part::Explanation));
    assert_eq!(all[2], View::Stage(StagePlace::Ring(0), Part::Openers));
    assert_eq!(all[3], View::Stage(StagePlace::Ring(0), Part::ChildOpeners));
    assert_eq!(all[4], View::Stage(StagePlace::Ring(0), Part::Resources));
    assert_eq!(all[13], View::Stage(StagePlace::Hub, Part::Explanation));
    assert_eq!(*all.last().unwrap(), View::End);
}

#[test]
fn a_lens_leaves_out_the_openers_for_the_audience_it_leaves_out() {
    let outline = outline_from(&fixture());
    let for_parents = steps(outline, Audience::Parents);
    assert_eq!(for_parents.len(), 1 + 4 * 3 + 1);
    assert!(!for_parents.iter().any(|v| matches!(v, View::Stage(_, Part::ChildOpeners))));
    let for_children = steps(outline, Audience::Children);
    assert!(!for_children.iter().any(|v| matches!(v, View::Stage(_, Part::Openers))));
    assert_eq!(step_from(outline, Audience::Children, View::Stage(StagePlace::Ring(0), Part::Explanation), 1), View::Stage(StagePlace::Ring(0), Part::ChildOpeners));
}

#[test]
fn stepping_stops_at_the_first_and_last_step() {
    let outline = outline_from(&fixture());
    assert_eq!(step_from(outline, Audience::Both, View::Introduction, -1), View::Introduction);
    assert_eq!(step_from(outline, Audience::Both, View::End, 1), View::End);
    assert_eq!(step_from(outline, Audience::Both, View::Stage(StagePlace::Ring(2), Part::Resources), 1), View::Stage(StagePlace::Hub, Part::Explanation));
}

#[test]
fn clicker_and_reveal_js_keys_map_to_commands() {
    for key in ["ArrowRight", "ArrowDown", "PageDown", " ", "Enter", "n", "N"] {
        assert_eq!(command_for_key(key), Some(Command::Next), "{key}");
    }
    for key in ["ArrowLeft", "ArrowUp", "PageUp", "Backspace"] {
        assert_eq!(command_for_key(key), Some(Command::Previous), "{key}");
    }
    assert_eq!(command_for_key("."), Some(Command::Blank));
    assert_eq!(command_for_key("O"), Some(Command::Overview));
    assert_eq!(command_for_key("Escape"), Some(Command::Escape));
    assert_eq!(command_for_key("?"), Some(Command::Keys));
    assert_eq!(command_for_key("7"), Some(Command::Stage(7)));
    for key in ["0", "x", "Tab", "F5", "10", ""] {
        assert_eq!(command_for_key(key), None, "{key}");
    }
}

#[test]
fn every_key_in_the_table_does_something_while_presenting_but_a_stage_the_cycle_lacks() {
    let stages = outline_from(&fixture()).stage_count();
    for (name, command) in KEY_TABLE.iter().flat_map(|row| row.keys) {
        let mut state = presenting("#second-stage/openers");
        let before = PageView::of(&state);
        let effects = key(&mut state, name);
        let acted = !effects.is_empty() || PageView::of(&state) != before;
        let beyond = matches!(command, Command::Stage(n) if *n > stages);
        assert_eq!(acted, !beyond, "{name:?} ({command:?})");
    }
}

#[test]
fn the_list_of_keys_on_screen_shows_every_command_the_keys_have() {
    let shown: Vec<Vec<&str>> = KEY_TABLE.iter().map(shown_keys).collect();
    assert_eq!(shown[0], ["→", "↓", "Page Down", "Space", "Enter", "N"]);
    assert_eq!(shown[3], ["1", "…", "9"]);
    assert!(shown.iter().any(|row| row == &["?"]), "? is listed, not only handled");
    for row in &KEY_TABLE {
        assert!(!shown_keys(row).is_empty(), "{:?} has no keys on screen", row.label);
    }
}

#[test]
fn the_readme_lists_every_key_the_list_on_screen_shows() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let presenting = &readme[readme.find("## Presenting").unwrap()..];
    for row in &KEY_TABLE {
        for key in shown_keys(row).into_iter().filter(|k| *k != "…") {
            assert!(presenting.contains(key), "README's key table does not mention {key}");
        }
    }
}

#[test]
fn next_and_previous_move_one_step_and_bring_back_a_blank_screen() {
    let mut state = presenting("#second-stage");
    key(&mut state, "b");
    assert!(state.presenting.blank);
    key(&mut state, "PageDown");
    assert_eq!(state.route.view, View::Stage(StagePlace::Ring(1), Part::Openers));
    assert!(!state.presenting.blank);
    key(&mut state, "Backspace");
    assert_eq!(state.route.view, View::Stage(StagePlace::Ring(1), Part::Explanation));
}

#[test]
fn escape_closes_the_key_list_then_brings_back_the_screen_then_toggles_the_overview() {
    let mut state = presenting("#second-stage");
    key(&mut state, "?");
    key(&mut state, "b");
    assert!(state.presenting.keys_open && state.presenting.blank);
    key(&mut state, "Escape");
    assert!(!state.presenting.keys_open && state.presenting.blank);
    key(&mut state, "Escape");
    assert!(!state.presenting.blank && !state.presenting.overview);
    key(&mut state, "Escape");
    assert!(state.presenting.overview);
    key(&mut state, "o");
    assert!(!state.presenting.overview);
}

#[test]
fn number_keys_go_to_a_stage_and_home_and_end_to_the_ends() {
    let mut state = presenting("");
    key(&mut state, "3");
    assert_eq!(state.route.view, View::Stage(StagePlace::Ring(2), Part::Explanation));
    key(&mut state, "9");
    assert_eq!(state.route.view, View::Stage(StagePlace::Ring(2), Part::Explanation), "no ninth stage: nothing happens");
    key(&mut state, "End");
    assert_eq!(state.route.view, View::End);
    key(&mut state, "Home");
    assert_eq!(state.route.view, View::Introduction);
}

#[test]
fn p_stops_presenting_and_the_speaker_view_cannot_stop_itself() {
    let mut state = presenting("#first-stage");
    let effects = key(&mut state, "p");
    assert_eq!(state.route.mode, Mode::Explore);
    assert!(effects.contains(&Effect::CloseChannel));
    assert!(effects.contains(&Effect::WriteAddress { url: "#first-stage".into(), new_entry: false }));
    let mut speaker = started("?mode=speaker", "", Default::default());
    assert!(key(&mut speaker, "p").is_empty() && key(&mut speaker, "s").is_empty());
    assert_eq!(speaker.route.mode, Mode::Speaker);
}

#[test]
fn s_opens_the_speaker_view_at_the_current_step_in_its_own_window() {
    let mut state = started("?mode=present&theme=contrast", "#second-stage/openers", Default::default());
    let effects = key(&mut state, "s");
    assert_eq!(effects, [Effect::OpenWindow { url: "?mode=speaker#second-stage/openers".into(), name: SPEAKER_WINDOW }]);
}

#[test]
fn f_asks_for_full_screen_once_wired_and_a_refusal_comes_back_as_an_action() {
    let mut state = presenting("");
    assert_eq!(key(&mut state, "F"), [Effect::ToggleFullscreen]);
    assert_eq!(state.update(Action::Control(adversity_cycle::contract::Control::Fullscreen, String::new())), [Effect::ToggleFullscreen]);
    state.update(Action::FullscreenRefused);
    assert!(state.presenting.fullscreen_refused);
}

#[test]
fn presenting_opens_the_channel_asks_the_others_where_they_are_and_tells_them_each_step() {
    let mut state = presenting("#first-stage");
    let outline = state.outline;
    let effects = state.start_effects();
    assert_eq!(effects[0], Effect::OpenChannel);
    assert!(matches!(&effects[1], Effect::Broadcast(f) if PresentationMessage::read(f, outline) == Some(PresentationMessage::Hello)));
    let effects = key(&mut state, "ArrowRight");
    let sent: Vec<_> = effects.iter().filter_map(|e| if let Effect::Broadcast(f) = e { PresentationMessage::read(f, outline) } else { None }).collect();
    assert!(matches!(sent[..], [PresentationMessage::At(shared, _)] if shared.view == View::Stage(StagePlace::Ring(0), Part::Openers)));
}

#[test]
fn a_step_heard_from_the_other_window_is_followed_and_not_sent_back() {
    let mut state = presenting("");
    let mut other = presenting("#third-stage");
    let message = other.update(Action::Key("ArrowRight".into())).into_iter().find_map(|e| if let Effect::Broadcast(f) = e { Some(f) } else { None }).unwrap();
    let effects = state.update(Action::FromOtherWindow(message));
    assert_eq!(state.route.view, View::Stage(StagePlace::Ring(2), Part::Openers));
    assert!(!effects.iter().any(|e| matches!(e, Effect::Broadcast(_))), "{effects:?}");
    assert!(effects.contains(&Effect::WriteAddress { url: "?mode=present#third-stage/openers".into(), new_entry: true }));
}
