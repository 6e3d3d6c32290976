//! The content editor's model: a draft is checked exactly as the build checks the content
//! file, the preview keeps the last good version through mistakes, and the caret and the draft
//! are placed and kept as the browser needs.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use adversity_cycle::content::load::{load, unchecked_warning};
use adversity_cycle::content::{Labels, CONTENT_FILE};
use adversity_cycle::model::draft::{base_of, check, line_count, line_start, opening, showing, Checked, Editing, Opening};
use adversity_cycle::model::route::{InfoPanel, View};
use adversity_cycle::CONTENT_SOURCE;
use support::*;

const TODAY: (u32, u32, u32) = (2026, 11, 29);

/// The real file with the survival-mode stage's summary misspelt.
fn misspelt() -> String {
    let text = real_content();
    let stage = text.find("id = \"survival-mode\"").expect("the real file has survival-mode");
    let at = stage + text[stage..].find("\nsummary = ").expect("it has a summary") + 1;
    format!("{}sumary{}", &text[..at], &text[at + "summary".len()..])
}

#[test]
fn the_editor_opens_with_the_file_the_site_was_built_from() {
    assert_eq!(CONTENT_SOURCE, real_content());
    let Checked::Good(preview, warning) = check(CONTENT_SOURCE, TODAY) else { panic!("the published file has no mistakes") };
    assert_eq!(*preview.cycle.0, *adversity_cycle::cycle());
    assert_eq!(*preview.outline.0, *adversity_cycle::outline());
    // The same warning the build gives about helplines no person has checked.
    assert_eq!(warning, unchecked_warning(CONTENT_FILE, adversity_cycle::cycle(), TODAY));
    assert!(warning.is_some_and(|w| w.starts_with("content/adversity-cycle.toml: ") && w.contains("not checked by a person")));
}

#[test]
fn a_mistake_reads_as_the_build_prints_it_with_its_line() {
    let text = misspelt();
    let build = load(CONTENT_FILE, &text).expect_err("the build refuses it");
    let Checked::Mistakes(mistakes) = check(&text, TODAY) else { panic!("the editor refuses it too") };
    let printed = build.to_string();
    assert_eq!(mistakes.len(), build.errors.len());
    for mistake in &mistakes {
        assert!(printed.lines().any(|line| line == mistake.text), "{} is not in the build's output:\n{printed}", mistake.text);
        assert!(mistake.text.starts_with(&format!("{CONTENT_FILE}:{}: ", mistake.line)));
    }
    let typo_line = text.lines().position(|l| l.starts_with("sumary = ")).unwrap() + 1;
    assert!(mistakes.iter().any(|m| m.line == typo_line && m.text.contains("field \"sumary\": is not a field")));
}

#[test]
fn the_preview_keeps_the_last_good_version_through_mistakes_and_says_so() {
    let mut editing = Editing::open(CONTENT_SOURCE, CONTENT_SOURCE, TODAY);
    let good = editing.preview.clone().expect("a preview");
    assert!(editing.mistakes.is_empty() && !editing.stale);

    editing.checked(check(&misspelt(), TODAY));
    assert_eq!(editing.mistakes.len(), 2);
    assert_eq!(editing.preview, Some(good), "the same preview, not a new one");
    assert!(editing.stale);
    assert_eq!(editing.warning, None);

    let retitled = real_content().replacen("title = \"Living in survival mode\"", "title = \"Retitled\"", 1);
    assert_ne!(retitled, real_content(), "the real file has that title");
    editing.checked(check(&retitled, TODAY));
    assert!(editing.mistakes.is_empty() && !editing.stale);
    let preview = editing.preview.expect("a preview");
    assert!(preview.cycle.0.stages.iter().any(|s| s.title == "Retitled"));
}

#[test]
fn a_draft_with_mistakes_opens_with_the_published_version_in_the_preview() {
    let editing = Editing::open(CONTENT_SOURCE, &misspelt(), TODAY);
    assert_eq!(editing.mistakes.len(), 2);
    assert!(editing.stale);
    assert_eq!(*editing.preview.expect("the published version").cycle.0, *adversity_cycle::cycle());
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
fn the_preview_follows_the_explorers_own_links() {
    let outline = adversity_cycle::outline();
    assert_eq!(showing(outline, ""), View::Introduction);
    assert_eq!(showing(outline, "get-support"), View::Info(InfoPanel::GetSupport));
    assert_eq!(showing(outline, "survival-mode"), View::from_hash("#survival-mode", outline));
    // A stage that is gone (renamed in the draft) shows the introduction; so does the end.
    assert_eq!(showing(outline, "a-stage-no-longer-there"), View::Introduction);
    assert_eq!(showing(outline, "end"), View::Introduction);
}

#[test]
fn the_guide_to_editing_lists_every_label() {
    let guide = std::fs::read_to_string("docs/editing-content.md").expect("the guide is readable");
    for key in Labels::KEYS {
        assert!(guide.contains(&format!("`{key}`")), "docs/editing-content.md does not list the label {key}");
    }
}
