//! Shows a [`PageView`] in the prerendered page: the section on show, the marks on `<html>`,
//! the text slots, the notices, pressed buttons, chosen radio buttons, the open dialog. Only
//! what differs from what the page shows is touched (any change to `<html>` restyles the whole
//! page), and each group of elements is looked up, by the contract's names, the first time it
//! needs changing: most visits never touch most of them.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlDetailsElement, HtmlDialogElement, HtmlInputElement, HtmlTextAreaElement};

use crate::contract::{id, Control, Notice, Slot, CONTROL_ATTR, CURRENT_CLASS, NOTE_FOR_ATTR, NOTICE_ATTR, SLOT_ATTR, SPEAKER_NOTES_ATTR};
use crate::model::page::PageView;

/// A notice in the page: which one, the stage it is about (if any), and its element.
type NoticeElement = (Option<Notice>, Option<String>, Element);

/// The parts of the page the app keeps up to date.
pub struct ShownPage {
    root: Element,
    slots: Option<Vec<(Slot, Element)>>,
    notices: Option<Vec<NoticeElement>>,
    controls: Option<Vec<(Option<Control>, Element)>>,
    dialogs: Option<Vec<HtmlDialogElement>>,
    speaker_notes: Option<Vec<HtmlDetailsElement>>,
    /// What the page shows now.
    shown: PageView,
}

/// Every element matching a selector.
fn all(selector: &str) -> Vec<Element> {
    let Ok(list) = gloo::utils::document().query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect()
}

/// Every element with an attribute, with its value.
fn with_attribute(attribute: &str) -> Vec<(String, Element)> {
    all(&format!("[{attribute}]")).into_iter().map(|e| (e.get_attribute(attribute).unwrap_or_default(), e)).collect()
}

impl Default for ShownPage {
    fn default() -> ShownPage {
        ShownPage::new()
    }
}

impl ShownPage {
    /// The page as prerendered.
    pub fn new() -> ShownPage {
        ShownPage {
            root: gloo::utils::document().document_element().expect("a page has a root element"),
            slots: None,
            notices: None,
            controls: None,
            dialogs: None,
            speaker_notes: None,
            shown: PageView::prerendered(),
        }
    }

    /// Shows `view`, changing only what differs from what is shown; `false` if nothing did.
    pub fn show(&mut self, view: &PageView) -> bool {
        if *view == self.shown {
            return false;
        }
        let shown = std::mem::replace(&mut self.shown, view.clone());
        // The section first, so that marking the page live never shows a panel with nothing in it.
        show_section(&shown, view);
        for (_, (mark, value)) in shown.marks.iter().zip(&view.marks).filter(|(old, new)| old != new) {
            let _ = match value {
                Some(value) => self.root.set_attribute(mark.attribute(), value),
                None => self.root.remove_attribute(mark.attribute()),
            };
        }
        if shown.texts != view.texts {
            self.show_texts(view);
        }
        if shown.notices != view.notices {
            self.show_notices(view);
        }
        if shown.pressed != view.pressed || shown.chosen != view.chosen {
            self.show_controls(view);
        }
        if shown.dialog != view.dialog {
            let dialogs = self.dialogs.get_or_insert_with(|| all("dialog").into_iter().filter_map(|e| e.dyn_into().ok()).collect());
            for dialog in dialogs.iter() {
                let open = view.dialog == Some(dialog.id().as_str());
                if open && !dialog.open() {
                    let _ = dialog.show_modal();
                } else if !open && dialog.open() {
                    dialog.close();
                }
            }
        }
        if shown.speaker_notes_open != view.speaker_notes_open {
            let notes = self.speaker_notes.get_or_insert_with(|| with_attribute(SPEAKER_NOTES_ATTR).into_iter().filter_map(|(_, e)| e.dyn_into().ok()).collect());
            for details in notes.iter() {
                details.set_open(view.speaker_notes_open);
            }
        }
        true
    }

    /// Puts each slot's text in it (a link's is its address).
    fn show_texts(&mut self, view: &PageView) {
        let slots = self.slots.get_or_insert_with(|| {
            with_attribute(SLOT_ATTR).into_iter().filter_map(|(name, e)| Some((Slot::parse(&name)?, e))).collect()
        });
        for (slot, element) in slots.iter() {
            let text = view.texts.iter().find(|(s, _)| s == slot).map_or("", |(_, t)| t.as_str());
            if let Some(field) = element.dyn_ref::<HtmlTextAreaElement>() {
                if field.value() != text {
                    field.set_value(text);
                }
            } else if element.tag_name() == "A" {
                let _ = element.set_attribute("href", if text.is_empty() { "./" } else { text });
            } else if element.tag_name() == "IFRAME" {
                // A frame with nothing to show loads nothing.
                let src = if text.is_empty() { "about:blank" } else { text };
                if element.get_attribute("src").as_deref() != Some(src) {
                    let _ = element.set_attribute("src", src);
                }
            } else if element.text_content().as_deref() != Some(text) {
                element.set_text_content(Some(text));
            }
        }
    }

    /// Shows the notices on show and hides the rest.
    fn show_notices(&mut self, view: &PageView) {
        let notices = self.notices.get_or_insert_with(|| {
            with_attribute(NOTICE_ATTR)
                .into_iter()
                .map(|(name, e)| (Notice::parse(&name), e.get_attribute(NOTE_FOR_ATTR), e))
                .collect()
        });
        for (notice, stage, element) in notices.iter() {
            let on = view.notices.iter().any(|(n, s)| Some(*n) == *notice && s == stage);
            if element.has_attribute("hidden") == on {
                let _ = if on { element.remove_attribute("hidden") } else { element.set_attribute("hidden", "") };
            }
        }
    }

    /// Presses buttons and checks radio buttons.
    fn show_controls(&mut self, view: &PageView) {
        let controls = self.controls.get_or_insert_with(|| with_attribute(CONTROL_ATTR).into_iter().map(|(name, e)| (Control::parse(&name), e)).collect());
        for (control, element) in controls.iter() {
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
}

/// Marks the section on show as current, and makes the panel a tab panel while it shows a stage.
fn show_section(shown: &PageView, view: &PageView) {
    let document = gloo::utils::document();
    if shown.section != view.section {
        if let Some(old) = document.get_element_by_id(&shown.section) {
            let _ = old.class_list().remove_1(CURRENT_CLASS);
        }
        if let Some(new) = document.get_element_by_id(&view.section) {
            let _ = new.class_list().add_1(CURRENT_CLASS);
        }
    }
    if shown.tab_panel_of != view.tab_panel_of {
        if let Some(panel) = document.get_element_by_id(id::PANEL) {
            let _ = match &view.tab_panel_of {
                Some(tab) => panel.set_attribute("role", "tabpanel").and_then(|_| panel.set_attribute("aria-labelledby", tab)),
                None => panel.remove_attribute("role").and_then(|_| panel.remove_attribute("aria-labelledby")),
            };
        }
    }
}

/// Puts text in a stage's notes box.
pub fn fill_note(stage: &str, text: &str) {
    let field = gloo::utils::document().get_element_by_id(&crate::contract::note_box_id(stage));
    if let Some(field) = field.and_then(|f| f.dyn_into::<HtmlTextAreaElement>().ok()) {
        field.set_value(text);
    }
}
