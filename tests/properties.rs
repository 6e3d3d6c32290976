//! Property tests: every parser of input from outside the app (the address, stored data,
//! messages from other windows and host pages, keys, the content file and its formatting) is
//! fed arbitrary text and bytes. None may panic; each gives a valid result or a clear refusal,
//! and what it gives keeps the rule it is for.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use adversity_cycle::content::load::load;
use adversity_cycle::content::rich_text::{inlines, link_target, Inline, LinkTarget};
use adversity_cycle::model::action::Action;
use adversity_cycle::content::form::{edit_item, item_form, item_lines, FieldValue, FormEdit, FormItem, Kind, OpenerValue};
use adversity_cycle::model::keys::command_for_key;
use adversity_cycle::model::page::PageView;
use adversity_cycle::model::messages::{Fields, HostCommand, PresentationMessage, Value, HOST_FIELDS, PRESENTATION_FIELDS};
use adversity_cycle::model::route::{Route, View};
use adversity_cycle::model::stored::{self, Remembered, Write};
use proptest::prelude::*;
use support::*;

/// Text as it might arrive: anything at all, or bytes read as text.
fn outside_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[#?&=a-z0-9/%.-]{0,40}",
        proptest::collection::vec(any::<u8>(), 0..120).prop_map(|b| String::from_utf8_lossy(&b).into_owned()),
    ]
}

/// A field of a message as the browser edge might read it.
fn value() -> impl Strategy<Value = Value> {
    prop_oneof![
        outside_text().prop_map(Value::Text),
        Just(Value::Text("adversity-cycle".into())),
        prop_oneof![Just("hello"), Just("at"), Just("select"), Just("reset"), Just("resized"), Just("second-stage"), Just("#the-hub/openers")]
            .prop_map(|t| Value::Text(t.into())),
        any::<f64>().prop_map(Value::Number),
        Just(Value::Number(1.0)),
        Just(Value::Number(2.0)),
        (0u32..50).prop_map(|n| Value::Number(f64::from(n))),
        any::<bool>().prop_map(Value::Bool),
        Just(Value::Other),
    ]
}

fn fields(names: &'static [&'static str]) -> impl Strategy<Value = Fields> {
    proptest::collection::vec((proptest::sample::select(names), value()), 0..8).prop_map(Fields)
}

proptest! {
    #[test]
    fn any_address_gives_a_route_that_writes_back_the_same(search in outside_text(), hash in outside_text()) {
        let outline = outline_from(&fixture());
        let route = Route::parse(&search, &hash, outline);
        let written = Route::parse(&route.query(), &route.view.hash(outline), outline);
        prop_assert_eq!(written, route);
    }

    #[test]
    fn a_hash_is_either_a_view_that_round_trips_or_refused(hash in outside_text()) {
        let outline = outline_from(&fixture());
        if let Some(view) = View::parse_hash(&hash, outline) {
            prop_assert_eq!(View::parse_hash(&view.hash(outline), outline), Some(view));
        } else {
            prop_assert_eq!(View::from_hash(&hash, outline), View::Introduction);
        }
    }

    #[test]
    fn any_stored_values_read_as_something_valid_that_stores_back_the_same(values in proptest::collection::vec(outside_text(), 9)) {
        let outline = outline_from(&fixture());
        let keys: Vec<String> = ["content-note-seen", "visited", "lens", "nation"].map(String::from).into_iter()
            .chain(outline.stages_in_order().map(|(_, s)| stored::note_key(&s.id))).collect();
        let read = stored::read(outline, |key| keys.iter().position(|k| k == key).map(|i| values[i % values.len()].clone()));
        let (remembered, notes) = &read;
        for id in &remembered.visited {
            prop_assert!(outline.find(id).is_some());
        }
        for (id, text) in notes {
            prop_assert!(outline.find(id).is_some());
            prop_assert!(!text.trim().is_empty() && text.chars().count() <= stored::MAX_NOTE_CHARS);
        }
        // Idempotent: what was read, written back and read again, is the same.
        let mut storage = std::collections::BTreeMap::new();
        let note_writes = notes.iter().map(|(id, text)| Write::Set(stored::note_key(id), text.clone()));
        for write in stored::changes(&Remembered::default(), remembered).into_iter().chain(note_writes) {
            if let Write::Set(key, text) = write {
                storage.insert(key, text);
            }
        }
        prop_assert_eq!(stored::read(outline, |key| storage.get(key).cloned()), read);
    }

    #[test]
    fn a_host_message_is_read_only_if_it_is_ours_of_version_one_and_well_formed(fields in fields(&HOST_FIELDS)) {
        let outline = outline_from(&fixture());
        if let Some(command) = HostCommand::read(&fields, outline) {
            prop_assert_eq!(fields.kind(1).is_some(), true, "only namespaced, version 1 messages");
            match command {
                HostCommand::Select(view) => prop_assert!(view.stage().is_some()),
                HostCommand::Resized(height) => prop_assert!(height <= adversity_cycle::contract::message::MAX_HEIGHT),
                HostCommand::Hello | HostCommand::Reset => {}
            }
        }
    }

    #[test]
    fn a_presentation_message_read_writes_back_as_the_same_message(fields in fields(&PRESENTATION_FIELDS)) {
        let outline = outline_from(&fixture());
        if let Some(message) = PresentationMessage::read(&fields, outline) {
            prop_assert_eq!(PresentationMessage::read(&message.fields(outline), outline), Some(message));
        }
    }

    #[test]
    fn a_key_that_is_not_a_command_changes_nothing_while_presenting(key in outside_text()) {
        prop_assume!(command_for_key(&key).is_none());
        let mut state = started("?mode=present", "#second-stage/openers", returning());
        let before = PageView::of(&state);
        prop_assert_eq!(state.update(Action::Key(key)), Vec::new());
        prop_assert_eq!(PageView::of(&state), before);
    }

    #[test]
    fn formatted_text_splits_into_pieces_that_rebuild_it(paragraph in "[a-z *\\[\\]()#:/.]{0,60}|.{0,60}") {
        let rebuilt: String = inlines(&paragraph)
            .into_iter()
            .map(|inline| match inline {
                Inline::Text(t) => t.to_string(),
                Inline::Emphasis(e) => format!("*{e}*"),
                Inline::Link { text, href } => format!("[{text}]({href})"),
            })
            .collect();
        prop_assert_eq!(rebuilt, paragraph);
    }

    #[test]
    fn only_safe_addresses_are_links(href in outside_text()) {
        match link_target(&href) {
            Ok(LinkTarget::External) => prop_assert!(href.to_ascii_lowercase().starts_with("https://")),
            Ok(LinkTarget::Phone) => prop_assert!(href.to_ascii_lowercase().starts_with("tel:")),
            Ok(LinkTarget::Text) => prop_assert!(href.to_ascii_lowercase().starts_with("sms:")),
            Ok(LinkTarget::Email) => prop_assert!(href.to_ascii_lowercase().starts_with("mailto:")),
            Ok(LinkTarget::InPage(_)) => prop_assert!(href.starts_with('#')),
            Err(refusal) => prop_assert!(refusal.0.contains("not allowed")),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_text_is_refused_with_mistakes_on_lines_that_text_has(text in outside_text()) {
        let lines = text.split('\n').count();
        let Err(errors) = load("content.toml", &text, TODAY) else { return Err(TestCaseError::fail("no short text is a whole content file")) };
        prop_assert!(errors.to_string().starts_with("content.toml has"));
        for mistake in &errors.errors {
            prop_assert!((1..=lines).contains(&mistake.line), "line {} of {lines}: {}", mistake.line, mistake.message);
        }
    }

    #[test]
    fn a_damaged_file_is_refused_with_mistakes_on_its_own_lines(at in 0usize..10_000, junk in outside_text()) {
        let mut text = fixture();
        let at = (0..=at.min(text.len())).rev().find(|i| text.is_char_boundary(*i)).unwrap_or(0);
        text.insert_str(at, &junk);
        let lines = text.split('\n').count();
        if let Err(errors) = load("content.toml", &text, TODAY) {
            for mistake in &errors.errors {
                prop_assert!((1..=lines).contains(&mistake.line) && !mistake.message.is_empty(), "{mistake:?}");
            }
        }
    }

    #[test]
    fn a_comment_between_any_two_lines_changes_nothing(at in 0usize..1_000, words in "[ -~]{0,40}") {
        let text = fixture();
        let lines: Vec<&str> = text.split('\n').collect();
        // Where a line can go: not inside a """long text""", where it would be text.
        let mut open = false;
        let between: Vec<usize> = lines
            .iter()
            .enumerate()
            .filter_map(|(i, line)| {
                let here = (!open).then_some(i);
                open ^= line.matches("\"\"\"").count() % 2 == 1;
                here
            })
            .collect();
        let at = between[at % between.len()];
        let commented = [&lines[..at], &[format!("# {words}").as_str()], &lines[at..]].concat().join("\n");
        prop_assert_eq!(load("content.toml", &commented, TODAY), load("content.toml", &text, TODAY));
    }
}

/// Every item of the fixture a form edits.
const FORM_ITEMS: [FormItem; 15] = [
    FormItem::Stage(0),
    FormItem::Stage(1),
    FormItem::Stage(2),
    FormItem::Hub,
    FormItem::Helpline(0),
    FormItem::Helpline(1),
    FormItem::Resource(0),
    FormItem::Resource(1),
    FormItem::Source(0),
    FormItem::Panel("introduction"),
    FormItem::Panel("support"),
    FormItem::Panel("disclosure"),
    FormItem::Panel("self_care"),
    FormItem::Panel("about"),
    FormItem::Labels,
];

/// A change a form can make to one of the fixture's items: any value of the field's kind.
fn form_change() -> impl Strategy<Value = (FormItem, FormEdit)> {
    (0..FORM_ITEMS.len(), 0usize..20, outside_text(), proptest::collection::vec(("[a-z-]{0,12}", outside_text(), any::<bool>()), 0..4)).prop_map(|(i, f, text, list)| {
        let item = FORM_ITEMS[i];
        let field = item.fields()[f % item.fields().len()];
        let edit = match field.kind {
            Kind::Nations | Kind::Resources => FormEdit::Words(field.key, list.into_iter().map(|(word, _, _)| word).collect()),
            Kind::Openers => FormEdit::Openers(field.key, list.into_iter().map(|(_, text, disclosure)| OpenerValue { text, disclosure }).collect()),
            _ => FormEdit::Text(field.key, text),
        };
        (item, edit)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn any_sequence_of_form_edits_keeps_the_file_its_comments_and_every_other_line(edits in proptest::collection::vec(form_change(), 1..8)) {
        // The fixture, with comments inside an item to keep.
        let mut text = fixture_with("hours = \"24 hours a day.\"", "hours = \"24 hours a day.\" # from its website\n# Free from landlines and mobiles.");
        let comments = ["# from its website", "# Free from landlines and mobiles."];
        for (item, edit) in edits {
            let changed = edit_item(&text, item, &edit);
            prop_assert!(changed.is_some(), "{:?} {:?} applies to a file that reads", item, edit);
            let changed = changed.unwrap();
            prop_assert!(changed.parse::<toml::Table>().is_ok(), "still TOML:\n{}", changed);
            for comment in comments {
                prop_assert!(changed.contains(comment), "{} is kept", comment);
            }
            // Only the edited item's lines change.
            let (before, after): (Vec<&str>, Vec<&str>) = (text.lines().collect(), changed.lines().collect());
            let (old, new) = (item_lines(&text, item).unwrap(), item_lines(&changed, item).expect("the item is still there"));
            prop_assert_eq!(old.start, new.start);
            prop_assert_eq!(&before[..old.start - 1], &after[..new.start - 1]);
            prop_assert_eq!(&before[old.end - 1..], &after[new.end - 1..]);
            // And the form reads back what was written.
            let form = item_form(&changed, item).expect("the item is still there");
            let read = form.values.iter().find(|(f, _)| Some(f.key) == match &edit { FormEdit::Text(k, _) | FormEdit::Words(k, _) | FormEdit::Openers(k, _) => Some(*k) }).map(|(_, v)| v.clone());
            match &edit {
                FormEdit::Text(key, value) if value.trim().is_empty() && !item.fields().iter().any(|f| f.key == *key && f.required) => {
                    prop_assert_eq!(read, Some(FieldValue::Text(String::new())));
                }
                FormEdit::Text(_, value) => prop_assert_eq!(read, Some(FieldValue::Text(value.clone()))),
                FormEdit::Words(_, words) => prop_assert_eq!(read, Some(FieldValue::Words(words.clone()))),
                FormEdit::Openers(_, openers) => prop_assert_eq!(read, Some(FieldValue::Openers(openers.clone()))),
            }
            text = changed;
        }
    }
}
