//! The insight panel: what a response's status means, and what about the
//! response deserves a closer look.
//!
//! [`analyse`] runs every check and returns the findings most serious first.
//! A healthy response gets no findings at all; each finding names the check
//! that made it, why it matters and, where one applies, the RFC section.
//!
//! The checks are grouped by what they look at: [`headers`] (headers a status
//! code calls for, and Retry-After), [`body`] (content, its type, Problem
//! Details) and [`advice`] (retrying, and redirects the browser followed).
//! Names, meanings and expected headers come from the status reference
//! ([`crate::core::status`]), so the panel and the reference pages agree.

mod advice;
mod body;
mod headers;
pub mod problem;
pub mod retry_after;
#[cfg(test)]
mod tests;

use std::time::SystemTime;

use super::status::{Spec, StatusCode};
use crate::core::insight::problem::ProblemDetails;
use crate::core::response::received::{ReceivedResponse, SAFELISTED_RESPONSE_HEADERS};

/// What the checks need to know beyond the response itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InsightContext {
    /// The method the request was sent with, as sent ("GET", "POST").
    pub request_method: String,
    /// The request's Accept named JSON, or this origin answered JSON before.
    pub expects_json: bool,
    /// The moment the response arrived: delays in Retry-After count from it.
    /// Passed in because `SystemTime::now()` panics on wasm32-unknown-unknown.
    pub now: SystemTime,
}

/// Everything the panel shows for one response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Insight {
    pub summary: StatusSummary,
    /// Most serious first; empty for a response with nothing to remark on.
    pub findings: Vec<Finding>,
    /// The body read as Problem Details, when it is labelled as such and parses.
    pub problem: Option<ProblemDetails>,
}

/// The status line explained, from the status reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusSummary {
    pub code: u16,
    /// The registered name, or "Unregistered 4xx code" and the like.
    pub name: String,
    pub meaning: String,
    pub registered: bool,
    /// The code's reference page, relative to the app's base ("reference/404").
    pub reference_path: String,
}

/// How much a finding matters. Ordered most serious first, so sorting
/// findings by severity puts problems at the top.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// The response breaks a requirement or misreports what happened.
    Problem,
    /// Probably wrong, or likely to trip up clients.
    Warning,
    /// Worth knowing to handle the response well.
    Advice,
    /// Context that explains what is seen.
    Info,
}

impl Severity {
    pub fn label(self) -> &'static str {
        match self {
            Severity::Problem => "Problem",
            Severity::Warning => "Warning",
            Severity::Advice => "Advice",
            Severity::Info => "Info",
        }
    }

    /// A stable lower-case identifier, for CSS modifiers and test ids.
    pub fn slug(self) -> &'static str {
        match self {
            Severity::Problem => "problem",
            Severity::Warning => "warning",
            Severity::Advice => "advice",
            Severity::Info => "info",
        }
    }
}

/// Which check produced a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Check {
    /// A header the status code calls for is absent.
    MissingHeader,
    /// A header the status code calls for may be present but is hidden by CORS.
    HeaderNotVisible,
    /// A 204 or 304 response carries content.
    BodyNotAllowed,
    /// A 2xx response whose JSON body reports a failure.
    JsonErrorIn2xx,
    /// An error response that is an HTML page where JSON was expected.
    HtmlErrorFromJsonApi,
    /// Content without a Content-Type.
    MissingContentType,
    /// Retry-After, read and explained.
    RetryAfter,
    /// Retry-After that cannot be read.
    InvalidRetryAfter,
    /// Whether and how to retry a failed request.
    RetryAdvice,
    /// A Problem Details body that cannot be read, or has ignored members.
    ProblemDetails,
    /// A Problem Details `status` member that differs from the real status.
    ProblemStatusMismatch,
    /// A Problem Details body on a response that is not an error.
    ProblemOnNonError,
    /// The browser followed one or more redirects.
    Redirected,
}

impl Check {
    /// Findings the Problem Details explainer helps with, which link to it.
    pub fn is_about_problem_details(self) -> bool {
        matches!(
            self,
            Check::ProblemDetails | Check::ProblemStatusMismatch | Check::ProblemOnNonError
        )
    }
}

/// One thing the panel has to say about a response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub check: Check,
    pub severity: Severity,
    /// One line.
    pub title: String,
    /// The reason, and what to do about it.
    pub detail: String,
    pub spec: Option<Spec>,
}

impl Finding {
    fn new(
        check: Check,
        severity: Severity,
        title: impl Into<String>,
        detail: impl Into<String>,
        spec: Option<Spec>,
    ) -> Finding {
        Finding {
            check,
            severity,
            title: title.into(),
            detail: detail.into(),
            spec,
        }
    }
}

/// Whether this page can see a response header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeaderPresence<'a> {
    /// Seen, with this value.
    Present(&'a str),
    /// Not sent: the page would have seen it.
    Missing,
    /// Not seen, but the browser would have hidden it anyway: the response is
    /// cross-origin and the name is neither CORS-safelisted nor listed in
    /// Access-Control-Expose-Headers.
    NotVisible,
}

/// Looks a header up and says, when it is not there, whether that means
/// it was not sent or only that the browser hid it.
pub fn header_presence<'a>(response: &'a ReceivedResponse, name: &str) -> HeaderPresence<'a> {
    if let Some(value) = response.header(name) {
        return HeaderPresence::Present(value);
    }
    let safelisted = SAFELISTED_RESPONSE_HEADERS
        .iter()
        .any(|safe| safe.eq_ignore_ascii_case(name));
    if response.cross_origin && !safelisted {
        HeaderPresence::NotVisible
    } else {
        HeaderPresence::Missing
    }
}

/// Runs every check on a response. `None` when the status is outside
/// 100..=599, where there is nothing in the reference to explain it by.
pub fn analyse(response: &ReceivedResponse, context: &InsightContext) -> Option<Insight> {
    let status = response.status?;
    let mut findings = Vec::new();
    findings.extend(headers::expected_headers(response, status));
    let retry = headers::retry_after(response, status, context.now);
    findings.extend(retry.finding.clone());
    findings.extend(body::body_not_allowed(response, status));
    findings.extend(body::missing_content_type(response, status));
    findings.extend(body::json_error_in_success(response, status));
    findings.extend(body::html_error_page(response, status, context));
    let (problem, problem_findings) = body::problem_details(response, status);
    findings.extend(problem_findings);
    findings.extend(advice::retry(status, &context.request_method, &retry.state));
    findings.extend(advice::redirected(response, &context.request_method));
    // A stable sort: within one severity, findings keep the order above.
    findings.sort_by_key(|finding| finding.severity);
    Some(Insight {
        summary: summarise(status),
        findings,
        problem,
    })
}

/// The status code's name and meaning from the reference. An unregistered
/// code is explained by the x00 code of its class, which is how clients
/// treat it (RFC 9110 §15).
pub fn summarise(status: StatusCode) -> StatusSummary {
    let code = status.as_u16();
    let reference_path = format!("reference/{code}");
    match status.entry() {
        Some(entry) => StatusSummary {
            code,
            name: entry.name.to_owned(),
            meaning: entry.meaning().to_owned(),
            registered: true,
            reference_path,
        },
        None => {
            let generic = status.class().generic_entry();
            StatusSummary {
                code,
                name: format!("Unregistered {} code", status.class().range()),
                meaning: format!(
                    "{code} is not in the IANA registry. Clients that do not know a code treat it as \
                     the x00 code of its class, so this reads as {} {}: {}",
                    generic.code, generic.name, generic.meaning()
                ),
                registered: false,
                reference_path,
            }
        }
    }
}

/// "201 Created", or just the number for an unregistered code.
fn code_and_name(status: StatusCode) -> String {
    match status.reason() {
        Some(name) => format!("{status} {name}"),
        None => status.to_string(),
    }
}

/// Whether a method is idempotent (RFC 9110 §9.2.2): sending it twice has
/// the same effect on the server as sending it once.
fn is_idempotent(method: &str) -> bool {
    ["GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"]
        .iter()
        .any(|m| m.eq_ignore_ascii_case(method))
}

/// At most `limit` characters of `text`, with an ellipsis when cut.
fn shorten(text: &str, limit: usize) -> String {
    if text.chars().count() > limit {
        let head: String = text.chars().take(limit).collect();
        format!("{head}…")
    } else {
        text.to_owned()
    }
}
