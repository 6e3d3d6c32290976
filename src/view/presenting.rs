//! What presenting adds to the screen: the trainer's controls, the list of keys, the blank
//! screen, and the speaker view's console.

use std::time::Duration;

use gloo::timers::callback::Interval;
use yew::prelude::*;

use crate::browser;
use crate::content::outline::{Outline, OutlineRef};
use crate::content::{fill, Labels, Text};
use crate::model::presentation::{self, Command};
use crate::model::route::{Mode, Part, Route, View};
use crate::model::state::{Action, AppState};

/// What a step is called, for the step counter and the speaker view.
pub fn step_name(view: View, outline: &Outline) -> String {
    let labels = &outline.labels;
    match view {
        View::Introduction => labels.step_introduction.to_string(),
        View::End => labels.step_end.to_string(),
        View::Info(panel) => panel.title(outline).to_string(),
        View::Stage(place, part) => {
            let title = outline.stage(place).map_or("", |s| s.title.as_ref());
            match part {
                Part::Explanation => title.to_string(),
                Part::Openers => fill(&labels.step_openers, &[("title", title)]),
                Part::Resources => fill(&labels.step_resources, &[("title", title)]),
            }
        }
    }
}

/// "Step 4 of 23".
fn step_count(state: &AppState) -> String {
    let number = presentation::step_number(state.outline, state.route.view) + 1;
    let total = presentation::steps(state.outline).len();
    fill(&state.outline.labels.step_count, &[("number", &number.to_string()), ("total", &total.to_string())])
}

/// The link that opens the speaker view, at the current step.
pub fn speaker_view_url(state: &AppState) -> String {
    Route { mode: Mode::Speaker, contrast: false, ..state.route }.link(state.outline)
}

/// The name of the speaker view's window, so pressing S again brings the same one back.
pub const SPEAKER_WINDOW: &str = "adversity-cycle-speaker";

/// A button among the trainer's controls.
#[derive(Clone, Copy, PartialEq)]
enum Control {
    Command(Command),
    Contrast,
    Fullscreen,
}

/// The trainer's controls along the foot of the projected screen.
pub fn presenter_controls(state: &AppState, dispatch: &Callback<Action>) -> Html {
    let labels = &state.outline.labels;
    let button = |control: Control, label: &Text| {
        let pressed = match control {
            Control::Command(Command::Overview) => Some(state.screen.overview),
            Control::Command(Command::Blank) => Some(state.screen.blank),
            Control::Contrast => Some(state.route.contrast),
            _ => None,
        };
        let main = control == Control::Command(Command::Next);
        let dispatch = dispatch.clone();
        let onclick = Callback::from(move |_: MouseEvent| match control {
            Control::Command(command) => dispatch.emit(Action::Present(command)),
            Control::Contrast => dispatch.emit(Action::ToggleContrast),
            Control::Fullscreen => {
                let dispatch = dispatch.clone();
                browser::screen::toggle_fullscreen(move || dispatch.emit(Action::FullscreenRefused));
            }
        });
        html! {
            <button type="button" class={ classes!("button", (!main).then_some("quiet")) }
                    aria-pressed={ pressed.map(|on| if on { "true" } else { "false" }) } { onclick }>
                { label.as_ref() }
            </button>
        }
    };
    html! {
        <nav class="presenter-controls" aria-label={ labels.presenter_controls.to_string() }>
            { button(Control::Command(Command::Previous), &labels.previous_step) }
            <span class="step-count">{ step_count(state) }</span>
            { for [
                (Control::Command(Command::Next), &labels.next_step),
                (Control::Command(Command::Overview), &labels.overview),
                (Control::Command(Command::Blank), &labels.blank_screen),
                (Control::Contrast, &labels.high_contrast),
                (Control::Fullscreen, &labels.fullscreen),
            ].into_iter().map(|(control, label)| button(control, label)) }
            <a class="button quiet" href={ speaker_view_url(state) } target={ SPEAKER_WINDOW }>{ labels.speaker_view.as_ref() }</a>
            { button(Control::Command(Command::Help), &labels.keys) }
            { button(Control::Command(Command::TogglePresenting), &labels.stop_presenting) }
        </nav>
    }
}

/// The keys, as shown in the list of keys: what each does, and the keys that do it.
fn key_rows(labels: &Labels) -> [(&str, &'static [&'static str]); 9] {
    [
        (&labels.key_next, &["→", "Page Down", "Space", "Enter", "N"]),
        (&labels.key_previous, &["←", "Page Up", "Backspace"]),
        (&labels.key_first_last, &["Home", "End"]),
        (&labels.key_stage, &["1", "…", "9"]),
        (&labels.key_overview, &["O", "Esc"]),
        (&labels.key_blank, &["B", "."]),
        (&labels.key_fullscreen, &["F"]),
        (&labels.key_speaker_view, &["S"]),
        (&labels.key_present, &["P"]),
    ]
}

/// A `<dialog>` shown as a modal while `open` (the browser keeps focus inside it and closes it
/// on Escape, firing `close`). Put the returned ref on the dialog.
#[hook]
pub fn use_modal(open: bool) -> NodeRef {
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with(open, move |open| {
            if let Some(dialog) = dialog.cast::<web_sys::HtmlDialogElement>() {
                browser::screen::set_dialog_open(&dialog, *open);
            }
        });
    }
    dialog
}

#[derive(Properties, PartialEq)]
pub struct KeyHelpProps {
    pub outline: OutlineRef,
    pub open: bool,
    pub on_close: Callback<()>,
}

/// The list of keys, as a modal dialog (the browser keeps focus inside it and closes it on
/// Escape).
#[component]
pub fn KeyHelp(props: &KeyHelpProps) -> Html {
    let dialog = use_modal(props.open);
    let labels = &props.outline.0.labels;
    let on_close = props.on_close.reform(|_: Event| ());
    let on_button = props.on_close.reform(|_: MouseEvent| ());
    html! {
        <dialog ref={ dialog } class="key-help" aria-labelledby="key-help-heading" onclose={ on_close }>
            <h2 id="key-help-heading">{ labels.keys_heading.as_ref() }</h2>
            <table>
                <tbody>
                    { for key_rows(labels).into_iter().map(|(does, keys)| html! {
                        <tr>
                            <th scope="row">{ does.to_string() }</th>
                            <td>{ for keys.iter().map(|key| html! { <><kbd>{ *key }</kbd>{ " " }</> }) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            <p>{ labels.keys_note.as_ref() }</p>
            <button type="button" class="button" onclick={ on_button }>{ labels.close.as_ref() }</button>
        </dialog>
    }
}

#[derive(Properties, PartialEq)]
pub struct ConsoleProps {
    pub state: AppState,
    pub dispatch: Callback<Action>,
}

/// The speaker view's console: the step now and the next one, a clock, and the controls.
#[component]
pub fn SpeakerConsole(props: &ConsoleProps) -> Html {
    let ConsoleProps { state, dispatch } = props;
    let outline = state.outline;
    let labels = &outline.labels;
    let started = use_state(browser::storage::clock_start);
    let now = use_state(browser::storage::now_ms);
    {
        let now = now.setter();
        use_effect_with((), move |_| {
            let tick = Interval::new(Duration::from_secs(1).as_millis() as u32, move || now.set(browser::storage::now_ms()));
            move || drop(tick)
        });
    }
    let reset = {
        let started = started.setter();
        Callback::from(move |_: MouseEvent| started.set(browser::storage::restart_clock()))
    };
    let next = presentation::step_from(outline, state.route.view, 1);
    let command = |command: Command| dispatch.reform(move |_: MouseEvent| Action::Present(command));
    html! {
        <section class="speaker-console" aria-label={ labels.speaker_view.to_string() }>
            <p class="speaker-now">{ labels.now_showing.as_ref() }<strong>{ step_name(state.route.view, outline) }</strong></p>
            <p class="speaker-next">{ format!("{} {}", labels.coming_next, step_name(next, outline)) }</p>
            <p class="speaker-clock">
                { labels.elapsed.as_ref() }
                <time class="clock" role="timer">{ clock_text(now.saturating_sub(*started)) }</time>
                <button type="button" class="button quiet" onclick={ reset }>{ labels.reset_clock.as_ref() }</button>
            </p>
            <p class="speaker-buttons">
                <button type="button" class="button quiet" onclick={ command(Command::Previous) }>{ labels.previous_step.as_ref() }</button>
                <span class="step-count">{ step_count(state) }</span>
                <button type="button" class="button" onclick={ command(Command::Next) }>{ labels.next_step.as_ref() }</button>
                <button type="button" class="button quiet" aria-pressed={ if state.screen.blank { "true" } else { "false" } } onclick={ command(Command::Blank) }>{ labels.blank_screen.as_ref() }</button>
            </p>
        </section>
    }
}

/// Elapsed milliseconds as "m:ss" (or "h:mm:ss").
pub fn clock_text(elapsed_ms: u64) -> String {
    let seconds = elapsed_ms / 1000;
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 { format!("{h}:{m:02}:{s:02}") } else { format!("{m}:{s:02}") }
}
