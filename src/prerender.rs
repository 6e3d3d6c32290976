//! Finishes the site Trunk has built, on the native target: renders the page into
//! `index.html` (the chrome into `#app`, the content into `#panel`), so it reads in full
//! before, or without, WebAssembly; fills the scripts' `{{…}}` placeholders from the
//! contract; joins the screen stylesheets into one; and, for a release, minifies the scripts.
//! Also used by native tests of the markup.

use std::fs;
use std::path::Path;
use std::process::Command;
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
pub fn render_chrome(cycle: &Cycle, outline: &Outline) -> String {
    let props = ChromeProps { cycle: CycleRef(Rc::new(cycle.clone())), outline: OutlineRef(Rc::new(outline.clone())) };
    block_on(LocalServerRenderer::<Chrome>::with_props(props).hydratable(false).render())
}

/// Every section of content.
pub fn render_document(cycle: &Cycle) -> String {
    let cycle = CycleRef(Rc::new(cycle.clone()));
    block_on(LocalServerRenderer::<Document>::with_props(DocumentProps { cycle }).hydratable(false).render())
}

/// How the site is being built.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Build {
    /// `trunk serve`: readable files, rebuilt as they change.
    Development,
    /// `trunk build --release`: what is deployed.
    Release,
}

/// Finishes the site in `folder`: the page, its stylesheets and its scripts.
pub fn finish_site(folder: &Path, cycle: &Cycle, outline: &Outline, build: Build) -> Result<(), String> {
    let read = |name: &str| fs::read_to_string(folder.join(name)).map_err(|e| format!("cannot read {name}: {e}"));
    let write = |name: &str, text: String| fs::write(folder.join(name), text).map_err(|e| format!("cannot write {name}: {e}"));
    let page = prerender_page(&read("index.html")?, cycle, outline)?;
    let page = join_stylesheets(folder, &page)?;
    for script in SCRIPTS {
        write(script, contract::fill_script(&read(script)?).map_err(|e| format!("{script}: {e}"))?)?;
    }
    if build == Build::Release {
        for script in SCRIPTS {
            minify(folder, script, false);
        }
        if let Some(glue) = attribute_value(&page, "data-glue") {
            minify(folder, glue.trim_start_matches("./"), true);
        }
    }
    write("index.html", page)
}

/// Joins the page's screen stylesheets into one file, in order, so the first paint waits for
/// one request rather than several (a strict Content-Security-Policy rules out inlining
/// them). The print stylesheet (`media="print"`) stays apart: it does not hold up the screen.
fn join_stylesheets(folder: &Path, page: &str) -> Result<String, String> {
    let links: Vec<(usize, usize, String)> = tags(page, "link")
        .filter(|(start, end)| {
            let tag = &page[*start..*end];
            (tag.contains("rel=stylesheet") || tag.contains("rel=\"stylesheet\"")) && !tag.contains("media=")
        })
        .filter_map(|(start, end)| Some((start, end, attribute_value(&page[start..end], "href")?.strip_prefix("./")?.to_string())))
        .filter(|(_, _, href)| href.ends_with(".css"))
        .collect();
    if links.len() < 2 {
        return Ok(page.to_string());
    }
    let mut joined = String::new();
    for (_, _, name) in &links {
        joined.push_str(&fs::read_to_string(folder.join(name)).map_err(|e| format!("cannot read {name}: {e}"))?);
        joined.push('\n');
        fs::remove_file(folder.join(name)).map_err(|e| format!("cannot remove {name}: {e}"))?;
    }
    let name = format!("screen-{:016x}.css", fnv1a(joined.as_bytes()));
    fs::write(folder.join(&name), joined).map_err(|e| format!("cannot write {name}: {e}"))?;
    let mut out = String::with_capacity(page.len());
    let mut from = 0;
    for (i, (start, end, _)) in links.iter().enumerate() {
        out.push_str(&page[from..*start]);
        if i == 0 {
            out.push_str(&format!(r#"<link rel="stylesheet" href="./{name}">"#));
        }
        from = *end;
    }
    out.push_str(&page[from..]);
    Ok(out)
}

/// Minifies a script in place with terser (from the npm tools `make` installs). Without it the
/// script stays as it is: the site works, only larger.
fn minify(folder: &Path, name: &str, module: bool) {
    let path = folder.join(name);
    let mut terser = Command::new("terser");
    terser.arg(&path).args(["--compress", "--mangle", "--output"]).arg(&path);
    if module {
        terser.arg("--module");
    }
    match terser.output() {
        Ok(done) if done.status.success() => {}
        Ok(done) => eprintln!("prerender: warning: could not minify {name}: {}", String::from_utf8_lossy(&done.stderr).trim()),
        Err(e) => eprintln!("prerender: warning: could not minify {name} (is terser on PATH? `make` installs it): {e}"),
    }
}

/// Where each `<tag …>` starts and ends.
fn tags(page: &str, tag: &str) -> impl Iterator<Item = (usize, usize)> {
    let open = format!("<{tag} ");
    let found: Vec<(usize, usize)> =
        page.match_indices(&open).filter_map(|(start, _)| Some((start, start + page[start..].find('>')? + 1))).collect();
    found.into_iter()
}

/// The value of an attribute in some markup, quoted or not (Trunk may have minified it).
fn attribute_value<'p>(markup: &'p str, name: &str) -> Option<&'p str> {
    let at = markup.find(&format!(" {name}="))? + name.len() + 2;
    let rest = &markup[at..];
    match rest.strip_prefix('"') {
        Some(quoted) => quoted.split('"').next(),
        None => rest.split([' ', '>']).next(),
    }
}

/// A stable 64-bit hash (FNV-1a) for naming a file by its content.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3))
}

/// Fills the page Trunk built: the title, and the body: the note shown if the interactive
/// version cannot start, the chrome and the content. Trunk may have minified the page.
pub fn prerender_page(page: &str, cycle: &Cycle, outline: &Outline) -> Result<String, String> {
    let body = format!(
        r#"<p id="{note}" class="startup-note" role="status" hidden>{startup_failed}</p><div id="{app}">{chrome}</div><main class="main"><div id="{panel}" class="panel">{document}</div></main>"#,
        note = id::STARTUP_NOTE,
        startup_failed = escape_text(&cycle.labels.startup_failed),
        app = id::APP,
        chrome = render_chrome(cycle, outline),
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
