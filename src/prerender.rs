//! Finishes the site Trunk has built, on the native target: renders the page into
//! `index.html` (the chrome into `#app`, the content into `#panel`), so it reads in full
//! before, or without, WebAssembly; fills the scripts' `{{…}}` placeholders from the
//! contract; joins the screen stylesheets into one; writes the web app manifest; and, for a
//! release, writes the service worker with the release's files and minifies the scripts.
//! Also used by native tests of the markup.

use std::fs;
use std::path::Path;
use std::process::Command;
use std::rc::Rc;

use yew::LocalServerRenderer;

use crate::content::outline::{Outline, OutlineRef};
use crate::content::{fingerprint, Cycle, CycleRef};
use crate::contract::{self, id, offline};
use crate::view::document::{Document, DocumentProps};
use crate::view::editor::{EditorPage, EditorPageProps};
use crate::view::page::{Chrome, ChromeProps};

/// The boot script.
pub const BOOT_SCRIPT: &str = "boot.js";
/// The scripts every build fills the placeholders of.
pub const SCRIPTS: [&str; 2] = [BOOT_SCRIPT, contract::EMBED_SCRIPT];
/// The content editor's page, and the files Trunk builds for it (named for its binary), which
/// the build renames for their content. Every one of its files starts with "edit".
pub const EDITOR_PAGE: &str = "edit.html";
const EDITOR_LOADER: &str = "edit.js";
const EDITOR_STYLES: &str = "editor.css";
const EDITOR_GLUE: &str = "editor.js";
const EDITOR_WASM: &str = "editor_bg.wasm";

/// Files a release's service worker does not keep: itself, the host pages' script, the page
/// without JavaScript (which has no worker), and the host's headers file (and the editor's
/// files, which only the editor loads).
const NOT_KEPT_OFFLINE: [&str; 4] = [offline::SERVICE_WORKER, contract::EMBED_SCRIPT, "noscript.css", "_headers"];

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
    let page = page.replacen("</head>", &format!(r#"<link rel="manifest" href="{}"></head>"#, offline::MANIFEST), 1);
    let screen_css = stylesheet(&page)?;
    write(offline::MANIFEST, manifest(cycle, &read(&screen_css)?))?;
    for script in SCRIPTS {
        write(script, contract::fill_script(&read(script)?).map_err(|e| format!("{script}: {e}"))?)?;
    }
    finish_editor(folder, cycle, &screen_css, build)?;
    if build == Build::Development {
        // No worker while developing: live reload must keep working.
        for file in [offline::SERVICE_WORKER, offline::REGISTRATION] {
            fs::remove_file(folder.join(file)).map_err(|e| format!("cannot remove {file}: {e}"))?;
        }
        return write("index.html", page);
    }
    // The boot script loads the worker's registration once the app runs.
    let boot = format!("src=./{BOOT_SCRIPT}");
    let page = page.replacen(&boot, &format!("{}=./{} {boot}", offline::REGISTRATION_ATTR, offline::REGISTRATION), 1);
    write(offline::REGISTRATION, contract::fill_script(&read(offline::REGISTRATION)?)?)?;
    for script in SCRIPTS.into_iter().chain([offline::REGISTRATION]) {
        minify(folder, script, false);
    }
    if let Some(glue) = attribute_value(&page, "data-glue") {
        minify(folder, glue.trim_start_matches("./"), true);
    }
    write("index.html", page)?;
    // Last, once every other file is final: the worker, with the release's files and name.
    let files = release_files(folder)?;
    let mut id = 0;
    for name in &files {
        let bytes = fs::read(folder.join(name)).map_err(|e| format!("cannot read {name}: {e}"))?;
        id ^= fingerprint(name.as_bytes()) ^ fingerprint(&bytes).rotate_left(17);
    }
    let urls: Vec<String> = files.iter().map(|name| if name == "index.html" { "\"./\"".into() } else { format!("\"./{name}\"") }).collect();
    let release = [("release.cache", format!("{}{id:016x}", offline::CACHE_PREFIX)), ("release.files", format!("[{}]", urls.join(",")))];
    write(offline::SERVICE_WORKER, contract::fill_script_with(&read(offline::SERVICE_WORKER)?, &release)?)?;
    minify(folder, offline::SERVICE_WORKER, false);
    Ok(())
}

/// Writes the content editor's page, edit.html, beside the explorer: the explorer's screen
/// stylesheet and the editor's own, its loader, and its bundle, each file named for its
/// content (but the page and its loader, whose names are the editor's address).
fn finish_editor(folder: &Path, cycle: &Cycle, screen_css: &str, build: Build) -> Result<(), String> {
    let read = |name: &str| fs::read(folder.join(name)).map_err(|e| format!("cannot read {name}: {e}"));
    let rename = |from: &str, to: &str| fs::rename(folder.join(from), folder.join(to)).map_err(|e| format!("cannot rename {from}: {e}"));
    let (glue, wasm) = (read(EDITOR_GLUE)?, read(EDITOR_WASM)?);
    let id = fingerprint(&glue) ^ fingerprint(&wasm).rotate_left(17);
    let (glue_name, wasm_name) = (format!("editor-{id:016x}.js"), format!("editor-{id:016x}_bg.wasm"));
    rename(EDITOR_GLUE, &glue_name)?;
    rename(EDITOR_WASM, &wasm_name)?;
    let styles_name = format!("editor-{:016x}.css", fingerprint(&read(EDITOR_STYLES)?));
    rename(EDITOR_STYLES, &styles_name)?;
    let loader = String::from_utf8(read(EDITOR_LOADER)?).map_err(|e| format!("{EDITOR_LOADER}: {e}"))?;
    fs::write(folder.join(EDITOR_LOADER), contract::fill_script(&loader).map_err(|e| format!("{EDITOR_LOADER}: {e}"))?)
        .map_err(|e| format!("cannot write {EDITOR_LOADER}: {e}"))?;
    if build == Build::Release {
        minify(folder, EDITOR_LOADER, false);
        minify(folder, &glue_name, true);
    }
    let props = EditorPageProps { cycle: CycleRef(Rc::new(cycle.clone())) };
    let body = block_on(LocalServerRenderer::<EditorPage>::with_props(props).hydratable(false).render());
    let page = format!(
        r#"<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title><meta name="robots" content="noindex"><link rel="icon" href="data:,"><link rel="stylesheet" href="./{screen_css}"><link rel="stylesheet" href="./{styles_name}"></head><body>{body}<script type="module" src="./{EDITOR_LOADER}" data-glue="./{glue_name}" data-wasm="./{wasm_name}"></script></body></html>"#,
        title = escape_text(&cycle.labels.editor_title),
    );
    fs::write(folder.join(EDITOR_PAGE), page).map_err(|e| format!("cannot write {EDITOR_PAGE}: {e}"))
}

/// The files of a release its service worker keeps, by name.
fn release_files(folder: &Path) -> Result<Vec<String>, String> {
    let mut files: Vec<String> = fs::read_dir(folder)
        .map_err(|e| format!("cannot list {}: {e}", folder.display()))?
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.file_type().is_ok_and(|t| t.is_file()))
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| !NOT_KEPT_OFFLINE.contains(&name.as_str()) && !name.starts_with("edit"))
        .collect();
    files.sort();
    Ok(files)
}

/// The screen stylesheet's file name, from the page.
fn stylesheet(page: &str) -> Result<String, String> {
    tags(page, "link")
        .filter_map(|(start, end)| attribute_value(&page[start..end], "href"))
        .find(|href| href.starts_with("./screen-"))
        .map(|href| href.trim_start_matches("./").to_string())
        .ok_or_else(|| "the page has no screen stylesheet".to_string())
}

/// The web app manifest: the explorer can be added to a phone's or tablet's home screen, and
/// opens from there (offline too). Its colours are the theme's, read from the stylesheet.
pub fn manifest(cycle: &Cycle, stylesheet: &str) -> String {
    let colour = |name: &str| {
        let at = stylesheet.find(&format!("--{name}:")).map(|i| i + name.len() + 3);
        at.map_or(String::new(), |i| stylesheet[i..].trim_start().chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '#').collect())
    };
    format!(
        r#"{{"name":"{name}","short_name":"{short}","start_url":"./","scope":"./","display":"standalone","background_color":"{page}","theme_color":"{accent}","icons":[{{"src":"{icon}","sizes":"any","type":"image/svg+xml","purpose":"any"}}]}}"#,
        name = json_text(&cycle.title),
        short = json_text(&cycle.labels.short_title),
        page = colour("page"),
        accent = colour("accent"),
        icon = offline::ICON,
    )
}

/// Text as a JSON string's contents.
fn json_text(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '"' => "\\\"".to_string(),
            '\\' => "\\\\".to_string(),
            c if (c as u32) < 0x20 => format!("\\u{:04x}", c as u32),
            c => c.to_string(),
        })
        .collect()
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
    let name = format!("screen-{:016x}.css", fingerprint(joined.as_bytes()));
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
    if page.contains(&format!("id=\"{}\"", id::APP)) {
        return Err("index.html has the page in it already (was it prerendered already?)".into());
    }
    let title_starts = find_open_tag(page, "title").ok_or("index.html has no <title>")?;
    let title_ends = title_starts + page[title_starts..].find("</title>").ok_or("index.html's <title> is not closed")?;
    let page = format!("{}{}{}", &page[..title_starts], escape_text(&cycle.title), &page[title_ends..]);
    // The page goes first in the body; what the body already holds (the boot script) stays
    // after it. A comment there is only a note for editors of index.html.
    let body_starts = find_open_tag(&page, "body").ok_or("index.html has no <body>")?;
    let rest = page[body_starts..].trim_start();
    let rest = match rest.strip_prefix("<!--") {
        Some(comment) => comment.split_once("-->").map_or(rest, |(_, after)| after),
        None => rest,
    };
    Ok(format!("{}{body}{rest}", &page[..body_starts]))
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
