//! Renders the page without a browser, for the prerendered `dist/index.html` and for native
//! tests of the markup: the app (hydratable, so the browser can take it over) and the
//! document of content (plain HTML, never hydrated).

use yew::LocalServerRenderer;

use crate::content::outline::Outline;
use crate::content::Cycle;
use crate::view::document::{Document, DocumentProps};
use crate::view::{App, AppProps};

/// Where the app starts in `index.html`.
pub const APP_MOUNT: &str = r#"<div id="app"></div>"#;
/// Where the content goes in `index.html`.
pub const PANEL_MOUNT: &str = r#"<div id="panel" class="panel"></div>"#;

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
/// interactive version cannot start.
pub fn prerender_page(page: &str, cycle: &'static Cycle, outline: &'static Outline) -> Result<String, String> {
    for mount in [APP_MOUNT, PANEL_MOUNT] {
        if !page.contains(mount) {
            return Err(format!("index.html has no empty {mount} to prerender into (was it prerendered already?)"));
        }
    }
    let (Some(open), Some(close)) = (page.find("<title>"), page.find("</title>")) else {
        return Err("index.html has no <title>".to_string());
    };
    let page = format!("{}<title>{}</title>{}", &page[..open], escape_text(&cycle.title), &page[close + "</title>".len()..]);
    let startup_note = format!(
        r#"<p id="startup-note" class="startup-note" role="status" hidden>{}</p>"#,
        escape_text(&cycle.labels.startup_failed)
    );
    let app = format!(r#"{startup_note}<div id="app">{}</div>"#, render_app(outline));
    let panel = format!(r#"<div id="panel" class="panel">{}</div>"#, render_document(cycle));
    Ok(page.replacen(APP_MOUNT, &app, 1).replacen(PANEL_MOUNT, &panel, 1))
}

fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}
