//! 5xx Server Error: guidance for the codes of this class.

use super::*;

pub(crate) static INTERNAL_SERVER_ERROR: StatusDetails = StatusDetails {
    when_to_use: "A fault in the server itself: an unhandled exception, a bug, a broken configuration. \
                  The generic fallback when nothing more specific fits.",
    expected_headers: &[],
    common_mistakes: &[
        practice("Leaking stack traces or internal details in the body."),
        practice("Answering bad client input with 500; validate it and answer with a 4xx."),
        practice("Reporting an upstream failure as 500 where 502 or 504 points at the real culprit."),
        rule(
            Keyword::Should,
            rfc9110("15.6"),
            "An empty body: except in answer to HEAD, a 5xx response SHOULD explain the error and \
             whether it is temporary, in terms the client can act on.",
        ),
    ],
    search_terms: &["crash", "exception", "unhandled", "stack trace"],
    related: &[
        related(
            502,
            "502 blames an invalid response from an upstream server rather than the server's own code.",
        ),
        related(503, "503 says the condition is temporary and the client may retry later."),
        related(
            501,
            "501 says the functionality is not supported at all, not that something broke.",
        ),
    ],
};

pub(crate) static NOT_IMPLEMENTED: StatusDetails = StatusDetails {
    when_to_use:
        "The server does not support what the request needs at all, typically a method it does \
                  not recognise for any resource.",
    expected_headers: &[],
    common_mistakes: &[
        practice("Using 501 for a method the server knows but this resource does not allow; that is 405."),
        practice("Expecting clients to retry: 501 is cacheable by default and signals a lasting condition."),
    ],
    search_terms: &["unknown method", "unsupported feature"],
    related: &[
        related(
            405,
            "405 says this resource does not allow the method, though the server knows it.",
        ),
        related(
            500,
            "500 says something broke, not that the feature is missing.",
        ),
    ],
};

pub(crate) static BAD_GATEWAY: StatusDetails = StatusDetails {
    when_to_use: "Sent by a gateway or reverse proxy (nginx, a load balancer, an API gateway) when the \
                  upstream server sent back something invalid, dropped the connection, or could not be reached.",
    expected_headers: &[],
    common_mistakes: &[
        practice("Debugging the proxy instead of what is behind it: a 502 usually means the upstream app \
         crashed, restarted or spoke broken HTTP."),
        practice("Sending 502 from application code for the application's own errors; that is 500."),
    ],
    search_terms: &["nginx", "load balancer", "reverse proxy", "connection refused"],
    related: &[
        related(
            503,
            "503 means the service says it is temporarily unable to serve; 502 means a gateway got a bad answer.",
        ),
        related(504, "504 means a gateway got no answer in time; 502 means it got a broken one."),
        related(500, "500 is an error in the server itself rather than in a server behind it."),
    ],
};

pub(crate) static SERVICE_UNAVAILABLE: StatusDetails = StatusDetails {
    when_to_use: "The server is temporarily unable to serve: planned maintenance, overload, a dependency \
                  it cannot work without is down. Clients may try again later.",
    expected_headers: &[header(
        "Retry-After",
        May,
        "Tells clients and crawlers when to come back, so they back off instead of hammering the server.",
    )
    .cited(rfc9110("15.6.4"))],
    common_mistakes: &[
        practice("Using it for permanent conditions: the code promises the situation will pass."),
        practice("Serving a maintenance page as 200, so monitoring and search engines take it for real content."),
    ],
    search_terms: &["maintenance", "overload", "retry", "down", "outage"],
    related: &[
        related(
            429,
            "429 blames one client's request rate; 503 means the server cannot serve anyone right now.",
        ),
        related(
            502,
            "502 is a gateway reporting a broken answer from upstream; 503 is the service itself saying not now.",
        ),
        related(
            504,
            "504 is a gateway that waited in vain for an upstream server; 503 answers promptly that it cannot serve.",
        ),
        related(500, "500 is an unexpected failure with no promise that retrying will help."),
    ],
};

pub(crate) static GATEWAY_TIMEOUT: StatusDetails = StatusDetails {
    when_to_use: "Sent by a gateway or proxy when the upstream server did not answer within its time limit.",
    expected_headers: &[],
    common_mistakes: &[
        practice("Only raising the proxy's timeout: slow operations are often better served as 202 plus polling."),
        practice("Assuming the request failed upstream: the work may have finished after the gateway gave up, \
         so blindly retrying a POST can do it twice."),
    ],
    search_terms: &["timeout", "timed out", "upstream timeout", "slow backend"],
    related: &[
        related(502, "502 means the gateway got an invalid answer; 504 means it got none in time."),
        related(503, "503 is the service itself saying it cannot serve right now."),
        related(
            408,
            "408 is a server giving up on a slow client; 504 is a gateway giving up on a slow server.",
        ),
    ],
};

pub(crate) static HTTP_VERSION_NOT_SUPPORTED: StatusDetails = StatusDetails {
    when_to_use: "The server will not handle the major HTTP version the request used, such as a \
                  request line claiming HTTP/2.0 or HTTP/3.0 sent as plain text to an HTTP/1.1 server. \
                  Rare in practice, because HTTP/2 and HTTP/3 are agreed on before any request is sent.",
    expected_headers: &[],
    common_mistakes: &[
        rule(
            Keyword::Should,
            rfc9110("15.6.6"),
            "A bare 505: the server SHOULD say why the version is refused and which protocols it does \
             support.",
        ),
        practice("Turning away HTTP/1.0 with 505 at an HTTP/1.1 server: the code is about the major \
         version, and a 1.1 server can answer 1.0 requests."),
        practice("Using it for a feature or method the server lacks; that is 501."),
    ],
    search_terms: &["http/1.0", "http/2", "protocol version"],
    related: &[
        related(
            426,
            "426 asks the client to switch protocols through Upgrade; 505 refuses the version it used.",
        ),
        related(
            501,
            "501 is missing functionality, such as an unknown method, rather than an unsupported HTTP version.",
        ),
    ],
};

pub(crate) static VARIANT_ALSO_NEGOTIATES: StatusDetails = StatusDetails {
    when_to_use: "Only with transparent content negotiation (RFC 2295, an experimental scheme that \
                  saw little use): the variant the server picked is itself set up to negotiate, so \
                  negotiation can never finish. It reports a configuration error on the server, not \
                  a fault in the request.",
    expected_headers: &[],
    common_mistakes: &[
        practice("Sending it from an application because no format matches the Accept header; that is \
         406, or serve a default format."),
        practice("Trying to fix it from the client: the loop is in the server's variant setup, and only \
         its operator can remove it."),
    ],
    search_terms: &["transparent negotiation", "variant loop", "rfc 2295"],
    related: &[
        related(
            406,
            "406 means no variant suits the request; 506 means the chosen variant is badly configured.",
        ),
        related(
            500,
            "500 is a generic server fault; 506 pins it on the content-negotiation setup.",
        ),
    ],
};

pub(crate) static INSUFFICIENT_STORAGE: StatusDetails = StatusDetails {
    when_to_use:
        "The server cannot store what it needs to complete the request: a full disk or an \
                  exhausted quota. Defined by WebDAV, also used by storage APIs.",
    expected_headers: &[],
    common_mistakes: &[
        practice("Using it for an upload that is too big for any request; that is 413."),
        practice("Treating it as permanent: the request may succeed once space is freed."),
        rule(
            Keyword::MustNot,
            rfc(4918, "11.5"),
            "On the client: retrying on its own a request a user started; it MUST NOT be repeated \
             until the user asks again.",
        ),
    ],
    search_terms: &["disk full", "out of space", "storage quota"],
    related: &[
        related(
            413,
            "413 is about the size of this request; 507 about the server running out of room.",
        ),
        related(
            500,
            "500 is an unexpected failure rather than a known lack of space.",
        ),
    ],
};

pub(crate) static LOOP_DETECTED: StatusDetails = StatusDetails {
    when_to_use: "A WebDAV server found an infinite loop while processing a request with Depth: infinity, \
                  such as bindings that lead back to a parent. Some proxies and CDNs reuse it for requests \
                  looping between services.",
    expected_headers: &[],
    common_mistakes: &[
        practice("Using it for redirect loops: the server cannot see those; clients catch them by capping redirects."),
    ],
    search_terms: &["depth infinity", "circular", "request loop"],
    related: &[
        related(208, "208 avoids the loop by reporting a member only once instead of giving up."),
        related(500, "500 is a generic failure; 508 names the loop as the cause."),
    ],
};

pub(crate) static NOT_EXTENDED: StatusDetails = StatusDetails {
    when_to_use: "Belongs to the HTTP Extension Framework (RFC 2774): the server wanted the request to \
                  declare a mandatory extension (with the Man or C-Man headers) before answering. The \
                  framework was hardly ever deployed and is now Historic, so new APIs should not send it.",
    expected_headers: &[],
    common_mistakes: &[
        practice("Using it as a generic 'feature not supported' answer; missing functionality is 501, and a \
         request the server will not take is 400 or 403."),
        rule(
            Keyword::May,
            rfc(2774, "7"),
            "On the client: retrying unchanged. The client MAY repeat the request only when the 510 \
             named extensions it can now declare.",
        ),
    ],
    search_terms: &["mandatory extension", "obsolete", "rfc 2774"],
    related: &[
        related(
            501,
            "501 means the server lacks the functionality, not that the request left out an extension.",
        ),
        related(
            426,
            "426 asks for a different protocol through Upgrade; 510 asked for an extension within HTTP.",
        ),
    ],
};

pub(crate) static NETWORK_AUTHENTICATION_REQUIRED: StatusDetails = StatusDetails {
    when_to_use:
        "Sent by a captive portal or similar network that intercepts traffic: the user must log \
                  in or accept terms before getting access. Applications never send it.",
    expected_headers: &[],
    common_mistakes: &[
        rule(
            Keyword::ShouldNot,
            rfc(6585, "6"),
            "Sending it from an origin server or API: it is meant only for intercepting proxies that \
             control network access.",
        ),
        practice("On the client: blaming the API for it, when the request never reached the API."),
        rule(
            Keyword::ShouldNot,
            rfc(6585, "6"),
            "Putting the login form or an authentication challenge in the 511 itself: browsers would \
             show it under the address the user asked for. Link to the login page instead.",
        ),
        rule(
            Keyword::MustNot,
            rfc(6585, "6"),
            "Letting a cache store it, so users keep seeing the portal after they have logged in.",
        ),
    ],
    search_terms: &["wifi", "wi-fi", "hotspot", "network login"],
    related: &[
        related(
            401,
            "401 comes from the origin server and concerns the resource, not network access.",
        ),
        related(
            407,
            "407 comes from a proxy the client is configured to use.",
        ),
    ],
};
