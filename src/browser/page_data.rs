//! The page's data block (`contract::id::OUTLINE`): what the app needs of the content, written
//! by the build and read once when the app starts.

use js_sys::{Array, JSON};
use wasm_bindgen::JsCast;

use crate::content::outline::Outline;
use crate::contract::id;

/// The outline the page carries; `None` if it has none, or one the app cannot read.
pub fn read_outline() -> Option<Outline> {
    let text = gloo::utils::document().get_element_by_id(id::OUTLINE)?.text_content()?;
    let list = JSON::parse(&text).ok()?.dyn_into::<Array>().ok()?;
    Outline::from_block(list.iter().map(|item| item.as_string()).collect::<Option<Vec<String>>>()?)
}
