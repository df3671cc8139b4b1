//! Checks on the content: whether there may be any, its type, errors hidden
//! in a success, error pages that are not the API's, and Problem Details.

use crate::core::json_value::Json;
use crate::core::media_type::essence;

use super::{
    code_and_name, header_presence, shorten, Check, Finding, HeaderPresence, InsightContext,
    Severity,
};
use crate::core::insight::problem::{is_problem_media_type, parse_problem, ProblemDetails};
use crate::core::response::json_pretty::is_json_media_type;
use crate::core::response::received::{format_size, ReceivedResponse};
use crate::core::status::{Spec, StatusClass, StatusCode};

const fn rfc(rfc: u16, section: &'static str) -> Spec {
    Spec { rfc, section }
}

/// 204 and 304 responses end with their headers.
pub(super) fn body_not_allowed(response: &ReceivedResponse, status: StatusCode) -> Option<Finding> {
    let reason = match status.as_u16() {
        204 => {
            "A 204 response ends with its header section: the code itself says there is no content."
        }
        304 => {
            "A 304 response tells the client to use the copy it already has, so it never \
             carries content."
        }
        _ => return None,
    };
    if response.body.is_empty() {
        return None;
    }
    let name = code_and_name(status);
    Some(Finding::new(
        Check::BodyNotAllowed,
        Severity::Problem,
        format!("A {name} response with a body"),
        format!(
            "The response carries {} of content. {reason} Clients may drop the bytes, or, on a \
             reused connection, misread them as the start of the next response.",
            format_size(response.body.len())
        ),
        Some(status.effective_entry().spec()),
    ))
}

/// Content should say what it is.
pub(super) fn missing_content_type(
    response: &ReceivedResponse,
    status: StatusCode,
) -> Option<Finding> {
    // A body on 204 or 304 is already a problem in itself.
    if response.body.is_empty() || matches!(status.as_u16(), 204 | 304) {
        return None;
    }
    // Content-Type is CORS-safelisted, so "not there" always means missing.
    if header_presence(response, "content-type") != HeaderPresence::Missing {
        return None;
    }
    Some(Finding::new(
        Check::MissingContentType,
        Severity::Warning,
        "No Content-Type header",
        format!(
            "The response has {} of content but no Content-Type header, so clients have to guess \
             its format: browsers sniff the bytes, and many HTTP libraries treat it as opaque binary \
             data. Content-Type is always visible to pages, even cross-origin, so it is really \
             missing rather than hidden.",
            format_size(response.body.len())
        ),
        Some(rfc(9110, "8.3")),
    ))
}

/// A success whose JSON says it failed.
pub(super) fn json_error_in_success(
    response: &ReceivedResponse,
    status: StatusCode,
) -> Option<Finding> {
    if status.class() != StatusClass::Success
        || !response.content_type().is_some_and(is_json_media_type)
        || response.body.len() > LOOK_INSIDE_LIMIT
    {
        return None;
    }
    let Some(Ok(document)) = response.body.in_memory().map(Json::parse) else {
        return None;
    };
    let signals: Vec<String> = ["error", "errors", "success", "ok", "status"]
        .into_iter()
        .filter_map(|name| {
            let value = document.member(name)?;
            reports_failure(name, value)
                .then(|| format!("\"{name}\": {}", shorten(&value.to_compact(), 60)))
        })
        .collect();
    if signals.is_empty() {
        return None;
    }
    let graphql = if signals.iter().any(|s| s.starts_with("\"errors\"")) {
        " (GraphQL servers answer 200 with an \"errors\" array by design; there the status code only \
         says the request was processed, and the errors array is the thing to check.)"
    } else {
        ""
    };
    let name = code_and_name(status);
    Some(Finding::new(
        Check::JsonErrorIn2xx,
        Severity::Warning,
        format!("The {name} response reports an error in its body"),
        format!(
            "The JSON body has {} at the top level, so the request probably failed although the \
             status code says it succeeded. Clients, caches, monitoring and retry logic go by the \
             status code and will count this as a success. A failure should be sent with a 4xx or 5xx \
             status, with the details in the body (Problem Details, RFC 9457, is a standard shape \
             for them).{graphql}",
            signals.join(" and ")
        ),
        Some(rfc(9110, "15.3")),
    ))
}

/// Error envelopes are small; building a tree of a multi-megabyte body just to
/// look at its top-level members would hold up the page.
pub const LOOK_INSIDE_LIMIT: usize = crate::core::response::received::STORE_FROM;

/// Whether a top-level member, by common API conventions, says the request failed.
fn reports_failure(name: &str, value: &Json) -> bool {
    match (name, value) {
        ("error", Json::Null | Json::Bool(false)) => false,
        ("error", Json::String(s)) => !s.is_empty(),
        ("error", Json::Number(n)) => n.as_f64() != Some(0.0),
        ("error", Json::Array(items)) => !items.is_empty(),
        ("error", Json::Object(members)) => !members.is_empty(),
        ("error", Json::Bool(true)) => true,
        ("errors", Json::Array(items)) => !items.is_empty(),
        ("success" | "ok", Json::Bool(false)) => true,
        ("status", Json::String(s)) => ["error", "fail", "failed"]
            .iter()
            .any(|word| s.trim().eq_ignore_ascii_case(word)),
        _ => false,
    }
}

/// An HTML error page from a server that otherwise answers JSON.
pub(super) fn html_error_page(
    response: &ReceivedResponse,
    status: StatusCode,
    context: &InsightContext,
) -> Option<Finding> {
    let is_error = matches!(
        status.class(),
        StatusClass::ClientError | StatusClass::ServerError
    );
    let is_html = response
        .content_type()
        .and_then(essence)
        .is_some_and(|e| matches!(e.as_str(), "text/html" | "application/xhtml+xml"));
    if !is_error || !is_html || !context.expects_json {
        return None;
    }
    let titled = response
        .body
        .in_memory()
        .and_then(html_title)
        .map(|title| format!(" titled “{title}”"))
        .unwrap_or_default();
    let name = code_and_name(status);
    Some(Finding::new(
        Check::HtmlErrorFromJsonApi,
        Severity::Warning,
        format!("The {name} is an HTML page, not JSON"),
        format!(
            "JSON was expected (the request's Accept asked for it, or this server answered JSON \
             before), but this error came back as an HTML page{titled}. That usually means the \
             request never reached the API's own error handling: a reverse proxy, load balancer, CDN \
             or web server answered with its default error page (typical for 502, 504 and 413), or \
             the framework's default handler did (a route that does not exist, a crash before the \
             API's error handling ran). Check the URL and the server or proxy logs. Client code that \
             parses every error body as JSON will fail on this one."
        ),
        None,
    ))
}

/// The text of the page's `<title>`, if it has a short one.
fn html_title(body: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(body).ok()?;
    // ASCII lower-casing keeps byte offsets, so positions carry over to `text`.
    let lower = text.to_ascii_lowercase();
    let open = lower.find("<title")?;
    let start = open + lower[open..].find('>')? + 1;
    let end = start + lower[start..].find("</title")?;
    let title = text[start..end]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    (!title.is_empty()).then(|| shorten(&title, 80))
}

/// Problem Details describe a failure (RFC 9457 §1): on a 1xx, 2xx or 3xx the
/// status code and the body contradict each other.
fn problem_on_non_error(status: StatusCode) -> Option<Finding> {
    if matches!(
        status.class(),
        StatusClass::ClientError | StatusClass::ServerError
    ) {
        return None;
    }
    let name = code_and_name(status);
    Some(Finding::new(
        Check::ProblemOnNonError,
        Severity::Warning,
        format!("A Problem Details body on a {name} response"),
        format!(
            "The body is application/problem+json, the format for describing why a request \
             failed, but the status is {name}, which is not an error. Clients, caches and \
             monitoring go by the status code and will treat this as {}. If the request failed, \
             send a 4xx or 5xx status with this body; if it did not, send an ordinary \
             representation instead.",
            match status.class() {
                StatusClass::Redirection => "a redirect",
                StatusClass::Informational => "an interim response",
                _ => "a success",
            }
        ),
        Some(rfc(9457, "1")),
    ))
}

/// Reads a Problem Details body; reports one that cannot be read, has
/// ignored members, names another status than the response's, or comes
/// with a status that is not an error.
pub(super) fn problem_details(
    response: &ReceivedResponse,
    status: StatusCode,
) -> (Option<ProblemDetails>, Vec<Finding>) {
    // Like the error-member check, a huge body is not parsed on the main thread.
    if !response.content_type().is_some_and(is_problem_media_type)
        || response.body.len() > LOOK_INSIDE_LIMIT
    {
        return (None, Vec::new());
    }
    let Some(body) = response.body.in_memory() else {
        return (None, Vec::new());
    };
    let problem = match parse_problem(body) {
        Ok(problem) => problem,
        Err(error) => {
            let finding = Finding::new(
                Check::ProblemDetails,
                Severity::Warning,
                "The Problem Details body cannot be read",
                format!(
                    "The Content-Type says application/problem+json. {error} Clients that rely on \
                     the format will find no error details."
                ),
                Some(rfc(9457, "3")),
            );
            return (None, vec![finding]);
        }
    };
    let mut findings: Vec<Finding> = problem_on_non_error(status).into_iter().collect();
    if !problem.issues.is_empty() {
        findings.push(Finding::new(
            Check::ProblemDetails,
            Severity::Warning,
            "Some Problem Details members are ignored",
            problem.issues.join(" "),
            Some(rfc(9457, "3.1")),
        ));
    }
    if let Some(claimed) = problem.status.filter(|&claimed| claimed != status.as_u16()) {
        let claimed_name = StatusCode::new(claimed)
            .map(code_and_name)
            .unwrap_or_else(|_| claimed.to_string());
        findings.push(Finding::new(
            Check::ProblemStatusMismatch,
            Severity::Problem,
            format!("The body says {claimed}, the response says {status}"),
            format!(
                "The Problem Details \"status\" member is {claimed_name}, but the response's status \
                 is {}. The member is only a copy for readers of the body: the two must match, \
                 because HTTP software that does not read the body acts on the real status code. \
                 Either the server sets them separately, or something in between (a proxy, a \
                 gateway) changed the status.",
                code_and_name(status)
            ),
            Some(rfc(9457, "3.1.2")),
        ));
    }
    (Some(problem), findings)
}
