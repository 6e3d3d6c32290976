//! Publishing: the files of the site that change with the content, made from a content file
//! and the site's template. The build does it (`crate::prerender`, after Trunk has built the
//! app), and so does the editor's **Download the site**, in the browser, with the same code, so
//! a site published from the editor is byte for byte what `make build` gives.
//!
//! The app's files (its WebAssembly, glue, scripts and styles) never change with the content:
//! the content meets the app only in the page, which carries the stages' names and the
//! interface text the app writes as a data block (`content::outline`).

#[cfg(target_arch = "wasm32")]
pub mod browser;
pub mod qr;
pub mod zip;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use yew::{BaseComponent, LocalServerRenderer};

use crate::content::outline::OutlineRef;
use crate::content::{fingerprint, html_text, Cycle, CycleRef, Edition};
use crate::contract::{self, edition_path, id, offline, EDITIONS_LIST, NEW_EDITION_FILE};
use crate::view::document::{Document, DocumentProps};
use crate::view::editor::{EditorPage, EditorPageProps};
use crate::view::chrome::{Chrome, ChromeProps};

/// The explorer's page.
pub const EXPLORER_PAGE: &str = "index.html";
/// The content editor's page.
pub const EDITOR_PAGE: &str = "edit.html";
/// The content file, as published beside the explorer (the editor opens it).
pub const CONTENT_FILE: &str = contract::PUBLISHED_CONTENT;
/// What the editor needs to publish the site again: [`SiteTemplate`], as JSON. Like every file
/// only the editor uses, its name starts with "edit".
pub const TEMPLATE_FILE: &str = "edit-site.json";

/// A local edition, read, with the text of its file.
#[derive(Clone, Debug, PartialEq)]
pub struct EditionFile {
    pub edition: Edition,
    pub source: String,
}

/// What a site is published from: the content file, read, and its text; its local editions;
/// and the commented file a new edition starts from (empty: none).
#[derive(Clone, Copy, Debug)]
pub struct SiteContent<'a> {
    pub cycle: &'a Cycle,
    pub source: &'a str,
    pub editions: &'a [EditionFile],
    pub new_edition: &'a str,
}

/// A site's files, by name, in name order.
pub type Files = BTreeMap<String, Vec<u8>>;

/// Files the service worker does not keep for use offline: itself, the host pages' script, the
/// page without JavaScript (which has no worker), the host's headers file, the content file and
/// the editor's files (every one of whose names starts with "edit").
const NOT_KEPT_OFFLINE: [&str; 5] = [offline::SERVICE_WORKER, contract::EMBED_SCRIPT, "noscript.css", "_headers", CONTENT_FILE];

/// A page split where the content goes: its title's text, and its body (before the scripts
/// that end it).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageTemplate {
    /// Up to and including `<title>`.
    pub before_title: String,
    /// From `</title>` to the opening `<body>` tag, included.
    pub before_body: String,
    /// The scripts at the end of the body, and the end of the page.
    pub after_body: String,
}

impl PageTemplate {
    /// The page with its title and body.
    pub fn fill(&self, title: &str, body: &str) -> String {
        format!("{}{}{}{body}{}", self.before_title, html_text(title), self.before_body, self.after_body)
    }

    /// The page for a folder of the site (a local edition's, `<id>/`): the site's files it
    /// loads, every one written `./…`, are one folder up. (Its manifest is its own.)
    pub fn in_folder(&self) -> PageTemplate {
        let up = |part: &str| part.replace("=\"./", "=\"../").replace("=./", "=../");
        PageTemplate { before_title: up(&self.before_title), before_body: up(&self.before_body), after_body: up(&self.after_body) }
    }
}

/// Everything about a built site that does not change with the content.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SiteTemplate {
    pub explorer: PageTemplate,
    pub editor: PageTemplate,
    /// The theme's colours, for the web app manifest.
    pub page_colour: String,
    pub accent_colour: String,
    /// The service worker, but for its first line (the release, which the content changes);
    /// `None` in a development build, which has no worker.
    pub worker: Option<String>,
    /// The site's other files, by name: the same for any content.
    pub files: Vec<String>,
}

/// Renders a component to HTML with Yew's server-side renderer.
async fn render<C: BaseComponent>(props: C::Properties) -> String {
    LocalServerRenderer::<C>::with_props(props).hydratable(false).render().await
}

/// The explorer's page body: the note shown if the interactive version cannot start, the data
/// block the app reads, the chrome (header, drawing, controls, dialogs) and the content.
pub async fn explorer_body(cycle: &CycleRef) -> String {
    let outline = cycle.0.outline();
    let chrome = render::<Chrome>(ChromeProps { cycle: cycle.clone(), outline: OutlineRef(std::rc::Rc::new(outline.clone())) }).await;
    let document = render::<Document>(DocumentProps { cycle: cycle.clone() }).await;
    format!(
        r#"<p id="{note}" class="startup-note" role="status" hidden>{startup_failed}</p><script type="application/json" id="{data}">{outline}</script><div id="{app}">{chrome}</div><main class="main"><div id="{panel}" class="panel">{document}</div></main>"#,
        note = id::STARTUP_NOTE,
        startup_failed = html_text(&cycle.0.labels.startup_failed),
        data = id::OUTLINE,
        outline = outline.data_block(),
        app = id::APP,
        panel = id::PANEL,
    )
}

/// The web app manifest: the explorer can be added to a phone's or tablet's home screen, and
/// opens from there (offline too).
pub fn manifest(cycle: &Cycle, template: &SiteTemplate) -> String {
    let icon = format!("{}{}", if cycle.edition.is_some() { "../" } else { "" }, offline::ICON);
    #[derive(Serialize)]
    struct Manifest<'a> {
        name: &'a str,
        short_name: &'a str,
        start_url: &'a str,
        scope: &'a str,
        display: &'a str,
        background_color: &'a str,
        theme_color: &'a str,
        icons: [Icon<'a>; 1],
    }
    #[derive(Serialize)]
    struct Icon<'a> {
        src: &'a str,
        sizes: &'a str,
        #[serde(rename = "type")]
        media_type: &'a str,
        purpose: &'a str,
    }
    let manifest = Manifest {
        name: &cycle.title,
        short_name: &cycle.labels.short_title,
        start_url: "./",
        scope: "./",
        display: "standalone",
        background_color: &template.page_colour,
        theme_color: &template.accent_colour,
        icons: [Icon { src: &icon, sizes: "any", media_type: "image/svg+xml", purpose: "any" }],
    };
    serde_json::to_string(&manifest).expect("a manifest is always JSON")
}

/// The explorer's page, its manifest and its QR code, in `folder` (`""`, or `<id>/` for a
/// local edition's).
async fn explorer_files(page: &PageTemplate, cycle: &CycleRef, folder: &str, template: &SiteTemplate) -> Files {
    let mut made = Files::new();
    made.insert(format!("{folder}{EXPLORER_PAGE}"), page.fill(&cycle.0.title, &explorer_body(cycle).await).into_bytes());
    made.insert(format!("{folder}{}", offline::MANIFEST), manifest(&cycle.0, template).into_bytes());
    if let Some(code) = Some(&cycle.0.address).filter(|a| !a.is_empty()).and_then(|address| qr::qr_svg(&format!("{address}{folder}"))) {
        made.insert(format!("{folder}{}", contract::QR_CODE), code.into_bytes());
    }
    made
}

/// The service worker's first line: the release's cache name and the files it keeps, both
/// worked out from those files, so any change to them makes a new release.
pub fn release_line(files: &Files) -> String {
    let kept: Vec<&String> = files.keys().filter(|name| kept_offline(name)).collect();
    let id = kept.iter().fold(0, |id, name| id ^ fingerprint(name.as_bytes()) ^ fingerprint(&files[*name]).rotate_left(17));
    let urls: Vec<String> = kept.iter().map(|name| if *name == EXPLORER_PAGE { "./".to_string() } else { format!("./{name}") }).collect();
    format!(
        "var RELEASE = {}, FILES = {};",
        serde_json::to_string(&format!("{}{id:016x}", offline::CACHE_PREFIX)).expect("text is JSON"),
        serde_json::to_string(&urls).expect("names are JSON"),
    )
}

/// Whether the service worker keeps a file of the site for use offline when it is installed.
/// (A local edition's page, in a folder, is kept when it is first opened: a site may have
/// hundreds.)
pub fn kept_offline(name: &str) -> bool {
    !NOT_KEPT_OFFLINE.contains(&name) && !name.starts_with("edit") && !name.contains('/')
}

/// The files of the site that change with the content: both pages, the manifest, the content
/// file itself, the template (so the published site can be published again), each local
/// edition's page and file, and the worker with this release's name. `kept` are the site's
/// other files, which the release's name covers.
pub async fn publish(template: &SiteTemplate, content: SiteContent<'_>, kept: &Files) -> Files {
    let SiteContent { cycle, source, editions, new_edition } = content;
    let cycle = CycleRef(std::rc::Rc::new(cycle.clone()));
    let labels = &cycle.0.labels;
    let editor_body = render::<EditorPage>(EditorPageProps { cycle: cycle.clone() }).await;
    let mut made = explorer_files(&template.explorer, &cycle, "", template).await;
    made.insert(EDITOR_PAGE.into(), template.editor.fill(&labels.editor_title, &editor_body).into_bytes());
    made.insert(CONTENT_FILE.into(), source.as_bytes().to_vec());
    made.insert(TEMPLATE_FILE.into(), serde_json::to_vec(template).expect("a template is always JSON"));
    // One template for every edition's folder.
    let in_folder = template.explorer.in_folder();
    if !new_edition.is_empty() {
        made.insert(NEW_EDITION_FILE.into(), new_edition.as_bytes().to_vec());
    }
    let ids: String = editions.iter().map(|file| format!("{}\n", file.edition.id)).collect();
    made.insert(EDITIONS_LIST.into(), ids.into_bytes());
    for file in editions {
        let local = CycleRef(std::rc::Rc::new(cycle.0.with_edition(&file.edition)));
        made.extend(explorer_files(&in_folder, &local, &format!("{}/", file.edition.id), template).await);
        made.insert(edition_path(&file.edition.id), file.source.as_bytes().to_vec());
    }
    if let Some(worker) = &template.worker {
        let mut site = kept.clone();
        site.extend(made.clone());
        made.insert(offline::SERVICE_WORKER.into(), format!("{}\n{worker}", release_line(&site)).into_bytes());
    }
    made
}
