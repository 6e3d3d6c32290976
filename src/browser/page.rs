//! The prerendered page around the app: which panel section shows, and the marks on `<html>`
//! that the styles follow (`data-live`, `data-mode`, `data-embed`, `data-lens`, `data-part`).

use wasm_bindgen::JsCast;

use crate::model::route::{Lens, Mode, Part, Route, View};
use crate::model::state::{note_for, Notes, Screen};
use crate::view::PANEL_ID;

/// Shows one section of the panel and hides the rest. When the section is a stage, the panel
/// becomes the tab panel labelled by that stage's tab.
pub fn show_section(section_id: &str, labelled_by_tab: Option<&str>) {
    let document = gloo::utils::document();
    let Some(panel) = document.get_element_by_id(PANEL_ID) else { return };
    if let Ok(current) = panel.query_selector_all(".panel-section.is-current") {
        for i in 0..current.length() {
            if let Some(element) = current.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                let _ = element.class_list().remove_1("is-current");
            }
        }
    }
    if let Some(section) = document.get_element_by_id(section_id) {
        let _ = section.class_list().add_1("is-current");
    }
    let _ = match labelled_by_tab {
        Some(tab) => panel.set_attribute("role", "tabpanel").and_then(|_| panel.set_attribute("aria-labelledby", tab)),
        None if panel.has_attribute("role") => panel.remove_attribute("role").and_then(|_| panel.remove_attribute("aria-labelledby")),
        None => Ok(()),
    };
}

/// Marks `<html>` with the route, the screen, and whether storage works, so styles outside
/// the app follow them.
pub fn mark(route: &Route, screen: &Screen, storage_works: bool) {
    let Some(page) = gloo::utils::document().document_element() else { return };
    // Only what changed: any change to <html> makes the browser restyle the whole page.
    let set = |name: &str, value: Option<&str>| {
        if page.get_attribute(name).as_deref() == value {
            return;
        }
        let _ = match value {
            Some(value) => page.set_attribute(name, value),
            None => page.remove_attribute(name),
        };
    };
    set("data-live", Some(""));
    set(
        "data-mode",
        match route.mode {
            Mode::Explore => None,
            Mode::Present => Some("present"),
            Mode::Speaker => Some("speaker"),
        },
    );
    set("data-embed", route.embed.then_some(""));
    set("data-theme", route.contrast.then_some("contrast"));
    set("data-overview", screen.overview.then_some(""));
    set("data-storage", (!storage_works).then_some("off"));
    set("data-lens", (route.lens != Lens::Both).then_some(route.lens.key()));
    set(
        "data-part",
        match route.view {
            View::Stage(_, Part::Openers) => Some("openers"),
            View::Stage(_, Part::Resources) => Some("resources"),
            _ => None,
        },
    );
    if route.mode == Mode::Speaker {
        open_speaker_notes();
    }
}

/// In the speaker view, every stage's notes for trainers are open.
fn open_speaker_notes() {
    let Ok(notes) = gloo::utils::document().query_selector_all("details.speaker-notes") else { return };
    for i in 0..notes.length() {
        if let Some(details) = notes.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlDetailsElement>().ok()) {
            details.set_open(true);
        }
    }
}

/// Marks whether the embedding page has sized the frame to fit the app: until then the app
/// keeps its own scrollbar, so nothing is cut off.
pub fn set_host_sized(sized: bool) {
    if let Some(page) = gloo::utils::document().document_element() {
        let _ = if sized { page.set_attribute("data-host-sized", "") } else { page.remove_attribute("data-host-sized") };
    }
}

/// Shows how far the reader has come ("3 of 7 explored"), and checks their lens.
pub fn show_progress(progress: &str, lens: Lens) {
    let document = gloo::utils::document();
    if let Ok(Some(slot)) = document.query_selector("[data-slot=progress]") {
        slot.set_text_content(Some(progress));
    }
    let radio = document.query_selector(&format!("input[name=lens][value={}]", lens.key()));
    if let Ok(Some(radio)) = radio.map(|r| r.and_then(|r| r.dyn_into::<web_sys::HtmlInputElement>().ok())) {
        radio.set_checked(true);
    }
}

/// The notes boxes, with the stage each is for.
fn notes_boxes() -> Vec<(String, web_sys::HtmlTextAreaElement)> {
    let Ok(boxes) = gloo::utils::document().query_selector_all("textarea[data-note-for]") else { return Vec::new() };
    (0..boxes.length())
        .filter_map(|i| boxes.item(i)?.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        .map(|field| (field.get_attribute("data-note-for").unwrap_or_default(), field))
        .collect()
}

/// Puts the reader's notes into the notes boxes (empty for a stage with none).
pub fn fill_notes(notes: &Notes) {
    for (stage, field) in notes_boxes() {
        field.set_value(note_for(notes, &stage).unwrap_or(""));
    }
}

/// What the reader has typed in the notes boxes, by stage (empty boxes left out).
pub fn typed_notes() -> Notes {
    notes_boxes().into_iter().map(|(stage, field)| (stage, field.value())).filter(|(_, text)| !text.trim().is_empty()).collect()
}
