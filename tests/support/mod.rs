//! Shared helpers for the native tests.
#![allow(dead_code)]

use adversity_cycle::content::load::{load, ContentErrors};
use adversity_cycle::content::outline::Outline;
use adversity_cycle::content::Cycle;

pub use adversity_cycle::content::CONTENT_FILE;

/// The day the tests are run on, as far as the content's dates go.
pub const TODAY: (u32, u32, u32) = (2026, 11, 30);

/// The real content file's text.
pub fn real_content() -> String {
    std::fs::read_to_string(CONTENT_FILE).expect("the content file is readable")
}

/// The small test cycle (three stages and a hub), completed with the real `[labels]` table,
/// which is the last table of the content file.
pub fn fixture() -> String {
    let minimal = std::fs::read_to_string("tests/fixtures/minimal.toml").expect("the fixture is readable");
    let real = real_content();
    let labels = &real[real.find("\n[labels]\n").expect("the content file ends with [labels]")..];
    format!("{minimal}{labels}")
}

/// The fixture with `from` replaced by `to`; panics if `from` is not in it, so a test can
/// never pass by changing nothing.
pub fn fixture_with(from: &str, to: &str) -> String {
    let text = fixture();
    assert!(text.contains(from), "the fixture has no {from:?} to change");
    text.replacen(from, to, 1)
}

/// Loads content text, expecting it to be valid.
pub fn cycle_from(text: &str) -> &'static Cycle {
    match load("test.toml", text, TODAY) {
        Ok(cycle) => Box::leak(Box::new(cycle)),
        Err(errors) => panic!("expected valid content, got:\n{errors}"),
    }
}

/// The outline the browser would carry for this content text.
pub fn outline_from(text: &str) -> &'static Outline {
    Box::leak(Box::new(cycle_from(text).outline()))
}

/// Loads content text, expecting mistakes, and returns the whole report.
pub fn errors_from(text: &str) -> ContentErrors {
    match load("test.toml", text, TODAY) {
        Ok(_) => panic!("expected the content to be refused"),
        Err(errors) => errors,
    }
}

/// A cycle of `count` ring stages, with or without a hub, built from the fixture.
pub fn cycle_of(count: usize, with_hub: bool) -> &'static Cycle {
    cycle_from(&fixture_of(count, with_hub))
}

/// The fixture's text rebuilt with `count` ring stages, with or without a hub.
pub fn fixture_of(count: usize, with_hub: bool) -> String {
    let text = fixture();
    let stage_start = text.find("[[stages]]").unwrap();
    let hub_start = text.find("[hub]").unwrap();
    let resources_start = text.find("[resources]").unwrap();
    let one_stage = &text[stage_start..text[stage_start + 1..].find("[[stages]]").unwrap() + stage_start + 1];
    let stages: String = (0..count).map(|i| one_stage.replace("first-stage", &format!("stage-{i}"))).collect();
    let hub = if with_hub { &text[hub_start..resources_start] } else { "" };
    format!("{}{stages}{hub}{}", &text[..stage_start], &text[resources_start..])
}

use adversity_cycle::model::effect::Effect;
use adversity_cycle::model::action::{Action, Start};
use adversity_cycle::model::state::AppState;
use adversity_cycle::model::stored::Remembered;

/// The app as it starts at this address, with what this device remembers, in window 1.
pub fn started(search: &str, hash: &str, remembered: Remembered) -> AppState {
    let outline = outline_from(&fixture());
    let start = Start {
        search: search.into(),
        hash: hash.into(),
        remembered,
        storage_works: true,
        app_address: "https://example.org/cycle/".into(),
        window: 1,
        now: 1_000_000,
        // As if every window a test opens were on one device, which keeps this token.
        pair_kept: Some("t0ken".into()),
        ..Start::default()
    };
    AppState::new(outline, start)
}

/// A device that has seen the content note before.
pub fn returning() -> Remembered {
    Remembered { content_note_seen: true, ..Remembered::default() }
}

/// Applies actions in turn, returning the effects of the last.
pub fn apply(state: &mut AppState, actions: impl IntoIterator<Item = Action>) -> Vec<Effect> {
    actions.into_iter().fold(Vec::new(), |_, action| state.update(action))
}
