//! Finishing the site Trunk built: the page, the joined stylesheet, the manifest, and (in a
//! release only) the service worker with the release's files. A development build (`make
//! serve`) has no worker, so live reload keeps working.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::fs;
use std::path::{Path, PathBuf};

use adversity_cycle::prerender::{finish_site, republish, Build};
use adversity_cycle::site::{self, zip, SiteContent, SiteTemplate};
use support::*;

/// A folder laid out as Trunk leaves it, before the post-build step.
fn trunk_output(name: &str) -> PathBuf {
    let folder = std::env::temp_dir().join(format!("adversity-cycle-site-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&folder);
    fs::create_dir_all(&folder).unwrap();
    let page = "<!doctype html><html lang=en-GB><head><title>x</title>\
        <link href=./base-1.css rel=stylesheet><link href=./panel-2.css rel=stylesheet>\
        <link href=./print-3.css media=print rel=stylesheet><noscript><link href=./noscript.css rel=stylesheet></noscript></head><body><!-- the page -->\
        <script data-glue=./app-4.js data-wasm=./app-4_bg.wasm src=./boot.js></script></body></html>";
    let files = [
        ("index.html", page.to_string()),
        ("base-1.css", ":root{--page:#faf8f4;--accent:#5a2d82}".to_string()),
        ("panel-2.css", ".panel{margin:0}".to_string()),
        ("print-3.css", "@media print{body{margin:0}}".to_string()),
        ("noscript.css", ".needs-app{display:none}".to_string()),
        ("app-4.js", "export default function init() {}".to_string()),
        ("app-4_bg.wasm", "wasm".to_string()),
        ("editor.js", "export default function init() {}".to_string()),
        ("editor_bg.wasm", "editor wasm".to_string()),
        ("publisher.js", "export default function init() {}".to_string()),
        ("publisher_bg.wasm", "publisher wasm".to_string()),
    ];
    for (name, text) in files {
        fs::write(folder.join(name), text).unwrap();
    }
    for script in ["boot.js", "embed.js", "offline.js", "sw.js", "edit.js"] {
        fs::copy(Path::new("src/js").join(script), folder.join(script)).unwrap();
    }
    for styles in ["editor.css", "present.css"] {
        fs::copy(Path::new("styles").join(styles), folder.join(styles)).unwrap();
    }
    fs::copy("docs/_headers", folder.join("_headers")).unwrap();
    folder
}

fn finished(name: &str, build: Build) -> PathBuf {
    let folder = trunk_output(name);
    let text = fixture();
    finish_site(&folder, build, SiteContent { cycle: cycle_from(&text), source: &text, editions: &[], new_edition: "" }).unwrap();
    folder
}

fn read(folder: &Path, name: &str) -> String {
    fs::read_to_string(folder.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn a_development_build_registers_no_worker_and_has_none() {
    let folder = finished("development", Build::Development);
    assert!(!folder.join("sw.js").exists() && !folder.join("offline.js").exists());
    assert!(!read(&folder, "index.html").contains("data-offline"));
    assert!(read(&folder, "boot.js").contains("data-offline"), "the boot script asks for it only where the page says");
}

#[test]
fn a_release_keeps_every_file_it_needs_offline_in_a_cache_named_for_it() {
    let folder = finished("release", Build::Release);
    let page = read(&folder, "index.html");
    assert!(page.contains(r#"<script data-offline="./offline.js" data-present-styles="./present-"#), "{page}");
    let worker = read(&folder, "sw.js");
    assert!(!worker.contains("{{"), "every name filled");
    let screen = fs::read_dir(&folder).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).find(|n| n.starts_with("screen-")).unwrap();
    for kept in ["\"./\"", "\"./boot.js\"", "\"./app-4.js\"", "\"./app-4_bg.wasm\"", "\"./print-3.css\"", "\"./offline.js\"", "\"./manifest.webmanifest\""] {
        assert!(worker.contains(kept), "{kept} is not kept offline");
    }
    assert!(worker.contains(&format!("\"./{screen}\"")));
    // The presenting styles, which only a presentation loads, are kept too: presenting offline is the point.
    let present = fs::read_dir(&folder).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).find(|n| n.starts_with("present-")).unwrap();
    assert!(worker.contains(&format!("\"./{present}\"")) && page.contains(&format!("data-present-styles=\"./{present}\"")));
    for left in ["\"./sw.js\"", "\"./embed.js\"", "\"./index.html\""] {
        assert!(!worker.contains(left), "{left} should not be kept");
    }
    assert!(regex_like_cache_name(&worker), "{worker}");
}

fn regex_like_cache_name(worker: &str) -> bool {
    worker.split("adversity-cycle-").skip(1).any(|rest| rest.len() >= 16 && rest[..16].chars().all(|c| c.is_ascii_hexdigit()))
}

#[test]
fn a_changed_file_gives_a_new_release_name() {
    let name = |folder: &Path| {
        let worker = read(folder, "sw.js");
        let at = worker.find("adversity-cycle-").unwrap();
        worker[at..at + 32].to_string()
    };
    let first = finished("first", Build::Release);
    let folder = trunk_output("second");
    fs::write(folder.join("app-4_bg.wasm"), "changed wasm").unwrap();
    finish_site(&folder, Build::Release, SiteContent { cycle: cycle_from(&fixture()), source: &fixture(), editions: &[], new_edition: "" }).unwrap();
    assert_ne!(name(&first), name(&folder));
}

#[test]
fn the_stylesheets_become_one_but_for_one_only_for_print() {
    let folder = finished("styles", Build::Development);
    let page = read(&folder, "index.html");
    assert_eq!(page.matches("rel=\"stylesheet\" href=\"./screen-").count(), 1);
    // A stylesheet for another medium stays apart (ours keeps its @media inside it instead).
    assert!(page.contains("./print-3.css media=print"));
    assert!(!folder.join("base-1.css").exists() && !folder.join("panel-2.css").exists());
    // And the styles for a page with no scripts are theirs alone.
    assert!(page.contains("<noscript><link href=./noscript.css rel=stylesheet></noscript>"));
    assert!(folder.join("noscript.css").exists());
}

#[test]
fn the_manifest_names_the_explorer_with_the_themes_colours_and_its_icon() {
    let folder = finished("manifest", Build::Development);
    let manifest = read(&folder, "manifest.webmanifest");
    for part in [
        r#""name":"Test cycle""#,
        r#""short_name":"Adversity Cycle""#,
        r#""start_url":"./""#,
        r#""scope":"./""#,
        r#""display":"standalone""#,
        r##""background_color":"#faf8f4""##,
        r##""theme_color":"#5a2d82""##,
        r#""src":"icon.svg""#,
    ] {
        assert!(manifest.contains(part), "{part} missing from {manifest}");
    }
    assert!(read(&folder, "index.html").contains(r#"<link rel="manifest" href="manifest.webmanifest">"#));
}

/// The names of a folder's files.
/// Every file in a folder and the folders within it, by its path from the folder (`a/b.html`).
fn names(folder: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for entry in fs::read_dir(folder).unwrap().map(Result::unwrap) {
        let name = entry.file_name().into_string().unwrap();
        if entry.file_type().unwrap().is_dir() {
            found.extend(names(&entry.path()).into_iter().map(|inner| format!("{name}/{inner}")));
        } else {
            found.push(name);
        }
    }
    found
}

#[test]
fn the_editor_gets_a_page_of_its_own_with_its_files_named_for_their_content() {
    for build in [Build::Development, Build::Release] {
        let folder = finished(&format!("editor-{build:?}"), build);
        let files = names(&folder);
        let named = |prefix: &str, suffix: &str| files.iter().find(|n| n.starts_with(prefix) && n.ends_with(suffix) && n.len() > prefix.len() + suffix.len()).cloned();
        let (publisher_glue, publisher_wasm) = (named("editor-publisher-", ".js").unwrap(), named("editor-publisher-", "_bg.wasm").unwrap());
        let files: Vec<String> = files.iter().filter(|n| !n.starts_with("editor-publisher-")).cloned().collect();
        let named = |prefix: &str, suffix: &str| files.iter().find(|n| n.starts_with(prefix) && n.ends_with(suffix) && n.len() > prefix.len() + suffix.len()).cloned();
        let (glue, wasm, styles) = (named("editor-", ".js").unwrap(), named("editor-", "_bg.wasm").unwrap(), named("editor-", ".css").unwrap());
        for gone in ["editor.js", "editor_bg.wasm", "editor.css", "publisher.js", "publisher_bg.wasm"] {
            assert!(!folder.join(gone).exists(), "{gone} is renamed for its content");
        }
        let page = read(&folder, "edit.html");
        let screen = files.iter().find(|n| n.starts_with("screen-")).unwrap();
        for part in [
            format!(r#"<script type="module" src="./edit.js" data-glue="./{glue}" data-wasm="./{wasm}" data-publisher-glue="./{publisher_glue}" data-publisher-wasm="./{publisher_wasm}"></script>"#),
            format!(r#"<link rel="stylesheet" href="./{screen}"><link rel="stylesheet" href="./{styles}">"#),
            r#"<div id="editor"></div>"#.to_string(),
            r#"id="startup-note""#.to_string(),
            "<title>Edit the Adversity Cycle&#x27;s content</title>".to_string(),
        ] {
            assert!(page.contains(&part) || page.contains(&part.replace("&#x27;", "'")), "{part} missing from {page}");
        }
        assert!(!read(&folder, "edit.js").contains("{{"), "the loader's names are filled");
        let explorer = read(&folder, "index.html");
        assert!(!explorer.contains("edit.") && !explorer.contains("editor-"), "the explorer's page never names the editor");
        if build == Build::Release {
            let worker = read(&folder, "sw.js");
            assert!(!worker.contains("./edit.") && !worker.contains("./editor-"), "the editor is not kept offline");
        }
    }
}

/// Every file in a folder, by name.
fn everything(folder: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    names(folder).into_iter().map(|name| (name.clone(), fs::read(folder.join(&name)).unwrap())).collect()
}

/// The second content file: another cycle, with four stages and a hub and some interface
/// words of its own.
fn second_site() -> String {
    fs::read_to_string("tests/fixtures/second-site.toml").unwrap()
}

#[test]
fn the_content_file_and_what_the_editor_needs_to_publish_again_are_published_beside_the_pages() {
    let folder = finished("published", Build::Release);
    assert_eq!(read(&folder, site::CONTENT_FILE), fixture());
    let template: SiteTemplate = serde_json::from_str(&read(&folder, site::TEMPLATE_FILE)).unwrap();
    let files = names(&folder);
    for name in &template.files {
        assert!(files.contains(name), "{name} is listed but not in the site");
    }
    for made in ["index.html", "edit.html", "manifest.webmanifest", "sw.js", site::CONTENT_FILE, site::TEMPLATE_FILE] {
        assert!(!template.files.contains(&made.to_string()), "{made} is made from the content, not kept");
        assert!(files.contains(&made.to_string()), "{made} is in the site");
    }
    assert!(!read(&folder, "sw.js").contains(&format!("\"./{}\"", site::CONTENT_FILE)), "the content file is for the editor, not kept offline");
}

#[test]
fn publishing_a_built_site_again_with_its_own_content_gives_the_same_files_byte_for_byte() {
    let built = finished("built", Build::Release);
    let again = std::env::temp_dir().join(format!("adversity-cycle-site-again-{}", std::process::id()));
    let _ = fs::remove_dir_all(&again);
    republish(&built, &again, SiteContent { cycle: cycle_from(&fixture()), source: &fixture(), editions: &[], new_edition: "" }).unwrap();
    assert_eq!(everything(&again), everything(&built));
}

#[test]
fn another_content_file_changes_the_pages_and_the_release_but_never_the_app() {
    let built = finished("first-content", Build::Release);
    let other = std::env::temp_dir().join(format!("adversity-cycle-site-other-{}", std::process::id()));
    let _ = fs::remove_dir_all(&other);
    republish(&built, &other, SiteContent { cycle: cycle_from(&second_site()), source: &second_site(), editions: &[], new_edition: "" }).unwrap();
    let (before, after) = (everything(&built), everything(&other));
    assert_eq!(before.keys().collect::<Vec<_>>(), after.keys().collect::<Vec<_>>(), "the same files");
    let changed: Vec<&String> = before.keys().filter(|name| before[*name] != after[*name]).collect();
    // (The editor's words are the same in both files, so its page is too.)
    assert_eq!(changed, ["adversity-cycle.toml", "index.html", "manifest.webmanifest", "sw.js"]);
    let page = read(&other, "index.html");
    assert!(page.contains("<title>The Second Cycle</title>"));
    assert_eq!(page.matches(r#"role="tab""#).count(), 5, "four stages and the hub");
    assert!(page.contains(r#"id="tab-fourth-stage""#) && page.contains(">Onwards</button>"), "the second file's stages and words");
    assert!(read(&other, "sw.js").lines().nth(1) == read(&built, "sw.js").lines().nth(1), "the worker itself is the same");
}

#[test]
fn a_zip_of_the_site_reads_back_as_the_same_files() {
    let files = everything(&finished("zipped", Build::Release));
    let archive = zip::zip(&files, zip::dos_time(2026, 11, 30, 10, 42, 7));
    assert_eq!(zip::unzip(&archive), Some(files));
    // The checksum zip tools check: the standard check value of CRC-32.
    assert_eq!(zip::crc32(b"123456789"), 0xCBF4_3926);
    let mut corrupt = archive.clone();
    let middle = corrupt.len() / 2;
    corrupt[middle] ^= 0xFF;
    assert_eq!(zip::unzip(&corrupt), None, "a damaged file is found out");
}

#[test]
fn every_page_carries_the_sites_policy_itself_but_for_who_may_frame_it() {
    let folder = finished("meta-policy", Build::Release);
    let headers = read(&folder, "_headers");
    assert!(headers.contains("frame-ancestors"), "the headers say who may frame the pages");
    for page in ["index.html", "edit.html"] {
        let page = read(&folder, page);
        let policy = page.split(r#"<meta http-equiv="Content-Security-Policy" content=""#).nth(1).and_then(|rest| rest.split('"').next());
        let policy = policy.unwrap_or_else(|| panic!("no meta policy in {page}"));
        for directive in ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"] {
            assert!(policy.contains(directive), "{directive} in {policy}");
        }
        assert!(!policy.contains("frame-ancestors"), "a meta policy cannot say it, and the browser warns");
        // Before anything the policy governs.
        assert!(page.find("Content-Security-Policy").unwrap() < page.find("<script").unwrap_or(usize::MAX));
        assert!(page.find("Content-Security-Policy").unwrap() < page.find("<link").unwrap_or(usize::MAX));
    }
}

#[test]
fn each_local_edition_is_a_page_in_its_own_folder_sharing_the_sites_app_files() {
    let built = finished("main-only", Build::Release);
    let with = std::env::temp_dir().join(format!("adversity-cycle-site-editions-{}", std::process::id()));
    let _ = fs::remove_dir_all(&with);
    let main = cycle_from(&fixture());
    let source = fs::read_to_string("tests/fixtures/editions/exampleshire.toml").unwrap();
    let today = TODAY;
    let edition = adversity_cycle::content::load::load_edition("exampleshire.toml", "exampleshire", &source, today, main).unwrap();
    let editions = [site::EditionFile { edition, source: source.clone() }];
    republish(&built, &with, SiteContent { cycle: main, source: &fixture(), editions: &editions, new_edition: "" }).unwrap();
    let (before, after) = (everything(&built), everything(&with));
    let added: Vec<&String> = after.keys().filter(|name| !before.contains_key(*name)).collect();
    assert_eq!(added, ["editions/exampleshire.toml", "exampleshire/index.html", "exampleshire/manifest.webmanifest"]);
    let changed: Vec<&String> = before.keys().filter(|name| before[*name] != after[*name]).collect();
    assert_eq!(changed, ["editions/list.txt"], "the main page, the app's files and the release are as they were");
    assert_eq!(adversity_cycle::contract::edition_ids(&read(&with, adversity_cycle::contract::EDITIONS_LIST)), ["exampleshire"]);
    assert_eq!(read(&with, "editions/exampleshire.toml"), source);

    let page = read(&with, "exampleshire/index.html");
    assert!(page.contains(&format!("<title>{}: Exampleshire edition</title>", main.title)));
    for file in ["boot.js", "offline.js", "noscript.css", "app-4.js", "app-4_bg.wasm"] {
        assert!(page.contains(&format!("../{file}")), "the edition loads the site's {file}");
    }
    let styles = before.keys().find(|name| name.starts_with("screen-")).unwrap();
    assert!(page.contains(&format!("\"../{styles}\"")), "and its styles");
    let (head, scripts) = (&page[..page.find("<body>").unwrap()], &page[page.rfind("</main>").unwrap()..]);
    for part in [head, scripts] {
        assert!(!part.contains("=\"./") && !part.contains("=./"), "nothing of the folder but its manifest: {part}");
    }
    assert!(page.contains(r#"href="manifest.webmanifest""#));
    assert!(read(&with, "exampleshire/manifest.webmanifest").contains(r#""src":"../icon.svg""#));
    assert!(page.contains(r#"["../"]"#) || page.contains(r#","../"]"#), "the app is told where the site's scripts are");
}
