//! 4xx Client Error: guidance for the codes of this class.

use super::*;

pub(crate) static BAD_REQUEST: StatusDetails = StatusDetails {
    when_to_use: "The request itself is broken: JSON that does not parse, a missing required \
                  parameter, a malformed header or query string. Say in the body exactly what is wrong.",
    expected_headers: &[PROBLEM_DETAILS],
    common_mistakes: &[
        rule(
            Keyword::Should,
            rfc9110("15.5"),
            "An empty body: except in answer to HEAD, a 4xx response SHOULD explain the error and \
             whether it is temporary, or the client cannot tell which part of the request to fix.",
        ),
        practice("Using 400 for everything, including missing credentials (401), refusals (403) and conflicts (409)."),
    ],
    search_terms: &["malformed", "syntax", "parse error", "invalid json", "missing parameter"],
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
    )
    .cited(rfc9110("15.5.2"))],
    common_mistakes: &[
        practice("Sending 401 to a user who is logged in but not allowed to do this; that is 403."),
        rule(
            Keyword::Must,
            rfc9110("15.5.2"),
            "Leaving out WWW-Authenticate: a server that sends 401 MUST include at least one challenge \
             for the resource.",
        ),
        practice("Challenging with the Basic scheme from a JSON API, which makes browsers pop up their own login dialog."),
    ],
    search_terms: &[
        "login",
        "log in",
        "sign in",
        "token",
        "credentials",
        "unauthenticated",
        "api key",
        "bearer",
    ],
    related: &[
        related(
            403,
            "403 refuses a client whose identity is known or irrelevant; logging in again will not help.",
        ),
        related(407, "407 is the same challenge issued by a proxy, using Proxy-Authenticate."),
    ],
};

pub(crate) static PAYMENT_REQUIRED: StatusDetails = StatusDetails {
    when_to_use: "Nowhere, by the standard: RFC 9110 only reserves the code for future use. Some APIs \
                  send it anyway when an account has to pay before going on (a lapsed subscription, a \
                  used-up paid allowance, a declined card); if yours does, document it and say in the \
                  body what the account needs.",
    expected_headers: &[PROBLEM_DETAILS],
    common_mistakes: &[
        practice("Counting on clients to understand it: no standard gives 402 a body format, header or \
         retry rule, so generic HTTP libraries treat it as just another 4xx."),
        practice("Sending it for a free-tier rate limit that resets on its own; 429 with Retry-After tells \
         the client when to come back."),
        practice("Leaving out what to do next: without a standard meaning, the body is the only place that \
         can say whether paying, upgrading or fixing a card will help."),
    ],
    search_terms: &["payment", "subscription", "paywall", "card declined", "plan limit"],
    related: &[
        related(
            403,
            "403 is a refusal under the server's rules with a standard meaning; use it when paying would not change the answer.",
        ),
        related(
            429,
            "429 is a rate limit that lifts with time; 402, as APIs use it, suggests that paying would lift the block.",
        ),
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
        rule(
            Keyword::May,
            rfc9110("15.5.4"),
            "Revealing that a private resource exists when that alone is sensitive: the origin server \
             MAY answer 404 instead to hide it.",
        ),
        rule(
            Keyword::ShouldNot,
            rfc9110("15.5.4"),
            "On the client: automatically repeating the request with the same credentials, which will \
             be refused again; new or different credentials may help.",
        ),
    ],
    search_terms: &[
        "permission",
        "access denied",
        "authorization",
        "not permitted",
        "insufficient scope",
        "role",
    ],
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
    search_terms: &["missing", "does not exist", "no such", "wrong url", "unknown id"],
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
    )
    .cited(rfc9110("15.5.6"))],
    common_mistakes: &[
        rule(
            Keyword::Must,
            rfc9110("15.5.6"),
            "Leaving out Allow: the origin server MUST list the methods the target currently supports.",
        ),
        practice("Using 405 for a method the server does not implement anywhere; that is 501."),
        practice(
            "Using 405 when the method is supported but this user may not use it; that is 403.",
        ),
    ],
    search_terms: &["verb", "wrong method", "unsupported method"],
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
        rule(
            Keyword::Should,
            rfc9110("15.5.7"),
            "A bare 406: the server SHOULD list the representations it does have, with their \
             characteristics and links, so the client can pick one.",
        ),
    ],
    search_terms: &["content negotiation", "response format", "accept header"],
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
    )
    .cited(rfc9110("15.5.8"))],
    common_mistakes: &[
        practice("Sending it from an origin server or API; authentication there is 401."),
        rule(
            Keyword::Must,
            rfc9110("15.5.8"),
            "Leaving out Proxy-Authenticate: the proxy MUST send a challenge that applies to itself.",
        ),
    ],
    search_terms: &["proxy login", "proxy credentials", "proxy-authorization"],
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
        rule(
            Keyword::May,
            rfc9110("15.5.9"),
            "On the client: treating 408 as final. A request that was still in transit MAY be sent \
             again, on a new connection if the old one can no longer be used.",
        ),
    ],
    search_terms: &["idle connection", "slow upload", "client timeout"],
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
        rule(
            Keyword::Should,
            rfc9110("15.5.10"),
            "Giving no detail: the server SHOULD say enough in the body for the user to see what the \
             conflict is, so it can be resolved and the request sent again.",
        ),
        practice("Using 409 for plain validation errors; those are 400 or 422."),
    ],
    search_terms: &[
        "duplicate",
        "version",
        "edit conflict",
        "already exists",
        "concurrent update",
    ],
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
    search_terms: &["deleted", "retired", "sunset", "discontinued"],
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

pub(crate) static LENGTH_REQUIRED: StatusDetails = StatusDetails {
    when_to_use: "The server will not take a request body whose size is not declared up front, such \
                  as an HTTP/1.1 upload sent with chunked transfer coding and no Content-Length. The \
                  client can send it again with the length filled in.",
    expected_headers: &[],
    common_mistakes: &[
        rule(
            Keyword::May,
            rfc9110("15.5.12"),
            "On the client: giving up after a 411. The client MAY repeat the request once it adds a \
             valid Content-Length giving the size of the content.",
        ),
        rule(
            Keyword::Must,
            rfc(9112, "6.3"),
            "Answering 411 when Content-Length is present but malformed: a broken length is a \
             framing error, which a server must answer with 400 before closing the connection.",
        ),
        practice("Demanding a length for streamed uploads whose size the client cannot know in advance; \
         accept chunked or HTTP/2 and HTTP/3 framed bodies where you can."),
    ],
    search_terms: &["chunked", "transfer-encoding", "missing length", "streaming upload"],
    related: &[
        related(
            413,
            "413 knows the size and finds it too big; 411 refuses because the size was not given.",
        ),
        related(
            400,
            "400 fits a Content-Length that is present but invalid.",
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
        rule(
            Keyword::Must,
            rfc9110("13.1.2"),
            "Answering a failed If-None-Match on GET or HEAD with 412: for those methods the server \
             MUST answer 304, and 412 is for the others.",
        ),
        rule(
            Keyword::MustNot,
            rfc9110("13.1.1"),
            "Carrying out the change anyway when If-Match is false: the server MUST NOT perform the \
             method, which is the whole point of the check.",
        ),
    ],
    search_terms: &[
        "etag",
        "optimistic locking",
        "lost update",
        "if-unmodified-since",
        "stale version",
    ],
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
    when_to_use:
        "The request body exceeds what the server accepts, such as an upload over the size \
                  limit. State the limit in the body.",
    expected_headers: &[header(
        "Retry-After",
        Should,
        "If the limit is temporary, says when the client may try again.",
    )
    .cited(rfc9110("15.5.14"))],
    common_mistakes: &[
        rule(
            Keyword::May,
            rfc9110("15.5.14"),
            "Expecting the client to always read the 413: the server MAY cut the request short or \
             close the connection mid-upload, and the client then sees a reset instead.",
        ),
        practice("Using it for a long URL (414) or oversized headers (431)."),
    ],
    search_terms: &[
        "upload",
        "file size",
        "request entity too large",
        "size limit",
        "body too big",
    ],
    related: &[
        related(414, "414 is about the length of the URI, not the body."),
        related(
            431,
            "431 is about the size of the header fields, not the body.",
        ),
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
    search_terms: &["url too long", "long url", "query string"],
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
    search_terms: &["content-type", "wrong format", "request format"],
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
    when_to_use:
        "Every range in the Range header lies outside the representation, such as resuming a \
                  download past its end.",
    expected_headers: &[header(
        "Content-Range",
        Should,
        "In the form bytes */1234, tells the client how long the representation really is.",
    )
    .cited(rfc9110("15.5.17"))],
    common_mistakes: &[rule(
        Keyword::May,
        rfc9110("14.2"),
        "Answering 416 to a Range header the server does not support: a server MAY ignore Range \
             and send the whole representation with 200.",
    )],
    search_terms: &["resume download", "byte range", "partial download"],
    related: &[related(206, "206 serves the ranges that can be satisfied.")],
};

pub(crate) static EXPECTATION_FAILED: StatusDetails = StatusDetails {
    when_to_use:
        "The request's Expect header cannot be met. 100-continue is the only expectation HTTP \
                  defines, so a server may answer any other with 417; a server on the path that \
                  cannot meet 100-continue can send it too.",
    expected_headers: &[],
    common_mistakes: &[
        practice(
            "Sending 417 for an ordinary validation failure; it concerns the Expect header only.",
        ),
        rule(
            Keyword::Should,
            rfc9110("10.1.1"),
            "On the client: giving up after a 417 to Expect: 100-continue. The client SHOULD send the \
             request again without the expectation, as some server on the path does not support it.",
        ),
    ],
    search_terms: &["100-continue"],
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
    search_terms: &["joke", "easter egg", "htcpcp"],
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
        rule(
            Keyword::MustNot,
            rfc9110("15.5.20"),
            "Sending 421 from a proxy: a proxy MUST NOT generate it; only the origin, or a gateway \
             acting for it, can say it does not answer for that host.",
        ),
        rule(
            Keyword::May,
            rfc9110("15.5.20"),
            "On the client: treating 421 as final. The client MAY retry over a different connection, \
             even when the method is not idempotent.",
        ),
    ],
    search_terms: &["wrong host", "connection coalescing", "sni"],
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
    search_terms: &["validation", "invalid", "field errors", "semantic error"],
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

pub(crate) static LOCKED: StatusDetails = StatusDetails {
    when_to_use: "A WebDAV resource, or the destination of a MOVE or COPY, is locked and the request \
                  did not present the matching lock token in its If header. Some non-WebDAV APIs \
                  borrow it for a record another user has checked out for editing.",
    expected_headers: &[],
    common_mistakes: &[
        rule(
            Keyword::Should,
            rfc(4918, "11.3"),
            "A bare 423: the response SHOULD carry a precondition or postcondition code, such as \
             lock-token-submitted or no-conflicting-lock, naming the lock that is in the way.",
        ),
        practice("Borrowing it in a plain JSON API without documenting it: clients know nothing of WebDAV \
         locks, and 409 with an explanation is usually clearer."),
    ],
    search_terms: &["lock token", "file locked", "checked out"],
    related: &[
        related(
            409,
            "409 is any conflict with the resource's state; 423 names a lock as the cause.",
        ),
        related(
            412,
            "412 is a condition header that turned out false, not a lock held by someone else.",
        ),
        related(
            424,
            "424 marks the other actions of a request that failed only because one of them hit a lock or other error.",
        ),
    ],
};

pub(crate) static FAILED_DEPENDENCY: StatusDetails = StatusDetails {
    when_to_use: "In WebDAV, an action inside a compound request was not carried out because another \
                  action it relied on failed: once one property change in a PROPPATCH fails, the rest \
                  are reported with 424. Some APIs reuse it for batch items skipped after an earlier \
                  item failed.",
    expected_headers: &[],
    common_mistakes: &[
        practice("Using it for an upstream service that failed; that is 502 or 503, or 500 if the fault is \
         the server's own."),
        practice("Reporting only the knock-on 424s: the client also needs the status and reason of the \
         action that failed first."),
    ],
    search_terms: &["batch", "proppatch", "cascading failure"],
    related: &[
        related(
            207,
            "207 Multi-Status carries the result of each part, which is where 424 entries usually appear.",
        ),
        related(
            423,
            "423 is often the root failure that leaves the remaining actions with 424.",
        ),
        related(
            502,
            "502 is a gateway that got a bad answer from another server, not a failed step of the same request.",
        ),
    ],
};

pub(crate) static TOO_EARLY: StatusDetails = StatusDetails {
    when_to_use:
        "A request arrived in TLS 1.3 early data (0-RTT) and is not safe to process before the \
                  handshake completes, because early data can be replayed.",
    expected_headers: &[],
    common_mistakes: &[
        rule(
            Keyword::ShouldNot,
            rfc(8470, "5.2"),
            "Sending it for a request that neither came in early data nor carries Early-Data: 1 from \
             an intermediary, since the client then has no reason to know it can retry.",
        ),
        rule(
            Keyword::MustNot,
            rfc(8470, "5.2"),
            "On the client: sending the retry in early data again; the retry MUST NOT be sent in \
             early data.",
        ),
    ],
    search_terms: &["0-rtt", "tls 1.3", "replay attack"],
    related: &[],
};

pub(crate) static UPGRADE_REQUIRED: StatusDetails = StatusDetails {
    when_to_use: "The server will only handle this request over another protocol, such as a WebSocket \
                  endpoint reached with a plain HTTP request.",
    expected_headers: &[
        header("Upgrade", Must, "Names the protocol or protocols the client must switch to.")
            .cited(rfc9110("15.5.22")),
        CONNECTION_UPGRADE,
    ],
    common_mistakes: &[
        practice("Using it to demand HTTPS: browsers do not upgrade to TLS this way. Redirect to https:// and send HSTS."),
        rule(
            Keyword::Must,
            rfc9110("15.5.22"),
            "Leaving out Upgrade: the server MUST say which protocol or protocols it requires.",
        ),
    ],
    search_terms: &["websocket", "protocol upgrade", "switch protocol"],
    related: &[related(101, "101 is the server accepting an upgrade the client asked for.")],
};

pub(crate) static PRECONDITION_REQUIRED: StatusDetails = StatusDetails {
    when_to_use:
        "The server insists that changes be conditional, to prevent lost updates: the client \
                  must send If-Match with the ETag it last saw.",
    expected_headers: &[],
    common_mistakes: &[
        practice("Requiring If-Match without ever giving clients an ETag to put in it."),
        rule(
            Keyword::Should,
            rfc(6585, "3"),
            "Not saying how to fix it: the response SHOULD explain how to resubmit the request \
             successfully, such as which condition header to add.",
        ),
    ],
    search_terms: &["etag", "optimistic locking", "if-match required"],
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
    )
    .cited(rfc(6585, "4"))],
    common_mistakes: &[
        rule(
            Keyword::Should,
            rfc(6585, "4"),
            "No explanation: the response SHOULD describe the limit that was hit; without that or a \
             Retry-After, clients retry at once and make things worse.",
        ),
        practice("Using 429 for a server-wide overload that is not this client's doing; that is 503."),
        rule(
            Keyword::MustNot,
            rfc(6585, "4"),
            "Letting a CDN or other cache keep the 429: responses with this code MUST NOT be stored \
             by a cache, or other clients would be refused too.",
        ),
    ],
    search_terms: &[
        "rate limit",
        "throttle",
        "throttling",
        "retry",
        "quota",
        "backoff",
    ],
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
        rule(
            Keyword::Should,
            rfc(6585, "5"),
            "Not naming the culprit: when a single field is too large, the response SHOULD say which one.",
        ),
    ],
    search_terms: &["cookie", "header size", "too many cookies"],
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
    )
    .cited(rfc(7725, "4"))],
    common_mistakes: &[
        practice("Using it for ordinary permission or licensing refusals; those are 403."),
        rule(
            Keyword::Should,
            rfc(7725, "3"),
            "Leaving out the explanation: the body SHOULD describe the legal demand, who made it and \
             what it covers.",
        ),
    ],
    search_terms: &["takedown", "dmca", "geo-blocked", "blocked country"],
    related: &[
        related(403, "403 is a refusal under the server's own rules."),
        related(404, "404 hides the resource without giving a reason."),
    ],
};
