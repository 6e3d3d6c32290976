//! Everything around the content, prerendered into `#app`: the header, the drawing, the
//! presenter's controls and the speaker view's console (shown by the styles in those modes),
//! the dialogs, and the blank screen. The app shows, hides and fills them; it renders only the
//! list of stages itself.

use yew::prelude::*;

use super::controls::{blank_screen, control_button, notice, slot, slot_field, slot_frame, slot_link, toggle_button, words};
use super::document::nation_choice;
use super::diagram::cycle_diagram;
use crate::content::outline::OutlineRef;
use crate::content::Labels;
use crate::contract::{id, Control, Notice, Slot};
use crate::content::CycleRef;
use crate::model::keys::{shown_keys, KeyLabel, KEY_TABLE};
use crate::model::page::TabsView;
use crate::model::route::InfoPanel;

#[derive(Properties, PartialEq)]
pub struct ChromeProps {
    pub cycle: CycleRef,
    pub outline: OutlineRef,
}

/// The page around the content.
#[component]
pub fn Chrome(props: &ChromeProps) -> Html {
    let outline = &props.outline;
    let labels = &props.cycle.0.labels;
    html! {
        <>
            <header class="site-header">
                <h1 class="site-title">{ outline.0.title.as_ref() }</h1>
                <nav class="site-nav" aria-label={ labels.site_nav.to_string() }>
                    { for InfoPanel::ALL.into_iter().map(|panel| html! {
                        <a class={ panel_link_class(panel) } href={ format!("#{}", panel.name()) }>{ panel.title(&outline.0.panel_titles) }</a>
                    }) }
                    { control_button(Control::Share, "button quiet needs-app share-button", words(&labels.share)) }
                    { control_button(Control::Fullscreen, "button quiet needs-app fullscreen-button", words(&labels.fullscreen)) }
                    { control_button(Control::Present, "button quiet needs-app present-button", words(&labels.present)) }
                </nav>
                { notice(Notice::FullscreenRefused, None, "p", "notice", html! {
                    <>{ labels.fullscreen_refused.as_ref() }{ " " }{ slot_link(Slot::NewTab, words(&labels.open_in_new_tab)) }</>
                }) }
                { notice(Notice::UpdateReady, None, "p", "notice", html! {
                    <>{ labels.update_ready.as_ref() }{ " " }{ control_button(Control::Reload, "button quiet", words(&labels.reload)) }</>
                }) }
            </header>
            <section class="figure" aria-label={ labels.figure.to_string() }>
                { cycle_diagram(outline, TabsView::unselected(outline.0.stage_count())) }
            </section>
            { notice(Notice::StopAsked, None, "p", "stop-asked", words(&labels.stop_presenting_ask)) }
            <nav id={ id::PRESENTER_CONTROLS } class="presenter-controls" aria-label={ labels.presenter_controls.to_string() }>
                { stepping(labels) }
                { toggle_button(Control::Overview, "button quiet", words(&labels.overview)) }
                { toggle_button(Control::Blank, "button quiet", words(&labels.blank_screen)) }
                { toggle_button(Control::Contrast, "button quiet", words(&labels.high_contrast)) }
                { control_button(Control::Fullscreen, "button quiet", words(&labels.fullscreen)) }
                { control_button(Control::SpeakerView, "button quiet", words(&labels.speaker_view)) }
                { control_button(Control::Keys, "button quiet", words(&labels.keys)) }
                { control_button(Control::Present, "button quiet", words(&labels.stop_presenting)) }
            </nav>
            { speaker_console(labels) }
            { share_dialog(labels) }
            { keys_dialog(labels) }
            { blank_screen(&labels.blank_screen) }
        </>
    }
}

/// Previous, where the presentation is, and Next: in the room's toolbar and the speaker view.
fn stepping(labels: &Labels) -> Html {
    html! {
        <>
            { control_button(Control::Previous, "button quiet", words(&labels.previous_step)) }
            { slot(Slot::StepCount, "span", "step-count") }
            { control_button(Control::Next, "button", words(&labels.next_step)) }
        </>
    }
}

/// The speaker view's console: what the room sees and what comes next, in words and in
/// miniature; the clocks and the pacing; the buttons a trainer needs; the notes' size; and the
/// nation whose helplines close the presentation.
fn speaker_console(labels: &Labels) -> Html {
    html! {
        <section class="speaker-console" aria-label={ labels.speaker_view.to_string() }>
            <div class="speaker-screens">
                <figure class="speaker-screen">
                    { slot_frame(Slot::MirrorNow, &labels.miniature_now) }
                    <figcaption>{ labels.now_showing.as_ref() }{ " " }{ slot(Slot::SpeakerNow, "strong", "") }</figcaption>
                </figure>
                <figure class="speaker-screen speaker-next">
                    { slot_frame(Slot::MirrorNext, &labels.miniature_next) }
                    <figcaption>{ labels.coming_next.as_ref() }{ " " }{ slot(Slot::SpeakerNext, "span", "") }</figcaption>
                </figure>
            </div>
            <p class="speaker-clock">
                <span>{ labels.wall_clock.as_ref() }{ " " }{ slot(Slot::WallClock, "strong", "clock") }</span>
                <span>{ labels.elapsed.as_ref() }{ " " }{ slot(Slot::Clock, "strong", "clock") }</span>
                { slot(Slot::Pacing, "span", "pacing") }
                { toggle_button(Control::PauseClock, "button quiet", words(&labels.pause_clock)) }
                { control_button(Control::ResetClock, "button quiet", words(&labels.reset_clock)) }
            </p>
            <p class="speaker-buttons">
                { stepping(labels) }
                { toggle_button(Control::Blank, "button quiet", words(&labels.blank_screen)) }
                { control_button(Control::NotesSmaller, "button quiet", words(&labels.notes_smaller)) }
                { control_button(Control::NotesLarger, "button quiet", words(&labels.notes_larger)) }
            </p>
            // Radio buttons of a group of their own: those in Get support keep their choice too.
            { nation_choice(labels, "speaker-nation", "nations speaker-nations") }
        </section>
    }
}

/// The Share dialog: the link to what is on show and the code to embed it, each with a button
/// to copy it, and what became of a copy.
fn share_dialog(labels: &Labels) -> Html {
    html! {
        <dialog id={ id::SHARE_DIALOG } class="share-dialog" aria-labelledby="share-heading">
            <h2 id="share-heading">{ labels.share.as_ref() }</h2>
            <div class="share-field">
                <label for={ id::SHARE_LINK }>{ labels.share_link.as_ref() }</label>
                { slot_field(Slot::ShareLink, id::SHARE_LINK, "2") }
                { control_button(Control::CopyLink, "button quiet", words(&labels.copy)) }
            </div>
            <div class="share-field">
                <label for={ id::SHARE_EMBED }>{ labels.share_embed.as_ref() }</label>
                { slot_field(Slot::ShareEmbed, id::SHARE_EMBED, "5") }
                { control_button(Control::CopyEmbed, "button quiet", words(&labels.copy)) }
            </div>
            <p class="share-status" role="status">{ slot(Slot::CopyStatus, "span", "") }</p>
            { control_button(Control::CloseDialog, "button", words(&labels.close)) }
        </dialog>
    }
}

/// The list of keys, made from the one key table.
fn keys_dialog(labels: &Labels) -> Html {
    html! {
        <dialog id={ id::KEYS_DIALOG } class="key-help" aria-labelledby="keys-heading">
            <h2 id="keys-heading">{ labels.keys_heading.as_ref() }</h2>
            <table>
                <tbody>
                    { for KEY_TABLE.iter().map(|row| html! {
                        <tr>
                            <th scope="row">{ key_label(labels, row.label) }</th>
                            <td>{ for shown_keys(row).into_iter().map(|key| html! { <><kbd>{ key }</kbd>{ " " }</> }) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            <p>{ labels.keys_note.as_ref() }</p>
            { control_button(Control::CloseDialog, "button", words(&labels.close)) }
        </dialog>
    }
}

/// The links at the top of every screen: Get support stands out.
fn panel_link_class(panel: InfoPanel) -> &'static str {
    match panel {
        InfoPanel::GetSupport => "support-link",
        InfoPanel::Disclosure => "disclosure-link",
        InfoPanel::SelfCare | InfoPanel::About => "",
    }
}

/// What a row of the list of keys does.
fn key_label(labels: &Labels, label: KeyLabel) -> &str {
    match label {
        KeyLabel::Next => &labels.key_next,
        KeyLabel::Previous => &labels.key_previous,
        KeyLabel::FirstLast => &labels.key_first_last,
        KeyLabel::Stage => &labels.key_stage,
        KeyLabel::Overview => &labels.key_overview,
        KeyLabel::Blank => &labels.key_blank,
        KeyLabel::Fullscreen => &labels.key_fullscreen,
        KeyLabel::SpeakerView => &labels.key_speaker_view,
        KeyLabel::Keys => &labels.key_help,
        KeyLabel::Present => &labels.key_present,
    }
}
