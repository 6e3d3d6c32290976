//! The parts of the content file, as its sections divide it: which part a place in the text is
//! in (the editor's preview follows the caret with it).

/// A part of the content file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FilePart {
    /// Before the first section: the title and the guidance on talking with children.
    Top,
    Introduction,
    /// A stage of the ring, by its place in the file (0 is the first).
    Stage(usize),
    Hub,
    Resources,
    Sources,
    Support,
    Disclosure,
    ContentNote,
    SelfCare,
    About,
    Labels,
    /// A section the file should not have (the checker names it).
    Other,
}

impl FilePart {
    /// The part the text at `offset` is in, counted in UTF-16 units (as a browser's text box
    /// counts its caret).
    pub fn at(text: &str, offset: usize) -> FilePart {
        let (mut units, mut part, mut stages, mut in_long_text) = (0, FilePart::Top, 0, false);
        for line in text.split_inclusive('\n') {
            if units > offset {
                break;
            }
            units += line.encode_utf16().count();
            // A line inside """long text""" that starts with "[" is text, not a section.
            if let Some(header) = table_header(line).filter(|_| !in_long_text) {
                part = match header {
                    ("stages", true) => {
                        stages += 1;
                        FilePart::Stage(stages - 1)
                    }
                    ("hub", false) => FilePart::Hub,
                    ("introduction", false) => FilePart::Introduction,
                    ("resources", false) | ("resources.items", true) => FilePart::Resources,
                    ("sources", true) => FilePart::Sources,
                    ("support", false) | ("support.services", true) => FilePart::Support,
                    ("disclosure", false) | ("disclosure.sections", true) => FilePart::Disclosure,
                    ("content_note", false) => FilePart::ContentNote,
                    ("self_care", false) => FilePart::SelfCare,
                    ("about", false) => FilePart::About,
                    ("labels", false) => FilePart::Labels,
                    _ => FilePart::Other,
                };
            }
            let quotes = line.matches("\"\"\"").count() + line.matches("'''").count();
            in_long_text ^= quotes % 2 == 1;
        }
        part
    }
}

/// A line that starts a section, `[name]` or `[[name]]`: its name, and whether it is one of a
/// list (`[[…]]`).
pub(crate) fn table_header(line: &str) -> Option<(&str, bool)> {
    let line = line.split('#').next()?.trim();
    let (inner, list) = match line.strip_prefix("[[").and_then(|l| l.strip_suffix("]]")) {
        Some(inner) => (inner, true),
        None => (line.strip_prefix('[')?.strip_suffix(']')?, false),
    };
    let name = inner.trim();
    let plain = !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'));
    plain.then_some((name, list))
}
