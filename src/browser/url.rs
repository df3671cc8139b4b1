//! URL parsing by the browser itself: the WHATWG parser fetch() uses, with full
//! IDNA, at no cost to the wasm size.

use crate::core::request::url::{UrlParser, UrlParts};

pub struct BrowserUrls;

impl UrlParser for BrowserUrls {
    fn parse(&self, text: &str) -> Option<UrlParts> {
        let url = web_sys::Url::new(text).ok()?;
        Some(UrlParts {
            href: url.href(),
            scheme: url.protocol().trim_end_matches(':').to_owned(),
            has_credentials: !url.username().is_empty() || !url.password().is_empty(),
            hostname: url.hostname(),
            origin: url.origin(),
        })
    }
}
