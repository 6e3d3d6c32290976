//! The light formatting allowed in content text, kept deliberately small so editors cannot
//! break the page and content can never become markup:
//!
//! - a blank line starts a new paragraph;
//! - `*words*` is emphasis;
//! - `[words](address)` is a link, where the address is `https://…`, `tel:…`, `sms:…`,
//!   `mailto:…`, or `#id` for a stage or panel of the explorer.
//!
//! Anything else is shown exactly as written, as text.

/// A run of inline content inside a paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Inline<'a> {
    Text(&'a str),
    Emphasis(&'a str),
    Link { text: &'a str, href: &'a str },
}

/// What a link points at, once its address has been checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkTarget<'a> {
    /// An `https:` address on another site.
    External,
    Phone,
    /// A number to text.
    Text,
    Email,
    /// A stage or panel of the explorer, by id.
    InPage(&'a str),
}

/// Why a link address was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadLink(pub String);

/// Splits text into paragraphs at blank lines; lines inside a paragraph are joined by spaces
/// when shown, because HTML collapses the line breaks.
pub fn paragraphs(text: &str) -> impl Iterator<Item = &str> {
    text.split("\n\n").map(str::trim).filter(|p| !p.is_empty())
}

/// Splits a paragraph into text, emphasis and links. Unmatched markers stay as text.
pub fn inlines(paragraph: &str) -> Vec<Inline<'_>> {
    let mut out = Vec::new();
    let mut plain_from = 0;
    let mut at = 0;
    while let Some(offset) = paragraph[at..].find(['*', '[']) {
        let start = at + offset;
        let parsed = if paragraph[start..].starts_with('*') {
            emphasis_at(paragraph, start)
        } else {
            link_at(paragraph, start)
        };
        match parsed {
            Some((inline, end)) => {
                if plain_from < start {
                    out.push(Inline::Text(&paragraph[plain_from..start]));
                }
                out.push(inline);
                plain_from = end;
                at = end;
            }
            None => at = start + 1,
        }
    }
    if plain_from < paragraph.len() {
        out.push(Inline::Text(&paragraph[plain_from..]));
    }
    out
}

/// `*words*` starting at `start`, returning the emphasis and where it ends.
fn emphasis_at(text: &str, start: usize) -> Option<(Inline<'_>, usize)> {
    let inner_start = start + 1;
    let close = inner_start + text[inner_start..].find('*')?;
    let inner = &text[inner_start..close];
    let trimmed = !inner.is_empty() && inner.trim() == inner;
    trimmed.then_some((Inline::Emphasis(inner), close + 1))
}

/// `[words](address)` starting at `start`, returning the link and where it ends.
fn link_at(text: &str, start: usize) -> Option<(Inline<'_>, usize)> {
    let label_end = start + text[start..].find("](")?;
    let href_start = label_end + 2;
    let href_end = href_start + text[href_start..].find(')')?;
    let label = &text[start + 1..label_end];
    let href = &text[href_start..href_end];
    let plausible = !label.trim().is_empty() && !label.contains('[') && !href.contains(char::is_whitespace);
    plausible.then_some((Inline::Link { text: label, href }, href_end + 1))
}

/// Checks a link address against the schemes content may use.
pub fn link_target(href: &str) -> Result<LinkTarget<'_>, BadLink> {
    let lower = href.to_ascii_lowercase();
    if let Some(id) = href.strip_prefix('#') {
        return Ok(LinkTarget::InPage(id));
    }
    if lower.starts_with("https://") && href.len() > "https://".len() {
        return Ok(LinkTarget::External);
    }
    if lower.starts_with("tel:") && href[4..].chars().all(|c| c.is_ascii_digit() || c == '+') && href.len() > 4 {
        return Ok(LinkTarget::Phone);
    }
    if lower.starts_with("sms:") && href[4..].chars().all(|c| c.is_ascii_digit()) && href.len() > 4 {
        return Ok(LinkTarget::Text);
    }
    if lower.starts_with("mailto:") && href.contains('@') {
        return Ok(LinkTarget::Email);
    }
    Err(BadLink(format!(
        "the link address \"{href}\" is not allowed: use https://, tel:, sms:, mailto: or #id of a stage"
    )))
}

/// Every link address in a piece of rich text.
pub fn links(text: &str) -> impl Iterator<Item = &str> {
    paragraphs(text).flat_map(|p| {
        inlines(p).into_iter().filter_map(|inline| match inline {
            Inline::Link { href, .. } => Some(href),
            _ => None,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_one_run() {
        assert_eq!(inlines("Just words."), vec![Inline::Text("Just words.")]);
    }

    #[test]
    fn emphasis_and_links_are_found_among_text() {
        assert_eq!(
            inlines("Call *free* on [0808 157 0123](tel:08081570123) today."),
            vec![
                Inline::Text("Call "),
                Inline::Emphasis("free"),
                Inline::Text(" on "),
                Inline::Link { text: "0808 157 0123", href: "tel:08081570123" },
                Inline::Text(" today."),
            ]
        );
    }

    #[test]
    fn unmatched_markers_stay_as_text() {
        assert_eq!(inlines("5 * 3 [not a link"), vec![Inline::Text("5 * 3 [not a link")]);
        assert_eq!(inlines("a * b * c"), vec![Inline::Text("a * b * c")]);
    }

    #[test]
    fn paragraphs_split_at_blank_lines() {
        let text = "First line\nstill first.\n\n\nSecond.\n";
        assert_eq!(paragraphs(text).collect::<Vec<_>>(), vec!["First line\nstill first.", "Second."]);
    }

    #[test]
    fn only_safe_link_schemes_are_allowed() {
        assert_eq!(link_target("https://example.org"), Ok(LinkTarget::External));
        assert_eq!(link_target("tel:08081570000"), Ok(LinkTarget::Phone));
        assert_eq!(link_target("mailto:help@example.org"), Ok(LinkTarget::Email));
        assert_eq!(link_target("#get-support"), Ok(LinkTarget::InPage("get-support")));
        for bad in ["javascript:alert(1)", "JavaScript:alert(1)", "http://example.org", "data:text/html,x", "tel:call-me", "//evil.example", "vbscript:x"] {
            assert!(link_target(bad).is_err(), "{bad} should be refused");
        }
    }
}
