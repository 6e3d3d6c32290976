//! The content file: the real one loads, and every kind of mistake is refused with a message
//! that names the file, the line, the stage and the field.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use adversity_cycle::content::load::{unchecked_services, unchecked_warning};
use adversity_cycle::content::outline::Outline;
use adversity_cycle::content::{Audience, Nation, StagePlace};
use support::*;

#[test]
fn the_content_file_the_site_is_built_from_passes_the_checks() {
    // (The rules themselves are tested on fixtures below.)
    cycle_from(&real_content());
}

#[test]
fn the_outline_reads_back_from_the_pages_data_block_as_it_was_written() {
    for text in [fixture(), fixture_of(12, false), fixture_with("title = \"The first stage\"", "title = \"A \\\"quoted\\\" </script> title\"")] {
        let outline = outline_from(&text);
        let block: Vec<String> = serde_json::from_str(&outline.data_block()).expect("the block is a JSON list of texts");
        assert_eq!(Outline::from_block(block).as_ref(), Some(outline));
    }
}

#[test]
fn a_data_block_that_is_not_an_outline_is_refused_whole() {
    let outline = outline_from(&fixture());
    let block: Vec<String> = serde_json::from_str(&outline.data_block()).unwrap();
    let shorter = block[..block.len() - 1].to_vec();
    let longer = [block.clone(), vec!["more".into()]].concat();
    let mut bad_count = block.clone();
    bad_count[1] = "three".into();
    // A block that says there is no hub, though it holds one, has texts left over.
    let mut no_hub = block.clone();
    let hub_at = 2 + 3 * outline.stages.len();
    assert_eq!(no_hub[hub_at], "1", "the hub's marker follows the ring's stages");
    no_hub[hub_at] = String::new();
    for broken in [vec![], shorter, longer, bad_count, no_hub] {
        assert_eq!(Outline::from_block(broken), None);
    }
}

#[test]
fn no_text_can_close_the_data_blocks_script_element() {
    let text = fixture_with("title = \"The first stage\"", "title = \"</script><script>alert(1)</script>\"");
    let block = outline_from(&text).data_block();
    assert!(!block.contains('<'), "{block}");
    assert!(block.contains("\\u003c/script>"));
}

#[test]
fn the_outline_the_browser_carries_names_every_stage_but_holds_no_long_text() {
    let outline = outline_from(&fixture());
    assert_eq!(outline.stage_count(), 4);
    assert_eq!(outline.find("second-stage"), Some(StagePlace::Ring(1)));
    assert_eq!(outline.find("the-hub"), Some(StagePlace::Hub));
    assert_eq!(outline.find("nothing"), None);
    assert_eq!(outline.stage(StagePlace::Ring(2)).unwrap().title, "The third stage");
    assert!(!format!("{outline:?}").contains("Second explanation."));
}

#[test]
fn the_fixture_is_valid() {
    let cycle = cycle_from(&fixture());
    let shared = cycle.resource("for-both").unwrap();
    assert_eq!(shared.audience, Audience::Both);
    assert_eq!(cycle.resource_url(shared), "https://example.org/resources/");
    assert_eq!(cycle.resource_url(cycle.resource("for-parents").unwrap()), "https://example.org/resources/parents/");
}

/// The one message about `field`, checking it names the file, a line, the place and field.
fn message_about(text: &str, place: &str, field: &str) -> String {
    let report = errors_from(text).to_string();
    let line = report
        .lines()
        .find(|l| l.contains(place) && l.contains(&format!("field \"{field}\"")))
        .unwrap_or_else(|| panic!("no message about {place} / {field} in:\n{report}"));
    assert!(line.starts_with("test.toml:"), "message should start with file and line: {line}");
    let line_number: usize = line["test.toml:".len()..].split(':').next().unwrap().parse().expect("a line number");
    assert!(line_number > 0);
    line.to_string()
}

#[test]
fn a_missing_field_is_named_with_its_stage() {
    let text = fixture_with("summary = \"Second summary.\"\n", "");
    let message = message_about(&text, "stage \"second-stage\"", "summary");
    assert!(message.contains("is missing"), "{message}");
}

#[test]
fn an_empty_field_is_refused() {
    let text = fixture_with("reflection = \"Third reflection?\"", "reflection = \"   \"");
    let message = message_about(&text, "stage \"third-stage\"", "reflection");
    assert!(message.contains("is empty"), "{message}");
}

#[test]
fn the_line_number_points_at_the_field() {
    let text = fixture_with("reflection = \"Third reflection?\"", "reflection = \"\"");
    let expected_line = text.lines().position(|l| l.starts_with("reflection = \"\"")).unwrap() + 1;
    let message = message_about(&text, "stage \"third-stage\"", "reflection");
    assert!(message.starts_with(&format!("test.toml:{expected_line}:")), "{message}");
}

#[test]
fn a_duplicate_id_is_refused() {
    let text = fixture_with("id = \"second-stage\"", "id = \"first-stage\"");
    let message = message_about(&text, "stage \"first-stage\"", "id");
    assert!(message.contains("more than one stage"), "{message}");
}

#[test]
fn a_malformed_id_is_refused() {
    for bad in ["Second Stage", "second_stage", "second--stage", "-second", "Étape"] {
        let text = fixture_with("id = \"second-stage\"", &format!("id = \"{bad}\""));
        let message = message_about(&text, &format!("stage \"{bad}\""), "id");
        assert!(message.contains("not a valid id"), "{bad}: {message}");
    }
}

#[test]
fn an_id_the_explorer_uses_itself_is_refused() {
    let text = fixture_with("id = \"second-stage\"", "id = \"get-support\"");
    let message = message_about(&text, "stage \"get-support\"", "id");
    assert!(message.contains("kept for the explorer"), "{message}");
}

#[test]
fn fewer_than_three_ring_stages_are_refused() {
    let text = fixture();
    let second = text.find("[[stages]]\nid = \"second-stage\"").unwrap();
    let third = text.find("[[stages]]\nid = \"third-stage\"").unwrap();
    let two_stages = format!("{}{}", &text[..second], &text[third..]);
    let message = message_about(&two_stages, "the file", "stages");
    assert!(message.contains("there are 2 stages"), "{message}");
}

#[test]
fn more_than_twelve_ring_stages_are_refused() {
    let text = fixture();
    let first = text.find("[[stages]]").unwrap();
    let second = text.find("[[stages]]\nid = \"second-stage\"").unwrap();
    let extra: String = (0..10).map(|i| text[first..second].replace("first-stage", &format!("extra-{i}"))).collect();
    let thirteen = format!("{}{extra}{}", &text[..first], &text[first..]);
    let message = message_about(&thirteen, "the file", "stages");
    assert!(message.contains("there are 13 stages"), "{message}");
}

#[test]
fn a_resource_that_is_not_declared_is_refused() {
    let text = fixture_with("resources = [\"for-children\"]", "resources = [\"for-childen\"]");
    let message = message_about(&text, "stage \"second-stage\"", "resources");
    assert!(message.contains("\"for-childen\" is not one of the resources"), "{message}");
}

#[test]
fn a_javascript_link_is_refused() {
    let text = fixture_with("explanation = \"First explanation.\"", "explanation = \"See [this](javascript:alert(1)).\"");
    let message = message_about(&text, "stage \"first-stage\"", "explanation");
    assert!(message.contains("\"javascript:alert(1") && message.contains("not allowed"), "{message}");
}

#[test]
fn plain_http_and_data_links_are_refused_too() {
    for href in ["http://example.org", "data:text/html;base64,PHNjcmlwdD4="] {
        let text = fixture_with("text = \"Look after yourself.\"", &format!("text = \"[Here]({href}).\""));
        let message = message_about(&text, "[self_care]", "text");
        assert!(message.contains("not allowed"), "{message}");
    }
}

#[test]
fn an_in_page_link_must_point_at_a_stage_or_panel() {
    let text = fixture_with("[Get support](#get-support)", "[Get support](#get-suport)");
    let message = message_about(&text, "[content_note]", "text");
    assert!(message.contains("#get-suport"), "{message}");
}

#[test]
fn an_explanation_over_the_limit_is_refused() {
    let long = "word ".repeat(adversity_cycle::content::load::MAX_EXPLANATION_WORDS + 1);
    let text = fixture_with("explanation = \"Second explanation.\"", &format!("explanation = \"{long}\""));
    let message = message_about(&text, "stage \"second-stage\"", "explanation");
    assert!(message.contains("181 words"), "{message}");
}

#[test]
fn a_label_too_long_for_the_drawing_is_refused() {
    let text = fixture_with("label = \"Second\"", "label = \"A label with far too many words\"");
    let message = message_about(&text, "stage \"second-stage\"", "label");
    assert!(message.contains("7 words"), "{message}");
}

#[test]
fn an_unknown_field_is_refused_so_no_text_is_silently_dropped() {
    let text = fixture_with("summary = \"First summary.\"", "sumary = \"First summary.\"");
    let report = errors_from(&text).to_string();
    assert!(report.contains("stage \"first-stage\", field \"sumary\": is not a field"), "{report}");
    assert!(report.contains("stage \"first-stage\", field \"summary\": is missing"), "{report}");
}

#[test]
fn an_unknown_label_and_a_missing_label_are_both_reported() {
    let text = fixture_with("stages_list = ", "stages_lists = ");
    let report = errors_from(&text).to_string();
    assert!(report.contains("[labels], field \"stages_lists\": is not a field"), "{report}");
    assert!(report.contains("[labels], field \"stages_list\": is missing"), "{report}");
}

#[test]
fn a_wrong_type_is_explained() {
    let text = fixture_with("parent_openers = [{ text = \"Second parent opener one? [If they tell you](#responding-to-a-disclosure)\", disclosure = true }, \"Second parent opener two?\"]", "parent_openers = \"Just one\"");
    let message = message_about(&text, "stage \"second-stage\"", "parent_openers");
    assert!(message.contains("should be a list"), "{message}");
}

#[test]
fn too_few_openers_are_refused() {
    let text = fixture_with("child_openers = [\"Third child opener one?\", \"Third child opener two?\"]", "child_openers = [\"Only one?\"]");
    let message = message_about(&text, "stage \"third-stage\"", "child_openers");
    assert!(message.contains("needs at least 2"), "{message}");
}

#[test]
fn an_unknown_audience_is_refused() {
    let text = fixture_with("audience = \"children\"", "audience = \"kids\"");
    let message = message_about(&text, "resource \"for-children\"", "audience");
    assert!(message.contains("parents, children or both"), "{message}");
}

#[test]
fn a_bad_checked_on_date_and_phone_number_are_refused() {
    let text = fixture_with("checked_on = \"2026-11-28\"", "checked_on = \"28/11/2026\"").replace("phone = \"0808 157 0123\"", "phone = \"0808-157-0123\"");
    let report = errors_from(&text).to_string();
    assert!(report.contains("field \"checked_on\": should be a real date"), "{report}");
    assert!(report.contains("field \"phone\": should be digits"), "{report}");
}

#[test]
fn several_mistakes_are_reported_together_in_line_order() {
    let text = fixture_with("summary = \"First summary.\"", "summary = \"\"")
        .replace("id = \"third-stage\"", "id = \"Third\"")
        .replace("base = \"https://example.org/resources/\"", "base = \"http://example.org\"");
    let errors = errors_from(&text);
    assert!(errors.errors.len() >= 3, "{errors}");
    let lines: Vec<usize> = errors.errors.iter().map(|e| e.line).collect();
    let mut sorted = lines.clone();
    sorted.sort();
    assert_eq!(lines, sorted);
    let report = errors.to_string();
    assert!(report.starts_with(&format!("test.toml has {} mistakes:", errors.errors.len())), "{report}");
}

#[test]
fn a_text_left_open_is_named_on_its_own_line_with_what_is_missing() {
    let text = fixture_with("title = \"The second stage\"", "title = \"The second stage");
    let expected_line = text.lines().position(|l| l == "title = \"The second stage").unwrap() + 1;
    let errors = errors_from(&text);
    let report = errors.to_string();
    assert!(report.contains(&format!("test.toml:{expected_line}: the file: a closing \" is probably missing on line {expected_line}")), "{report}");
    assert!(!report.contains("field \"-\""), "{report}");
    // The editor says the same, without the file's name.
    assert_eq!(errors.errors[0].for_editor(), format!("Line {expected_line}: the file: a closing \" is probably missing on line {expected_line} (every text starts and ends with \")"));
}

#[test]
fn other_slips_of_syntax_name_their_line_and_texts_of_several_lines_or_with_quotes_inside_are_no_slip() {
    // Quotes inside a text, an apostrophe in a comment, and a text of several lines are fine;
    // the slip here is a missing `=`.
    let extra = "# It's a comment with an apostrophe.\nnote = \"She said \\\"hello\\\" and 'goodbye'\"\nlong = \"\"\"\nLine with \" one quote.\n\"\"\"\nbroken \"value\"\n";
    let text = format!("{extra}{}", fixture());
    let report = errors_from(&text).to_string();
    assert!(report.contains("test.toml:6: the file: this is not valid TOML"), "{report}");
    assert!(!report.contains("probably missing"), "{report}");
}

#[test]
fn a_missing_section_is_named() {
    let text = fixture();
    let start = text.find("[self_care]").unwrap();
    let end = text.find("[about]").unwrap();
    let without = format!("{}{}", &text[..start], &text[end..]);
    let message = message_about(&without, "the file", "self_care");
    assert!(message.contains("add a [self_care] section"), "{message}");
}

#[test]
fn a_stage_whose_openers_never_link_to_what_to_do_after_a_disclosure_is_refused() {
    let text = fixture_with("{ text = \"Second parent opener one? [If they tell you](#responding-to-a-disclosure)\", disclosure = true }", "\"Second parent opener one?\"");
    let message = message_about(&text, "stage \"second-stage\"", "parent_openers");
    assert!(message.contains("no opener links to what to do after a disclosure"), "{message}");
}

#[test]
fn a_stage_must_name_sources_that_are_listed() {
    let text = fixture_with("sources = [\"a-law\"]", "sources = [\"a-lawn\"]");
    let message = message_about(&text, "stage \"the-hub\"", "sources");
    assert!(message.contains("\"a-lawn\" is not one of the sources"), "{message}");
    let without = fixture_with("sources = [\"a-law\"]\n", "");
    let message = message_about(&without, "stage \"the-hub\"", "sources");
    assert!(message.contains("is missing"), "{message}");
}

#[test]
fn a_helpline_needs_who_it_is_for_its_nations_and_its_hours() {
    for field in ["who = \"For anyone in Exampleshire who is struggling.\"\n", "nations = [\"uk\"]\n", "hours = \"24 hours a day.\"\n"] {
        let text = fixture_with(field, "");
        let name = field.split(' ').next().unwrap();
        let message = message_about(&text, "support service \"Exampleshire Listening Line\"", name);
        assert!(message.contains("is missing"), "{message}");
    }
    let text = fixture_with("nations = [\"uk\"]", "nations = [\"cornwall\"]");
    let message = message_about(&text, "support service \"Exampleshire Listening Line\"", "nations");
    assert!(message.contains("\"cornwall\" is not a nation"), "{message}");
}

#[test]
fn a_helpline_for_the_uk_serves_every_nation_and_one_for_wales_serves_wales() {
    let cycle = cycle_from(&fixture());
    let services = &cycle.support.services;
    assert!(services[0].uk_wide());
    assert_eq!(services[1].nations.as_ref(), [Nation::Wales]);
}

#[test]
fn checked_on_is_a_real_date_or_empty_and_must_be_written() {
    for bad in ["28/11/2026", "2026-02-30", "2026-13-01", "2026-1-1", "soon"] {
        let text = fixture_with("checked_on = \"2026-11-28\"", &format!("checked_on = \"{bad}\""));
        let message = message_about(&text, "support service \"Exampleshire Listening Line\"", "checked_on");
        assert!(message.contains("should be a real date"), "{bad}: {message}");
    }
    assert!(load_ok(&fixture_with("checked_on = \"2026-11-28\"", "checked_on = \"2024-02-29\"")));
    let text = fixture_with("checked_on = \"\"\n", "");
    let message = message_about(&text, "support service \"A Welsh line\"", "checked_on");
    assert!(message.contains("is missing") && message.contains("\"\" until someone has"), "{message}");
}

#[test]
fn the_build_names_each_helpline_no_person_has_checked_in_the_last_twelve_months() {
    let cycle = cycle_from(&fixture());
    // The Exampleshire line was checked on 2026-11-28; the Welsh line never.
    assert_eq!(unchecked_services(&cycle.support.services, (2027, 11, 28)), ["A Welsh line (never)"]);
    assert_eq!(unchecked_services(&cycle.support.services, (2027, 11, 29)), ["Exampleshire Listening Line (last on 2026-11-28)", "A Welsh line (never)"]);
}

#[test]
fn once_a_person_has_checked_every_helpline_lately_the_build_has_nothing_to_warn_about() {
    let text = fixture_with("checked_on = \"\"", "checked_on = \"2026-11-30\"");
    let cycle = cycle_from(&text);
    assert_eq!(unchecked_services(&cycle.support.services, TODAY), Vec::<String>::new());
    assert_eq!(unchecked_warning("test.toml", &cycle.support.services, TODAY), None);
    let warning = unchecked_warning("test.toml", &cycle_from(&fixture()).support.services, TODAY).expect("the Welsh line is unchecked");
    assert!(warning.starts_with("test.toml: 1 helpline was not checked") && warning.contains("A Welsh line (never)"), "{warning}");
}

#[test]
fn a_date_of_checking_in_the_future_is_a_mistake_naming_its_line() {
    let text = fixture_with("checked_on = \"2026-11-28\"", "checked_on = \"2099-01-01\"");
    let line = text.lines().position(|l| l.contains("2099-01-01")).unwrap() + 1;
    let message = message_about(&text, "support service \"Exampleshire Listening Line\"", "checked_on");
    assert!(message.starts_with(&format!("test.toml:{line}: ")) && message.contains("2099-01-01 is in the future"), "{message}");
    // Today itself is fine.
    assert!(load_ok(&fixture_with("checked_on = \"2026-11-28\"", "checked_on = \"2026-11-30\"")));
}

#[test]
fn a_helpline_with_no_way_to_reach_it_is_a_mistake() {
    let text = fixture_with("phone = \"01632 960 800\"\n", "");
    let message = message_about(&text, "support service \"A Welsh line\"", "phone");
    assert!(message.contains("no way to reach it"), "{message}");
    // An email, a website or a link in its details will do.
    for way in ["email = \"help@example.org\"\n", "website = \"https://example.org/help/\"\n", "details = \"Text HELP to [60000](sms:60000).\"\n"] {
        let text = fixture_with("phone = \"01632 960 800\"\n", way);
        assert!(load_ok(&text), "{way}");
    }
    let text = fixture_with("phone = \"01632 960 800\"\n", "website = \"http://example.org/\"\n");
    let message = message_about(&text, "support service \"A Welsh line\"", "website");
    assert!(message.contains("https://"), "{message}");
}

#[test]
fn a_number_to_call_or_text_written_into_any_text_must_be_one_get_support_lists() {
    // 999, 111, a helpline's own number and one given in a helpline's details are all listed.
    for listed in ["[999](tel:999)", "[111](tel:111)", "[0808 157 0123](tel:08081570123)", "[01632 960 800](tel:01632960800)"] {
        let text = fixture_with("explanation = \"Second explanation.\"", &format!("explanation = \"Call {listed}.\""));
        assert!(load_ok(&text), "{listed}");
    }
    let text = fixture_with("details = \"Free.\"", "details = \"Free. Or text [60000](sms:60000).\"");
    let text = text.replacen("explanation = \"Second explanation.\"", "explanation = \"Text [60000](sms:60000).\"", 1);
    assert!(load_ok(&text), "a number a helpline's details give");
    // A slip of one digit, in a paragraph, is found, naming its line.
    let text = fixture_with("explanation = \"Second explanation.\"", "explanation = \"Call [0808 157 0124](tel:08081570124).\"");
    let line = text.lines().position(|l| l.contains("tel:08081570124")).unwrap() + 1;
    let message = message_about(&text, "stage \"second-stage\"", "explanation");
    assert!(message.starts_with(&format!("test.toml:{line}: ")) && message.contains("\"tel:08081570124\" is not a number listed under [support]"), "{message}");
}

#[test]
fn an_opener_marked_as_one_that_can_lead_to_a_disclosure_must_say_what_to_do_then() {
    let text = fixture_with("\"First parent opener two?\"", "{ text = \"First parent opener two?\", disclosure = true }");
    let line = text.lines().position(|l| l.contains("First parent opener two?")).unwrap() + 1;
    let message = message_about(&text, "stage \"first-stage\"", "parent_openers");
    assert!(message.starts_with(&format!("test.toml:{line}: ")) && message.contains("marked as one that can lead to a disclosure"), "{message}");
    let cycle = cycle_from(&fixture());
    let openers = &cycle.stages[0].parent_openers;
    assert!(openers[0].may_lead_to_disclosure && !openers[1].may_lead_to_disclosure);
    assert_eq!(openers[1].text, "First parent opener two?");
}

#[test]
fn a_marked_openers_table_is_checked_like_any_other() {
    let text = fixture_with("disclosure = true }, \"First", "disclosur = true }, \"First");
    let message = message_about(&text, "stage \"first-stage\"", "disclosur");
    assert!(message.contains("is not a field this section can have") && message.contains("it can have: text, disclosure"), "{message}");
    let text = fixture_with("disclosure = true }, \"First", "disclosure = \"yes\" }, \"First");
    let message = message_about(&text, "stage \"first-stage\"", "parent_openers");
    assert!(message.contains("should be true or false"), "{message}");
}

#[test]
fn the_disclosure_panel_is_made_of_sections_each_with_a_heading_and_steps() {
    let cycle = cycle_from(&fixture());
    let headings: Vec<&str> = cycle.disclosure.sections.iter().map(|s| s.heading.as_ref()).collect();
    assert_eq!(headings, ["When an adult tells you", "When a child tells you"]);
    let text = fixture_with("steps = [\n  \"Check their safety now.\"", "step = [\n  \"Check their safety now.\"");
    let report = errors_from(&text).to_string();
    assert!(report.contains("[[disclosure.sections]] \"When an adult tells you\", field \"steps\": is missing"), "{report}");
    assert!(report.contains("field \"step\": is not a field this section can have (check the spelling; it can have: heading, steps)"), "{report}");
}

#[test]
fn days_since_1970_become_calendar_dates() {
    use adversity_cycle::content::load::date_from_days;
    assert_eq!(date_from_days(0), (1970, 1, 1));
    assert_eq!(date_from_days(11_016), (2000, 2, 29));
    assert_eq!(date_from_days(20_786), (2026, 11, 29));
}

fn load_ok(text: &str) -> bool {
    adversity_cycle::content::load::load("test.toml", text, TODAY).is_ok()
}
