//! The editor's form for a helpline: its fields as the file has them, and a change to one
//! written into the file itself with a format-preserving TOML editor (`toml_edit`), so the
//! comments, the order and the layout stay as they were, and a changed field is a change to
//! its own line. Plain Rust, tested natively (a property test feeds it any sequence of edits).

use toml_edit::{Array, DocumentMut, Item, Value};

use crate::content::Nation;

/// A helpline's fields the form shows, in order: (the key in the file, whether it must be
/// there).
pub const HELPLINE_FIELDS: [(&str, bool); 8] =
    [("name", true), ("who", true), ("hours", true), ("phone", false), ("email", false), ("website", false), ("details", false), ("checked_on", true)];

/// The word for a helpline that serves every nation.
const UK_WIDE: &str = "uk";

/// A helpline as the form shows it: its place among the file's helplines, each field's text
/// (empty where the file has none), and the nations it serves (every one, for "uk").
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HelplineForm {
    pub index: usize,
    pub fields: Vec<(&'static str, String)>,
    pub nations: Vec<Nation>,
}

impl HelplineForm {
    /// A field's text.
    pub fn field(&self, key: &str) -> &str {
        self.fields.iter().find(|(k, _)| *k == key).map_or("", |(_, v)| v.as_str())
    }
}

/// A change made in the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HelplineEdit {
    /// A field's new text; an empty optional field is taken out.
    Field(&'static str, String),
    /// The nations it serves.
    Nations(Vec<Nation>),
}

/// The helplines of the file (`[[support.services]]`), if it reads as TOML.
fn helplines(doc: &DocumentMut) -> Option<&toml_edit::ArrayOfTables> {
    doc.get("support")?.get("services")?.as_array_of_tables()
}

/// The form of the file's `index`th helpline, if the file reads as TOML and has it.
pub fn helpline_form(text: &str, index: usize) -> Option<HelplineForm> {
    let doc: DocumentMut = text.parse().ok()?;
    let table = helplines(&doc)?.get(index)?;
    let fields = HELPLINE_FIELDS.iter().map(|(key, _)| (*key, table.get(key).and_then(Item::as_str).unwrap_or("").to_string())).collect();
    let words: Vec<&str> = table.get("nations").and_then(Item::as_array).map_or(Vec::new(), |a| a.iter().filter_map(Value::as_str).collect());
    let nations = Nation::ALL.into_iter().filter(|n| words.iter().any(|w| *w == UK_WIDE || *w == n.name())).collect();
    Some(HelplineForm { index, fields, nations })
}

/// The file with one change to its `index`th helpline; `None` if the file does not read as
/// TOML or has no such helpline (the text view is the way to mend it).
pub fn edit_helpline(text: &str, index: usize, edit: &HelplineEdit) -> Option<String> {
    let mut doc: DocumentMut = text.parse().ok()?;
    let table = doc.get_mut("support")?.get_mut("services")?.as_array_of_tables_mut()?.get_mut(index)?;
    match edit {
        HelplineEdit::Field(key, value) => {
            let required = HELPLINE_FIELDS.iter().any(|(k, required)| k == key && *required);
            if value.trim().is_empty() && !required {
                remove_keeping_comments(table, key);
            } else {
                set_keeping_decor(table, key, Value::from(value.as_str()));
            }
        }
        HelplineEdit::Nations(nations) => {
            let words: Vec<&str> = if Nation::ALL.iter().all(|n| nations.contains(n)) {
                vec![UK_WIDE]
            } else {
                Nation::ALL.iter().filter(|n| nations.contains(n)).map(|n| n.name()).collect()
            };
            set_keeping_decor(table, "nations", Value::Array(words.into_iter().collect::<Array>()));
        }
    }
    Some(doc.to_string())
}

/// Sets a key's value, keeping the key as it was (the comments above it) and what surrounds
/// the old value (its spaces, a comment after it); a new key goes last.
fn set_keeping_decor(table: &mut toml_edit::Table, key: &str, mut value: Value) {
    match table.get_mut(key) {
        Some(item) => {
            if let Some(old) = item.as_value() {
                *value.decor_mut() = old.decor().clone();
            }
            *item = Item::Value(value);
        }
        None => {
            table.insert(key, Item::Value(value));
        }
    }
}

/// Takes a key out, keeping the comment lines above it (they go above the key after it).
fn remove_keeping_comments(table: &mut toml_edit::Table, key: &str) {
    let above = |key: &toml_edit::Key| key.leaf_decor().prefix().and_then(|p| p.as_str()).unwrap_or("").to_string();
    let comments = table.key(key).map(above).filter(|text| text.contains('#'));
    let keys: Vec<String> = table.iter().map(|(k, _)| k.to_string()).collect();
    let next = keys.iter().position(|k| k == key).and_then(|at| keys.get(at + 1)).cloned();
    table.remove(key);
    if let (Some(comments), Some(mut next)) = (comments, next.as_deref().and_then(|next| table.key_mut(next))) {
        let own = next.leaf_decor().prefix().and_then(|p| p.as_str()).unwrap_or("").to_string();
        next.leaf_decor_mut().set_prefix(format!("{comments}{own}"));
    }
}

/// Which of the file's helplines starts at or before `line` (from 1) with no other section
/// between: its place among them.
pub fn helpline_at_line(text: &str, line: usize) -> Option<usize> {
    let mut index = None;
    let mut count = 0;
    for text_line in text.lines().take(line) {
        match crate::content::parts::table_header(text_line) {
            Some(("support.services", true)) => {
                index = Some(count);
                count += 1;
            }
            Some(_) => index = None,
            None => {}
        }
    }
    index
}
