//! Request header rows as the user edits them, and the rules for sending them.

use serde::{Deserialize, Serialize};
use std::fmt;

use crate::core::token::{describe_char, is_tchar};

/// One editable header row. Rows are kept as typed (even invalid ones) so no
/// keystroke is ever lost; `check` decides what can be sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeaderRow {
    pub name: String,
    pub value: String,
    #[serde(default = "enabled_by_default")]
    pub enabled: bool,
}

fn enabled_by_default() -> bool {
    true
}

/// A blank row, switched on: what "Add header" gives.
impl Default for HeaderRow {
    fn default() -> Self {
        HeaderRow::new("", "")
    }
}

/// What happens to a row when the request is sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeaderFate {
    /// Blank or switched off: not part of the request.
    Skipped,
    Sent {
        name: String,
        value: String,
    },
    /// The browser will silently drop it; `reason` says who sets it instead.
    DroppedByBrowser {
        name: String,
        reason: &'static str,
    },
    Invalid(HeaderError),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeaderError {
    MissingName {
        value: String,
    },
    InvalidName {
        name: String,
        found: char,
    },
    ValueHasLineBreak {
        name: String,
    },
    ValueHasNul {
        name: String,
    },
    /// Header values travel as bytes; browsers accept only characters up to U+00FF.
    ValueNotLatin1 {
        name: String,
        found: char,
    },
}

impl HeaderRow {
    pub fn new(name: impl Into<String>, value: impl Into<String>) -> HeaderRow {
        HeaderRow {
            name: name.into(),
            value: value.into(),
            enabled: true,
        }
    }

    pub fn check(&self) -> HeaderFate {
        let name = self.name.trim();
        // Browsers strip leading/trailing spaces and tabs from values; so do we, visibly.
        let value = self.value.trim_matches([' ', '\t']);
        if !self.enabled || (name.is_empty() && value.is_empty()) {
            return HeaderFate::Skipped;
        }
        if name.is_empty() {
            return HeaderFate::Invalid(HeaderError::MissingName {
                value: value.to_owned(),
            });
        }
        if let Some(found) = name.chars().find(|c| !is_tchar(*c)) {
            return HeaderFate::Invalid(HeaderError::InvalidName {
                name: name.to_owned(),
                found,
            });
        }
        if value.contains(['\r', '\n']) {
            return HeaderFate::Invalid(HeaderError::ValueHasLineBreak {
                name: name.to_owned(),
            });
        }
        if value.contains('\0') {
            return HeaderFate::Invalid(HeaderError::ValueHasNul {
                name: name.to_owned(),
            });
        }
        if let Some(found) = value.chars().find(|c| u32::from(*c) > 0xFF) {
            return HeaderFate::Invalid(HeaderError::ValueNotLatin1 {
                name: name.to_owned(),
                found,
            });
        }
        if let Some(reason) = browser_controlled(name).or_else(|| forbidden_override(name, value)) {
            return HeaderFate::DroppedByBrowser {
                name: name.to_owned(),
                reason,
            };
        }
        HeaderFate::Sent {
            name: name.to_owned(),
            value: value.to_owned(),
        }
    }
}

/// The Fetch standard's forbidden request headers: fetch() silently leaves them
/// out, so the user must hear it from us.
fn browser_controlled(name: &str) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase();
    let reason = match lower.as_str() {
        "host" => "the browser sets Host from the URL",
        "cookie" | "cookie2" => {
            "the browser sends cookies from its own cookie jar, never from script"
        }
        "content-length" => "the browser computes Content-Length from the body",
        "origin" => "the browser sets Origin to this page's origin",
        "referer" => "the browser sets Referer according to the referrer policy",
        "connection" | "keep-alive" | "upgrade" | "te" | "trailer" | "transfer-encoding" => {
            "connection management belongs to the browser's network stack"
        }
        "accept-encoding" | "accept-charset" => "the browser negotiates encodings itself",
        "access-control-request-headers" | "access-control-request-method" => {
            "the browser sends these only in its own CORS preflight"
        }
        "date" | "dnt" | "expect" | "set-cookie" | "via" => {
            "the Fetch standard forbids pages from setting it"
        }
        _ if lower.starts_with("proxy-") || lower.starts_with("sec-") => {
            "headers starting with Proxy- or Sec- are reserved for the browser"
        }
        _ => return None,
    };
    Some(reason)
}

/// The methods fetch() refuses to send (Fetch standard, "forbidden method").
const FORBIDDEN_METHODS: [&str; 3] = ["connect", "trace", "track"];

/// The three method-override headers are forbidden only when they name a method
/// fetch() refuses, since servers honouring them would run that method anyway.
/// The value is a comma-separated list; any forbidden member drops the header.
fn forbidden_override(name: &str, value: &str) -> Option<&'static str> {
    let is_override = [
        "x-http-method",
        "x-http-method-override",
        "x-method-override",
    ]
    .iter()
    .any(|o| name.eq_ignore_ascii_case(o));
    let names_forbidden = value.split(',').any(|method| {
        let method = method.trim_matches([' ', '\t']);
        FORBIDDEN_METHODS
            .iter()
            .any(|f| method.eq_ignore_ascii_case(f))
    });
    (is_override && names_forbidden).then_some(
        "it asks the server to run CONNECT, TRACE or TRACK, methods the browser refuses to send",
    )
}

impl fmt::Display for HeaderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HeaderError::MissingName { value } => {
                write!(f, "A header has the value “{value}” but no name. Give it a name or clear the row.")
            }
            HeaderError::InvalidName { name, found } => write!(
                f,
                "“{name}” is not a valid header name: it contains {}. Header names are single words \
                 of letters, digits and ! # $ % & ' * + - . ^ _ ` | ~",
                describe_char(*found)
            ),
            HeaderError::ValueHasLineBreak { name } => write!(
                f,
                "The value of header “{name}” contains a line break (CR or LF), which would split it \
                 into another header. Put it on one line."
            ),
            HeaderError::ValueHasNul { name } => {
                write!(f, "The value of header “{name}” contains a NUL character, which HTTP does not allow.")
            }
            HeaderError::ValueNotLatin1 { name, found } => write!(
                f,
                "The value of header “{name}” contains “{found}”, which browsers cannot send in a header \
                 (only Latin-1 characters up to U+00FF are allowed). Percent-encode it or move it to the body."
            ),
        }
    }
}

impl std::error::Error for HeaderError {}

#[cfg(test)]
mod tests;
