//! Stand-ins for browser services in native tests.

use crate::core::request::url::{UrlParser, UrlParts};

/// The `url` crate implements the same WHATWG URL standard as browsers.
pub struct WhatwgUrls;

impl UrlParser for WhatwgUrls {
    fn parse(&self, text: &str) -> Option<UrlParts> {
        let url = ::url::Url::parse(text).ok()?;
        Some(UrlParts {
            href: url.as_str().to_owned(),
            scheme: url.scheme().to_owned(),
            has_credentials: !url.username().is_empty() || url.password().is_some(),
            hostname: url.host_str().unwrap_or_default().to_owned(),
            origin: url.origin().ascii_serialization(),
        })
    }
}
