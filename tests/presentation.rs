//! Presenting, without a browser: the order of steps, the one key table (and the list of keys
//! on screen made from it), and what each command does.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use adversity_cycle::content::{Audience, Nation, StagePlace};
use adversity_cycle::contract::{message, storage, Notice, Slot};
use adversity_cycle::model::effect::Effect;
use adversity_cycle::model::keys::{command_for_key, shown_keys, Command, KEY_TABLE};
use adversity_cycle::model::messages::{Fields, PresentationMessage, Value};
use adversity_cycle::model::stored::Write;
use adversity_cycle::model::page::PageView;
use adversity_cycle::model::steps::{step_from, steps};
use adversity_cycle::model::route::{InfoPanel, Mode, Part, View};
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
    let all = steps(outline, Audience::Both, None);
    // The closing steps: the explorer's address, then the helplines across the UK and in Wales.
    assert_eq!(all.len(), 1 + 4 * 4 + 3);
    assert_eq!(all[0], View::Introduction);
    assert_eq!(all[1], View::Stage(StagePlace::Ring(0), Part::Explanation));
    assert_eq!(all[2], View::Stage(StagePlace::Ring(0), Part::Openers));
    assert_eq!(all[3], View::Stage(StagePlace::Ring(0), Part::ChildOpeners));
    assert_eq!(all[4], View::Stage(StagePlace::Ring(0), Part::Resources));
    assert_eq!(all[13], View::Stage(StagePlace::Hub, Part::Explanation));
    assert_eq!(all[all.len() - 3..], [View::End(0), View::End(1), View::End(2)]);
}

#[test]
fn the_closing_pages_are_the_uk_wide_helplines_and_the_chosen_nations() {
    let outline = outline_from(&fixture());
    let closing = |nation| steps(outline, Audience::Both, nation).into_iter().filter(|v| matches!(v, View::End(_))).collect::<Vec<_>>();
    assert_eq!(closing(Some(Nation::Wales)), [View::End(0), View::End(1), View::End(2)]);
    assert_eq!(closing(Some(Nation::England)), [View::End(0), View::End(1)], "no page of Wales's own lines for England");
}

#[test]
fn a_lens_leaves_out_the_openers_for_the_audience_it_leaves_out() {
    let outline = outline_from(&fixture());
    let for_parents = steps(outline, Audience::Parents, None);
    assert_eq!(for_parents.len(), 1 + 4 * 3 + 3);
    assert!(!for_parents.iter().any(|v| matches!(v, View::Stage(_, Part::ChildOpeners))));
    let for_children = steps(outline, Audience::Children, None);
    assert!(!for_children.iter().any(|v| matches!(v, View::Stage(_, Part::Openers))));
    assert_eq!(step_from(&for_children, View::Stage(StagePlace::Ring(0), Part::Explanation), 1), View::Stage(StagePlace::Ring(0), Part::ChildOpeners));
}

#[test]
fn stepping_stops_at_the_first_and_last_step() {
    let all = steps(outline_from(&fixture()), Audience::Both, None);
    assert_eq!(step_from(&all, View::Introduction, -1), View::Introduction);
    assert_eq!(step_from(&all, View::End(2), 1), View::End(2));
    assert_eq!(step_from(&all, View::Stage(StagePlace::Ring(2), Part::Resources), 1), View::Stage(StagePlace::Hub, Part::Explanation));
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
fn after_a_blank_screen_the_first_next_or_previous_only_brings_the_picture_back() {
    let mut state = presenting("#second-stage");
    for back in ["PageDown", "PageUp", "ArrowRight", " "] {
        key(&mut state, "b");
        assert!(state.presenting.blank);
        key(&mut state, back);
        assert_eq!(state.route.view, View::Stage(StagePlace::Ring(1), Part::Explanation), "{back:?} moved on from a blank screen");
        assert!(!state.presenting.blank, "{back:?} brought the picture back");
    }
    key(&mut state, "PageDown");
    assert_eq!(state.route.view, View::Stage(StagePlace::Ring(1), Part::Openers));
    key(&mut state, "Backspace");
    assert_eq!(state.route.view, View::Stage(StagePlace::Ring(1), Part::Explanation));
}

#[test]
fn question_mark_opens_and_closes_the_keys_and_a_clicker_key_closes_them_and_acts() {
    let mut state = presenting("#second-stage");
    key(&mut state, "?");
    assert!(state.presenting.keys_open);
    key(&mut state, "?");
    assert!(!state.presenting.keys_open, "? again closes the list");
    key(&mut state, "?");
    key(&mut state, "PageDown");
    assert!(!state.presenting.keys_open);
    assert_eq!(state.route.view, View::Stage(StagePlace::Ring(1), Part::Openers), "the clicker's key acted too");
}

#[test]
fn escape_closes_the_key_list_then_brings_back_the_screen_then_toggles_the_overview() {
    let mut state = presenting("#second-stage");
    key(&mut state, "b");
    key(&mut state, "?");
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
fn a_panel_opened_over_a_step_keeps_the_place_and_the_keys_go_back_or_on_from_it() {
    let outline_step = View::Stage(StagePlace::Ring(1), Part::ChildOpeners);
    for (back, expected) in [("Escape", outline_step), ("PageUp", outline_step), ("PageDown", View::Stage(StagePlace::Ring(1), Part::Resources))] {
        let mut state = presenting("#second-stage/children");
        let count = |state: &AppState| PageView::of(state).texts.into_iter().find(|(slot, _)| *slot == Slot::StepCount).unwrap().1;
        let at_step = count(&state);
        state.update(Action::Link("#get-support".into()));
        assert_eq!(state.route.view, View::Info(InfoPanel::GetSupport));
        assert_eq!(count(&state), at_step, "the counter shows the step, not the panel");
        key(&mut state, back);
        assert_eq!(state.route.view, expected, "{back} from the panel");
    }
    // Back, in the browser, returns to the step too.
    let mut state = presenting("#second-stage/children");
    state.update(Action::Link("#responding-to-a-disclosure".into()));
    state.update(Action::AddressChanged { search: "?mode=present".into(), hash: "#second-stage/children".into() });
    key(&mut state, "PageDown");
    assert_eq!(state.route.view, View::Stage(StagePlace::Ring(1), Part::Resources));
}

#[test]
fn p_then_any_other_key_carries_on_presenting() {
    let mut state = presenting("#first-stage");
    key(&mut state, "p");
    key(&mut state, "ArrowRight");
    assert_eq!(state.route.mode, Mode::Present);
    assert_eq!(state.route.view, View::Stage(StagePlace::Ring(0), Part::Openers));
    assert!(!state.presenting.stop_asked);
    key(&mut state, "p");
    assert_eq!(state.route.mode, Mode::Present, "a P after another key asks again");
    let stop = state.update(Action::Control(adversity_cycle::contract::Control::Present, String::new()));
    assert!(stop.contains(&Effect::CloseChannel), "the Stop presenting button is deliberate: it stops at once");
}

#[test]
fn number_keys_go_to_a_stage_and_home_and_end_to_the_ends() {
    let mut state = presenting("");
    key(&mut state, "3");
    assert_eq!(state.route.view, View::Stage(StagePlace::Ring(2), Part::Explanation));
    key(&mut state, "9");
    assert_eq!(state.route.view, View::Stage(StagePlace::Ring(2), Part::Explanation), "no ninth stage: nothing happens");
    key(&mut state, "End");
    assert_eq!(state.route.view, View::End(2));
    key(&mut state, "Home");
    assert_eq!(state.route.view, View::Introduction);
}

#[test]
fn p_asks_then_stops_presenting_and_the_speaker_view_cannot_stop_itself() {
    let mut state = presenting("#first-stage");
    assert!(key(&mut state, "p").is_empty(), "the first P only asks");
    assert_eq!(state.route.mode, Mode::Present);
    assert!(PageView::of(&state).notices.contains(&(Notice::StopAsked, None)));
    let effects = key(&mut state, "P");
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
    // With the presentation's pairing token: the speaker view pairs even where storage is
    // refused.
    assert_eq!(effects, [Effect::OpenWindow { url: "?mode=speaker&pair=t0ken#second-stage/openers".into(), name: SPEAKER_WINDOW }]);
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
    assert_eq!(effects[0], Effect::Store(Write::Set(storage::PAIR.into(), "t0ken".into())), "the token this device's windows share");
    assert_eq!(effects[1], Effect::OpenChannel);
    assert!(matches!(&effects[2], Effect::Broadcast(f) if PresentationMessage::read(f, outline) == Some(PresentationMessage::Hello) && f.is_paired("t0ken")));
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

#[test]
fn the_speaker_views_miniatures_follow_the_room_and_never_lead_it() {
    let mut room = presenting("#second-stage");
    let outline = room.outline;
    let mut now = started("?mode=present&mirror", "", Default::default());
    let mut next = started("?mode=present&mirror=next", "", Default::default());
    let broadcasts = |effects: &[Effect]| effects.iter().filter(|e| matches!(e, Effect::Broadcast(_))).count();
    // A miniature asks where the presentation is as it opens, and answers no one.
    let hello = now.start_effects().into_iter().find_map(|e| if let Effect::Broadcast(f) = e { Some(f) } else { None }).unwrap();
    assert_eq!(PresentationMessage::read(&hello, outline), Some(PresentationMessage::Hello));
    assert_eq!(broadcasts(&now.update(Action::FromOtherWindow(hello.clone()))), 0);
    // The room answers where it is; then moves on.
    let answer = room.update(Action::FromOtherWindow(hello)).into_iter().find_map(|e| if let Effect::Broadcast(f) = e { Some(f) } else { None }).unwrap();
    for mirror in [&mut now, &mut next] {
        assert_eq!(broadcasts(&mirror.update(Action::FromOtherWindow(answer.clone()))), 0);
    }
    assert_eq!(now.route.view, View::Stage(StagePlace::Ring(1), Part::Explanation));
    assert_eq!(next.route.view, View::Stage(StagePlace::Ring(1), Part::Openers), "the next miniature shows the step after");
    // Keys do nothing in a miniature, and a blank room is blank in the now miniature only.
    assert!(key(&mut now, "ArrowRight").is_empty());
    let blank = room.update(Action::Key("b".into())).into_iter().find_map(|e| if let Effect::Broadcast(f) = e { Some(f) } else { None }).unwrap();
    now.update(Action::FromOtherWindow(blank.clone()));
    next.update(Action::FromOtherWindow(blank));
    assert!(now.presenting.blank && !next.presenting.blank);
    // A miniature never adds to the speaker view's history (Back is the speaker view's own).
    room.update(Action::Key("b".into())); // The picture back.
    let moved = room.update(Action::Key("ArrowRight".into())).into_iter().find_map(|e| if let Effect::Broadcast(f) = e { Some(f) } else { None }).unwrap();
    let effects = now.update(Action::FromOtherWindow(moved.clone()));
    assert_eq!(now.route.view, View::Stage(StagePlace::Ring(1), Part::Openers));
    assert!(effects.iter().any(|e| matches!(e, Effect::WriteAddress { new_entry: false, .. })), "{effects:?}");
    // The room moved to the step the next miniature was showing: it moves on from it.
    next.update(Action::FromOtherWindow(moved));
    assert_eq!(next.route.view, View::Stage(StagePlace::Ring(1), Part::ChildOpeners));
}

#[test]
fn a_message_without_the_presentations_token_changes_nothing() {
    let mut state = presenting("#second-stage");
    let mut other = presenting("#third-stage");
    let moved = other.update(Action::Key("ArrowRight".into())).into_iter().find_map(|e| if let Effect::Broadcast(f) = e { Some(f) } else { None }).unwrap();
    // The same message with no token, or another presentation's, from any page of the site.
    let unpaired = Fields(moved.0.iter().filter(|(name, _)| *name != message::PAIR).cloned().collect());
    let other_token = unpaired.clone().with(message::PAIR, Value::Text("other".into()));
    for fields in [unpaired, other_token] {
        assert_eq!(state.update(Action::FromOtherWindow(fields)), []);
        assert_eq!(state.route.view, View::Stage(StagePlace::Ring(1), Part::Explanation));
    }
    state.update(Action::FromOtherWindow(moved));
    assert_eq!(state.route.view, View::Stage(StagePlace::Ring(2), Part::Openers), "the paired message is followed");
}

#[test]
fn a_window_opened_with_a_token_in_its_address_pairs_with_it() {
    let state = started("?mode=speaker&pair=abc123", "", Default::default());
    assert_eq!(state.presenting.pair, "abc123");
    let state = started("?mode=speaker&pair=no%20good", "", Default::default());
    assert_eq!(state.presenting.pair, "t0ken", "a malformed token is ignored");
}
