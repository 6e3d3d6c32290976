//! Local editions: an edition's file is checked as the main file's helplines are, with messages
//! naming the file, the line, the contact and the field, and its page lists its contacts first.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use adversity_cycle::content::load::load_edition;
use adversity_cycle::content::{Edition, Helplines};
use adversity_cycle::prerender::render_body;
use support::*;

const FILE: &str = "content/editions/exampleshire.toml";

fn exampleshire() -> String {
    std::fs::read_to_string("tests/fixtures/editions/exampleshire.toml").expect("the fixture is readable")
}

fn edition_from(id: &str, text: &str) -> Result<Edition, String> {
    load_edition(FILE, id, text, TODAY, cycle_from(&fixture())).map_err(|errors| errors.to_string())
}

/// The Exampleshire fixture with `from` replaced by `to` (which must be there).
fn exampleshire_with(from: &str, to: &str) -> String {
    let text = exampleshire();
    assert!(text.contains(from), "the fixture has no {from:?} to change");
    text.replacen(from, to, 1)
}

/// The one line of the report for a broken edition, which must name the line given.
fn mistake(text: &str, line: usize) -> String {
    let report = edition_from("exampleshire", text).expect_err("the edition is refused");
    let lines: Vec<&str> = report.lines().filter(|l| l.starts_with(&format!("{FILE}:"))).collect();
    assert_eq!(lines.len(), 1, "one mistake, in:\n{report}");
    assert!(lines[0].starts_with(&format!("{FILE}:{line}: ")), "{report}");
    lines[0].to_string()
}

fn line_of(text: &str, needle: &str) -> usize {
    text[..text.find(needle).expect("the text is there")].matches('\n').count() + 1
}

#[test]
fn the_exampleshire_edition_reads_and_puts_its_contacts_first() {
    let main = cycle_from(&fixture());
    let edition = edition_from("exampleshire", &exampleshire()).expect("the fixture is valid");
    assert_eq!(edition.name, "Exampleshire");
    assert_eq!(edition.contacts.len(), 3);
    let local = main.with_edition(&edition);
    assert_eq!(local.title, format!("{}: Exampleshire edition", main.title));
    let steps: Vec<&str> = local.disclosure.sections[0].steps.iter().map(|s| s.as_ref()).collect();
    assert!(steps[1].contains("Exampleshire Children's Front Door"), "the local step replaces the general one: {steps:?}");
    assert_eq!(steps.len(), main.disclosure.sections[0].steps.len(), "and adds none");
    let pages = local.closing_pages();
    assert_eq!(pages[0].helplines, Helplines::Local);
    assert_eq!(pages[0].services, vec![0, 1, 2]);
    assert_eq!(pages[1..], main.closing_pages()[..], "the national pages follow, unchanged");
    assert_eq!(local.outline().closing.chars().next(), Some('0'), "local pages show whichever nation is chosen");
}

#[test]
fn an_editions_page_lists_its_contacts_first_in_get_support_and_the_disclosure_panel() {
    let main = cycle_from(&fixture());
    let local = main.with_edition(&edition_from("exampleshire", &exampleshire()).unwrap());
    let body = render_body(&local);
    for panel in ["id=\"get-support\"", "id=\"responding-to-a-disclosure\""] {
        let panel = &body[body.find(panel).expect("the panel is there")..];
        let local_at = panel.find("In Exampleshire").expect("the local heading is in the panel");
        let front_door = panel.find("Exampleshire Children&#x27;s Front Door").or_else(|| panel.find("Exampleshire Children's Front Door")).unwrap();
        let national = panel.find(main.support.services[0].name.as_ref()).unwrap_or(usize::MAX);
        assert!(local_at < front_door && front_door < national, "local contacts come first");
    }
    assert!(body.contains("tel:01632960100"));
    assert!(body.contains("kept up to date by the Exampleshire Safeguarding Children Partnership"));
    assert!(!render_body(main).contains("In Exampleshire"), "the main page is untouched");
}

#[test]
fn a_misspelt_field_names_the_contact_and_the_fields_it_can_have() {
    let text = exampleshire_with("hours = \"Evenings", "hour = \"Evenings");
    let report = edition_from("exampleshire", &text).unwrap_err();
    let line = format!("{FILE}:{}: contact \"Exampleshire Emergency Duty Team\", field \"hour\": is not a field", line_of(&text, "hour = \"Evenings"));
    assert!(report.contains(&line), "{report}");
    assert!(report.contains("it can have: name, who, hours"), "{report}");
    // And the hours it lacks are named too.
    assert!(report.contains("contact \"Exampleshire Emergency Duty Team\", field \"hours\": is missing"), "{report}");
}

#[test]
fn a_contact_with_no_way_to_reach_it_is_refused() {
    let text = exampleshire_with("phone = \"01632 960 200\"\n", "");
    let report = edition_from("exampleshire", &text).unwrap_err();
    assert!(report.contains("contact \"Exampleshire Emergency Duty Team\", field \"phone\": has no way to reach it"), "{report}");
}

#[test]
fn a_checked_on_date_must_be_real_and_not_in_the_future() {
    for (written, says) in [("2026-13-02", "should be a real date"), ("02/11/2026", "should be a real date"), ("2027-01-05", "is in the future")] {
        let text = exampleshire_with("checked_on = \"2026-11-02\"", &format!("checked_on = \"{written}\""));
        let line = mistake(&text, line_of(&text, written));
        assert!(line.contains("contact \"Exampleshire Children's Front Door\", field \"checked_on\"") && line.contains(says), "{line}");
    }
}

#[test]
fn an_edition_file_must_be_named_as_a_safe_folder() {
    for id in ["Exampleshire", "example shire", "../exampleshire", "example--shire", "editions", ""] {
        let report = edition_from(id, &exampleshire()).unwrap_err();
        assert!(report.contains(&format!("{FILE}:1: the file's name, field \"id\": \"{id}\" cannot be the edition's folder")), "{report}");
    }
}

#[test]
fn a_local_step_must_stand_for_one_general_step() {
    let text = exampleshire_with("instead_of = \"Make a safeguarding referral", "instead_of = \"Make a referral");
    let line = mistake(&text, line_of(&text, "instead_of"));
    assert!(line.contains("[[steps]], field \"instead_of\": no step of [disclosure]"), "{line}");
}

#[test]
fn a_number_in_a_local_step_must_be_one_the_edition_or_the_main_file_lists() {
    let text = exampleshire_with("(tel:01632960200)", "(tel:01632960999)");
    let line = mistake(&text, line_of(&text, "tel:01632960999"));
    assert!(line.contains("[[steps]], field \"text\": the link \"tel:01632960999\" is not a number of the edition's contacts"), "{line}");
}

#[test]
fn the_area_and_who_keeps_it_are_needed() {
    let text = exampleshire_with("name = \"Exampleshire\"\n", "");
    let report = edition_from("exampleshire", &text).unwrap_err();
    assert!(report.contains("the file, field \"name\": is missing"), "{report}");
}

#[test]
fn a_contact_names_no_nations_it_serves_the_editions_area() {
    let text = exampleshire_with("hours = \"Evenings", "nations = [\"uk\"]\nhours = \"Evenings");
    let line = mistake(&text, line_of(&text, "nations = "));
    assert!(line.contains("contact \"Exampleshire Emergency Duty Team\", field \"nations\": is not a field"), "{line}");
}
