//! Publishing in the browser (the editor's Download the site): reads every file of the site the
//! editor came from, makes those the content changes from the draft with the same code as the
//! build, and packs the whole site in a zip.

use crate::browser::fetch::fetch_bytes;
use crate::content::load::load;
use crate::content::CONTENT_FILE;

use super::{publish, zip, Files, SiteTemplate, TEMPLATE_FILE};

/// The whole site as deployed, with `text` as its content file, as a zip archive; `None` if the
/// text has mistakes or a file of the site could not be read.
pub async fn make_site(text: &str) -> Option<Vec<u8>> {
    let template: SiteTemplate = serde_json::from_slice(&fetch_bytes(TEMPLATE_FILE).await?).ok()?;
    let cycle = load(CONTENT_FILE, text, crate::browser::today()).ok()?;
    let mut files = Files::new();
    for name in &template.files {
        files.insert(name.clone(), fetch_bytes(name).await?);
    }
    let made = publish(&template, &cycle, text, &files).await;
    files.extend(made);
    let now = js_sys::Date::new_0();
    let time = zip::dos_time(now.get_full_year(), now.get_month() + 1, now.get_date(), now.get_hours(), now.get_minutes(), now.get_seconds());
    Some(zip::zip(&files, time))
}
