//! What the app keeps on this device, written as plain text under a few keys, and read back
//! defensively: anything missing, unknown or corrupt is dropped, never trusted, and never stops
//! the app.
//!
//! | key | text |
//! | --- | --- |
//! | `content-note-seen` | `1` (`storage::YES`) once the note has been put away |
//! | `visited` | the ids of explored stages, separated by spaces |
//! | `lens` | `parents` or `children` (nothing for both) |
//! | `nation` | `england`, `wales`, `scotland` or `northern-ireland` (nothing for all of the UK) |
//! | `note.<stage-id>` | the reader's note on that stage, as typed |
//!
//! Each key is written after the prefix and the explorer's folder (`contract::storage`).

use crate::content::outline::Outline;
use crate::content::{fill, Audience, Nation};
use crate::contract::storage::{CONTENT_NOTE_SEEN, LENS, NATION, NOTE, PREFIX, VISITED, YES};

/// The most characters kept from a stored note: far more than anyone types, far less than a
/// corrupt or hostile value could hold.
pub const MAX_NOTE_CHARS: usize = 20_000;

/// What the app keeps on this device between visits about the reader's way through: their
/// notes are kept apart ([`Notes`]), saved after a pause in typing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Remembered {
    /// The first-visit content note has been read and put away.
    pub content_note_seen: bool,
    /// The ids of the stages the reader has opened, in the order of the cycle.
    pub visited: Vec<String>,
    /// The lens last chosen, used when the address does not give one.
    pub lens: Audience,
    /// The reader's nation, which Get support follows; `None` for all of the UK.
    pub nation: Option<Nation>,
}

/// The reader's notes, as (stage id, text) in cycle order, never an empty text. (A list, not
/// a map: there are a handful, and a map's code would weigh more in the bundle than it saves.)
pub type Notes = Vec<(String, String)>;

/// The note on a stage, if any.
pub fn note_for<'n>(notes: &'n Notes, stage_id: &str) -> Option<&'n str> {
    notes.iter().find(|(id, _)| id == stage_id).map(|(_, text)| text.as_str())
}

/// The notes with one stage's note replaced (removed if blank), kept in cycle order and to
/// this cycle's stages.
pub fn with_note(outline: &Outline, notes: &Notes, stage_id: &str, text: &str) -> Notes {
    outline
        .stages_in_order()
        .filter_map(|(_, stage)| {
            let text = if stage.id == stage_id { Some(text) } else { note_for(notes, &stage.id) };
            text.filter(|t| !t.trim().is_empty()).map(|t| (stage.id.to_string(), t.to_string()))
        })
        .collect()
}

/// The key a stage's note is stored under.
pub fn note_key(stage_id: &str) -> String {
    format!("{NOTE}{stage_id}")
}

/// The stage a stored key is the note of, if it is one.
pub fn note_stage(key: &str) -> Option<&str> {
    key.strip_prefix(NOTE)
}

/// Only ids of this cycle's stages, once each, in cycle order, whatever was stored.
pub fn read_visited(outline: &Outline, stored: &str) -> Vec<String> {
    outline
        .stages_in_order()
        .filter(|(_, s)| stored.split_whitespace().any(|id| id == s.id))
        .map(|(_, s)| s.id.to_string())
        .collect()
}

/// A stored note, cut to a sane length; `None` if blank.
pub fn read_note(stored: &str) -> Option<String> {
    let text: String = stored.chars().take(MAX_NOTE_CHARS).collect();
    (!text.trim().is_empty()).then_some(text)
}

/// Reads what was stored, and the notes, given a way to look up a key's text.
pub fn read(outline: &Outline, lookup: impl Fn(&str) -> Option<String>) -> (Remembered, Notes) {
    let notes: Notes = outline
        .stages_in_order()
        .filter_map(|(_, stage)| Some((stage.id.to_string(), read_note(&lookup(&note_key(&stage.id))?)?)))
        .collect();
    let remembered = Remembered {
        content_note_seen: lookup(CONTENT_NOTE_SEEN).as_deref() == Some(YES),
        visited: read_visited(outline, &lookup(VISITED).unwrap_or_default()),
        lens: lookup(LENS).as_deref().and_then(Audience::parse).unwrap_or_default(),
        nation: lookup(NATION).as_deref().and_then(Nation::parse),
    };
    (remembered, notes)
}

/// A change to storage: write a key's text, or remove the key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Write {
    Set(String, String),
    Remove(String),
}

impl Write {
    /// The write that stores `value` under `key` (`None` removes it).
    pub fn of(key: &str, value: Option<String>) -> Write {
        match value {
            Some(text) => Write::Set(key.to_string(), text),
            None => Write::Remove(key.to_string()),
        }
    }

    pub fn key(&self) -> &str {
        match self {
            Write::Set(key, _) | Write::Remove(key) => key,
        }
    }
}

/// The writes that take storage from `before` to `after`, for everything but the notes (which
/// are saved after a pause in typing): only what changed.
pub fn changes(before: &Remembered, after: &Remembered) -> Vec<Write> {
    let entries = |r: &Remembered| {
        [
            (CONTENT_NOTE_SEEN, r.content_note_seen.then(|| YES.to_string())),
            (VISITED, (!r.visited.is_empty()).then(|| r.visited.join(" "))),
            (LENS, (r.lens != Audience::Both).then(|| r.lens.name().to_string())),
            (NATION, r.nation.map(|n| n.name().to_string())),
        ]
    };
    entries(before).into_iter().zip(entries(after)).filter(|(old, new)| old != new).map(|(_, (key, value))| Write::of(key, value)).collect()
}

/// The reader's notes as a Markdown document, each under its stage's title, in cycle order.
pub fn notes_document(outline: &Outline, notes: &Notes) -> String {
    let labels = &outline.labels;
    let mut text = format!("# {}\n\n", fill(&labels.notes_file_heading, &[("title", &outline.title)]));
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

/// This device's storage, as the app reads and writes it (at the edge, the browser's; in tests,
/// a list). Any failure reads as nothing kept.
pub trait KeyValue {
    fn get(&self, key: &str) -> Option<String>;
    fn set(&self, key: &str, value: &str);
    fn remove(&self, key: &str);
}

/// What is kept under `name` for the copy of the explorer in the folder `scope`. Kept before
/// folders counted (under the prefix and the name alone), it moves to this copy's key as it is
/// read: the first copy to read it takes it, and another folder's copy never sees it.
pub fn read_scoped(store: &impl KeyValue, scope: &str, name: &str) -> Option<String> {
    let key = format!("{PREFIX}{scope}{name}");
    store.get(&key).or_else(|| {
        let old = format!("{PREFIX}{name}");
        let value = store.get(&old)?;
        store.set(&key, &value);
        store.remove(&old);
        Some(value)
    })
}
