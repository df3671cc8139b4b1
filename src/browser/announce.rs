//! The page's live region, for what screen-reader users should hear without
//! moving their focus. It is written in index.html, so it is on the page
//! before anything is said: assistive technology reads changes inside a region
//! it already knows, and often not a region that arrives with its text.

use leptos::prelude::request_animation_frame;

const REGION_ID: &str = "announcer";

/// Says `text` once. The region is emptied first, so the same words for the
/// next response are read again.
pub fn say(text: String) {
    let region = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(REGION_ID));
    if let Some(region) = region {
        region.set_text_content(None);
        request_animation_frame(move || region.set_text_content(Some(&text)));
    }
}
