//! What the app keeps on this device, written as plain text under a few keys, and read back
//! defensively: anything missing, unknown or corrupt is dropped, never trusted, and never stops
//! the app.
//!
//! | key | text |
//! | --- | --- |
//! | `content-note-seen` | `1` once the note has been put away |
//! | `visited` | the ids of explored stages, separated by spaces |
//! | `lens` | `parents`, `children` or `both` |
//! | `note.<stage-id>` | the reader's note on that stage, as typed |

use super::route::Lens;
use super::state::{note_for, Notes, Remembered};
use crate::content::outline::Outline;

pub const CONTENT_NOTE_SEEN: &str = "content-note-seen";
pub const VISITED: &str = "visited";
pub const LENS: &str = "lens";
/// The most characters kept from a stored note: far more than anyone types, far less than a
/// corrupt or hostile value could hold.
pub const MAX_NOTE_CHARS: usize = 20_000;

/// The key a stage's note is stored under.
pub fn note_key(stage_id: &str) -> String {
    format!("note.{stage_id}")
}

/// Every key the app may have written, for this cycle.
pub fn all_keys(outline: &Outline) -> Vec<String> {
    let fixed = [CONTENT_NOTE_SEEN, VISITED, LENS].map(String::from);
    fixed.into_iter().chain(outline.stages_in_order().map(|(_, s)| note_key(&s.id))).collect()
}

/// Reads what was stored, given a way to look up a key's text.
pub fn read(outline: &Outline, lookup: impl Fn(&str) -> Option<String>) -> Remembered {
    // Only ids of this cycle's stages, once each, in cycle order, whatever was stored.
    let stored_visited = lookup(VISITED).unwrap_or_default();
    let visited: Vec<String> = outline
        .stages_in_order()
        .filter(|(_, s)| stored_visited.split_whitespace().any(|id| id == s.id))
        .map(|(_, s)| s.id.to_string())
        .collect();
    let notes: Notes = outline
        .stages_in_order()
        .filter_map(|(_, stage)| {
            let text: String = lookup(&note_key(&stage.id))?.chars().take(MAX_NOTE_CHARS).collect();
            (!text.trim().is_empty()).then(|| (stage.id.to_string(), text))
        })
        .collect();
    Remembered {
        content_note_seen: lookup(CONTENT_NOTE_SEEN).as_deref() == Some("1"),
        visited,
        lens: lookup(LENS).as_deref().and_then(Lens::from_key).unwrap_or_default(),
        notes,
    }
}

/// A change to storage: write a key's text, or remove the key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Write {
    Set(String, String),
    Remove(String),
}

/// The writes that take storage from `before` to `after`: only what changed, so typing a note
/// rewrites that note alone.
pub fn changes(outline: &Outline, before: &Remembered, after: &Remembered) -> Vec<Write> {
    let mut writes = Vec::new();
    let mut flag = |key: &str, old: Option<String>, new: Option<String>| {
        if old != new {
            writes.push(match new {
                Some(text) => Write::Set(key.to_string(), text),
                None => Write::Remove(key.to_string()),
            });
        }
    };
    let seen = |r: &Remembered| r.content_note_seen.then(|| "1".to_string());
    flag(CONTENT_NOTE_SEEN, seen(before), seen(after));
    let visited = |r: &Remembered| (!r.visited.is_empty()).then(|| r.visited.join(" "));
    flag(VISITED, visited(before), visited(after));
    let lens = |r: &Remembered| (r.lens != Lens::Both).then(|| r.lens.key().to_string());
    flag(LENS, lens(before), lens(after));
    for (_, stage) in outline.stages_in_order() {
        let id = stage.id.as_ref();
        flag(&note_key(id), note_for(&before.notes, id).map(String::from), note_for(&after.notes, id).map(String::from));
    }
    writes
}

/// The reader's notes as a Markdown document, each under its stage's title, in cycle order.
pub fn notes_document(outline: &Outline, notes: &Notes) -> String {
    let labels = &outline.labels;
    let mut text = format!("# {}\n\n", crate::content::fill(&labels.notes_file_heading, &[("title", &outline.title)]));
    let written: Vec<_> = outline.stages_in_order().filter_map(|(_, s)| Some((s, note_for(notes, &s.id)?))).collect();
    if written.is_empty() {
        text.push_str(&labels.notes_file_empty);
        text.push('\n');
    }
    for (stage, note) in written {
        text.push_str(&format!("## {}\n\n{}\n\n", stage.title, note.trim_end()));
    }
    text
}
