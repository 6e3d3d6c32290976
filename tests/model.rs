//! The URL contract, the keyboard pattern, and what intents do to the state, without a browser.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use adversity_cycle::content::{Audience, StagePlace};
use adversity_cycle::contract::{heading_id, id, tab_id};
use adversity_cycle::model::effect::Effect;
use adversity_cycle::model::keys::tablist_target;
use adversity_cycle::model::page::PageView;
use adversity_cycle::model::route::{InfoPanel, Mode, Part, Route, View};
use adversity_cycle::model::action::Action;
use support::*;

#[test]
fn a_stage_hash_selects_that_stage() {
    let outline = outline_from(&fixture());
    assert_eq!(View::from_hash("#second-stage", outline), View::Stage(StagePlace::Ring(1), Part::Explanation));
    assert_eq!(View::from_hash("#the-hub", outline), View::Stage(StagePlace::Hub, Part::Explanation));
    assert_eq!(View::from_hash("#second-stage/openers", outline), View::Stage(StagePlace::Ring(1), Part::Openers));
}

#[test]
fn an_unknown_or_malformed_hash_shows_the_introduction() {
    let outline = outline_from(&fixture());
    for hash in ["", "#", "#nope", "#Second-Stage", "#second-stage/", "#second-stage/other", "#<script>", "#%20", "##"] {
        assert_eq!(View::from_hash(hash, outline), View::Introduction, "{hash}");
    }
}

#[test]
fn every_view_round_trips_through_its_hash() {
    let outline = outline_from(&fixture());
    for (place, _) in outline.stages_in_order() {
        for part in Part::ALL {
            let view = View::Stage(place, part);
            assert_eq!(View::from_hash(&view.hash(outline), outline), view);
        }
    }
    for panel in InfoPanel::ALL {
        assert_eq!(View::from_hash(&View::Info(panel).hash(outline), outline), View::Info(panel));
    }
    for page in 0..=2 {
        assert_eq!(View::from_hash(&View::End(page).hash(outline), outline), View::End(page));
    }
    assert_eq!(View::End(0).hash(outline), "#end");
    assert_eq!(View::End(2).hash(outline), "#end/2");
    // A closing page the content does not have, or a page written oddly, is the introduction.
    for hash in ["#end/3", "#end/0", "#end/01x", "#end/", "#endless"] {
        assert_eq!(View::from_hash(hash, outline), View::Introduction, "{hash}");
    }
    assert_eq!(View::Introduction.hash(outline), "");
    assert_eq!(View::Info(InfoPanel::Disclosure).hash(outline), "#responding-to-a-disclosure");
}

#[test]
fn the_query_sets_mode_embedding_lens_and_theme() {
    let outline = outline_from(&fixture());
    let route = Route::parse("?mode=present&lens=children&theme=contrast", "#third-stage", outline);
    assert_eq!((route.mode, route.lens, route.embed, route.contrast), (Mode::Present, Audience::Children, false, true));
    assert_eq!(route.view, View::Stage(StagePlace::Ring(2), Part::Explanation));
    assert!(Route::parse("?embed", "", outline).embed);
    assert!(Route::parse("?embed=1", "", outline).embed);
    assert!(!Route::parse("?embed=0", "", outline).embed);
    assert_eq!(Route::parse("?lens=everyone&mode=dance", "", outline), Route::default());
}

#[test]
fn writing_the_query_keeps_a_host_pages_own_parameters() {
    let outline = outline_from(&fixture());
    let mut route = Route::parse("?utm=x&mode=speaker&ref", "", outline);
    route.mode = Mode::Present;
    route.lens = Audience::Parents;
    route.embed = true;
    assert_eq!(route.query(), "?utm=x&ref&mode=present&embed&lens=parents");
    assert_eq!(Route::default().query(), "");
}

#[test]
fn arrow_keys_wrap_round_the_cycle_and_home_and_end_go_to_the_ends() {
    let outline = outline_from(&fixture());
    // The hub comes last in the list of stages.
    assert_eq!(tablist_target(outline, StagePlace::Ring(2), "ArrowRight"), Some(StagePlace::Hub));
    assert_eq!(tablist_target(outline, StagePlace::Hub, "ArrowDown"), Some(StagePlace::Ring(0)));
    assert_eq!(tablist_target(outline, StagePlace::Ring(0), "ArrowLeft"), Some(StagePlace::Hub));
    assert_eq!(tablist_target(outline, StagePlace::Ring(1), "ArrowUp"), Some(StagePlace::Ring(0)));
    assert_eq!(tablist_target(outline, StagePlace::Ring(1), "Home"), Some(StagePlace::Ring(0)));
    assert_eq!(tablist_target(outline, StagePlace::Ring(1), "End"), Some(StagePlace::Hub));
    let no_hub = outline_from(&fixture_of(5, false));
    assert_eq!(tablist_target(no_hub, StagePlace::Ring(4), "ArrowRight"), Some(StagePlace::Ring(0)));
    for key in ["a", "Enter", " ", "Tab", "PageDown"] {
        assert_eq!(tablist_target(outline, StagePlace::Ring(0), key), None, "{key}");
    }
}

#[test]
fn the_app_starts_where_the_address_says() {
    let state = started("?lens=parents", "#second-stage", returning());
    assert_eq!(state.context().selected(), Some(StagePlace::Ring(1)));
    assert_eq!(state.route.lens, Audience::Parents);
    assert_eq!(state.reading.remembered.visited, ["second-stage"]);
}

#[test]
fn clicking_a_stage_link_shows_it_and_adds_a_history_entry() {
    let mut state = started("", "", returning());
    let effects = state.update(Action::Link("#third-stage".into()));
    assert_eq!(state.context().selected(), Some(StagePlace::Ring(2)));
    assert!(effects.contains(&Effect::WriteAddress { url: "#third-stage".into(), new_entry: true }), "{effects:?}");
    assert!(effects.contains(&Effect::Store(adversity_cycle::model::stored::Write::Set("visited".into(), "third-stage".into()))));
}

#[test]
fn a_link_the_explorer_does_not_know_is_left_to_the_browser() {
    let mut state = started("", "#second-stage", returning());
    let before = PageView::of(&state);
    assert!(state.update(Action::Link("#somewhere-else".into())).is_empty());
    assert_eq!(PageView::of(&state), before, "nothing changed, so the click keeps its default");
}

#[test]
fn opening_a_panel_from_a_link_moves_focus_to_its_heading() {
    let mut state = started("?lens=parents", "", returning());
    let effects = state.update(Action::Link("#responding-to-a-disclosure".into()));
    assert_eq!(state.route.view, View::Info(InfoPanel::Disclosure));
    assert_eq!(state.route.lens, Audience::Parents, "the lens stays");
    assert!(effects.contains(&Effect::Reveal { id: heading_id(id::DISCLOSURE), host: None }));
}

#[test]
fn choosing_a_stage_from_a_link_brings_its_heading_into_view_with_focus_even_when_chosen_already() {
    let mut state = started("", "", returning());
    for _ in 0..2 {
        let effects = state.update(Action::Link("#third-stage".into()));
        assert!(effects.contains(&Effect::Reveal { id: heading_id("third-stage"), host: None }), "{effects:?}");
    }
    // While presenting everything is on screen: focus only.
    let mut presenting = started("?mode=present", "", returning());
    assert!(presenting.update(Action::Link("#third-stage".into())).contains(&Effect::Focus(heading_id("third-stage"))));
}

#[test]
fn an_arrow_key_on_a_tab_selects_the_next_stage_and_moves_focus_to_it() {
    let mut state = started("", "#the-hub", returning());
    let effects = state.update(Action::TabKey { stage: "the-hub".into(), key: "ArrowRight".into() });
    assert_eq!(state.context().selected(), Some(StagePlace::Ring(0)));
    assert!(effects.contains(&Effect::Focus(tab_id("first-stage"))));
    let effects = state.update(Action::TabKey { stage: "first-stage".into(), key: "x".into() });
    assert!(effects.is_empty());
}

#[test]
fn following_back_or_forward_writes_nothing_into_the_address() {
    let mut state = started("", "#second-stage", returning());
    let effects = state.update(Action::AddressChanged { search: String::new(), hash: "#first-stage".into() });
    assert_eq!(state.context().selected(), Some(StagePlace::Ring(0)));
    assert!(!effects.iter().any(|e| matches!(e, Effect::WriteAddress { .. })), "{effects:?}");
}

#[test]
fn embedded_the_frame_never_adds_history_entries_of_its_own() {
    let mut state = started("?embed", "", returning());
    let effects = state.update(Action::Link("#first-stage".into()));
    assert!(effects.contains(&Effect::WriteAddress { url: "?embed#first-stage".into(), new_entry: false }), "{effects:?}");
}

#[test]
fn a_first_visit_shows_the_content_note_with_no_stage_selected_until_the_reader_goes_on() {
    let mut state = started("", "#second-stage", Default::default());
    assert!(state.context().content_note_showing());
    assert_eq!(state.context().selected(), None, "no tab is selected while the note covers the panel");
    assert!(state.reading.remembered.visited.is_empty(), "nothing counts as explored before it is shown");
    let effects = state.update(Action::Control(adversity_cycle::contract::Control::Continue, String::new()));
    assert!(!state.context().content_note_showing() && state.reading.remembered.content_note_seen);
    assert_eq!(state.context().selected(), Some(StagePlace::Ring(1)), "the stage asked for is shown");
    assert_eq!(state.reading.remembered.visited, ["second-stage"]);
    assert!(effects.contains(&Effect::Reveal { id: heading_id("second-stage"), host: None }));
}

#[test]
fn choosing_anything_goes_on_past_the_content_note() {
    let mut state = started("", "", Default::default());
    state.update(Action::Link("#get-support".into()));
    assert!(!state.context().content_note_showing());
}

#[test]
fn the_content_note_is_not_shown_again_nor_to_an_audience() {
    assert!(!started("", "", returning()).context().content_note_showing());
    let mut presenting = started("?mode=present", "", Default::default());
    assert!(!presenting.context().content_note_showing());
    presenting.update(Action::Key("ArrowRight".into()));
    assert!(!presenting.reading.remembered.content_note_seen, "moving round a presentation is not reading the note");
}

#[test]
fn outside_a_presentation_only_p_is_a_shortcut_and_embedded_only_f() {
    let mut state = started("", "#first-stage", returning());
    for key in ["o", "b", "ArrowRight", "Escape", "?", "s", "f"] {
        assert!(state.update(Action::Key(key.into())).is_empty() && state.route.mode == Mode::Explore, "{key}");
    }
    state.update(Action::Key("p".into()));
    assert_eq!(state.route.mode, Mode::Present);
    let mut embedded = started("?embed", "", returning());
    assert!(embedded.update(Action::Key("p".into())).is_empty());
    assert_eq!(embedded.update(Action::Key("f".into())), [Effect::ToggleFullscreen]);
}
