//! Renders the page without a browser, for the prerendered `dist/index.html` and for native
//! tests of the markup: the app (hydratable, so the browser can take it over) and the
//! document of content (plain HTML, never hydrated).

use yew::LocalServerRenderer;

use crate::content::outline::Outline;
use crate::content::Cycle;
use crate::view::document::{Document, DocumentProps};
use crate::view::{App, AppProps};

/// The id of the empty element the app starts in, in `index.html`.
pub const APP_ID: &str = "app";
/// The id of the empty element the content goes in.
pub const PANEL_ID: &str = crate::view::PANEL_ID;

fn block_on<F: std::future::Future>(future: F) -> F::Output {
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a single-threaded runtime starts");
    tokio::task::LocalSet::new().block_on(&runtime, future)
}

/// The app's first render as hydratable HTML, exactly as the browser's first render will be.
pub fn render_app(outline: &'static Outline) -> String {
    block_on(LocalServerRenderer::<App>::with_props(AppProps { outline }).render())
}

/// Every section of content, as plain HTML.
pub fn render_document(cycle: &'static Cycle) -> String {
    block_on(LocalServerRenderer::<Document>::with_props(DocumentProps { cycle }).hydratable(false).render())
}

/// Fills the page Trunk built: the app, the content, the title, and the note shown if the
/// interactive version cannot start. Trunk may have minified the page, so attributes are found
/// with or without quotes.
pub fn prerender_page(page: &str, cycle: &'static Cycle, outline: &'static Outline) -> Result<String, String> {
    let startup_note = format!(
        r#"<p id="startup-note" class="startup-note" role="status" hidden>{}</p>"#,
        escape_text(&cycle.labels.startup_failed)
    );
    let page = fill_element(page, "title", None, &escape_text(&cycle.title))?;
    let page = fill_element(&page, "div", Some(APP_ID), &render_app(outline))?;
    let page = fill_element(&page, "div", Some(PANEL_ID), &render_document(cycle))?;
    // The note goes just before the app, at the top of the page.
    let app_start = find_open_tag(&page, "div", Some(APP_ID)).map(|(start, _)| start).expect("filled above");
    Ok(format!("{}{startup_note}{}", &page[..app_start], &page[app_start..]))
}

/// Puts `content` inside the first empty `<tag>` (with this id, if given).
fn fill_element(page: &str, tag: &str, id: Option<&str>, content: &str) -> Result<String, String> {
    let what = id.map_or(format!("<{tag}>"), |id| format!("<{tag} id=\"{id}\">"));
    let (_, inside) = find_open_tag(page, tag, id).ok_or_else(|| format!("index.html has no {what}"))?;
    let close = format!("</{tag}>");
    let empty = page[inside..].trim_start().starts_with(&close);
    if !empty && tag != "title" {
        return Err(format!("index.html's {what} is not empty (was it prerendered already?)"));
    }
    let end = inside + page[inside..].find(&close).ok_or_else(|| format!("index.html's {what} is not closed"))?;
    Ok(format!("{}{content}{}", &page[..inside], &page[end..]))
}

/// Where the opening tag starts, and where its content starts.
fn find_open_tag(page: &str, tag: &str, id: Option<&str>) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(offset) = page[from..].find(&format!("<{tag}")) {
        let start = from + offset;
        let end = start + page[start..].find('>')? + 1;
        let attributes = &page[start + tag.len() + 1..end - 1];
        let id_matches = id.is_none_or(|id| {
            attributes.split_whitespace().any(|a| a == format!("id={id}") || a == format!("id=\"{id}\""))
        });
        // `<tag` must end the name (so `<title` does not match `<titles`).
        let name_ends = attributes.is_empty() || attributes.starts_with(char::is_whitespace);
        if id_matches && name_ends {
            return Some((start, end));
        }
        from = end;
    }
    None
}

fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}
