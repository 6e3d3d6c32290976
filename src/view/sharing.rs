//! Sharing: a link to the current stage, and the code that embeds the explorer in another
//! website, each with a copy button.

use yew::prelude::*;

use super::presenting::use_modal;
use crate::browser;
use crate::content::outline::Outline;
use crate::model::route::{Route, View};

/// The link to a view, for someone else to open: the plain explorer (not a presentation, not
/// the embedded layout), with the reader's lens.
pub fn share_link(app_address: &str, route: &Route, outline: &Outline) -> String {
    let plain = Route { mode: Default::default(), embed: false, contrast: false, ..*route };
    format!("{app_address}{}", plain.link(outline))
}

/// The code a website pastes to embed the explorer, opening at `view`.
pub fn embed_code(app_address: &str, view: View, outline: &Outline) -> String {
    format!(
        "<iframe src=\"{app_address}?embed{hash}\" title=\"{title}\" width=\"100%\" height=\"720\" loading=\"lazy\" allow=\"fullscreen; clipboard-write\" data-adversity-cycle></iframe>\n<script src=\"{app_address}embed.js\" async></script>",
        hash = view.hash(outline),
        title = outline.title.replace('"', "&quot;"),
    )
}

#[derive(Properties, PartialEq)]
pub struct ShareDialogProps {
    pub route: Route,
    pub outline: crate::content::outline::OutlineRef,
    pub open: bool,
    pub on_close: Callback<()>,
}

/// The Share dialog (modal while open).
#[component]
pub fn ShareDialog(props: &ShareDialogProps) -> Html {
    let outline = props.outline.0;
    let labels = &outline.labels;
    let dialog = use_modal(props.open);
    // Which field was copied, or could not be: shown as a short status line, cleared on close.
    let status = use_state(|| None::<(&'static str, bool)>);
    let on_close = {
        let (status, on_close) = (status.setter(), props.on_close.clone());
        Callback::from(move |()| {
            status.set(None);
            on_close.emit(());
        })
    };
    let address = if props.open { browser::location::app_address() } else { String::new() };
    let fields = [
        ("share-link", &labels.share_link, share_link(&address, &props.route, outline)),
        ("share-embed", &labels.share_embed, embed_code(&address, props.route.view, outline)),
    ];
    let status_text = match *status {
        Some((_, true)) => labels.copied.to_string(),
        Some((_, false)) => labels.copy_by_hand.to_string(),
        None => String::new(),
    };
    html! {
        <dialog ref={ dialog } class="share-dialog" aria-labelledby="share-heading"
                onclose={ on_close.reform(|_: Event| ()) }>
            <h2 id="share-heading">{ labels.share.as_ref() }</h2>
            { for fields.into_iter().map(|(id, label, text)| {
                let copy = {
                    let (status, text) = (status.setter(), text.clone());
                    Callback::from(move |_: MouseEvent| {
                        let status = status.clone();
                        browser::screen::copy_text(&text, move |copied| {
                            if !copied {
                                browser::screen::select_field(id);
                            }
                            status.set(Some((id, copied)));
                        });
                    })
                };
                html! {
                    <div class="share-field">
                        <label for={ id }>{ label.as_ref() }</label>
                        <textarea { id } readonly=true rows={ if id == "share-link" { "2" } else { "5" } } value={ text } />
                        <button type="button" class="button quiet" onclick={ copy }>{ labels.copy.as_ref() }</button>
                    </div>
                }
            }) }
            <p class="share-status" role="status">{ status_text }</p>
            <button type="button" class="button" onclick={ on_close.reform(|_: MouseEvent| ()) }>{ labels.close.as_ref() }</button>
        </dialog>
    }
}
