//! Shows a [`PageView`] in the prerendered page: the section on show, the marks on `<html>`,
//! the text slots, the notices, pressed buttons, chosen radio buttons, the open dialog. The
//! elements are found once, by the contract's names, and only what differs from the last view
//! is touched: any change to `<html>` restyles the whole page.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlDetailsElement, HtmlDialogElement, HtmlInputElement, HtmlTextAreaElement};

use crate::contract::{id, Control, Notice, Slot, CONTROL_ATTR, CURRENT_CLASS, NOTE_FOR_ATTR, NOTICE_ATTR, SLOT_ATTR, SPEAKER_NOTES_ATTR};
use crate::model::page::PageView;

/// The parts of the page the app keeps up to date.
pub struct Page {
    root: Element,
    panel: Option<Element>,
    slots: Vec<(Slot, Element)>,
    notices: Vec<(Option<Notice>, Option<String>, Element)>,
    controls: Vec<(Option<Control>, Element)>,
    dialogs: Vec<HtmlDialogElement>,
    speaker_notes: Vec<HtmlDetailsElement>,
    /// What the page shows now (`None` until the first view: the page as prerendered).
    shown: Option<PageView>,
}

/// Every element matching a selector.
fn all(selector: &str) -> Vec<Element> {
    let Ok(list) = gloo::utils::document().query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
}

impl Page {
    /// Finds the parts of the page the app keeps up to date.
    pub fn find() -> Page {
        let document = gloo::utils::document();
        let attribute = |element: &Element, name: &str| element.get_attribute(name).unwrap_or_default();
        Page {
            root: document.document_element().expect("a page has a root element"),
            panel: document.get_element_by_id(id::PANEL),
            slots: all(&format!("[{SLOT_ATTR}]"))
                .into_iter()
                .filter_map(|e| Some((Slot::ALL.into_iter().find(|s| s.name() == attribute(&e, SLOT_ATTR))?, e)))
                .collect(),
            notices: all(&format!("[{NOTICE_ATTR}]"))
                .into_iter()
                .map(|e| (Notice::ALL.into_iter().find(|n| n.name() == attribute(&e, NOTICE_ATTR)), e.get_attribute(NOTE_FOR_ATTR), e))
                .collect(),
            controls: all(&format!("[{CONTROL_ATTR}]")).into_iter().map(|e| (Control::parse(&attribute(&e, CONTROL_ATTR)), e)).collect(),
            dialogs: all("dialog").into_iter().filter_map(|e| e.dyn_into().ok()).collect(),
            speaker_notes: all(&format!("[{SPEAKER_NOTES_ATTR}]")).into_iter().filter_map(|e| e.dyn_into().ok()).collect(),
            shown: None,
        }
    }

    /// Shows `view`, changing only what differs from what is shown.
    pub fn show(&mut self, view: &PageView) {
        let shown = self.shown.take();
        let changed = |pick: &dyn Fn(&PageView) -> bool| shown.as_ref().is_none_or(|s| !pick(s));

        // The section first, so that marking the page live never shows a panel with nothing in it.
        if changed(&|s| s.section == view.section) {
            let document = gloo::utils::document();
            if let Some(old) = shown.as_ref().and_then(|s| document.get_element_by_id(&s.section)) {
                let _ = old.class_list().remove_1(CURRENT_CLASS);
            }
            if let Some(new) = document.get_element_by_id(&view.section) {
                let _ = new.class_list().add_1(CURRENT_CLASS);
            }
        }
        if let Some(panel) = self.panel.as_ref().filter(|_| changed(&|s| s.tab_panel_of == view.tab_panel_of)) {
            let _ = match &view.tab_panel_of {
                Some(tab) => panel.set_attribute("role", "tabpanel").and_then(|_| panel.set_attribute("aria-labelledby", tab)),
                None => panel.remove_attribute("role").and_then(|_| panel.remove_attribute("aria-labelledby")),
            };
        }
        for (i, (mark, value)) in view.marks.iter().enumerate() {
            if shown.as_ref().is_none_or(|s| s.marks.get(i) != Some(&(*mark, *value))) {
                let _ = match value {
                    Some(value) => self.root.set_attribute(mark.attribute(), value),
                    None => self.root.remove_attribute(mark.attribute()),
                };
            }
        }
        if changed(&|s| s.texts == view.texts) {
            for (slot, element) in &self.slots {
                let text = view.texts.iter().find(|(s, _)| s == slot).map_or("", |(_, t)| t.as_str());
                if let Some(field) = element.dyn_ref::<HtmlTextAreaElement>() {
                    if field.value() != text {
                        field.set_value(text);
                    }
                } else if element.tag_name() == "A" {
                    let _ = element.set_attribute("href", if text.is_empty() { "./" } else { text });
                } else if element.text_content().as_deref() != Some(text) {
                    element.set_text_content(Some(text));
                }
            }
        }
        if changed(&|s| s.notices == view.notices) {
            for (notice, stage, element) in &self.notices {
                let on = view.notices.iter().any(|(n, s)| Some(*n) == *notice && s == stage);
                if element.has_attribute("hidden") == on {
                    let _ = if on { element.remove_attribute("hidden") } else { element.set_attribute("hidden", "") };
                }
            }
        }
        if changed(&|s| s.pressed == view.pressed && s.chosen == view.chosen) {
            for (control, element) in &self.controls {
                if let Some((_, on)) = view.pressed.iter().find(|(c, _)| Some(*c) == *control) {
                    if element.has_attribute("aria-pressed") {
                        let _ = element.set_attribute("aria-pressed", if *on { "true" } else { "false" });
                    }
                }
                if let (Some((_, value)), Some(radio)) = (view.chosen.iter().find(|(c, _)| Some(*c) == *control), element.dyn_ref::<HtmlInputElement>()) {
                    radio.set_checked(radio.value() == *value);
                }
            }
        }
        if changed(&|s| s.dialog == view.dialog) {
            for dialog in &self.dialogs {
                let open = view.dialog == Some(dialog.id().as_str());
                if open && !dialog.open() {
                    let _ = dialog.show_modal();
                } else if !open && dialog.open() {
                    dialog.close();
                }
            }
        }
        if changed(&|s| s.speaker_notes_open == view.speaker_notes_open) {
            for notes in &self.speaker_notes {
                notes.set_open(view.speaker_notes_open);
            }
        }
        self.shown = Some(view.clone());
    }
}

/// Puts text in a stage's notes box.
pub fn fill_note(stage: &str, text: &str) {
    let field = gloo::utils::document().get_element_by_id(&crate::contract::note_box_id(stage));
    if let Some(field) = field.and_then(|f| f.dyn_into::<HtmlTextAreaElement>().ok()) {
        field.set_value(text);
    }
}
