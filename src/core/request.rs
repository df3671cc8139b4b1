//! The request as drafted in the editor, and its validation into something sendable.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::time::Duration;

use super::headers::{HeaderError, HeaderFate, HeaderRow};
use super::method::{Method, MethodError};
use super::request_url::{HttpUrl, UrlError, UrlParser};

/// Exactly what the user typed. Never rewritten by validation, so a failed send
/// leaves the draft as it was.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestDraft {
    pub method: String,
    pub url: String,
    pub headers: Vec<HeaderRow>,
    pub body: String,
    /// Off: fetch's `redirect: "manual"`, which shows only an opaque stand-in.
    #[serde(default = "follow_by_default")]
    pub follow_redirects: bool,
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
            body: String::new(),
            follow_redirects: true,
        }
    }
}

/// A request that passed every check and can be handed to fetch().
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidRequest {
    pub method: Method,
    pub url: HttpUrl,
    pub headers: Vec<(String, String)>,
    pub body: Option<String>,
    pub timeout: Duration,
    pub follow_redirects: bool,
}

/// The body as it goes on the wire. A multipart body typed or edited in the
/// body textbox has only LF line breaks (textareas drop CR), which multipart
/// framing does not accept; they are widened to CRLF.
fn sendable_body(body: &str, headers: &[(String, String)]) -> String {
    let multipart = headers.iter().any(|(name, value)| {
        name.eq_ignore_ascii_case("content-type")
            && crate::core::multipart::declared_boundary(value).is_some()
    });
    if multipart {
        crate::core::multipart::with_crlf(body).into_owned()
    } else {
        body.to_owned()
    }
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
    Timeout(TimeoutError),
    MixedContent {
        url: String,
    },
    /// `{{name}}` references that no variable fills in.
    UnknownVariables(crate::core::vars::UnknownVariables),
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
        let url = HttpUrl::parse(&self.url, urls)
            .map_err(|e| problems.push(DraftProblem::Url(e)))
            .ok();
        if let Some(url) = &url {
            if page == PageScheme::Https && !url.is_https() && !url.is_loopback() {
                problems.push(DraftProblem::MixedContent {
                    url: url.to_string(),
                });
            }
        }
        let headers = self.sendable_headers(&mut problems);
        let body = (!self.body.is_empty()).then(|| sendable_body(&self.body, &headers));
        if let (Some(method), Some(_)) = (&method, &body) {
            if !method.allows_body() {
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

    /// True when a body is present but no Content-Type row says what it is: the
    /// browser would label it text/plain.
    pub fn body_lacks_content_type(&self) -> bool {
        !self.body.trim().is_empty()
            && !self
                .headers
                .iter()
                .any(|h| h.enabled && h.name.trim().eq_ignore_ascii_case("content-type"))
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

    /// Whether the body reads as JSON, so the editor can offer the matching Content-Type.
    pub fn body_is_json(&self) -> bool {
        serde_json::from_str::<serde::de::IgnoredAny>(&self.body).is_ok()
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
            DraftProblem::Timeout(e) => e.fmt(f),
            DraftProblem::UnknownVariables(e) => e.fmt(f),
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
mod tests {
    use super::*;
    use crate::core::test_support::WhatwgUrls;

    fn draft(method: &str, url: &str) -> RequestDraft {
        RequestDraft {
            method: method.into(),
            url: url.into(),
            ..RequestDraft::default()
        }
    }

    fn problems(d: &RequestDraft) -> Vec<DraftProblem> {
        d.validate("30", PageScheme::Http, &WhatwgUrls).unwrap_err()
    }

    #[test]
    fn valid_draft_becomes_a_request() {
        let mut d = draft("post", "http://127.0.0.1:8000/anything");
        d.headers = vec![
            HeaderRow::new("Content-Type", "application/json"),
            HeaderRow::default(),
        ];
        d.body = "{\"a\":1}".into();
        let req = d.validate("2.5", PageScheme::Http, &WhatwgUrls).unwrap();
        assert_eq!(req.method, Method::Post);
        assert_eq!(req.url.as_str(), "http://127.0.0.1:8000/anything");
        assert_eq!(
            req.headers,
            vec![("Content-Type".to_string(), "application/json".to_string())]
        );
        assert_eq!(req.body.as_deref(), Some("{\"a\":1}"));
        assert_eq!(req.timeout, Duration::from_millis(2500));
    }

    #[test]
    fn a_multipart_body_edited_to_lf_is_sent_with_crlf() {
        let mut d = draft("POST", "http://127.0.0.1:8000/anything");
        d.headers = vec![HeaderRow::new(
            "Content-Type",
            "multipart/form-data; boundary=XyZ",
        )];
        d.body = "--XyZ\nContent-Disposition: form-data; name=\"a\"\n\n1\n--XyZ--\n".into();
        let req = d.validate("30", PageScheme::Http, &WhatwgUrls).unwrap();
        assert_eq!(
            req.body.as_deref(),
            Some("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--XyZ--\r\n")
        );
    }

    #[test]
    fn other_bodies_keep_their_line_breaks() {
        let mut d = draft("POST", "http://127.0.0.1:8000/anything");
        d.headers = vec![HeaderRow::new("Content-Type", "text/plain")];
        d.body = "a\nb".into();
        let req = d.validate("30", PageScheme::Http, &WhatwgUrls).unwrap();
        assert_eq!(req.body.as_deref(), Some("a\nb"));
    }

    #[test]
    fn default_draft_is_a_get_with_one_blank_header_row() {
        let d = RequestDraft::default();
        assert_eq!(d.method, "GET");
        assert_eq!(d.headers, vec![HeaderRow::default()]);
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let mut d = draft("GE T", "example.com");
        d.headers = vec![HeaderRow::new("Bad Name", "x")];
        let found = problems(&d);
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(matches!(found[0], DraftProblem::Method(_)));
        assert!(matches!(
            found[1],
            DraftProblem::Url(UrlError::MissingScheme { .. })
        ));
        assert!(matches!(found[2], DraftProblem::Header { row: 0, .. }));
    }

    #[test]
    fn get_and_head_with_a_body_are_refused() {
        for method in ["GET", "head"] {
            let mut d = draft(method, "https://example.com");
            d.body = "x".into();
            let found = problems(&d);
            assert!(
                matches!(&found[..], [DraftProblem::BodyNotAllowed { .. }]),
                "{found:?}"
            );
            assert!(found[0].to_string().contains("cannot carry a body"));
        }
    }

    #[test]
    fn dropped_headers_are_not_sent_and_do_not_block() {
        let mut d = draft("GET", "https://example.com");
        d.headers = vec![
            HeaderRow::new("Host", "evil.test"),
            HeaderRow::new("X-A", "1"),
        ];
        let req = d.validate("30", PageScheme::Https, &WhatwgUrls).unwrap();
        assert_eq!(req.headers, vec![("X-A".to_string(), "1".to_string())]);
    }

    #[test]
    fn plain_http_from_an_https_page_is_mixed_content() {
        let d = draft("GET", "http://api.example.com/x");
        let found = d
            .validate("30", PageScheme::Https, &WhatwgUrls)
            .unwrap_err();
        assert_eq!(
            found,
            vec![DraftProblem::MixedContent {
                url: "http://api.example.com/x".into()
            }]
        );
        assert!(found[0].to_string().contains("mixed content"));
    }

    #[test]
    fn loopback_http_from_an_https_page_is_allowed() {
        let d = draft("GET", "http://127.0.0.1:9000/");
        assert!(d.validate("30", PageScheme::Https, &WhatwgUrls).is_ok());
        assert!(draft("GET", "http://localhost/")
            .validate("30", PageScheme::Https, &WhatwgUrls)
            .is_ok());
    }

    #[test]
    fn http_from_an_http_page_is_fine() {
        assert!(draft("GET", "http://api.example.com/")
            .validate("30", PageScheme::Http, &WhatwgUrls)
            .is_ok());
    }

    #[test]
    fn timeout_accepts_seconds_within_range() {
        assert_eq!(parse_timeout("30"), Ok(Duration::from_secs(30)));
        assert_eq!(parse_timeout(" 0.5 "), Ok(Duration::from_millis(500)));
        assert_eq!(parse_timeout("3600"), Ok(Duration::from_secs(3600)));
        assert_eq!(parse_timeout(".25"), Ok(Duration::from_millis(250)));
        assert_eq!(parse_timeout("1."), Ok(Duration::from_secs(1)));
        assert_eq!(parse_timeout("1.23456"), Ok(Duration::from_millis(1234)));
    }

    #[test]
    fn timeout_refuses_nonsense_with_a_message() {
        assert_eq!(
            parse_timeout("abc"),
            Err(TimeoutError::NotANumber("abc".into()))
        );
        assert_eq!(parse_timeout(""), Err(TimeoutError::NotANumber("".into())));
        for t in [
            "0",
            "-1",
            "0.05",
            "3601",
            "NaN",
            "inf",
            ".",
            "1.2.3",
            "1e3",
            "+5",
            "99999999999999999",
        ] {
            assert!(parse_timeout(t).is_err(), "{t}");
        }
        assert!(parse_timeout("0")
            .unwrap_err()
            .to_string()
            .contains("between 0.1 and 3600"));
    }

    #[test]
    fn invalid_timeout_is_a_draft_problem() {
        let found = draft("GET", "https://example.com")
            .validate("soon", PageScheme::Http, &WhatwgUrls)
            .unwrap_err();
        assert!(matches!(&found[..], [DraftProblem::Timeout(_)]));
    }

    #[test]
    fn body_without_content_type_is_noticed() {
        let mut d = draft("POST", "https://example.com");
        assert!(!d.body_lacks_content_type());
        d.body = "{\"a\":1}".into();
        assert!(d.body_lacks_content_type());
        assert!(d.body_is_json());
        d.headers
            .push(HeaderRow::new("content-type", "application/json"));
        assert!(!d.body_lacks_content_type());
    }

    #[test]
    fn accept_naming_json_is_noticed() {
        let mut d = draft("GET", "https://example.com");
        assert!(!d.accepts_json());
        d.headers = vec![HeaderRow::new("accept", "application/problem+json, */*")];
        assert!(d.accepts_json());
        d.headers[0].enabled = false;
        assert!(!d.accepts_json());
    }

    #[test]
    fn redirects_are_followed_unless_switched_off() {
        let mut d = draft("GET", "https://example.com");
        assert!(
            d.validate("30", PageScheme::Http, &WhatwgUrls)
                .unwrap()
                .follow_redirects
        );
        d.follow_redirects = false;
        assert!(
            !d.validate("30", PageScheme::Http, &WhatwgUrls)
                .unwrap()
                .follow_redirects
        );
        let old: RequestDraft =
            serde_json::from_str(r#"{"method":"GET","url":"","headers":[],"body":""}"#).unwrap();
        assert!(old.follow_redirects);
    }

    #[test]
    fn blank_header_rows_do_not_make_drafts_different() {
        let a = RequestDraft::default();
        let b = RequestDraft {
            headers: vec![],
            ..RequestDraft::default()
        };
        assert!(a.same_request(&b));
        let c = RequestDraft {
            url: "https://example.com".into(),
            ..RequestDraft::default()
        };
        assert!(!a.same_request(&c));
        let d = RequestDraft {
            headers: vec![HeaderRow::new("X-A", "1")],
            ..RequestDraft::default()
        };
        assert!(!a.same_request(&d));
    }

    #[test]
    fn non_json_body_is_not_json() {
        let d = RequestDraft {
            body: "a=1&b=2".into(),
            ..RequestDraft::default()
        };
        assert!(!d.body_is_json());
    }
}
