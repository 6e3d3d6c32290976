//! The content editor in the browser (edit.html): the content file in a text box, checked as
//! the build checks it a moment after each pause in typing, with a preview made by the
//! explorer's own components. The draft is kept on this device as it is typed, and nothing is
//! sent anywhere. The checking and the draft's rules are plain Rust ([`crate::model::draft`]);
//! the browser calls go through [`crate::browser`].

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::browser::{screen, storage};
use crate::content::{fill, Audience, Labels, CONTENT_FILE};
use crate::contract::id;
use crate::model::draft::{self, Checked, Editing, Mistake};
use crate::view::editor::Preview;
use crate::CONTENT_SOURCE;

/// How long after a pause in typing the draft is checked and the preview follows.
const CHECK_AFTER_MS: u32 = 300;
/// The downloaded file's name: the content file's own, so it can replace it as it is.
const FILE_NAME: &str = "adversity-cycle.toml";

/// Starts the editor in edit.html's editor element.
pub fn start() {
    if let Some(root) = gloo::utils::document().get_element_by_id(id::EDITOR) {
        yew::Renderer::<Editor>::with_root(root).render();
    }
}

/// Today, for the warning about helplines not checked in the last year.
fn today() -> (u32, u32, u32) {
    crate::content::load::date_from_days((js_sys::Date::now() / 86_400_000.0) as i64)
}

/// The editor's words, from the published content (the build has checked it).
fn published_labels() -> Labels {
    crate::content::load::load(CONTENT_FILE, CONTENT_SOURCE).map(|cycle| cycle.labels).unwrap_or_default()
}

/// The result of checking, folded into what the editor shows.
#[derive(Default, PartialEq)]
struct EditingState(Editing);

impl Reducible for EditingState {
    type Action = Checked;

    fn reduce(self: Rc<Self>, checked: Checked) -> Rc<Self> {
        let mut next = self.0.clone();
        next.checked(checked);
        Rc::new(EditingState(next))
    }
}

#[component]
fn Editor() -> Html {
    let labels = use_memo((), |_| published_labels());
    let base = use_memo((), |_| draft::base_of(CONTENT_SOURCE));
    // What this device kept, read once.
    let opening = use_memo((), |_| {
        let kept = storage::kept_draft();
        (draft::opening(CONTENT_SOURCE, kept.clone().ok().flatten()), kept.is_ok())
    });
    let editing = use_reducer(|| EditingState(Editing::open(CONTENT_SOURCE, &opening.0.text, today())));
    let lines = use_state_eq(|| draft::line_count(&opening.0.text));
    let not_kept = use_state_eq(|| !opening.1);
    let published_changed = use_state_eq(|| opening.0.published_changed);
    let open_failed = use_state_eq(|| false);
    let showing = use_state_eq(String::new);
    let lens = use_state_eq(Audience::default);
    let text_box = use_node_ref();
    let gutter = use_node_ref();
    let file_input = use_node_ref();
    let pending: Rc<RefCell<Option<Timeout>>> = use_mut_ref(|| None);

    let text_of = {
        let text_box = text_box.clone();
        move || text_box.cast::<HtmlTextAreaElement>().map(|t| t.value()).unwrap_or_default()
    };
    // Keeps the draft on this device (or forgets it, if it is the published version again).
    let keep = {
        let (base, not_kept) = (base.clone(), not_kept.clone());
        move |text: &str| {
            let kept = if text == CONTENT_SOURCE { storage::forget_draft() } else { storage::keep_draft(text, &base) };
            not_kept.set(kept.is_err());
        }
    };
    // Puts new text in the box (a file opened, or the published version), checked at once.
    let replace = {
        let (text_box, editing, lines, keep, published_changed, pending) =
            (text_box.clone(), editing.dispatcher(), lines.clone(), keep.clone(), published_changed.clone(), pending.clone());
        move |text: String| {
            pending.borrow_mut().take();
            if let Some(text_box) = text_box.cast::<HtmlTextAreaElement>() {
                text_box.set_value(&text);
            }
            lines.set(draft::line_count(&text));
            keep(&text);
            published_changed.set(false);
            editing.dispatch(draft::check(&text, today()));
        }
    };

    let on_input = {
        let (text_of, editing, lines, keep, pending) = (text_of.clone(), editing.dispatcher(), lines.clone(), keep.clone(), pending.clone());
        Callback::from(move |_: InputEvent| {
            let text = text_of();
            lines.set(draft::line_count(&text));
            keep(&text);
            let editing = editing.clone();
            *pending.borrow_mut() = Some(Timeout::new(CHECK_AFTER_MS, move || editing.dispatch(draft::check(&text, today()))));
        })
    };
    // The line numbers scroll with the text.
    let on_scroll = {
        let (text_box, gutter) = (text_box.clone(), gutter.clone());
        Callback::from(move |_: Event| {
            if let (Some(text_box), Some(gutter)) = (text_box.cast::<HtmlTextAreaElement>(), gutter.cast::<web_sys::Element>()) {
                gutter.set_scroll_top(text_box.scroll_top());
            }
        })
    };
    let go_to = {
        let (text_box, text_of) = (text_box.clone(), text_of.clone());
        move |line: usize| {
            if let Some(text_box) = text_box.cast::<HtmlTextAreaElement>() {
                let text = text_of();
                screen::put_caret(&text_box, draft::line_start(&text, line), line, draft::line_count(&text));
            }
        }
    };
    let on_open = {
        let file_input = file_input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = file_input.cast::<HtmlInputElement>() {
                input.set_value("");
                input.click();
            }
        })
    };
    let on_file_chosen = {
        let (file_input, text_of, replace, open_failed, labels) =
            (file_input.clone(), text_of.clone(), replace.clone(), open_failed.clone(), labels.clone());
        Callback::from(move |_: Event| {
            let Some(input) = file_input.cast::<HtmlInputElement>() else { return };
            let (text_of, replace, open_failed, labels) = (text_of.clone(), replace.clone(), open_failed.clone(), labels.clone());
            screen::read_chosen_file(&input, draft::MAX_FILE_BYTES, move |read| match read {
                Ok(text) => {
                    open_failed.set(false);
                    // Changes in the box are never lost without the reader agreeing.
                    let current = text_of();
                    if current == CONTENT_SOURCE || current == text || screen::confirm(&labels.editor_open_replace_confirm) {
                        replace(text);
                    }
                }
                Err(()) => open_failed.set(true),
            });
        })
    };
    let on_download = {
        let text_of = text_of.clone();
        Callback::from(move |_: MouseEvent| screen::download(FILE_NAME, "application/toml;charset=utf-8", &text_of()))
    };
    let on_start_again = {
        let (replace, labels) = (replace.clone(), labels.clone());
        Callback::from(move |_: MouseEvent| {
            if screen::confirm(&labels.editor_start_again_confirm) {
                replace(CONTENT_SOURCE.to_string());
            }
        })
    };
    // The preview's links are the explorer's own (`#id`): they change what the preview shows.
    let on_preview_click = {
        let showing = showing.clone();
        Callback::from(move |event: MouseEvent| {
            let link = event.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|e| e.closest("a[href^='#']").ok().flatten());
            if let Some(href) = link.and_then(|link| link.get_attribute("href")) {
                event.prevent_default();
                showing.set(href.trim_start_matches('#').to_string());
            }
        })
    };
    let on_lens = |audience: Audience| {
        let lens = lens.clone();
        Callback::from(move |_: Event| lens.set(audience))
    };

    let state = &editing.0;
    let line_numbers: String = (1..=*lines).map(|n| n.to_string()).collect::<Vec<_>>().join("\n");
    let mistakes = if state.mistakes.is_empty() {
        html! { <p>{ labels.editor_no_mistakes.as_ref() }</p> }
    } else {
        html! {
            <>
                <p>{ fill(&labels.editor_mistakes, &[("count", &state.mistakes.len().to_string())]) }</p>
                <ul class="editor-mistakes">
                    { for state.mistakes.iter().map(|Mistake { line, text }| {
                        let (go_to, line) = (go_to.clone(), *line);
                        html! { <li><button type="button" class="editor-mistake" onclick={ move |_| go_to(line) }>{ text.clone() }</button></li> }
                    }) }
                </ul>
            </>
        }
    };
    let lens_choice = |audience: Audience, label: &str| {
        html! {
            <label>
                <input type="radio" name="editor-lens" value={ audience.key() } checked={ *lens == audience } onchange={ on_lens(audience) } />
                { label.to_string() }
            </label>
        }
    };
    html! {
        <>
            <div class="editor-tools">
                <button type="button" class="button" onclick={ on_open }>{ labels.editor_open.as_ref() }</button>
                <input ref={ file_input } type="file" accept=".toml,text/plain" class="editor-file" tabindex="-1" aria-hidden="true" onchange={ on_file_chosen } />
                <button type="button" class="button" onclick={ on_download }>{ labels.editor_download.as_ref() }</button>
                <button type="button" class="button quiet" onclick={ on_start_again }>{ labels.editor_start_again.as_ref() }</button>
            </div>
            <p class="editor-privacy">{ labels.editor_privacy.as_ref() }</p>
            if *not_kept {
                <p class="notice" role="status">{ labels.editor_not_kept.as_ref() }</p>
            }
            if *published_changed {
                <p class="notice">{ labels.editor_published_changed.as_ref() }</p>
            }
            if *open_failed {
                <p class="notice" role="alert">{ labels.editor_open_failed.as_ref() }</p>
            }
            <div class="editor-columns">
                <section class="editor-source" aria-labelledby="editor-text-label">
                    <h2 id="editor-text-label"><label for="editor-text">{ labels.editor_file_label.as_ref() }</label></h2>
                    <div class="editor-check" aria-live="polite">
                        { mistakes }
                        if let Some(warning) = &state.warning {
                            <p class="editor-warning">{ labels.editor_warnings.as_ref() }{ " " }{ warning.clone() }</p>
                        }
                    </div>
                    <div class="editor-box">
                        <pre ref={ gutter } class="editor-gutter" aria-hidden="true">{ line_numbers }</pre>
                        <textarea ref={ text_box } id="editor-text" wrap="off" spellcheck="false" autocapitalize="off"
                                  defaultvalue={ opening.0.text.clone() } oninput={ on_input } onscroll={ on_scroll } />
                    </div>
                </section>
                <section class="editor-preview" aria-labelledby="editor-preview-heading">
                    <h2 id="editor-preview-heading">{ labels.editor_preview.as_ref() }</h2>
                    if state.stale {
                        <p class="notice">{ labels.editor_preview_stale.as_ref() }</p>
                    }
                    <fieldset class="lens-choice">
                        <legend>{ labels.editor_preview_lens.as_ref() }</legend>
                        { lens_choice(Audience::Both, &labels.lens_both) }
                        { lens_choice(Audience::Parents, &labels.lens_parents) }
                        { lens_choice(Audience::Children, &labels.lens_children) }
                    </fieldset>
                    if let Some(preview) = &state.preview {
                        <div class="editor-preview-page" onclick={ on_preview_click }>
                            <Preview cycle={ preview.cycle.clone() } outline={ preview.outline.clone() }
                                     showing={ draft::showing(&preview.outline.0, &showing) } lens={ *lens } />
                        </div>
                    }
                </section>
            </div>
        </>
    }
}
