//! The prerendered page, rendered natively with Yew's server renderer: what a reader gets
//! before any WebAssembly arrives, and what the browser's first render must match.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use adversity_cycle::model::geometry::outline_of;
use adversity_cycle::prerender::{prerender_page, render_app, render_document};
use support::*;

const TEMPLATE: &str = "<html><head><title>x</title></head><body>\
    <div id=\"app\"></div><main><div id=\"panel\" class=\"panel\"></div></main></body></html>";

#[test]
fn the_app_renders_the_same_markup_every_time() {
    // Hydration needs the browser's first render to match the server's exactly.
    let outline = adversity_cycle::outline();
    assert_eq!(render_app(outline), render_app(outline));
}

#[test]
fn the_stages_are_a_tablist_of_named_tabs_in_cycle_order_with_one_tab_stop() {
    let html = render_app(outline_from(&fixture()));
    assert!(html.contains(r#"role="tablist""#));
    let tabs: Vec<&str> = html.split(r#"role="tab""#).skip(1).collect();
    assert_eq!(tabs.len(), 4, "three ring stages and the hub");
    for (tab, (id, label)) in tabs.iter().zip([("first-stage", "First"), ("second-stage", "Second"), ("third-stage", "Third"), ("the-hub", "Hub")]) {
        assert!(tab.contains(&format!(r##"href="#{id}""##)), "{tab}");
        assert!(tab.contains(&format!(">{label}</span>")), "{tab}");
        assert!(tab.contains(r#"aria-selected="false""#), "{tab}");
        assert!(tab.contains(r#"aria-controls="panel""#), "{tab}");
    }
    assert_eq!(html.matches(r#"tabindex="0""#).count(), 1);
    assert!(tabs[0].contains(r#"tabindex="0""#));
}

#[test]
fn the_drawing_has_an_arrow_per_stage_and_is_hidden_from_screen_readers() {
    for (count, hub) in [(3, false), (6, true), (12, true)] {
        let html = render_app(outline_from(&fixture_of(count, hub)));
        assert_eq!(html.matches(r#"class="arrow""#).count(), count, "{count}");
        assert_eq!(html.matches(r#"class="spoke""#).count(), if hub { count } else { 0 });
        assert_eq!(html.contains(r#"class="hub-node""#), hub);
        assert!(html.contains(&format!("ring-n-{count}")));
        assert!(html.contains(r#"<svg viewBox="0 0 100 100" aria-hidden="true""#));
    }
}

#[test]
fn the_document_holds_every_stage_in_full_and_every_panel() {
    let html = render_document(cycle_from(&fixture()));
    for id in ["content-note", "introduction", "first-stage", "second-stage", "third-stage", "the-hub", "get-support", "looking-after-yourself", "about-this-diagram"] {
        assert!(html.contains(&format!(r#"<section id="{id}""#)), "{id} is missing");
    }
    for text in ["Second explanation.", "Third child opener two?", "Hub reflection?", "Call for help.", r#"href="tel:116123""#, "https://example.org/resources/children/"] {
        assert!(html.contains(text), "{text} is missing");
    }
    assert!(!html.contains("<!--"), "the document is plain HTML, not hydrated");
}

#[test]
fn openers_for_parents_and_children_are_two_labelled_groups() {
    let html = render_document(cycle_from(&fixture()));
    let section = &html[html.find(r#"<section id="first-stage""#).unwrap()..html.find(r#"<section id="second-stage""#).unwrap()];
    let parents = section.find("With parents").unwrap();
    let children = section.find("With children and young people").unwrap();
    assert!(parents < section.find("First parent opener one?").unwrap());
    assert!(children < section.find("First child opener one?").unwrap());
    assert!(section.find("First parent opener two?").unwrap() < children);
    assert!(section.contains(r#"class="openers-group for-parents""#) && section.contains(r#"class="openers-group for-children""#));
}

#[test]
fn external_links_open_safely_and_say_they_leave_the_site() {
    let html = render_document(cycle_from(&fixture()));
    let link = html.split("<a ").find(|a| a.contains("https://example.org/resources/parents/")).unwrap();
    assert!(link.contains(r#"target="_blank""#) && link.contains(r#"rel="noopener noreferrer""#), "{link}");
    assert!(link.contains("opens another website in a new tab"), "{link}");
}

/// The fixture with `attack` added to every piece of text a reader sees, in every field.
fn fixture_attacked_everywhere(attack: &str) -> String {
    let quoted = attack.replace('\\', "\\\\").replace('"', "\\\"");
    // Fields that are addresses, ids or codes, checked by the build rather than shown as text.
    let not_prose = ["id", "audience", "page", "phone", "email", "checked_on", "base", "resources", "label"];
    fixture()
        .lines()
        .map(|line| match line.split_once(" = ") {
            Some((key, value)) if !not_prose.contains(&key) && value.starts_with('"') => {
                let open = value.strip_suffix('"').expect("one-line strings in the fixture");
                format!("{key} = {open} {quoted}\"")
            }
            Some((key, value)) if !not_prose.contains(&key) && value.starts_with('[') => {
                format!("{key} = {}", value.replace("\",", &format!(" {quoted}\",")).replace("\"]", &format!(" {quoted}\"]")))
            }
            Some(("label", _)) => format!("label = \"{quoted}\""),
            _ => line.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn content_can_never_become_markup_or_script_in_any_field() {
    for attack in ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>"] {
        let text = fixture_attacked_everywhere(attack);
        let cycle = cycle_from(&text);
        assert!(cycle.stages[1].explanation.contains(attack) && cycle.labels.stages_list.contains(attack) && cycle.support.title.contains(attack));
        let page = prerender_page(TEMPLATE, cycle, Box::leak(Box::new(outline_of(cycle)))).unwrap();
        for tag in ["<script", "<img", "<svg onload"] {
            assert!(!page.contains(tag), "{attack} became markup: {tag}");
        }
        let escaped = attack.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
        // Every field carries the attack, shown as text: dozens of times in the page.
        assert!(page.matches(escaped.as_str()).count() > 40, "{attack} should appear as text everywhere");
    }
}

#[test]
fn the_page_gets_the_app_the_content_the_title_and_a_hidden_startup_note() {
    let cycle = cycle_from(&fixture());
    let page = prerender_page(TEMPLATE, cycle, outline_from(&fixture())).unwrap();
    assert!(page.contains("<title>Test cycle</title>"));
    assert!(page.contains(r#"<div id="app"><!--<["#), "the app is hydratable");
    assert!(page.contains(r#"<div id="panel" class="panel"><div class="reader-tools needs-app">"#));
    assert!(page.contains(r#"<p id="startup-note" class="startup-note" role="status" hidden>"#));
    assert!(page.find("startup-note") < page.find(r#"<div id="app">"#), "the note comes first");
}

#[test]
fn a_minified_page_is_filled_too() {
    let minified = "<!doctype html><html lang=en-GB><title>x</title><body><div id=app></div><main class=main><div class=panel id=panel></div></main>";
    let page = prerender_page(minified, cycle_from(&fixture()), outline_from(&fixture())).unwrap();
    assert!(page.contains("<title>Test cycle</title>"));
    assert!(page.contains("<div id=app><!--<["));
    assert!(page.contains(r#"<div class=panel id=panel><div class="reader-tools needs-app">"#));
}

#[test]
fn prerendering_twice_or_into_the_wrong_page_is_refused() {
    let cycle = cycle_from(&fixture());
    let outline = outline_from(&fixture());
    let once = prerender_page(TEMPLATE, cycle, outline).unwrap();
    assert!(prerender_page(&once, cycle, outline).unwrap_err().contains("prerendered already"));
    assert!(prerender_page(&TEMPLATE.replace("id=\"app\"", "id=\"apps\""), cycle, outline).unwrap_err().contains("no <div id=\"app\">"));
    assert!(prerender_page("<html></html>", cycle, outline).is_err());
}
