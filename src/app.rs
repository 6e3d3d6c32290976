//! The running app in the browser: the one loop from intents to state, view and effects.
//!
//! An intent arrives as an [`Action`] ([`browser::intents`]); [`AppState::update`] applies it
//! and returns [`Effect`](crate::model::effect::Effect)s; the view follows the new state (the
//! prerendered page through [`browser::page`], and the list of stages, a Yew component, through
//! its props); then the effects are carried out ([`browser::effects`]). Actions that arrive
//! while one is being handled (an effect's answer) wait their turn.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use gloo::events::EventListener;

use crate::browser::{self, effects::EffectRunner, page::Page, Dispatch};
use crate::content::outline::{Outline, OutlineRef};
use crate::contract::id;
use crate::model::page::PageView;
use crate::model::state::{Action, AppState};
use crate::view::diagram::{StageTabs, StageTabsProps};

struct App {
    state: RefCell<AppState>,
    /// What the page shows now.
    shown: RefCell<PageView>,
    page: RefCell<Page>,
    tabs: RefCell<Option<yew::AppHandle<StageTabs>>>,
    outline: OutlineRef,
    effects: RefCell<Option<EffectRunner>>,
    waiting: RefCell<VecDeque<Action>>,
    busy: Cell<bool>,
    /// Kept alive for as long as the page is open.
    listeners: RefCell<Vec<EventListener>>,
}

/// Takes over the prerendered page.
pub fn start(outline: &'static Outline) {
    let mut state = AppState::new(outline, browser::read_start(outline));
    let first_effects = state.start_effects();
    let view = PageView::of(&state);
    let app = Rc::new(App {
        state: RefCell::new(state),
        shown: RefCell::new(view.clone()),
        page: RefCell::new(Page::find()),
        tabs: RefCell::new(None),
        outline: OutlineRef(Rc::new(outline.clone())),
        effects: RefCell::new(None),
        waiting: RefCell::new(VecDeque::new()),
        busy: Cell::new(false),
        listeners: RefCell::new(Vec::new()),
    });
    let dispatch: Dispatch = {
        let app = app.clone();
        Rc::new(move |action| app.dispatch(action))
    };
    *app.effects.borrow_mut() = Some(EffectRunner::new(dispatch.clone()));

    // The list of stages is rendered from here on by the app, in place of the prerendered one
    // (Yew renders it before the next paint, with the same markup).
    if let Some(root) = gloo::utils::document().get_element_by_id(id::TABS) {
        let props = StageTabsProps { outline: app.outline.clone(), tabs: view.tabs.clone() };
        *app.tabs.borrow_mut() = Some(yew::Renderer::<StageTabs>::with_root_and_props(root, props).render());
    }
    app.page.borrow_mut().show(&view);
    app.run(first_effects);
    *app.listeners.borrow_mut() = browser::intents::listen(&dispatch);
}

impl App {
    /// Handles an action, and any that arrive meanwhile; `true` if the app acted on it.
    fn dispatch(&self, action: Action) -> bool {
        if self.busy.get() {
            self.waiting.borrow_mut().push_back(action);
            return true;
        }
        self.busy.set(true);
        let acted = self.handle(action);
        while let Some(next) = self.waiting.borrow_mut().pop_front() {
            self.handle(next);
        }
        self.busy.set(false);
        acted
    }

    fn handle(&self, action: Action) -> bool {
        let leaving = action == Action::PageHidden;
        let (effects, view) = {
            let mut state = self.state.borrow_mut();
            let effects = state.update(action);
            (effects, PageView::of(&state))
        };
        // The app acted if the page changes or something must happen outside it.
        let changed = view != *self.shown.borrow();
        if changed {
            self.show(&view);
            *self.shown.borrow_mut() = view;
        }
        let acted = changed || !effects.is_empty();
        self.run(effects);
        if leaving {
            if let Some(runner) = self.effects.borrow().as_ref() {
                runner.flush();
            }
        }
        acted
    }

    fn show(&self, view: &PageView) {
        self.page.borrow_mut().show(view);
        if let Some(tabs) = self.tabs.borrow_mut().as_mut() {
            // Yew re-renders the list only when its props differ.
            tabs.update(StageTabsProps { outline: self.outline.clone(), tabs: view.tabs.clone() });
        }
    }

    fn run(&self, effects: Vec<crate::model::effect::Effect>) {
        let mut runner = self.effects.borrow_mut();
        if let Some(runner) = runner.as_mut() {
            for effect in effects {
                runner.run(effect);
            }
        }
    }
}
