//! Sharing: the Share dialog with a link to what the reader is looking at and the code that
//! embeds the explorer in another site, copying them, and printing.

use super::action::Action;
use super::context::{Context, Feature};
use super::effect::Effect;
use super::page::PageView;
use super::route::{Mode, Route};
use crate::content::html_text;
use crate::contract::{self, id, Control, Slot};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sharing {
    /// The Share dialog is open.
    pub open: bool,
    /// `Some(true)` once copied, `Some(false)` when the browser refused (the text is selected).
    pub copied: Option<bool>,
}

/// The link to what the reader is looking at, for someone else to open: the plain explorer
/// (not a presentation, not embedded), with the reader's lens.
pub fn share_link(cx: &Context) -> String {
    let plain = Route { mode: Mode::Explore, embed: false, contrast: false, ..cx.route.clone() };
    format!("{}{}", cx.app_address, plain.link(cx.outline))
}

/// The code a website pastes to embed the explorer, opening at the current view with the
/// reader's lens: the frame (borderless, so it is exactly the column's width), a line with a
/// link to the explorer on its own (shown until it answers, and always without the host script:
/// if the explorer's site is down, the reader is not left with an empty box), and the host
/// script.
pub fn embed_code(cx: &Context) -> String {
    let framed = Route { mode: Mode::Explore, embed: true, contrast: false, ..cx.route.clone() };
    let outline = cx.outline;
    format!(
        "<iframe src=\"{address}{framed}\" title=\"{title}\" width=\"100%\" height=\"720\" style=\"border:0\" loading=\"lazy\" allow=\"fullscreen; clipboard-write\" {frame}></iframe>\n<p {fallback}>{fallback_text} <a href=\"{alone}\" target=\"_blank\" rel=\"noopener\">{title}</a></p>\n<script src=\"{address}{site}{script}\" async></script>",
        address = cx.app_address,
        framed = framed.link(outline),
        alone = html_text(&share_link(cx)),
        title = html_text(&outline.title),
        frame = contract::EMBED_FRAME_ATTR,
        fallback = contract::EMBED_FALLBACK_ATTR,
        fallback_text = html_text(&outline.labels.embed_fallback),
        site = outline.site,
        script = contract::EMBED_SCRIPT,
    )
}

impl Feature for Sharing {
    fn update(&mut self, action: &Action, cx: &mut Context, effects: &mut Vec<Effect>) {
        match action {
            Action::Control(Control::Share, _) => {
                *self = Sharing { open: true, copied: None };
                // In a frame as tall as its content, the dialog is where the reader is only once
                // the host page has brought it into view.
                if let Some(host) = &cx.sizing_host {
                    effects.push(Effect::Reveal { id: id::SHARE_DIALOG.to_string(), host: Some(host.clone()) });
                }
            }
            Action::Control(Control::CopyLink, _) => effects.push(Effect::Copy { text: share_link(cx), field: id::SHARE_LINK }),
            Action::Control(Control::CopyEmbed, _) => effects.push(Effect::Copy { text: embed_code(cx), field: id::SHARE_EMBED }),
            Action::Control(Control::Print, _) => effects.push(Effect::Print),
            Action::Control(Control::CloseDialog, _) | Action::DialogClosed => *self = Sharing::default(),
            Action::Copied(copied) => self.copied = Some(*copied),
            _ => {}
        }
    }

    /// The dialog, with the link, the embed code and what became of a copy.
    fn show_in(&self, cx: &Context, view: &mut PageView) {
        if !self.open {
            return;
        }
        let labels = &cx.outline.labels;
        view.text(Slot::ShareLink, share_link(cx));
        view.text(Slot::ShareEmbed, embed_code(cx));
        let status = match self.copied {
            Some(true) => labels.copied.to_string(),
            Some(false) => labels.copy_by_hand.to_string(),
            None => String::new(),
        };
        view.text(Slot::CopyStatus, status);
        view.dialog = Some(id::SHARE_DIALOG);
    }
}
