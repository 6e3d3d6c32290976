//! Exploring at one's own pace, without a browser: progress, the lens, notes, and what is
//! kept on the device.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::collections::BTreeMap;

use adversity_cycle::model::route::{Lens, Route, View};
use adversity_cycle::model::state::{Action, AppState, Remembered};
use adversity_cycle::model::stored::{self, changes, note_key, notes_document, Write};
use support::*;

fn started(search: &str, hash: &str, remembered: Remembered) -> AppState {
    let outline = outline_from(&fixture());
    AppState::new(outline).apply(Action::Start(Route::parse(search, hash, outline), remembered, true))
}

#[test]
fn opening_a_stage_counts_it_as_explored_once_in_cycle_order() {
    let state = started("", "#third-stage", Remembered::default());
    let outline = state.outline;
    let state = state.apply(Action::Show(View::from_hash("#first-stage", outline))).apply(Action::Show(View::from_hash("#third-stage", outline)));
    assert_eq!(state.remembered.visited, ["first-stage", "third-stage"]);
    assert!(state.visited("third-stage") && !state.visited("second-stage"));
    let again = state.apply(Action::StartAgain);
    assert!(again.remembered.visited.is_empty());
    assert_eq!(again.view(), View::Introduction);
}

#[test]
fn presenting_does_not_count_as_exploring() {
    let state = started("?mode=present", "#second-stage", Remembered::default());
    assert!(state.remembered.visited.is_empty());
}

#[test]
fn the_address_lens_comes_first_then_the_remembered_one() {
    let remembered = Remembered { lens: Lens::Children, ..Remembered::default() };
    assert_eq!(started("", "", remembered.clone()).route.lens, Lens::Children);
    assert_eq!(started("?lens=parents", "", remembered).route.lens, Lens::Parents);
    let chosen = started("", "", Remembered::default()).apply(Action::SetLens(Lens::Parents));
    assert_eq!((chosen.route.lens, chosen.remembered.lens), (Lens::Parents, Lens::Parents));
}

#[test]
fn notes_are_kept_per_stage_and_an_empty_note_is_removed() {
    let state = started("", "", Remembered::default())
        .apply(Action::Note("third-stage".into(), "Later stage.".into()))
        .apply(Action::Note("second-stage".into(), "Remember to ask.".into()))
        .apply(Action::Note("no-such-stage".into(), "Dropped.".into()));
    let ids: Vec<&str> = state.remembered.notes.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids, ["second-stage", "third-stage"], "kept in cycle order");
    let state = state.apply(Action::Note("third-stage".into(), String::new()));
    assert_eq!(state.remembered.notes.len(), 1);
    let cleared = state.apply(Action::Note("second-stage".into(), "  \n".into()));
    assert!(cleared.remembered.notes.is_empty());
    let state = state.apply(Action::Note("the-hub".into(), "Hope.".into())).apply(Action::DeleteNotes);
    assert!(state.remembered.notes.is_empty());
}

#[test]
fn what_is_stored_reads_back_the_same() {
    let outline = outline_from(&fixture());
    let remembered = Remembered {
        content_note_seen: true,
        visited: vec!["first-stage".into(), "the-hub".into()],
        lens: Lens::Children,
        notes: vec![("second-stage".into(), "Line one.\nLine \"two\".".into())],
    };
    let mut storage = BTreeMap::new();
    for write in changes(outline, &Remembered::default(), &remembered) {
        match write {
            Write::Set(key, text) => storage.insert(key, text),
            Write::Remove(key) => storage.remove(&key),
        };
    }
    assert_eq!(stored::read(outline, |key| storage.get(key).cloned()), remembered);
}

#[test]
fn typing_a_note_rewrites_only_that_note() {
    let outline = outline_from(&fixture());
    let before = Remembered { visited: vec!["first-stage".into()], ..Remembered::default() };
    let mut after = before.clone();
    after.notes.push(("third-stage".into(), "New.".into()));
    assert_eq!(changes(outline, &before, &after), [Write::Set(note_key("third-stage"), "New.".into())]);
    assert_eq!(changes(outline, &after, &before), [Write::Remove(note_key("third-stage"))]);
    assert!(changes(outline, &after, &after).is_empty());
}

#[test]
fn corrupt_or_unknown_stored_values_are_dropped() {
    let outline = outline_from(&fixture());
    let storage = BTreeMap::from([
        ("content-note-seen", "yes".to_string()),
        ("visited", "the-hub {\"json\":1} first-stage the-hub \u{0} no-such-stage".to_string()),
        ("lens", "<script>".to_string()),
        ("note.first-stage", "x".repeat(stored::MAX_NOTE_CHARS + 50)),
        ("note.second-stage", "   ".to_string()),
        ("note.no-such-stage", "Orphan.".to_string()),
    ]);
    let read = stored::read(outline, |key| storage.get(key).cloned());
    assert!(!read.content_note_seen);
    assert_eq!(read.visited, ["first-stage", "the-hub"]);
    assert_eq!(read.lens, Lens::Both);
    assert_eq!(read.notes.len(), 1);
    assert_eq!(read.notes[0].0, "first-stage");
    assert_eq!(read.notes[0].1.chars().count(), stored::MAX_NOTE_CHARS);
}

#[test]
fn downloaded_notes_put_each_note_under_its_stage_in_cycle_order() {
    let outline = outline_from(&fixture());
    let notes = vec![("first-stage".to_string(), "First note.\n".to_string()), ("the-hub".to_string(), "Hub note.".to_string())];
    let text = notes_document(outline, &notes);
    assert!(text.starts_with("# My notes on Test cycle\n\n"), "{text}");
    let first = text.find("## The first stage\n\nFirst note.\n").expect("first stage note");
    let hub = text.find("## The hub\n\nHub note.\n").expect("hub note");
    assert!(first < hub);
    assert!(!text.contains("The second stage"));
    assert!(notes_document(outline, &Vec::new()).contains("No notes yet."));
}
