//! Side-by-side comparisons of codes that are easily confused, each a page of
//! its own (`/reference/compare/401-403`): a table with one column per code and
//! one row per aspect, every cell marked with how firmly it binds.

use std::fmt;

use super::{defined, practice, rfc9110, rule, Claim, Keyword::*};

/// The code sets that have a comparison, in the order the reference lists them.
///
/// Kept apart from [`COMPARISONS`] so the response view can link a status to
/// its comparison without carrying the comparisons' text; a test keeps the two
/// in step.
pub static COMPARED: &[&[u16]] = &[
    &[401, 403],
    &[404, 410],
    &[301, 302, 303, 307, 308],
    &[502, 503, 504],
    &[400, 422],
    &[200, 201, 204],
];

/// One comparison: a few codes, and how they differ aspect by aspect.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// Ascending, at least two, each registered.
    pub codes: &'static [u16],
    /// A heading that names the question, such as "401 or 403: who are you, or may you?".
    pub title: &'static str,
    /// The rule of thumb for choosing, in a short paragraph.
    pub summary: &'static str,
    pub rows: &'static [Row],
    /// Words a reader may search for ("login", "redirect"), lower-case.
    pub search_terms: &'static [&'static str],
}

/// One aspect of a comparison: a cell per code, in the order of `codes`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub aspect: Aspect,
    pub cells: &'static [Claim],
}

/// What a row compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Aspect {
    Meaning,
    ClientAction,
    Headers,
    MethodOnRedirect,
    Cacheable,
    RetrySafe,
    SearchEngines,
}

impl Aspect {
    /// The row header.
    pub fn label(self) -> &'static str {
        match self {
            Aspect::Meaning => "What it means",
            Aspect::ClientAction => "What the client should do",
            Aspect::Headers => "Headers that go with it",
            Aspect::MethodOnRedirect => "Method on redirect",
            Aspect::Cacheable => "Cacheable by default",
            Aspect::RetrySafe => "Safe to retry",
            Aspect::SearchEngines => "Search engines",
        }
    }
}

/// The address part of a comparison: its codes joined by hyphens ("401-403").
pub fn slug(codes: &[u16]) -> String {
    let parts: Vec<String> = codes.iter().map(u16::to_string).collect();
    parts.join("-")
}

/// The name of a link to a comparison: "Compare 401 and 403",
/// "Compare 301, 302, 303, 307 and 308".
pub fn link_name(codes: &[u16]) -> String {
    format!("Compare {}", and_list(codes))
}

/// The codes as a reader lists them: "401 and 403", "301, 302 and 303".
fn and_list(codes: &[u16]) -> String {
    let mut parts: Vec<String> = codes.iter().map(u16::to_string).collect();
    let last = parts.pop().unwrap_or_default();
    if parts.is_empty() {
        last
    } else {
        format!("{} and {last}", parts.join(", "))
    }
}

/// The compared code sets that include `code`.
pub fn covering(code: u16) -> impl Iterator<Item = &'static [u16]> {
    COMPARED
        .iter()
        .copied()
        .filter(move |codes| codes.contains(&code))
}

/// Why an address names no comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CompareError {
    /// A part between hyphens is not a three-digit code.
    NotCodes(String),
    /// Codes, but no comparison covers exactly them.
    NotCompared(Vec<u16>),
}

impl fmt::Display for CompareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CompareError::NotCodes(text) => write!(
                f,
                "“{text}” does not name status codes: a comparison's address lists codes \
                 joined by hyphens, such as 401-403."
            ),
            CompareError::NotCompared(codes) => write!(
                f,
                "There is no comparison of {} yet. The comparisons below are the ones the \
                 reference has.",
                and_list(codes)
            ),
        }
    }
}

impl std::error::Error for CompareError {}

/// The comparison an address names. The codes may come in any order
/// (`403-401` finds 401 vs 403); each may appear once.
pub fn find(slug: &str) -> Result<&'static Comparison, CompareError> {
    let mut codes = Vec::new();
    for part in slug.split('-') {
        let code = crate::core::status::StatusCode::parse(part)
            .map_err(|_| CompareError::NotCodes(slug.to_owned()))?;
        codes.push(code.as_u16());
    }
    codes.sort_unstable();
    codes.dedup();
    COMPARISONS
        .iter()
        .find(|comparison| comparison.codes == codes.as_slice())
        .ok_or(CompareError::NotCompared(codes))
}

/// Every comparison, in the order of [`COMPARED`].
pub static COMPARISONS: &[Comparison] = &[
    AUTH,
    NOT_FOUND_OR_GONE,
    REDIRECTS,
    GATEWAY_ERRORS,
    BAD_OR_UNPROCESSABLE,
    WRITE_SUCCESS,
];

const AUTH: Comparison = Comparison {
    codes: &[401, 403],
    title: "401 or 403: unknown caller, or known and refused?",
    summary: "Answer 401 when the request carries no usable credentials: none at all, expired or \
              malformed ones. Answer 403 when you know who is asking and they may not do this, or \
              when no credentials could ever help. The question to ask is whether logging in (again) \
              could change the answer.",
    rows: &[
        Row {
            aspect: Aspect::Meaning,
            cells: &[
                defined(
                    rfc9110("15.5.2"),
                    "The request lacks valid authentication credentials for the resource. If it \
                     carried some, they were rejected.",
                ),
                defined(
                    rfc9110("15.5.4"),
                    "The server understood the request and refuses it. Credentials, if sent, are \
                     not enough to grant access.",
                ),
            ],
        },
        Row {
            aspect: Aspect::ClientAction,
            cells: &[
                rule(
                    May,
                    rfc9110("15.5.2"),
                    "Authenticate, or refresh the token, and send the request again with a new \
                     Authorization header.",
                ),
                rule(
                    ShouldNot,
                    rfc9110("15.5.4"),
                    "Do not repeat it with the same credentials; ask for more permissions or \
                     sign in as someone else.",
                ),
            ],
        },
        Row {
            aspect: Aspect::Headers,
            cells: &[
                rule(
                    Must,
                    rfc9110("15.5.2"),
                    "WWW-Authenticate, with at least one challenge (such as Bearer) saying how \
                     to authenticate.",
                ),
                practice(
                    "None required. A Problem Details body saying which permission is missing \
                     saves the caller a support ticket.",
                ),
            ],
        },
        Row {
            aspect: Aspect::Cacheable,
            cells: &[
                defined(
                    rfc9110("15.1"),
                    "No: only with explicit freshness such as Cache-Control: max-age.",
                ),
                defined(
                    rfc9110("15.1"),
                    "No: only with explicit freshness such as Cache-Control: max-age.",
                ),
            ],
        },
        Row {
            aspect: Aspect::RetrySafe,
            cells: &[
                practice("Yes, once there are new credentials; unchanged, it fails the same way."),
                practice("No: the same request with the same credentials gets the same refusal."),
            ],
        },
        Row {
            aspect: Aspect::SearchEngines,
            cells: &[
                practice("Not indexed: crawlers do not log in, so the page is skipped."),
                practice("Not indexed, like 401."),
            ],
        },
    ],
    search_terms: &["login", "log in", "sign in", "auth", "permission", "access denied", "token"],
};

const NOT_FOUND_OR_GONE: Comparison = Comparison {
    codes: &[404, 410],
    title: "404 or 410: missing, or removed for good?",
    summary:
        "Answer 410 when the resource was removed on purpose and will not come back. Answer 404 \
              for everything else, including when you cannot tell whether the absence is \
              permanent. A 404 can also hide a resource the caller may not see, where a 403 would \
              confirm that it exists.",
    rows: &[
        Row {
            aspect: Aspect::Meaning,
            cells: &[
                defined(
                    rfc9110("15.5.5"),
                    "Nothing was found for this URI, or the server will not say whether something \
                     is there. It does not tell whether the absence is temporary.",
                ),
                defined(
                    rfc9110("15.5.11"),
                    "The resource was here, is no longer available, and this is likely \
                     permanent: it was taken away on purpose.",
                ),
            ],
        },
        Row {
            aspect: Aspect::ClientAction,
            cells: &[
                rule(
                    May,
                    rfc9110("15.5.4"),
                    "Check the URI and your access: a server MAY answer 404 instead of 403 to \
                     hide a resource you are not allowed to see.",
                ),
                practice(
                    "Stop requesting it, and remove stored links or bookmarks that point to it.",
                ),
            ],
        },
        Row {
            aspect: Aspect::Headers,
            cells: &[
                practice(
                    "None required. A short body saying which item was not found helps the caller.",
                ),
                practice(
                    "None required. There is no Location: if the resource moved, answer 301 or \
                     308 instead.",
                ),
            ],
        },
        Row {
            aspect: Aspect::Cacheable,
            cells: &[
                defined(
                    rfc9110("15.1"),
                    "Yes: heuristically cacheable, so a cache may keep answering 404 for a while \
                     after the resource appears.",
                ),
                defined(rfc9110("15.1"), "Yes: heuristically cacheable, like 404."),
            ],
        },
        Row {
            aspect: Aspect::RetrySafe,
            cells: &[
                practice(
                    "Harmless, but expect the same answer until something creates the resource.",
                ),
                practice("Harmless but pointless: the server has said it is not coming back."),
            ],
        },
        Row {
            aspect: Aspect::SearchEngines,
            cells: &[
                practice(
                    "Dropped from the index after repeated visits; crawlers keep checking for a \
                     while in case it returns.",
                ),
                practice(
                    "In practice dropped somewhat sooner than a 404, as it signals a deliberate \
                     removal. No rule requires this.",
                ),
            ],
        },
    ],
    search_terms: &[
        "not found",
        "missing",
        "deleted",
        "removed",
        "gone",
        "dead link",
        "hide",
    ],
};

const REDIRECTS: Comparison = Comparison {
    codes: &[301, 302, 303, 307, 308],
    title: "301, 302, 303, 307 or 308: which redirect?",
    summary: "Ask two questions: is the move permanent, and must the method survive it? For a \
              permanent move, 308 keeps the method while 301 lets a POST become a GET; for a \
              temporary one, 307 keeps it while 302 does not promise to. Use 303 after a POST to \
              send the client to a result page, which it fetches with GET.",
    rows: &[
        Row {
            aspect: Aspect::Meaning,
            cells: &[
                defined(
                    rfc9110("15.4.2"),
                    "The resource has a new permanent URI; later requests and links should use it.",
                ),
                defined(
                    rfc9110("15.4.3"),
                    "The resource is at another URI for now; the original URI stays the one to use.",
                ),
                defined(
                    rfc9110("15.4.4"),
                    "The answer lives at another resource: fetch that instead. Typical after a \
                     POST, to show a result page.",
                ),
                defined(
                    rfc9110("15.4.8"),
                    "At another URI for now, like 302, but the request is to be repeated there \
                     with the same method.",
                ),
                defined(
                    rfc9110("15.4"),
                    "Moved for good, like 301, but added to HTTP so that the method does not change.",
                ),
            ],
        },
        Row {
            aspect: Aspect::ClientAction,
            cells: &[
                defined(
                    rfc9110("15.4.2"),
                    "Follow Location, and update stored links to the new URI where you can.",
                ),
                defined(
                    rfc9110("15.4.3"),
                    "Follow Location this time, but keep using the original URI next time.",
                ),
                defined(
                    rfc9110("15.4.4"),
                    "Fetch the URI in Location to see the outcome of the original request.",
                ),
                defined(
                    rfc9110("15.4.8"),
                    "Send the same request to Location this time; keep the original URI for \
                     later requests.",
                ),
                defined(
                    rfc9110("15.4.9"),
                    "Follow Location, and use the new URI from now on.",
                ),
            ],
        },
        Row {
            aspect: Aspect::Headers,
            cells: &[
                rule(Should, rfc9110("15.4.2"), "Location, with the new permanent URI."),
                rule(Should, rfc9110("15.4.3"), "Location, with the temporary URI."),
                defined(
                    rfc9110("15.4.4"),
                    "Location, naming the other resource that holds the answer.",
                ),
                rule(Should, rfc9110("15.4.8"), "Location, with the temporary URI."),
                rule(Should, rfc9110("15.4.9"), "Location, with the new permanent URI."),
            ],
        },
        Row {
            aspect: Aspect::MethodOnRedirect,
            cells: &[
                rule(
                    May,
                    rfc9110("15.4.2"),
                    "May change: for historical reasons a user agent MAY follow a POST with a \
                     GET. Use 308 to rule that out.",
                ),
                rule(
                    May,
                    rfc9110("15.4.3"),
                    "May change, as with 301: a POST MAY be followed with a GET. Use 307 to rule \
                     that out.",
                ),
                defined(
                    rfc9110("15.4.4"),
                    "Becomes a GET (or HEAD), whatever the original method was.",
                ),
                rule(
                    MustNot,
                    rfc9110("15.4.8"),
                    "Kept: the user agent MUST NOT change the method when it follows \
                     automatically, so a POST stays a POST with its body.",
                ),
                defined(
                    rfc9110("15.4"),
                    "Kept: 308 was added to HTTP as the permanent redirect that keeps the method, so \
                     a POST stays a POST.",
                ),
            ],
        },
        Row {
            aspect: Aspect::Cacheable,
            cells: &[
                defined(
                    rfc9110("15.1"),
                    "Yes: heuristically cacheable, so browsers may remember it for a long time.",
                ),
                defined(
                    rfc9110("15.1"),
                    "No: only with explicit freshness such as Cache-Control: max-age.",
                ),
                defined(
                    rfc9110("15.1"),
                    "No: only with explicit freshness such as Cache-Control: max-age.",
                ),
                defined(
                    rfc9110("15.1"),
                    "No: only with explicit freshness such as Cache-Control: max-age.",
                ),
                defined(rfc9110("15.1"), "Yes: heuristically cacheable, like 301."),
            ],
        },
        Row {
            aspect: Aspect::RetrySafe,
            cells: &[
                practice(
                    "Following is safe for GET. A POST may reach the new URI as a GET without \
                     its body, so the write can silently not happen.",
                ),
                practice("As with 301: safe for GET, but a POST may arrive as a body-less GET."),
                practice(
                    "Yes: the follow-up is a GET, safe to repeat, and the original request is \
                     not sent again.",
                ),
                practice(
                    "Following sends the method and body again to the new URI, so a POST is \
                     carried out there. Follow automatically only redirects you trust.",
                ),
                practice(
                    "As with 307: the request is repeated, body included, at the new URI, so \
                     a non-idempotent action is attempted there.",
                ),
            ],
        },
        Row {
            aspect: Aspect::SearchEngines,
            cells: &[
                practice(
                    "Treated as a move: the target replaces the old URL in the index and \
                     inherits its ranking.",
                ),
                practice(
                    "Treated as temporary: the old URL stays indexed. One left in place for \
                     months may be read as permanent.",
                ),
                practice(
                    "Rare for crawlers, as it mostly follows form posts; handled like a \
                     temporary redirect.",
                ),
                practice("Like 302: the original URL stays indexed."),
                practice(
                    "Like 301: the target replaces the old URL in the index and inherits its \
                     ranking.",
                ),
            ],
        },
    ],
    search_terms: &[
        "redirect",
        "moved",
        "location",
        "permanent",
        "temporary",
        "seo",
        "post to get",
        "see other",
    ],
};

const GATEWAY_ERRORS: Comparison = Comparison {
    codes: &[502, 503, 504],
    title: "502, 503 or 504: which part of the chain failed?",
    summary: "502 and 504 come from a gateway or proxy, about the server behind it: it answered \
              with something unusable (502) or not in time (504). 503 says the service cannot \
              take requests for now, through overload or maintenance, and may say with \
              Retry-After when to come back. Retry idempotent requests with backoff; be careful \
              with POST.",
    rows: &[
        Row {
            aspect: Aspect::Meaning,
            cells: &[
                defined(
                    rfc9110("15.6.3"),
                    "A gateway or proxy got an invalid response from the server behind it. The \
                     proxy sends this, not the application.",
                ),
                defined(
                    rfc9110("15.6.4"),
                    "The server cannot handle requests for now, through overload or maintenance, \
                     and expects to recover. Sent by the server or a proxy in front of it.",
                ),
                defined(
                    rfc9110("15.6.5"),
                    "A gateway or proxy gave up waiting for the server behind it to answer.",
                ),
            ],
        },
        Row {
            aspect: Aspect::ClientAction,
            cells: &[
                practice(
                    "Try again after a pause. If it persists, the upstream is down or \
                     misconfigured, which only its operator can fix.",
                ),
                defined(
                    rfc9110("10.2.3"),
                    "Wait as long as Retry-After says, if it is present, then try again.",
                ),
                practice(
                    "Try again later with backoff. If the work is slow by nature, such as a big \
                     export, ask for an asynchronous job instead.",
                ),
            ],
        },
        Row {
            aspect: Aspect::Headers,
            cells: &[
                practice(
                    "None required. The body usually comes from the proxy, not the application, \
                     a clue to which hop failed.",
                ),
                rule(
                    May,
                    rfc9110("15.6.4"),
                    "Retry-After: the server MAY say how long to wait, in seconds or as a date.",
                ),
                practice("None required; as with 502, the body usually comes from the proxy."),
            ],
        },
        Row {
            aspect: Aspect::Cacheable,
            cells: &[
                defined(
                    rfc9110("15.1"),
                    "No: only with explicit freshness such as Cache-Control: max-age.",
                ),
                defined(
                    rfc9110("15.1"),
                    "No: only with explicit freshness such as Cache-Control: max-age.",
                ),
                defined(
                    rfc9110("15.1"),
                    "No: only with explicit freshness such as Cache-Control: max-age.",
                ),
            ],
        },
        Row {
            aspect: Aspect::RetrySafe,
            cells: &[
                rule(
                    ShouldNot,
                    rfc9110("9.2.2"),
                    "Idempotent requests, yes, with backoff. A POST may have reached the upstream, \
                     so a client SHOULD NOT resend it automatically unless it can detect \
                     duplicates.",
                ),
                practice(
                    "Usually, after the wait: an overloaded or paused service normally refused \
                     the work. Resend idempotent requests freely, POST with care.",
                ),
                rule(
                    ShouldNot,
                    rfc9110("9.2.2"),
                    "Idempotent requests, yes, with backoff. A POST may have been carried out \
                     upstream with no answer, so a client SHOULD NOT resend it automatically \
                     unless it can detect duplicates.",
                ),
            ],
        },
        Row {
            aspect: Aspect::SearchEngines,
            cells: &[
                practice(
                    "A short outage does no harm: crawlers slow down and come back. Errors that \
                     last for days can cost indexed pages.",
                ),
                practice(
                    "The usual signal for planned maintenance: crawlers come back later and keep \
                     the page, if the outage is brief.",
                ),
                practice("Treated like 502: brief errors are tolerated, lasting ones are not."),
            ],
        },
    ],
    search_terms: &[
        "proxy",
        "gateway",
        "upstream",
        "load balancer",
        "timeout",
        "maintenance",
        "overload",
        "down",
        "retry",
        "backoff",
    ],
};

const BAD_OR_UNPROCESSABLE: Comparison = Comparison {
    codes: &[400, 422],
    title: "400 or 422: unreadable, or readable but wrong?",
    summary: "Answer 400 when the request cannot be read at all: JSON that does not parse, a \
              broken query string, a bad header. Answer 422 when it parses and has the right media \
              type but breaks your rules, such as a missing field or a value out of range. The \
              split lets a client tell a bug in its own encoding from bad input.",
    rows: &[
        Row {
            aspect: Aspect::Meaning,
            cells: &[
                defined(
                    rfc9110("15.5.1"),
                    "The server will not process the request because of what it sees as a \
                     client error, such as malformed syntax or broken framing.",
                ),
                defined(
                    rfc9110("15.5.21"),
                    "The media type is understood and the syntax is correct, but the server \
                     cannot carry out what the content asks.",
                ),
            ],
        },
        Row {
            aspect: Aspect::ClientAction,
            cells: &[
                practice(
                    "Fix the message itself (the JSON, the query string, a header) before sending \
                     it again.",
                ),
                practice(
                    "Correct the values the error names, such as a missing field or a date in the \
                     past, then send it again.",
                ),
            ],
        },
        Row {
            aspect: Aspect::Headers,
            cells: &[
                practice(
                    "None required. Content-Type: application/problem+json, with a body saying \
                     what could not be parsed.",
                ),
                practice(
                    "None required. Content-Type: application/problem+json, with a body listing \
                     each invalid field.",
                ),
            ],
        },
        Row {
            aspect: Aspect::Cacheable,
            cells: &[
                defined(
                    rfc9110("15.1"),
                    "No: only with explicit freshness such as Cache-Control: max-age.",
                ),
                defined(
                    rfc9110("15.1"),
                    "No: only with explicit freshness such as Cache-Control: max-age.",
                ),
            ],
        },
        Row {
            aspect: Aspect::RetrySafe,
            cells: &[
                practice("Not unchanged: the same bytes are refused the same way."),
                practice("Not unchanged; once the data is corrected, yes."),
            ],
        },
    ],
    search_terms: &[
        "validation",
        "invalid",
        "malformed",
        "bad request",
        "unprocessable",
        "syntax",
        "json",
        "schema",
    ],
};

const WRITE_SUCCESS: Comparison = Comparison {
    codes: &[200, 201, 204],
    title: "200, 201 or 204 after a write?",
    summary: "Answer 201 when the write created something, with Location naming it; a PUT that \
              creates the resource must use 201. Answer 200 when you send a body back, such as \
              the updated resource, and 204 when there is nothing to add. A finished DELETE gets \
              204, or 200 with a body describing the result; one that is only queued gets 202.",
    rows: &[
        Row {
            aspect: Aspect::Meaning,
            cells: &[
                defined(
                    rfc9110("15.3.1"),
                    "Success. For a write, the body reports the outcome of the action (after a \
                     DELETE, what happened).",
                ),
                defined(
                    rfc9110("15.3.2"),
                    "Success that created one or more new resources; the body usually describes \
                     and links to them.",
                ),
                defined(
                    rfc9110("15.3.5"),
                    "Success with nothing to send back: the response ends with its headers.",
                ),
            ],
        },
        Row {
            aspect: Aspect::ClientAction,
            cells: &[
                practice("Read the body; after an update it often saves a follow-up GET."),
                defined(
                    rfc9110("15.3.2"),
                    "Reach the new resource through Location; without one, it is the URI the \
                     request was sent to.",
                ),
                defined(
                    rfc9110("15.3.5"),
                    "Expect no body and stay where you are: a form or editor can keep its current \
                     view.",
                ),
            ],
        },
        Row {
            aspect: Aspect::Headers,
            cells: &[
                practice(
                    "Content-Type for the body, and an ETag when the body is the stored \
                     representation.",
                ),
                rule(
                    Should,
                    rfc9110("9.3.3"),
                    "Location naming the new resource, which a POST that creates one SHOULD \
                     send. An ETag, if sent, tags the new representation.",
                ),
                defined(
                    rfc9110("15.3.5"),
                    "No body headers, since a 204 cannot carry content. An ETag, if sent, tags \
                     the state after the change.",
                ),
            ],
        },
        Row {
            aspect: Aspect::Cacheable,
            cells: &[
                defined(
                    rfc9110("15.1"),
                    "Heuristically cacheable as a status, but the method decides: responses to \
                     PUT and DELETE are not cacheable, and POST responses only with explicit \
                     freshness.",
                ),
                defined(rfc9110("15.1"), "No: 201 is not heuristically cacheable."),
                defined(
                    rfc9110("15.1"),
                    "Heuristically cacheable as a status, but as with 200 the method decides: \
                     not after PUT or DELETE, after POST only with explicit freshness.",
                ),
            ],
        },
        Row {
            aspect: Aspect::RetrySafe,
            cells: &[
                defined(
                    rfc9110("9.2.2"),
                    "Depends on the method: PUT and DELETE are idempotent, so repeating one has \
                     the same effect; a POST may act twice.",
                ),
                practice(
                    "Repeating a POST that created something creates a second one, unless the \
                     API deduplicates, for example with an idempotency key.",
                ),
                defined(
                    rfc9110("9.2.2"),
                    "As with 200: a repeated PUT or DELETE changes nothing more; a repeated POST \
                     may.",
                ),
            ],
        },
    ],
    search_terms: &[
        "create",
        "created",
        "update",
        "delete",
        "write",
        "save",
        "empty",
        "no content",
        "post",
        "put",
    ],
};
