//! What this page is served from.

use crate::core::request::PageScheme;

/// `https:` pages may not request plain-http URLs (mixed content).
pub fn page_scheme() -> PageScheme {
    let protocol = web_sys::window().and_then(|w| w.location().protocol().ok());
    match protocol.as_deref() {
        Some("https:") => PageScheme::Https,
        _ => PageScheme::Http,
    }
}

/// `scheme://host[:port]` of this page, to tell same-origin from cross-origin requests.
pub fn page_origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}
