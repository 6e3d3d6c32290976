//! The app's hooks: how the state reaches everything outside Yew's own markup. The address
//! bar, the prerendered panel and the marks on `<html>`, this device's storage, the keyboard,
//! the other presentation window, and the page embedding the explorer all follow the one
//! state, and report back to it as actions.

use yew::prelude::*;

use super::cycle_diagram::tab_id;
use super::presenting::{speaker_view_url, SPEAKER_WINDOW};
use crate::browser;
use crate::browser::channel::PresentationChannel;
use crate::browser::embed::HeightWatcher;
use crate::content::fill;
use crate::content::outline::Outline;
use crate::model::messages::{AppEvent, HostCommand, PresentationMessage};
use crate::model::presentation::{command_for_key, Command};
use crate::model::route::{InfoPanel, Mode, Route, View};
use crate::model::state::{Action, AppState, Remembered, Shared};

/// The prerendered section that shows the first-visit content note.
const CONTENT_NOTE_ID: &str = "content-note";

/// Keys for the whole page: while presenting, the presenting keys; embedded, only F (full
/// screen); otherwise only P, to start presenting. None act while typing (see `on_key`).
#[hook]
pub fn use_keys(state: &UseReducerHandle<AppState>) {
    let dispatcher = state.dispatcher();
    let for_state = (*state).clone();
    use_effect_with((state.route, state.live), move |(route, live)| {
        let route = *route;
        let listener = live.then(|| {
            browser::screen::on_key(move |key| {
                let Some(command) = command_for_key(key) else { return false };
                let allowed = match route.mode {
                    Mode::Present => true,
                    Mode::Speaker => !matches!(command, Command::TogglePresenting | Command::SpeakerView),
                    Mode::Explore if route.embed => command == Command::Fullscreen,
                    Mode::Explore => command == Command::TogglePresenting,
                };
                match command {
                    _ if !allowed => return false,
                    Command::Fullscreen => {
                        let refused = dispatcher.clone();
                        browser::screen::toggle_fullscreen(move || refused.dispatch(Action::FullscreenRefused));
                    }
                    Command::SpeakerView => {
                        browser::screen::open_window(&speaker_view_url(&for_state), SPEAKER_WINDOW);
                    }
                    _ => dispatcher.dispatch(Action::Present(command)),
                }
                true
            })
        });
        move || drop(listener)
    });
}

/// Keeps the audience window and the speaker view at the same step, both ways, through a
/// channel between the windows. A window that opens or reloads asks where the presentation
/// is and joins it.
#[hook]
pub fn use_presentation_sync(state: &UseReducerHandle<AppState>) {
    let outline = state.outline;
    let channel = use_mut_ref(|| None::<PresentationChannel>);
    // The latest shared state, to answer a window that asks; the last one heard from the other
    // window, so it is not sent straight back; and the one this window opened with, which it
    // keeps to itself so that a window coming back joins the others rather than moving them.
    let latest = use_mut_ref(|| state.shared());
    let heard = use_mut_ref(|| None::<Shared>);
    let joining = use_mut_ref(|| None::<Shared>);
    *latest.borrow_mut() = state.shared();
    {
        let (channel, latest, heard, joining) = (channel.clone(), latest.clone(), heard.clone(), joining.clone());
        let dispatcher = state.dispatcher();
        use_effect_with(state.live && state.presenting(), move |presenting| {
            if *presenting {
                let answer_to = channel.clone();
                let (answer_with, followed) = (latest.clone(), joining.clone());
                let opened = PresentationChannel::open(move |fields| match PresentationMessage::read(&fields, outline) {
                    Some(PresentationMessage::Hello) => {
                        if let Some(channel) = answer_to.borrow().as_ref() {
                            channel.send(&PresentationMessage::At(*answer_with.borrow()).fields(outline));
                        }
                    }
                    Some(PresentationMessage::At(shared)) => {
                        *heard.borrow_mut() = Some(shared);
                        *followed.borrow_mut() = None;
                        dispatcher.dispatch(Action::Follow(shared));
                    }
                    None => {}
                });
                if let Some(opened) = &opened {
                    *joining.borrow_mut() = Some(*latest.borrow());
                    opened.send(&PresentationMessage::Hello.fields(outline));
                }
                *channel.borrow_mut() = opened;
            }
            move || drop(channel.borrow_mut().take())
        });
    }
    use_effect_with(state.shared(), move |shared| {
        if joining.borrow().as_ref() == Some(shared) {
            return;
        }
        *joining.borrow_mut() = None;
        if heard.borrow().as_ref() != Some(shared) {
            if let Some(channel) = channel.borrow().as_ref() {
                channel.send(&PresentationMessage::At(*shared).fields(outline));
            }
        }
    });
}

/// Starts the app from the address bar, follows it when it changes (Back, Forward, an edited
/// hash, an in-page link), and writes every change of route back into it.
#[hook]
pub fn use_url_sync(state: &UseReducerHandle<AppState>) {
    let outline = state.outline;
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let read = move || {
                let (search, hash) = browser::location::current();
                Route::parse(&search, &hash, outline)
            };
            let (remembered, storage_works) = browser::storage::load_remembered(outline);
            dispatcher.dispatch(Action::Start(read(), remembered, storage_works));
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
            let input_listeners = browser::on_page_input(move |input| on_page_input(input, outline, &dispatcher, read));
            move || drop((url_listeners, link_listener, input_listeners))
        });
    }
    use_effect_with((state.route, state.live), move |(route, live)| {
        if *live {
            let (search, _) = browser::location::current();
            browser::location::write(&route.query(&search), &route.view.hash(outline));
        }
    });
}

/// Acts on the reader's use of the prerendered controls. `read` gives the route now.
fn on_page_input(input: browser::PageInput, outline: &'static Outline, dispatcher: &UseReducerDispatcher<AppState>, read: impl Fn() -> Route) {
    use browser::PageInput;
    match input {
        PageInput::Action(action) => match action.as_str() {
            "continue" => {
                dispatcher.dispatch(Action::ContinuePastNote);
                // The reader's place is the section the note was covering.
                focus_heading(reveal(read().view, false, outline));
            }
            "start-again" => dispatcher.dispatch(Action::StartAgain),
            "print" => browser::screen::print(),
            "download-notes" => {
                let notes = crate::model::stored::notes_document(outline, &browser::page::typed_notes());
                browser::screen::download("adversity-cycle-notes.md", &notes);
            }
            "delete-notes" if browser::screen::confirm(&outline.labels.delete_notes_confirm) => {
                dispatcher.dispatch(Action::DeleteNotes);
                browser::page::fill_notes(&Default::default());
            }
            _ => {}
        },
        PageInput::Lens(key) => {
            if let Some(lens) = crate::model::route::Lens::from_key(&key) {
                dispatcher.dispatch(Action::SetLens(lens));
            }
        }
        PageInput::Note { stage, text } => dispatcher.dispatch(Action::Note(stage, text)),
    }
}

/// Inside another website's frame: answers the host script's handshake, then reports the
/// app's height and stage changes to the host's origin only, and follows its commands
/// (`select`, `reset`). Until the host confirms it has sized the frame to fit, the app keeps
/// its own scrollbar, so nothing is ever cut off.
#[hook]
pub fn use_host_link(state: &UseReducerHandle<AppState>) {
    let outline = state.outline;
    let stage_id = |state: &AppState| state.selected().and_then(|p| outline.stage(p)).map_or(String::new(), |s| s.id.to_string());
    // The host's origin, once it has said hello; the height last asked for.
    let host = use_mut_ref(|| None::<String>);
    let asked = use_mut_ref(|| 0u32);
    let latest_stage = use_mut_ref(String::new);
    let watcher = use_mut_ref(|| None::<HeightWatcher>);
    *latest_stage.borrow_mut() = stage_id(state);
    {
        let (host, asked, latest_stage, watcher) = (host.clone(), asked.clone(), latest_stage.clone(), watcher.clone());
        let dispatcher = state.dispatcher();
        use_effect_with(state.live && state.route.embed, move |embedded| {
            let listener = (*embedded && browser::embed::in_frame()).then(|| {
                let watcher = watcher.clone();
                browser::embed::on_host_message(move |fields, origin| {
                    let command = HostCommand::read(&fields, outline);
                    let known = host.borrow().clone();
                    match (command, known) {
                        (Some(HostCommand::Hello), None) => {
                            *host.borrow_mut() = Some(origin.clone());
                            browser::embed::post_to_host(&AppEvent::Ready { stage: latest_stage.borrow().clone() }.fields(), &origin);
                            let (asked, origin) = (asked.clone(), origin.clone());
                            *watcher.borrow_mut() = browser::embed::watch_height(move |height| {
                                *asked.borrow_mut() = height;
                                browser::embed::post_to_host(&AppEvent::Resize { height }.fields(), &origin);
                            });
                        }
                        (Some(command), Some(host)) if host == origin => match command {
                            HostCommand::Hello => {
                                browser::embed::post_to_host(&AppEvent::Ready { stage: latest_stage.borrow().clone() }.fields(), &host);
                            }
                            HostCommand::Select(view) => dispatcher.dispatch(Action::Show(view)),
                            HostCommand::Reset => dispatcher.dispatch(Action::Show(View::Introduction)),
                            HostCommand::Resized(height) => browser::page::set_host_sized(height + 1 >= *asked.borrow()),
                        },
                        _ => {}
                    }
                })
            });
            move || drop((listener, watcher.borrow_mut().take()))
        });
    }
    use_effect_with(stage_id(state), move |stage| {
        if let Some(host) = host.borrow().as_ref() {
            browser::embed::post_to_host(&AppEvent::StageChange { stage: stage.clone() }.fields(), host);
        }
    });
}

/// Shows the current view's section in the prerendered panel (or the content note, on a
/// first visit), and marks the page with the mode and lens so its styles follow.
#[hook]
pub fn use_page_sync(state: &UseReducerHandle<AppState>) {
    let outline = state.outline;
    let note = state.content_note_showing();
    let screen = state.screen;
    let storage_works = state.storage_works;
    use_effect_with((state.route, note, screen, storage_works, state.live), move |(route, note, screen, storage_works, live)| {
        if *live {
            reveal(route.view, *note, outline);
            browser::page::mark(route, screen, *storage_works);
        }
    });
    let explored = state.remembered.visited.len();
    use_effect_with((explored, state.route.lens, state.live), move |(explored, lens, live)| {
        if *live {
            let total = outline.stage_count().to_string();
            let progress = fill(&outline.labels.progress, &[("done", &explored.to_string()), ("total", &total)]);
            browser::page::show_progress(&progress, *lens);
        }
    });
    // The notes boxes are filled once, from storage, when the app starts; after that they
    // hold what the reader types.
    let notes = state.remembered.notes.clone();
    use_effect_with(state.live, move |live| {
        if *live {
            browser::page::fill_notes(&notes);
        }
    });
}

/// Keeps what the app remembers on this device, writing only what changed.
#[hook]
pub fn use_storage_sync(state: &UseReducerHandle<AppState>) {
    let outline = state.outline;
    let stored = use_mut_ref(|| None::<Remembered>);
    let dispatcher = state.dispatcher();
    let works = state.storage_works;
    use_effect_with((state.remembered.clone(), state.live), move |(remembered, live)| {
        if !*live {
            return;
        }
        // What was read at the start is already stored; only later changes are written.
        let before = stored.borrow_mut().replace(remembered.clone());
        if let Some(before) = before.filter(|_| works) {
            if browser::storage::save_remembered(outline, &before, remembered).is_err() {
                dispatcher.dispatch(Action::StorageFailed);
            }
        }
    });
}

/// The id of the prerendered section that shows a view.
fn section_id(view: View, content_note: bool, outline: &Outline) -> &str {
    let stage = view.stage().and_then(|place| outline.stage(place));
    match view {
        _ if content_note => CONTENT_NOTE_ID,
        View::Info(panel) => panel.id(),
        // A presentation ends on where to find support.
        View::End => InfoPanel::GetSupport.id(),
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
