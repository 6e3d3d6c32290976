//! The running app in the browser: the one loop from intents to state, view and effects.
//!
//! An intent arrives as an [`Action`] ([`browser::intents`]); [`AppState::update`] applies it
//! and returns [`Effect`](crate::model::effect::Effect)s; the view follows the new state (the
//! prerendered page through [`browser::shown`], and the list of stages, a Yew component, through
//! its props); then the effects are carried out ([`browser::effects`]). Actions that arrive
//! while one is being handled (an effect's answer) wait their turn.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use gloo::events::EventListener;

use crate::browser::{self, effects::EffectRunner, shown::ShownPage, Dispatch};
use crate::content::outline::{Outline, OutlineRef};
use crate::contract::id;
use crate::model::page::PageView;
use crate::model::action::Action;
use crate::model::state::AppState;
use crate::view::diagram::{StageTabs, StageTabsProps};

struct App {
    state: RefCell<AppState>,
    page: RefCell<ShownPage>,
    tabs: RefCell<Option<yew::AppHandle<StageTabs>>>,
    outline: OutlineRef,
    effects: RefCell<Option<EffectRunner>>,
    waiting: RefCell<VecDeque<Action>>,
    busy: Cell<bool>,
    /// Kept alive for as long as the page is open.
    listeners: RefCell<Vec<EventListener>>,
}

/// Takes over the prerendered page, in two steps so that neither holds up the browser for
/// long: first the state and the listeners (from then on nothing the reader does is missed),
/// then, in the next task, the view and the effects the start needs.
pub fn start(outline: &'static Outline) {
    let state = AppState::new(outline, browser::read_start(outline));
    let app = Rc::new(App {
        state: RefCell::new(state),
        page: RefCell::new(ShownPage::new()),
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
    *app.listeners.borrow_mut() = browser::intents::listen(&dispatch);
    gloo::timers::callback::Timeout::new(0, move || app.take_over()).forget();
}

impl App {
    /// Shows the state in the page, renders the list of stages from here on (in place of the
    /// prerendered one, with the same markup, before the next paint), and carries out what the
    /// start needs.
    fn take_over(&self) {
        self.busy.set(true);
        let (view, effects) = {
            let mut state = self.state.borrow_mut();
            let effects = state.start_effects();
            (PageView::of(&state), effects)
        };
        if let Some(root) = gloo::utils::document().get_element_by_id(id::TABS) {
            let props = StageTabsProps { outline: self.outline.clone(), tabs: view.tabs.clone() };
            *self.tabs.borrow_mut() = Some(yew::Renderer::<StageTabs>::with_root_and_props(root, props).render());
        }
        self.page.borrow_mut().show(&view);
        self.run(effects);
        self.finish_turn();
    }

    /// Handles an action, and any that arrive meanwhile; `true` if the app acted on it.
    fn dispatch(&self, action: Action) -> bool {
        if self.busy.get() {
            self.waiting.borrow_mut().push_back(action);
            return true;
        }
        self.busy.set(true);
        let acted = self.handle(action);
        self.finish_turn();
        acted
    }

    /// Handles the actions that arrived during a turn, then lets the next one in.
    fn finish_turn(&self) {
        while let Some(next) = self.waiting.borrow_mut().pop_front() {
            self.handle(next);
        }
        self.busy.set(false);
    }

    fn handle(&self, action: Action) -> bool {
        let leaving = action == Action::PageHidden;
        let (effects, view) = {
            let mut state = self.state.borrow_mut();
            let effects = state.update(action);
            (effects, PageView::of(&state))
        };
        // The app acted if the page changes or something must happen outside it.
        let changed = self.page.borrow_mut().show(&view);
        if changed {
            if let Some(tabs) = self.tabs.borrow_mut().as_mut() {
                // Yew re-renders only the tabs whose props differ.
                tabs.update(StageTabsProps { outline: self.outline.clone(), tabs: view.tabs });
            }
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

    fn run(&self, effects: Vec<crate::model::effect::Effect>) {
        let mut runner = self.effects.borrow_mut();
        if let Some(runner) = runner.as_mut() {
            for effect in effects {
                runner.run(effect);
            }
        }
    }
}
