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
    ],
    search_terms: &[],
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
    search_terms: &[],
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
    search_terms: &[],
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
    )],
    common_mistakes: &[
        practice("Using it for permanent conditions: the code promises the situation will pass."),
        practice("Serving a maintenance page as 200, so monitoring and search engines take it for real content."),
    ],
    search_terms: &[],
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
    search_terms: &[],
    related: &[
        related(502, "502 means the gateway got an invalid answer; 504 means it got none in time."),
        related(503, "503 is the service itself saying it cannot serve right now."),
        related(
            408,
            "408 is a server giving up on a slow client; 504 is a gateway giving up on a slow server.",
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
    ],
    search_terms: &[],
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
    search_terms: &[],
    related: &[
        related(208, "208 avoids the loop by reporting a member only once instead of giving up."),
        related(500, "500 is a generic failure; 508 names the loop as the cause."),
    ],
};

pub(crate) static NETWORK_AUTHENTICATION_REQUIRED: StatusDetails = StatusDetails {
    when_to_use:
        "Sent by a captive portal or similar network that intercepts traffic: the user must log \
                  in or accept terms before getting access. Applications never send it.",
    expected_headers: &[],
    common_mistakes: &[
        practice("Sending it from an origin server or API; it belongs to intercepting networks."),
        practice("On the client: blaming the API for it, when the request never reached the API."),
    ],
    search_terms: &[],
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
