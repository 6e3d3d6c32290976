//! Finishes the site Trunk has built, on the native target: renders the page into
//! `index.html` (the chrome into `#app`, the content into `#panel`), so it reads in full
//! before, or without, WebAssembly; and fills the scripts' `{{…}}` placeholders from the
//! contract. Also used by native tests of the markup.

use std::fs;
use std::path::Path;
use std::rc::Rc;

use yew::LocalServerRenderer;

use crate::content::outline::{Outline, OutlineRef};
use crate::content::Cycle;
use crate::contract::{self, id};
use crate::view::document::{CycleRef, Document, DocumentProps};
use crate::view::page::{Chrome, ChromeProps};

/// The scripts the build copies into the site, whose placeholders it fills.
pub const SCRIPTS: [&str; 2] = ["boot.js", contract::EMBED_SCRIPT];

fn block_on<F: std::future::Future>(future: F) -> F::Output {
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a single-threaded runtime starts");
    tokio::task::LocalSet::new().block_on(&runtime, future)
}

/// Everything around the content: the header, the drawing, the controls and dialogs.
pub fn render_chrome(outline: &Outline) -> String {
    let outline = OutlineRef(Rc::new(outline.clone()));
    block_on(LocalServerRenderer::<Chrome>::with_props(ChromeProps { outline }).hydratable(false).render())
}

/// Every section of content.
pub fn render_document(cycle: &Cycle) -> String {
    let cycle = CycleRef(Rc::new(cycle.clone()));
    block_on(LocalServerRenderer::<Document>::with_props(DocumentProps { cycle }).hydratable(false).render())
}

/// Finishes the site in `folder`: the page and the scripts.
pub fn finish_site(folder: &Path, cycle: &Cycle, outline: &Outline) -> Result<(), String> {
    let read = |name: &str| fs::read_to_string(folder.join(name)).map_err(|e| format!("cannot read {name}: {e}"));
    let write = |name: &str, text: String| fs::write(folder.join(name), text).map_err(|e| format!("cannot write {name}: {e}"));
    write("index.html", prerender_page(&read("index.html")?, cycle, outline)?)?;
    for script in SCRIPTS {
        write(script, contract::fill_script(&read(script)?).map_err(|e| format!("{script}: {e}"))?)?;
    }
    Ok(())
}

/// Fills the page Trunk built: the title, and the body: the note shown if the interactive
/// version cannot start, the chrome and the content. Trunk may have minified the page.
pub fn prerender_page(page: &str, cycle: &Cycle, outline: &Outline) -> Result<String, String> {
    let body = format!(
        r#"<p id="{note}" class="startup-note" role="status" hidden>{startup_failed}</p><div id="{app}">{chrome}</div><main class="main"><div id="{panel}" class="panel">{document}</div></main>"#,
        note = id::STARTUP_NOTE,
        startup_failed = escape_text(&cycle.labels.startup_failed),
        app = id::APP,
        chrome = render_chrome(outline),
        panel = id::PANEL,
        document = render_document(cycle),
    );
    let page = fill_element(page, "title", &escape_text(&cycle.title))?;
    fill_element(&page, "body", &body)
}

/// Puts `content` inside the first `<tag>`, which must hold nothing but a comment or white
/// space (the title excepted, whose text is replaced).
fn fill_element(page: &str, tag: &str, content: &str) -> Result<String, String> {
    let inside = find_open_tag(page, tag).ok_or_else(|| format!("index.html has no <{tag}>"))?;
    let close = format!("</{tag}>");
    let end = inside + page[inside..].find(&close).ok_or_else(|| format!("index.html's <{tag}> is not closed"))?;
    let old = page[inside..end].trim();
    let empty = old.is_empty() || (old.starts_with("<!--") && old.ends_with("-->") && old.matches("<!--").count() == 1);
    if !empty && tag != "title" {
        return Err(format!("index.html's <{tag}> is not empty (was it prerendered already?)"));
    }
    Ok(format!("{}{content}{}", &page[..inside], &page[end..]))
}

/// Where the content of the first `<tag>` starts.
fn find_open_tag(page: &str, tag: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(offset) = page[from..].find(&format!("<{tag}")) {
        let start = from + offset;
        let end = start + page[start..].find('>')? + 1;
        // `<tag` must end the name (so `<title` does not match `<titles`).
        if page[start + tag.len() + 1..].starts_with(['>', ' ', '\n', '\t']) {
            return Some(end);
        }
        from = end;
    }
    None
}

fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}
