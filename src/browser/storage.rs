//! This device's storage, best effort. Private modes, sandboxed frames and full disks make
//! storage throw or vanish; every call here turns that into `Err(Unavailable)`, so the app
//! carries on for the session and can say that nothing will be kept.

use web_sys::Storage;

use crate::content::outline::Outline;
use super::location;
use crate::contract::storage::{CLOCK_START, CONTENT_NOTE_SEEN, NOTES_SIZE, PAIR, PREFIX};
use crate::model::console::NotesSize;
use crate::model::stored::{self, Notes, Remembered, Write};

/// Storage could not be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unavailable;

fn local() -> Result<Storage, Unavailable> {
    gloo::utils::window().local_storage().ok().flatten().ok_or(Unavailable)
}

/// The key for a name: the prefix, this copy's folder, the name.
fn key(name: &str) -> String {
    format!("{PREFIX}{}{name}", location::folder())
}

impl stored::KeyValue for Storage {
    fn get(&self, key: &str) -> Option<String> {
        self.get_item(key).ok().flatten()
    }
    fn set(&self, key: &str, value: &str) {
        let _ = self.set_item(key, value);
    }
    fn remove(&self, key: &str) {
        let _ = self.remove_item(key);
    }
}

/// This window's own storage, kept across a reload but not shared with other windows.
fn session() -> Option<Storage> {
    gloo::utils::window().session_storage().ok().flatten()
}

/// When the speaker view's clock started in this window, if it kept it over a reload.
pub fn clock_start() -> Option<u64> {
    session()?.get_item(&key(CLOCK_START)).ok().flatten()?.parse().ok()
}

/// The size of the speaker view's notes this device keeps.
pub fn notes_size() -> NotesSize {
    read(NOTES_SIZE).ok().flatten().as_deref().and_then(NotesSize::parse).unwrap_or_default()
}

/// Keeps a value in this window's session storage.
pub fn store_for_session(key: &str, value: &str) {
    if let Some(session) = session() {
        let _ = session.set_item(&self::key(key), value);
    }
}

fn read(key: &str) -> Result<Option<String>, Unavailable> {
    Ok(stored::read_scoped(&local()?, &location::folder(), key))
}

/// Makes one change to what this device keeps.
pub fn apply(write: &Write) -> Result<(), Unavailable> {
    let storage = local()?;
    match write {
        Write::Set(name, text) => storage.set_item(&key(name), text),
        Write::Remove(name) => storage.remove_item(&key(name)),
    }
    .map_err(|_| Unavailable)
}

/// What this device remembers, the reader's notes, and whether its storage can be used at
/// all. (Storage that reads but refuses to write, full or in a private mode, is found out by
/// the first write, which reports it as refused.)
pub fn load_remembered(outline: &Outline) -> (Remembered, Notes, bool) {
    let works = read(CONTENT_NOTE_SEEN).is_ok();
    let (remembered, notes) = stored::read(outline, |key| read(key).ok().flatten());
    (remembered, notes, works)
}

/// The name in a storage event's key, if the key is this copy's.
pub fn own_key(changed: &str) -> Option<String> {
    changed.strip_prefix(&key("")).map(String::from)
}

/// The token that pairs this device's presentation windows, if it keeps one.
pub fn kept_pair() -> Option<String> {
    read(PAIR).ok().flatten()
}

/// The content editor's drafts, one for each file it edits (only the editor's bundles have them).
#[cfg(any(not(target_arch = "wasm32"), feature = "editor"))]
pub mod drafts {
    use super::{apply, read, Unavailable, Write};
    use crate::contract::storage::{EDITOR_DRAFT, EDITOR_DRAFT_BASE, EDITOR_DRAFT_TIME};
    use crate::model::editor::{EditedFile, Kept};

    /// The keys of the draft of a file, of the published version it started from, and of the
    /// time it was last kept: the content file's, or a local edition's (`….<id>`).
    fn draft_keys(file: &EditedFile) -> [String; 3] {
        let keys = [EDITOR_DRAFT, EDITOR_DRAFT_BASE, EDITOR_DRAFT_TIME];
        match file {
            EditedFile::Content => keys.map(String::from),
            EditedFile::Edition(id) => keys.map(|key| format!("{key}.{id}")),
        }
    }

    /// The draft of a file this device kept, with the published version it started from.
    pub fn kept_draft(file: &EditedFile) -> Result<Option<Kept>, Unavailable> {
        let [draft, base, at] = draft_keys(file);
        Ok(read(&draft)?.map(|text| Kept { text, base: read(&base).ok().flatten(), at: read(&at).ok().flatten() }))
    }

    /// Keeps the draft of a file on this device, at this time of day.
    pub fn keep_draft(file: &EditedFile, text: &str, published: &str, now: &str) -> Result<(), Unavailable> {
        let [draft, base, at] = draft_keys(file);
        apply(&Write::Set(draft, text.into()))?;
        apply(&Write::Set(base, published.into()))?;
        apply(&Write::Set(at, now.into()))
    }

    /// Forgets the draft of a file.
    pub fn forget_draft(file: &EditedFile) -> Result<(), Unavailable> {
        draft_keys(file).into_iter().try_for_each(|key| apply(&Write::Remove(key)))
    }
}
