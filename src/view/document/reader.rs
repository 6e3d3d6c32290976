//! The reader's own tools, prerendered with the content: the lens and progress above the
//! panel, and print, download and delete below it. They need the app, so they stay hidden
//! until it runs.

use yew::prelude::*;

use super::DocumentProps;
use crate::content::Audience;
use crate::contract::{Control, Slot};
use crate::view::controls::{control_button, control_radio, slot, words};

/// "I work with: parents / children / both", and how many stages have been explored.
#[component]
pub fn ReaderTools(props: &DocumentProps) -> Html {
    let labels = &props.cycle.0.labels;
    let choices = [(Audience::Parents, &labels.lens_parents), (Audience::Children, &labels.lens_children), (Audience::Both, &labels.lens_both)];
    html! {
        <div class="reader-tools needs-app">
            <fieldset class="lens-choice">
                <legend>{ labels.lens_legend.as_ref() }</legend>
                { for choices.into_iter().map(|(lens, label)| {
                    control_radio(Control::Lens, Control::Lens.name(), lens.name(), lens == Audience::Both, html! { { label.to_string() } })
                }) }
            </fieldset>
            <p class="progress">
                { slot(Slot::Progress, "span", "") }
                { control_button(Control::StartAgain, "button quiet", words(&labels.start_again)) }
            </p>
        </div>
    }
}

/// Print, download and delete, and the note shown when nothing can be saved.
#[component]
pub fn PanelFooter(props: &DocumentProps) -> Html {
    let labels = &props.cycle.0.labels;
    html! {
        <div class="panel-footer needs-app">
            <p class="storage-note" role="status">{ labels.storage_unavailable.as_ref() }</p>
            <p class="panel-actions">
                { control_button(Control::Print, "button quiet", words(&labels.print)) }
                { control_button(Control::DownloadNotes, "button quiet", words(&labels.download_notes)) }
                { control_button(Control::DeleteNotes, "button quiet", words(&labels.delete_notes)) }
            </p>
        </div>
    }
}
