//! The content editor's model (edit.html): a draft of the content file, checked by the same
//! checker as the build, and the preview it gives. Plain Rust, tested natively; the editor's
//! view and the browser edge only carry it out.

use std::rc::Rc;

use crate::content::load::{load, load_edition, unchecked_heading, unchecked_services, ContentErrors};
use crate::content::outline::{Outline, OutlineRef};
use crate::content::{fingerprint, Cycle, CycleRef, Service, CONTENT_FILE};
use crate::content::parts::FilePart;
use crate::content::StagePlace;
use crate::model::route::{InfoPanel, View};

/// One mistake, in the build's words (with its line, not the file's name), and its line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mistake {
    pub line: usize,
    pub text: String,
}

/// A version of the content that has no mistakes, ready to preview.
#[derive(Clone, Debug, PartialEq)]
pub struct Preview {
    pub cycle: CycleRef,
    pub outline: OutlineRef,
}

/// The helplines no person has checked lately: how many, as the build says it, and which.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unchecked {
    pub heading: String,
    pub services: Vec<String>,
}

/// What checking a draft found.
#[derive(Clone, Debug, PartialEq)]
pub enum Checked {
    /// No mistakes: the preview, and the build's warning about helplines not checked lately.
    Good(Preview, Option<Unchecked>),
    /// Every mistake, in line order.
    Mistakes(Vec<Mistake>),
}

/// Checks a draft exactly as the build checks the content file. `today` is for the warning
/// about helplines not checked in the last year.
pub fn check(text: &str, today: (u32, u32, u32)) -> Checked {
    checked(load(CONTENT_FILE, text, today).map(|cycle| {
        let services = cycle.support.services.to_vec();
        (cycle, services)
    }), today)
}

/// Checks a local edition's draft (`id`'s file) exactly as the build checks it, with the main
/// content `main`; its preview is the edition's page.
pub fn check_edition(id: &str, text: &str, main: &Cycle, today: (u32, u32, u32)) -> Checked {
    let read = load_edition(&crate::contract::edition_path(id), id, text, today, main);
    checked(read.map(|edition| (main.with_edition(&edition), edition.contacts.to_vec())), today)
}

/// What checking found: the preview of the content read, with the warning about the helplines
/// in `services` not checked lately; or every mistake.
fn checked(read: Result<(Cycle, Vec<Service>), ContentErrors>, today: (u32, u32, u32)) -> Checked {
    match read {
        Ok((cycle, services)) => {
            let services = unchecked_services(&services, today);
            let warning = (!services.is_empty()).then(|| Unchecked { heading: unchecked_heading(services.len()), services });
            let outline = cycle.outline();
            Checked::Good(Preview { cycle: CycleRef(Rc::new(cycle)), outline: OutlineRef(Rc::new(outline)) }, warning)
        }
        Err(errors) => Checked::Mistakes(errors.errors.iter().map(|e| Mistake { line: e.line, text: e.for_editor() }).collect()),
    }
}

/// What the editor shows: the draft's mistakes and warning, and the last good preview (which
/// stays while there are mistakes, marked as not up to date).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Editing {
    pub mistakes: Vec<Mistake>,
    pub warning: Option<Unchecked>,
    pub preview: Option<Preview>,
    /// The preview is of an earlier version than the text in the box.
    pub stale: bool,
}

impl Editing {
    /// The editor opening on `text`, checked with `check`: if it has mistakes, the preview is
    /// of the published version until the draft is good again.
    pub fn open(published: &str, text: &str, check: impl Fn(&str) -> Checked) -> Editing {
        let mut editing = Editing::default();
        if text != published {
            editing.checked(check(published));
        }
        editing.checked(check(text));
        editing
    }

    /// Takes in the result of checking the latest text.
    pub fn checked(&mut self, checked: Checked) {
        match checked {
            Checked::Good(preview, warning) => {
                *self = Editing { mistakes: Vec::new(), warning, preview: Some(preview), stale: false };
            }
            Checked::Mistakes(mistakes) => {
                self.stale = self.preview.is_some();
                self.mistakes = mistakes;
                self.warning = None;
            }
        }
    }
}

/// What the preview shows: a section of the explorer's panel, with the drawing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PreviewSection {
    #[default]
    Introduction,
    /// The note shown on a first visit.
    ContentNote,
    Stage(StagePlace),
    Panel(InfoPanel),
}

impl PreviewSection {
    /// Where a link in the preview leads (a stage, a panel, or the introduction for anything
    /// else: the end of a presentation, a stage no longer there).
    pub fn of_link(outline: &Outline, hash: &str) -> PreviewSection {
        match View::from_hash(hash, outline) {
            View::Stage(place, _) => PreviewSection::Stage(place),
            View::Info(panel) => PreviewSection::Panel(panel),
            View::Introduction | View::End(_) => PreviewSection::Introduction,
        }
    }

    /// The part of the content file the caret is in (an offset in UTF-16 units, as the browser
    /// counts), if it is a part the explorer shows: a stage, a panel, the introduction or the
    /// first-visit note. `None` for the resources and the labels, which show in many places.
    pub fn at_caret(text: &str, caret: u32) -> Option<PreviewSection> {
        match FilePart::at(text, caret as usize) {
            FilePart::Top | FilePart::Introduction => Some(PreviewSection::Introduction),
            FilePart::ContentNote => Some(PreviewSection::ContentNote),
            FilePart::Stage(i) => Some(PreviewSection::Stage(StagePlace::Ring(i))),
            FilePart::Hub => Some(PreviewSection::Stage(StagePlace::Hub)),
            FilePart::Support => Some(PreviewSection::Panel(InfoPanel::GetSupport)),
            FilePart::Disclosure => Some(PreviewSection::Panel(InfoPanel::Disclosure)),
            FilePart::SelfCare => Some(PreviewSection::Panel(InfoPanel::SelfCare)),
            FilePart::About | FilePart::Sources => Some(PreviewSection::Panel(InfoPanel::About)),
            FilePart::Resources | FilePart::Labels | FilePart::Other => None,
        }
    }

    /// The part of the explorer a local edition's file changes where the caret is: its local
    /// steps are in the disclosure panel, everything else in Get support.
    pub fn at_caret_in_edition(text: &str, caret: u32) -> PreviewSection {
        let before = &text[..byte_offset(text, caret)];
        let heading = before.lines().rev().find(|line| line.trim_start().starts_with('['));
        let panel = if heading.is_some_and(|h| h.trim() == "[[steps]]") { InfoPanel::Disclosure } else { InfoPanel::GetSupport };
        PreviewSection::Panel(panel)
    }
}

/// A file's bytes as the text of a content file: `None` unless it is text (UTF-8, with no
/// bytes that only binary files have), so a picture or a PDF never replaces the draft.
pub fn text_file(bytes: Vec<u8>) -> Option<String> {
    let text = String::from_utf8(bytes).ok()?;
    let binary = text.chars().any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'));
    // A text editor may have put a byte-order mark at the start.
    (!binary).then(|| text.strip_prefix('\u{feff}').map_or(text.clone(), String::from))
}

/// Where a line starts, counted as the browser counts a text box's caret (UTF-16 units).
/// Past the last line, the end of the text.
pub fn line_start(text: &str, line: usize) -> u32 {
    let before: usize = text.split_inclusive('\n').take(line.saturating_sub(1)).map(|l| l.encode_utf16().count()).sum();
    before as u32
}

/// Where line `line` (from 1) starts and ends, its line break left out, in UTF-16 units as the
/// browser counts: what to select to mark it.
pub fn line_span(text: &str, line: usize) -> (u32, u32) {
    let start = line_start(text, line);
    let own = text.split_inclusive('\n').nth(line.saturating_sub(1)).unwrap_or("");
    let own = own.trim_end_matches(['\n', '\r']);
    (start, start + own.encode_utf16().count() as u32)
}

/// The line (from 1) a caret is on, counted as the browser counts (UTF-16 units).
pub fn line_of_caret(text: &str, caret: u32) -> usize {
    text[..byte_offset(text, caret)].matches('\n').count() + 1
}

/// How many lines the text has, for the line numbers beside the box.
pub fn line_count(text: &str) -> usize {
    text.split('\n').count()
}

/// Which published version a draft was started from, so the editor can tell when the site has
/// changed under a draft.
pub fn base_of(published: &str) -> String {
    format!("{:016x}", fingerprint(published.as_bytes()))
}

/// What the editor opens with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opening {
    pub text: String,
    /// The draft was started from an earlier published version than this one.
    pub published_changed: bool,
}

/// Opens the draft this device kept (its text and the published version it started from), or
/// the published version if there is none.
pub fn opening(published: &str, kept: Option<(String, Option<String>)>) -> Opening {
    match kept {
        Some((text, base)) if text != published => {
            Opening { published_changed: base.as_deref() != Some(base_of(published).as_str()), text }
        }
        _ => Opening { text: published.to_string(), published_changed: false },
    }
}

/// What a draft changed from the published version, item by item, named as the file names them:
/// `stages "survival-mode"`, `support.services "Men's Advice Line"`, `labels.next_step`. Items
/// in a list are told apart by their `id` (or `name`); a draft that is not valid TOML is one
/// change, the whole file.
pub fn changed_items(published: &str, draft: &str) -> Vec<String> {
    let mut changes = Vec::new();
    match (published.parse::<toml::Table>(), draft.parse::<toml::Table>()) {
        (Ok(before), Ok(after)) => compare_tables("", &before, &after, &mut changes),
        _ => changes.push(CONTENT_FILE.to_string()),
    }
    changes
}

fn compare_tables(path: &str, before: &toml::Table, after: &toml::Table, changes: &mut Vec<String>) {
    let keys = before.keys().chain(after.keys().filter(|key| !before.contains_key(*key)));
    for key in keys {
        let here = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
        match (before.get(key), after.get(key)) {
            (Some(a), Some(b)) if a == b => {}
            (Some(toml::Value::Table(a)), Some(toml::Value::Table(b))) => compare_tables(&here, a, b, changes),
            (Some(toml::Value::Array(a)), Some(toml::Value::Array(b))) if a.iter().chain(b).all(|v| item_name(v).is_some()) => {
                compare_items(&here, a, b, changes)
            }
            _ => changes.push(here),
        }
    }
}

/// What tells an item of a list apart: its `id`, or its `name`.
fn item_name(value: &toml::Value) -> Option<&str> {
    let table = value.as_table()?;
    table.get("id").or_else(|| table.get("name"))?.as_str()
}

fn compare_items(path: &str, before: &[toml::Value], after: &[toml::Value], changes: &mut Vec<String>) {
    let names = before.iter().chain(after).filter_map(item_name);
    let mut seen: Vec<&str> = Vec::new();
    for name in names {
        if seen.contains(&name) {
            continue;
        }
        seen.push(name);
        let find = |items: &[toml::Value]| items.iter().find(|v| item_name(v) == Some(name)).cloned();
        if find(before) != find(after) {
            changes.push(format!("{path} \"{name}\""));
        }
    }
}

/// The headings of a helpline's lines: in the content file, and a local edition's contact.
const SERVICE_HEADINGS: [&str; 2] = ["[[support.services]]", "[[contacts]]"];

/// The byte offset of a caret given in UTF-16 units, as the browser counts.
fn byte_offset(text: &str, caret: u32) -> usize {
    let mut units = 0;
    for (at, c) in text.char_indices() {
        if units >= caret as usize {
            return at;
        }
        units += c.len_utf16();
    }
    text.len()
}

/// The lines of the helpline the caret is in (from its `[[support.services]]`, or a local
/// contact's `[[contacts]]`, to the next heading), as a byte range, and its name.
fn service_at(text: &str, caret: u32) -> Option<(std::ops::Range<usize>, &str)> {
    let at = byte_offset(text, caret);
    let mut start = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let heading = line.trim_start().starts_with('[');
        if heading && offset > at {
            break;
        }
        if heading {
            start = SERVICE_HEADINGS.contains(&line.trim()).then_some((offset, line.trim().len()));
        }
        offset += line.len();
    }
    let (start, heading) = start?;
    let end = text[start + heading..].find("\n[").map_or(text.len(), |i| start + heading + i + 1);
    let name = text[start..end].lines().find_map(|l| l.trim().strip_prefix("name = \"")?.strip_suffix('"'))?;
    Some((start..end, name))
}

/// The name of the helpline the caret is in, if it is in one.
pub fn service_name_at(text: &str, caret: u32) -> Option<&str> {
    service_at(text, caret).map(|(_, name)| name)
}

/// The text with the helpline the caret is in marked as checked on `today`: its `checked_on`
/// line says the date (one is added after its name if it has none). Only that line changes;
/// its number comes with the text.
pub fn checked_today(text: &str, caret: u32, (year, month, day): (u32, u32, u32)) -> Option<(String, usize)> {
    let (block, _) = service_at(text, caret)?;
    let checked = format!("checked_on = \"{year:04}-{month:02}-{day:02}\"");
    let mut after_name = None;
    let mut offset = block.start;
    for line in text[block].split_inclusive('\n') {
        if line.starts_with("checked_on") {
            let end = offset + line.trim_end_matches(['\n', '\r']).len();
            return Some((format!("{}{checked}{}", &text[..offset], &text[end..]), line_at(text, offset)));
        }
        offset += line.len();
        if line.starts_with("name = ") {
            after_name = Some(offset);
        }
    }
    let at = after_name?;
    Some((format!("{}{checked}\n{}", &text[..at], &text[at..]), line_at(text, at)))
}

/// The number of the line a byte offset is on (from 1).
fn line_at(text: &str, offset: usize) -> usize {
    text[..offset].matches('\n').count() + 1
}

/// The largest file the editor opens: far more than any real content file.
pub const MAX_FILE_BYTES: f64 = 1_000_000.0;
