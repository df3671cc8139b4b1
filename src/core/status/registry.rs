//! The IANA HTTP Status Code Registry as data: one row per registered code,
//! sorted by code. Names follow RFC 9110 where it defines the code, otherwise
//! the code's own RFC. Meanings are our own one-line summaries.

use super::details as d;
use super::{Spec, StatusClass, StatusDetails, StatusEntry};

const fn rfc9110(section: &'static str) -> Spec {
    Spec { rfc: 9110, section }
}

const fn rfc(rfc: u16, section: &'static str) -> Spec {
    Spec { rfc, section }
}

/// A plain row; the class follows from the code, and an impossible code
/// stops the build.
const fn entry(code: u16, name: &'static str, spec: Spec, meaning: &'static str) -> StatusEntry {
    let class = match StatusClass::of(code) {
        Some(class) => class,
        None => panic!("status codes run from 100 to 599"),
    };
    StatusEntry {
        code,
        name,
        class,
        spec,
        meaning,
        unused: false,
        alias: None,
        details: None,
    }
}

impl StatusEntry {
    const fn with_alias(self, alias: &'static str) -> StatusEntry {
        StatusEntry {
            alias: Some(alias),
            ..self
        }
    }

    const fn with_details(self, details: &'static StatusDetails) -> StatusEntry {
        StatusEntry {
            details: Some(details),
            ..self
        }
    }

    const fn marked_unused(self) -> StatusEntry {
        StatusEntry {
            unused: true,
            ..self
        }
    }
}

pub(super) static REGISTRY: [StatusEntry; 63] = [
    // 1xx Informational
    entry(
        100,
        "Continue",
        rfc9110("15.2.1"),
        "The request line and headers were accepted; the client can go on and send the content it held back.",
    )
    .with_details(&d::CONTINUE),
    entry(
        101,
        "Switching Protocols",
        rfc9110("15.2.2"),
        "The server agrees to move this connection to the protocol named in its Upgrade header.",
    )
    .with_details(&d::SWITCHING_PROTOCOLS),
    entry(
        102,
        "Processing",
        rfc(2518, "10.1"),
        "An interim WebDAV notice that a long request is still being worked on; later WebDAV specifications dropped it.",
    )
    .with_details(&d::PROCESSING),
    entry(
        103,
        "Early Hints",
        rfc(8297, "2"),
        "An interim response carrying headers (usually Link preloads) that the final response is expected to have.",
    )
    .with_details(&d::EARLY_HINTS),
    // 2xx Successful
    entry(
        200,
        "OK",
        rfc9110("15.3.1"),
        "The request succeeded; what the content holds depends on the method.",
    )
    .with_details(&d::OK),
    entry(
        201,
        "Created",
        rfc9110("15.3.2"),
        "The request succeeded and created a new resource, usually identified by the Location header.",
    )
    .with_details(&d::CREATED),
    entry(
        202,
        "Accepted",
        rfc9110("15.3.3"),
        "The request was accepted for processing, but the work has not finished and may still fail.",
    )
    .with_details(&d::ACCEPTED),
    entry(
        203,
        "Non-Authoritative Information",
        rfc9110("15.3.4"),
        "Success, but a transforming proxy changed the content it received from the origin server.",
    ),
    entry(
        204,
        "No Content",
        rfc9110("15.3.5"),
        "The request succeeded and there is deliberately nothing in the response body.",
    )
    .with_details(&d::NO_CONTENT),
    entry(
        205,
        "Reset Content",
        rfc9110("15.3.6"),
        "The request succeeded; the client should clear the form or view that sent it.",
    )
    .with_details(&d::RESET_CONTENT),
    entry(
        206,
        "Partial Content",
        rfc9110("15.3.7"),
        "The response carries only the byte ranges the client asked for in its Range header.",
    )
    .with_details(&d::PARTIAL_CONTENT),
    entry(
        207,
        "Multi-Status",
        rfc(4918, "11.1"),
        "A WebDAV response whose XML body reports a separate status for each of several resources.",
    )
    .with_details(&d::MULTI_STATUS),
    entry(
        208,
        "Already Reported",
        rfc(5842, "7.1"),
        "Inside a WebDAV multi-status body: this member was already listed earlier in the same response.",
    )
    .with_details(&d::ALREADY_REPORTED),
    entry(
        226,
        "IM Used",
        rfc(3229, "10.4.1"),
        "The content is the current representation transformed by instance manipulations, such as a delta.",
    ),
    // 3xx Redirection
    entry(
        300,
        "Multiple Choices",
        rfc9110("15.4.1"),
        "Several representations exist and the client, or its user, is asked to pick one.",
    )
    .with_details(&d::MULTIPLE_CHOICES),
    entry(
        301,
        "Moved Permanently",
        rfc9110("15.4.2"),
        "The resource has a new permanent URI; clients may turn a POST into a GET when following it.",
    )
    .with_details(&d::MOVED_PERMANENTLY),
    entry(
        302,
        "Found",
        rfc9110("15.4.3"),
        "The resource is temporarily at another URI; clients may turn a POST into a GET when following it.",
    )
    .with_alias("Moved Temporarily")
    .with_details(&d::FOUND),
    entry(
        303,
        "See Other",
        rfc9110("15.4.4"),
        "The answer is at another URI, which the client should fetch with GET.",
    )
    .with_details(&d::SEE_OTHER),
    entry(
        304,
        "Not Modified",
        rfc9110("15.4.5"),
        "A conditional GET or HEAD found the client's stored copy still current, so no content is sent.",
    )
    .with_details(&d::NOT_MODIFIED),
    entry(
        305,
        "Use Proxy",
        rfc9110("15.4.6"),
        "Deprecated: once told the client to repeat the request through a proxy; clients now ignore it.",
    ),
    entry(
        306,
        "(Unused)",
        rfc9110("15.4.7"),
        "Reserved: an early draft used it to switch proxies, and it has no meaning today.",
    )
    .with_alias("Switch Proxy")
    .marked_unused(),
    entry(
        307,
        "Temporary Redirect",
        rfc9110("15.4.8"),
        "The resource is temporarily at another URI; the client must repeat the same method and content there.",
    )
    .with_details(&d::TEMPORARY_REDIRECT),
    entry(
        308,
        "Permanent Redirect",
        rfc9110("15.4.9"),
        "The resource has a new permanent URI; the client must repeat the same method and content there.",
    )
    .with_details(&d::PERMANENT_REDIRECT),
    // 4xx Client Error
    entry(
        400,
        "Bad Request",
        rfc9110("15.5.1"),
        "The server will not process the request because of a client-side problem, such as malformed syntax.",
    )
    .with_details(&d::BAD_REQUEST),
    entry(
        401,
        "Unauthorized",
        rfc9110("15.5.2"),
        "The request lacks valid credentials for the target; the response says how to authenticate.",
    )
    .with_details(&d::UNAUTHORIZED),
    entry(
        402,
        "Payment Required",
        rfc9110("15.5.3"),
        "Reserved for future use with no standard meaning, though some APIs send it for billing problems.",
    ),
    entry(
        403,
        "Forbidden",
        rfc9110("15.5.4"),
        "The server understood the request but refuses to carry it out, for reasons other than missing credentials.",
    )
    .with_details(&d::FORBIDDEN),
    entry(
        404,
        "Not Found",
        rfc9110("15.5.5"),
        "The server has nothing at the target URI, or will not reveal that something is there.",
    )
    .with_details(&d::NOT_FOUND),
    entry(
        405,
        "Method Not Allowed",
        rfc9110("15.5.6"),
        "The target exists but does not support this request method; the Allow header lists those it does.",
    )
    .with_details(&d::METHOD_NOT_ALLOWED),
    entry(
        406,
        "Not Acceptable",
        rfc9110("15.5.7"),
        "None of the server's representations match what the request's Accept headers ask for.",
    )
    .with_details(&d::NOT_ACCEPTABLE),
    entry(
        407,
        "Proxy Authentication Required",
        rfc9110("15.5.8"),
        "Like 401, but it is a proxy on the way that wants the client to authenticate.",
    )
    .with_details(&d::PROXY_AUTHENTICATION_REQUIRED),
    entry(
        408,
        "Request Timeout",
        rfc9110("15.5.9"),
        "The server stopped waiting for the client to finish sending its request.",
    )
    .with_details(&d::REQUEST_TIMEOUT),
    entry(
        409,
        "Conflict",
        rfc9110("15.5.10"),
        "The request clashes with the current state of the target resource, such as an edit to an outdated version.",
    )
    .with_details(&d::CONFLICT),
    entry(
        410,
        "Gone",
        rfc9110("15.5.11"),
        "The target was removed on purpose and is not expected to come back.",
    )
    .with_details(&d::GONE),
    entry(
        411,
        "Length Required",
        rfc9110("15.5.12"),
        "The server refuses request content that arrives without a Content-Length header.",
    ),
    entry(
        412,
        "Precondition Failed",
        rfc9110("15.5.13"),
        "A condition in the request headers, such as If-Match, turned out false on the server.",
    )
    .with_details(&d::PRECONDITION_FAILED),
    entry(
        413,
        "Content Too Large",
        rfc9110("15.5.14"),
        "The request content is bigger than the server is willing or able to process.",
    )
    .with_alias("Payload Too Large")
    .with_details(&d::CONTENT_TOO_LARGE),
    entry(
        414,
        "URI Too Long",
        rfc9110("15.5.15"),
        "The target URI is longer than the server is willing to interpret.",
    )
    .with_alias("Request-URI Too Long")
    .with_details(&d::URI_TOO_LONG),
    entry(
        415,
        "Unsupported Media Type",
        rfc9110("15.5.16"),
        "The server does not accept request content in this media type or content coding.",
    )
    .with_details(&d::UNSUPPORTED_MEDIA_TYPE),
    entry(
        416,
        "Range Not Satisfiable",
        rfc9110("15.5.17"),
        "None of the ranges in the Range header fall within the selected representation.",
    )
    .with_alias("Requested Range Not Satisfiable")
    .with_details(&d::RANGE_NOT_SATISFIABLE),
    entry(
        417,
        "Expectation Failed",
        rfc9110("15.5.18"),
        "The server cannot meet the expectation given in the request's Expect header.",
    )
    .with_details(&d::EXPECTATION_FAILED),
    entry(
        418,
        "(Unused)",
        rfc9110("15.5.19"),
        "Reserved because an April Fools' coffee-pot protocol made it famous; it has no meaning in HTTP.",
    )
    .with_alias("I'm a teapot")
    .marked_unused()
    .with_details(&d::UNUSED_418),
    entry(
        421,
        "Misdirected Request",
        rfc9110("15.5.20"),
        "The request reached a server that cannot answer for its scheme and host, often over a reused connection.",
    )
    .with_details(&d::MISDIRECTED_REQUEST),
    entry(
        422,
        "Unprocessable Content",
        rfc9110("15.5.21"),
        "The content is well-formed and of a supported type, but its instructions cannot be carried out, e.g. it fails validation.",
    )
    .with_alias("Unprocessable Entity")
    .with_details(&d::UNPROCESSABLE_CONTENT),
    entry(
        423,
        "Locked",
        rfc(4918, "11.3"),
        "The WebDAV resource being accessed is locked.",
    ),
    entry(
        424,
        "Failed Dependency",
        rfc(4918, "11.4"),
        "A WebDAV action failed because another action it depended on failed.",
    ),
    entry(
        425,
        "Too Early",
        rfc(8470, "5.2"),
        "The server will not risk processing a request sent in TLS early data, which an attacker could replay.",
    )
    .with_details(&d::TOO_EARLY),
    entry(
        426,
        "Upgrade Required",
        rfc9110("15.5.22"),
        "The server refuses the request over the current protocol but would accept it after the upgrade named in Upgrade.",
    )
    .with_details(&d::UPGRADE_REQUIRED),
    entry(
        428,
        "Precondition Required",
        rfc(6585, "3"),
        "The server requires the request to be conditional, such as carrying If-Match, to prevent lost updates.",
    )
    .with_details(&d::PRECONDITION_REQUIRED),
    entry(
        429,
        "Too Many Requests",
        rfc(6585, "4"),
        "The client sent too many requests in a given time and is being rate limited.",
    )
    .with_details(&d::TOO_MANY_REQUESTS),
    entry(
        431,
        "Request Header Fields Too Large",
        rfc(6585, "5"),
        "The server refuses the request because one header field, or all of them together, are too large.",
    )
    .with_details(&d::REQUEST_HEADER_FIELDS_TOO_LARGE),
    entry(
        451,
        "Unavailable For Legal Reasons",
        rfc(7725, "3"),
        "Access is refused because of a legal demand, such as a court order or government censorship.",
    )
    .with_details(&d::UNAVAILABLE_FOR_LEGAL_REASONS),
    // 5xx Server Error
    entry(
        500,
        "Internal Server Error",
        rfc9110("15.6.1"),
        "The server hit an unexpected condition that stopped it from fulfilling the request.",
    )
    .with_details(&d::INTERNAL_SERVER_ERROR),
    entry(
        501,
        "Not Implemented",
        rfc9110("15.6.2"),
        "The server does not support what the request needs, such as a method it does not recognise.",
    )
    .with_details(&d::NOT_IMPLEMENTED),
    entry(
        502,
        "Bad Gateway",
        rfc9110("15.6.3"),
        "A gateway or proxy got an invalid response from the upstream server it contacted.",
    )
    .with_details(&d::BAD_GATEWAY),
    entry(
        503,
        "Service Unavailable",
        rfc9110("15.6.4"),
        "The server cannot handle the request right now, through overload or maintenance, but probably will later.",
    )
    .with_details(&d::SERVICE_UNAVAILABLE),
    entry(
        504,
        "Gateway Timeout",
        rfc9110("15.6.5"),
        "A gateway or proxy did not get a timely response from the upstream server it needed.",
    )
    .with_details(&d::GATEWAY_TIMEOUT),
    entry(
        505,
        "HTTP Version Not Supported",
        rfc9110("15.6.6"),
        "The server does not support the major HTTP version used in the request.",
    ),
    entry(
        506,
        "Variant Also Negotiates",
        rfc(2295, "8.1"),
        "A content negotiation misconfiguration: the variant the server chose is itself negotiable, so it loops.",
    ),
    entry(
        507,
        "Insufficient Storage",
        rfc(4918, "11.5"),
        "The server cannot store what it needs to complete the request, for now.",
    )
    .with_details(&d::INSUFFICIENT_STORAGE),
    entry(
        508,
        "Loop Detected",
        rfc(5842, "7.2"),
        "The server stopped a WebDAV operation because it found an infinite loop in the bindings.",
    )
    .with_details(&d::LOOP_DETECTED),
    entry(
        510,
        "Not Extended",
        rfc(2774, "7"),
        "The request lacks an extension declaration the server requires; its HTTP Extension Framework is now historic.",
    ),
    entry(
        511,
        "Network Authentication Required",
        rfc(6585, "6"),
        "The client must log in to the network, e.g. a captive portal, before it gets access; origin servers do not send it.",
    )
    .with_details(&d::NETWORK_AUTHENTICATION_REQUIRED),
];
