//! The seam between the prerendered page and the app stays typed: every shared name is spelled
//! once, in `src/contract.rs`; the model and the browser edge never reach up into the view; and
//! the styles select only attributes and ids the contract names.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

use adversity_cycle::contract::{self, event, id, message, storage, Mark, PAGE_IDS, RESERVED_IDS};

fn files_under(folder: &str, extension: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut folders = vec![PathBuf::from(folder)];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).unwrap().map(Result::unwrap) {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == extension) {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// The lines of a source file that are code (not comments).
fn code_lines(path: &Path) -> Vec<(usize, String)> {
    fs::read_to_string(path)
        .unwrap()
        .lines()
        .enumerate()
        .filter(|(_, line)| {
            let line = line.trim_start();
            !(line.starts_with("//") || line.starts_with('*') || line.starts_with("/*"))
        })
        .map(|(i, line)| (i + 1, line.to_string()))
        .collect()
}

/// Every name two halves of the code must agree on. (The page's ids but `editor`, which is also
/// the editor bundle's name, a word of the build's.)
fn shared_names() -> Vec<String> {
    let mut names: Vec<String> = [
        contract::CONTROL_ATTR,
        contract::SLOT_ATTR,
        contract::NOTICE_ATTR,
        contract::NOTE_FOR_ATTR,
        contract::SPEAKER_NOTES_ATTR,
        contract::EMBED_FRAME_ATTR,
        contract::CURRENT_CLASS,
        storage::PREFIX,
        storage::CONTENT_NOTE_SEEN,
        storage::CLOCK_START,
        message::CHANNEL,
        message::HELLO,
        message::READY,
        message::RESIZED,
        message::STAGE_CHANGE,
        event::UPDATE_READY,
        event::USE_NEW_VERSION,
    ]
    .map(String::from)
    .to_vec();
    names.extend(PAGE_IDS.into_iter().filter(|page_id| *page_id != id::EDITOR).map(String::from));
    names.extend(RESERVED_IDS.map(String::from));
    names.extend(Mark::ALL.map(|m| m.attribute().to_string()));
    names.push(format!("{}{}", storage::PREFIX, storage::CONTENT_NOTE_SEEN));
    names
}

#[test]
fn no_shared_id_attribute_storage_key_or_message_name_is_spelled_outside_the_contract() {
    let names = shared_names();
    // The content module reads the content file, whose own keys (`[introduction]`, say) are a
    // different vocabulary; it takes the ids it must refuse from the contract.
    let mut sources: Vec<PathBuf> =
        files_under("src", "rs").into_iter().filter(|p| !p.ends_with("contract.rs") && !p.starts_with("src/content")).collect();
    sources.extend(files_under("src/js", "js"));
    sources.push(PathBuf::from("index.html"));
    let mut spelled = Vec::new();
    for path in &sources {
        for (number, line) in code_lines(path) {
            for name in &names {
                // A class may share a name with an id (`class="panel"`): classes are the view's own.
                let line = line.replace(&format!("class=\"{name}\""), "");
                let spellings = [format!("\"{name}\""), format!("'{name}'"), format!("[{name}]"), format!("[{name}=")];
                if spellings.iter().any(|q| line.contains(q.as_str())) {
                    spelled.push(format!("{}:{number}: {name}", path.display()));
                }
            }
        }
    }
    assert!(spelled.is_empty(), "spell these through src/contract.rs instead:\n{}", spelled.join("\n"));
}

#[test]
fn the_model_and_the_browser_edge_never_import_from_the_view() {
    let mut reaching_up = Vec::new();
    for path in files_under("src/model", "rs").into_iter().chain(files_under("src/browser", "rs")) {
        for (number, line) in code_lines(&path) {
            if line.contains("crate::view") || line.contains("super::view") || line.contains("super::super::view") {
                reaching_up.push(format!("{}:{number}: {line}", path.display()));
            }
        }
    }
    assert!(reaching_up.is_empty(), "{}", reaching_up.join("\n"));
}

#[test]
fn the_styles_select_only_attributes_and_ids_the_contract_names() {
    let attributes: Vec<&str> = Mark::ALL
        .map(|m| m.attribute())
        .into_iter()
        .chain([contract::CONTROL_ATTR, contract::SLOT_ATTR, contract::NOTICE_ATTR, contract::NOTE_FOR_ATTR])
        .collect();
    // Never a stage's id: the styles draw whatever cycle the content describes.
    let ids: Vec<String> = RESERVED_IDS.iter().chain(PAGE_IDS.iter()).map(|s| s.to_string()).collect();
    let mut unknown = Vec::new();
    for path in files_under("styles", "css") {
        let css = without_comments(&fs::read_to_string(&path).unwrap());
        for attribute in css.split("[data-").skip(1).map(|rest| rest.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-')).next().unwrap()) {
            if !attributes.contains(&format!("data-{attribute}").as_str()) {
                unknown.push(format!("{}: [data-{attribute}]", path.display()));
            }
        }
        for selector in css.split('#').skip(1) {
            let name = selector.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-')).next().unwrap();
            // Colours (#fff4ce) are not ids.
            let colour = name.len() <= 8 && name.chars().all(|c| c.is_ascii_hexdigit());
            if !name.is_empty() && !colour && !ids.contains(&name.to_string()) {
                unknown.push(format!("{}: #{name}", path.display()));
            }
        }
    }
    assert!(unknown.is_empty(), "the styles select names nothing writes:\n{}", unknown.join("\n"));
}

/// CSS without its `/* … */` comments.
fn without_comments(css: &str) -> String {
    let mut out = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..].find("*/").map_or("", |end| &rest[start + end + 2..]);
    }
    out + rest
}

#[test]
fn every_script_placeholder_is_known_and_filled() {
    // What the build adds for the service worker: a release's cache and files.
    let release = [("release.cache", "adversity-cycle-0".to_string()), ("release.files", "[]".to_string())];
    for path in files_under("src/js", "js") {
        let filled = contract::fill_script_with(&fs::read_to_string(&path).unwrap(), &release).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(!filled.contains("{{"), "{}", path.display());
    }
    assert!(contract::fill_script("x = '{{mark.mode}}'").unwrap() == "x = 'data-mode'");
    assert!(contract::fill_script("x = '{{mark.mood}}'").unwrap_err().contains("mark.mood"));
}

/// Every value the app or the boot script can give each attribute the styles select on.
fn values_written(attribute: &str) -> Option<Vec<String>> {
    use adversity_cycle::content::{Audience, Nation};
    use adversity_cycle::contract::{url, Control, Notice, Slot, STARTUP_DONE, STARTUP_FAILED, STORAGE_OFF};
    use adversity_cycle::model::route::{Mode, Part};
    let names = |names: &[&str]| Some(names.iter().filter(|n| !n.is_empty()).map(|n| n.to_string()).collect());
    let mark = Mark::ALL.into_iter().find(|m| m.attribute() == attribute);
    match mark {
        Some(Mark::Mode) => names(&Mode::ALL.map(Mode::name)),
        Some(Mark::Part) => names(&[&Part::ALL.map(Part::name)[..], &[id::END], &contract::CLOSING_PAGES].concat()),
        Some(Mark::NotesSize) => names(&adversity_cycle::model::console::NotesSize::ALL.map(|size| size.name())),
        Some(Mark::Mirror) => names(&[url::MIRROR, url::MIRROR_NEXT]),
        Some(Mark::Lens) => names(&Audience::ALL.into_iter().filter(|a| *a != Audience::Both).map(Audience::name).collect::<Vec<_>>()),
        Some(Mark::Nation) => names(&Nation::ALL.map(Nation::name)),
        Some(Mark::Theme) => names(&[url::CONTRAST]),
        Some(Mark::Storage) => names(&[STORAGE_OFF]),
        Some(Mark::Startup) => names(&[STARTUP_FAILED, STARTUP_DONE]),
        // The rest are there or not: they have no value to select.
        Some(_) => Some(Vec::new()),
        None if attribute == contract::CONTROL_ATTR => names(&Control::ALL.map(Control::name)),
        None if attribute == contract::SLOT_ATTR => names(&Slot::ALL.map(Slot::name)),
        None if attribute == contract::NOTICE_ATTR => names(&Notice::ALL.map(Notice::name)),
        None => None,
    }
}

#[test]
fn the_styles_select_only_values_the_app_writes() {
    let mut unknown = Vec::new();
    for path in files_under("styles", "css") {
        let css = without_comments(&fs::read_to_string(&path).unwrap());
        for selector in css.split('[').skip(1).filter_map(|rest| rest.split_once(']')).map(|(inside, _)| inside) {
            let Some((attribute, value)) = selector.split_once('=') else { continue };
            // `[data-part^="end"]` selects every value that starts so.
            let prefix = attribute.ends_with('^');
            let attribute = attribute.trim_end_matches(['~', '|', '^', '$', '*']);
            // HTML's own (`aria-pressed="true"`, `rel~="external"`) are not ours to check.
            if !attribute.starts_with("data-") {
                continue;
            }
            let value = value.trim().trim_matches(['"', '\'']);
            match values_written(attribute) {
                Some(values) if values.iter().any(|v| v == value || (prefix && v.starts_with(value))) => {}
                Some(values) => unknown.push(format!("{}: [{attribute}={value}] (written: {})", path.display(), values.join(", "))),
                None => unknown.push(format!("{}: [{attribute}] is not one of the contract's", path.display())),
            }
        }
    }
    assert!(unknown.is_empty(), "the styles select values nothing writes:\n{}", unknown.join("\n"));
    // The check itself: a value nothing writes is caught.
    assert!(!values_written("data-mode").unwrap().contains(&"presenting".to_string()));
}

#[test]
fn trunk_writes_the_app_files_into_the_attributes_the_loaders_read() {
    let trunk = fs::read_to_string("Trunk.toml").unwrap();
    let pattern = trunk.lines().find_map(|line| line.strip_prefix("pattern_script = ")).expect("Trunk.toml sets pattern_script");
    let pattern: String = pattern.trim_matches('"').replace("\\\"", "\"");
    let glue = format!(r#"{}="{{base}}{{js}}""#, contract::loader::GLUE);
    let wasm = format!(r#"{}="{{base}}{{wasm}}""#, contract::loader::WASM);
    assert!(pattern.contains(&glue) && pattern.contains(&wasm), "pattern_script {pattern} must write {glue} and {wasm}");
    // The boot script reads them by the contract's names, never spelled.
    let boot = fs::read_to_string("src/js/boot.js").unwrap();
    assert!(boot.contains("{{loader.glue}}") && boot.contains("{{loader.wasm}}"));
}
