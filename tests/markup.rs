//! The prerendered page, rendered natively with Yew's server renderer: what a reader gets
//! before any WebAssembly arrives. (That the app takes it over without changing it is checked
//! in a real browser, in tests/e2e/resilience.spec.mjs.)
#![cfg(not(target_arch = "wasm32"))]

mod support;

use adversity_cycle::contract::{Control, Notice, Slot, CONTROL_ATTR, NOTICE_ATTR, SLOT_ATTR};
use adversity_cycle::content::Cycle;
use adversity_cycle::prerender::{render_body, split_page};
use support::*;

const TEMPLATE: &str = "<html><head><title>x</title></head><body>\n<!-- the page goes here -->\n<script src=\"boot.js\"></script></body></html>";

/// The page the build makes of a template for some content.
fn prerender_page(template: &str, cycle: &Cycle) -> Result<String, String> {
    Ok(split_page(template)?.fill(&cycle.title, &render_body(cycle)))
}

/// Every value of an attribute in some HTML.
fn values<'h>(html: &'h str, attribute: &str) -> Vec<&'h str> {
    html.split(&format!("{attribute}=\"")).skip(1).map(|rest| &rest[..rest.find('"').unwrap()]).collect()
}

#[test]
fn the_stages_are_a_tablist_of_named_tabs_in_cycle_order_with_one_tab_stop() {
    let body = render_body(cycle_from(&fixture()));
    let list = body.find(r#"role="tablist""#).expect("a list of stages");
    let html = &body[list..body[list..].find("</div>").unwrap() + list];
    let tabs: Vec<&str> = html.split(r#"role="tab""#).skip(1).collect();
    assert_eq!(tabs.len(), 4, "three ring stages and the hub");
    for (tab, (id, label)) in tabs.iter().zip([("first-stage", "First"), ("second-stage", "Second"), ("third-stage", "Third"), ("the-hub", "Hub")]) {
        assert!(tab.contains(&format!(r##"href="#{id}""##)), "{tab}");
        assert!(tab.contains(&format!(">{label}</span>")), "{tab}");
        assert!(tab.contains(r#"aria-selected="false""#), "{tab}");
        assert!(tab.contains(r#"aria-controls="panel""#), "{tab}");
    }
    assert!(!html.contains("tabindex"), "before the app starts, every stage is a plain link in the Tab order");
}

#[test]
fn the_drawing_has_an_arrow_per_stage_and_is_hidden_from_screen_readers() {
    for (count, hub) in [(3, false), (6, true), (12, true)] {
        let html = render_body(cycle_from(&fixture_of(count, hub)));
        assert_eq!(html.matches(r#"class="arrow""#).count(), count, "{count}");
        assert_eq!(html.matches(r#"class="spoke""#).count(), if hub { count } else { 0 });
        assert_eq!(html.contains(r#"class="hub-node""#), hub);
        assert!(html.contains(&format!("ring-n-{count}")));
        assert!(html.contains(r#"viewBox="0 0 100 100" aria-hidden="true""#));
    }
}

#[test]
fn every_control_slot_and_notice_in_the_page_is_one_the_contract_names_and_each_is_there() {
    let page = render_body(cycle_from(&fixture()));
    for name in values(&page, CONTROL_ATTR) {
        assert!(Control::parse(name).is_some(), "the page has a control the app cannot read: {name}");
    }
    for control in Control::ALL {
        assert!(values(&page, CONTROL_ATTR).contains(&control.name()), "no {control:?} in the page");
    }
    for slot in Slot::ALL {
        assert!(values(&page, SLOT_ATTR).contains(&slot.name()), "no {slot:?} in the page");
    }
    for notice in Notice::ALL {
        assert!(values(&page, NOTICE_ATTR).contains(&notice.name()), "no {notice:?} in the page");
    }
}

#[test]
fn the_list_of_keys_on_screen_comes_from_the_key_table() {
    let html = render_body(cycle_from(&fixture()));
    let dialog = &html[html.find("keys-dialog").unwrap()..];
    for key in ["<kbd>→</kbd>", "<kbd>Page Down</kbd>", "<kbd>?</kbd>", "<kbd>Esc</kbd>", "<kbd>1</kbd> <kbd>…</kbd> <kbd>9</kbd>"] {
        assert!(dialog.contains(key), "{key} missing from the list of keys");
    }
}

#[test]
fn the_document_holds_every_stage_in_full_and_every_panel() {
    let html = render_body(cycle_from(&fixture()));
    for id in ["content-note", "introduction", "first-stage", "second-stage", "third-stage", "the-hub", "get-support", "responding-to-a-disclosure", "looking-after-yourself", "about-this-diagram"] {
        assert!(html.contains(&format!(r#"<section id="{id}""#)), "{id} is missing");
    }
    for text in ["Second explanation.", "Third child opener two?", "Hub reflection?", "Call for help.", r#"href="tel:08081570123""#, "https://example.org/resources/children/", "Never promise to keep a secret.", "A study (2020)"] {
        assert!(html.contains(text), "{text} is missing");
    }
    assert!(!html.contains("<!--"), "plain HTML, with no hydration markers");
}

#[test]
fn each_stage_lists_its_own_sources_and_about_lists_them_all() {
    let html = render_body(cycle_from(&fixture()));
    let section = |id: &str| {
        let start = html.find(&format!(r#"<section id="{id}""#)).unwrap();
        &html[start..start + html[start..].find("</section><section id=").unwrap_or(html.len() - start)]
    };
    assert!(section("first-stage").contains("A study (2020)") && !section("first-stage").contains("A law (2021)"));
    let about = &html[html.find(r#"<section id="about-this-diagram""#).unwrap()..];
    assert!(about.contains("A study (2020)") && about.contains("A law (2021)"));
}

#[test]
fn helplines_say_who_they_are_for_where_and_when_and_are_marked_with_their_nations() {
    let html = render_body(cycle_from(&fixture()));
    let welsh = &html[html.find("A Welsh line").unwrap() - 200..];
    // Each is also marked with the closing page of a presentation it is on: the UK's first, then Wales's.
    assert!(welsh.contains(r#"class="service for-wales on-end-2""#), "{}", &welsh[..400]);
    assert!(html.contains(r#"class="service for-england for-wales for-scotland for-northern-ireland on-end-1""#));
    assert!(html.contains(r#"<p class="closing-heading on-end-1">Helplines across the UK</p><p class="closing-heading on-end-2">Helplines in Wales</p>"#));
    for text in ["For people in Wales.", "Check opening times.", "Where: Wales", "Where: across the UK", "Details checked on 2026-11-28."] {
        assert!(html.contains(text), "{text} is missing");
    }
    assert_eq!(html.matches("Details checked on").count(), 1, "no date is shown for a line nobody has checked");
}

#[test]
fn openers_for_parents_and_children_are_two_labelled_groups() {
    let html = render_body(cycle_from(&fixture()));
    let section = &html[html.find(r#"<section id="first-stage""#).unwrap()..html.find(r#"<section id="second-stage""#).unwrap()];
    let parents = section.find("With parents").unwrap();
    let children = section.find("With children and young people").unwrap();
    assert!(parents < section.find("First parent opener one?").unwrap());
    assert!(children < section.find("First child opener one?").unwrap());
    assert!(section.find("First parent opener two?").unwrap() < children);
    assert!(section.contains(r##"<a href="#responding-to-a-disclosure">If they tell you</a>"##));
}

#[test]
fn external_links_open_safely_and_say_they_leave_the_site() {
    let html = render_body(cycle_from(&fixture()));
    let link = html.split("<a ").find(|a| a.contains("https://example.org/resources/parents/")).unwrap();
    assert!(link.contains(r#"target="_blank""#) && link.contains(r#"rel="noopener noreferrer""#), "{link}");
    assert!(link.contains("opens another website in a new tab"), "{link}");
}

/// The fixture with `attack` added to every piece of text a reader sees, in every field.
fn fixture_attacked_everywhere(attack: &str) -> String {
    let quoted = attack.replace('\\', "\\\\").replace('"', "\\\"");
    // Fields that are addresses, ids, codes or dates, checked by the build rather than shown.
    let not_prose = ["id", "audience", "page", "phone", "email", "checked_on", "base", "resources", "sources", "nations", "label"];
    fixture()
        .lines()
        .map(|line| match line.split_once(" = ") {
            // (A text over several lines, in triple quotes, is left as it is.)
            Some((key, value)) if !not_prose.contains(&key) && value.starts_with('"') && !value.starts_with("\"\"\"") => {
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
        let page = prerender_page(TEMPLATE, cycle).unwrap();
        // The template's own boot script is the only script, beside the data block.
        assert_eq!(page.matches("<script").count(), 2, "{attack} became markup");
        assert_eq!(page.matches(r#"<script type="application/json" id="outline">"#).count(), 1);
        for tag in ["<img", "<svg onload"] {
            assert!(!page.contains(tag), "{attack} became markup: {tag}");
        }
        let escaped = attack.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
        // Every field carries the attack, shown as text: dozens of times in the page.
        assert!(page.matches(escaped.as_str()).count() > 40, "{attack} should appear as text everywhere");
    }
}

#[test]
fn the_page_gets_the_title_the_startup_note_the_chrome_and_the_content() {
    let cycle = cycle_from(&fixture());
    let page = prerender_page(TEMPLATE, cycle).unwrap();
    assert!(page.contains("<title>Test cycle</title>"));
    let note = page.find(r#"<p id="startup-note" class="startup-note" role="status" hidden>"#).expect("a hidden startup note");
    let app = page.find(r#"<div id="app"><header class="site-header">"#).expect("the chrome in #app");
    let panel = page.find(r#"<main class="main"><div id="panel" class="panel"><div class="reader-tools needs-app">"#).expect("the content in #panel");
    assert!(note < app && app < panel);
    assert!(page.find(r#"<script src="boot.js">"#).unwrap() > panel, "the boot script stays last");
    assert!(!page.contains("the page goes here"));
}

#[test]
fn a_minified_page_is_filled_too() {
    let minified = "<!doctype html><html lang=en-GB><title>x</title><body></body>";
    let page = prerender_page(minified, cycle_from(&fixture())).unwrap();
    assert!(page.contains("<title>Test cycle</title>") && page.contains(r#"<div id="app">"#));
}

#[test]
fn prerendering_twice_or_into_the_wrong_page_is_refused() {
    let cycle = cycle_from(&fixture());
    let once = prerender_page(TEMPLATE, cycle).unwrap();
    assert!(split_page(&once).unwrap_err().contains("prerendered already"));
    assert!(split_page("<html><title>x</title></html>").unwrap_err().contains("no <body>"));
    assert!(split_page("<html><body></body></html>").unwrap_err().contains("no <title>"));
}
