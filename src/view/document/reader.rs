//! The reader's own tools, prerendered with the content: the lens, progress, and (below the
//! panel) print, download and delete. They need the app, so they stay hidden until it runs;
//! it finds them by their `data-action` attributes and keeps them up to date.

use yew::prelude::*;

use super::DocumentProps;
use crate::model::route::Lens;

/// "I work with: parents / children / both", and how many stages have been explored.
#[component]
pub fn ReaderTools(props: &DocumentProps) -> Html {
    let labels = &props.cycle.labels;
    let choices = [
        (Lens::Parents, &labels.lens_parents),
        (Lens::Children, &labels.lens_children),
        (Lens::Both, &labels.lens_both),
    ];
    html! {
        <div class="reader-tools needs-app">
            <fieldset class="lens">
                <legend>{ labels.lens_legend.as_ref() }</legend>
                { for choices.into_iter().map(|(lens, label)| html! {
                    <label>
                        <input type="radio" name="lens" value={ lens.key() } checked={ lens == Lens::Both } />
                        { label.as_ref() }
                    </label>
                }) }
            </fieldset>
            <p class="progress">
                <span data-slot="progress"></span>
                <button type="button" class="button quiet" data-action="start-again">{ labels.start_again.as_ref() }</button>
            </p>
        </div>
    }
}

/// Print, download and delete, and the note shown when nothing can be saved.
#[component]
pub fn PanelFooter(props: &DocumentProps) -> Html {
    let labels = &props.cycle.labels;
    html! {
        <div class="panel-footer needs-app">
            <p class="storage-note" role="status">{ labels.storage_unavailable.as_ref() }</p>
            <p class="panel-actions">
                <button type="button" class="button quiet" data-action="print">{ labels.print.as_ref() }</button>
                <button type="button" class="button quiet" data-action="download-notes">{ labels.download_notes.as_ref() }</button>
                <button type="button" class="button quiet" data-action="delete-notes">{ labels.delete_notes.as_ref() }</button>
            </p>
        </div>
    }
}
