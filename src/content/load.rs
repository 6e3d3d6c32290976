//! Reads and checks the content file. serde's derive reads its shape (`raw`); these checks
//! then report every mistake at once, each naming the file, line, stage (or section) and
//! field, so an editor can fix them all in one pass. The same checks run in the build and in
//! the browser editor.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::fmt;
use std::ops::Range;

use serde::Deserialize;
use toml::de::{DeTable, DeValue};

use super::model::*;
use super::raw::{
    field_names, written, Field, Item, Loose, RawCycle, RawDisclosure, RawDisclosureSection, RawEdition, RawLocalStep, RawMarkedOpener, RawOpener, RawPanel,
    RawResource, RawService, RawSource, RawStage,
};
use super::rich_text::{self, LinkTarget};
use crate::contract::{id, CLOSING_PAGES, PAGE_IDS, RESERVED_IDS};

/// The most words an explanation may have before it stops fitting the panel.
pub const MAX_EXPLANATION_WORDS: usize = 180;
/// The most words a stage label may have, so the drawing stays readable.
pub const MAX_LABEL_WORDS: usize = 4;
/// How many stages the ring can draw.
pub const RING_STAGES: Range<usize> = 3..13;
/// The most characters any text may have; no real field comes close.
const MAX_TEXT_CHARS: usize = 4000;
/// The most minutes a trainer may plan for one step of a presentation.
pub const MAX_STEP_MINUTES: u8 = 60;
/// The word for a helpline that serves every nation of the UK.
const UK_WIDE: &str = "uk";
/// Numbers any text may give without Get support listing them: emergency and NHS 111.
const ALWAYS_LISTED: [&str; 2] = ["999", "111"];
/// An item of a file, as mistakes name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Named {
    /// By its id.
    Stage,
    Resource,
    Source,
    /// By its name.
    Helpline,
    Contact,
}

impl Named {
    /// How mistakes name the item named `name`: `stage "survival-mode"`, `support service "…"`.
    pub fn place(self, name: &str) -> String {
        format!("{} \"{name}\"", self.word())
    }

    fn word(self) -> &'static str {
        match self {
            Named::Stage => "stage",
            Named::Resource => "resource",
            Named::Source => "source",
            Named::Helpline => "support service",
            Named::Contact => "contact",
        }
    }
}

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
            writeln!(f, "{}", e.line_for(&self.file))?;
        }
        Ok(())
    }
}

impl ContentError {
    /// The mistake as one line, as the build prints it.
    pub fn line_for(&self, file: &str) -> String {
        format!("{file}:{}: {}", self.line, self.described())
    }

    /// The mistake as the editor lists it: the build's words, with the line instead of the file.
    pub fn for_editor(&self) -> String {
        format!("Line {}: {}", self.line, self.described())
    }

    /// Where the mistake is and what it is: `stage "x", field "title": is missing`. A mistake in
    /// the file's syntax belongs to no field.
    fn described(&self) -> String {
        if self.field.is_empty() {
            format!("{}: {}", self.place, self.message)
        } else {
            format!("{}, field \"{}\": {}", self.place, self.field, self.message)
        }
    }
}

impl std::error::Error for ContentErrors {}

/// A calendar date: (year, month, day).
pub type Date = (u32, u32, u32);

/// Reads the content file's text. `file` is the name used in messages; `today` is for the
/// dates a person checked each helpline, which cannot be in the future.
pub fn load(file: &str, source: &str, today: Date) -> Result<Cycle, ContentErrors> {
    let mut check = Check::new(source, today);
    let Some(raw) = check.parse::<RawCycle>() else { return check.outcome(file, Cycle::default()) };
    let cycle = read_cycle(&mut check, &raw);
    check.unknown_fields(&raw);
    check.in_page_links_point_somewhere(&cycle);
    check.numbers_in_text_are_listed(&cycle.support.services, "listed under [support]");
    check.outcome(file, cycle)
}

/// Reads a local edition's file (`content/editions/<id>.toml`, named `file` in messages) for
/// the main content `cycle`, with the same checks as the main file's helplines. `id` is the
/// name of the file, which is the edition's folder on the site.
pub fn load_edition(file: &str, id: &str, source: &str, today: Date, cycle: &Cycle) -> Result<Edition, ContentErrors> {
    let mut check = Check::new(source, today);
    let Some(raw) = check.parse::<RawEdition>() else { return check.outcome(file, Edition::default()) };
    let whole = Place::new("the file", 0..0);
    if !is_edition_id(id) {
        let message = format!("\"{id}\" cannot be the edition's folder: name the file with lowercase letters, digits and single hyphens, like \"salford.toml\"");
        check.report(&(0..0), &Place::new("the file's name", 0..0), "id", message);
    }
    let name = check.text(&raw.name, &whole, "name");
    let maintained_by = check.text(&raw.maintained_by, &whole, "maintained_by");
    let contacts: Vec<Service> = check.sections(&raw.contacts, &whole, "contacts").into_iter().map(|(span, c)| read_contact(&mut check, c, span)).collect();
    let steps = match raw.steps.is_some() {
        true => check.sections(&raw.steps, &whole, "steps").into_iter().filter_map(|(span, s)| read_local_step(&mut check, s, span, cycle)).collect(),
        false => Vec::new(),
    };
    check.unknown_edition_fields();
    let edition = Edition { id: Cow::Owned(id.to_string()), name, maintained_by, contacts: Cow::Owned(contacts), steps: Cow::Owned(steps) };
    let local = cycle.with_edition(&edition);
    check.in_page_links_point_somewhere(&local);
    let services: Vec<Service> = cycle.support.services.iter().chain(edition.contacts.iter()).cloned().collect();
    check.numbers_in_text_are_listed(&services, "of the edition's contacts or of the main file's [support]");
    let pages = local.closing_pages().len();
    if pages > CLOSING_PAGES.len() {
        let span = raw.contacts.as_ref().map_or(0..0, |c| c.span());
        let message = format!("with the main file's helplines, fill {pages} closing pages of a presentation ({CLOSING_PAGE_SIZE} to a page); the most it can show is {}", CLOSING_PAGES.len());
        check.report(&span, &whole, "contacts", message);
    }
    check.outcome(file, edition)
}

/// Whether an edition's id can be its folder on the site: an id that no file of the site's
/// own starts with (the editor's all start with "edit").
pub fn is_edition_id(id: &str) -> bool {
    is_valid_id(id) && !id.starts_with("edit")
}

/// The first line that leaves a one-line text open (`"…` or `'…` with no end on the line),
/// outside comments and texts of several lines (`"""…"""`, `'''…'''`).
fn unclosed_text(source: &str) -> Option<usize> {
    let mut open_block: Option<&str> = None;
    for (number, line) in source.lines().enumerate() {
        let mut rest = line;
        loop {
            if let Some(fence) = open_block {
                match rest.find(fence) {
                    Some(end) => (rest, open_block) = (&rest[end + 3..], None),
                    None => break,
                }
            }
            let Some(start) = rest.find(['"', '\'', '#']) else { break };
            let (quote, after) = rest[start..].split_at(1);
            if quote == "#" {
                break;
            }
            if after.starts_with(&quote.repeat(2)) {
                (rest, open_block) = (&after[2..], Some(if quote == "\"" { "\"\"\"" } else { "'''" }));
                continue;
            }
            // The end of this text: a backslash escapes the next character in a "…" text.
            let mut chars = after.char_indices();
            let mut end = None;
            while let Some((at, c)) = chars.next() {
                if quote == "\"" && c == '\\' {
                    chars.next();
                } else if quote.starts_with(c) {
                    end = Some(at);
                    break;
                }
            }
            match end {
                Some(at) => rest = &after[at + 1..],
                None => return Some(number + 1),
            }
        }
    }
    None
}

/// Collects mistakes while the content is read.
struct Check<'s> {
    source: &'s str,
    today: Date,
    errors: Vec<ContentError>,
    /// `#id` links, checked once every id is known: (line, place, field, id).
    in_page_links: Vec<(usize, String, &'static str, String)>,
    /// `tel:` and `sms:` links, checked once every helpline is known: (line, place, field,
    /// address).
    number_links: Vec<(usize, String, &'static str, String)>,
}

/// Where a field is: the place's name and the span of its table (for a field that is missing).
struct Place {
    name: String,
    span: Range<usize>,
}

impl Place {
    fn new(name: impl Into<String>, span: Range<usize>) -> Place {
        Place { name: name.into(), span }
    }
}

impl<'s> Check<'s> {
    fn new(source: &'s str, today: Date) -> Check<'s> {
        Check { source, today, errors: Vec::new(), in_page_links: Vec::new(), number_links: Vec::new() }
    }

    /// Reads the file's shape, or reports the slip in its syntax.
    fn parse<T: for<'de> Deserialize<'de>>(&mut self) -> Option<T> {
        match toml::de::Deserializer::parse(self.source).and_then(T::deserialize) {
            Ok(parsed) => Some(parsed),
            Err(e) => {
                // A text left open swallows what follows, and the parser stumbles lines later:
                // the line it was left open on is the one to name.
                let (line, message) = match unclosed_text(self.source) {
                    Some(line) => (line, format!("a closing \" is probably missing on line {line} (every text starts and ends with \")")),
                    None => (e.span().map_or(1, |s| self.line_of(s.start)), format!("this is not valid TOML: {}", e.message().trim())),
                };
                self.errors.push(ContentError { line, place: "the file".into(), field: String::new(), message });
                None
            }
        }
    }

    /// What was read, or every mistake found, in the order of the file.
    fn outcome<T>(self, file: &str, read: T) -> Result<T, ContentErrors> {
        if self.errors.is_empty() {
            return Ok(read);
        }
        let mut errors = self.errors;
        errors.sort_by_key(|e| e.line);
        Err(ContentErrors { file: file.to_string(), errors })
    }

    fn line_of(&self, offset: usize) -> usize {
        self.source[..offset.min(self.source.len())].matches('\n').count() + 1
    }

    fn report(&mut self, span: &Range<usize>, place: &Place, field: &str, message: impl Into<String>) {
        let line = self.line_of(span.start);
        self.errors.push(ContentError { line, place: place.name.clone(), field: field.to_string(), message: message.into() });
    }

    /// The value of a field, if it is there and of the right kind (else reports that).
    fn value<'r, T>(&mut self, field: &'r Field<T>, place: &Place, name: &'static str, expected: &str) -> Option<(Range<usize>, &'r T)> {
        let item = field.as_ref()?;
        if let Loose::Isnt(found) = item.get_ref() {
            self.report(&item.span(), place, name, format!("should be {expected}, not {found}"));
        }
        written(field)
    }

    /// A required, non-empty piece of text.
    fn text(&mut self, field: &Field<String>, place: &Place, name: &'static str) -> Text {
        if field.is_none() {
            self.report(&place.span, place, name, "is missing: every stage and section needs it");
        }
        self.optional_text(field, place, name).unwrap_or_default()
    }

    /// Text that may be left out; if given, it must not be empty.
    fn optional_text(&mut self, field: &Field<String>, place: &Place, name: &'static str) -> Option<Text> {
        let (span, text) = self.value(field, place, name, "text in quotes")?;
        self.checked_text(&span, text, place, name)
    }

    fn checked_text(&mut self, span: &Range<usize>, text: &str, place: &Place, name: &'static str) -> Option<Text> {
        let text = text.trim();
        if text.is_empty() {
            self.report(span, place, name, "is empty: write the text or remove the line");
            return None;
        }
        if text.chars().count() > MAX_TEXT_CHARS {
            self.report(span, place, name, format!("is longer than {MAX_TEXT_CHARS} characters"));
        }
        for href in rich_text::links(text) {
            let line = self.line_of(span.start);
            match rich_text::link_target(href) {
                Ok(LinkTarget::InPage(id)) => self.in_page_links.push((line, place.name.clone(), name, id.to_string())),
                Ok(LinkTarget::Phone | LinkTarget::Text) => self.number_links.push((line, place.name.clone(), name, href.to_string())),
                Ok(_) => {}
                Err(bad) => self.report(span, place, name, bad.0),
            }
        }
        Some(Cow::Owned(text.to_string()))
    }

    /// Minutes planned for a step, if given: a whole number from 1 to [`MAX_STEP_MINUTES`].
    fn minutes(&mut self, field: &Field<i64>, place: &Place, name: &'static str) -> u8 {
        let Some((span, minutes)) = self.value(field, place, name, "a whole number of minutes") else { return 0 };
        self.checked_minutes(&span, *minutes, place, name)
    }

    fn checked_minutes(&mut self, span: &Range<usize>, minutes: i64, place: &Place, name: &'static str) -> u8 {
        match u8::try_from(minutes) {
            Ok(minutes @ 1..=MAX_STEP_MINUTES) => minutes,
            _ => {
                self.report(span, place, name, format!("should be a whole number of minutes from 1 to {MAX_STEP_MINUTES}, not {minutes}"));
                0
            }
        }
    }

    /// The minutes planned for a stage's four steps, if given.
    fn step_minutes(&mut self, field: &Field<Vec<Item<i64>>>, place: &Place) -> [u8; 4] {
        let mut planned = [0; 4];
        let Some((span, items)) = self.value(field, place, "minutes", "a list of four whole numbers, like [3, 4, 3, 2]") else { return planned };
        if items.len() != planned.len() {
            let message = format!("lists {} numbers: give four, for the explanation, the openers with parents, with children, and the resources", items.len());
            self.report(&span, place, "minutes", message);
            return planned;
        }
        for (slot, item) in planned.iter_mut().zip(items) {
            match item.get_ref() {
                Loose::Is(minutes) => *slot = self.checked_minutes(&item.span(), *minutes, place, "minutes"),
                Loose::Isnt(found) => self.report(&item.span(), place, "minutes", format!("should be whole numbers, not {found}")),
            }
        }
        planned
    }

    /// A list of texts, with at least `at_least` entries.
    fn texts(&mut self, field: &Field<Vec<Item<String>>>, place: &Place, name: &'static str, at_least: usize) -> List<Text> {
        if field.is_none() {
            self.report(&place.span, place, name, format!("is missing: give a list of at least {at_least}"));
        }
        let Some((span, items)) = self.value(field, place, name, "a list in square brackets: [\"…\", \"…\"]") else {
            return List::default();
        };
        let texts: Vec<Text> = items
            .iter()
            .filter_map(|item| match item.get_ref() {
                Loose::Is(text) => self.checked_text(&item.span(), text, place, name),
                Loose::Isnt(found) => {
                    self.report(&item.span(), place, name, format!("should be a list of text in quotes, not of {found}"));
                    None
                }
            })
            .collect();
        if items.len() < at_least {
            self.report(&span, place, name, format!("has {} entries; it needs at least {at_least}", items.len()));
        }
        Cow::Owned(texts)
    }

    /// A list of conversation openers, each text or `{ text = "…", disclosure = true }`, with
    /// at least `at_least`. One marked as able to lead to a disclosure must link to what to do.
    fn openers(&mut self, field: &Field<Vec<Item<RawOpener>>>, place: &Place, name: &'static str, at_least: usize) -> List<Opener> {
        if field.is_none() {
            self.report(&place.span, place, name, format!("is missing: give a list of at least {at_least}"));
        }
        let Some((span, items)) = self.value(field, place, name, "a list in square brackets: [\"…\", \"…\"]") else {
            return List::default();
        };
        let mut openers = Vec::new();
        for item in items {
            let (text, marked) = match item.get_ref() {
                Loose::Is(RawOpener::Text(text)) => (self.checked_text(&item.span(), text, place, name), false),
                Loose::Is(RawOpener::Marked(table)) => {
                    if table.text.is_none() {
                        self.report(&item.span(), place, name, "has an opener with no text: write it as { text = \"…\", disclosure = true }");
                    }
                    let marked = self.value(&table.disclosure, place, name, "true or false").is_some_and(|(_, flag)| *flag);
                    (self.optional_text(&table.text, place, name), marked)
                }
                Loose::Isnt(found) => {
                    self.report(&item.span(), place, name, format!("should be a list of text in quotes, not of {found}"));
                    continue;
                }
            };
            let Some(text) = text else { continue };
            if marked && !links_to_disclosure(&text) {
                let message = format!(
                    "has an opener marked as one that can lead to a disclosure, with no link to what to do then: add ([If they tell you about abuse](#{}))",
                    id::DISCLOSURE
                );
                self.report(&item.span(), place, name, message);
            }
            openers.push(Opener { text, may_lead_to_disclosure: marked });
        }
        if items.len() < at_least {
            self.report(&span, place, name, format!("has {} entries; it needs at least {at_least}", items.len()));
        }
        Cow::Owned(openers)
    }

    /// A `[section]`, which must be there.
    fn section<'r, T>(&mut self, field: &'r Field<T>, within: &Place, name: &'static str) -> Option<(Place, &'r T)> {
        if field.is_none() {
            self.report(&within.span, within, name, format!("is missing: add a [{name}] section"));
        }
        let (span, table) = self.value(field, within, name, &format!("a [{name}] section"))?;
        Some((Place::new(format!("[{name}]"), span), table))
    }

    /// A list of `[[sections]]`, which must be there.
    fn sections<'r, T>(&mut self, field: &'r Field<Vec<Item<T>>>, within: &Place, name: &'static str) -> Vec<(Range<usize>, &'r T)> {
        if field.is_none() {
            self.report(&within.span, within, name, format!("is missing: add at least one [[{name}]] section"));
        }
        let Some((_, items)) = self.value(field, within, name, &format!("[[{name}]] sections")) else { return Vec::new() };
        items
            .iter()
            .filter_map(|item| match item.get_ref() {
                Loose::Is(table) => Some((item.span(), table)),
                Loose::Isnt(_) => {
                    self.report(&item.span(), within, name, format!("should be [[{name}]] sections"));
                    None
                }
            })
            .collect()
    }

    /// Reports every key no section can have (a typo, say), naming the fields it can have.
    fn unknown_fields(&mut self, raw: &RawCycle) {
        if let Ok(doc) = DeTable::parse(self.source) {
            self.unknown_in(raw, doc.get_ref(), &mut Vec::new());
        }
    }

    /// Reports every key no part of an edition's file can have, naming the fields it can have.
    fn unknown_edition_fields(&mut self) {
        let Ok(doc) = DeTable::parse(self.source) else { return };
        let mut tables = vec![("the file".to_string(), doc.get_ref(), field_names::<RawEdition>().to_vec())];
        // A contact is a helpline serving the edition's area: it names no nations.
        let contact_fields: Vec<&str> = field_names::<RawService>().iter().copied().filter(|field| *field != "nations").collect();
        for (list, known) in [("contacts", contact_fields), ("steps", field_names::<RawLocalStep>().to_vec())] {
            let Some(DeValue::Array(items)) = doc.get_ref().get(list).map(|v| v.get_ref()) else { continue };
            for item in items {
                if let DeValue::Table(table) = item.get_ref() {
                    let place = match (list, table.get("name").map(|n| n.get_ref())) {
                        ("contacts", Some(DeValue::String(name))) => Named::Contact.place(name.trim()),
                        ("contacts", _) => Named::Contact.place(""),
                        _ => "[[steps]]".to_string(),
                    };
                    tables.push((place, table, known.clone()));
                }
            }
        }
        for (place, table, known) in tables {
            for (key, _) in table {
                self.known_key(key.get_ref(), key.span(), &place, &known);
            }
        }
    }

    /// Whether a key is one its section can have; if not, reports it, naming those it can.
    fn known_key(&mut self, name: &str, span: Range<usize>, place: &str, known: &[&str]) -> bool {
        if known.contains(&name) {
            return true;
        }
        let message = format!("is not a field this section can have (check the spelling; it can have: {})", known.join(", "));
        self.report(&span, &Place::new(place, span.clone()), name, message);
        false
    }

    /// Reports the unknown keys of the table at `path`, and of the tables within it.
    fn unknown_in(&mut self, raw: &RawCycle, table: &DeTable, path: &mut Vec<Step>) {
        let (place, known) = place_of(raw, path);
        for (key, value) in table {
            let name = key.get_ref().as_ref();
            if !self.known_key(name, key.span(), &place, known) {
                continue;
            }
            path.push(Step::Key(name.to_string()));
            // Only into the sections the file has (a value of another kind is reported as such).
            match (value.get_ref(), kind_of(path)) {
                (DeValue::Table(inner), Some(TableKind::One)) => self.unknown_in(raw, inner, path),
                (DeValue::Array(items), Some(TableKind::List)) => {
                    for (i, item) in items.iter().enumerate() {
                        if let DeValue::Table(inner) = item.get_ref() {
                            path.push(Step::Index(i));
                            self.unknown_in(raw, inner, path);
                            path.pop();
                        }
                    }
                }
                _ => {}
            }
            path.pop();
        }
    }

    /// A number to call or text written into any text must be one Get support lists (or 999 or
    /// 111): a slip in a number typed into a paragraph would send someone to the wrong place.
    fn numbers_in_text_are_listed(&mut self, services: &[Service], listed_where: &str) {
        let digits = |number: &str| number.chars().filter(char::is_ascii_digit).collect::<String>();
        let mut listed: BTreeSet<String> = ALWAYS_LISTED.iter().map(|n| n.to_string()).collect();
        listed.extend(services.iter().filter_map(|s| s.phone.as_deref()).map(digits));
        // A number given in a helpline's own details (to text it, say) is listed there.
        let in_services = self.number_links.iter().filter(|(_, place, _, _)| place.starts_with(Named::Helpline.word()) || place.starts_with(Named::Contact.word()));
        listed.extend(in_services.map(|(_, _, _, href)| digits(href)).collect::<Vec<_>>());
        for (line, place, field, href) in std::mem::take(&mut self.number_links) {
            if !listed.contains(&digits(&href)) {
                let message = format!("the link \"{href}\" is not a number {listed_where} (nor 999 or 111): check it against the helplines there");
                self.errors.push(ContentError { line, place, field: field.into(), message });
            }
        }
    }

    fn in_page_links_point_somewhere(&mut self, cycle: &Cycle) {
        let known: BTreeSet<&str> = cycle.stages_in_order().map(|(_, s)| s.id.as_ref()).chain(RESERVED_IDS).collect();
        for (line, place, field, id) in std::mem::take(&mut self.in_page_links) {
            if !known.contains(id.as_str()) {
                let message = format!("the link \"#{id}\" does not match any stage or panel id");
                self.errors.push(ContentError { line, place, field: field.into(), message });
            }
        }
    }
}

fn read_cycle(check: &mut Check, raw: &RawCycle) -> Cycle {
    let file = Place::new("the file", 0..0);
    let title = check.text(&raw.title, &file, "title");
    let talking_with_children = check.text(&raw.talking_with_children, &file, "talking_with_children");
    let introduction = check.section(&raw.introduction, &file, "introduction").map(|(place, r)| Introduction {
        heading: check.text(&r.heading, &place, "heading"),
        text: check.text(&r.text, &place, "text"),
        how_to_use: check.text(&r.how_to_use, &place, "how_to_use"),
        minutes: check.minutes(&r.minutes, &place, "minutes"),
    });
    let address = check.optional_text(&raw.address, &file, "address").unwrap_or_default();
    let site_address = address.starts_with("https://") && address.ends_with('/') && !address.contains(char::is_whitespace);
    if !address.is_empty() && !site_address {
        let span = written(&raw.address).map_or(0..0, |(span, _)| span);
        check.report(&span, &file, "address", "should be the site's https:// address, ending in /");
    }
    let stages: Vec<Stage> = check
        .sections(&raw.stages, &file, "stages")
        .into_iter()
        .enumerate()
        .map(|(i, (span, stage))| read_stage(check, stage, Place::new(stage_place(stage, &format!("stage {}", i + 1)), span)))
        .collect();
    let hub = raw.hub.as_ref().and_then(|_| check.value(&raw.hub, &file, "hub", "a [hub] section"));
    let hub = hub.map(|(span, stage)| read_stage(check, stage, Place::new(stage_place(stage, "the hub"), span)));
    let resources = check.section(&raw.resources, &file, "resources").map(|(place, r)| read_resources(check, place, r));
    let sources = check.sections(&raw.sources, &file, "sources").into_iter().map(|(span, s)| read_source(check, s, span)).collect();
    let support = check.section(&raw.support, &file, "support").map(|(place, r)| read_support(check, place, r));
    let disclosure = check.section(&raw.disclosure, &file, "disclosure").map(|(place, r)| read_disclosure(check, place, r));
    let content_note = check.section(&raw.content_note, &file, "content_note").map(|(place, r)| read_panel(check, place, r));
    let self_care = check.section(&raw.self_care, &file, "self_care").map(|(place, r)| read_panel(check, place, r));
    let about = check.section(&raw.about, &file, "about").map(|(place, r)| read_panel(check, place, r));
    let labels = check.section(&raw.labels, &file, "labels").map(|(place, table)| {
        for (key, item) in table {
            if !Labels::KEYS.contains(&key.as_str()) {
                check.report(&item.span(), &place, key, "is not a field this section can have (check the spelling; every label is listed in docs/editing-content.md)");
            }
        }
        Labels::from_lookup(|key| {
            let field = table.get(key).map(item_clone);
            check.text(&field, &place, key)
        })
    });

    if !RING_STAGES.contains(&stages.len()) && !stages.is_empty() {
        let span = raw.stages.as_ref().map_or(0..0, |s| s.span());
        let message = format!("there are {} stages; the ring needs between {} and {}", stages.len(), RING_STAGES.start, RING_STAGES.end - 1);
        check.report(&span, &file, "stages", message);
    }
    let cycle = Cycle {
        title,
        address,
        introduction: introduction.unwrap_or_default(),
        stages: Cow::Owned(stages),
        hub,
        talking_with_children,
        resources: resources.unwrap_or_default(),
        sources: Cow::Owned(sources),
        support: support.unwrap_or_default(),
        disclosure: disclosure.unwrap_or_default(),
        content_note: content_note.unwrap_or_default(),
        self_care: self_care.unwrap_or_default(),
        about: about.unwrap_or_default(),
        labels: labels.unwrap_or_default(),
        edition: None,
    };
    check_ids_and_references(check, raw, &cycle);
    let pages = cycle.closing_pages().len();
    if pages > CLOSING_PAGES.len() {
        let span = raw.support.as_ref().map_or(0..0, |s| s.span());
        let message = format!("lists helplines for {pages} closing pages of a presentation ({CLOSING_PAGE_SIZE} to a page); the most it can show is {}", CLOSING_PAGES.len());
        check.report(&span, &file, "support", message);
    }
    cycle
}

/// A copy of a text item (labels are looked up by key, so they are taken from the map).
fn item_clone(item: &Item<String>) -> Item<String> {
    let value = match item.get_ref() {
        Loose::Is(text) => Loose::Is(text.clone()),
        Loose::Isnt(found) => Loose::Isnt(found),
    };
    toml::Spanned::new(item.span(), value)
}

/// A stage is named by its id when it has a usable one.
fn stage_place(stage: &RawStage, fallback: &str) -> String {
    match written(&stage.id) {
        Some((_, id)) if !id.trim().is_empty() => Named::Stage.place(id.trim()),
        _ => fallback.to_string(),
    }
}

fn read_stage(check: &mut Check, r: &RawStage, place: Place) -> Stage {
    let stage = Stage {
        id: check.text(&r.id, &place, "id"),
        label: check.text(&r.label, &place, "label"),
        title: check.text(&r.title, &place, "title"),
        summary: check.text(&r.summary, &place, "summary"),
        explanation: check.text(&r.explanation, &place, "explanation"),
        parent_openers: check.openers(&r.parent_openers, &place, "parent_openers", 2),
        child_openers: check.openers(&r.child_openers, &place, "child_openers", 2),
        reflection: check.text(&r.reflection, &place, "reflection"),
        speaker_notes: check.text(&r.speaker_notes, &place, "speaker_notes"),
        openers_notes: check.optional_text(&r.openers_notes, &place, "openers_notes").unwrap_or_default(),
        resources_notes: check.optional_text(&r.resources_notes, &place, "resources_notes").unwrap_or_default(),
        minutes: check.step_minutes(&r.minutes, &place),
        resources: check.texts(&r.resources, &place, "resources", 1),
        sources: check.texts(&r.sources, &place, "sources", 1),
    };
    let span_of = |field: &Field<String>| written(field).map_or(place.span.clone(), |(span, _)| span);
    if !stage.id.is_empty() && !is_valid_id(&stage.id) {
        let message = format!("\"{}\" is not a valid id: use lowercase letters, digits and single hyphens, like \"survival-mode\"", stage.id);
        check.report(&span_of(&r.id), &place, "id", message);
    }
    let label_words = stage.label.split_whitespace().count();
    if label_words > MAX_LABEL_WORDS {
        check.report(&span_of(&r.label), &place, "label", format!("has {label_words} words; the drawing has room for at most {MAX_LABEL_WORDS}"));
    }
    let words = stage.explanation.split_whitespace().count();
    if words > MAX_EXPLANATION_WORDS {
        let message = format!("has {words} words; keep it to {MAX_EXPLANATION_WORDS} or fewer so it fits the panel");
        check.report(&span_of(&r.explanation), &place, "explanation", message);
    }
    // Every stage's openers can lead someone to tell of abuse: at least one of them says what
    // to do then.
    let to_disclosure = stage.parent_openers.iter().chain(stage.child_openers.iter()).any(|opener| links_to_disclosure(&opener.text));
    if !stage.parent_openers.is_empty() && !to_disclosure {
        let span = written(&r.parent_openers).map_or(place.span.clone(), |(span, _)| span);
        let message = format!("no opener links to what to do after a disclosure: add [what to do if they tell you](#{}) to those that can lead to one", id::DISCLOSURE);
        check.report(&span, &place, "parent_openers", message);
    }
    stage
}

fn read_resources(check: &mut Check, place: Place, r: &super::raw::RawResources) -> Resources {
    let base = check.text(&r.base, &place, "base");
    let well_formed = base.starts_with("https://") && base.ends_with('/');
    if !base.is_empty() && !well_formed {
        let span = written(&r.base).map_or(place.span.clone(), |(span, _)| span);
        check.report(&span, &place, "base", "should be an https:// address ending in /");
    }
    let items = check.sections(&r.items, &place, "items").into_iter().map(|(span, item)| read_resource(check, item, span)).collect();
    Resources { base, items: Cow::Owned(items) }
}

fn read_resource(check: &mut Check, r: &RawResource, span: Range<usize>) -> Resource {
    let id_text = written(&r.id).map_or(String::new(), |(_, id)| id.trim().to_string());
    let place = Place::new(Named::Resource.place(&id_text), span);
    let id = check.text(&r.id, &place, "id");
    let audience_text = check.text(&r.audience, &place, "audience");
    let audience = Audience::parse(&audience_text).unwrap_or_else(|| {
        if !audience_text.is_empty() {
            let span = written(&r.audience).map_or(place.span.clone(), |(span, _)| span);
            check.report(&span, &place, "audience", format!("\"{audience_text}\" is not an audience: use parents, children or both"));
        }
        Audience::Both
    });
    let resource = Resource {
        id,
        title: check.text(&r.title, &place, "title"),
        audience,
        page: check.optional_text(&r.page, &place, "page").unwrap_or_default(),
        description: check.text(&r.description, &place, "description"),
    };
    if resource.page.contains(':') || resource.page.starts_with('/') {
        let span = written(&r.page).map_or(place.span.clone(), |(span, _)| span);
        check.report(&span, &place, "page", "should be the part of the address after the base, like \"tools-and-resources/\"");
    }
    if !resource.id.is_empty() && !is_valid_id(&resource.id) {
        let span = written(&r.id).map_or(place.span.clone(), |(span, _)| span);
        check.report(&span, &place, "id", format!("\"{}\" is not a valid id: use lowercase letters, digits and single hyphens", resource.id));
    }
    resource
}

fn read_source(check: &mut Check, r: &RawSource, span: Range<usize>) -> Source {
    let id_text = written(&r.id).map_or(String::new(), |(_, id)| id.trim().to_string());
    let place = Place::new(Named::Source.place(&id_text), span);
    let source = Source { id: check.text(&r.id, &place, "id"), text: check.text(&r.text, &place, "text") };
    if !source.id.is_empty() && !is_valid_id(&source.id) {
        let span = written(&r.id).map_or(place.span.clone(), |(span, _)| span);
        check.report(&span, &place, "id", format!("\"{}\" is not a valid id: use lowercase letters, digits and single hyphens", source.id));
    }
    source
}

fn read_support(check: &mut Check, place: Place, r: &super::raw::RawSupport) -> Support {
    let title = check.text(&r.title, &place, "title");
    let text = check.text(&r.text, &place, "text");
    let note = check.text(&r.note, &place, "note");
    let services = check.sections(&r.services, &place, "services").into_iter().map(|(span, s)| read_service(check, s, span)).collect();
    Support { title, text, note, services: Cow::Owned(services) }
}

fn read_service(check: &mut Check, r: &RawService, span: Range<usize>) -> Service {
    let name_text = written(&r.name).map_or(String::new(), |(_, name)| name.trim().to_string());
    let place = Place::new(Named::Helpline.place(&name_text), span);
    let nation_words = check.texts(&r.nations, &place, "nations", 1);
    let mut nations = Vec::new();
    for word in nation_words.iter() {
        match (word.as_ref(), Nation::parse(word)) {
            (UK_WIDE, _) => nations.extend(Nation::ALL),
            (_, Some(nation)) => nations.push(nation),
            _ => {
                let span = written(&r.nations).map_or(place.span.clone(), |(span, _)| span);
                check.report(&span, &place, "nations", format!("\"{word}\" is not a nation: use uk, england, wales, scotland or northern-ireland"));
            }
        }
    }
    nations.sort();
    nations.dedup();
    read_helpline(check, &place, r, nations)
}

/// A local edition's contact: checked as a helpline is (its file names no nations: the checker
/// refuses the field).
fn read_contact(check: &mut Check, r: &RawService, span: Range<usize>) -> Service {
    let name_text = written(&r.name).map_or(String::new(), |(_, name)| name.trim().to_string());
    let place = Place::new(Named::Contact.place(&name_text), span);
    read_helpline(check, &place, r, Vec::new())
}

/// What a helpline and a local contact have alike, checked.
fn read_helpline(check: &mut Check, place: &Place, r: &RawService, nations: Vec<Nation>) -> Service {
    let span_of = |field: &Field<String>| written(field).map_or(place.span.clone(), |(span, _)| span);
    let name = check.text(&r.name, place, "name");
    let who = check.text(&r.who, place, "who");
    let hours = check.text(&r.hours, place, "hours");
    let phone = check.optional_text(&r.phone, place, "phone");
    if phone.as_ref().is_some_and(|p| !p.chars().all(|c| c.is_ascii_digit() || c == ' ' || c == '+')) {
        check.report(&span_of(&r.phone), place, "phone", "should be digits and spaces only, like \"0808 157 0999\"");
    }
    let email = check.optional_text(&r.email, place, "email");
    if email.as_ref().is_some_and(|e| !e.contains('@') || e.contains(char::is_whitespace)) {
        check.report(&span_of(&r.email), place, "email", "should be an email address, like \"help@example.org\"");
    }
    let details = check.optional_text(&r.details, place, "details");
    let website = check.optional_text(&r.website, place, "website");
    if website.as_ref().is_some_and(|w| rich_text::link_target(w) != Ok(LinkTarget::External)) {
        check.report(&span_of(&r.website), place, "website", "should be a web address starting https://");
    }
    // Every helpline needs a way to reach it: a number, an address, a website or a link to one.
    let linked = details.as_ref().is_some_and(|d| rich_text::links(d).any(|href| !matches!(rich_text::link_target(href), Ok(LinkTarget::InPage(_)) | Err(_))));
    if phone.is_none() && email.is_none() && website.is_none() && !linked {
        check.report(&place.span, place, "phone", "has no way to reach it: give its phone, email or website, or a link to text it in its details");
    }
    // Empty until a person has checked the details: the one field that may be empty.
    if r.checked_on.is_none() {
        check.report(&place.span, place, "checked_on", "is missing: write the date a person checked the details, or \"\" until someone has");
    }
    let checked_on = check.value(&r.checked_on, place, "checked_on", "a date in quotes").map_or(String::new(), |(_, t)| t.trim().to_string());
    match parse_date(&checked_on) {
        None if !checked_on.is_empty() => {
            check.report(&span_of(&r.checked_on), place, "checked_on", "should be a real date written as YYYY-MM-DD, like \"2026-11-28\", or \"\" until someone has checked");
        }
        Some(date) if date > check.today => {
            let message = format!("{checked_on} is in the future: write the day a person checked the details");
            check.report(&span_of(&r.checked_on), place, "checked_on", message);
        }
        _ => {}
    }
    Service { name, who, nations: Cow::Owned(nations), hours, phone, email, details, website, checked_on: Cow::Owned(checked_on) }
}

/// A local step: its text, and the general step of the disclosure panel it stands for, found
/// by how that step begins (so the edition stops building, rather than saying the wrong thing,
/// if the main file's step is reworded).
fn read_local_step(check: &mut Check, r: &RawLocalStep, span: Range<usize>, cycle: &Cycle) -> Option<LocalStep> {
    let place = Place::new("[[steps]]", span);
    let instead_of = check.text(&r.instead_of, &place, "instead_of");
    let text = check.text(&r.text, &place, "text");
    if instead_of.is_empty() || text.is_empty() {
        return None;
    }
    let matching: Vec<(usize, usize)> = cycle
        .disclosure
        .sections
        .iter()
        .enumerate()
        .flat_map(|(section, s)| s.steps.iter().enumerate().filter(|(_, step)| step.starts_with(instead_of.as_ref())).map(move |(step, _)| (section, step)))
        .collect();
    let span = written(&r.instead_of).map_or(place.span.clone(), |(span, _)| span);
    match matching.as_slice() {
        [(section, step)] => Some(LocalStep { section: *section, step: *step, text }),
        [] => {
            check.report(&span, &place, "instead_of", "no step of [disclosure] in the main content file begins with these words: copy the start of the step this one replaces");
            None
        }
        _ => {
            check.report(&span, &place, "instead_of", format!("{} steps of [disclosure] begin with these words: copy more of the one this replaces", matching.len()));
            None
        }
    }
}

fn read_disclosure(check: &mut Check, place: Place, r: &RawDisclosure) -> Disclosure {
    let title = check.text(&r.title, &place, "title");
    let text = check.text(&r.text, &place, "text");
    let sections = check
        .sections(&r.sections, &place, "sections")
        .into_iter()
        .map(|(span, section)| {
            let heading = written(&section.heading).map_or(String::new(), |(_, h)| h.trim().to_string());
            let place = Place::new(format!("[[disclosure.sections]] \"{heading}\""), span);
            DisclosureSection { heading: check.text(&section.heading, &place, "heading"), steps: check.texts(&section.steps, &place, "steps", 1) }
        })
        .collect::<Vec<_>>();
    Disclosure { title, text, sections: Cow::Owned(sections) }
}

/// Whether rich text links to what to do after a disclosure.
fn links_to_disclosure(text: &str) -> bool {
    rich_text::links(text).any(|href| href.strip_prefix('#') == Some(id::DISCLOSURE))
}

fn read_panel(check: &mut Check, place: Place, r: &RawPanel) -> Panel {
    Panel { title: check.text(&r.title, &place, "title"), text: check.text(&r.text, &place, "text") }
}

/// Ids must be unique and usable in links; stages must name resources and sources that exist.
fn check_ids_and_references(check: &mut Check, raw: &RawCycle, cycle: &Cycle) {
    let raw_stages = raw.stages.as_ref().and_then(|s| s.get_ref().value()).into_iter().flatten().filter_map(|s| s.get_ref().value());
    let raw_stages: Vec<&RawStage> = raw_stages.chain(raw.hub.as_ref().and_then(|h| h.get_ref().value())).collect();
    let mut seen = BTreeSet::new();
    for (_, stage) in cycle.stages_in_order() {
        if stage.id.is_empty() {
            continue;
        }
        let raw_stage = raw_stages.iter().find(|r| written(&r.id).is_some_and(|(_, id)| id.trim() == stage.id));
        let span = raw_stage.and_then(|r| written(&r.id)).map_or(0..0, |(span, _)| span);
        let place = Place::new(Named::Stage.place(&stage.id), span.clone());
        if !seen.insert(stage.id.as_ref()) {
            check.report(&span, &place, "id", format!("\"{}\" is used by more than one stage; ids must be unique", stage.id));
        }
        if RESERVED_IDS.contains(&stage.id.as_ref()) || PAGE_IDS.contains(&stage.id.as_ref()) {
            check.report(&span, &place, "id", format!("\"{}\" is kept for the explorer's own panels; choose another id", stage.id));
        }
        for resource in stage.resources.iter().filter(|r| cycle.resource(r).is_none()) {
            check.report(&span, &place, "resources", format!("\"{resource}\" is not one of the resources listed under [[resources.items]]"));
        }
        for source in stage.sources.iter().filter(|s| cycle.source(s).is_none()) {
            check.report(&span, &place, "sources", format!("\"{source}\" is not one of the sources listed under [[sources]]"));
        }
    }
    let mut seen = BTreeSet::new();
    for resource in cycle.resources.items.iter().filter(|r| !r.id.is_empty()) {
        if !seen.insert(resource.id.as_ref()) {
            check.report(&(0..0), &Place::new(Named::Resource.place(&resource.id), 0..0), "id", "is used by more than one resource; ids must be unique");
        }
    }
    let mut seen = BTreeSet::new();
    for source in cycle.sources.iter().filter(|s| !s.id.is_empty()) {
        if !seen.insert(source.id.as_ref()) {
            check.report(&(0..0), &Place::new(Named::Source.place(&source.id), 0..0), "id", "is used by more than one source; ids must be unique");
        }
    }
}

/// One step of the way to a key in the file: a table's key or a list's index.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Step {
    Key(String),
    Index(usize),
}

/// Whether the key at `path` is a section of the file: one table, or a list of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TableKind {
    One,
    List,
}

fn kind_of(path: &[Step]) -> Option<TableKind> {
    let keys: Vec<&str> = path.iter().filter_map(|s| if let Step::Key(k) = s { Some(k.as_str()) } else { None }).collect();
    match keys.as_slice() {
        ["introduction" | "hub" | "resources" | "support" | "disclosure" | "content_note" | "self_care" | "about"] => Some(TableKind::One),
        ["stages" | "sources"] | ["resources", "items"] | ["support", "services"] | ["disclosure", "sections"] => Some(TableKind::List),
        ["stages" | "hub", "parent_openers" | "child_openers"] => Some(TableKind::List),
        _ => None,
    }
}

/// The place (as mistakes name it) of the table at `path`, and the fields it can have.
fn place_of(raw: &RawCycle, path: &[Step]) -> (String, &'static [&'static str]) {
    let id_of = |field: &Field<String>| written(field).map_or(String::new(), |(_, t)| t.trim().to_string());
    match path {
        [] => ("the file".into(), field_names::<RawCycle>()),
        [Step::Key(k), Step::Index(i)] if k == "stages" => {
            let stage = nth(&raw.stages, *i);
            (stage.map_or(format!("stage {}", i + 1), |s| stage_place(s, &format!("stage {}", i + 1))), field_names::<RawStage>())
        }
        [Step::Key(k), Step::Index(i), Step::Key(_), Step::Index(_)] if k == "stages" => {
            let stage = nth(&raw.stages, *i);
            (stage.map_or(format!("stage {}", i + 1), |s| stage_place(s, &format!("stage {}", i + 1))), field_names::<RawMarkedOpener>())
        }
        [Step::Key(k), Step::Key(_), Step::Index(_)] if k == "hub" => {
            let hub = raw.hub.as_ref().and_then(|h| h.get_ref().value());
            (hub.map_or("the hub".into(), |h| stage_place(h, "the hub")), field_names::<RawMarkedOpener>())
        }
        [Step::Key(k), Step::Key(sections), Step::Index(_)] if k == "disclosure" && sections == "sections" => {
            ("[[disclosure.sections]]".into(), field_names::<RawDisclosureSection>())
        }
        [Step::Key(k)] if k == "hub" => {
            let hub = raw.hub.as_ref().and_then(|h| h.get_ref().value());
            (hub.map_or("the hub".into(), |h| stage_place(h, "the hub")), field_names::<RawStage>())
        }
        [Step::Key(k), Step::Index(i)] if k == "sources" => {
            (Named::Source.place(&nth(&raw.sources, *i).map_or(String::new(), |s: &RawSource| id_of(&s.id))), field_names::<RawSource>())
        }
        [Step::Key(k), Step::Key(items), Step::Index(i)] if k == "resources" && items == "items" => {
            let resource = written(&raw.resources).and_then(|(_, r)| nth(&r.items, *i));
            (Named::Resource.place(&resource.map_or(String::new(), |r: &RawResource| id_of(&r.id))), field_names::<RawResource>())
        }
        [Step::Key(k), Step::Key(services), Step::Index(i)] if k == "support" && services == "services" => {
            let service = written(&raw.support).and_then(|(_, s)| nth(&s.services, *i));
            (Named::Helpline.place(&service.map_or(String::new(), |s: &RawService| id_of(&s.name))), field_names::<RawService>())
        }
        [Step::Key(k)] => {
            let known = match k.as_str() {
                "introduction" => field_names::<super::raw::RawIntroduction>(),
                "resources" => field_names::<super::raw::RawResources>(),
                "support" => field_names::<super::raw::RawSupport>(),
                "disclosure" => field_names::<RawDisclosure>(),
                _ => field_names::<RawPanel>(),
            };
            (format!("[{k}]"), known)
        }
        _ => ("the file".into(), &[]),
    }
}

/// The `i`th table of a list of tables, if it was written as one.
fn nth<T>(field: &Field<Vec<Item<T>>>, i: usize) -> Option<&T> {
    written(field).and_then(|(_, items)| items.get(i)?.get_ref().value())
}

/// Lowercase letters and digits in words joined by single hyphens.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty() && id.split('-').all(|word| !word.is_empty() && word.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
}

/// A date written `YYYY-MM-DD`, if it is a real one: (year, month, day).
pub fn parse_date(text: &str) -> Option<(u32, u32, u32)> {
    let mut parts = text.split('-');
    let mut number = |len: usize| parts.next().filter(|p| p.len() == len && p.chars().all(|c| c.is_ascii_digit()))?.parse::<u32>().ok();
    let (year, month, day) = (number(4)?, number(2)?, number(2)?);
    if parts.next().is_some() {
        return None;
    }
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    (1..=12).contains(&month).then_some(())?;
    (1..=days[month as usize - 1]).contains(&day).then_some((year, month, day))
}

/// The date `days` after 1 January 1970 (for the build, which knows the time as seconds).
pub fn date_from_days(days: i64) -> (u32, u32, u32) {
    // Howard Hinnant's days-to-civil algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as u32;
    (year, month, day)
}

/// The warning the build gives (and the editor shows) for helplines (or a local edition's
/// contacts) whose details no person has checked, or not for over a year before `today`;
/// `None` if every one is checked. It does not stop the build.
pub fn unchecked_warning(file: &str, services: &[Service], today: (u32, u32, u32)) -> Option<String> {
    let unchecked = unchecked_services(services, today);
    (!unchecked.is_empty()).then(|| format!("{file}: {}: {}. {UNCHECKED_ADVICE}", unchecked_heading(unchecked.len()), unchecked.join(", ")))
}

/// How many helplines no person has checked lately, as the build and the editor say it.
pub fn unchecked_heading(count: usize) -> String {
    format!("{count} helpline{} not checked by a person in the last 12 months", if count == 1 { " was" } else { "s were" })
}

/// What to do about a helpline not checked lately.
pub const UNCHECKED_ADVICE: &str = "Check each one's number, hours and who it is for, and write the date in its checked_on.";

/// Helplines whose details no person has checked, or not for over a year before `today`,
/// naming each.
pub fn unchecked_services(services: &[Service], today: (u32, u32, u32)) -> Vec<String> {
    let (year, month, day) = today;
    services
        .iter()
        .filter_map(|service| match parse_date(&service.checked_on) {
            None => Some(format!("{} (never)", service.name)),
            Some((y, m, d)) if (y + 1, m, d) < (year, month, day) => Some(format!("{} (last on {})", service.name, service.checked_on)),
            Some(_) => None,
        })
        .collect()
}
