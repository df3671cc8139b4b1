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

/// The class a row's code belongs to; an impossible code stops the build.
const fn class_of(code: u16) -> StatusClass {
    match StatusClass::of(code) {
        Some(class) => class,
        None => panic!("status codes run from 100 to 599"),
    }
}

/// Turns the one table below into `REGISTRY`, `meaning` and `details`.
///
/// A row is the code, its registered name and defining section, then the
/// optional `alias`, `unused` and `details` (the name of a static in
/// `details.rs`), and last the one-line meaning:
///
/// ```text
/// (413, "Content Too Large", rfc9110("15.5.14"), alias: "Payload Too Large", details: CONTENT_TOO_LARGE)
///     "The request content is bigger than the server is willing or able to process.";
/// ```
///
/// Meanings, defining sections and guidance come out as lookups by code,
/// never as fields of the rows: the release build is split with wasm-split, and a module that only
/// needs names (the status line) must not carry their text. Only `meaning`
/// and `details` reach it, and they are called from lazily loaded chunks.
macro_rules! status_codes {
    (
        $(
            ($code:literal, $name:literal, $spec:expr
                $(, alias: $alias:literal)?
                $(, unused: $unused:literal)?
                $(, details: $details:ident)?)
            $meaning:literal;
        )+
    ) => {
        const CODES: &[u16] = &[$($code),+];

        // `lookup` binary-searches the rows, so each code comes once, in order.
        const _: () = {
            let mut i = 1;
            while i < CODES.len() {
                assert!(CODES[i - 1] < CODES[i], "rows must be sorted by code, each code once");
                i += 1;
            }
        };

        pub(super) static REGISTRY: [StatusEntry; CODES.len()] = [
            $(
                StatusEntry {
                    code: $code,
                    name: $name,
                    class: class_of($code),
                    unused: status_codes!(@flag $($unused)?),
                    alias: status_codes!(@option $($alias)?),
                },
            )+
        ];

        // Meanings and guidance are looked up by code rather than held in the rows, so a
        // build that only needs names (the status line) does not carry their text.

        /// The one-line meaning of a registered code.
        pub(super) fn meaning(code: u16) -> Option<&'static str> {
            match code {
                $($code => Some($meaning),)+
                _ => None,
            }
        }

        /// Where the code is defined. Looked up too: the status line needs
        /// no section numbers.
        pub(super) fn spec(code: u16) -> Option<Spec> {
            match code {
                $($code => Some($spec),)+
                _ => None,
            }
        }

        /// Practical guidance, for the codes people meet often.
        pub(super) fn details(code: u16) -> Option<&'static StatusDetails> {
            match code {
                $($($code => Some(&d::$details),)?)+
                _ => None,
            }
        }
    };
    (@flag) => { false };
    (@flag $value:literal) => { $value };
    (@option) => { None };
    (@option $value:literal) => { Some($value) };
}

status_codes! {
    // 1xx Informational
    (100, "Continue", rfc9110("15.2.1"), details: CONTINUE)
        "The request line and headers were accepted; the client can go on and send the content it held back.";
    (101, "Switching Protocols", rfc9110("15.2.2"), details: SWITCHING_PROTOCOLS)
        "The server agrees to move this connection to the protocol named in its Upgrade header.";
    (102, "Processing", rfc(2518, "10.1"), details: PROCESSING)
        "An interim WebDAV notice that a long request is still being worked on; later WebDAV specifications dropped it.";
    (103, "Early Hints", rfc(8297, "2"), details: EARLY_HINTS)
        "An interim response carrying headers (usually Link preloads) that the final response is expected to have.";
    // 2xx Successful
    (200, "OK", rfc9110("15.3.1"), details: OK)
        "The request succeeded; what the content holds depends on the method.";
    (201, "Created", rfc9110("15.3.2"), details: CREATED)
        "The request succeeded and created a new resource, usually identified by the Location header.";
    (202, "Accepted", rfc9110("15.3.3"), details: ACCEPTED)
        "The request was accepted for processing, but the work has not finished and may still fail.";
    (203, "Non-Authoritative Information", rfc9110("15.3.4"), details: NON_AUTHORITATIVE_INFORMATION)
        "Success, but a transforming proxy changed the content it received from the origin server.";
    (204, "No Content", rfc9110("15.3.5"), details: NO_CONTENT)
        "The request succeeded and there is deliberately nothing in the response body.";
    (205, "Reset Content", rfc9110("15.3.6"), details: RESET_CONTENT)
        "The request succeeded; the client should clear the form or view that sent it.";
    (206, "Partial Content", rfc9110("15.3.7"), details: PARTIAL_CONTENT)
        "The response carries only the byte ranges the client asked for in its Range header.";
    (207, "Multi-Status", rfc(4918, "11.1"), details: MULTI_STATUS)
        "A WebDAV response whose XML body reports a separate status for each of several resources.";
    (208, "Already Reported", rfc(5842, "7.1"), details: ALREADY_REPORTED)
        "Inside a WebDAV multi-status body: this member was already listed earlier in the same response.";
    (226, "IM Used", rfc(3229, "10.4.1"), details: IM_USED)
        "The content is the current representation transformed by instance manipulations, such as a delta.";
    // 3xx Redirection
    (300, "Multiple Choices", rfc9110("15.4.1"), details: MULTIPLE_CHOICES)
        "Several representations exist and the client, or its user, is asked to pick one.";
    (301, "Moved Permanently", rfc9110("15.4.2"), details: MOVED_PERMANENTLY)
        "The resource has a new permanent URI; clients may turn a POST into a GET when following it.";
    (302, "Found", rfc9110("15.4.3"), alias: "Moved Temporarily", details: FOUND)
        "The resource is temporarily at another URI; clients may turn a POST into a GET when following it.";
    (303, "See Other", rfc9110("15.4.4"), details: SEE_OTHER)
        "The answer is at another URI, which the client should fetch with GET.";
    (304, "Not Modified", rfc9110("15.4.5"), details: NOT_MODIFIED)
        "A conditional GET or HEAD found the client's stored copy still current, so no content is sent.";
    (305, "Use Proxy", rfc9110("15.4.6"), details: USE_PROXY)
        "Deprecated: once told the client to repeat the request through a proxy; clients now ignore it.";
    (306, "(Unused)", rfc9110("15.4.7"), alias: "Switch Proxy", unused: true, details: UNUSED_306)
        "Reserved: an early draft used it to switch proxies, and it has no meaning today.";
    (307, "Temporary Redirect", rfc9110("15.4.8"), details: TEMPORARY_REDIRECT)
        "The resource is temporarily at another URI; the client must repeat the same method and content there.";
    (308, "Permanent Redirect", rfc9110("15.4.9"), details: PERMANENT_REDIRECT)
        "The resource has a new permanent URI; the client must repeat the same method and content there.";
    // 4xx Client Error
    (400, "Bad Request", rfc9110("15.5.1"), details: BAD_REQUEST)
        "The server will not process the request because of a client-side problem, such as malformed syntax.";
    (401, "Unauthorized", rfc9110("15.5.2"), details: UNAUTHORIZED)
        "The request lacks valid credentials for the target; the response says how to authenticate.";
    (402, "Payment Required", rfc9110("15.5.3"), details: PAYMENT_REQUIRED)
        "Reserved for future use with no standard meaning, though some APIs send it for billing problems.";
    (403, "Forbidden", rfc9110("15.5.4"), details: FORBIDDEN)
        "The server understood the request but refuses to carry it out, for reasons other than missing credentials.";
    (404, "Not Found", rfc9110("15.5.5"), details: NOT_FOUND)
        "The server has nothing at the target URI, or will not reveal that something is there.";
    (405, "Method Not Allowed", rfc9110("15.5.6"), details: METHOD_NOT_ALLOWED)
        "The target exists but does not support this request method; the Allow header lists those it does.";
    (406, "Not Acceptable", rfc9110("15.5.7"), details: NOT_ACCEPTABLE)
        "None of the server's representations match what the request's Accept headers ask for.";
    (407, "Proxy Authentication Required", rfc9110("15.5.8"), details: PROXY_AUTHENTICATION_REQUIRED)
        "Like 401, but it is a proxy on the way that wants the client to authenticate.";
    (408, "Request Timeout", rfc9110("15.5.9"), details: REQUEST_TIMEOUT)
        "The server stopped waiting for the client to finish sending its request.";
    (409, "Conflict", rfc9110("15.5.10"), details: CONFLICT)
        "The request clashes with the current state of the target resource, such as an edit to an outdated version.";
    (410, "Gone", rfc9110("15.5.11"), details: GONE)
        "The target was removed on purpose and is not expected to come back.";
    (411, "Length Required", rfc9110("15.5.12"), details: LENGTH_REQUIRED)
        "The server refuses request content that arrives without a Content-Length header.";
    (412, "Precondition Failed", rfc9110("15.5.13"), details: PRECONDITION_FAILED)
        "A condition in the request headers, such as If-Match, turned out false on the server.";
    (413, "Content Too Large", rfc9110("15.5.14"), alias: "Payload Too Large", details: CONTENT_TOO_LARGE)
        "The request content is bigger than the server is willing or able to process.";
    (414, "URI Too Long", rfc9110("15.5.15"), alias: "Request-URI Too Long", details: URI_TOO_LONG)
        "The target URI is longer than the server is willing to interpret.";
    (415, "Unsupported Media Type", rfc9110("15.5.16"), details: UNSUPPORTED_MEDIA_TYPE)
        "The server does not accept request content in this media type or content coding.";
    (416, "Range Not Satisfiable", rfc9110("15.5.17"), alias: "Requested Range Not Satisfiable", details: RANGE_NOT_SATISFIABLE)
        "None of the ranges in the Range header fall within the selected representation.";
    (417, "Expectation Failed", rfc9110("15.5.18"), details: EXPECTATION_FAILED)
        "The server cannot meet the expectation given in the request's Expect header.";
    (418, "(Unused)", rfc9110("15.5.19"), alias: "I'm a teapot", unused: true, details: UNUSED_418)
        "Reserved because an April Fools' coffee-pot protocol made it famous; it has no meaning in HTTP.";
    (421, "Misdirected Request", rfc9110("15.5.20"), details: MISDIRECTED_REQUEST)
        "The request reached a server that cannot answer for its scheme and host, often over a reused connection.";
    (422, "Unprocessable Content", rfc9110("15.5.21"), alias: "Unprocessable Entity", details: UNPROCESSABLE_CONTENT)
        "The content is well-formed and of a supported type, but its instructions cannot be carried out, e.g. it fails validation.";
    (423, "Locked", rfc(4918, "11.3"), details: LOCKED)
        "The WebDAV resource being accessed is locked.";
    (424, "Failed Dependency", rfc(4918, "11.4"), details: FAILED_DEPENDENCY)
        "A WebDAV action failed because another action it depended on failed.";
    (425, "Too Early", rfc(8470, "5.2"), details: TOO_EARLY)
        "The server will not risk processing a request sent in TLS early data, which an attacker could replay.";
    (426, "Upgrade Required", rfc9110("15.5.22"), details: UPGRADE_REQUIRED)
        "The server refuses the request over the current protocol but would accept it after the upgrade named in Upgrade.";
    (428, "Precondition Required", rfc(6585, "3"), details: PRECONDITION_REQUIRED)
        "The server requires the request to be conditional, such as carrying If-Match, to prevent lost updates.";
    (429, "Too Many Requests", rfc(6585, "4"), details: TOO_MANY_REQUESTS)
        "The client sent too many requests in a given time and is being rate limited.";
    (431, "Request Header Fields Too Large", rfc(6585, "5"), details: REQUEST_HEADER_FIELDS_TOO_LARGE)
        "The server refuses the request because one header field, or all of them together, are too large.";
    (451, "Unavailable For Legal Reasons", rfc(7725, "3"), details: UNAVAILABLE_FOR_LEGAL_REASONS)
        "Access is refused because of a legal demand, such as a court order or government censorship.";
    // 5xx Server Error
    (500, "Internal Server Error", rfc9110("15.6.1"), details: INTERNAL_SERVER_ERROR)
        "The server hit an unexpected condition that stopped it from fulfilling the request.";
    (501, "Not Implemented", rfc9110("15.6.2"), details: NOT_IMPLEMENTED)
        "The server does not support what the request needs, such as a method it does not recognise.";
    (502, "Bad Gateway", rfc9110("15.6.3"), details: BAD_GATEWAY)
        "A gateway or proxy got an invalid response from the upstream server it contacted.";
    (503, "Service Unavailable", rfc9110("15.6.4"), details: SERVICE_UNAVAILABLE)
        "The server cannot handle the request right now, through overload or maintenance, but probably will later.";
    (504, "Gateway Timeout", rfc9110("15.6.5"), details: GATEWAY_TIMEOUT)
        "A gateway or proxy did not get a timely response from the upstream server it needed.";
    (505, "HTTP Version Not Supported", rfc9110("15.6.6"), details: HTTP_VERSION_NOT_SUPPORTED)
        "The server does not support the major HTTP version used in the request.";
    (506, "Variant Also Negotiates", rfc(2295, "8.1"), details: VARIANT_ALSO_NEGOTIATES)
        "A content negotiation misconfiguration: the variant the server chose is itself negotiable, so it loops.";
    (507, "Insufficient Storage", rfc(4918, "11.5"), details: INSUFFICIENT_STORAGE)
        "The server cannot store what it needs to complete the request, for now.";
    (508, "Loop Detected", rfc(5842, "7.2"), details: LOOP_DETECTED)
        "The server stopped a WebDAV operation because it found an infinite loop in the bindings.";
    (510, "Not Extended", rfc(2774, "7"), details: NOT_EXTENDED)
        "The request lacks an extension declaration the server requires; its HTTP Extension Framework is now historic.";
    (511, "Network Authentication Required", rfc(6585, "6"), details: NETWORK_AUTHENTICATION_REQUIRED)
        "The client must log in to the network, e.g. a captive portal, before it gets access; origin servers do not send it.";
}
