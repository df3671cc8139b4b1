//! Headers a status code calls for, and the Retry-After header.

use std::time::SystemTime;

use super::{code_and_name, header_presence, Check, Finding, HeaderPresence, Severity};
use crate::core::insight::retry_after::{describe_retry, parse_retry_after, RetryAfter};
use crate::core::response::received::ReceivedResponse;
use crate::core::status::{Requirement, Spec, StatusCode};

/// A header some status codes call for, checked on responses with those codes.
struct HeaderRule {
    /// The header's name as people write it.
    header: &'static str,
    applies_to: fn(u16) -> bool,
    /// How strongly, and why, when the status reference lists no expectation
    /// for this code (unregistered codes, rare 3xx ones).
    fallback: Requirement,
    fallback_why: &'static str,
}

const RULES: [HeaderRule; 5] = [
    HeaderRule {
        header: "Location",
        applies_to: |code| code == 201,
        fallback: Requirement::Should,
        fallback_why: "It gives the URI of the new resource.",
    },
    HeaderRule {
        header: "WWW-Authenticate",
        applies_to: |code| code == 401,
        fallback: Requirement::Must,
        fallback_why: "It names the authentication scheme the client should use.",
    },
    HeaderRule {
        header: "Allow",
        applies_to: |code| code == 405,
        fallback: Requirement::Must,
        fallback_why: "It lists the methods the target does support.",
    },
    HeaderRule {
        header: "Retry-After",
        applies_to: |code| code == 429 || code == 503,
        fallback: Requirement::May,
        fallback_why: "It tells clients when to try again.",
    },
    HeaderRule {
        header: "Location",
        // 304 points nowhere; 305 is deprecated and 306 unused, so neither is a redirect to check.
        applies_to: |code| (300..=399).contains(&code) && !matches!(code, 304..=306),
        fallback: Requirement::Should,
        fallback_why: "It is where the redirect points; without it there is nothing to follow.",
    },
];

/// The codes fetch() follows when they carry a Location (the Fetch standard's
/// "redirect status"). In the default "follow" mode a page only ever receives
/// one of these when the browser found no Location to follow.
fn is_followed_redirect(code: u16) -> bool {
    matches!(code, 301 | 302 | 303 | 307 | 308)
}

/// Why a followed redirect code without a visible Location really lacks one.
const LOCATION_NOT_HIDDEN: &str = " The response is cross-origin, so the browser would hide \
    Location from this page, but here it is really missing: the browser reads Location itself \
    and would have followed the redirect had there been one.";

/// A finding for each header the status code calls for that the page cannot see.
pub(super) fn expected_headers(response: &ReceivedResponse, status: StatusCode) -> Vec<Finding> {
    let code = status.as_u16();
    RULES
        .iter()
        .filter(|rule| (rule.applies_to)(code))
        .filter_map(|rule| {
            let (requirement, why) = expectation(status, rule);
            match header_presence(response, rule.header) {
                HeaderPresence::Present(_) => None,
                HeaderPresence::Missing => Some(missing(status, rule.header, requirement, why, "")),
                HeaderPresence::NotVisible
                    if rule.header == "Location" && is_followed_redirect(code) =>
                {
                    Some(missing(
                        status,
                        rule.header,
                        requirement,
                        why,
                        LOCATION_NOT_HIDDEN,
                    ))
                }
                HeaderPresence::NotVisible => Some(not_visible(rule.header, requirement, why)),
            }
        })
        .collect()
}

/// The requirement and reason from the status reference when it lists this
/// header for the code, else the rule's own.
fn expectation(status: StatusCode, rule: &HeaderRule) -> (Requirement, &'static str) {
    status
        .entry()
        .and_then(|entry| entry.details())
        .and_then(|details| {
            details
                .expected_headers
                .iter()
                .find(|expected| expected.name.eq_ignore_ascii_case(rule.header))
        })
        .map_or((rule.fallback, rule.fallback_why), |expected| {
            (expected.requirement, expected.why)
        })
}

fn missing(
    status: StatusCode,
    header: &str,
    requirement: Requirement,
    why: &str,
    note: &str,
) -> Finding {
    let severity = match requirement {
        Requirement::Must => Severity::Problem,
        Requirement::Should => Severity::Warning,
        Requirement::May => Severity::Advice,
    };
    let code_and_name = code_and_name(status);
    Finding::new(
        Check::MissingHeader,
        severity,
        format!("No {header} header"),
        format!(
            "The response has no {header} header, which a {code_and_name} response {} include. \
             {header}: {why}{note}",
            requirement.label()
        ),
        Some(status.effective_entry().spec()),
    )
}

fn not_visible(header: &str, requirement: Requirement, why: &str) -> Finding {
    let severity = match requirement {
        Requirement::Must | Requirement::Should => Severity::Advice,
        Requirement::May => Severity::Info,
    };
    Finding::new(
        Check::HeaderNotVisible,
        severity,
        format!("{header} is not visible to this page"),
        format!(
            "{header} is not visible to this page: the response is cross-origin and the server did \
             not list it in Access-Control-Expose-Headers, so it may well be there. {header}: {why} \
             If code running \
             in browsers needs to read it, the server should add {header} to \
             Access-Control-Expose-Headers."
        ),
        None,
    )
}

/// RFC 9110 §10.2.3, where Retry-After is defined.
const RETRY_AFTER_SPEC: Spec = Spec {
    rfc: 9110,
    section: "10.2.3",
};

/// The codes a retry can help with; Retry-After is read only on these.
pub(super) fn is_retryable(code: u16) -> bool {
    matches!(code, 429 | 502 | 503 | 504)
}

/// What Retry-After told this page, for the retry advice.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum RetryState {
    /// Not a code a retry can help with.
    NotApplicable,
    /// Read; the sentence says when.
    Readable(String),
    /// Present but not readable.
    Unreadable,
    Missing,
    NotVisible,
}

pub(super) struct RetryAfterCheck {
    pub state: RetryState,
    pub finding: Option<Finding>,
}

/// Reads Retry-After on a retryable response and says when to retry.
pub(super) fn retry_after(
    response: &ReceivedResponse,
    status: StatusCode,
    now: SystemTime,
) -> RetryAfterCheck {
    if !is_retryable(status.as_u16()) {
        return RetryAfterCheck {
            state: RetryState::NotApplicable,
            finding: None,
        };
    }
    let value = match header_presence(response, "retry-after") {
        HeaderPresence::Present(value) => value,
        HeaderPresence::Missing => return no_finding(RetryState::Missing),
        HeaderPresence::NotVisible => return no_finding(RetryState::NotVisible),
    };
    match parse_retry_after(value) {
        Ok(retry) => {
            let when = describe_retry(&retry, now, server_date(response));
            let form = match retry {
                RetryAfter::Delay(_) => {
                    "a number of seconds, counted from when the response arrived"
                }
                RetryAfter::At(_) => "a date",
            };
            RetryAfterCheck {
                state: RetryState::Readable(when.clone()),
                finding: Some(Finding::new(
                    Check::RetryAfter,
                    Severity::Info,
                    when,
                    format!("The server sent Retry-After: {value}, which is {form}."),
                    Some(RETRY_AFTER_SPEC),
                )),
            }
        }
        Err(error) => RetryAfterCheck {
            state: RetryState::Unreadable,
            finding: Some(Finding::new(
                Check::InvalidRetryAfter,
                Severity::Warning,
                "Retry-After cannot be read",
                format!(
                    "{error} Clients will ignore it and fall back on their own idea of how long \
                     to wait."
                ),
                Some(RETRY_AFTER_SPEC),
            )),
        },
    }
}

fn no_finding(state: RetryState) -> RetryAfterCheck {
    RetryAfterCheck {
        state,
        finding: None,
    }
}

/// The response's Date header, the server's clock, when visible and readable.
fn server_date(response: &ReceivedResponse) -> Option<SystemTime> {
    match header_presence(response, "date") {
        HeaderPresence::Present(value) => httpdate::parse_http_date(value.trim()).ok(),
        HeaderPresence::Missing | HeaderPresence::NotVisible => None,
    }
}
