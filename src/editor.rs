//! The content editor in the browser (edit.html): the edge of [`crate::model::editor`]. It
//! reads the site's published content file, then runs one loop as the explorer does: an intent
//! becomes an [`EditorAction`], [`EditorState::update`] returns [`EditorEffect`]s, the view
//! ([`EditorView`]) draws the new state, and the effects are carried out here. Nothing is sent
//! anywhere: the draft stays on this device, and Download the site makes the site in the
//! browser, with the publisher (a bundle of its own, loaded only then; see
//! `src/bin/publisher.rs`), from the files of the site the editor came from.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::HtmlTextAreaElement;
use yew::{AppHandle, Callback};

use crate::browser::fetch::fetch_bytes;
use crate::browser::{files, startup_failed, storage, today, window};
use crate::contract::{self, id};
use crate::model::draft::MAX_FILE_BYTES;
use crate::content::form::FormItem;
use crate::model::editor::{EditedFile, EditorAction, EditorEffect, EditorState};
use crate::view::editor::{EditorView, EditorViewProps};

/// How long after a pause in typing the draft is checked and the preview follows.
const CHECK_AFTER_MS: u32 = 300;

/// Starts the editor in edit.html's editor element, once it has read the published content.
/// `load_publisher` is edit.js's: it loads the publisher and gives its module.
pub fn start(load_publisher: js_sys::Function) {
    spawn_local(async move {
        let published = fetch_text(contract::PUBLISHED_CONTENT).await;
        // A site with no local editions, or published before them, has no list of them.
        let editions = fetch_text(contract::EDITIONS_LIST).await.map_or_else(Vec::new, |list| contract::edition_ids(&list));
        let new_edition = fetch_text(contract::NEW_EDITION_FILE).await.unwrap_or_default();
        match (published, gloo::utils::document().get_element_by_id(id::EDITOR)) {
            (Some(published), Some(root)) => EditorApp::start(published, editions, new_edition, root, load_publisher),
            _ => startup_failed("the site's content file could not be read"),
        }
    });
}

/// A file of the site as text, if it can be read.
async fn fetch_text(path: &str) -> Option<String> {
    fetch_bytes(path).await.and_then(|bytes| String::from_utf8(bytes).ok())
}

/// The whole site with the draft in it, as a zip, from the publisher; `None` if it could not
/// be made: `main` is the content file, and `edition` a local edition's id and file (empty: the
/// draft is of the content file).
async fn make_site(load_publisher: &js_sys::Function, main: &str, edition: (&str, &str)) -> Option<Vec<u8>> {
    let module = JsFuture::from(load_publisher.call0(&JsValue::NULL).ok()?.dyn_into::<js_sys::Promise>().ok()?).await.ok()?;
    let make: js_sys::Function = js_sys::Reflect::get(&module, &JsValue::from_str(contract::loader::PUBLISHER_EXPORT)).ok()?.dyn_into().ok()?;
    let args = [main, edition.0, edition.1].map(JsValue::from_str);
    let made = JsFuture::from(make.call3(&JsValue::NULL, &args[0], &args[1], &args[2]).ok()?.dyn_into::<js_sys::Promise>().ok()?).await.ok()?;
    made.dyn_into::<js_sys::Uint8Array>().ok().map(|bytes| bytes.to_vec())
}

struct EditorApp {
    state: RefCell<EditorState>,
    view: RefCell<Option<AppHandle<EditorView>>>,
    /// Actions that arrive while one is being handled wait their turn.
    waiting: RefCell<VecDeque<EditorAction>>,
    check: RefCell<Option<Timeout>>,
    /// A file chooser waiting for the reader's choice.
    chooser: RefCell<Option<EventListener>>,
    load_publisher: js_sys::Function,
    /// The item whose form the preview last scrolled to.
    previewed: RefCell<Option<(FormItem, String)>>,
}

impl EditorApp {
    fn start(published: String, editions: Vec<String>, new_edition: String, root: web_sys::Element, load_publisher: js_sys::Function) {
        let kept = storage::drafts::kept_draft(&EditedFile::Content).map_err(|_| ());
        let app = Rc::new(EditorApp {
            state: RefCell::new(EditorState::new(published, kept, today(), editions, new_edition)),
            view: RefCell::new(None),
            waiting: RefCell::new(VecDeque::new()),
            check: RefCell::new(None),
            chooser: RefCell::new(None),
            load_publisher,
            previewed: RefCell::new(None),
        });
        let props = app.props();
        *app.view.borrow_mut() = Some(yew::Renderer::<EditorView>::with_root_and_props(root, props).render());
    }

    fn props(self: &Rc<Self>) -> EditorViewProps {
        let app = self.clone();
        EditorViewProps { state: Rc::new(self.state.borrow().clone()), dispatch: Callback::from(move |action| app.dispatch(action)) }
    }

    /// Handles an action, and any that its effects send meanwhile.
    fn dispatch(self: &Rc<Self>, action: EditorAction) {
        let first = self.waiting.borrow().is_empty();
        self.waiting.borrow_mut().push_back(action);
        if !first {
            return;
        }
        loop {
            let next = self.waiting.borrow().front().cloned();
            let Some(action) = next else { break };
            let effects = self.state.borrow_mut().update(action);
            if let Some(view) = self.view.borrow_mut().as_mut() {
                view.update(self.props());
            }
            self.preview_follows_form();
            for effect in effects {
                self.run(effect);
            }
            self.waiting.borrow_mut().pop_front();
        }
    }

    /// The preview scrolls to the helpline being edited (a stage or panel shows from its top),
    /// once the view has drawn it, and only when another item is opened.
    fn preview_follows_form(self: &Rc<Self>) {
        let form = self.state.borrow().form.clone();
        let opened = form.as_ref().map(|f| (f.item, f.name.clone()));
        if *self.previewed.borrow() == opened {
            return;
        }
        *self.previewed.borrow_mut() = opened;
        let Some(form) = form.filter(|f| matches!(f.item, FormItem::Helpline(_))) else { return };
        Timeout::new(0, move || {
            let document = gloo::utils::document();
            let Some(page) = document.query_selector(".editor-preview-page").ok().flatten() else { return };
            let names = page.query_selector_all(".service-name").ok();
            let named = names.and_then(|names| (0..names.length()).filter_map(|i| names.item(i)).find(|n| n.text_content().as_deref() == Some(form.name.as_str())));
            if let Some(service) = named.and_then(|n| n.parent_element()).and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok()) {
                let above = service.get_bounding_client_rect().top() - page.get_bounding_client_rect().top();
                page.set_scroll_top(page.scroll_top() + above as i32);
            }
        })
        .forget();
    }

    fn run(self: &Rc<Self>, effect: EditorEffect) {
        match effect {
            EditorEffect::Keep(file, draft) => {
                let kept = match draft {
                    Some((text, base)) => {
                        let now = js_sys::Date::new_0();
                        storage::drafts::keep_draft(&file, &text, &base, &format!("{:02}:{:02}", now.get_hours(), now.get_minutes()))
                    }
                    None => storage::drafts::forget_draft(&file),
                };
                if kept.is_err() {
                    self.dispatch(EditorAction::NotKept);
                }
            }
            EditorEffect::CheckSoon => {
                // A new keystroke starts the wait again (dropping the old timeout cancels it).
                let app = self.clone();
                *self.check.borrow_mut() = Some(Timeout::new(CHECK_AFTER_MS, move || app.dispatch(EditorAction::CheckNow)));
            }
            EditorEffect::MarkLine { start, end, line, lines } => {
                // Once the view has the text this effect came with (a button may have just
                // changed it, and a new value would move the selection).
                Timeout::new(0, move || {
                    let text_box = gloo::utils::document().get_element_by_id(id::EDITOR_TEXT);
                    if let Some(text_box) = text_box.and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok()) {
                        mark_line(&text_box, (start, end), line, lines);
                    }
                })
                .forget();
            }
            EditorEffect::Confirm { question, then } => {
                if window::confirm(&question) {
                    self.dispatch(*then);
                }
            }
            EditorEffect::ChooseFile => {
                let app = self.clone();
                *self.chooser.borrow_mut() = files::choose_file(".toml,text/plain", MAX_FILE_BYTES, move |bytes| {
                    app.dispatch(EditorAction::FileRead(bytes));
                });
            }
            EditorEffect::Download { file_name, text } => files::download(&file_name, "application/toml;charset=utf-8", text.as_bytes()),
            EditorEffect::MakeSite { content, edition, file_name } => {
                let app = self.clone();
                spawn_local(async move {
                    let (id, text) = edition.unwrap_or_default();
                    let site = make_site(&app.load_publisher, &content, (&id, &text)).await;
                    if let Some(archive) = &site {
                        files::download(file_name, "application/zip", archive);
                    }
                    app.dispatch(EditorAction::SiteMade(site.is_some()));
                });
            }
            EditorEffect::Open { file, published } => {
                let app = self.clone();
                spawn_local(async move {
                    let published = match (&file, published) {
                        (_, false) => None,
                        (EditedFile::Content, true) => fetch_text(contract::PUBLISHED_CONTENT).await,
                        (EditedFile::Edition(id), true) => fetch_text(&contract::edition_path(id)).await,
                    };
                    let kept = storage::drafts::kept_draft(&file).map_err(|_| ());
                    app.dispatch(EditorAction::Opened { file, published, kept });
                });
            }
        }
    }
}

/// Selects `start..end` in a text box (UTF-16 units, as the browser counts), and scrolls the
/// box so that line `line` of `lines` is in view, a little below the top.
fn mark_line(text_box: &HtmlTextAreaElement, (start, end): (u32, u32), line: usize, lines: usize) {
    let _ = text_box.focus();
    let _ = text_box.set_selection_range(start, end);
    // Where the line starts in the box, which wraps long lines: the laid-out copy of the text
    // beside it knows (else, lines of equal height).
    let shown = gloo::utils::document().query_selector(".editor-mirror").ok().flatten().and_then(|copy| copy.children().item(line.saturating_sub(3) as u32));
    let top = match shown.and_then(|line| line.dyn_into::<web_sys::HtmlElement>().ok()) {
        Some(line) => line.offset_top(),
        None => (f64::from(text_box.scroll_height()) / lines.max(1) as f64 * line.saturating_sub(3) as f64) as i32,
    };
    text_box.set_scroll_top(top);
}
