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
const fn entry(code: u16, name: &'static str, spec: Spec) -> StatusEntry {
    let class = match StatusClass::of(code) {
        Some(class) => class,
        None => panic!("status codes run from 100 to 599"),
    };
    StatusEntry {
        code,
        name,
        class,
        spec,
        unused: false,
        alias: None,
    }
}

impl StatusEntry {
    const fn with_alias(self, alias: &'static str) -> StatusEntry {
        StatusEntry {
            alias: Some(alias),
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
    entry(100, "Continue", rfc9110("15.2.1")),
    entry(101, "Switching Protocols", rfc9110("15.2.2")),
    entry(102, "Processing", rfc(2518, "10.1")),
    entry(103, "Early Hints", rfc(8297, "2")),
    // 2xx Successful
    entry(200, "OK", rfc9110("15.3.1")),
    entry(201, "Created", rfc9110("15.3.2")),
    entry(202, "Accepted", rfc9110("15.3.3")),
    entry(203, "Non-Authoritative Information", rfc9110("15.3.4")),
    entry(204, "No Content", rfc9110("15.3.5")),
    entry(205, "Reset Content", rfc9110("15.3.6")),
    entry(206, "Partial Content", rfc9110("15.3.7")),
    entry(207, "Multi-Status", rfc(4918, "11.1")),
    entry(208, "Already Reported", rfc(5842, "7.1")),
    entry(226, "IM Used", rfc(3229, "10.4.1")),
    // 3xx Redirection
    entry(300, "Multiple Choices", rfc9110("15.4.1")),
    entry(301, "Moved Permanently", rfc9110("15.4.2")),
    entry(302, "Found", rfc9110("15.4.3")).with_alias("Moved Temporarily"),
    entry(303, "See Other", rfc9110("15.4.4")),
    entry(304, "Not Modified", rfc9110("15.4.5")),
    entry(305, "Use Proxy", rfc9110("15.4.6")),
    entry(306, "(Unused)", rfc9110("15.4.7"))
        .with_alias("Switch Proxy")
        .marked_unused(),
    entry(307, "Temporary Redirect", rfc9110("15.4.8")),
    entry(308, "Permanent Redirect", rfc9110("15.4.9")),
    // 4xx Client Error
    entry(400, "Bad Request", rfc9110("15.5.1")),
    entry(401, "Unauthorized", rfc9110("15.5.2")),
    entry(402, "Payment Required", rfc9110("15.5.3")),
    entry(403, "Forbidden", rfc9110("15.5.4")),
    entry(404, "Not Found", rfc9110("15.5.5")),
    entry(405, "Method Not Allowed", rfc9110("15.5.6")),
    entry(406, "Not Acceptable", rfc9110("15.5.7")),
    entry(407, "Proxy Authentication Required", rfc9110("15.5.8")),
    entry(408, "Request Timeout", rfc9110("15.5.9")),
    entry(409, "Conflict", rfc9110("15.5.10")),
    entry(410, "Gone", rfc9110("15.5.11")),
    entry(411, "Length Required", rfc9110("15.5.12")),
    entry(412, "Precondition Failed", rfc9110("15.5.13")),
    entry(413, "Content Too Large", rfc9110("15.5.14")).with_alias("Payload Too Large"),
    entry(414, "URI Too Long", rfc9110("15.5.15")).with_alias("Request-URI Too Long"),
    entry(415, "Unsupported Media Type", rfc9110("15.5.16")),
    entry(416, "Range Not Satisfiable", rfc9110("15.5.17"))
        .with_alias("Requested Range Not Satisfiable"),
    entry(417, "Expectation Failed", rfc9110("15.5.18")),
    entry(418, "(Unused)", rfc9110("15.5.19"))
        .with_alias("I'm a teapot")
        .marked_unused(),
    entry(421, "Misdirected Request", rfc9110("15.5.20")),
    entry(422, "Unprocessable Content", rfc9110("15.5.21")).with_alias("Unprocessable Entity"),
    entry(423, "Locked", rfc(4918, "11.3")),
    entry(424, "Failed Dependency", rfc(4918, "11.4")),
    entry(425, "Too Early", rfc(8470, "5.2")),
    entry(426, "Upgrade Required", rfc9110("15.5.22")),
    entry(428, "Precondition Required", rfc(6585, "3")),
    entry(429, "Too Many Requests", rfc(6585, "4")),
    entry(431, "Request Header Fields Too Large", rfc(6585, "5")),
    entry(451, "Unavailable For Legal Reasons", rfc(7725, "3")),
    // 5xx Server Error
    entry(500, "Internal Server Error", rfc9110("15.6.1")),
    entry(501, "Not Implemented", rfc9110("15.6.2")),
    entry(502, "Bad Gateway", rfc9110("15.6.3")),
    entry(503, "Service Unavailable", rfc9110("15.6.4")),
    entry(504, "Gateway Timeout", rfc9110("15.6.5")),
    entry(505, "HTTP Version Not Supported", rfc9110("15.6.6")),
    entry(506, "Variant Also Negotiates", rfc(2295, "8.1")),
    entry(507, "Insufficient Storage", rfc(4918, "11.5")),
    entry(508, "Loop Detected", rfc(5842, "7.2")),
    entry(510, "Not Extended", rfc(2774, "7")),
    entry(511, "Network Authentication Required", rfc(6585, "6")),
];

// Meanings and guidance are looked up by code rather than held in the rows, so a
// build that only needs names (the status line) does not carry their text.

/// The one-line meaning of a registered code.
pub(super) fn meaning(code: u16) -> Option<&'static str> {
    Some(match code {
        100 => "The request line and headers were accepted; the client can go on and send the content it held back.",
        101 => "The server agrees to move this connection to the protocol named in its Upgrade header.",
        102 => "An interim WebDAV notice that a long request is still being worked on; later WebDAV specifications dropped it.",
        103 => "An interim response carrying headers (usually Link preloads) that the final response is expected to have.",
        200 => "The request succeeded; what the content holds depends on the method.",
        201 => "The request succeeded and created a new resource, usually identified by the Location header.",
        202 => "The request was accepted for processing, but the work has not finished and may still fail.",
        203 => "Success, but a transforming proxy changed the content it received from the origin server.",
        204 => "The request succeeded and there is deliberately nothing in the response body.",
        205 => "The request succeeded; the client should clear the form or view that sent it.",
        206 => "The response carries only the byte ranges the client asked for in its Range header.",
        207 => "A WebDAV response whose XML body reports a separate status for each of several resources.",
        208 => "Inside a WebDAV multi-status body: this member was already listed earlier in the same response.",
        226 => "The content is the current representation transformed by instance manipulations, such as a delta.",
        300 => "Several representations exist and the client, or its user, is asked to pick one.",
        301 => "The resource has a new permanent URI; clients may turn a POST into a GET when following it.",
        302 => "The resource is temporarily at another URI; clients may turn a POST into a GET when following it.",
        303 => "The answer is at another URI, which the client should fetch with GET.",
        304 => "A conditional GET or HEAD found the client's stored copy still current, so no content is sent.",
        305 => "Deprecated: once told the client to repeat the request through a proxy; clients now ignore it.",
        306 => "Reserved: an early draft used it to switch proxies, and it has no meaning today.",
        307 => "The resource is temporarily at another URI; the client must repeat the same method and content there.",
        308 => "The resource has a new permanent URI; the client must repeat the same method and content there.",
        400 => "The server will not process the request because of a client-side problem, such as malformed syntax.",
        401 => "The request lacks valid credentials for the target; the response says how to authenticate.",
        402 => "Reserved for future use with no standard meaning, though some APIs send it for billing problems.",
        403 => "The server understood the request but refuses to carry it out, for reasons other than missing credentials.",
        404 => "The server has nothing at the target URI, or will not reveal that something is there.",
        405 => "The target exists but does not support this request method; the Allow header lists those it does.",
        406 => "None of the server's representations match what the request's Accept headers ask for.",
        407 => "Like 401, but it is a proxy on the way that wants the client to authenticate.",
        408 => "The server stopped waiting for the client to finish sending its request.",
        409 => "The request clashes with the current state of the target resource, such as an edit to an outdated version.",
        410 => "The target was removed on purpose and is not expected to come back.",
        411 => "The server refuses request content that arrives without a Content-Length header.",
        412 => "A condition in the request headers, such as If-Match, turned out false on the server.",
        413 => "The request content is bigger than the server is willing or able to process.",
        414 => "The target URI is longer than the server is willing to interpret.",
        415 => "The server does not accept request content in this media type or content coding.",
        416 => "None of the ranges in the Range header fall within the selected representation.",
        417 => "The server cannot meet the expectation given in the request's Expect header.",
        418 => "Reserved because an April Fools' coffee-pot protocol made it famous; it has no meaning in HTTP.",
        421 => "The request reached a server that cannot answer for its scheme and host, often over a reused connection.",
        422 => "The content is well-formed and of a supported type, but its instructions cannot be carried out, e.g. it fails validation.",
        423 => "The WebDAV resource being accessed is locked.",
        424 => "A WebDAV action failed because another action it depended on failed.",
        425 => "The server will not risk processing a request sent in TLS early data, which an attacker could replay.",
        426 => "The server refuses the request over the current protocol but would accept it after the upgrade named in Upgrade.",
        428 => "The server requires the request to be conditional, such as carrying If-Match, to prevent lost updates.",
        429 => "The client sent too many requests in a given time and is being rate limited.",
        431 => "The server refuses the request because one header field, or all of them together, are too large.",
        451 => "Access is refused because of a legal demand, such as a court order or government censorship.",
        500 => "The server hit an unexpected condition that stopped it from fulfilling the request.",
        501 => "The server does not support what the request needs, such as a method it does not recognise.",
        502 => "A gateway or proxy got an invalid response from the upstream server it contacted.",
        503 => "The server cannot handle the request right now, through overload or maintenance, but probably will later.",
        504 => "A gateway or proxy did not get a timely response from the upstream server it needed.",
        505 => "The server does not support the major HTTP version used in the request.",
        506 => "A content negotiation misconfiguration: the variant the server chose is itself negotiable, so it loops.",
        507 => "The server cannot store what it needs to complete the request, for now.",
        508 => "The server stopped a WebDAV operation because it found an infinite loop in the bindings.",
        510 => "The request lacks an extension declaration the server requires; its HTTP Extension Framework is now historic.",
        511 => "The client must log in to the network, e.g. a captive portal, before it gets access; origin servers do not send it.",
        _ => return None,
    })
}

/// Practical guidance, for the codes people meet often.
pub(super) fn details(code: u16) -> Option<&'static StatusDetails> {
    Some(match code {
        100 => &d::CONTINUE,
        101 => &d::SWITCHING_PROTOCOLS,
        102 => &d::PROCESSING,
        103 => &d::EARLY_HINTS,
        200 => &d::OK,
        201 => &d::CREATED,
        202 => &d::ACCEPTED,
        204 => &d::NO_CONTENT,
        205 => &d::RESET_CONTENT,
        206 => &d::PARTIAL_CONTENT,
        207 => &d::MULTI_STATUS,
        208 => &d::ALREADY_REPORTED,
        300 => &d::MULTIPLE_CHOICES,
        301 => &d::MOVED_PERMANENTLY,
        302 => &d::FOUND,
        303 => &d::SEE_OTHER,
        304 => &d::NOT_MODIFIED,
        307 => &d::TEMPORARY_REDIRECT,
        308 => &d::PERMANENT_REDIRECT,
        400 => &d::BAD_REQUEST,
        401 => &d::UNAUTHORIZED,
        403 => &d::FORBIDDEN,
        404 => &d::NOT_FOUND,
        405 => &d::METHOD_NOT_ALLOWED,
        406 => &d::NOT_ACCEPTABLE,
        407 => &d::PROXY_AUTHENTICATION_REQUIRED,
        408 => &d::REQUEST_TIMEOUT,
        409 => &d::CONFLICT,
        410 => &d::GONE,
        412 => &d::PRECONDITION_FAILED,
        413 => &d::CONTENT_TOO_LARGE,
        414 => &d::URI_TOO_LONG,
        415 => &d::UNSUPPORTED_MEDIA_TYPE,
        416 => &d::RANGE_NOT_SATISFIABLE,
        417 => &d::EXPECTATION_FAILED,
        418 => &d::UNUSED_418,
        421 => &d::MISDIRECTED_REQUEST,
        422 => &d::UNPROCESSABLE_CONTENT,
        425 => &d::TOO_EARLY,
        426 => &d::UPGRADE_REQUIRED,
        428 => &d::PRECONDITION_REQUIRED,
        429 => &d::TOO_MANY_REQUESTS,
        431 => &d::REQUEST_HEADER_FIELDS_TOO_LARGE,
        451 => &d::UNAVAILABLE_FOR_LEGAL_REASONS,
        500 => &d::INTERNAL_SERVER_ERROR,
        501 => &d::NOT_IMPLEMENTED,
        502 => &d::BAD_GATEWAY,
        503 => &d::SERVICE_UNAVAILABLE,
        504 => &d::GATEWAY_TIMEOUT,
        507 => &d::INSUFFICIENT_STORAGE,
        508 => &d::LOOP_DETECTED,
        511 => &d::NETWORK_AUTHENTICATION_REQUIRED,
        _ => return None,
    })
}
