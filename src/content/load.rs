//! Reads and checks the content file. Every mistake is reported together, each naming the
//! file, line, stage (or section) and field, so an editor can fix them all in one pass.
//!
//! The reader walks the parsed TOML by hand rather than through serde's derive, because the
//! derive stops at the first mistake and forgets where each value was written.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::fmt;
use std::ops::Range;

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use super::model::*;
use super::rich_text::{self, LinkTarget};

/// The most words an explanation may have before it stops fitting the panel.
pub const MAX_EXPLANATION_WORDS: usize = 180;
/// The most words a stage label may have, so the drawing stays readable.
pub const MAX_LABEL_WORDS: usize = 4;
/// How many stages the ring can draw.
pub const RING_STAGES: Range<usize> = 3..13;
/// The most characters any text may have; no real field comes close.
const MAX_TEXT_CHARS: usize = 4000;

/// One mistake in the content file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    pub line: usize,
    /// Where in the content: `stage "survival-mode"`, `[support]`, …
    pub place: String,
    pub field: String,
    pub message: String,
}

/// Every mistake found in one content file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentErrors {
    pub file: String,
    pub errors: Vec<ContentError>,
}

impl fmt::Display for ContentErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = self.errors.len();
        writeln!(f, "{} has {count} mistake{}:", self.file, if count == 1 { "" } else { "s" })?;
        for e in &self.errors {
            writeln!(f, "{}:{}: {}, field \"{}\": {}", self.file, e.line, e.place, e.field, e.message)?;
        }
        Ok(())
    }
}

impl std::error::Error for ContentErrors {}

/// Reads the content file's text. `file` is the name used in messages.
pub fn load(file: &str, source: &str) -> Result<Cycle, ContentErrors> {
    let mut check = Checker { source, errors: Vec::new(), in_page_links: Vec::new() };
    let cycle = match DeTable::parse(source) {
        Ok(doc) => {
            let root = Record::new("the file", doc.span(), doc.get_ref());
            Some(read_cycle(&mut check, root))
        }
        Err(e) => {
            let line = e.span().map_or(1, |s| check.line_of(s.start));
            let message = format!("this is not valid TOML: {}", e.message().trim());
            check.errors.push(ContentError { line, place: "the file".into(), field: "-".into(), message });
            None
        }
    };
    if let Some(cycle) = &cycle {
        check.in_page_links_point_somewhere(cycle);
    }
    match cycle {
        Some(cycle) if check.errors.is_empty() => Ok(cycle),
        _ => {
            check.errors.sort_by_key(|e| e.line);
            Err(ContentErrors { file: file.to_string(), errors: check.errors })
        }
    }
}

/// Collects mistakes while the content is read.
struct Checker<'s> {
    source: &'s str,
    errors: Vec<ContentError>,
    /// `#id` links, checked once every id is known: (line, place, field, id).
    in_page_links: Vec<(usize, String, &'static str, String)>,
}

impl Checker<'_> {
    fn line_of(&self, offset: usize) -> usize {
        self.source[..offset.min(self.source.len())].matches('\n').count() + 1
    }

    fn report(&mut self, span: &Range<usize>, place: &str, field: &str, message: impl Into<String>) {
        let line = self.line_of(span.start);
        self.errors.push(ContentError { line, place: place.to_string(), field: field.to_string(), message: message.into() });
    }

    fn in_page_links_point_somewhere(&mut self, cycle: &Cycle) {
        let known: BTreeSet<&str> =
            cycle.stages_in_order().map(|(_, s)| s.id.as_ref()).chain(RESERVED_IDS).collect();
        for (line, place, field, id) in std::mem::take(&mut self.in_page_links) {
            if !known.contains(id.as_str()) {
                let message = format!("the link \"#{id}\" does not match any stage or panel id");
                self.errors.push(ContentError { line, place, field: field.into(), message });
            }
        }
    }
}

/// One table of the file being read. Remembers which keys were read, so anything left over
/// (a typo, say) is reported rather than silently dropped.
struct Record<'t, 'i> {
    place: String,
    span: Range<usize>,
    table: &'t DeTable<'i>,
    read: Vec<&'static str>,
}

type Entry<'t, 'i> = (&'t Spanned<Cow<'i, str>>, &'t Spanned<DeValue<'i>>);

impl<'t, 'i> Record<'t, 'i> {
    fn new(place: impl Into<String>, span: Range<usize>, table: &'t DeTable<'i>) -> Self {
        Record { place: place.into(), span, table, read: Vec::new() }
    }

    fn entry(&mut self, key: &'static str) -> Option<Entry<'t, 'i>> {
        self.read.push(key);
        self.table.iter().find(|(k, _)| k.get_ref() == key)
    }

    /// The line a field was written on, or the table's own line when it is missing.
    fn span_of(&self, key: &str) -> Range<usize> {
        self.table.iter().find(|(k, _)| k.get_ref() == key).map_or(self.span.clone(), |(k, _)| k.span())
    }

    fn fail(&self, check: &mut Checker, key: &str, message: impl Into<String>) {
        check.report(&self.span_of(key), &self.place, key, message);
    }

    /// A required, non-empty piece of text.
    fn text(&mut self, check: &mut Checker, key: &'static str) -> Text {
        match self.optional_text(check, key) {
            Some(text) => text,
            None => {
                self.fail(check, key, "is missing: every stage and section needs it");
                Text::default()
            }
        }
    }

    /// Text that may be left out; if given, it must not be empty.
    fn optional_text(&mut self, check: &mut Checker, key: &'static str) -> Option<Text> {
        let (_, value) = self.entry(key)?;
        let text = self.string_value(check, key, value)?;
        Some(text)
    }

    fn string_value(&self, check: &mut Checker, key: &'static str, value: &Spanned<DeValue>) -> Option<Text> {
        let DeValue::String(s) = value.get_ref() else {
            let kind = value.get_ref().type_str();
            check.report(&value.span(), &self.place, key, format!("should be text in quotes, not {kind}"));
            return None;
        };
        let text = s.trim();
        if text.is_empty() {
            check.report(&value.span(), &self.place, key, "is empty: write the text or remove the line");
            return None;
        }
        if text.chars().count() > MAX_TEXT_CHARS {
            check.report(&value.span(), &self.place, key, format!("is longer than {MAX_TEXT_CHARS} characters"));
        }
        self.check_links(check, key, &value.span(), text);
        Some(Cow::Owned(text.to_string()))
    }

    fn check_links(&self, check: &mut Checker, key: &'static str, span: &Range<usize>, text: &str) {
        for href in rich_text::links(text) {
            match rich_text::link_target(href) {
                Ok(LinkTarget::InPage(id)) => {
                    let line = check.line_of(span.start);
                    check.in_page_links.push((line, self.place.clone(), key, id.to_string()));
                }
                Ok(_) => {}
                Err(bad) => check.report(span, &self.place, key, bad.0),
            }
        }
    }

    /// A list of texts, with at least `at_least` entries.
    fn text_list(&mut self, check: &mut Checker, key: &'static str, at_least: usize) -> List<Text> {
        let Some((_, value)) = self.entry(key) else {
            self.fail(check, key, format!("is missing: give a list of at least {at_least}"));
            return List::default();
        };
        let DeValue::Array(items) = value.get_ref() else {
            check.report(&value.span(), &self.place, key, "should be a list in square brackets: [\"…\", \"…\"]");
            return List::default();
        };
        let texts: Vec<Text> = items.iter().filter_map(|item| self.string_value(check, key, item)).collect();
        if items.len() < at_least {
            check.report(&value.span(), &self.place, key, format!("has {} entries; it needs at least {at_least}", items.len()));
        }
        Cow::Owned(texts)
    }

    /// A `[table]` inside this one.
    fn table(&mut self, check: &mut Checker, key: &'static str, place: &str) -> Option<Record<'t, 'i>> {
        let Some((_, value)) = self.entry(key) else {
            self.fail(check, key, format!("is missing: add a [{key}] section"));
            return None;
        };
        match value.get_ref() {
            DeValue::Table(table) => Some(Record::new(place, value.span(), table)),
            other => {
                check.report(&value.span(), &self.place, key, format!("should be a [{key}] section, not {}", other.type_str()));
                None
            }
        }
    }

    /// A list of `[[tables]]` inside this one.
    fn tables(&mut self, check: &mut Checker, key: &'static str) -> Vec<(Range<usize>, &'t DeTable<'i>)> {
        let Some((_, value)) = self.entry(key) else {
            self.fail(check, key, format!("is missing: add at least one [[{key}]] section"));
            return Vec::new();
        };
        let DeValue::Array(items) = value.get_ref() else {
            check.report(&value.span(), &self.place, key, format!("should be [[{key}]] sections"));
            return Vec::new();
        };
        let mut tables = Vec::new();
        for item in items.iter() {
            match item.get_ref() {
                DeValue::Table(t) => tables.push((item.span(), t)),
                _ => check.report(&item.span(), &self.place, key, format!("should be [[{key}]] sections")),
            }
        }
        tables
    }

    /// Reports every key that was never read.
    fn finish(self, check: &mut Checker) {
        for (key, _) in self.table.iter() {
            if !self.read.contains(&key.get_ref().as_ref()) {
                let known = self.read.join(", ");
                let message = format!("is not a field this section can have (check the spelling; it can have: {known})");
                check.report(&key.span(), &self.place, key.get_ref(), message);
            }
        }
    }
}

fn read_cycle(check: &mut Checker, mut root: Record) -> Cycle {
    let title = root.text(check, "title");
    let introduction = root.table(check, "introduction", "[introduction]").map(|mut r| {
        let intro = Introduction {
            heading: r.text(check, "heading"),
            text: r.text(check, "text"),
            how_to_use: r.text(check, "how_to_use"),
        };
        r.finish(check);
        intro
    });
    let stages: Vec<Stage> = root
        .tables(check, "stages")
        .into_iter()
        .enumerate()
        .map(|(i, (span, table))| read_stage(check, span, table, &format!("stage {}", i + 1)))
        .collect();
    let hub = match root.entry("hub") {
        None => None,
        Some((_, value)) => match value.get_ref() {
            DeValue::Table(t) => Some(read_stage(check, value.span(), t, "the hub")),
            _ => {
                root.fail(check, "hub", "should be a [hub] section");
                None
            }
        },
    };
    let talking_with_children = root.text(check, "talking_with_children");
    let resources = root.table(check, "resources", "[resources]").map(|r| read_resources(check, r));
    let support = root.table(check, "support", "[support]").map(|r| read_support(check, r));
    let content_note = root.table(check, "content_note", "[content_note]").map(|r| read_panel(check, r));
    let self_care = root.table(check, "self_care", "[self_care]").map(|r| read_panel(check, r));
    let about = root.table(check, "about", "[about]").map(|mut r| {
        let about = About { title: r.text(check, "title"), text: r.text(check, "text"), sources: r.text_list(check, "sources", 1) };
        r.finish(check);
        about
    });
    let labels = root.table(check, "labels", "[labels]").map(|r| read_labels(check, r));

    if !RING_STAGES.contains(&stages.len()) && !stages.is_empty() {
        root.fail(
            check,
            "stages",
            format!("there are {} stages; the ring needs between {} and {}", stages.len(), RING_STAGES.start, RING_STAGES.end - 1),
        );
    }
    let cycle = Cycle {
        title,
        introduction: introduction.unwrap_or_default(),
        stages: Cow::Owned(stages),
        hub,
        talking_with_children,
        resources: resources.unwrap_or_default(),
        support: support.unwrap_or_default(),
        content_note: content_note.unwrap_or_default(),
        self_care: self_care.unwrap_or_default(),
        about: about.unwrap_or_default(),
        labels: labels.unwrap_or_default(),
    };
    check_ids_and_references(check, &root, &cycle);
    root.finish(check);
    cycle
}

fn read_stage(check: &mut Checker, span: Range<usize>, table: &DeTable, fallback_place: &str) -> Stage {
    // Name the stage by its id when it has a usable one.
    let id_text = table.iter().find(|(k, _)| k.get_ref() == "id").and_then(|(_, v)| v.get_ref().as_str());
    let place = match id_text {
        Some(id) if !id.trim().is_empty() => format!("stage \"{}\"", id.trim()),
        _ => fallback_place.to_string(),
    };
    let mut r = Record::new(place, span, table);
    let stage = Stage {
        id: r.text(check, "id"),
        label: r.text(check, "label"),
        title: r.text(check, "title"),
        summary: r.text(check, "summary"),
        explanation: r.text(check, "explanation"),
        parent_openers: r.text_list(check, "parent_openers", 2),
        child_openers: r.text_list(check, "child_openers", 2),
        reflection: r.text(check, "reflection"),
        speaker_notes: r.text(check, "speaker_notes"),
        resources: r.text_list(check, "resources", 1),
    };
    if !stage.id.is_empty() && !is_valid_id(&stage.id) {
        r.fail(check, "id", format!("\"{}\" is not a valid id: use lowercase letters, digits and single hyphens, like \"survival-mode\"", stage.id));
    }
    let label_words = stage.label.split_whitespace().count();
    if label_words > MAX_LABEL_WORDS {
        r.fail(check, "label", format!("has {label_words} words; the drawing has room for at most {MAX_LABEL_WORDS}"));
    }
    let words = stage.explanation.split_whitespace().count();
    if words > MAX_EXPLANATION_WORDS {
        r.fail(check, "explanation", format!("has {words} words; keep it to {MAX_EXPLANATION_WORDS} or fewer so it fits the panel"));
    }
    r.finish(check);
    stage
}

fn read_resources(check: &mut Checker, mut r: Record) -> Resources {
    let base = r.text(check, "base");
    let well_formed = base.starts_with("https://") && base.ends_with('/');
    if !base.is_empty() && !well_formed {
        r.fail(check, "base", "should be an https:// address ending in /");
    }
    let items = r
        .tables(check, "items")
        .into_iter()
        .enumerate()
        .map(|(i, (span, table))| {
            let mut item = Record::new(format!("resource {}", i + 1), span, table);
            let id = item.text(check, "id");
            item.place = format!("resource \"{id}\"");
            let audience_text = item.text(check, "audience");
            let audience = Audience::from_key(&audience_text).unwrap_or_else(|| {
                if !audience_text.is_empty() {
                    item.fail(check, "audience", format!("\"{audience_text}\" is not an audience: use parents, children or both"));
                }
                Audience::Both
            });
            let resource = Resource {
                id,
                title: item.text(check, "title"),
                audience,
                page: item.optional_text(check, "page").unwrap_or_default(),
                description: item.text(check, "description"),
            };
            if resource.page.contains(':') || resource.page.starts_with('/') {
                item.fail(check, "page", "should be the part of the address after the base, like \"tools-and-resources/\"");
            }
            if !resource.id.is_empty() && !is_valid_id(&resource.id) {
                item.fail(check, "id", format!("\"{}\" is not a valid id: use lowercase letters, digits and single hyphens", resource.id));
            }
            item.finish(check);
            resource
        })
        .collect();
    r.finish(check);
    Resources { base, items: Cow::Owned(items) }
}

fn read_support(check: &mut Checker, mut r: Record) -> Support {
    let title = r.text(check, "title");
    let text = r.text(check, "text");
    let checked_on = r.text(check, "checked_on");
    if !checked_on.is_empty() && !is_iso_date(&checked_on) {
        r.fail(check, "checked_on", "should be a date written as YYYY-MM-DD, like \"2026-11-28\"");
    }
    let services = r
        .tables(check, "services")
        .into_iter()
        .enumerate()
        .map(|(i, (span, table))| {
            let mut item = Record::new(format!("support service {}", i + 1), span, table);
            let name = item.text(check, "name");
            item.place = format!("support service \"{name}\"");
            let service = Service {
                name,
                phone: item.optional_text(check, "phone"),
                email: item.optional_text(check, "email"),
                details: item.text(check, "details"),
            };
            if let Some(phone) = &service.phone {
                if !phone.chars().all(|c| c.is_ascii_digit() || c == ' ' || c == '+') {
                    item.fail(check, "phone", "should be digits and spaces only, like \"0808 2000 247\"");
                }
            }
            if let Some(email) = &service.email {
                if !email.contains('@') || email.contains(char::is_whitespace) {
                    item.fail(check, "email", "should be an email address, like \"help@nspcc.org.uk\"");
                }
            }
            item.finish(check);
            service
        })
        .collect();
    r.finish(check);
    Support { title, text, checked_on, services: Cow::Owned(services) }
}

fn read_panel(check: &mut Checker, mut r: Record) -> Panel {
    let panel = Panel { title: r.text(check, "title"), text: r.text(check, "text") };
    r.finish(check);
    panel
}

fn read_labels(check: &mut Checker, mut r: Record) -> Labels {
    let labels = Labels::from_lookup(|key| r.text(check, key));
    r.finish(check);
    labels
}

/// Ids must be unique and usable in links; stages must name resources that exist.
fn check_ids_and_references(check: &mut Checker, root: &Record, cycle: &Cycle) {
    let mut seen = BTreeSet::new();
    for (_, stage) in cycle.stages_in_order() {
        if stage.id.is_empty() {
            continue;
        }
        let place = format!("stage \"{}\"", stage.id);
        let span = stage_span(root, &stage.id);
        if !seen.insert(stage.id.as_ref()) {
            check.report(&span, &place, "id", format!("\"{}\" is used by more than one stage; ids must be unique", stage.id));
        }
        if RESERVED_IDS.contains(&stage.id.as_ref()) {
            check.report(&span, &place, "id", format!("\"{}\" is kept for the explorer's own panels; choose another id", stage.id));
        }
        for resource in stage.resources.iter() {
            if cycle.resource(resource).is_none() {
                check.report(&span, &place, "resources", format!("\"{resource}\" is not one of the resources listed under [[resources.items]]"));
            }
        }
    }
    let mut seen_resources = BTreeSet::new();
    for resource in cycle.resources.items.iter() {
        if !resource.id.is_empty() && !seen_resources.insert(resource.id.as_ref()) {
            let span = root.span_of("resources");
            check.report(&span, &format!("resource \"{}\"", resource.id), "id", "is used by more than one resource; ids must be unique");
        }
    }
}

/// Where a stage's `id = "…"` line is, found by searching the source for it.
fn stage_span(root: &Record, id: &str) -> Range<usize> {
    let found = root.table.iter().find_map(|(key, value)| {
        let tables: Vec<&DeTable> = match value.get_ref() {
            DeValue::Array(items) if key.get_ref() == "stages" => items.iter().filter_map(|i| i.get_ref().as_table()).collect(),
            DeValue::Table(t) if key.get_ref() == "hub" => vec![t],
            _ => return None,
        };
        tables.into_iter().find_map(|t| {
            t.iter().find(|(k, v)| k.get_ref() == "id" && v.get_ref().as_str().map(str::trim) == Some(id)).map(|(k, _)| k.span())
        })
    });
    found.unwrap_or_else(|| root.span.clone())
}

/// Lowercase letters and digits in words joined by single hyphens.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|word| !word.is_empty() && word.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
}

fn is_iso_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    matches!(parts.as_slice(), [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2
        && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit())))
}
