//! The request as drafted in the editor, and its validation into something sendable.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::time::Duration;

use crate::core::request::auth::{Auth, AuthError};
use crate::core::request::body::{BodyKind, RequestBody};
use crate::core::request::headers::{HeaderError, HeaderFate, HeaderRow};
use crate::core::request::method::{Method, MethodError};
use crate::core::request::query::QueryParam;
use crate::core::request::send::sendable_body;
pub use crate::core::request::send::{SendBody, SendPart};
use crate::core::request::url::{HttpUrl, UrlError, UrlParser};
use crate::core::request::vars::{
    Filler, ResolveError, Scope, TooLarge, UnknownVariables, Variable,
};

/// Exactly what the user typed. Never rewritten by validation, so a failed send
/// leaves the draft as it was.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestDraft {
    pub method: String,
    pub url: String,
    pub headers: Vec<HeaderRow>,
    #[serde(default)]
    pub body: RequestBody,
    #[serde(default)]
    pub auth: Auth,
    /// Off: fetch's `redirect: "manual"`, which shows only an opaque stand-in.
    #[serde(default = "follow_by_default")]
    pub follow_redirects: bool,
    /// The params table, kept only while one of its rows is switched off:
    /// such a row is not in the URL, so the URL alone cannot bring it back.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub params: Vec<QueryParam>,
}

fn follow_by_default() -> bool {
    true
}

impl Default for RequestDraft {
    fn default() -> Self {
        RequestDraft {
            method: "GET".to_owned(),
            url: String::new(),
            headers: vec![HeaderRow::default()],
            body: RequestBody::None,
            auth: Auth::None,
            follow_redirects: true,
            params: Vec::new(),
        }
    }
}

/// A request that passed every check and can be handed to fetch().
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidRequest {
    pub method: Method,
    pub url: HttpUrl,
    pub headers: Vec<(String, String)>,
    pub body: Option<SendBody>,
    pub timeout: Duration,
    pub follow_redirects: bool,
}

/// Each thing in the draft that stops it from being sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftProblem {
    Method(MethodError),
    Url(UrlError),
    Header {
        row: usize,
        error: HeaderError,
    },
    BodyNotAllowed {
        method: String,
    },
    /// A file body, or a switched-on file part (`part`), has no file picked.
    FileNotChosen {
        part: Option<String>,
    },
    Auth(AuthError),
    /// The auth and a header row (or a query parameter, `?name`) would both
    /// send the same thing.
    AuthClash {
        auth: &'static str,
        with: String,
    },
    Timeout(TimeoutError),
    MixedContent {
        url: String,
    },
    /// `{{name}}` references that no variable fills in.
    UnknownVariables(UnknownVariables),
    /// Filling in the variables was stopped at its size cap.
    VariablesTooLarge(TooLarge),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimeoutError {
    NotANumber(String),
    OutOfRange(String),
}

/// What the page that sends the request is served from; decides mixed content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageScheme {
    Http,
    Https,
}

pub const DEFAULT_TIMEOUT_SECS: u32 = 30;
const MIN_TIMEOUT_MS: u64 = 100;
const MAX_TIMEOUT_MS: u64 = 3_600_000;

impl RequestDraft {
    /// A name for saving a new request: its method and the URL's path
    /// (`GET /users/1`), or the whole URL when it has no path.
    pub fn suggested_name(&self) -> String {
        let path = self
            .url
            .split("://")
            .nth(1)
            .and_then(|rest| rest.find('/').map(|i| &rest[i..]));
        format!("{} {}", self.method.trim(), path.unwrap_or(self.url.trim()))
            .trim()
            .to_owned()
    }

    /// The draft with its references filled in from the collection's and the
    /// active environment's variables (the environment's win), or the problem
    /// to show, which says where it looked.
    pub fn resolve_in(&self, scope: &Scope<'_>) -> Result<RequestDraft, DraftProblem> {
        self.resolve(&scope.variables()).map_err(|e| match e {
            ResolveError::Unknown(names) => DraftProblem::UnknownVariables(scope.unknown(names)),
            ResolveError::TooLarge(e) => DraftProblem::VariablesTooLarge(e),
        })
    }

    /// The draft with every reference in its URL, switched-on header rows and
    /// body replaced by its variable's value, or why it could not be.
    pub fn resolve(&self, variables: &[Variable]) -> Result<RequestDraft, ResolveError> {
        let mut filler = Filler::new(variables);
        let mut resolved = self.clone();
        resolved.url = filler.fill(&self.url);
        for row in resolved.headers.iter_mut().filter(|row| row.enabled) {
            row.name = filler.fill(&row.name);
            row.value = filler.fill(&row.value);
        }
        resolved.body = self.body.filled(&mut filler);
        resolved.auth = self.auth.filled(&mut filler);
        filler.finish().map(|()| resolved)
    }

    /// Checks everything at once so the user sees every problem, not one per click.
    pub fn validate(
        &self,
        timeout: &str,
        page: PageScheme,
        urls: &impl UrlParser,
    ) -> Result<ValidRequest, Vec<DraftProblem>> {
        let mut problems = Vec::new();
        let method = Method::parse(&self.method)
            .map_err(|e| problems.push(DraftProblem::Method(e)))
            .ok();
        let url_text = self.auth.url_with_key(&self.url).unwrap_or_else(|e| {
            problems.push(DraftProblem::Auth(e));
            self.url.clone()
        });
        let url = HttpUrl::parse(&url_text, urls)
            .map_err(|e| problems.push(DraftProblem::Url(e)))
            .ok();
        if let Some(url) = &url {
            if page == PageScheme::Https && !url.is_https() && !url.is_loopback() {
                problems.push(DraftProblem::MixedContent {
                    url: url.to_string(),
                });
            }
        }
        let mut headers = self.sendable_headers(&mut problems);
        self.add_auth(&mut headers, &mut problems);
        let body = sendable_body(&self.body, &mut headers, &mut problems);
        if let Some(method) = &method {
            if !self.body.is_empty() && !method.allows_body() {
                problems.push(DraftProblem::BodyNotAllowed {
                    method: method.to_string(),
                });
            }
        }
        let timeout = parse_timeout(timeout)
            .map_err(|e| problems.push(DraftProblem::Timeout(e)))
            .ok();
        match (method, url, timeout) {
            (Some(method), Some(url), Some(timeout)) if problems.is_empty() => Ok(ValidRequest {
                method,
                url,
                headers,
                body,
                timeout,
                follow_redirects: self.follow_redirects,
            }),
            _ => Err(problems),
        }
    }

    fn sendable_headers(&self, problems: &mut Vec<DraftProblem>) -> Vec<(String, String)> {
        let mut sent = Vec::new();
        for (row, header) in self.headers.iter().enumerate() {
            match header.check() {
                HeaderFate::Sent { name, value } => sent.push((name, value)),
                HeaderFate::Invalid(error) => problems.push(DraftProblem::Header { row, error }),
                HeaderFate::Skipped | HeaderFate::DroppedByBrowser { .. } => {}
            }
        }
        sent
    }

    /// The auth's header (after the user's rows), and the problems it has:
    /// its own, and a row or query parameter that would send it twice.
    fn add_auth(&self, headers: &mut Vec<(String, String)>, problems: &mut Vec<DraftProblem>) {
        if let Some(with) = self.auth.clash(&self.headers, &self.url) {
            problems.push(DraftProblem::AuthClash {
                auth: self.auth.kind().label(),
                with,
            });
        }
        match self.auth.header() {
            Ok(Some(header)) => headers.push(header),
            Ok(None) => {}
            Err(e) => problems.push(DraftProblem::Auth(e)),
        }
    }

    /// True when the body is a multipart form and an enabled Content-Type row
    /// is set: that row is not sent, as the browser writes the type with its
    /// boundary. The editor shows it as a hint.
    pub fn multipart_ignores_content_type(&self) -> bool {
        self.body.kind() == BodyKind::Multipart && self.has_content_type_row()
    }

    fn has_content_type_row(&self) -> bool {
        self.headers
            .iter()
            .any(|h| h.enabled && h.name.trim().eq_ignore_ascii_case("content-type"))
    }

    /// True when a text body is present but no Content-Type row says what it
    /// is: it goes labelled text/plain;charset=UTF-8.
    pub fn body_lacks_content_type(&self) -> bool {
        matches!(&self.body, RequestBody::Text(text) if !text.trim().is_empty())
            && !self.has_content_type_row()
    }

    /// Whether two drafts would send the same request; blank header rows don't count.
    pub fn same_request(&self, other: &RequestDraft) -> bool {
        let rows = |d: &RequestDraft| -> Vec<HeaderRow> {
            d.headers
                .iter()
                .filter(|h| !(h.name.trim().is_empty() && h.value.trim().is_empty()))
                .cloned()
                .collect()
        };
        self.method.trim() == other.method.trim()
            && self.url.trim() == other.url.trim()
            && self.body == other.body
            && self.auth == other.auth
            && self.follow_redirects == other.follow_redirects
            && rows(self) == rows(other)
    }

    /// The request asks for JSON (an enabled Accept header naming it).
    pub fn accepts_json(&self) -> bool {
        self.headers.iter().any(|h| {
            h.enabled
                && h.name.trim().eq_ignore_ascii_case("accept")
                && h.value.to_ascii_lowercase().contains("json")
        })
    }

    /// Whether the body's text reads as JSON, so the editor can offer the
    /// matching Content-Type.
    pub fn body_is_json(&self) -> bool {
        self.body
            .text()
            .is_some_and(|text| serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok())
    }
}

/// Seconds, fractional allowed (to the millisecond), between 0.1 s and an hour.
/// Parsed as a decimal by hand: float parsing would add kilobytes to the wasm.
pub fn parse_timeout(text: &str) -> Result<Duration, TimeoutError> {
    let text = text.trim();
    let millis = decimal_millis(text).ok_or_else(|| TimeoutError::NotANumber(text.to_owned()))?;
    if !(MIN_TIMEOUT_MS..=MAX_TIMEOUT_MS).contains(&millis) {
        return Err(TimeoutError::OutOfRange(text.to_owned()));
    }
    Ok(Duration::from_millis(millis))
}

/// `"2.5"` → 2500; digits with at most one point; beyond milliseconds is cut off.
fn decimal_millis(text: &str) -> Option<u64> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty())
        || !digits(whole)
        || !digits(fraction)
        || whole.len() > 12
    {
        return None;
    }
    let whole: u64 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let fraction_ms = fraction
        .bytes()
        .chain(std::iter::repeat(b'0'))
        .take(3)
        .fold(0, |acc, b| acc * 10 + u64::from(b - b'0'));
    Some(whole * 1000 + fraction_ms)
}

impl fmt::Display for TimeoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TimeoutError::NotANumber(t) => write!(
                f,
                "The timeout “{t}” is not a number of seconds (for example 30 or 2.5)."
            ),
            TimeoutError::OutOfRange(t) => {
                write!(
                    f,
                    "The timeout {t} s is out of range: choose between 0.1 and 3600 seconds."
                )
            }
        }
    }
}

impl fmt::Display for DraftProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DraftProblem::Method(e) => e.fmt(f),
            DraftProblem::Url(e) => e.fmt(f),
            DraftProblem::Header { error, .. } => error.fmt(f),
            DraftProblem::BodyNotAllowed { method } => write!(
                f,
                "A {method} request cannot carry a body in a browser (fetch() refuses it). \
                 Clear the request body or choose POST, PUT or PATCH."
            ),
            DraftProblem::FileNotChosen { part: None } => f.write_str(
                "The body is set to send a file, but no file is picked. Pick the file to send, \
                 or choose another body mode.",
            ),
            DraftProblem::FileNotChosen { part: Some(name) } => write!(
                f,
                "The form part “{name}” has no file picked. Pick its file, or switch the part off."
            ),
            DraftProblem::Auth(e) => e.fmt(f),
            DraftProblem::AuthClash { auth, with } => match with.strip_prefix('?') {
                Some(param) => write!(
                    f,
                    "The URL already has a query parameter “{param}”, and the auth ({auth}) adds \
                     another one. Remove it from the URL or change the auth, so the key is sent once."
                ),
                None => write!(
                    f,
                    "The header row “{with}” and the auth ({auth}) would both send {with}. \
                     Switch the row off or choose No auth, so it is sent once."
                ),
            },
            DraftProblem::Timeout(e) => e.fmt(f),
            DraftProblem::UnknownVariables(e) => e.fmt(f),
            DraftProblem::VariablesTooLarge(e) => e.fmt(f),
            DraftProblem::MixedContent { url } => write!(
                f,
                "Blocked as mixed content: this page is served over https, so the browser refuses \
                 plain-http requests to {url}. Use the https:// address of the server, or open this \
                 app over http (for example from localhost)."
            ),
        }
    }
}

#[cfg(test)]
mod tests;
