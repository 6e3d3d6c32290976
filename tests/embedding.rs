//! What the explorer accepts from the page that embeds it, and what it sends back, without a
//! browser.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use adversity_cycle::content::StagePlace;
use adversity_cycle::model::messages::{AppEvent, Fields, HostCommand, Value};
use adversity_cycle::model::route::{Part, View};
use support::*;

fn message(kind: &str, extra: &[(&'static str, Value)]) -> Fields {
    let mut fields = Fields::new(kind);
    fields.0.extend(extra.iter().cloned());
    fields
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
fn anything_else_from_the_host_is_ignored() {
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
        message("resized", &[("height", Value::Number(f64::INFINITY))]),
        message("resized", &[("height", Value::Number(1e9))]),
        message("resized", &[("height", Value::Text("500".into()))]),
        Fields(vec![("ns", Value::Text("adversity-cycle".into())), ("v", Value::Number(2.0)), ("type", Value::Text("hello".into()))]),
        Fields(vec![("ns", Value::Text("someone".into())), ("v", Value::Number(1.0)), ("type", Value::Text("hello".into()))]),
        Fields(vec![("v", Value::Number(1.0)), ("type", Value::Text("hello".into()))]),
    ];
    for fields in bad {
        assert_eq!(HostCommand::read(&fields, outline), None, "{fields:?}");
    }
}

#[test]
fn the_explorer_tells_the_host_in_namespaced_versioned_messages() {
    let event = AppEvent::StageChange { stage: "survival-mode".into() }.fields();
    assert_eq!(event.kind(), Some("stagechange"));
    assert!(event.0.contains(&("stage", Value::Text("survival-mode".into()))));
    let resize = AppEvent::Resize { height: 640 }.fields();
    assert!(resize.0.contains(&("height", Value::Number(640.0))));
    assert_eq!(AppEvent::Ready { stage: String::new() }.fields().kind(), Some("ready"));
}
