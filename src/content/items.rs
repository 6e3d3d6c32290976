//! The content file's items, as the editor's outline lists them: each stage, the panels, each
//! helpline, resource and source, and the interface text, each with the line it starts on, so
//! an item can be found by its name and opened. Read from the text as it is (a draft with
//! mistakes included), section by section.

use super::parts::table_header;

/// The groups of the outline, in the order of the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Group {
    Stages,
    Panels,
    Helplines,
    Resources,
    Sources,
    Labels,
}

impl Group {
    pub const ALL: [Group; 6] = [Group::Stages, Group::Panels, Group::Helplines, Group::Resources, Group::Sources, Group::Labels];
}

/// An item of the file: its group, its name as the file gives it, and its first line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileItem {
    pub group: Group,
    pub name: String,
    pub line: usize,
}

/// Every item of the file, in the order of the file.
pub fn file_items(text: &str) -> Vec<FileItem> {
    let mut items: Vec<FileItem> = Vec::new();
    // The key whose text names the item being read, until it is found.
    let mut naming: Option<&str> = None;
    let mut in_long_text = false;
    for (number, line) in text.lines().enumerate() {
        let header = table_header(line).filter(|_| !in_long_text);
        if let Some(header) = header {
            let (group, key) = match header {
                ("stages", true) | ("hub", false) => (Some(Group::Stages), "title"),
                ("introduction", false) => (Some(Group::Panels), "heading"),
                ("support" | "disclosure" | "content_note" | "self_care" | "about", false) => (Some(Group::Panels), "title"),
                ("disclosure.sections", true) => (Some(Group::Panels), "heading"),
                ("support.services", true) => (Some(Group::Helplines), "name"),
                ("resources.items", true) => (Some(Group::Resources), "title"),
                ("sources", true) => (Some(Group::Sources), "id"),
                ("labels", false) => (Some(Group::Labels), ""),
                _ => (None, ""),
            };
            naming = group.map(|group| {
                items.push(FileItem { group, name: String::new(), line: number + 1 });
                key
            });
        } else if let (Some(key), false) = (naming, in_long_text) {
            if let Some(name) = text_of(line, key) {
                if let Some(item) = items.last_mut() {
                    item.name = name.to_string();
                }
                naming = None;
            }
        }
        let quotes = line.matches("\"\"\"").count() + line.matches("'''").count();
        in_long_text ^= quotes % 2 == 1;
    }
    items
}

/// The text of a one-line `key = "text"`, if the line is that.
fn text_of<'t>(line: &'t str, key: &str) -> Option<&'t str> {
    let rest = line.trim().strip_prefix(key)?.trim_start().strip_prefix('=')?.trim();
    rest.strip_prefix('"')?.strip_suffix('"')
}

/// Whether an item's name has the words searched for, in any case (every item, for no words).
pub fn matches(item: &FileItem, search: &str) -> bool {
    let name = item.name.to_lowercase();
    search.split_whitespace().all(|word| name.contains(&word.to_lowercase()))
}
