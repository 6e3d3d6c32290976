//! The editor's forms: an item of the content file (a stage, a helpline, a resource, a source,
//! a panel) as labelled fields, and a change to one written into the file itself with a
//! format-preserving TOML editor (`toml_edit`), so the comments, the order and the layout stay
//! as they were, and a changed field is a change to its own lines. Plain Rust, tested natively
//! (a property test feeds it any sequence of edits).

use toml_edit::{Array, DocumentMut, Item, Table, Value};

use super::load::Named;
use super::parts::table_header;

/// An item a form edits, by its place in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormItem {
    /// The `i`th `[[stages]]`.
    Stage(usize),
    Hub,
    Helpline(usize),
    Resource(usize),
    Source(usize),
    /// One of the tables of one text: `[introduction]`, `[support]`, …
    Panel(&'static str),
    /// The interface text, `[labels]`.
    Labels,
}

/// The tables of one panel each, as the file names them.
pub const PANELS: [&str; 6] = ["introduction", "support", "disclosure", "content_note", "self_care", "about"];

/// What kind of value a field holds, and so how the form asks for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// One line of text.
    Line,
    /// Text of any length, with the light formatting.
    Long,
    /// A date, `YYYY-MM-DD` (a helpline's checked_on: Checked today beside it).
    Date,
    /// Who a resource is for: parents, children or both.
    Audience,
    /// The nations a helpline serves.
    Nations,
    /// Conversation openers: each a text, and whether it can lead to a disclosure.
    Openers,
    /// Resources chosen by name (the file lists their ids).
    Resources,
}

/// A field of a form: its key in the file, its kind, and whether the file must have it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    pub key: &'static str,
    pub kind: Kind,
    pub required: bool,
}

const fn field(key: &'static str, kind: Kind, required: bool) -> Field {
    Field { key, kind, required }
}

const STAGE_FIELDS: [Field; 10] = [
    field("title", Kind::Line, true),
    field("label", Kind::Line, true),
    field("id", Kind::Line, true),
    field("summary", Kind::Line, true),
    field("explanation", Kind::Long, true),
    field("parent_openers", Kind::Openers, true),
    field("child_openers", Kind::Openers, true),
    field("resources", Kind::Resources, true),
    field("reflection", Kind::Long, true),
    field("speaker_notes", Kind::Long, true),
];
const HELPLINE_FIELDS: [Field; 9] = [
    field("name", Kind::Line, true),
    field("who", Kind::Line, true),
    field("nations", Kind::Nations, true),
    field("hours", Kind::Line, true),
    field("phone", Kind::Line, false),
    field("email", Kind::Line, false),
    field("website", Kind::Line, false),
    field("details", Kind::Long, false),
    field("checked_on", Kind::Date, true),
];
const RESOURCE_FIELDS: [Field; 5] =
    [field("title", Kind::Line, true), field("id", Kind::Line, true), field("audience", Kind::Audience, true), field("page", Kind::Line, false), field("description", Kind::Long, true)];
const SOURCE_FIELDS: [Field; 2] = [field("id", Kind::Line, true), field("text", Kind::Long, true)];
const INTRODUCTION_FIELDS: [Field; 3] = [field("heading", Kind::Line, true), field("text", Kind::Long, true), field("how_to_use", Kind::Long, true)];
const SUPPORT_FIELDS: [Field; 3] = [field("title", Kind::Line, true), field("text", Kind::Long, true), field("note", Kind::Long, true)];
const PANEL_FIELDS: [Field; 2] = [field("title", Kind::Line, true), field("text", Kind::Long, true)];

impl FormItem {
    /// Its fields, in the order the form shows them.
    pub fn fields(self) -> &'static [Field] {
        match self {
            FormItem::Stage(_) | FormItem::Hub => &STAGE_FIELDS,
            FormItem::Helpline(_) => &HELPLINE_FIELDS,
            FormItem::Resource(_) => &RESOURCE_FIELDS,
            FormItem::Source(_) => &SOURCE_FIELDS,
            FormItem::Panel("introduction") => &INTRODUCTION_FIELDS,
            FormItem::Panel("support") => &SUPPORT_FIELDS,
            FormItem::Panel(_) => &PANEL_FIELDS,
            FormItem::Labels => label_fields(),
        }
    }

    /// The key of the field that names it.
    fn name_key(self) -> &'static str {
        match self {
            FormItem::Helpline(_) => "name",
            FormItem::Source(_) => "id",
            FormItem::Panel("introduction") => "heading",
            _ => "title",
        }
    }

    /// How the build's mistakes name it, from its table: `stage "survival-mode"`.
    fn place(self, table: &Table) -> String {
        let text = |key: &str| table.get(key).and_then(Item::as_str).unwrap_or("").trim().to_string();
        match self {
            FormItem::Stage(_) | FormItem::Hub => Named::Stage.place(&text("id")),
            FormItem::Helpline(_) => Named::Helpline.place(&text("name")),
            FormItem::Resource(_) => Named::Resource.place(&text("id")),
            FormItem::Source(_) => Named::Source.place(&text("id")),
            FormItem::Panel(name) => format!("[{name}]"),
            FormItem::Labels => "[labels]".to_string(),
        }
    }
}

/// A field for each label, named by its key.
fn label_fields() -> &'static [Field] {
    static FIELDS: std::sync::OnceLock<Vec<Field>> = std::sync::OnceLock::new();
    FIELDS.get_or_init(|| crate::content::Labels::KEYS.iter().map(|key| field(key, Kind::Line, true)).collect())
}

/// A conversation opener as the form shows it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OpenerValue {
    pub text: String,
    pub disclosure: bool,
}

/// A field's value as the file has it (empty where it has none).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldValue {
    Text(String),
    /// Nations, or the ids of resources.
    Words(Vec<String>),
    Openers(Vec<OpenerValue>),
}

/// An item's form: what it is, what names it, how the build's mistakes name it, and each
/// field with its value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemForm {
    pub item: FormItem,
    pub name: String,
    place: String,
    pub values: Vec<(Field, FieldValue)>,
    /// The resources a stage can choose from: (id, title), in the file's order.
    pub resources: Vec<(String, String)>,
}

impl ItemForm {
    /// A text field's value.
    pub fn text(&self, key: &str) -> &str {
        match self.values.iter().find(|(f, _)| f.key == key) {
            Some((_, FieldValue::Text(text))) => text,
            _ => "",
        }
    }

    /// What the build's mistakes about one of its fields start with (after the line).
    pub fn mistake_prefix(&self, key: &str) -> String {
        format!("{}, field \"{key}\"", self.place)
    }
}

/// A change made in a form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormEdit {
    /// A text field's new text; an empty field the file need not have is taken out.
    Text(&'static str, String),
    /// Nations or resources chosen.
    Words(&'static str, Vec<String>),
    Openers(&'static str, Vec<OpenerValue>),
}

fn table(doc: &DocumentMut, item: FormItem) -> Option<&Table> {
    let list = |key: &str, sub: Option<&str>, i: usize| {
        let mut at = doc.get(key)?;
        if let Some(sub) = sub {
            at = at.get(sub)?;
        }
        at.as_array_of_tables()?.get(i)
    };
    match item {
        FormItem::Stage(i) => list("stages", None, i),
        FormItem::Hub => doc.get("hub")?.as_table(),
        FormItem::Helpline(i) => list("support", Some("services"), i),
        FormItem::Resource(i) => list("resources", Some("items"), i),
        FormItem::Source(i) => list("sources", None, i),
        FormItem::Panel(name) => doc.get(name)?.as_table(),
        FormItem::Labels => doc.get("labels")?.as_table(),
    }
}

fn table_mut(doc: &mut DocumentMut, item: FormItem) -> Option<&mut Table> {
    fn list<'d>(doc: &'d mut DocumentMut, key: &str, sub: Option<&str>, i: usize) -> Option<&'d mut Table> {
        let mut at = doc.get_mut(key)?;
        if let Some(sub) = sub {
            at = at.get_mut(sub)?;
        }
        at.as_array_of_tables_mut()?.get_mut(i)
    }
    match item {
        FormItem::Stage(i) => list(doc, "stages", None, i),
        FormItem::Hub => doc.get_mut("hub")?.as_table_mut(),
        FormItem::Helpline(i) => list(doc, "support", Some("services"), i),
        FormItem::Resource(i) => list(doc, "resources", Some("items"), i),
        FormItem::Source(i) => list(doc, "sources", None, i),
        FormItem::Panel(name) => doc.get_mut(name)?.as_table_mut(),
        FormItem::Labels => doc.get_mut("labels")?.as_table_mut(),
    }
}

/// The form of an item, if the file reads as TOML and has it.
pub fn item_form(text: &str, item: FormItem) -> Option<ItemForm> {
    let doc: DocumentMut = text.parse().ok()?;
    let table = table(&doc, item)?;
    let words = |value: Option<&Item>| value.and_then(Item::as_array).map_or(Vec::new(), |a| a.iter().filter_map(Value::as_str).map(String::from).collect());
    let values = item
        .fields()
        .iter()
        .map(|field| {
            let value = table.get(field.key);
            let value = match field.kind {
                Kind::Nations | Kind::Resources => FieldValue::Words(words(value)),
                Kind::Openers => FieldValue::Openers(value.and_then(Item::as_array).map_or(Vec::new(), |a| a.iter().map(opener_of).collect())),
                _ => FieldValue::Text(value.and_then(Item::as_str).unwrap_or("").to_string()),
            };
            (*field, value)
        })
        .collect();
    let resources = doc
        .get("resources")
        .and_then(|r| r.get("items"))
        .and_then(Item::as_array_of_tables)
        .map_or(Vec::new(), |items| {
            let text = |t: &Table, key: &str| t.get(key).and_then(Item::as_str).unwrap_or("").to_string();
            items.iter().map(|t| (text(t, "id"), text(t, "title"))).collect()
        });
    let name = table.get(item.name_key()).and_then(Item::as_str).unwrap_or("").trim().to_string();
    Some(ItemForm { item, name, place: item.place(table), values, resources })
}

fn opener_of(value: &Value) -> OpenerValue {
    match value {
        Value::InlineTable(table) => OpenerValue {
            text: table.get("text").and_then(Value::as_str).unwrap_or("").to_string(),
            disclosure: table.get("disclosure").and_then(Value::as_bool).unwrap_or(false),
        },
        other => OpenerValue { text: other.as_str().unwrap_or("").to_string(), disclosure: false },
    }
}

/// The file with one change to one item; `None` if the file does not read as TOML or has no
/// such item (the text view is the way to mend it).
pub fn edit_item(text: &str, item: FormItem, edit: &FormEdit) -> Option<String> {
    let mut doc: DocumentMut = text.parse().ok()?;
    let table = table_mut(&mut doc, item)?;
    let field = |key: &str| item.fields().iter().find(|f| f.key == key).copied();
    match edit {
        FormEdit::Text(key, value) => {
            let required = field(key).is_some_and(|f| f.required);
            if value.trim().is_empty() && !required {
                remove_keeping_comments(table, key);
            } else {
                let long = table.get(key).and_then(Item::as_value).is_some_and(is_long) || value.contains('\n');
                set_keeping_decor(table, key, if long { long_text(value)? } else { one_line_text(value)? });
            }
        }
        FormEdit::Words(key, words) => {
            set_keeping_decor(table, key, Value::Array(words.iter().map(String::as_str).collect::<Array>()));
        }
        FormEdit::Openers(key, openers) => {
            let items: Vec<String> = openers
                .iter()
                .map(|opener| {
                    let text = Value::from(opener.text.as_str()).to_string();
                    if opener.disclosure { format!("{{ text = {}, disclosure = true }}", text.trim()) } else { text.trim().to_string() }
                })
                .collect();
            // As the file had it: on one line, or one opener to a line.
            let one_line = table.get(key).and_then(Item::as_value).is_some_and(|old| !old.to_string().contains('\n'));
            let array = match (items.is_empty(), one_line) {
                (true, _) => "[]".to_string(),
                (false, true) => format!("[{}]", items.join(", ")),
                (false, false) => format!("[\n{}]", items.iter().map(|i| format!("  {i},\n")).collect::<String>()),
            };
            set_keeping_decor(table, key, array.parse().ok()?);
        }
    }
    Some(doc.to_string())
}

/// Whether a text is written over several lines (`"""…"""`).
fn is_long(value: &Value) -> bool {
    value.as_str().is_some() && value.to_string().trim_start().starts_with("\"\"\"")
}

/// A text written over several lines, as the file writes its long texts: from the line after
/// the opening quotes (the break after them is not part of the text) to the closing quotes,
/// which go on a line of their own when the text ends with a line break, as the file's do.
fn long_text(text: &str) -> Option<Value> {
    let mut escaped = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            // A quote is escaped only where it could close the text: before another, or last.
            '"' if matches!(chars.peek(), Some('"') | None) => escaped.push_str("\\\""),
            '\n' | '\t' => escaped.push(c),
            c if c.is_control() => escaped.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => escaped.push(c),
        }
    }
    format!("\"\"\"\n{escaped}\"\"\"").parse().ok()
}

/// A text on one line, in double quotes, as the file writes its short texts (a quote in it is
/// written \").
fn one_line_text(text: &str) -> Option<Value> {
    let mut escaped = String::with_capacity(text.len() + 2);
    for c in text.chars() {
        match c {
            '\\' => escaped.push_str("\\\\"),
            '"' => escaped.push_str("\\\""),
            c if c.is_control() => escaped.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => escaped.push(c),
        }
    }
    format!("\"{escaped}\"").parse().ok()
}

/// Sets a key's value, keeping the key as it was (the comments above it) and what surrounds
/// the old value (its spaces, a comment after it); a new key goes last.
fn set_keeping_decor(table: &mut Table, key: &str, mut value: Value) {
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
fn remove_keeping_comments(table: &mut Table, key: &str) {
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

/// Where each section starts (its line, from 1), and the item it is if a form edits it.
fn sections(text: &str) -> Vec<(usize, Option<FormItem>)> {
    let mut counts = [0usize; 4];
    let mut found = Vec::new();
    let mut in_long_text = false;
    for (number, text_line) in text.lines().enumerate() {
        if let Some(header) = table_header(text_line).filter(|_| !in_long_text) {
            let mut next = |i: usize| {
                counts[i] += 1;
                counts[i] - 1
            };
            let item = match header {
                ("stages", true) => Some(FormItem::Stage(next(0))),
                ("hub", false) => Some(FormItem::Hub),
                ("support.services", true) => Some(FormItem::Helpline(next(1))),
                ("resources.items", true) => Some(FormItem::Resource(next(2))),
                ("sources", true) => Some(FormItem::Source(next(3))),
                ("labels", false) => Some(FormItem::Labels),
                (name, false) => PANELS.iter().find(|p| **p == name).map(|p| FormItem::Panel(p)),
                _ => None,
            };
            found.push((number + 1, item));
        }
        let quotes = text_line.matches("\"\"\"").count() + text_line.matches("'''").count();
        in_long_text ^= quotes % 2 == 1;
    }
    found
}

/// The item a line (from 1) is in, if it is one a form edits.
pub fn item_at_line(text: &str, line: usize) -> Option<FormItem> {
    sections(text).into_iter().take_while(|(start, _)| *start <= line).last().and_then(|(_, item)| item)
}

/// The first line (from 1) of an item's section, to mark it in the text.
pub fn item_line(text: &str, item: FormItem) -> Option<usize> {
    item_lines(text, item).map(|lines| lines.start)
}

/// The lines (from 1) of an item's section: from its header to the next section's.
pub fn item_lines(text: &str, item: FormItem) -> Option<std::ops::Range<usize>> {
    let sections = sections(text);
    let at = sections.iter().position(|(_, found)| *found == Some(item))?;
    let end = sections.get(at + 1).map_or(text.lines().count() + 1, |(line, _)| *line);
    Some(sections[at].0..end)
}

/// The file with a new resource after the last, every field empty for the form to fill; and
/// the item it is.
pub fn add_resource(text: &str) -> Option<(String, FormItem)> {
    let doc: DocumentMut = text.parse().ok()?;
    let count = doc.get("resources")?.get("items")?.as_array_of_tables()?.len();
    // After the last resource's lines: before the next section, and the comments above it.
    let lines: Vec<&str> = text.split_inclusive('\n').collect();
    let last = lines.iter().enumerate().filter(|(_, l)| table_header(l) == Some(("resources.items", true))).map(|(i, _)| i).next_back()?;
    let mut end = lines.iter().enumerate().skip(last + 1).find(|(_, l)| table_header(l).is_some()).map_or(lines.len(), |(i, _)| i);
    while end > last + 1 && (lines[end - 1].trim().is_empty() || lines[end - 1].trim_start().starts_with('#')) {
        end -= 1;
    }
    let block = "\n[[resources.items]]\nid = \"\"\ntitle = \"\"\naudience = \"both\"\npage = \"\"\ndescription = \"\"\n";
    let before: String = lines[..end].concat();
    let before = if before.ends_with('\n') { before } else { format!("{before}\n") };
    Some((format!("{before}{block}{}", lines[end..].concat()), FormItem::Resource(count)))
}

