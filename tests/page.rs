//! What the page shows for each state, without a browser: the section on show, the marks on
//! `<html>`, the text the app fills in, notices and the list of stages.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use adversity_cycle::content::StagePlace;
use adversity_cycle::contract::{id, Control, Mark, Notice, Slot};
use adversity_cycle::model::page::PageView;
use adversity_cycle::model::console::clock_text;
use adversity_cycle::model::action::Action;
use adversity_cycle::model::effect::Effect;
use adversity_cycle::model::stored::Write;
use support::*;

fn text(view: &PageView, slot: Slot) -> Option<&str> {
    view.texts.iter().find(|(s, _)| *s == slot).map(|(_, t)| t.as_str())
}

#[test]
fn a_stage_shows_its_section_and_the_panel_is_the_tab_panel_of_its_tab() {
    let view = PageView::of(&started("", "#second-stage", returning()));
    assert_eq!(view.section, "second-stage");
    assert_eq!(view.tab_panel_of.as_deref(), Some("tab-second-stage"));
    assert_eq!(view.tabs.selected, Some(StagePlace::Ring(1)));
    assert_eq!(view.tabs.tab_stop, Some(StagePlace::Ring(1)));
    assert_eq!(view.tabs.visited, [false, true, false, false]);
    assert_eq!(text(&view, Slot::Progress), Some("1 of 4 explored"));
}

#[test]
fn the_content_note_is_never_a_tab_panel_and_no_tab_is_selected_behind_it() {
    let view = PageView::of(&started("", "#second-stage", Default::default()));
    assert_eq!(view.section, id::CONTENT_NOTE);
    assert_eq!(view.tab_panel_of, None);
    assert_eq!(view.tabs.selected, None);
    assert_eq!(view.tabs.tab_stop, Some(StagePlace::Ring(0)), "Tab still enters the list, at the first stage");
}

#[test]
fn panels_and_the_introduction_are_not_tab_panels() {
    for (hash, section) in [("", id::INTRODUCTION), ("#get-support", id::GET_SUPPORT), ("#responding-to-a-disclosure", id::DISCLOSURE)] {
        let view = PageView::of(&started("", hash, returning()));
        assert_eq!(view.section, section);
        assert_eq!(view.tab_panel_of, None);
    }
}

#[test]
fn switching_stage_while_exploring_changes_no_mark_on_the_whole_page() {
    let mut state = started("", "#first-stage", returning());
    let before = PageView::of(&state);
    state.update(Action::Link("#third-stage".into()));
    assert_eq!(PageView::of(&state).marks, before.marks, "any change to <html> restyles everything");
}

#[test]
fn presenting_marks_the_page_counts_the_steps_and_ends_on_the_helplines() {
    let mut state = started("?mode=present&theme=contrast", "#second-stage/openers", Default::default());
    let view = PageView::of(&state);
    assert!(view.marks.contains(&(Mark::Mode, Some("present"))));
    assert!(view.marks.contains(&(Mark::Part, Some("openers"))));
    assert!(view.marks.contains(&(Mark::Theme, Some("contrast"))));
    assert_eq!(text(&view, Slot::StepCount), Some("7 of 20"));
    assert!(view.pressed.contains(&(Control::Contrast, true)));
    state.update(Action::Link("#end".into()));
    let view = PageView::of(&state);
    assert_eq!(view.section, id::GET_SUPPORT);
    assert!(view.marks.contains(&(Mark::Part, Some("end"))));
    state.update(Action::Key("End".into()));
    assert!(PageView::of(&state).marks.contains(&(Mark::Part, Some("end-2"))), "the last page of helplines");
}

#[test]
fn the_overview_and_the_blank_screen_while_presenting() {
    let mut state = started("?mode=present", "#first-stage", Default::default());
    state.update(Action::Key("o".into()));
    let view = PageView::of(&state);
    assert!(view.marks.contains(&(Mark::Overview, Some(""))));
    assert_eq!(view.tabs.selected, None, "the whole cycle, nothing picked out");
    state.update(Action::Key("b".into()));
    assert!(PageView::of(&state).notices.contains(&(Notice::BlankScreen, None)));
    assert!(PageView::of(&state).pressed.contains(&(Control::Blank, true)));
}

#[test]
fn the_speaker_view_says_the_step_now_and_next_and_the_time() {
    let mut state = started("?mode=speaker", "#first-stage/resources", Default::default());
    state.update(Action::ClockTick { now: 1_000_000 + 65_000, minutes_of_day: 9 * 60 + 5 });
    let view = PageView::of(&state);
    assert_eq!(text(&view, Slot::SpeakerNow), Some("The first stage: resources"));
    assert_eq!(text(&view, Slot::SpeakerNext), Some("The second stage"));
    assert_eq!(text(&view, Slot::Clock), Some("1:05"));
    assert_eq!(text(&view, Slot::WallClock), Some("09:05"));
    assert_eq!(text(&view, Slot::Pacing), None, "no minutes planned, no pacing");
    assert!(view.speaker_notes_open);
    assert_eq!(clock_text(3_725_000), "1:02:05");
    // The miniatures follow the presentation from the speaker view's lens and theme.
    assert_eq!(text(&view, Slot::MirrorNow), Some("https://example.org/cycle/?mode=present&mirror&pair=t0ken"));
    assert_eq!(text(&view, Slot::MirrorNext), Some("https://example.org/cycle/?mode=present&mirror=next&pair=t0ken"));
}

#[test]
fn the_speaker_view_never_goes_dark_or_empty() {
    let mut state = started("?mode=speaker", "#first-stage", Default::default());
    state.update(Action::Key("b".into()));
    let view = PageView::of(&state);
    assert_eq!(text(&view, Slot::SpeakerNow), Some("a black screen"));
    assert!(!view.notices.contains(&(Notice::BlankScreen, None)) || view.marks.contains(&(Mark::Mode, Some("speaker"))), "the styles keep the console lit");
    state.update(Action::Key("b".into()));
    state.update(Action::Key("o".into()));
    assert_eq!(text(&PageView::of(&state), Slot::SpeakerNow), Some("the whole cycle"));
    state.update(Action::Key("o".into()));
    state.update(Action::Link("#get-support".into()));
    let view = PageView::of(&state);
    assert_eq!(text(&view, Slot::SpeakerNow), Some("Get support"));
    assert_eq!(text(&view, Slot::SpeakerNext), Some("The first stage: openers with parents"), "what comes next is after the step, not the panel");
}

#[test]
fn the_clock_pauses_and_goes_on_without_counting_the_pause() {
    let mut state = started("?mode=speaker", "", Default::default());
    let tick = |state: &mut adversity_cycle::model::state::AppState, seconds: u64| {
        state.update(Action::ClockTick { now: 1_000_000 + seconds * 1000, minutes_of_day: 0 });
    };
    tick(&mut state, 60);
    state.update(Action::Control(Control::PauseClock, String::new()));
    assert!(PageView::of(&state).pressed.contains(&(Control::PauseClock, true)));
    tick(&mut state, 600);
    assert_eq!(text(&PageView::of(&state), Slot::Clock), Some("1:00"), "paused");
    state.update(Action::Control(Control::PauseClock, String::new()));
    tick(&mut state, 630);
    assert_eq!(text(&PageView::of(&state), Slot::Clock), Some("1:30"), "the pause is not counted");
}

#[test]
fn pacing_says_how_far_behind_or_ahead_of_the_minutes_planned() {
    // Two minutes planned for the introduction, and for each step of the first stage: one, two, two, one.
    let content = fixture().replacen("[introduction]\n", "[introduction]\nminutes = 2\n", 1).replacen(
        "id = \"first-stage\"\n",
        "id = \"first-stage\"\nminutes = [1, 2, 2, 1]\n",
        1,
    );
    let outline = outline_from(&content);
    let at = |hash: &str, minutes: u64| {
        let mut state = adversity_cycle::model::state::AppState::new(outline, adversity_cycle::model::action::Start {
            search: "?mode=speaker".into(),
            hash: hash.into(),
            now: 0,
            ..Default::default()
        });
        state.update(Action::ClockTick { now: minutes * 60_000, minutes_of_day: 0 });
        text(&PageView::of(&state), Slot::Pacing).map(String::from)
    };
    assert_eq!(at("", 1).as_deref(), Some("On plan"));
    assert_eq!(at("", 4).as_deref(), Some("2 min behind plan"));
    // The openers with parents start after three planned minutes and end after five.
    assert_eq!(at("#first-stage/openers", 1).as_deref(), Some("2 min ahead of plan"));
    assert_eq!(at("#first-stage/openers", 4).as_deref(), Some("On plan"));
}

#[test]
fn the_notes_size_steps_up_and_down_and_is_kept() {
    let mut state = started("?mode=speaker", "", Default::default());
    let effects = state.update(Action::Control(Control::NotesLarger, String::new()));
    assert!(effects.contains(&Effect::Store(Write::Set("notes-size".into(), "large".into()))));
    assert!(PageView::of(&state).marks.contains(&(Mark::NotesSize, Some("large"))));
    for _ in 0..5 {
        state.update(Action::Control(Control::NotesLarger, String::new()));
    }
    assert!(PageView::of(&state).marks.contains(&(Mark::NotesSize, Some("larger"))), "no larger than the largest");
    let effects = (0..3).map(|_| state.update(Action::Control(Control::NotesSmaller, String::new()))).last().unwrap();
    assert!(effects.contains(&Effect::Store(Write::Set("notes-size".into(), "small".into()))));
    state.update(Action::Control(Control::NotesLarger, String::new()));
    assert!(PageView::of(&state).marks.contains(&(Mark::NotesSize, None)), "the usual size has no mark");
}

#[test]
fn the_share_dialog_shows_the_link_and_embed_code_and_what_became_of_a_copy() {
    let mut state = started("?mode=present&lens=children", "#the-hub", Default::default());
    state.update(Action::Control(Control::Share, String::new()));
    let view = PageView::of(&state);
    assert_eq!(view.dialog, Some(id::SHARE_DIALOG));
    assert_eq!(text(&view, Slot::ShareLink), Some("https://example.org/cycle/?lens=children#the-hub"));
    let embed = text(&view, Slot::ShareEmbed).unwrap();
    // The frame keeps the reader's lens, and has no border (which would make it wider than the
    // column); a line after it links to the explorer on its own, for when it cannot show.
    assert!(embed.contains("src=\"https://example.org/cycle/?embed&lens=children#the-hub\"") && embed.contains("title=\"Test cycle\""), "{embed}");
    assert!(embed.contains("style=\"border:0\"") && embed.contains("loading=\"lazy\"") && embed.contains("allow=\"fullscreen"), "{embed}");
    let fallback = format!("<p data-adversity-cycle-fallback>{} <a href=\"https://example.org/cycle/?lens=children#the-hub\" target=\"_blank\" rel=\"noopener\">Test cycle</a></p>", state.outline.labels.embed_fallback);
    assert!(embed.contains(&fallback), "{embed}");
    assert!(embed.ends_with("<script src=\"https://example.org/cycle/embed.js\" async></script>"), "{embed}");
    state.update(Action::Copied(false));
    assert!(text(&PageView::of(&state), Slot::CopyStatus).unwrap().contains("selected"));
    state.update(Action::DialogClosed);
    assert_eq!(PageView::of(&state).dialog, None);
}

#[test]
fn where_full_screen_is_refused_a_new_tab_is_offered_at_the_same_place() {
    let mut state = started("?embed&lens=parents", "#second-stage", returning());
    state.update(Action::FullscreenRefused);
    let view = PageView::of(&state);
    assert!(view.notices.contains(&(Notice::FullscreenRefused, None)));
    assert_eq!(text(&view, Slot::NewTab), Some("https://example.org/cycle/?lens=parents#second-stage"));
}

#[test]
fn a_new_version_is_announced_outside_a_presentation_only() {
    let mut exploring = started("", "", returning());
    exploring.update(Action::UpdateReady);
    assert!(PageView::of(&exploring).notices.contains(&(Notice::UpdateReady, None)));
    for mode in ["?mode=present", "?mode=speaker"] {
        let mut presenting = started(mode, "", Default::default());
        presenting.update(Action::UpdateReady);
        assert!(!PageView::of(&presenting).notices.iter().any(|(n, _)| *n == Notice::UpdateReady), "{mode}");
    }
}
