//! A received response, as plain data, and how its parts are presented.

use crate::core::media_type::essence;
use crate::core::response::charset::charset_of;
use crate::core::response::json_pretty::{is_json_media_type, pretty, JsonSyntaxError};
use crate::core::response::large::layout::LargeRows;
use crate::core::response::timing::{SentMark, TimingContext};
use crate::core::status::StatusCode;

pub use super::body::Body;

/// Everything the browser let us see of a response.
#[derive(Debug, Clone, PartialEq)]
pub struct ReceivedResponse {
    /// `None` only for the rare code outside 100..=599 (fetch never shows 1xx).
    pub status: Option<StatusCode>,
    pub raw_status: u16,
    /// Header names lower-cased by the browser, in the order it lists them.
    pub headers: Vec<(String, String)>,
    pub body: Body,
    /// Where the response finally came from (differs from the request URL after redirects).
    pub final_url: String,
    pub redirected: bool,
    /// `redirect: "manual"` met a redirect: the browser hands back an opaque
    /// stand-in (status 0, no headers, no body) and hides the real 3xx.
    pub opaque_redirect: bool,
    pub elapsed_ms: f64,
    /// Finds the browser's record of where that time went.
    pub sent: SentMark,
    /// Origin of the request URL vs. origin of this page: decides what headers the browser hid.
    pub cross_origin: bool,
    pub via: Via,
}

/// Which way a response came to the page.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Via {
    /// fetch() from this page, under the browser's rules (CORS, opaque redirects).
    #[default]
    Browser,
    /// The local companion sent it (issue 21) and handed back all of it; the
    /// server's own time is the companion's measure, without the hop to it.
    Companion {
        address: String,
        upstream_ms: u64,
        /// The request's origin, whose requests take this way for now.
        origin: String,
    },
}

impl ReceivedResponse {
    /// What the timing picture needs besides the browser's record.
    pub fn timing_context(&self) -> TimingContext {
        TimingContext {
            total_ms: self.elapsed_ms,
            redirected: self.redirected,
        }
    }
}

impl Body {
    /// As [`classify_body`], with the UTF-8 check this body already made; a
    /// large body is read a slice at a time ([`BodyKind::Large`]) up to
    /// [`FORMAT_LIMIT`], and [`BodyView::Large`] above it.
    pub fn classify(&self, content_type: Option<&str>) -> BodyKind<'_> {
        match self {
            Body::Large(stored) => classify_large(content_type, stored.len()),
            Body::Text(text) => classify(content_type, text.as_bytes(), || Some(text.as_str())),
            Body::Bytes(bytes) => classify(content_type, bytes, || None),
        }
    }
}

/// How a large body is shown: the same rules as for one in memory, with the
/// checks that need its bytes left to the slice-at-a-time layout.
fn classify_large(content_type: Option<&str>, size: usize) -> BodyKind<'static> {
    let media_type = content_type.and_then(essence).unwrap_or_default();
    let json = is_json_media_type(&media_type);
    if size == 0 {
        return BodyKind::Ready(BodyView::Empty);
    }
    if size > FORMAT_LIMIT {
        return BodyKind::Ready(BodyView::Large {
            size,
            media_type,
            json,
        });
    }
    BodyKind::Large(if json {
        LargeKind::Json
    } else if is_textual(&media_type) {
        LargeKind::Text
    } else if media_type.is_empty() {
        LargeKind::Unlabelled
    } else {
        return BodyKind::Ready(BodyView::Binary { size, media_type });
    })
}

/// How the body is shown: chosen from the Content-Type and the bytes themselves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BodyView {
    Empty,
    Json(String),
    /// Labelled JSON but not parseable: shown as text with the reason.
    InvalidJson {
        text: String,
        error: JsonSyntaxError,
    },
    Text(String),
    /// Labelled text whose bytes are not UTF-8: the body panel decodes it
    /// ([`crate::core::response::charset`]) with the Content-Type's `charset`.
    NotUtf8 {
        charset: Option<String>,
    },
    Binary {
        size: usize,
        media_type: String,
    },
    /// Text kept in the browser's memory (a body over [`STORE_FROM`]), shown a screenful at a time.
    Rows(LargeRows),
    /// Stored, labelled JSON but not parseable: shown as text with the reason.
    InvalidJsonRows {
        rows: LargeRows,
        error: JsonSyntaxError,
    },
    /// Too big to format up front; the user chooses raw, formatted or download.
    Large {
        size: usize,
        media_type: String,
        json: bool,
    },
}

/// Bodies above this are not formatted automatically: formatting 50 MB would
/// hold the page for seconds.
pub const FORMAT_LIMIT: usize = 16_000_000;

/// Bodies above this stay in the browser's memory ([`Body::Large`]): wasm
/// memory never shrinks, so a body copied into it would stay as weight after
/// the response is gone. The insight's look-inside limit is the same, so every
/// body the insight reads is in memory.
pub const STORE_FROM: usize = 1_000_000;

/// Headers every cross-origin response may show (Fetch standard, CORS-safelisted
/// response-header names); anything else needs Access-Control-Expose-Headers.
pub const SAFELISTED_RESPONSE_HEADERS: [&str; 7] = [
    "cache-control",
    "content-language",
    "content-length",
    "content-type",
    "expires",
    "last-modified",
    "pragma",
];

impl ReceivedResponse {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn content_type(&self) -> Option<&str> {
        self.header("content-type")
    }

    /// Non-safelisted headers we can see: the ones the server exposed.
    pub fn exposed_headers(&self) -> Vec<&str> {
        self.headers
            .iter()
            .map(|(n, _)| n.as_str())
            .filter(|n| !SAFELISTED_RESPONSE_HEADERS.contains(&n.to_ascii_lowercase().as_str()))
            .collect()
    }
}

impl ReceivedResponse {
    /// For a cross-origin response, why the headers table may be incomplete.
    /// `None` for same-origin responses, where the browser shows every header.
    pub fn hidden_headers_note(&self) -> Option<String> {
        if !self.cross_origin {
            return None;
        }
        let exposed = self.exposed_headers();
        let exposed = if exposed.is_empty() {
            "This server exposed none.".to_owned()
        } else {
            format!("This server exposed: {}.", exposed.join(", "))
        };
        Some(format!(
            "Some headers may be hidden. This response is cross-origin, so the browser lets the page \
             see only Cache-Control, Content-Language, Content-Length, Content-Type, Expires, \
             Last-Modified and Pragma, plus the headers the server lists in \
             Access-Control-Expose-Headers. {exposed} Anything else it sent is not visible here."
        ))
    }
}

pub fn body_view(content_type: Option<&str>, body: &[u8]) -> BodyView {
    match classify_body(content_type, body) {
        BodyKind::Ready(view) => view,
        BodyKind::Json(text) => json_view(text),
        // Bytes in memory never classify as large; this arm only completes the match.
        BodyKind::Large(_) => BodyView::Binary {
            size: body.len(),
            media_type: String::new(),
        },
    }
}

/// A body sorted by what showing it takes: a view ready now, or JSON text
/// that still has to be checked and laid out (the slow part, which
/// [`crate::core::response::body_format::BodyFormatter`] does a slice at a time).
#[derive(Debug, PartialEq, Eq)]
pub enum BodyKind<'a> {
    Ready(BodyView),
    Json(&'a str),
    /// A large body to lay out a slice at a time (see [`crate::core::response::large::layout`]).
    Large(LargeKind),
}

/// What a large body is laid out as, and what its bytes must pass first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LargeKind {
    /// Labelled JSON: formatted, if it is UTF-8 (else binary) and valid (else text).
    Json,
    /// Labelled text: shown as it is, if it is UTF-8 (else binary).
    Text,
    /// No Content-Type: text if it is UTF-8 without NUL bytes, else binary.
    Unlabelled,
}

pub fn classify_body<'a>(content_type: Option<&str>, body: &'a [u8]) -> BodyKind<'a> {
    classify(content_type, body, || std::str::from_utf8(body).ok())
}

/// `text` gives the body as UTF-8, if it is; asked only for bodies small
/// enough to show, so a large one is never checked here.
fn classify<'a>(
    content_type: Option<&str>,
    body: &'a [u8],
    text: impl FnOnce() -> Option<&'a str>,
) -> BodyKind<'a> {
    if body.is_empty() {
        return BodyKind::Ready(BodyView::Empty);
    }
    let media_type = content_type.and_then(essence).unwrap_or_default();
    if body.len() > FORMAT_LIMIT {
        let json = is_json_media_type(&media_type);
        return BodyKind::Ready(BodyView::Large {
            size: body.len(),
            media_type,
            json,
        });
    }
    let Some(text) = text() else {
        // NUL bytes mean binary data (or UTF-16) whatever the label says.
        let textual = is_textual(&media_type) || is_json_media_type(&media_type);
        if textual && !body.contains(&0) {
            let charset = content_type.and_then(charset_of);
            return BodyKind::Ready(BodyView::NotUtf8 { charset });
        }
        return BodyKind::Ready(BodyView::Binary {
            size: body.len(),
            media_type,
        });
    };
    if is_json_media_type(&media_type) {
        return BodyKind::Json(text);
    }
    if is_textual(&media_type) || (media_type.is_empty() && !text.contains('\0')) {
        return BodyKind::Ready(BodyView::Text(text.to_owned()));
    }
    BodyKind::Ready(BodyView::Binary {
        size: body.len(),
        media_type,
    })
}

/// JSON text pretty-printed, or shown as it is with the reason it is not JSON.
pub fn json_view(text: &str) -> BodyView {
    match pretty(text) {
        Ok(formatted) => BodyView::Json(formatted),
        Err(error) => BodyView::InvalidJson {
            text: text.to_owned(),
            error,
        },
    }
}

fn is_textual(media_type: &str) -> bool {
    media_type.starts_with("text/")
        || media_type.ends_with("+xml")
        || matches!(
            media_type,
            "application/xml"
                | "application/javascript"
                | "application/ecmascript"
                | "application/x-www-form-urlencoded"
                | "application/graphql"
                | "application/yaml"
                | "application/x-yaml"
                | "image/svg+xml"
        )
}

/// Byte counts as people read them: `512 B`, `1.5 kB`, `12.3 MB` (decimal units, like browser dev tools).
/// Integer arithmetic only: float formatting would add kilobytes to the wasm.
pub fn format_size(bytes: usize) -> String {
    const UNITS: [&str; 4] = ["kB", "MB", "GB", "TB"];
    if bytes < 1000 {
        return format!("{bytes} B");
    }
    let mut unit = 0;
    let mut scale: u128 = 1000;
    while (bytes as u128) >= scale * 1000 && unit < UNITS.len() - 1 {
        scale *= 1000;
        unit += 1;
    }
    format!("{} {}", tenths(bytes as u128, scale), UNITS[unit])
}

/// `value / scale` rounded to one decimal place, as text.
fn tenths(value: u128, scale: u128) -> String {
    let tenths = (value * 10 + scale / 2) / scale;
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// Milliseconds below ten seconds, seconds above.
pub fn format_elapsed(ms: f64) -> String {
    let ms = ms.max(0.0).round() as u128;
    if ms < 10_000 {
        format!("{ms} ms")
    } else {
        format!("{} s", tenths(ms, 1000))
    }
}

/// A duration in seconds with at most one decimal: `1`, `2.5`.
pub fn format_seconds(duration: std::time::Duration) -> String {
    let text = tenths(duration.as_millis(), 1000);
    text.strip_suffix(".0").map(str::to_owned).unwrap_or(text)
}

#[cfg(test)]
mod tests;
