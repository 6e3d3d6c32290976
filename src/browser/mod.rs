//! The edge where the app touches the browser. Everything else stays plain Rust; only effects
//! and event handlers call in here, never a render (the server has no browser).

pub mod channel;
pub mod embed;
pub mod location;
pub mod messages;
pub mod page;
pub mod screen;
pub mod storage;

use wasm_bindgen::JsCast;

/// Moves keyboard focus to the element with this id, if it exists.
pub fn focus_by_id(id: &str) {
    let element = gloo::utils::document().get_element_by_id(id);
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// Logs a panic to the console and tells the user the interactive version stopped, rather
/// than leaving a page that silently ignores them.
#[cfg(target_arch = "wasm32")]
pub fn install_panic_hook() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("The Adversity Cycle explorer stopped: {info}").into());
        if let Some(note) = gloo::utils::document().get_element_by_id("startup-note") {
            let _ = note.remove_attribute("hidden");
        }
    }));
}

/// Calls `follow` with the `#…` address of every in-page link the user clicks (anywhere in the
/// page), instead of letting the browser jump to it. Keep the listener alive while wanted.
pub fn on_in_page_link(follow: impl Fn(String) + 'static) -> gloo::events::EventListener {
    let options = gloo::events::EventListenerOptions::enable_prevent_default();
    gloo::events::EventListener::new_with_options(&gloo::utils::document(), "click", options, move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MouseEvent>() else { return };
        if let Some(href) = in_page_link_target(event) {
            event.prevent_default();
            follow(href);
        }
    })
}

/// Something the reader did with a control in the prerendered page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PageInput {
    /// A button with `data-action="…"` (Continue, Start again, Print, …).
    Action(String),
    /// A lens radio button was chosen.
    Lens(String),
    /// A notes box (`data-note-for="<stage id>"`) now says this.
    Note { stage: String, text: String },
}

/// Calls `handle` with everything the reader does with the controls in the prerendered page.
/// Keep the returned listeners alive while wanted.
pub fn on_page_input(handle: impl Fn(PageInput) + 'static) -> [gloo::events::EventListener; 3] {
    let handle = std::rc::Rc::new(handle);
    let document = gloo::utils::document();
    let target = |event: &web_sys::Event| event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    let (on_change, on_input) = (handle.clone(), handle.clone());
    [
        gloo::events::EventListener::new(&document, "click", move |event| {
            let control = target(event).and_then(|t| t.closest("[data-action]").ok().flatten());
            if let Some(action) = control.and_then(|c| c.get_attribute("data-action")) {
                handle(PageInput::Action(action));
            }
        }),
        gloo::events::EventListener::new(&document, "change", move |event| {
            let Some(radio) = target(event).and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
            if radio.name() == "lens" && radio.checked() {
                on_change(PageInput::Lens(radio.value()));
            }
        }),
        gloo::events::EventListener::new(&document, "input", move |event| {
            let Some(field) = target(event).and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) else { return };
            if let Some(stage) = field.get_attribute("data-note-for") {
                on_input(PageInput::Note { stage, text: field.value() });
            }
        }),
    ]
}

/// The `#…` address of the in-page link a plain click landed on, unless something already
/// handled the click.
fn in_page_link_target(event: &web_sys::MouseEvent) -> Option<String> {
    if event.default_prevented() || event.button() != 0 || event.ctrl_key() || event.meta_key() || event.shift_key() {
        return None;
    }
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    let link = target.closest("a[href^='#']").ok()??;
    link.get_attribute("href")
}
