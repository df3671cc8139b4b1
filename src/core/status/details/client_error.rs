//! 4xx Client Error: guidance for the codes of this class.

use super::*;

pub(crate) static BAD_REQUEST: StatusDetails = StatusDetails {
    when_to_use: "The request itself is broken: JSON that does not parse, a missing required \
                  parameter, a malformed header or query string. Say in the body exactly what is wrong.",
    expected_headers: &[PROBLEM_DETAILS],
    common_mistakes: &[
        practice("An empty body: the client cannot tell which part of the request to fix."),
        practice("Using 400 for everything, including missing credentials (401), refusals (403) and conflicts (409)."),
    ],
    search_terms: &[],
    related: &[
        related(
            422,
            "422 is for content that parses and has a supported type but fails validation; 400 is for malformed requests.",
        ),
        related(415, "415 is specifically about the content's media type or encoding."),
    ],
};

pub(crate) static UNAUTHORIZED: StatusDetails = StatusDetails {
    when_to_use: "The request has no credentials, or ones that are invalid or expired (a missing or \
                  stale token). The client should authenticate and try again.",
    expected_headers: &[header(
        "WWW-Authenticate",
        Must,
        "Names at least one authentication scheme the client can use, such as Bearer.",
    )],
    common_mistakes: &[
        practice("Sending 401 to a user who is logged in but not allowed to do this; that is 403."),
        practice("Leaving out WWW-Authenticate."),
        practice("Challenging with the Basic scheme from a JSON API, which makes browsers pop up their own login dialog."),
    ],
    search_terms: &[],
    related: &[
        related(
            403,
            "403 refuses a client whose identity is known or irrelevant; logging in again will not help.",
        ),
        related(407, "407 is the same challenge issued by a proxy, using Proxy-Authenticate."),
    ],
};

pub(crate) static FORBIDDEN: StatusDetails = StatusDetails {
    when_to_use:
        "The client is identified (or identity does not matter) and is still not allowed to do \
                  this: a missing role, a blocked address, a read-only resource.",
    expected_headers: &[],
    common_mistakes: &[
        practice(
            "Using 403 for missing or expired credentials; 401 is what tells the client to log in.",
        ),
        practice(
            "Revealing that a private resource exists: if that alone is sensitive, answer 404.",
        ),
    ],
    search_terms: &[],
    related: &[
        related(
            401,
            "401 means the credentials are missing or invalid, and authenticating may fix it.",
        ),
        related(
            404,
            "404 can be sent instead to hide that the resource exists at all.",
        ),
        related(
            451,
            "451 is a refusal forced by a legal demand rather than the server's own access rules.",
        ),
    ],
};

pub(crate) static NOT_FOUND: StatusDetails = StatusDetails {
    when_to_use: "Nothing exists at this URI (no such route, no record with that id), or the server \
                  prefers not to say whether something does.",
    expected_headers: &[],
    common_mistakes: &[
        practice("Answering 404 for a known URI and an unsupported method; that is 405."),
        practice("Answering 200 with an empty body for a single missing item (an empty list is fine as 200)."),
        practice("Using 404 for a resource removed for good, where 410 tells clients to stop asking."),
    ],
    search_terms: &[],
    related: &[
        related(
            410,
            "410 says the resource existed and was removed for good; 404 makes no claim about past or future.",
        ),
        related(403, "403 admits the resource exists and refuses access to it."),
        related(405, "405 says the resource exists but not for this method."),
    ],
};

pub(crate) static METHOD_NOT_ALLOWED: StatusDetails = StatusDetails {
    when_to_use:
        "The URI exists but does not support this method, such as DELETE on a read-only collection.",
    expected_headers: &[header(
        "Allow",
        Must,
        "Lists the methods the target does support (it may be empty).",
    )],
    common_mistakes: &[
        practice("Leaving out Allow."),
        practice("Using 405 for a method the server does not implement anywhere; that is 501."),
        practice(
            "Using 405 when the method is supported but this user may not use it; that is 403.",
        ),
    ],
    search_terms: &[],
    related: &[
        related(
            501,
            "501 means the server does not implement the method for any resource.",
        ),
        related(
            404,
            "404 says there is nothing at the URI, whatever the method.",
        ),
        related(
            403,
            "403 refuses this client; 405 refuses this method for everyone.",
        ),
    ],
};

pub(crate) static NOT_ACCEPTABLE: StatusDetails = StatusDetails {
    when_to_use: "Content negotiation failed: the request's Accept headers (Accept: application/xml, \
                  say) match no format the server can produce. Many APIs send their default format instead.",
    expected_headers: &[],
    common_mistakes: &[
        practice("Confusing it with 415: 406 concerns the response format the client accepts, 415 the request format it sent."),
        practice("Refusing a request whose Accept is */* or missing, which accepts anything."),
    ],
    search_terms: &[],
    related: &[
        related(
            415,
            "415 rejects the format of the content the client sent; 406 the format it wants back.",
        ),
    ],
};

pub(crate) static PROXY_AUTHENTICATION_REQUIRED: StatusDetails = StatusDetails {
    when_to_use: "Sent by a proxy that requires the client to authenticate to the proxy itself before \
                  it will forward the request.",
    expected_headers: &[header(
        "Proxy-Authenticate",
        Must,
        "Names the scheme the client must use to authenticate to the proxy.",
    )],
    common_mistakes: &[practice("Sending it from an origin server or API; authentication there is 401.")],
    search_terms: &[],
    related: &[
        related(401, "401 is the origin server asking for credentials, with WWW-Authenticate."),
        related(
            511,
            "511 comes from an intercepting network such as a captive portal, not a configured proxy.",
        ),
    ],
};

pub(crate) static REQUEST_TIMEOUT: StatusDetails = StatusDetails {
    when_to_use: "The server stopped waiting for a request the client started but did not finish in \
                  time: a stalled upload, or an idle connection being closed.",
    expected_headers: &[header(
        "Connection",
        Should,
        "close: the server has decided to close the connection rather than keep waiting.",
    )],
    common_mistakes: &[
        practice("Using 408 when the server itself was slow; the delay was on the server side, so it is a 5xx."),
    ],
    search_terms: &[],
    related: &[
        related(
            504,
            "504 is a gateway giving up on a slow upstream server; 408 is a server giving up on a slow client.",
        ),
    ],
};

pub(crate) static CONFLICT: StatusDetails = StatusDetails {
    when_to_use: "The request is valid but collides with the resource's current state: a duplicate \
                  unique key, an edit based on an outdated version, a state change not allowed right now.",
    expected_headers: &[],
    common_mistakes: &[
        practice("Giving no detail: the body should explain the conflict so the client or its user can resolve it."),
        practice("Using 409 for plain validation errors; those are 400 or 422."),
    ],
    search_terms: &[],
    related: &[
        related(
            412,
            "412 is the exact answer when a conditional request (If-Match) finds the version changed.",
        ),
        related(422, "422 is about the content being invalid whatever state the resource is in."),
    ],
};

pub(crate) static GONE: StatusDetails = StatusDetails {
    when_to_use:
        "A resource or API version was retired on purpose and will not come back; clients \
                  should remove their links to it.",
    expected_headers: &[],
    common_mistakes: &[
        practice("Using it for something that may return; that is 404, or 503 if it is down for a while."),
        practice("Believing it must be kept forever: switching to 404 after a while is fine."),
    ],
    search_terms: &[],
    related: &[
        related(
            404,
            "404 makes no claim about whether the resource existed or will return.",
        ),
        related(
            301,
            "301 (or 308) is the better answer when the resource moved rather than disappeared.",
        ),
    ],
};

pub(crate) static PRECONDITION_FAILED: StatusDetails = StatusDetails {
    when_to_use: "A condition the client set (If-Match, If-Unmodified-Since, or If-None-Match on a \
                  method other than GET and HEAD) is false. Usually an optimistic-locking check: the \
                  resource changed since the client read it.",
    expected_headers: &[],
    common_mistakes: &[
        practice("Answering a failed If-Match with a vague 409 when 412 says exactly what happened."),
        practice("Answering a failed If-None-Match on GET with 412; for GET and HEAD that is 304."),
    ],
    search_terms: &[],
    related: &[
        related(
            428,
            "428 means the client sent no condition though the server requires one; 412 means it sent one that failed.",
        ),
        related(
            409,
            "409 is a broader conflict with the resource's state, not tied to a precondition header.",
        ),
        related(304, "304 is the outcome of a false If-None-Match on GET or HEAD."),
    ],
};

pub(crate) static CONTENT_TOO_LARGE: StatusDetails = StatusDetails {
    when_to_use: "The request body exceeds what the server accepts, such as an upload over the size \
                  limit. State the limit in the body.",
    expected_headers: &[header(
        "Retry-After",
        Should,
        "If the limit is temporary, says when the client may try again.",
    )],
    common_mistakes: &[
        practice("Expecting the client to always read the 413: a server may close the connection mid-upload, \
         and the client then sees a reset instead."),
        practice("Using it for a long URL (414) or oversized headers (431)."),
    ],
    search_terms: &[],
    related: &[
        related(414, "414 is about the length of the URI, not the body."),
        related(431, "431 is about the size of the header fields, not the body."),
        related(
            507,
            "507 means the server has run out of storage, whatever the size of this request.",
        ),
    ],
};

pub(crate) static URI_TOO_LONG: StatusDetails = StatusDetails {
    when_to_use:
        "The request target is longer than the server will parse, typically a GET with too \
                  much data packed into its query string.",
    expected_headers: &[],
    common_mistakes: &[practice(
        "Packing large filters or documents into the query string; send them in a POST body.",
    )],
    search_terms: &[],
    related: &[
        related(413, "413 is about the size of the body, not the URI."),
        related(431, "431 is about the size of the header fields."),
    ],
};

pub(crate) static UNSUPPORTED_MEDIA_TYPE: StatusDetails = StatusDetails {
    when_to_use: "The request content's Content-Type or Content-Encoding is one the endpoint does not \
                  take: XML sent to a JSON-only endpoint, or no Content-Type at all.",
    expected_headers: &[
        header("Accept", May, "Lists the media types the endpoint would have accepted."),
        header(
            "Accept-Encoding",
            May,
            "Lists the content codings accepted, when the coding was the problem.",
        ),
    ],
    common_mistakes: &[
        practice("On the client: sending JSON with fetch() from a string body without setting Content-Type, \
         which then goes out as text/plain."),
        practice("Using 415 for JSON with the wrong fields; that is 400 or 422."),
    ],
    search_terms: &[],
    related: &[
        related(
            406,
            "406 is about the response format the client accepts, not the request format it sent.",
        ),
        related(400, "400 is for requests that are malformed in any other way."),
        related(422, "422 accepts the format but not what the content says."),
    ],
};

pub(crate) static RANGE_NOT_SATISFIABLE: StatusDetails = StatusDetails {
    when_to_use: "Every range in the Range header lies outside the representation, such as resuming a \
                  download past its end.",
    expected_headers: &[header(
        "Content-Range",
        Should,
        "In the form bytes */1234, tells the client how long the representation really is.",
    )],
    common_mistakes: &[
        practice("Answering 416 to a Range header the server does not support; ignoring it and sending 200 is allowed."),
    ],
    search_terms: &[],
    related: &[related(206, "206 serves the ranges that can be satisfied.")],
};

pub(crate) static EXPECTATION_FAILED: StatusDetails = StatusDetails {
    when_to_use:
        "The request's Expect header cannot be met; 100-continue is the only expectation HTTP \
                  defines, so any other value earns a 417.",
    expected_headers: &[],
    common_mistakes: &[practice(
        "Sending 417 for an ordinary validation failure; it concerns the Expect header only.",
    )],
    search_terms: &[],
    related: &[related(
        100,
        "100 says the expectation is met and the body can follow.",
    )],
};

pub(crate) static UNUSED_418: StatusDetails = StatusDetails {
    when_to_use: "Never in a real API. The number is reserved only because the teapot joke spread so \
                  widely that giving it a real meaning would clash with software already sending it.",
    expected_headers: &[],
    common_mistakes: &[
        practice("Shipping it as an easter egg: clients treat it like a generic 400, which tells them nothing."),
    ],
    search_terms: &[],
    related: &[
        related(
            400,
            "400 is the honest generic answer for a request the server will not process.",
        ),
    ],
};

pub(crate) static MISDIRECTED_REQUEST: StatusDetails = StatusDetails {
    when_to_use: "A reused connection (HTTP/2 coalescing across host names that share a certificate, \
                  say) delivered a request for a host this server does not serve. The client can retry \
                  on a new connection.",
    expected_headers: &[],
    common_mistakes: &[
        practice("Sending it for an unknown path on a host the server does serve; that is 404."),
    ],
    search_terms: &[],
    related: &[
        related(
            404,
            "404 means the server is responsible for the host but has nothing at this path.",
        ),
    ],
};

pub(crate) static UNPROCESSABLE_CONTENT: StatusDetails = StatusDetails {
    when_to_use: "The content parses and has a supported type but does not make sense: failed field \
                  validation, an end date before the start date.",
    expected_headers: &[PROBLEM_DETAILS],
    common_mistakes: &[
        practice("Using it for JSON that does not parse; that is 400."),
        practice("Not saying which fields failed and why."),
    ],
    search_terms: &[],
    related: &[
        related(
            400,
            "400 is for requests that are malformed; 422 for well-formed content with invalid values.",
        ),
        related(
            409,
            "409 is about the resource's current state; 422 about the content being invalid in itself.",
        ),
        related(
            415,
            "415 rejects the format of the content; 422 accepts the format but not what it says.",
        ),
    ],
};

pub(crate) static TOO_EARLY: StatusDetails = StatusDetails {
    when_to_use:
        "A request arrived in TLS 1.3 early data (0-RTT) and is not safe to process before the \
                  handshake completes, because early data can be replayed.",
    expected_headers: &[],
    common_mistakes: &[practice(
        "Sending it for requests that did not arrive in early data.",
    )],
    search_terms: &[],
    related: &[],
};

pub(crate) static UPGRADE_REQUIRED: StatusDetails = StatusDetails {
    when_to_use: "The server will only handle this request over another protocol, such as a WebSocket \
                  endpoint reached with a plain HTTP request.",
    expected_headers: &[
        header("Upgrade", Must, "Names the protocol or protocols the client must switch to."),
        header(
            "Connection",
            Must,
            "Must include the token upgrade, as with any message that carries Upgrade.",
        ),
    ],
    common_mistakes: &[
        practice("Using it to demand HTTPS: browsers do not upgrade to TLS this way. Redirect to https:// and send HSTS."),
    ],
    search_terms: &[],
    related: &[related(101, "101 is the server accepting an upgrade the client asked for.")],
};

pub(crate) static PRECONDITION_REQUIRED: StatusDetails = StatusDetails {
    when_to_use:
        "The server insists that changes be conditional, to prevent lost updates: the client \
                  must send If-Match with the ETag it last saw.",
    expected_headers: &[],
    common_mistakes: &[practice(
        "Requiring If-Match without ever giving clients an ETag to put in it.",
    )],
    search_terms: &[],
    related: &[related(
        412,
        "412 means the client sent a condition and it failed; 428 means it sent none.",
    )],
};

pub(crate) static TOO_MANY_REQUESTS: StatusDetails = StatusDetails {
    when_to_use: "A client went over a rate limit or quota. Tell it when it may try again.",
    expected_headers: &[header(
        "Retry-After",
        May,
        "How many seconds to wait (or until when); well-behaved clients back off accordingly.",
    )],
    common_mistakes: &[
        practice("No Retry-After and no limit information, so clients retry at once and make things worse."),
        practice("Using 429 for a server-wide overload that is not this client's doing; that is 503."),
    ],
    search_terms: &[],
    related: &[
        related(
            503,
            "503 means the server cannot serve anyone right now; 429 blames this client's request rate.",
        ),
        related(403, "403 is a lasting refusal; 429 passes once the client slows down."),
    ],
};

pub(crate) static REQUEST_HEADER_FIELDS_TOO_LARGE: StatusDetails = StatusDetails {
    when_to_use: "One header field (often Cookie) or the header section as a whole is larger than the \
                  server accepts.",
    expected_headers: &[],
    common_mistakes: &[
        practice("Letting cookies grow without bound until every request fails; clearing them is often the fix."),
    ],
    search_terms: &[],
    related: &[
        related(413, "413 is about the size of the body."),
        related(414, "414 is about the length of the URI."),
    ],
};

pub(crate) static UNAVAILABLE_FOR_LEGAL_REASONS: StatusDetails = StatusDetails {
    when_to_use: "Access is blocked because of a legal demand: a court order, a takedown notice, a \
                  restriction the law imposes in the client's country.",
    expected_headers: &[header(
        "Link",
        Should,
        "With rel=\"blocked-by\", identifies the party that is implementing the block.",
    )],
    common_mistakes: &[
        practice("Using it for ordinary permission or licensing refusals; those are 403."),
        practice("Leaving out the explanation: the body should say which legal demand applies and who made it."),
    ],
    search_terms: &[],
    related: &[
        related(403, "403 is a refusal under the server's own rules."),
        related(404, "404 hides the resource without giving a reason."),
    ],
};
