//! Publishing in the browser (the editor's Download the site): reads every file of the site the
//! editor came from, makes those the content changes from the draft with the same code as the
//! build, and packs the whole site in a zip.

use crate::browser::fetch::fetch_bytes;
use crate::content::load::{load, load_edition};
use crate::content::CONTENT_FILE;

use super::{publish, zip, EditionFile, Files, SiteContent, SiteTemplate, TEMPLATE_FILE};
use crate::contract::{edition_ids, edition_path, EDITIONS_LIST, NEW_EDITION_FILE};

/// The whole site as deployed, as a zip archive, with `text` as its content file and every
/// local edition the site has, but `edition` (an id and its file's text; empty for none) in
/// place of its published file, or added; `None` if a file has mistakes or a file of the site
/// could not be read.
pub async fn make_site(text: &str, edition: (&str, &str)) -> Option<Vec<u8>> {
    let template: SiteTemplate = serde_json::from_slice(&fetch_bytes(TEMPLATE_FILE).await?).ok()?;
    let today = crate::browser::today();
    let cycle = load(CONTENT_FILE, text, today).ok()?;
    // (A site published before editions has no list of them.)
    let mut ids = match fetch_bytes(EDITIONS_LIST).await {
        Some(list) => edition_ids(&String::from_utf8(list).ok()?),
        None => Vec::new(),
    };
    let (edited, edited_text) = edition;
    if !edited.is_empty() && !ids.iter().any(|id| id == edited) {
        ids.push(edited.to_string());
        ids.sort();
    }
    let mut editions = Vec::new();
    for id in ids {
        let source = match id == edited {
            true => edited_text.to_string(),
            false => String::from_utf8(fetch_bytes(&edition_path(&id)).await?).ok()?,
        };
        let edition = load_edition(&edition_path(&id), &id, &source, today, &cycle).ok()?;
        editions.push(EditionFile { edition, source });
    }
    let mut files = Files::new();
    for name in &template.files {
        files.insert(name.clone(), fetch_bytes(name).await?);
    }
    // (As the site has it, if it has one.)
    let new_edition = fetch_bytes(NEW_EDITION_FILE).await.and_then(|bytes| String::from_utf8(bytes).ok()).unwrap_or_default();
    let content = SiteContent { cycle: &cycle, source: text, editions: &editions, new_edition: &new_edition };
    let made = publish(&template, content, &files).await;
    files.extend(made);
    let now = js_sys::Date::new_0();
    let time = zip::dos_time(now.get_full_year(), now.get_month() + 1, now.get_date(), now.get_hours(), now.get_minutes(), now.get_seconds());
    Some(zip::zip(&files, time))
}
