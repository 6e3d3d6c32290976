//! Content text on the page. Every word goes through Yew as a text node, so nothing in the
//! content can become markup or script.

use yew::prelude::*;

use crate::content::rich_text::{inlines, link_target, paragraphs, Inline, LinkTarget};
use crate::content::Labels;

/// Rich text as paragraphs.
pub fn rich_paragraphs(text: &str, labels: &Labels) -> Html {
    paragraphs(text).map(|p| html! { <p>{ rich_inline(p, labels) }</p> }).collect()
}

/// Rich text within a line (a list item, a sentence): paragraph breaks become spaces.
pub fn rich_inline(text: &str, labels: &Labels) -> Html {
    inlines(text)
        .into_iter()
        .map(|inline| match inline {
            Inline::Text(words) => html! { { words.replace('\n', " ") } },
            Inline::Emphasis(words) => html! { <em>{ words }</em> },
            Inline::Link { text, href } => link(text, href, labels),
        })
        .collect()
}

/// A link from content. The build refuses unsafe addresses; this refuses them again, so a
/// link that somehow slipped through shows as plain text.
fn link(text: &str, href: &str, labels: &Labels) -> Html {
    match link_target(href) {
        Ok(LinkTarget::External) => external_link(text, href, labels),
        Ok(_) => html! { <a href={ href.to_string() }>{ text }</a> },
        Err(_) => html! { { text } },
    }
}

/// A link to another site: opens in a new tab, tells nothing of where it came from, and says
/// it leaves the explorer.
pub fn external_link(text: &str, href: &str, labels: &Labels) -> Html {
    html! {
        <a class="external" href={ href.to_string() } target="_blank" rel="noopener noreferrer">
            { text }
            <span class="visually-hidden">{ format!(" ({})", labels.opens_elsewhere) }</span>
            <span class="external-mark" aria-hidden="true">{ "↗" }</span>
        </a>
    }
}
