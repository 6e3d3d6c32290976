//! The interactive app: the page header and the diagram, hydrated over the prerendered page.
//! It owns the state, follows and writes the URL, and tells the prerendered panel (outside
//! the app's own markup) which section to show.

use yew::prelude::*;

use super::cycle_diagram::{tab_id, CycleDiagram};
use crate::browser;
use crate::content::outline::Outline;
use crate::content::StagePlace;
use crate::model::route::{Route, View};
use crate::model::state::{Action, AppState};

/// The prerendered section that shows the first-visit content note.
const CONTENT_NOTE_ID: &str = "content-note";

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// What the app knows of the cycle: the compiled-in outline, or a test's own.
    pub outline: &'static Outline,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let outline = props.outline;
    let state = use_reducer(move || AppState::new(outline));
    use_url_sync(&state);
    use_page_sync(&state);
    use_storage_sync(&state);

    let on_select = {
        let dispatcher = state.dispatcher();
        Callback::from(move |(place, by_keyboard): (StagePlace, bool)| {
            dispatcher.dispatch(Action::Show(View::Stage(place, Default::default())));
            if by_keyboard {
                if let Some(stage) = outline.stage(place) {
                    browser::focus_by_id(&tab_id(&stage.id));
                }
            }
        })
    };
    let labels = &outline.labels;
    let titles = &outline.panel_titles;

    html! {
        <>
            <header class="site-header">
                <h1 class="site-title">{ outline.title.as_ref() }</h1>
                <nav class="site-nav" aria-label={ labels.site_nav.to_string() }>
                    <a class="support-link" href="#get-support">{ titles.support.as_ref() }</a>
                    <a href="#looking-after-yourself">{ titles.self_care.as_ref() }</a>
                    <a href="#about-this-diagram">{ titles.about.as_ref() }</a>
                </nav>
            </header>
            <section class="figure" aria-label={ labels.figure.to_string() }>
                <CycleDiagram { outline } selected={ state.selected() } tab_stop={ state.tab_stop() } { on_select } />
            </section>
        </>
    }
}

/// Starts the app from the address bar, follows it when it changes (Back, Forward, an edited
/// hash, an in-page link), and writes every change of route back into it.
#[hook]
fn use_url_sync(state: &UseReducerHandle<AppState>) {
    let outline = state.outline;
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let read = move || {
                let (search, hash) = browser::location::current();
                Route::parse(&search, &hash, outline)
            };
            let (remembered, _) = browser::storage::load_remembered();
            dispatcher.dispatch(Action::Start(read(), remembered));
            let follow = dispatcher.clone();
            let url_listeners = browser::location::on_change(move || follow.dispatch(Action::FollowUrl(read())));
            // In-page links (Get support, links inside the content) change the view without a
            // jump down the page.
            let show = dispatcher.clone();
            let link_listener = browser::on_in_page_link(move |hash| {
                let view = View::from_hash(&hash, outline);
                show.dispatch(Action::Show(view));
                if let View::Info(_) = view {
                    // Show it at once, so its heading can take focus for screen readers.
                    focus_heading(reveal(view, false, outline));
                }
            });
            let action_listener = browser::on_page_action(move |action| {
                if action == "continue" {
                    dispatcher.dispatch(Action::ContinuePastNote);
                    // The reader's place is the section the note was covering.
                    focus_heading(reveal(read().view, false, outline));
                }
            });
            move || drop((url_listeners, link_listener, action_listener))
        });
    }
    use_effect_with((state.route, state.live), move |(route, live)| {
        if *live {
            let (search, _) = browser::location::current();
            browser::location::write(&route.query(&search), &route.view.hash(outline));
        }
    });
}

/// Shows the current view's section in the prerendered panel (or the content note, on a
/// first visit), and marks the page with the mode and lens so its styles follow.
#[hook]
fn use_page_sync(state: &UseReducerHandle<AppState>) {
    let outline = state.outline;
    let note = state.content_note_showing();
    use_effect_with((state.route, note, state.live), move |(route, note, live)| {
        if *live {
            reveal(route.view, *note, outline);
            browser::page::mark(route);
        }
    });
}

/// Keeps what the app remembers on this device.
#[hook]
fn use_storage_sync(state: &UseReducerHandle<AppState>) {
    use_effect_with((state.remembered.clone(), state.live), |(remembered, live)| {
        if *live {
            let _ = browser::storage::save_remembered(remembered);
        }
    });
}

/// The id of the prerendered section that shows a view.
fn section_id(view: View, content_note: bool, outline: &Outline) -> &str {
    let stage = view.stage().and_then(|place| outline.stage(place));
    match view {
        _ if content_note => CONTENT_NOTE_ID,
        View::Info(panel) => panel.id(),
        _ => stage.map_or("introduction", |s| s.id.as_ref()),
    }
}

/// Shows the prerendered section for a view, labelled by its tab when it is a stage, and
/// returns its id.
fn reveal(view: View, content_note: bool, outline: &Outline) -> &str {
    let section = section_id(view, content_note, outline);
    let tab = view.stage().and_then(|place| outline.stage(place)).filter(|_| !content_note);
    browser::page::show_section(section, tab.map(|s| tab_id(&s.id)).as_deref());
    section
}

/// Moves focus to a section's heading, for screen readers, after the panel changes under them.
fn focus_heading(section: &str) {
    browser::focus_by_id(&format!("{section}-heading"));
}
