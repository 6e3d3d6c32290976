//! The reader's private notes on each stage: typed, saved after a pause, followed across
//! windows without losing a word, downloaded, deleted.

use super::action::Action;
use super::context::{Context, Feature};
use super::effect::Effect;
use super::page::PageView;
use super::stored::{self, note_for, note_key, note_stage, notes_document, with_note, Write};
use crate::contract::{Control, Notice};

/// The file the reader's notes download as.
pub const NOTES_FILE: &str = "adversity-cycle-notes.md";

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Notes {
    /// Every note, as typed.
    pub notes: stored::Notes,
    /// Stages whose note has been typed since it was last saved.
    pub unsaved: Vec<String>,
    /// Stages whose note this device refused to keep.
    pub not_kept: Vec<String>,
    /// Stages whose note was changed in another window while typed here: both are kept.
    pub changed_elsewhere: Vec<String>,
}

impl Notes {
    pub fn new(notes: stored::Notes) -> Notes {
        Notes { notes, ..Notes::default() }
    }

    /// As the app starts: fill the notes boxes.
    pub fn start_effects(&self) -> Vec<Effect> {
        self.notes.iter().map(|(stage, text)| Effect::FillNote { stage: stage.clone(), text: text.clone() }).collect()
    }

    /// Saves the notes typed since the last save. A refusal puts a note back among those not
    /// kept (as [`Action::StoreFailed`]).
    fn save(&mut self, cx: &Context, effects: &mut Vec<Effect>) {
        for stage in std::mem::take(&mut self.unsaved).into_iter().filter(|_| cx.storage_works) {
            let text = note_for(&self.notes, &stage).map(String::from);
            effects.push(Effect::Store(Write::of(&note_key(&stage), text)));
            self.not_kept.retain(|s| *s != stage);
        }
    }

    /// Follows a note changed in another window. Typing here that is not saved yet is never
    /// overwritten: both are kept, and the reader is told.
    fn follow_other_window(&mut self, stage: &str, value: Option<&str>, cx: &Context, effects: &mut Vec<Effect>) {
        let theirs = value.and_then(stored::read_note).unwrap_or_default();
        let mine = note_for(&self.notes, stage).unwrap_or_default().to_string();
        if theirs == mine {
            return;
        }
        let text = if self.unsaved.iter().any(|s| s == stage) && !mine.trim().is_empty() && !theirs.is_empty() {
            add(&mut self.changed_elsewhere, stage);
            format!("{mine}\n\n{}\n{theirs}", cx.outline.labels.notes_from_other_window)
        } else {
            theirs
        };
        self.notes = with_note(cx.outline, &self.notes, stage, &text);
        effects.push(Effect::FillNote { stage: stage.to_string(), text });
    }
}

/// Adds an id to a list, once.
fn add(list: &mut Vec<String>, id: &str) {
    if !list.iter().any(|s| s == id) {
        list.push(id.to_string());
    }
}

impl Feature for Notes {
    fn update(&mut self, action: &Action, cx: &mut Context, effects: &mut Vec<Effect>) {
        match action {
            Action::NoteTyped { stage, text } if cx.outline.find(stage).is_some() => {
                self.notes = with_note(cx.outline, &self.notes, stage, text);
                add(&mut self.unsaved, stage);
                self.changed_elsewhere.retain(|s| s != stage);
                effects.push(Effect::SaveNotesSoon);
            }
            Action::SaveNotes | Action::PageHidden => self.save(cx, effects),
            Action::StorageChanged { key, value } => {
                if let Some(stage) = note_stage(key).filter(|s| cx.outline.find(s).is_some()) {
                    self.follow_other_window(stage, value.as_deref(), cx, effects);
                }
            }
            Action::StoreFailed(key) => {
                if let Some(stage) = note_stage(key) {
                    add(&mut self.not_kept, stage);
                }
            }
            Action::Control(Control::DownloadNotes, _) => {
                effects.push(Effect::Download { file_name: NOTES_FILE, text: notes_document(cx.outline, &self.notes) });
            }
            Action::Control(Control::DeleteNotes, _) => {
                let question = cx.outline.labels.delete_notes_confirm.to_string();
                effects.push(Effect::Confirm { question, then: Box::new(Action::DeleteNotes) });
            }
            Action::DeleteNotes => {
                for (stage, _) in std::mem::take(&mut self.notes) {
                    effects.push(Effect::FillNote { stage: stage.clone(), text: String::new() });
                    if cx.storage_works {
                        effects.push(Effect::Store(Write::Remove(note_key(&stage))));
                    }
                }
                *self = Notes::default();
            }
            _ => {}
        }
    }

    /// The notices beside the notes boxes: a note not kept, a note changed in another window.
    fn show_in(&self, _cx: &Context, view: &mut PageView) {
        view.notices.extend(self.not_kept.iter().map(|s| (Notice::NoteNotKept, Some(s.clone()))));
        view.notices.extend(self.changed_elsewhere.iter().map(|s| (Notice::NoteChanged, Some(s.clone()))));
    }
}
