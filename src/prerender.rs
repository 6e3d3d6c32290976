//! Finishes the site Trunk has built, on the native target, in two parts.
//!
//! 1. What does not depend on the content: joins the screen stylesheets into one, fills the
//!    scripts' `{{…}}` placeholders from the contract, names the editor's files for their
//!    content, and, for a release, minifies the scripts. What is left is the site's template
//!    ([`SiteTemplate`]): its pages split where the content goes, and its other files.
//! 2. What does: [`site::publish`] renders the pages from the content file, writes the
//!    manifest and the content file, and (for a release) the service worker named for the
//!    release. The editor's Download the site runs the same code in the browser.
//!
//! [`republish`] publishes a built site again with another content file, as the editor does.

use std::fs;
use std::path::Path;
use std::process::Command;
use std::rc::Rc;

use crate::content::load::{load_edition, unchecked_warning, Date};
use crate::content::{fingerprint, html_text, Cycle, CycleRef, Service};
use crate::contract::{self, offline};
use crate::site::{self, EditionFile, Files, PageTemplate, SiteContent, SiteTemplate, EXPLORER_PAGE, TEMPLATE_FILE};

/// The boot script.
pub const BOOT_SCRIPT: &str = "boot.js";
/// The scripts every build fills the placeholders of.
pub const SCRIPTS: [&str; 2] = [BOOT_SCRIPT, contract::EMBED_SCRIPT];
/// The files Trunk builds for the content editor (named for its binary), which the build
/// renames for their content, and its loader. Every one of its files starts with "edit".
const EDITOR_LOADER: &str = "edit.js";
const EDITOR_STYLES: &str = "editor.css";
/// The presenting styles (a presentation and the speaker view), which the build names for their
/// content: the boot script adds them only where there is a presentation.
const PRESENT_STYLES: &str = "present.css";
/// The response headers for hosts that read them, copied from docs/; its policy also goes in
/// every page.
const HEADERS_FILE: &str = "_headers";
const EDITOR_GLUE: &str = "editor.js";
const EDITOR_WASM: &str = "editor_bg.wasm";
const PUBLISHER_GLUE: &str = "publisher.js";
const PUBLISHER_WASM: &str = "publisher_bg.wasm";

/// Runs a future to its end on this thread (Yew's server renderer runs on a local task set).
pub fn block_on<F: std::future::Future>(future: F) -> F::Output {
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a single-threaded runtime starts");
    tokio::task::LocalSet::new().block_on(&runtime, future)
}

/// The explorer's page body for some content (for tests of the markup).
pub fn render_body(cycle: &Cycle) -> String {
    block_on(site::explorer_body(&CycleRef(Rc::new(cycle.clone()))))
}

/// How the site is being built.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Build {
    /// `trunk serve`: readable files, rebuilt as they change.
    Development,
    /// `trunk build --release`: what is deployed.
    Release,
}

/// Finishes the site in `folder`, as Trunk left it, with the content given.
pub fn finish_site(folder: &Path, build: Build, content: SiteContent) -> Result<(), String> {
    let template = make_template(folder, build)?;
    let kept = read_files(folder, &template.files)?;
    write_files(folder, &block_on(site::publish(&template, content, &kept)))
}

/// The commented file a new edition starts from, beside a content file
/// (`new-edition.toml`); empty if there is none.
pub fn read_new_edition(content_file: &Path) -> String {
    fs::read_to_string(content_file.parent().unwrap_or(Path::new(".")).join(contract::NEW_EDITION_SOURCE)).unwrap_or_default()
}

/// The local editions beside a content file (`editions/<id>.toml` in its folder), read and
/// checked against it, in the order of their names; no folder, no editions. Every edition's
/// mistakes are given at once; contacts not checked lately are warned of, on `warn`.
pub fn read_editions(content_file: &Path, cycle: &Cycle, today: Date, mut warn: impl FnMut(String)) -> Result<Vec<EditionFile>, String> {
    let folder = content_file.parent().unwrap_or(Path::new(".")).join(contract::EDITIONS_FOLDER);
    let Ok(entries) = fs::read_dir(&folder) else { return Ok(Vec::new()) };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "toml")).collect();
    paths.sort();
    let (mut editions, mut mistakes) = (Vec::new(), String::new());
    for path in paths {
        let file = path.display().to_string();
        let id = path.file_stem().map_or(String::new(), |s| s.to_string_lossy().into_owned());
        let source = fs::read_to_string(&path).map_err(|e| format!("cannot read {file}: {e}"))?;
        match load_edition(&file, &id, &source, today, cycle) {
            Ok(edition) => {
                warn_unchecked(&file, &edition.contacts, today, &mut warn);
                editions.push(EditionFile { edition, source });
            }
            Err(errors) => mistakes.push_str(&format!("{errors}\n")),
        }
    }
    if mistakes.is_empty() { Ok(editions) } else { Err(mistakes) }
}

/// Warns of the helplines in a file that no person has checked in the last year.
pub fn warn_unchecked(file: &str, services: &[Service], today: Date, warn: &mut impl FnMut(String)) {
    if let Some(warning) = unchecked_warning(file, services, today) {
        warn(warning);
    }
}

/// Publishes the site built in `from` again, into `to`, with the content given: what the
/// editor's Download the site gives.
pub fn republish(from: &Path, to: &Path, content: SiteContent) -> Result<(), String> {
    let template: SiteTemplate = serde_json::from_slice(&fs::read(from.join(TEMPLATE_FILE)).map_err(|e| format!("cannot read {TEMPLATE_FILE}: {e}"))?)
        .map_err(|e| format!("{TEMPLATE_FILE}: {e}"))?;
    let kept = read_files(from, &template.files)?;
    fs::create_dir_all(to).map_err(|e| format!("cannot make {}: {e}", to.display()))?;
    write_files(to, &kept)?;
    write_files(to, &block_on(site::publish(&template, content, &kept)))
}

fn read_files(folder: &Path, names: &[String]) -> Result<Files, String> {
    names.iter().map(|name| Ok((name.clone(), fs::read(folder.join(name)).map_err(|e| format!("cannot read {name}: {e}"))?))).collect()
}

fn write_files(folder: &Path, files: &Files) -> Result<(), String> {
    files.iter().try_for_each(|(name, bytes)| {
        let path = folder.join(name);
        // A local edition's files are in folders of their own.
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| format!("cannot make {}: {e}", parent.display()))?;
        }
        fs::write(path, bytes).map_err(|e| format!("cannot write {name}: {e}"))
    })
}

/// Does everything that does not depend on the content, and returns the site's template.
fn make_template(folder: &Path, build: Build) -> Result<SiteTemplate, String> {
    let read = |name: &str| fs::read_to_string(folder.join(name)).map_err(|e| format!("cannot read {name}: {e}"));
    let write = |name: &str, text: String| fs::write(folder.join(name), text).map_err(|e| format!("cannot write {name}: {e}"));
    let policy = meta_policy(&read(HEADERS_FILE)?)?;
    let page = read(EXPLORER_PAGE)?.replacen("<title>", &format!("{policy}<title>"), 1);
    let page = join_stylesheets(folder, &page)?;
    let page = page.replacen("</head>", &format!(r#"<link rel="manifest" href="{}"></head>"#, offline::MANIFEST), 1);
    let present_css = format!("present-{:016x}.css", fingerprint(read(PRESENT_STYLES)?.as_bytes()));
    fs::rename(folder.join(PRESENT_STYLES), folder.join(&present_css)).map_err(|e| format!("cannot rename {PRESENT_STYLES}: {e}"))?;
    let page = with_boot_attribute(&page, contract::loader::PRESENT_STYLES, &format!("./{present_css}"))?;
    let screen_css = stylesheet(&page)?;
    let css = read(&screen_css)?;
    for script in SCRIPTS {
        write(script, contract::fill_script(&read(script)?).map_err(|e| format!("{script}: {e}"))?)?;
    }
    let editor = finish_editor(folder, &screen_css, &policy, build)?;
    let (page, worker) = match build {
        Build::Development => {
            // No worker while developing: live reload must keep working.
            for file in [offline::SERVICE_WORKER, offline::REGISTRATION] {
                fs::remove_file(folder.join(file)).map_err(|e| format!("cannot remove {file}: {e}"))?;
            }
            (page, None)
        }
        Build::Release => {
            // The boot script loads the worker's registration once the app runs.
            let page = with_boot_attribute(&page, offline::REGISTRATION_ATTR, &format!("./{}", offline::REGISTRATION))?;
            write(offline::REGISTRATION, contract::fill_script(&read(offline::REGISTRATION)?)?)?;
            for script in SCRIPTS.into_iter().chain([offline::REGISTRATION]) {
                minify(folder, script, false);
            }
            if let Some(glue) = attribute_value(&page, contract::loader::GLUE) {
                minify(folder, glue.trim_start_matches("./"), true);
            }
            // The worker's first line, the release, is written when the site is published.
            write(offline::SERVICE_WORKER, contract::fill_script(&read(offline::SERVICE_WORKER)?)?)?;
            minify(folder, offline::SERVICE_WORKER, false);
            let worker = read(offline::SERVICE_WORKER)?;
            fs::remove_file(folder.join(offline::SERVICE_WORKER)).map_err(|e| format!("cannot remove {}: {e}", offline::SERVICE_WORKER))?;
            (page, Some(worker))
        }
    };
    fs::remove_file(folder.join(EXPLORER_PAGE)).map_err(|e| format!("cannot remove {EXPLORER_PAGE}: {e}"))?;
    let mut files: Vec<String> = fs::read_dir(folder)
        .map_err(|e| format!("cannot list {}: {e}", folder.display()))?
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.file_type().is_ok_and(|t| t.is_file()))
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    Ok(SiteTemplate {
        explorer: split_page(&page)?,
        editor,
        page_colour: css_colour(&css, "page"),
        accent_colour: css_colour(&css, "accent"),
        worker,
        files,
    })
}

/// Names the content editor's files for their content, fills its loader's names, and returns
/// its page's template: the explorer's screen stylesheet and the editor's own, its loader, and
/// the addresses of its bundle and of the publisher's (the page and the loader keep their names,
/// which are the editor's address).
fn finish_editor(folder: &Path, screen_css: &str, policy: &str, build: Build) -> Result<PageTemplate, String> {
    let read = |name: &str| fs::read(folder.join(name)).map_err(|e| format!("cannot read {name}: {e}"));
    let rename = |from: &str, to: &str| fs::rename(folder.join(from), folder.join(to)).map_err(|e| format!("cannot rename {from}: {e}"));
    // A bundle's two files, named for their content.
    let name_bundle = |glue_file: &str, wasm_file: &str, prefix: &str| -> Result<(String, String), String> {
        let id = fingerprint(&read(glue_file)?) ^ fingerprint(&read(wasm_file)?).rotate_left(17);
        let names = (format!("{prefix}-{id:016x}.js"), format!("{prefix}-{id:016x}_bg.wasm"));
        rename(glue_file, &names.0)?;
        rename(wasm_file, &names.1)?;
        if build == Build::Release {
            minify(folder, &names.0, true);
        }
        Ok(names)
    };
    let (glue_name, wasm_name) = name_bundle(EDITOR_GLUE, EDITOR_WASM, "editor")?;
    let (publisher_glue, publisher_wasm) = name_bundle(PUBLISHER_GLUE, PUBLISHER_WASM, "editor-publisher")?;
    let styles_name = format!("editor-{:016x}.css", fingerprint(&read(EDITOR_STYLES)?));
    rename(EDITOR_STYLES, &styles_name)?;
    let loader = String::from_utf8(read(EDITOR_LOADER)?).map_err(|e| format!("{EDITOR_LOADER}: {e}"))?;
    fs::write(folder.join(EDITOR_LOADER), contract::fill_script(&loader).map_err(|e| format!("{EDITOR_LOADER}: {e}"))?)
        .map_err(|e| format!("cannot write {EDITOR_LOADER}: {e}"))?;
    if build == Build::Release {
        minify(folder, EDITOR_LOADER, false);
    }
    use contract::loader::{GLUE, PUBLISHER_GLUE as PUBLISHER_GLUE_ATTR, PUBLISHER_WASM as PUBLISHER_WASM_ATTR, WASM};
    Ok(PageTemplate {
        before_title: format!(
            r#"<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">{policy}<title>"#
        ),
        before_body: format!(
            r#"</title><meta name="robots" content="noindex"><link rel="icon" href="data:,"><link rel="stylesheet" href="./{screen_css}"><link rel="stylesheet" href="./{styles_name}"></head><body>"#
        ),
        after_body: format!(
            r#"<script type="module" src="./{EDITOR_LOADER}" {GLUE}="./{glue_name}" {WASM}="./{wasm_name}" {PUBLISHER_GLUE_ATTR}="./{publisher_glue}" {PUBLISHER_WASM_ATTR}="./{publisher_wasm}"></script></body></html>"#
        ),
    })
}

/// The screen stylesheet's file name, from the page.
fn stylesheet(page: &str) -> Result<String, String> {
    tags(page, "link")
        .filter_map(|(start, end)| attribute_value(&page[start..end], "href"))
        .find(|href| href.starts_with("./screen-"))
        .map(|href| href.trim_start_matches("./").to_string())
        .ok_or_else(|| "the page has no screen stylesheet".to_string())
}

/// A colour of the theme (`--page`, `--accent`), read from the stylesheet.
fn css_colour(stylesheet: &str, name: &str) -> String {
    let at = stylesheet.find(&format!("--{name}:")).map(|i| i + name.len() + 3);
    at.map_or(String::new(), |i| stylesheet[i..].trim_start().chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '#').collect())
}

/// Joins the page's screen stylesheets into one file, in order, so the first paint waits for
/// one request rather than several (a strict Content-Security-Policy rules out inlining
/// them). A stylesheet for another medium (`media="…"`) stays apart.
fn join_stylesheets(folder: &Path, page: &str) -> Result<String, String> {
    // The styles for a page with no scripts are theirs alone.
    let without_scripts = page.find("<noscript>").zip(page.find("</noscript>")).map_or(0..0, |(start, end)| start..end);
    let links: Vec<(usize, usize, String)> = tags(page, "link")
        .filter(|(start, _)| !without_scripts.contains(start))
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

/// The page with an attribute added to the boot script's tag.
fn with_boot_attribute(page: &str, name: &str, value: &str) -> Result<String, String> {
    let at = page.find(BOOT_SCRIPT).and_then(|boot| page[..boot].rfind("<script")).ok_or("the page has no boot script")?;
    let at = at + "<script".len();
    Ok(format!("{} {name}=\"{}\"{}", &page[..at], html_text(value), &page[at..]))
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

/// The site's Content-Security-Policy (the first in `_headers`, the one for every path) as a
/// `<meta>` for the pages themselves, so that a host which ignores `_headers` still enforces it.
/// A meta policy cannot say who may frame the page (browsers ignore `frame-ancestors` there, with
/// a warning), so that directive stays in `_headers` alone.
pub fn meta_policy(headers: &str) -> Result<String, String> {
    let policy = headers
        .lines()
        .find_map(|line| line.trim().strip_prefix("Content-Security-Policy:"))
        .ok_or_else(|| format!("{HEADERS_FILE} has no Content-Security-Policy"))?;
    let directives: Vec<&str> = policy.split(';').map(str::trim).filter(|d| !d.is_empty() && !d.starts_with("frame-ancestors")).collect();
    Ok(format!(r#"<meta http-equiv="Content-Security-Policy" content="{}">"#, directives.join("; ")))
}

/// Splits the page Trunk built where the content goes: the text of its `<title>`, and the start
/// of its body, before the scripts that end it (an HTML comment there is only a note for
/// editors of index.html). Trunk may have minified the page.
pub fn split_page(page: &str) -> Result<PageTemplate, String> {
    if page.contains(&format!("id=\"{}\"", contract::id::APP)) {
        return Err("index.html has the page in it already (was it prerendered already?)".into());
    }
    let title_starts = find_open_tag(page, "title").ok_or("index.html has no <title>")?;
    let title_ends = title_starts + page[title_starts..].find("</title>").ok_or("index.html's <title> is not closed")?;
    let body_starts = find_open_tag(page, "body").ok_or("index.html has no <body>")?;
    let rest = page[body_starts..].trim_start();
    let rest = match rest.strip_prefix("<!--") {
        Some(comment) => comment.split_once("-->").map_or(rest, |(_, after)| after),
        None => rest,
    };
    Ok(PageTemplate {
        before_title: page[..title_starts].to_string(),
        before_body: page[title_ends..body_starts].to_string(),
        after_body: rest.to_string(),
    })
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
