//! Exploring at one's own pace, without a browser: progress, the lens, the nation, notes (saved
//! after a pause, refused by a full device, changed in another window), and what is kept on the
//! device.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::collections::BTreeMap;

use adversity_cycle::content::{Audience, Nation};
use adversity_cycle::contract::{Control, Mark, Notice};
use adversity_cycle::model::effect::Effect;
use adversity_cycle::model::page::PageView;
use adversity_cycle::model::route::View;
use adversity_cycle::model::action::Action;
use adversity_cycle::model::notes::NOTES_FILE;
use adversity_cycle::model::stored::{self, changes, note_key, notes_document, Remembered, Write};
use support::*;

fn typed(stage: &str, text: &str) -> Action {
    Action::NoteTyped { stage: stage.into(), text: text.into() }
}

#[test]
fn opening_a_stage_counts_it_as_explored_once_in_cycle_order_and_start_again_forgets() {
    let mut state = started("", "#third-stage", returning());
    apply(&mut state, [Action::Link("#first-stage".into()), Action::Link("#third-stage".into())]);
    assert_eq!(state.reading.remembered.visited, ["first-stage", "third-stage"]);
    let effects = state.update(Action::Control(Control::StartAgain, String::new()));
    assert!(state.reading.remembered.visited.is_empty());
    assert_eq!(state.route.view, View::Introduction);
    assert!(effects.contains(&Effect::Store(Write::Remove("visited".into()))));
}

#[test]
fn presenting_does_not_count_as_exploring() {
    let state = started("?mode=present", "#second-stage", returning());
    assert!(state.reading.remembered.visited.is_empty());
}

#[test]
fn the_address_lens_comes_first_then_the_remembered_one() {
    let remembered = Remembered { lens: Audience::Children, ..returning() };
    assert_eq!(started("", "", remembered.clone()).route.lens, Audience::Children);
    assert_eq!(started("?lens=parents", "", remembered).route.lens, Audience::Parents);
    let mut chosen = started("", "", returning());
    let effects = chosen.update(Action::Control(Control::Lens, "parents".into()));
    assert_eq!((chosen.route.lens, chosen.reading.remembered.lens), (Audience::Parents, Audience::Parents));
    assert!(effects.contains(&Effect::Store(Write::Set("lens".into(), "parents".into()))));
    assert!(effects.contains(&Effect::WriteAddress { url: "?lens=parents".into(), new_entry: false }));
}

#[test]
fn the_nation_filters_get_support_and_is_remembered() {
    let mut state = started("", "#get-support", returning());
    let effects = state.update(Action::Control(Control::Nation, "wales".into()));
    assert_eq!(state.reading.remembered.nation, Some(Nation::Wales));
    assert!(effects.contains(&Effect::Store(Write::Set("nation".into(), "wales".into()))));
    let view = PageView::of(&state);
    assert!(view.marks.contains(&(Mark::Nation, Some("wales"))));
    assert!(view.chosen.contains(&(Control::Nation, "wales")));
    state.update(Action::Control(Control::Nation, "all".into()));
    assert_eq!(state.reading.remembered.nation, None);
    assert!(PageView::of(&state).marks.contains(&(Mark::Nation, None)));
}

#[test]
fn a_note_is_kept_in_the_state_and_saved_after_a_pause_in_typing() {
    let mut state = started("", "#second-stage", returning());
    let effects = state.update(typed("second-stage", "Ask about sleep."));
    assert_eq!(effects, [Effect::SaveNotesSoon], "nothing is written on every keystroke");
    state.update(typed("third-stage", "Later stage."));
    let effects = state.update(Action::SaveNotes);
    assert_eq!(
        effects,
        [Effect::Store(Write::Set(note_key("second-stage"), "Ask about sleep.".into())), Effect::Store(Write::Set(note_key("third-stage"), "Later stage.".into()))]
    );
    let ids: Vec<&str> = state.notes.notes.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids, ["second-stage", "third-stage"], "kept in cycle order");
    state.update(typed("second-stage", "  \n"));
    assert_eq!(state.update(Action::PageHidden), [Effect::Store(Write::Remove(note_key("second-stage")))], "a closing page saves at once");
    assert!(state.update(typed("no-such-stage", "Dropped.")).is_empty());
}

#[test]
fn download_and_delete_use_the_notes_in_the_state_and_delete_asks_first() {
    let mut state = started("", "", returning());
    apply(&mut state, [typed("first-stage", "One."), Action::SaveNotes]);
    let effects = state.update(Action::Control(Control::DownloadNotes, String::new()));
    assert!(matches!(&effects[..], [Effect::Download { file_name, text }] if *file_name == NOTES_FILE && text.contains("## The first stage\n\nOne.")));
    let effects = state.update(Action::Control(Control::DeleteNotes, String::new()));
    assert!(matches!(&effects[..], [Effect::Confirm { then, .. }] if **then == Action::DeleteNotes));
    assert_eq!(state.notes.notes.len(), 1, "nothing is deleted until the reader agrees");
    let effects = state.update(Action::DeleteNotes);
    assert!(state.notes.notes.is_empty());
    assert!(effects.contains(&Effect::FillNote { stage: "first-stage".into(), text: String::new() }));
    assert!(effects.contains(&Effect::Store(Write::Remove(note_key("first-stage")))));
}

#[test]
fn a_note_the_device_refuses_to_keep_is_flagged_beside_its_box_until_a_save_works() {
    let mut state = started("", "#second-stage", returning());
    apply(&mut state, [typed("second-stage", "A long note."), Action::SaveNotes]);
    state.update(Action::StoreFailed(note_key("second-stage")));
    assert!(state.storage_works, "the rest of storage still works");
    assert!(PageView::of(&state).notices.contains(&(Notice::NoteNotKept, Some("second-stage".into()))));
    apply(&mut state, [typed("second-stage", "Shorter."), Action::SaveNotes]);
    assert!(!PageView::of(&state).notices.iter().any(|(n, _)| *n == Notice::NoteNotKept));
    state.update(Action::StoreFailed("visited".into()));
    assert!(!state.storage_works);
}

#[test]
fn a_note_changed_in_another_window_is_taken_up_when_nothing_is_being_typed_here() {
    let mut state = started("", "#second-stage", returning());
    let effects = state.update(Action::StorageChanged { key: note_key("second-stage"), value: Some("From the other window.".into()) });
    assert_eq!(effects, [Effect::FillNote { stage: "second-stage".into(), text: "From the other window.".into() }]);
    assert_eq!(stored::note_for(&state.notes.notes, "second-stage"), Some("From the other window."));
}

#[test]
fn a_note_changed_elsewhere_while_typed_here_keeps_both_versions_and_says_so() {
    let mut state = started("", "#second-stage", returning());
    state.update(typed("second-stage", "Typed here."));
    let effects = state.update(Action::StorageChanged { key: note_key("second-stage"), value: Some("Typed there.".into()) });
    let both = "Typed here.\n\nFrom another window:\nTyped there.";
    assert_eq!(effects, [Effect::FillNote { stage: "second-stage".into(), text: both.into() }]);
    assert!(PageView::of(&state).notices.contains(&(Notice::NoteChanged, Some("second-stage".into()))));
    // Both are saved here, so the other window can take them up in turn.
    assert_eq!(state.update(Action::SaveNotes), [Effect::Store(Write::Set(note_key("second-stage"), both.into()))]);
}

#[test]
fn progress_and_the_first_visit_note_follow_another_window_without_writing_back() {
    let mut state = started("", "", Default::default());
    assert!(state.update(Action::StorageChanged { key: "visited".into(), value: Some("third-stage first-stage".into()) }).is_empty());
    assert_eq!(state.reading.remembered.visited, ["first-stage", "third-stage"]);
    state.update(Action::StorageChanged { key: "content-note-seen".into(), value: Some("1".into()) });
    assert!(!state.context().content_note_showing());
}

#[test]
fn what_is_stored_reads_back_the_same() {
    let outline = outline_from(&fixture());
    let remembered = Remembered {
        content_note_seen: true,
        visited: vec!["first-stage".into(), "the-hub".into()],
        lens: Audience::Children,
        nation: Some(Nation::NorthernIreland),
    };
    let notes = vec![("second-stage".to_string(), "Line one.\nLine \"two\".".to_string())];
    let mut storage = BTreeMap::new();
    let note_writes = notes.iter().map(|(id, text)| Write::Set(note_key(id), text.clone()));
    for write in changes(&Remembered::default(), &remembered).into_iter().chain(note_writes) {
        match write {
            Write::Set(key, text) => storage.insert(key, text),
            Write::Remove(key) => storage.remove(&key),
        };
    }
    assert_eq!(stored::read(outline, |key| storage.get(key).cloned()), (remembered, notes));
}

#[test]
fn corrupt_or_unknown_stored_values_are_dropped() {
    let outline = outline_from(&fixture());
    let storage = BTreeMap::from([
        ("content-note-seen", "yes".to_string()),
        ("visited", "the-hub {\"json\":1} first-stage the-hub \u{0} no-such-stage".to_string()),
        ("lens", "<script>".to_string()),
        ("nation", "atlantis".to_string()),
        ("note.first-stage", "x".repeat(stored::MAX_NOTE_CHARS + 50)),
        ("note.second-stage", "   ".to_string()),
        ("note.no-such-stage", "Orphan.".to_string()),
    ]);
    let (read, notes) = stored::read(outline, |key| storage.get(key).cloned());
    assert!(!read.content_note_seen);
    assert_eq!(read.visited, ["first-stage", "the-hub"]);
    assert_eq!((read.lens, read.nation), (Audience::Both, None));
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].1.chars().count(), stored::MAX_NOTE_CHARS);
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

/// A device's storage, in a list.
#[derive(Default)]
struct Device(std::cell::RefCell<Vec<(String, String)>>);

impl stored::KeyValue for Device {
    fn get(&self, key: &str) -> Option<String> {
        self.0.borrow().iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
    }
    fn set(&self, key: &str, value: &str) {
        self.remove(key);
        self.0.borrow_mut().push((key.into(), value.into()));
    }
    fn remove(&self, key: &str) {
        self.0.borrow_mut().retain(|(k, _)| k != key);
    }
}

#[test]
fn what_was_kept_before_folders_counted_moves_to_the_first_folder_that_reads_it_and_no_other() {
    use adversity_cycle::contract::storage::{scope, PREFIX};
    use stored::{read_scoped, KeyValue};
    assert_eq!(scope("/a/"), "/a/");
    assert_eq!(scope("/a/index.html"), "/a/");
    assert_eq!(scope("/"), "/");
    let device = Device::default();
    device.set(&format!("{PREFIX}note.survival-mode"), "kept before");
    device.set(&format!("{PREFIX}/b/visited"), "ways-of-coping");
    assert_eq!(read_scoped(&device, "/a/", "note.survival-mode").as_deref(), Some("kept before"));
    assert_eq!(device.get(&format!("{PREFIX}/a/note.survival-mode")).as_deref(), Some("kept before"), "moved to /a/'s key");
    assert_eq!(device.get(&format!("{PREFIX}note.survival-mode")), None, "and no longer under the old one");
    assert_eq!(read_scoped(&device, "/b/", "note.survival-mode"), None, "another folder never sees it");
    // Each folder reads its own; /a/'s new writes are not shadowed by anything old.
    assert_eq!(read_scoped(&device, "/a/", "visited"), None);
    assert_eq!(read_scoped(&device, "/b/", "visited").as_deref(), Some("ways-of-coping"));
    device.set(&format!("{PREFIX}lens"), "parents");
    device.set(&format!("{PREFIX}/a/lens"), "children");
    assert_eq!(read_scoped(&device, "/a/", "lens").as_deref(), Some("children"), "a folder's own value wins");
}
