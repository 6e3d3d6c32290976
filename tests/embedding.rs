//! What the explorer accepts from the page that embeds it, and what it sends back: the
//! messages, and the handshake as a state machine, case by case, without a browser.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use adversity_cycle::content::StagePlace;
use adversity_cycle::model::effect::Effect;
use adversity_cycle::model::host_link::{HostInput, HostLink, HostOutput};
use adversity_cycle::model::messages::{AppEvent, Fields, HostCommand, Value};
use adversity_cycle::model::route::{Part, View};
use adversity_cycle::model::action::Action;
use support::*;

const HOST: &str = "https://host.example";

fn message(kind: &str, extra: &[(&'static str, Value)]) -> Fields {
    let mut fields = Fields::new(kind, 1);
    fields.0.extend(extra.iter().cloned());
    fields
}

fn from(command: HostCommand, origin: &str) -> HostInput {
    HostInput::Message { command: Some(command), origin: origin.into(), from_parent: true }
}

#[test]
fn the_host_can_say_hello_select_a_stage_reset_and_report_a_height() {
    let outline = outline_from(&fixture());
    assert_eq!(HostCommand::read(&message("hello", &[]), outline), Some(HostCommand::Hello));
    assert_eq!(HostCommand::read(&message("reset", &[]), outline), Some(HostCommand::Reset));
    assert_eq!(
        HostCommand::read(&message("select", &[("stage", Value::Text("the-hub".into()))]), outline),
        Some(HostCommand::Select(View::Stage(StagePlace::Hub, Part::Explanation)))
    );
    assert_eq!(HostCommand::read(&message("resized", &[("height", Value::Number(812.6))]), outline), Some(HostCommand::Resized(812)));
}

#[test]
fn anything_malformed_of_another_version_or_oversized_is_not_a_command() {
    let outline = outline_from(&fixture());
    let bad = [
        Fields::default(),
        message("launch", &[]),
        message("select", &[]),
        message("select", &[("stage", Value::Text("no-such-stage".into()))]),
        message("select", &[("stage", Value::Text("get-support".into()))]),
        message("select", &[("stage", Value::Number(1.0))]),
        message("select", &[("stage", Value::Text("first-stage".repeat(1000)))]),
        message("resized", &[("height", Value::Number(-1.0))]),
        message("resized", &[("height", Value::Number(f64::NAN))]),
        message("resized", &[("height", Value::Number(1e9))]),
        message("resized", &[("height", Value::Text("500".into()))]),
        Fields::new("hello", 2),
        Fields(vec![("ns", Value::Text("someone".into())), ("v", Value::Number(1.0)), ("type", Value::Text("hello".into()))]),
        Fields(vec![("v", Value::Number(1.0)), ("type", Value::Text("hello".into()))]),
    ];
    for fields in bad {
        assert_eq!(HostCommand::read(&fields, outline), None, "{fields:?}");
    }
}

#[test]
fn the_first_hello_pins_the_host_answers_ready_and_starts_reporting_the_height() {
    let mut link = HostLink::default();
    let out = link.handle(from(HostCommand::Hello, HOST), "second-stage");
    assert_eq!(out, [HostOutput::Post(AppEvent::Ready { stage: "second-stage".into() }, HOST.into()), HostOutput::WatchHeight]);
    assert_eq!(link.handle(HostInput::Height(640), ""), [HostOutput::Post(AppEvent::Resize { height: 640 }, HOST.into())]);
}

#[test]
fn a_hello_sent_again_by_the_same_host_is_answered_again_with_the_height() {
    let mut link = HostLink::default();
    link.handle(from(HostCommand::Hello, HOST), "");
    link.handle(HostInput::Height(700), "");
    let out = link.handle(from(HostCommand::Hello, HOST), "first-stage");
    assert_eq!(
        out,
        [
            HostOutput::Post(AppEvent::Ready { stage: "first-stage".into() }, HOST.into()),
            HostOutput::Post(AppEvent::Resize { height: 700 }, HOST.into())
        ]
    );
}

#[test]
fn once_pinned_another_origin_is_never_heard_nor_answered() {
    let mut link = HostLink::default();
    link.handle(from(HostCommand::Hello, HOST), "");
    for command in [HostCommand::Hello, HostCommand::Reset, HostCommand::Resized(10), HostCommand::Select(View::Introduction)] {
        assert!(link.handle(from(command, "https://evil.example"), "").is_empty(), "{command:?}");
    }
    // And what the app says still goes to the pinned host only.
    assert_eq!(link.handle(HostInput::StageShown("x".into()), ""), [HostOutput::Post(AppEvent::StageChange { stage: "x".into() }, HOST.into())]);
}

#[test]
fn before_the_handshake_no_command_is_followed_and_nothing_is_sent() {
    let mut link = HostLink::default();
    assert!(link.handle(from(HostCommand::Reset, HOST), "").is_empty());
    assert!(link.handle(HostInput::Height(500), "").is_empty());
    assert!(link.handle(HostInput::StageShown("x".into()), "").is_empty());
    assert!(!link.sized());
}

#[test]
fn a_message_from_another_window_or_an_unreadable_one_is_ignored() {
    let mut link = HostLink::default();
    let not_parent = HostInput::Message { command: Some(HostCommand::Hello), origin: HOST.into(), from_parent: false };
    assert!(link.handle(not_parent, "").is_empty());
    let unreadable = HostInput::Message { command: None, origin: HOST.into(), from_parent: true };
    assert!(link.handle(unreadable, "").is_empty());
    // Still free to shake hands with the real host.
    assert_eq!(link.handle(from(HostCommand::Hello, HOST), "").len(), 2);
}

#[test]
fn the_app_keeps_its_own_scrollbar_until_the_host_says_the_frame_fits() {
    let mut link = HostLink::default();
    link.handle(from(HostCommand::Hello, HOST), "");
    link.handle(HostInput::Height(900), "");
    assert!(!link.sized());
    link.handle(from(HostCommand::Resized(600), HOST), "");
    assert!(!link.sized(), "a frame shorter than the app would cut it off");
    link.handle(from(HostCommand::Resized(900), HOST), "");
    assert!(link.sized());
    link.handle(HostInput::Height(1200), "");
    assert!(!link.sized(), "grown: the scrollbar is back until the host catches up");
}

#[test]
fn the_host_selects_and_resets_and_hears_the_stage_change() {
    let mut state = started("?embed", "", returning());
    let hello = Action::FromHost { fields: message("hello", &[]), origin: HOST.into(), from_parent: true };
    let effects = state.update(hello);
    assert!(effects.contains(&Effect::WatchHeight));
    let select = Action::FromHost { fields: message("select", &[("stage", Value::Text("third-stage".into()))]), origin: HOST.into(), from_parent: true };
    let effects = state.update(select);
    assert_eq!(state.context().selected(), Some(StagePlace::Ring(2)));
    let told = AppEvent::StageChange { stage: "third-stage".into() }.fields();
    assert!(effects.contains(&Effect::PostToHost { fields: told, origin: HOST.into() }), "{effects:?}");
    state.update(Action::FromHost { fields: message("reset", &[]), origin: HOST.into(), from_parent: true });
    assert_eq!(state.route.view, View::Introduction);
}

#[test]
fn outside_the_embedded_layout_the_app_answers_no_host() {
    let mut state = started("", "", returning());
    let hello = Action::FromHost { fields: message("hello", &[]), origin: HOST.into(), from_parent: true };
    assert!(state.update(hello).is_empty());
}

#[test]
fn the_explorer_tells_the_host_in_namespaced_versioned_messages() {
    let event = AppEvent::StageChange { stage: "survival-mode".into() }.fields();
    assert_eq!(event.kind(1), Some("stagechange"));
    assert!(event.0.contains(&("stage", Value::Text("survival-mode".into()))));
    assert!(AppEvent::Resize { height: 640 }.fields().0.contains(&("height", Value::Number(640.0))));
    assert_eq!(AppEvent::Ready { stage: String::new() }.fields().kind(1), Some("ready"));
}

/// The app embedded, its host script having said hello and sized the frame to the app.
fn embedded_and_sized() -> adversity_cycle::model::state::AppState {
    let mut state = started("?embed", "", returning());
    state.update(Action::FromHost { fields: message("hello", &[]), origin: HOST.into(), from_parent: true });
    state.update(Action::Height(1400));
    state.update(Action::FromHost { fields: message("resized", &[("height", Value::Number(1400.0))]), origin: HOST.into(), from_parent: true });
    assert!(state.embedding.sizing_host().is_some());
    state
}

#[test]
fn in_a_frame_as_tall_as_its_content_the_host_brings_what_the_reader_chose_into_view() {
    let mut state = embedded_and_sized();
    let effects = state.update(Action::Link("#second-stage".into()));
    assert!(effects.contains(&Effect::Reveal { id: "second-stage-heading".into(), host: Some(HOST.into()) }), "{effects:?}");
    let effects = state.update(Action::Control(adversity_cycle::contract::Control::Share, String::new()));
    assert_eq!(effects, vec![Effect::Reveal { id: "share-dialog".into(), host: Some(HOST.into()) }]);
    // Until the frame fits, it has its own scrollbar: it scrolls itself.
    state.update(Action::Height(1800));
    let effects = state.update(Action::Link("#third-stage".into()));
    assert!(effects.contains(&Effect::Reveal { id: "third-stage-heading".into(), host: None }), "{effects:?}");
}

#[test]
fn what_the_host_page_selects_is_shown_but_takes_no_focus_and_scrolls_nothing() {
    let mut state = embedded_and_sized();
    let select = Action::FromHost { fields: message("select", &[("stage", Value::Text("third-stage".into()))]), origin: HOST.into(), from_parent: true };
    let effects = state.update(select);
    assert_eq!(state.context().selected(), Some(StagePlace::Ring(2)));
    assert!(!effects.iter().any(|e| matches!(e, Effect::Reveal { .. } | Effect::Focus(_))), "{effects:?}");
}

#[test]
fn the_explorer_asks_the_host_to_scroll_in_a_namespaced_versioned_message() {
    let fields = AppEvent::ScrollTo { top: 812 }.fields();
    assert_eq!(fields.kind(1), Some("scrollto"));
    assert!(fields.0.contains(&("top", Value::Number(812.0))));
}
