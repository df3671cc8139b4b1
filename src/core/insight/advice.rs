//! What to do next: retrying a failed request, and what the browser did
//! with redirects.

use super::headers::{is_retryable, RetryState};
use super::{is_idempotent, Check, Finding, Severity};
use crate::core::response::received::ReceivedResponse;
use crate::core::status::{Spec, StatusCode};

const BACK_OFF: &str = "Wait a little before retrying, and make each further wait longer than \
                        the last (doubling it, with some randomness so that many clients do not \
                        retry in step), giving up after a few attempts.";

/// Retry advice for the codes where a retry can help: 429, 502, 503, 504.
/// Other codes get none: repeating the same request will not change a 4xx,
/// and a 500 gives no sign the fault will pass.
pub(super) fn retry(status: StatusCode, method: &str, retry_after: &RetryState) -> Option<Finding> {
    let code = status.as_u16();
    if !is_retryable(code) {
        return None;
    }
    let when = match retry_after {
        RetryState::Readable(when) => Some(when.as_str()),
        _ => None,
    };
    let hidden = if *retry_after == RetryState::NotVisible {
        " The server may have sent Retry-After, but it is hidden from this page (it is not listed in \
         Access-Control-Expose-Headers)."
    } else {
        ""
    };
    let (title, situation) = match code {
        429 => (
            "Rate limited: wait before sending more",
            "429 means this client has sent too many requests. Sending more before the limit resets \
             usually earns another 429, and some servers extend the block.",
        ),
        503 => (
            "Temporarily unavailable: retry later",
            "503 means the server cannot handle requests just now (overload or maintenance) and \
             expects that to pass; the request was not processed.",
        ),
        502 => (
            "Bad gateway: a retry often works",
            "502 means a gateway or proxy got no valid answer from the server behind it, which \
             often means that server crashed or was restarting.",
        ),
        _ => (
            "Gateway timeout: retry with care",
            "504 means a gateway or proxy gave up waiting for the server behind it. The server may \
             still have finished the work after the gateway stopped waiting.",
        ),
    };
    let plan = match when {
        Some(when) => format!("Retry only after the time Retry-After gives. {when}"),
        None if matches!(code, 429 | 503) => {
            format!("The response does not say when to come back, so back off.{hidden} {BACK_OFF}")
        }
        None => BACK_OFF.to_owned(),
    };
    let idempotency = match code {
        502 | 504 if is_idempotent(method) => {
            format!(" {method} is idempotent, so sending it again is safe.")
        }
        502 | 504 => format!(
            " {method} is not idempotent: the server behind the gateway may already have acted on \
             the request, so a blind retry can do the work twice. Check the outcome first, or retry \
             only if the API offers a safeguard such as an idempotency key."
        ),
        _ => String::new(),
    };
    Some(Finding::new(
        Check::RetryAdvice,
        Severity::Advice,
        title,
        format!("{situation} {plan}{idempotency}"),
        Some(status.effective_entry().spec()),
    ))
}

/// When fetch() followed redirects: what the page can and cannot know.
pub(super) fn redirected(response: &ReceivedResponse, method: &str) -> Option<Finding> {
    if !response.redirected {
        return None;
    }
    let method_change = if method.eq_ignore_ascii_case("POST") {
        " Because this was a POST: after a 301, 302 or 303 the browser sends the next request as a GET \
         without the body, so the final response may answer a different request than the one sent."
            .to_owned()
    } else if method.eq_ignore_ascii_case("GET") || method.eq_ignore_ascii_case("HEAD") {
        String::new()
    } else {
        format!(
            " Because this was a {method}: after a 303 the browser sends the next request as a GET \
             without the body, so the final response may answer a different request than the one sent."
        )
    };
    Some(Finding::new(
        Check::Redirected,
        Severity::Info,
        "The browser followed a redirect",
        format!(
            "This response came from {}. fetch() follows redirects on its own, so the 3xx \
             responses along the way (their status codes and Location headers) are not visible to \
             this page; only the final response is. Asking fetch() not to follow \
             (redirect: \"manual\") does not reveal them either: the browser then returns an opaque response with status 0 and no headers. \
             That is a browser restriction, not the server's doing; a client outside the browser, \
             such as curl -i, shows each step.{method_change}",
            response.final_url
        ),
        Some(Spec {
            rfc: 9110,
            section: "15.4",
        }),
    ))
}
