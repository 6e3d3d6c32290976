//! The interactive app: the page header and the diagram, hydrated over the prerendered page,
//! and the presenting and sharing overlays. It owns the state; its hooks (`hooks.rs`) keep
//! everything outside its own markup in step with it.

use yew::prelude::*;

use super::cycle_diagram::{cycle_diagram, tab_id, CycleDiagram};
use super::hooks::{use_host_link, use_keys, use_page_sync, use_presentation_sync, use_storage_sync, use_url_sync};
use super::presenting::{presenter_controls, KeyHelp, SpeakerConsole};
use super::sharing::ShareDialog;
use crate::browser;
use crate::content::outline::{Outline, OutlineRef};
use crate::content::StagePlace;
use crate::model::presentation::Command;
use crate::model::route::{Mode, Route, View};
use crate::model::state::{Action, AppState};

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
    use_keys(&state);
    use_presentation_sync(&state);
    use_host_link(&state);
    let dispatch = {
        let dispatcher = state.dispatcher();
        Callback::from(move |action| dispatcher.dispatch(action))
    };

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
    let mode = state.route.mode;
    let live = state.live;
    // The whole cycle, with nothing picked out, while presenting the overview.
    let selected = state.selected().filter(|_| !state.screen.overview);
    let on_fullscreen = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            let dispatch = dispatch.clone();
            browser::screen::toggle_fullscreen(move || dispatch.emit(Action::FullscreenRefused));
        })
    };
    // Where full screen is refused (inside a frame, say), the explorer on its own in a tab.
    let full_app_link = || Route { embed: false, ..state.route }.link(outline);

    html! {
        <>
            <header class="site-header">
                <h1 class="site-title">{ outline.title.as_ref() }</h1>
                <nav class="site-nav" aria-label={ labels.site_nav.to_string() }>
                    <a class="support-link" href="#get-support">{ titles.support.as_ref() }</a>
                    <a href="#looking-after-yourself">{ titles.self_care.as_ref() }</a>
                    <a href="#about-this-diagram">{ titles.about.as_ref() }</a>
                    <button type="button" class="button quiet needs-app share-button"
                            onclick={ dispatch.reform(|_| Action::ToggleShare) }>
                        { labels.share.as_ref() }
                    </button>
                    <button type="button" class="button quiet needs-app fullscreen-button"
                            onclick={ on_fullscreen }>
                        { labels.fullscreen.as_ref() }
                    </button>
                    <button type="button" class="button quiet needs-app present-button"
                            onclick={ dispatch.reform(|_| Action::Present(Command::TogglePresenting)) }>
                        { labels.present.as_ref() }
                    </button>
                </nav>
                if state.screen.fullscreen_refused {
                    <p class="notice" role="status">
                        { labels.fullscreen_refused.as_ref() }{ " " }
                        <a href={ full_app_link() } target="_blank" rel="noopener">{ labels.open_in_new_tab.as_ref() }</a>
                    </p>
                }
            </header>
            <section class="figure" aria-label={ labels.figure.to_string() }>
                { cycle_diagram(CycleDiagram {
                    outline,
                    selected,
                    tab_stop: state.tab_stop(),
                    on_select,
                    arrow_keys: !state.presenting(),
                    visited: state.remembered.visited.clone(),
                }) }
            </section>
            if live {
                <ShareDialog route={ state.route } outline={ OutlineRef(outline) } open={ state.screen.share }
                             on_close={ dispatch.reform(|_| Action::CloseDialogs) } />
            }
            if live && mode == Mode::Present {
                { presenter_controls(&state, &dispatch) }
            }
            if live && mode == Mode::Speaker {
                <SpeakerConsole state={ (*state).clone() } dispatch={ dispatch.clone() } />
            }
            if live && state.presenting() {
                <KeyHelp outline={ OutlineRef(outline) } open={ state.screen.help }
                         on_close={ dispatch.reform(|_| Action::CloseDialogs) } />
                <div class="blank-screen" hidden={ !state.screen.blank }
                     onclick={ dispatch.reform(|_| Action::Present(Command::Blank)) }></div>
            }
        </>
    }
}
