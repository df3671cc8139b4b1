//! What this page is served from.

use crate::core::request::draft::PageScheme;

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

/// Rewrites this page's query string in place (no new history entry, no
/// navigation): for views whose state should survive a bookmark or reload.
/// Empty values are left out. Fails quietly: the view still works without it.
pub fn replace_query(params: &[(&str, &str)]) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(search) = web_sys::UrlSearchParams::new() else {
        return;
    };
    for (name, value) in params.iter().filter(|(_, v)| !v.is_empty()) {
        search.append(name, value);
    }
    let query = String::from(search.to_string());
    let path = window.location().pathname().unwrap_or_default();
    let url = if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}
