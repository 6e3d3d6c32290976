//! The pieces of the prerendered page the app finds and keeps up to date: controls, text slots,
//! notices and notes boxes. Each is marked with the contract's attribute here, and only here,
//! so the page and the browser edge cannot disagree on a name.

use yew::virtual_dom::VTag;
use yew::{AttrValue, Html};

use crate::contract::{self, Control, Mark, Notice, Slot, CONTROL_ATTR, NOTE_FOR_ATTR, NOTICE_ATTR, SLOT_ATTR, SPEAKER_NOTES_ATTR};

/// An element with a class and children.
fn element(tag: &'static str, class: impl Into<AttrValue>, children: Html) -> VTag {
    let mut element = VTag::new(tag);
    let class = class.into();
    if !class.is_empty() {
        element.add_attribute("class", class);
    }
    element.add_child(children);
    element
}

/// A label's words, as the content of a control.
pub fn words(label: &str) -> Html {
    yew::html! { { label.to_string() } }
}

/// A button that is one of the page's controls.
pub fn control_button(control: Control, class: impl Into<AttrValue>, label: Html) -> Html {
    let mut button = element("button", class, label);
    button.add_attribute("type", "button");
    button.add_attribute(CONTROL_ATTR, control.name());
    button.into()
}

/// A control that stays pressed (or not), such as Blank screen.
pub fn toggle_button(control: Control, class: impl Into<AttrValue>, label: Html) -> Html {
    let mut button = element("button", class, label);
    button.add_attribute("type", "button");
    button.add_attribute(CONTROL_ATTR, control.name());
    button.add_attribute("aria-pressed", "false");
    button.into()
}

/// One radio button of a control's set, with its label. Radio buttons with the same `group`
/// are one choice in the browser's eyes.
pub fn control_radio(control: Control, group: &'static str, value: &'static str, checked: bool, label: Html) -> Html {
    let mut input = VTag::new("input");
    input.add_attribute("type", "radio");
    input.add_attribute("name", group);
    input.add_attribute("value", value);
    input.add_attribute(CONTROL_ATTR, control.name());
    input.set_checked(checked);
    let mut wrapper = VTag::new("label");
    wrapper.add_child(input.into());
    wrapper.add_child(label);
    wrapper.into()
}

/// A part of the page with one of the marks the styles follow (which the app sets on `<html>`
/// for the whole page): the editor's preview, seen through a lens.
pub fn marked(mark: Mark, value: &'static str, class: &'static str, children: Html) -> Html {
    let mut element = element("div", class, children);
    element.add_attribute(mark.attribute(), value);
    element.into()
}

/// Text the app keeps up to date (empty until it starts).
pub fn slot(slot: Slot, tag: &'static str, class: impl Into<AttrValue>) -> Html {
    let mut element = element(tag, class, Html::default());
    element.add_attribute(SLOT_ATTR, slot.name());
    element.into()
}

/// A frame showing a miniature of the page, whose address the app sets (the speaker view's
/// view of the room). It is a picture: nothing in it can be reached or pressed.
pub fn slot_frame(slot: Slot, title: &str) -> Html {
    let mut frame = VTag::new("iframe");
    frame.add_attribute("class", "miniature");
    frame.add_attribute("title", title.to_string());
    frame.add_attribute("tabindex", "-1");
    frame.add_attribute("inert", "");
    frame.add_attribute(SLOT_ATTR, slot.name());
    frame.into()
}

/// A read-only text box whose text the app keeps up to date (the Share dialog's fields).
pub fn slot_field(slot: Slot, id: &'static str, rows: &'static str) -> Html {
    let mut field = VTag::new("textarea");
    field.add_attribute("id", id);
    field.add_attribute("readonly", "");
    field.add_attribute("rows", rows);
    field.add_attribute(SLOT_ATTR, slot.name());
    field.into()
}

/// A link to another tab whose address the app keeps up to date.
pub fn slot_link(slot: Slot, label: Html) -> Html {
    let mut link = element("a", "", label);
    link.add_attribute("href", "./");
    link.add_attribute("target", "_blank");
    link.add_attribute("rel", "noopener");
    link.add_attribute(SLOT_ATTR, slot.name());
    link.into()
}

/// Something hidden until the state calls for it; beside a notes box, for that stage.
pub fn notice(notice: Notice, stage: Option<&str>, tag: &'static str, class: impl Into<AttrValue>, children: Html) -> Html {
    let mut element = element(tag, class, children);
    element.add_attribute(NOTICE_ATTR, notice.name());
    element.add_attribute("hidden", "");
    if let Some(stage) = stage {
        element.add_attribute(NOTE_FOR_ATTR, stage.to_string());
    }
    element.into()
}

/// A stage's private notes box.
pub fn note_box(stage_id: &str) -> Html {
    let mut field = VTag::new("textarea");
    field.add_attribute("id", contract::note_box_id(stage_id));
    field.add_attribute(NOTE_FOR_ATTR, stage_id.to_string());
    field.add_attribute("rows", "4");
    field.into()
}

/// A stage's notes for trainers, which the speaker view opens.
pub fn speaker_notes(class: &'static str, children: Html) -> Html {
    let mut details = element("details", class, children);
    details.add_attribute(SPEAKER_NOTES_ATTR, "");
    details.into()
}

/// The black screen that covers everything while presenting; a click (or B) brings the screen
/// back.
pub fn blank_screen(title: &str) -> Html {
    let mut cover = VTag::new("div");
    cover.add_attribute("class", "blank-screen");
    cover.add_attribute(NOTICE_ATTR, Notice::BlankScreen.name());
    cover.add_attribute(CONTROL_ATTR, Control::Blank.name());
    cover.add_attribute("hidden", "");
    cover.add_attribute("title", title.to_string());
    cover.into()
}
