//! The URL contract, keyboard pattern and state changes, without a browser.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use adversity_cycle::content::StagePlace;
use adversity_cycle::model::keys::tablist_target;
use adversity_cycle::model::route::{InfoPanel, Lens, Mode, Part, Route, View};
use adversity_cycle::model::state::{Action, AppState, Remembered};
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
fn panels_have_their_own_hashes() {
    let outline = outline_from(&fixture());
    for panel in InfoPanel::ALL {
        let view = View::Info(panel);
        assert_eq!(View::from_hash(&view.hash(outline), outline), view);
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
    assert_eq!(View::Introduction.hash(outline), "");
    assert_eq!(View::Stage(StagePlace::Ring(0), Part::Explanation).hash(outline), "#first-stage");
}

#[test]
fn the_query_sets_mode_embedding_and_lens() {
    let outline = outline_from(&fixture());
    let route = Route::parse("?mode=present&lens=children", "#third-stage", outline);
    assert_eq!(route.mode, Mode::Present);
    assert_eq!(route.lens, Lens::Children);
    assert!(!route.embed);
    assert_eq!(route.view, View::Stage(StagePlace::Ring(2), Part::Explanation));
    assert!(Route::parse("?embed", "", outline).embed);
    assert!(Route::parse("?embed=1", "", outline).embed);
    assert!(!Route::parse("?embed=0", "", outline).embed);
    assert_eq!(Route::parse("?lens=everyone&mode=dance", "", outline), Route::default());
}

#[test]
fn writing_the_query_keeps_a_host_pages_own_parameters() {
    let route = Route { mode: Mode::Present, lens: Lens::Parents, embed: true, ..Route::default() };
    assert_eq!(route.query("?utm=x&mode=speaker"), "?utm=x&mode=present&embed&lens=parents");
    assert_eq!(Route::default().query("?mode=present&lens=children"), "");
}

#[test]
fn arrow_right_from_the_last_stage_wraps_to_the_first() {
    let outline = outline_from(&fixture());
    // The hub comes last in the list of stages.
    assert_eq!(tablist_target(outline, StagePlace::Ring(2), "ArrowRight"), Some(StagePlace::Hub));
    assert_eq!(tablist_target(outline, StagePlace::Hub, "ArrowRight"), Some(StagePlace::Ring(0)));
    assert_eq!(tablist_target(outline, StagePlace::Hub, "ArrowDown"), Some(StagePlace::Ring(0)));
}

#[test]
fn arrow_left_from_the_first_stage_wraps_to_the_last() {
    let outline = outline_from(&fixture());
    assert_eq!(tablist_target(outline, StagePlace::Ring(0), "ArrowLeft"), Some(StagePlace::Hub));
    assert_eq!(tablist_target(outline, StagePlace::Ring(1), "ArrowUp"), Some(StagePlace::Ring(0)));
}

#[test]
fn home_and_end_go_to_the_first_and_last_stage() {
    let outline = outline_from(&fixture());
    assert_eq!(tablist_target(outline, StagePlace::Ring(1), "Home"), Some(StagePlace::Ring(0)));
    assert_eq!(tablist_target(outline, StagePlace::Ring(1), "End"), Some(StagePlace::Hub));
    let no_hub = outline_from(&fixture_of(5, false));
    assert_eq!(tablist_target(no_hub, StagePlace::Ring(1), "End"), Some(StagePlace::Ring(4)));
    assert_eq!(tablist_target(no_hub, StagePlace::Ring(4), "ArrowRight"), Some(StagePlace::Ring(0)));
}

#[test]
fn other_keys_do_nothing_in_the_list_of_stages() {
    let outline = outline_from(&fixture());
    for key in ["a", "Enter", " ", "Tab", "PageDown"] {
        assert_eq!(tablist_target(outline, StagePlace::Ring(0), key), None, "{key}");
    }
}

#[test]
fn the_state_starts_as_the_prerendered_page_then_follows_the_url() {
    let outline = outline_from(&fixture());
    let state = AppState::new(outline);
    assert!(!state.live);
    assert_eq!(state.view(), View::Introduction);
    assert_eq!(state.tab_stop(), StagePlace::Ring(0), "Tab enters at the first stage when none is selected");
    let started = state.apply(Action::Start(Route::parse("", "#second-stage", outline), Remembered::default(), true));
    assert!(started.live);
    assert_eq!(started.selected(), Some(StagePlace::Ring(1)));
    assert_eq!(started.tab_stop(), StagePlace::Ring(1), "Tab enters at the selected stage");
    let back = started.apply(Action::FollowUrl(Route::parse("", "", outline)));
    assert_eq!(back.view(), View::Introduction);
}

#[test]
fn showing_a_view_keeps_the_mode_and_lens() {
    let outline = outline_from(&fixture());
    let state = AppState::new(outline).apply(Action::Start(Route::parse("?lens=parents", "", outline), Remembered::default(), true));
    let next = state.apply(Action::Show(View::Info(InfoPanel::GetSupport)));
    assert_eq!(next.route.lens, Lens::Parents);
    assert_eq!(next.view(), View::Info(InfoPanel::GetSupport));
}

#[test]
fn a_first_visit_shows_the_content_note_until_the_reader_goes_on() {
    let outline = outline_from(&fixture());
    let first = AppState::new(outline).apply(Action::Start(Route::parse("", "#second-stage", outline), Remembered::default(), true));
    assert!(first.content_note_showing());
    assert_eq!(first.selected(), Some(StagePlace::Ring(1)), "the asked-for stage waits behind the note");
    let on = first.apply(Action::ContinuePastNote);
    assert!(!on.content_note_showing() && on.remembered.content_note_seen);
    let chose = first.apply(Action::Show(View::Info(InfoPanel::GetSupport)));
    assert!(!chose.content_note_showing(), "choosing anything goes on past the note");
}

#[test]
fn the_content_note_is_not_shown_again_nor_to_an_audience() {
    let outline = outline_from(&fixture());
    let seen = Remembered { content_note_seen: true, ..Remembered::default() };
    assert!(!AppState::new(outline).apply(Action::Start(Route::default(), seen, true)).content_note_showing());
    let presenting = Route::parse("?mode=present", "", outline);
    let state = AppState::new(outline).apply(Action::Start(presenting, Remembered::default(), true));
    assert!(!state.content_note_showing());
    // Moving round a presentation does not count as reading the note.
    assert!(!state.apply(Action::Show(View::Introduction)).remembered.content_note_seen);
    assert!(!AppState::new(outline).content_note_showing(), "never in the prerendered page");
}
