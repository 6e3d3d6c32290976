//! The content editor's model: a draft is checked exactly as the build checks the content
//! file, the preview keeps the last good version through mistakes and follows the caret, a
//! file that is not text never replaces the draft, and the site is made only from a draft
//! without mistakes.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::rc::Rc;

use adversity_cycle::content::load::load;
use adversity_cycle::content::{Labels, StagePlace, CONTENT_FILE};
use adversity_cycle::model::draft::{base_of, check, line_count, line_span, line_start, opening, Checked, Editing, Opening, PreviewSection};
use adversity_cycle::content::form::FormEdit;
use adversity_cycle::model::editor::{EditedFile, Kept, EditorAction, EditorEffect, EditorState, SiteStatus, MISTAKES_SHOWN, SITE_DOWNLOAD};
use adversity_cycle::model::route::InfoPanel;
use adversity_cycle::prerender::block_on;
use adversity_cycle::view::editor::{EditorView, EditorViewProps};
use support::*;


/// The fixture with the second stage's summary misspelt.
fn misspelt() -> String {
    fixture_with("summary = \"Second summary.\"", "sumary = \"Second summary.\"")
}

/// The editor opened on the fixture, with nothing kept on this device.
fn editor() -> EditorState {
    EditorState::new(fixture(), Ok(None), TODAY, Vec::new(), String::new())
}

/// The caret's offset at the start of the first line that starts with `line`.
fn caret_at(text: &str, line: &str) -> u32 {
    let number = text.lines().position(|l| l.starts_with(line)).unwrap_or_else(|| panic!("no line starts with {line}")) + 1;
    line_start(text, number)
}

#[test]
fn a_mistake_reads_as_the_build_prints_it_with_its_line() {
    let text = misspelt();
    let build = load(CONTENT_FILE, &text, TODAY).expect_err("the build refuses it");
    let Checked::Mistakes(mistakes) = check(&text, TODAY) else { panic!("the editor refuses it too") };
    let printed = build.to_string();
    assert_eq!(mistakes.len(), 2);
    for mistake in &mistakes {
        // The build's words, the line where the build names the file.
        let prefix = format!("Line {}: ", mistake.line);
        assert!(mistake.text.starts_with(&prefix), "{}", mistake.text);
        let as_built = format!("{CONTENT_FILE}:{}: {}", mistake.line, &mistake.text[prefix.len()..]);
        assert!(printed.lines().any(|line| line == as_built), "{as_built} is not in the build's output:\n{printed}");
    }
    let typo_line = text.lines().position(|l| l.starts_with("sumary = ")).unwrap() + 1;
    assert!(mistakes.iter().any(|m| m.line == typo_line && m.text.contains("field \"sumary\": is not a field")));
}

#[test]
fn the_preview_keeps_the_last_good_version_through_mistakes_and_says_so() {
    let mut editing = Editing::open(&fixture(), &fixture(), |text| check(text, TODAY));
    let good = editing.preview.clone().expect("a preview");
    assert!(editing.mistakes.is_empty() && !editing.stale);

    editing.checked(check(&misspelt(), TODAY));
    assert_eq!(editing.mistakes.len(), 2);
    assert_eq!(editing.preview, Some(good), "the same preview, not a new one");
    assert!(editing.stale);
    assert_eq!(editing.warning, None);

    editing.checked(check(&fixture_with("title = \"The second stage\"", "title = \"Retitled\""), TODAY));
    assert!(editing.mistakes.is_empty() && !editing.stale);
    assert_eq!(editing.preview.expect("a preview").cycle.0.stages[1].title, "Retitled");
}

#[test]
fn a_draft_with_mistakes_opens_with_the_published_version_in_the_preview() {
    let editing = Editing::open(&fixture(), &misspelt(), |text| check(text, TODAY));
    assert_eq!(editing.mistakes.len(), 2);
    assert!(editing.stale);
    assert_eq!(editing.preview.expect("the published version").cycle.0.stages[1].summary, "Second summary.");
}

#[test]
fn the_caret_goes_to_the_start_of_a_line_counted_as_the_browser_counts() {
    // "é" is one unit, "🙂" two: the browser counts UTF-16 units, not bytes or characters.
    let text = "a = \"é\"\nb = \"🙂\"\r\nc = 1\n";
    assert_eq!(line_start(text, 1), 0);
    assert_eq!(line_start(text, 2), 8);
    assert_eq!(line_start(text, 3), 8 + 10);
    assert_eq!(line_start(text, 99), text.encode_utf16().count() as u32);
    assert_eq!(line_count(text), 4);
    assert_eq!(line_count(""), 1);
    // A line marked is the line, without its break (either kind).
    assert_eq!(line_span(text, 2), (8, 8 + 8));
    assert_eq!(line_span(text, 3), (18, 18 + 5));
}

#[test]
fn a_kept_draft_opens_and_says_when_the_published_version_changed_under_it() {
    let published = "title = \"Published\"\n";
    let draft = "title = \"My draft\"\n";
    assert_eq!(opening(published, None), Opening { text: published.into(), published_changed: false });
    assert_eq!(
        opening(published, Some((draft.into(), Some(base_of(published))))),
        Opening { text: draft.into(), published_changed: false }
    );
    assert_eq!(opening(published, Some((draft.into(), Some(base_of("an older version"))))), Opening { text: draft.into(), published_changed: true });
    assert_eq!(opening(published, Some((draft.into(), None))), Opening { text: draft.into(), published_changed: true });
    // A kept draft that is the published version is no draft at all.
    assert_eq!(opening(published, Some((published.into(), None))), Opening { text: published.into(), published_changed: false });
}

#[test]
fn the_previews_links_lead_to_stages_and_panels_and_anything_else_to_the_introduction() {
    let outline = outline_from(&fixture());
    let cases = [
        ("#second-stage", PreviewSection::Stage(StagePlace::Ring(1))),
        ("#second-stage/openers", PreviewSection::Stage(StagePlace::Ring(1))),
        ("#the-hub", PreviewSection::Stage(StagePlace::Hub)),
        ("#get-support", PreviewSection::Panel(InfoPanel::GetSupport)),
        ("#responding-to-a-disclosure", PreviewSection::Panel(InfoPanel::Disclosure)),
        ("#", PreviewSection::Introduction),
        ("#end", PreviewSection::Introduction),
        ("#a-stage-no-longer-there", PreviewSection::Introduction),
    ];
    for (link, shows) in cases {
        assert_eq!(PreviewSection::of_link(outline, link), shows, "{link}");
    }
}

#[test]
fn the_preview_shows_the_part_of_the_file_the_caret_is_in() {
    // A long text with a line that starts like a section, which is text all the same.
    let text = fixture_with("explanation = \"Second explanation.\"", "explanation = \"\"\"\nSecond explanation.\n[Get support](#get-support) lists helplines.\n\"\"\"");
    let cases = [
        ("title = \"Test cycle\"", Some(PreviewSection::Introduction)),
        ("heading = \"Test introduction\"", Some(PreviewSection::Introduction)),
        ("id = \"first-stage\"", Some(PreviewSection::Stage(StagePlace::Ring(0)))),
        ("label = \"Second\"", Some(PreviewSection::Stage(StagePlace::Ring(1)))),
        ("[Get support](#get-support) lists helplines.", Some(PreviewSection::Stage(StagePlace::Ring(1)))),
        ("reflection = \"Second reflection?\"", Some(PreviewSection::Stage(StagePlace::Ring(1)))),
        ("label = \"Third\"", Some(PreviewSection::Stage(StagePlace::Ring(2)))),
        ("label = \"Hub\"", Some(PreviewSection::Stage(StagePlace::Hub))),
        ("name = \"A Welsh line\"", Some(PreviewSection::Panel(InfoPanel::GetSupport))),
        ("heading = \"When an adult tells you\"", Some(PreviewSection::Panel(InfoPanel::Disclosure))),
        ("text = \"A note.", Some(PreviewSection::ContentNote)),
        ("text = \"Look after yourself.\"", Some(PreviewSection::Panel(InfoPanel::SelfCare))),
        ("text = \"A law (2021).\"", Some(PreviewSection::Panel(InfoPanel::About))),
        ("text = \"About the diagram.\"", Some(PreviewSection::Panel(InfoPanel::About))),
        // Resources and labels show in many places: the preview stays where it was.
        ("title = \"Parents resource\"", None),
        ("stages_list = ", None),
    ];
    for (line, shows) in cases {
        assert_eq!(PreviewSection::at_caret(&text, caret_at(&text, line)), shows, "at {line}");
    }
}

#[test]
fn typing_keeps_the_draft_checks_it_after_a_pause_and_the_preview_follows_the_caret() {
    let mut editor = editor();
    let text = misspelt();
    let caret = caret_at(&text, "sumary");
    let effects = editor.update(EditorAction::Typed { text: text.clone(), caret });
    assert_eq!(effects, vec![EditorEffect::Keep(EditedFile::Content, Some((text.clone(), base_of(&fixture())))), EditorEffect::CheckSoon]);
    assert_eq!(editor.showing, PreviewSection::Stage(StagePlace::Ring(1)));
    assert!(editor.editing.mistakes.is_empty(), "not checked until the pause");
    assert_eq!(editor.update(EditorAction::CheckNow), vec![]);
    assert_eq!(editor.editing.mistakes.len(), 2);

    // Typed back to the published version: nothing to keep.
    let effects = editor.update(EditorAction::Typed { text: fixture(), caret: 0 });
    assert_eq!(effects[0], EditorEffect::Keep(EditedFile::Content, None));
    assert_eq!(editor.showing, PreviewSection::Introduction);
}

#[test]
fn a_file_that_is_not_text_says_so_and_leaves_the_draft_as_it_was() {
    let png = vec![0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D];
    let latin1 = b"title = \"Caf\xe9\"\n".to_vec();
    let pdf_like = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nstream\x00\x01\x02".to_vec();
    for bytes in [Some(png), Some(latin1), Some(pdf_like), None] {
        let mut editor = editor();
        editor.update(EditorAction::Typed { text: misspelt(), caret: 0 });
        assert_eq!(editor.update(EditorAction::FileRead(bytes)), vec![]);
        assert!(editor.open_failed);
        assert_eq!(editor.text, misspelt());
    }
}

#[test]
fn a_text_file_replaces_the_draft_at_once_only_when_nothing_would_be_lost() {
    let opened = fixture_with("title = \"Test cycle\"", "title = \"Opened\"");
    let mut editor = editor();
    // A byte-order mark from a text editor is not part of the text.
    let effects = editor.update(EditorAction::FileRead(Some(format!("\u{feff}{opened}").into_bytes())));
    assert_eq!(editor.text, opened);
    assert_eq!(effects, vec![EditorEffect::Keep(EditedFile::Content, Some((opened.clone(), base_of(&fixture()))))]);

    let mut editor = editor_with_changes();
    let effects = editor.update(EditorAction::FileRead(Some(opened.clone().into_bytes())));
    let [EditorEffect::Confirm { question, then }] = effects.as_slice() else { panic!("asks first: {effects:?}") };
    assert_eq!(question, &editor.labels.editor_open_replace_confirm.to_string());
    assert_eq!(editor.text, misspelt(), "nothing changes until the reader agrees");
    editor.update(*then.clone());
    assert_eq!(editor.text, opened);
}

fn editor_with_changes() -> EditorState {
    let mut editor = editor();
    editor.update(EditorAction::Typed { text: misspelt(), caret: 0 });
    editor
}

#[test]
fn start_again_asks_then_restores_the_published_version() {
    let mut editor = editor_with_changes();
    let effects = editor.update(EditorAction::StartAgain);
    let [EditorEffect::Confirm { then, .. }] = effects.as_slice() else { panic!("asks first: {effects:?}") };
    assert_eq!(**then, EditorAction::Replace(fixture()));
    assert_eq!(editor.update(*then.clone()), vec![EditorEffect::Keep(EditedFile::Content, None)]);
    assert_eq!(editor.text, fixture());
    assert!(editor.editing.mistakes.is_empty());
}

#[test]
fn the_site_is_made_only_from_a_draft_without_mistakes_and_says_what_became_of_it() {
    let mut editor = editor_with_changes();
    // Checked as it is now, even before the pause in typing.
    assert_eq!(editor.update(EditorAction::DownloadSite), vec![]);
    assert_eq!(editor.site, SiteStatus::Refused(2));
    assert!(editor.site_status().unwrap().ends_with("Mistakes to fix first: 2."), "{:?}", editor.site_status());

    let retitled = fixture_with("title = \"Test cycle\"", "title = \"Retitled\"");
    editor.update(EditorAction::Typed { text: retitled.clone(), caret: 0 });
    assert_eq!(editor.site, SiteStatus::Idle);
    assert_eq!(editor.update(EditorAction::DownloadSite), vec![EditorEffect::MakeSite { content: retitled, edition: None, file_name: SITE_DOWNLOAD }]);
    assert_eq!(editor.site, SiteStatus::Making);
    editor.update(EditorAction::SiteMade(true));
    assert!(editor.site_status().unwrap().contains(SITE_DOWNLOAD));
    editor.update(EditorAction::SiteMade(false));
    assert_eq!(editor.site, SiteStatus::Failed);
}

#[test]
fn a_mistake_chosen_marks_its_whole_line() {
    let mut editor = editor_with_changes();
    let line = editor.text.lines().position(|l| l.starts_with("sumary")).unwrap() + 1;
    let start = line_start(&editor.text, line);
    let end = start + editor.text.lines().nth(line - 1).unwrap().encode_utf16().count() as u32;
    assert_eq!(editor.update(EditorAction::GoToLine(line)), vec![EditorEffect::MarkLine { start, end, line, lines: line_count(&editor.text) }]);
}

#[test]
fn hundreds_of_mistakes_list_the_first_hundred_and_count_the_rest() {
    let text = fixture();
    let at = text.find("[hub]").unwrap();
    let bad: String = (0..60).map(|i| format!("[[stages]]\nid = \"bad-{i}\"\nlabel = 5\n\n")).collect();
    let mut editor = editor();
    editor.update(EditorAction::Typed { text: format!("{}{bad}{}", &text[..at], &text[at..]), caret: 0 });
    editor.update(EditorAction::CheckNow);
    let total = editor.editing.mistakes.len();
    assert!(total > MISTAKES_SHOWN + 100, "{total}");

    let labels = editor.labels.clone();
    let props = EditorViewProps { state: Rc::new(editor), dispatch: Default::default() };
    let html = block_on(yew::LocalServerRenderer::<EditorView>::with_props(props).hydratable(false).render());
    assert_eq!(html.matches("class=\"editor-mistake\"").count(), MISTAKES_SHOWN);
    let more = labels.editor_more_mistakes.replace("{count}", &(total - MISTAKES_SHOWN).to_string());
    assert!(html.contains(&more), "{more}");
    // The box does not ask for a wrap value HTML does not have; the styles keep lines whole.
    assert!(!html.contains("wrap="));
}

#[test]
fn the_guide_to_editing_lists_every_label() {
    let guide = std::fs::read_to_string("docs/editing-content.md").expect("the guide is readable");
    for key in Labels::KEYS {
        assert!(guide.contains(&format!("`{key}`")), "docs/editing-content.md does not list the label {key}");
    }
}

#[test]
fn a_draft_lists_what_it_changed_item_by_item() {
    use adversity_cycle::model::draft::changed_items;
    let published = fixture();
    assert!(changed_items(&published, &published).is_empty());
    let draft = published
        .replacen("title = \"The second stage\"", "title = \"The second stage, retitled\"", 1)
        .replacen("[labels]\n", "[labels]\n# A comment changes nothing.\n", 1);
    assert_eq!(changed_items(&published, &draft), ["stages \"second-stage\""]);
    let broken = published.replacen("title = \"The second stage\"", "title = \"The second stage", 1);
    assert_eq!(changed_items(&published, &broken), [CONTENT_FILE]);
}

#[test]
fn returning_to_a_kept_draft_says_what_it_changed_until_the_next_change() {
    let published = fixture();
    let draft = published.replacen("title = \"The second stage\"", "title = \"Retitled\"", 1);
    let mut editor = EditorState::new(published.clone(), Ok(Some(Kept { text: draft.clone(), base: Some(base_of(&published)), at: Some("10:42".into()) })), TODAY, Vec::new(), String::new());
    assert_eq!(editor.draft_changes, ["stages \"second-stage\""]);
    assert_eq!(editor.kept_at.as_deref(), Some("10:42"), "and when it was last kept");
    editor.update(EditorAction::Typed { text: format!("{draft}\n"), caret: 0 });
    assert!(editor.draft_changes.is_empty());
    let fresh = EditorState::new(published.clone(), Ok(None), TODAY, Vec::new(), String::new());
    assert!(fresh.draft_changes.is_empty(), "the published version has no changes to list");
}

#[test]
fn downloading_the_content_file_says_what_was_downloaded_and_warns_of_mistakes_in_it() {
    let mut editor = EditorState::new(fixture(), Ok(None), TODAY, Vec::new(), String::new());
    editor.update(EditorAction::DownloadContent);
    let done = editor.site_status().unwrap();
    assert!(done.starts_with("Downloaded adversity-cycle.toml: your draft as it is now."), "{done}");
    // Typed, and not yet checked: the download checks the text as it is.
    editor.update(EditorAction::Typed { text: misspelt(), caret: 0 });
    let effects = editor.update(EditorAction::DownloadContent);
    assert!(matches!(&effects[..], [EditorEffect::Download { text, .. }] if *text == misspelt()), "the work is kept, mistakes and all");
    let warned = editor.site_status().unwrap();
    assert!(warned.contains("with mistakes to fix: 2") && warned.contains("will not build"), "{warned}");
}

#[test]
fn checked_today_writes_the_date_on_the_helpline_the_caret_is_in_and_changes_no_other_line() {
    use adversity_cycle::model::draft::{checked_today, service_name_at};
    let text = "title = \"x\"\n\n[[support.services]]\nname = \"First line\"\nphone = \"01632 960000\"\nchecked_on = \"\"\n\n[[support.services]]\nname = \"Second line\"\nphone = \"01632 960001\"\n\n[labels]\nnext = \"Next\"\n";
    let in_first = text.find("01632 960000").unwrap() as u32;
    let in_second = text.find("01632 960001").unwrap() as u32;
    assert_eq!(service_name_at(text, in_first), Some("First line"));
    assert_eq!(service_name_at(text, in_second), Some("Second line"));
    assert_eq!(service_name_at(text, 0), None, "the title is no helpline");
    assert_eq!(service_name_at(text, text.find("next").unwrap() as u32), None, "nor the labels after them");

    let (first, line) = checked_today(text, in_first, (2026, 11, 30)).unwrap();
    assert_eq!(line, 6);
    let changed: Vec<(&str, &str)> = text.lines().zip(first.lines()).filter(|(a, b)| a != b).collect();
    assert_eq!(changed, [("checked_on = \"\"", "checked_on = \"2026-11-30\"")]);

    // A helpline with no checked_on line gets one, after its name.
    let (second, line) = checked_today(text, in_second, (2026, 1, 5)).unwrap();
    assert_eq!(second.lines().nth(line - 1), Some("checked_on = \"2026-01-05\""));
    assert_eq!(second.lines().nth(line - 2), Some("name = \"Second line\""));
    assert_eq!(second.lines().count(), text.lines().count() + 1);
    assert_eq!(checked_today(text, 0, (2026, 1, 5)), None);
}

#[test]
fn the_checked_today_button_marks_the_line_it_changed() {
    let published = fixture();
    let mut editor = EditorState::new(published.clone(), Ok(None), TODAY, Vec::new(), String::new());
    let caret = published.find("[[support.services]]").unwrap() as u32 + 25;
    editor.update(EditorAction::CaretMoved(caret));
    assert!(editor.caret_service.is_some());
    let effects = editor.update(EditorAction::CheckedToday);
    let Some(EditorEffect::MarkLine { line, .. }) = effects.last() else { panic!("{effects:?}") };
    let (y, m, d) = TODAY;
    assert_eq!(editor.text.lines().nth(line - 1), Some(format!("checked_on = \"{y:04}-{m:02}-{d:02}\"").as_str()));
    assert!(matches!(effects.first(), Some(EditorEffect::Keep(EditedFile::Content, Some(_)))), "the draft is kept");
}

/// The editor on the fixture's site, with the commented file a new edition starts from.
fn editor_with_editions() -> EditorState {
    let new_edition = std::fs::read_to_string("content/new-edition.toml").unwrap();
    EditorState::new(fixture(), Ok(None), TODAY, vec!["exampleshire".into()], new_edition)
}

#[test]
fn a_new_edition_needs_a_folder_name_and_starts_from_the_commented_file() {
    let mut editor = editor_with_editions();
    for bad in ["Salford", "salford city", "edit", ""] {
        assert_eq!(editor.update(EditorAction::StartEdition(bad.into())), vec![]);
        assert_eq!(editor.bad_edition_name.as_deref(), Some(bad));
    }
    let effects = editor.update(EditorAction::StartEdition(" salford ".into()));
    assert_eq!(effects, vec![EditorEffect::Open { file: EditedFile::Edition("salford".into()), published: false }], "not published: nothing to read");
    assert_eq!(editor.bad_edition_name, None);
    // Not published yet: the commented file, whose mistakes say what to fill in.
    editor.update(EditorAction::Opened { file: EditedFile::Edition("salford".into()), published: None, kept: Ok(None) });
    assert_eq!(editor.text, editor.new_edition);
    assert_eq!(editor.all_editions(), ["exampleshire", "salford"]);
    let mistakes: Vec<&str> = editor.editing.mistakes.iter().map(|m| m.text.as_str()).collect();
    assert!(mistakes.iter().any(|m| m.contains("the file, field \"name\": is empty")), "{mistakes:?}");
    assert!(mistakes.iter().all(|m| !m.contains("not a field") && !m.contains("TOML")), "only what to fill in: {mistakes:?}");
}

#[test]
fn an_edition_is_checked_and_previewed_with_the_content_and_published_with_it() {
    let mut editor = editor_with_editions();
    let published = std::fs::read_to_string("tests/fixtures/editions/exampleshire.toml").unwrap();
    let chosen = editor.update(EditorAction::ChooseFile(EditedFile::Edition("exampleshire".into())));
    assert_eq!(chosen, vec![EditorEffect::Open { file: EditedFile::Edition("exampleshire".into()), published: true }]);
    editor.update(EditorAction::Opened { file: EditedFile::Edition("exampleshire".into()), published: Some(published.clone()), kept: Ok(None) });
    assert!(editor.editing.mistakes.is_empty());
    let preview = editor.editing.preview.as_ref().expect("a preview");
    assert_eq!(preview.cycle.0.edition.as_ref().map(|e| e.name.as_ref()), Some("Exampleshire"));
    assert_eq!(editor.showing, PreviewSection::Panel(InfoPanel::GetSupport));
    // The caret in a local step shows the disclosure panel; in a contact, Get support, with
    // its Checked today.
    let step = published.find("instead_of").unwrap() as u32;
    editor.update(EditorAction::CaretMoved(step));
    assert_eq!(editor.showing, PreviewSection::Panel(InfoPanel::Disclosure));
    let contact = published.find("Emergency Duty Team").unwrap() as u32;
    editor.update(EditorAction::CaretMoved(contact));
    assert_eq!(editor.showing, PreviewSection::Panel(InfoPanel::GetSupport));
    assert_eq!(editor.caret_service.as_deref(), Some("Exampleshire Emergency Duty Team"));
    let effects = editor.update(EditorAction::CheckedToday);
    let changed: Vec<(&str, &str)> = published.lines().zip(editor.text.lines()).filter(|(a, b)| a != b).collect();
    assert_eq!(changed, [("checked_on = \"2026-11-02\"", "checked_on = \"2026-11-30\"")]);
    assert!(matches!(&effects[0], EditorEffect::Keep(EditedFile::Edition(id), Some(_)) if id == "exampleshire"), "kept as the edition's draft: {effects:?}");

    assert_eq!(editor.update(EditorAction::DownloadContent), vec![EditorEffect::Download { file_name: "exampleshire.toml".into(), text: editor.text.clone() }]);
    let site = editor.update(EditorAction::DownloadSite);
    assert_eq!(site, vec![EditorEffect::MakeSite { content: fixture(), edition: Some(("exampleshire".into(), editor.text.clone())), file_name: SITE_DOWNLOAD }]);
    // Back to the content file: its own draft, checked as the content.
    editor.update(EditorAction::Opened { file: EditedFile::Content, published: Some(fixture()), kept: Ok(None) });
    assert_eq!((editor.file.clone(), editor.text.clone()), (EditedFile::Content, fixture()));
    assert_eq!(editor.editing.preview.as_ref().unwrap().cycle.0.edition, None);
}

#[test]
fn the_outline_lists_every_item_by_group_with_its_line_and_finds_them_by_name() {
    use adversity_cycle::content::items::{file_items, matches, Group};
    let text = fixture();
    let items = file_items(&text);
    let names = |group: Group| items.iter().filter(|i| i.group == group).map(|i| i.name.as_str()).collect::<Vec<_>>();
    assert_eq!(names(Group::Stages), ["The first stage", "The second stage", "The third stage", "The hub"]);
    assert_eq!(names(Group::Helplines), ["Exampleshire Listening Line", "A Welsh line"]);
    assert!(names(Group::Panels).contains(&"Get support"));
    assert_eq!(names(Group::Labels), [""], "the interface text is one item");
    for item in &items {
        assert!(text.lines().nth(item.line - 1).unwrap().trim_start().starts_with('['), "{item:?} starts at its section's line");
    }
    let found: Vec<&str> = items.iter().filter(|i| matches(i, "welsh LINE")).map(|i| i.name.as_str()).collect();
    assert_eq!(found, ["A Welsh line"]);
}

#[test]
fn a_helpline_changed_in_its_form_is_a_change_to_its_own_lines_only() {
    let mut editor = EditorState::new(fixture(), Ok(None), TODAY, Vec::new(), String::new());
    let item = adversity_cycle::content::items::file_items(&fixture()).into_iter().find(|i| i.name == "A Welsh line").unwrap();
    let effects = editor.update(EditorAction::GoToLine(item.line));
    assert!(matches!(effects[0], EditorEffect::MarkLine { line, .. } if line == item.line));
    assert_eq!(editor.showing, PreviewSection::Panel(InfoPanel::GetSupport), "the preview shows the helpline's panel");
    let form = editor.form.clone().expect("the helpline's form");
    assert_eq!((form.name.as_str(), form.text("hours")), ("A Welsh line", "Check opening times."));
    editor.update(EditorAction::EditForm(FormEdit::Text("hours", "Monday to Friday, 9am to 5pm.".into())));
    editor.update(EditorAction::FormCheckedToday);
    let published = fixture();
    let changed: Vec<(&str, &str)> = published.lines().zip(editor.text.lines()).filter(|(a, b)| a != b).collect();
    assert_eq!(changed, [("hours = \"Check opening times.\"", "hours = \"Monday to Friday, 9am to 5pm.\""), ("checked_on = \"\"", "checked_on = \"2026-11-30\"")]);
    assert_eq!(fixture().lines().count(), editor.text.lines().count());
    // A mistake made in the form is the build's, about that field.
    editor.update(EditorAction::EditForm(FormEdit::Text("phone", "call us".into())));
    assert!(editor.editing.mistakes.iter().any(|m| m.text.contains("support service \"A Welsh line\", field \"phone\"")), "{:?}", editor.editing.mistakes);
}

#[test]
fn writing_back_what_a_form_shows_changes_nothing_in_the_file() {
    use adversity_cycle::content::form::{edit_item, item_at_line, item_form, FieldValue};
    // The fixture, and the real file for the way its long texts and lists are laid out.
    for text in [fixture(), real_content()] {
        let found = adversity_cycle::content::items::file_items(&text);
        let items: Vec<_> = found.iter().filter_map(|item| item_at_line(&text, item.line)).collect();
        assert!(items.len() > 10, "every stage, helpline, resource, source and panel");
        for item in items {
            let form = item_form(&text, item).unwrap_or_else(|| panic!("{item:?} has a form"));
            for (field, value) in &form.values {
                let edit = match value {
                    FieldValue::Text(text) if text.is_empty() => continue,
                    FieldValue::Text(text) => FormEdit::Text(field.key, text.clone()),
                    FieldValue::Words(words) => FormEdit::Words(field.key, words.clone()),
                    FieldValue::Openers(openers) => FormEdit::Openers(field.key, openers.clone()),
                };
                let same = edit_item(&text, item, &edit).is_some_and(|edited| edited == text);
                assert!(same, "writing back {item:?}'s {} changed the file", field.key);
            }
        }
    }
}

#[test]
fn a_mistake_in_any_item_is_found_beside_its_field_in_the_build_s_words() {
    let mut editor = EditorState::new(fixture(), Ok(None), TODAY, Vec::new(), String::new());
    for (name, key) in [("The second stage", "summary"), ("Children resource", "description"), ("A Welsh line", "hours")] {
        let item = adversity_cycle::content::items::file_items(&editor.text).into_iter().find(|i| i.name == name).unwrap();
        editor.update(EditorAction::GoToLine(item.line));
        editor.update(EditorAction::EditForm(FormEdit::Text(key, " ".into())));
        let form = editor.form.clone().expect("the item's form");
        let beside: Vec<&str> = editor.editing.mistakes.iter().map(|m| m.text.as_str()).filter(|m| m.contains(&form.mistake_prefix(key))).collect();
        assert_eq!(beside.len(), 1, "{name}: {:?}", editor.editing.mistakes);
        assert!(beside[0].ends_with("is empty: write the text or remove the line"), "{beside:?}");
        editor.update(EditorAction::Replace(fixture()));
    }
}
