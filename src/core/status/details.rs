//! Practical guidance for the codes an API developer meets most: when to send
//! each one, the headers that belong with it, the usual mistakes, and how it
//! differs from the codes it is confused with. Written for this project.

use super::Requirement::{May, Must, Should};
use super::{ExpectedHeader, Related, Requirement, StatusDetails};

const fn header(name: &'static str, requirement: Requirement, why: &'static str) -> ExpectedHeader {
    ExpectedHeader {
        name,
        requirement,
        why,
    }
}

const fn related(code: u16, difference: &'static str) -> Related {
    Related { code, difference }
}

const PROBLEM_DETAILS: ExpectedHeader = header(
    "Content-Type",
    May,
    "application/problem+json (RFC 9457) gives clients a standard, machine-readable error body.",
);

// 1xx Informational

pub(super) static CONTINUE: StatusDetails = StatusDetails {
    when_to_use: "Sent (usually by the HTTP server library, not your handler) to a request carrying \
                  Expect: 100-continue, once its headers have been checked: the client may now send the \
                  body. It lets a large upload be turned down before any of it is transferred.",
    expected_headers: &[],
    common_mistakes: &[
        "Treating 100 as the answer: it is interim, and a final response always follows.",
        "Reading a large upload in full before rejecting it, when the headers alone were enough \
         to answer 401, 413 or 415 before the client sent the body.",
        "Sending any 1xx response to an HTTP/1.0 client, which does not expect interim responses.",
    ],
    related: &[
        related(
            417,
            "417 refuses the Expect header itself; 100 says the expectation is met and the body can come.",
        ),
        related(
            103,
            "103 also comes before the final response, but carries header hints rather than permission to send content.",
        ),
    ],
};

pub(super) static SWITCHING_PROTOCOLS: StatusDetails = StatusDetails {
    when_to_use: "Accept a client's Upgrade request, most often the WebSocket handshake over HTTP/1.1. \
                  Once this response ends, the connection speaks the new protocol.",
    expected_headers: &[
        header("Upgrade", Must, "Names the protocol the connection is switching to."),
        header(
            "Connection",
            Must,
            "Must include the token upgrade, as with any message that carries Upgrade.",
        ),
    ],
    common_mistakes: &[
        "Expecting 101 over HTTP/2 or HTTP/3: they have no Upgrade mechanism, and WebSockets there \
         are set up with an extended CONNECT request instead.",
        "Switching to a protocol the client did not offer in its Upgrade header.",
        "Looking for the 101 from fetch(): browsers run the handshake inside the WebSocket API, so \
         page scripts never see it.",
    ],
    related: &[
        related(
            426,
            "426 is the server demanding an upgrade; 101 is the server agreeing to one the client asked for.",
        ),
    ],
};

pub(super) static PROCESSING: StatusDetails = StatusDetails {
    when_to_use: "Historically sent by WebDAV servers during long operations (a deep COPY, say) so the \
                  client would not time out. Later WebDAV specifications removed it; new APIs should \
                  return 202 and let the client poll instead.",
    expected_headers: &[],
    common_mistakes: &[
        "Using it as a final status: a real response must still follow.",
        "Counting on clients to handle it: many HTTP libraries and browsers silently drop it.",
    ],
    related: &[
        related(
            202,
            "202 ends the exchange and lets the client check back later; 102 keeps the client waiting on the same request.",
        ),
        related(
            103,
            "103 also arrives before the final response, but carries header hints instead of a keep-waiting signal.",
        ),
    ],
};

pub(super) static EARLY_HINTS: StatusDetails = StatusDetails {
    when_to_use: "While the final response is still being prepared (a server-rendered page, typically), \
                  send the Link headers it will carry so the browser can preload stylesheets and scripts \
                  or open connections early. Rarely useful for JSON APIs.",
    expected_headers: &[header(
        "Link",
        Should,
        "Carries the preload and preconnect hints, which are the whole point of the response.",
    )],
    common_mistakes: &[
        "Hinting resources the final response does not use, wasting the client's bandwidth.",
        "Treating the hints as binding: the final response's own headers are what count.",
        "Depending on it: proxies and older clients may drop interim responses, so the page must \
         work without it.",
    ],
    related: &[
        related(
            100,
            "100 also precedes the final response, but grants permission to send a body instead of carrying hints.",
        ),
    ],
};

// 2xx Successful

pub(super) static OK: StatusDetails = StatusDetails {
    when_to_use: "The general success answer: a GET returning the resource, a POST returning the result \
                  of an action, a PUT or PATCH returning the updated resource.",
    expected_headers: &[
        header(
            "Content-Type",
            Should,
            "Tells the client how to read the content, such as application/json.",
        ),
        header(
            "ETag",
            May,
            "A validator for later conditional requests (If-None-Match, If-Match).",
        ),
    ],
    common_mistakes: &[
        "Reporting an error as 200 with {\"success\": false} in the body: clients, caches and \
         monitoring all count it as a success.",
        "Answering a creation with a bare 200 where 201 and a Location header say more.",
        "Sending 200 with an empty body where 204 states the intent.",
    ],
    related: &[
        related(201, "201 is the more precise success when the request created a new resource."),
        related(
            204,
            "204 is the same success with a promise of no content; use it when there is nothing useful to return.",
        ),
        related(
            206,
            "206 returns only the byte ranges the client asked for; 200 returns the whole representation.",
        ),
    ],
};

pub(super) static CREATED: StatusDetails = StatusDetails {
    when_to_use: "A POST (or a PUT to a new URI) has created a resource. Point at it with Location and \
                  return its representation or a short summary.",
    expected_headers: &[
        header(
            "Location",
            Should,
            "The URI of the new resource; without it, clients must assume the request's own URI is the new resource.",
        ),
        header(
            "ETag",
            May,
            "The new resource's validator, if the content returned is its current representation.",
        ),
    ],
    common_mistakes: &[
        "Leaving out Location, so the client has to dig the new id out of the body.",
        "Returning 201 for an update to an existing resource: that is 200 or 204.",
        "Returning 201 before the resource really exists; if the work was only queued, that is 202.",
    ],
    related: &[
        related(200, "200 is the general success; 201 adds that something new now exists."),
        related(
            202,
            "202 means the creation was only queued and may still fail; 201 means it has happened.",
        ),
    ],
};

pub(super) static ACCEPTED: StatusDetails = StatusDetails {
    when_to_use: "Long-running or queued work: the request is valid and has been taken on, but is not \
                  finished. Give the client a way to follow it, such as a job resource it can poll.",
    expected_headers: &[header(
        "Location",
        May,
        "By common convention, the URI of a status resource the client can poll for the outcome.",
    )],
    common_mistakes: &[
        "Giving the client no way to learn the outcome: no status URI, no callback, no id.",
        "Using 202 when the work was done synchronously; then 200, 201 or 204 is the honest answer.",
    ],
    related: &[
        related(
            201,
            "201 reports a resource that already exists; 202 only promises that work has been queued.",
        ),
        related(200, "200 means the work is done and the content is its result."),
        related(
            102,
            "102 keeps the client waiting on the same request; 202 ends the exchange at once.",
        ),
    ],
};

pub(super) static NO_CONTENT: StatusDetails = StatusDetails {
    when_to_use: "Success with nothing to return: a DELETE, a PUT or PATCH whose result the client \
                  already knows, an acknowledgement.",
    expected_headers: &[
        header(
            "ETag",
            May,
            "After a PUT, gives the client the new validator without a second request.",
        ),
    ],
    common_mistakes: &[
        "Sending a body: a 204 response ends with its headers, and clients ignore or choke on anything after.",
        "Sending Content-Length on a 204, which HTTP does not allow.",
        "Client code that parses JSON from every 2xx response and fails on the empty 204.",
    ],
    related: &[
        related(200, "200 carries content; 204 is the same success with none."),
        related(
            205,
            "205 also has no content, but additionally asks the client to reset the form that sent the request.",
        ),
        related(
            304,
            "304 also has no content, but answers a conditional GET: the cached copy is still good.",
        ),
    ],
};

pub(super) static RESET_CONTENT: StatusDetails = StatusDetails {
    when_to_use: "After a data-entry submission, tell the client to clear the form so another entry \
                  can be made. Browsers generally ignore the reset request, so it is rare in practice.",
    expected_headers: &[],
    common_mistakes: &["Sending content with it: like 204, a 205 response has none."],
    related: &[
        related(
            204,
            "204 reports success with no content and leaves the client's view as it is.",
        ),
    ],
};

pub(super) static PARTIAL_CONTENT: StatusDetails = StatusDetails {
    when_to_use: "Answer a Range request (resuming a download, seeking in a video) with only the bytes \
                  that were asked for.",
    expected_headers: &[
        header(
            "Content-Range",
            Must,
            "For a single range, states which bytes are enclosed and the full length, e.g. bytes 0-499/1234.",
        ),
        header(
            "Content-Type",
            Must,
            "For several ranges in one response, multipart/byteranges, with a Content-Range in each part.",
        ),
        header(
            "ETag",
            Must,
            "Required if a 200 would have carried it, so the client can join the pieces safely with If-Range.",
        ),
    ],
    common_mistakes: &[
        "Sending 206 to a request that had no Range header.",
        "Getting Content-Range off by one: the last byte position is inclusive, so bytes 0-499 is 500 bytes.",
        "Serving a partial response when If-Range no longer matches: the client then needs the full 200.",
    ],
    related: &[
        related(
            200,
            "200 returns the whole representation; a server may also answer a Range request that way.",
        ),
        related(416, "416 says none of the requested ranges can be served; 206 serves them."),
    ],
};

pub(super) static MULTI_STATUS: StatusDetails = StatusDetails {
    when_to_use:
        "WebDAV responses (PROPFIND, operations on many resources) that report a separate \
                  status for each resource in an XML multistatus body.",
    expected_headers: &[],
    common_mistakes: &[
        "Reading 207 as overall success: individual items in the body may have failed.",
        "Borrowing it for JSON batch APIs: generic clients expect the WebDAV XML format.",
    ],
    related: &[
        related(
            200,
            "200 reports one outcome for the whole request; 207 reports one per resource.",
        ),
        related(
            208,
            "208 appears inside a 207 body to mark a member that was already listed.",
        ),
    ],
};

pub(super) static ALREADY_REPORTED: StatusDetails = StatusDetails {
    when_to_use: "Only inside a 207 body from a WebDAV server that supports bindings: marks a member \
                  already reported earlier, so it is not listed again (and loops are not walked forever).",
    expected_headers: &[],
    common_mistakes: &[
        "Sending it as the status of a whole response: it only makes sense within a multistatus body.",
    ],
    related: &[
        related(207, "207 is the response that carries per-resource statuses, 208 among them."),
        related(
            508,
            "508 gives up on a loop; 208 sidesteps it by not descending into the same member twice.",
        ),
    ],
};

// 3xx Redirection

pub(super) static MULTIPLE_CHOICES: StatusDetails = StatusDetails {
    when_to_use: "Several representations exist (languages, formats) and the server lets the client \
                  choose. Rare: APIs usually negotiate with Accept or pick a default.",
    expected_headers: &[header(
        "Location",
        Should,
        "When the server has a preferred choice, points at it; clients may follow it automatically.",
    )],
    common_mistakes: &[
        "Expecting browsers to offer the user a choice: most simply follow Location or show the body.",
    ],
    related: &[
        related(
            406,
            "406 says no representation fits the client's Accept headers; 300 offers several that might.",
        ),
    ],
};

pub(super) static MOVED_PERMANENTLY: StatusDetails = StatusDetails {
    when_to_use: "A resource has moved for good and is reached with GET: renamed pages, old documentation \
                  URLs. Clients and search engines may update their links.",
    expected_headers: &[header("Location", Should, "The new permanent URI.")],
    common_mistakes: &[
        "Using it for endpoints that receive POST or PUT: many clients follow it with a GET and drop \
         the body. Use 308.",
        "Using it for a temporary move: browsers cache it, and it is hard to take back.",
    ],
    related: &[
        related(
            308,
            "308 is also permanent but forbids changing the method, so a POST stays a POST.",
        ),
        related(302, "302 is the temporary counterpart: clients keep using the original URI."),
        related(
            307,
            "307 is temporary and keeps the method; 301 is permanent and may turn a POST into a GET.",
        ),
        related(410, "410 says the resource is gone with nowhere to go; 301 says where it went."),
    ],
};

pub(super) static FOUND: StatusDetails = StatusDetails {
    when_to_use: "A temporary redirect for GET and HEAD traffic, such as bouncing to a login page. For \
                  APIs, 307 or 303 says more precisely what the client should do.",
    expected_headers: &[header(
        "Location",
        Should,
        "The temporary URI; clients keep using the original one for future requests.",
    )],
    common_mistakes: &[
        "Relying on the method being kept: browsers turn a POST into a GET when following a 302.",
        "Using 302 after a form POST where 303 is meant; 303 makes the switch to GET explicit.",
        "Using it for a move that is really permanent.",
    ],
    related: &[
        related(
            307,
            "307 is the same temporary redirect, but the client must repeat the same method and body.",
        ),
        related(
            303,
            "303 always sends the client to GET another URI; with 302 the method change is only tolerated.",
        ),
        related(301, "301 is the permanent counterpart: clients may update their stored links."),
        related(
            308,
            "308 is permanent and keeps the method, so it differs from 302 on both counts.",
        ),
    ],
};

pub(super) static SEE_OTHER: StatusDetails = StatusDetails {
    when_to_use: "After a POST (or another unsafe request) succeeds, send the client to a separate \
                  resource to GET: the Post/Redirect/Get pattern, or pointing at a finished job's result.",
    expected_headers: &[
        header("Location", Should, "The URI the client should fetch, with GET, for the answer."),
    ],
    common_mistakes: &[
        "Expecting the original method to be repeated: the follow-up request is always a GET (or HEAD).",
        "Using it to say that a resource moved; that is 301 or 308, or 302 or 307 if temporary.",
    ],
    related: &[
        related(
            302,
            "302 is a general temporary redirect where changing POST to GET is merely allowed; 303 requires it.",
        ),
        related(307, "307 repeats the original method at the new URI; 303 always switches to GET."),
        related(
            201,
            "201 reports the new resource directly in the response instead of redirecting to it.",
        ),
    ],
};

pub(super) static NOT_MODIFIED: StatusDetails = StatusDetails {
    when_to_use: "Answer a conditional GET or HEAD (If-None-Match or If-Modified-Since) when the \
                  client's stored copy is still current, so nothing has to be transferred again.",
    expected_headers: &[
        header(
            "ETag",
            Must,
            "Required if a 200 would have carried it, so the cache keeps a valid validator.",
        ),
        header(
            "Cache-Control",
            Must,
            "Required if a 200 would have carried it; it refreshes how long the stored copy stays fresh.",
        ),
        header(
            "Vary",
            Must,
            "Required if a 200 would have carried it, so the cache matches later requests correctly.",
        ),
    ],
    common_mistakes: &[
        "Sending a body: a 304 never has content.",
        "Answering 304 to a request that was not conditional.",
        "Answering a failed condition on PUT or DELETE with 304; for methods other than GET and HEAD it is 412.",
    ],
    related: &[
        related(200, "200 sends the full representation because the client has no usable copy."),
        related(
            412,
            "412 is what a failed condition produces for methods other than GET and HEAD.",
        ),
        related(
            204,
            "204 also has no content, but reports a completed action rather than a still-valid cache.",
        ),
    ],
};

pub(super) static TEMPORARY_REDIRECT: StatusDetails = StatusDetails {
    when_to_use: "A temporary redirect where the method and body must be kept: a POST endpoint moved \
                  for a while, writes sent to another host during maintenance. Browser developer tools \
                  may also show a synthetic 307 when HSTS upgrades an http:// URL.",
    expected_headers: &[
        header(
            "Location",
            Should,
            "The temporary URI; clients keep using the original one afterwards.",
        ),
    ],
    common_mistakes: &[
        "Using it for a permanent move: clients keep requesting the old URI. Use 308.",
        "Assuming every body can be resent: fetch() cannot follow it with a streamed request body, \
         and some clients refuse to replay large uploads.",
    ],
    related: &[
        related(
            302,
            "302 is also temporary, but clients may turn a POST into a GET when following it.",
        ),
        related(308, "308 keeps the method too, but is permanent: clients may update their links."),
        related(303, "303 always switches to GET at the new URI; 307 repeats the original method."),
        related(
            301,
            "301 is permanent and may turn a POST into a GET; 307 is temporary and keeps it.",
        ),
    ],
};

pub(super) static PERMANENT_REDIRECT: StatusDetails = StatusDetails {
    when_to_use: "A permanent move where the method and body must be kept, such as an API endpoint \
                  relocated for good or a canonical URI enforced for every method.",
    expected_headers: &[header("Location", Should, "The new permanent URI.")],
    common_mistakes: &[
        "Using it for a temporary move: clients may cache it and update their stored links.",
        "Assuming every client knows it: it was standardised late (RFC 7538, 2015), and a client \
         that does not recognise it treats it like 300.",
    ],
    related: &[
        related(
            301,
            "301 is also permanent, but clients may turn a POST into a GET when following it.",
        ),
        related(
            307,
            "307 keeps the method too, but is temporary: clients keep using the original URI.",
        ),
        related(
            302,
            "302 is temporary and lets clients change the method, so it differs from 308 on both counts.",
        ),
    ],
};

// 4xx Client Error

pub(super) static BAD_REQUEST: StatusDetails = StatusDetails {
    when_to_use: "The request itself is broken: JSON that does not parse, a missing required \
                  parameter, a malformed header or query string. Say in the body exactly what is wrong.",
    expected_headers: &[PROBLEM_DETAILS],
    common_mistakes: &[
        "An empty body: the client cannot tell which part of the request to fix.",
        "Using 400 for everything, including missing credentials (401), refusals (403) and conflicts (409).",
    ],
    related: &[
        related(
            422,
            "422 is for content that parses and has a supported type but fails validation; 400 is for malformed requests.",
        ),
        related(415, "415 is specifically about the content's media type or encoding."),
    ],
};

pub(super) static UNAUTHORIZED: StatusDetails = StatusDetails {
    when_to_use: "The request has no credentials, or ones that are invalid or expired (a missing or \
                  stale token). The client should authenticate and try again.",
    expected_headers: &[header(
        "WWW-Authenticate",
        Must,
        "Names at least one authentication scheme the client can use, such as Bearer.",
    )],
    common_mistakes: &[
        "Sending 401 to a user who is logged in but not allowed to do this; that is 403.",
        "Leaving out WWW-Authenticate.",
        "Challenging with the Basic scheme from a JSON API, which makes browsers pop up their own login dialog.",
    ],
    related: &[
        related(
            403,
            "403 refuses a client whose identity is known or irrelevant; logging in again will not help.",
        ),
        related(407, "407 is the same challenge issued by a proxy, using Proxy-Authenticate."),
    ],
};

pub(super) static FORBIDDEN: StatusDetails = StatusDetails {
    when_to_use:
        "The client is identified (or identity does not matter) and is still not allowed to do \
                  this: a missing role, a blocked address, a read-only resource.",
    expected_headers: &[],
    common_mistakes: &[
        "Using 403 for missing or expired credentials; 401 is what tells the client to log in.",
        "Revealing that a private resource exists: if that alone is sensitive, answer 404.",
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

pub(super) static NOT_FOUND: StatusDetails = StatusDetails {
    when_to_use: "Nothing exists at this URI (no such route, no record with that id), or the server \
                  prefers not to say whether something does.",
    expected_headers: &[],
    common_mistakes: &[
        "Answering 404 for a known URI and an unsupported method; that is 405.",
        "Answering 200 with an empty body for a single missing item (an empty list is fine as 200).",
        "Using 404 for a resource removed for good, where 410 tells clients to stop asking.",
    ],
    related: &[
        related(
            410,
            "410 says the resource existed and was removed for good; 404 makes no claim about past or future.",
        ),
        related(403, "403 admits the resource exists and refuses access to it."),
        related(405, "405 says the resource exists but not for this method."),
    ],
};

pub(super) static METHOD_NOT_ALLOWED: StatusDetails = StatusDetails {
    when_to_use:
        "The URI exists but does not support this method, such as DELETE on a read-only collection.",
    expected_headers: &[header(
        "Allow",
        Must,
        "Lists the methods the target does support (it may be empty).",
    )],
    common_mistakes: &[
        "Leaving out Allow.",
        "Using 405 for a method the server does not implement anywhere; that is 501.",
        "Using 405 when the method is supported but this user may not use it; that is 403.",
    ],
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

pub(super) static NOT_ACCEPTABLE: StatusDetails = StatusDetails {
    when_to_use: "Content negotiation failed: the request's Accept headers (Accept: application/xml, \
                  say) match no format the server can produce. Many APIs send their default format instead.",
    expected_headers: &[],
    common_mistakes: &[
        "Confusing it with 415: 406 concerns the response format the client accepts, 415 the request format it sent.",
        "Refusing a request whose Accept is */* or missing, which accepts anything.",
    ],
    related: &[
        related(
            415,
            "415 rejects the format of the content the client sent; 406 the format it wants back.",
        ),
    ],
};

pub(super) static PROXY_AUTHENTICATION_REQUIRED: StatusDetails = StatusDetails {
    when_to_use: "Sent by a proxy that requires the client to authenticate to the proxy itself before \
                  it will forward the request.",
    expected_headers: &[header(
        "Proxy-Authenticate",
        Must,
        "Names the scheme the client must use to authenticate to the proxy.",
    )],
    common_mistakes: &["Sending it from an origin server or API; authentication there is 401."],
    related: &[
        related(401, "401 is the origin server asking for credentials, with WWW-Authenticate."),
        related(
            511,
            "511 comes from an intercepting network such as a captive portal, not a configured proxy.",
        ),
    ],
};

pub(super) static REQUEST_TIMEOUT: StatusDetails = StatusDetails {
    when_to_use: "The server stopped waiting for a request the client started but did not finish in \
                  time: a stalled upload, or an idle connection being closed.",
    expected_headers: &[header(
        "Connection",
        Should,
        "close: the server has decided to close the connection rather than keep waiting.",
    )],
    common_mistakes: &[
        "Using 408 when the server itself was slow; the delay was on the server side, so it is a 5xx.",
    ],
    related: &[
        related(
            504,
            "504 is a gateway giving up on a slow upstream server; 408 is a server giving up on a slow client.",
        ),
    ],
};

pub(super) static CONFLICT: StatusDetails = StatusDetails {
    when_to_use: "The request is valid but collides with the resource's current state: a duplicate \
                  unique key, an edit based on an outdated version, a state change not allowed right now.",
    expected_headers: &[],
    common_mistakes: &[
        "Giving no detail: the body should explain the conflict so the client or its user can resolve it.",
        "Using 409 for plain validation errors; those are 400 or 422.",
    ],
    related: &[
        related(
            412,
            "412 is the exact answer when a conditional request (If-Match) finds the version changed.",
        ),
        related(422, "422 is about the content being invalid whatever state the resource is in."),
    ],
};

pub(super) static GONE: StatusDetails = StatusDetails {
    when_to_use:
        "A resource or API version was retired on purpose and will not come back; clients \
                  should remove their links to it.",
    expected_headers: &[],
    common_mistakes: &[
        "Using it for something that may return; that is 404, or 503 if it is down for a while.",
        "Believing it must be kept forever: switching to 404 after a while is fine.",
    ],
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

pub(super) static PRECONDITION_FAILED: StatusDetails = StatusDetails {
    when_to_use: "A condition the client set (If-Match, If-Unmodified-Since, or If-None-Match on a \
                  method other than GET and HEAD) is false. Usually an optimistic-locking check: the \
                  resource changed since the client read it.",
    expected_headers: &[],
    common_mistakes: &[
        "Answering a failed If-Match with a vague 409 when 412 says exactly what happened.",
        "Answering a failed If-None-Match on GET with 412; for GET and HEAD that is 304.",
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

pub(super) static CONTENT_TOO_LARGE: StatusDetails = StatusDetails {
    when_to_use: "The request body exceeds what the server accepts, such as an upload over the size \
                  limit. State the limit in the body.",
    expected_headers: &[header(
        "Retry-After",
        Should,
        "If the limit is temporary, says when the client may try again.",
    )],
    common_mistakes: &[
        "Expecting the client to always read the 413: a server may close the connection mid-upload, \
         and the client then sees a reset instead.",
        "Using it for a long URL (414) or oversized headers (431).",
    ],
    related: &[
        related(414, "414 is about the length of the URI, not the body."),
        related(431, "431 is about the size of the header fields, not the body."),
        related(
            507,
            "507 means the server has run out of storage, whatever the size of this request.",
        ),
    ],
};

pub(super) static URI_TOO_LONG: StatusDetails = StatusDetails {
    when_to_use:
        "The request target is longer than the server will parse, typically a GET with too \
                  much data packed into its query string.",
    expected_headers: &[],
    common_mistakes: &[
        "Packing large filters or documents into the query string; send them in a POST body.",
    ],
    related: &[
        related(413, "413 is about the size of the body, not the URI."),
        related(431, "431 is about the size of the header fields."),
    ],
};

pub(super) static UNSUPPORTED_MEDIA_TYPE: StatusDetails = StatusDetails {
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
        "On the client: sending JSON with fetch() from a string body without setting Content-Type, \
         which then goes out as text/plain.",
        "Using 415 for JSON with the wrong fields; that is 400 or 422.",
    ],
    related: &[
        related(
            406,
            "406 is about the response format the client accepts, not the request format it sent.",
        ),
        related(400, "400 is for requests that are malformed in any other way."),
        related(422, "422 accepts the format but not what the content says."),
    ],
};

pub(super) static RANGE_NOT_SATISFIABLE: StatusDetails = StatusDetails {
    when_to_use: "Every range in the Range header lies outside the representation, such as resuming a \
                  download past its end.",
    expected_headers: &[header(
        "Content-Range",
        Should,
        "In the form bytes */1234, tells the client how long the representation really is.",
    )],
    common_mistakes: &[
        "Answering 416 to a Range header the server does not support; ignoring it and sending 200 is allowed.",
    ],
    related: &[related(206, "206 serves the ranges that can be satisfied.")],
};

pub(super) static EXPECTATION_FAILED: StatusDetails = StatusDetails {
    when_to_use:
        "The request's Expect header cannot be met; 100-continue is the only expectation HTTP \
                  defines, so any other value earns a 417.",
    expected_headers: &[],
    common_mistakes: &[
        "Sending 417 for an ordinary validation failure; it concerns the Expect header only.",
    ],
    related: &[related(
        100,
        "100 says the expectation is met and the body can follow.",
    )],
};

pub(super) static UNUSED_418: StatusDetails = StatusDetails {
    when_to_use: "Never in a real API. The number is reserved only because the teapot joke spread so \
                  widely that giving it a real meaning would clash with software already sending it.",
    expected_headers: &[],
    common_mistakes: &[
        "Shipping it as an easter egg: clients treat it like a generic 400, which tells them nothing.",
    ],
    related: &[
        related(
            400,
            "400 is the honest generic answer for a request the server will not process.",
        ),
    ],
};

pub(super) static MISDIRECTED_REQUEST: StatusDetails = StatusDetails {
    when_to_use: "A reused connection (HTTP/2 coalescing across host names that share a certificate, \
                  say) delivered a request for a host this server does not serve. The client can retry \
                  on a new connection.",
    expected_headers: &[],
    common_mistakes: &[
        "Sending it for an unknown path on a host the server does serve; that is 404.",
    ],
    related: &[
        related(
            404,
            "404 means the server is responsible for the host but has nothing at this path.",
        ),
    ],
};

pub(super) static UNPROCESSABLE_CONTENT: StatusDetails = StatusDetails {
    when_to_use: "The content parses and has a supported type but does not make sense: failed field \
                  validation, an end date before the start date.",
    expected_headers: &[PROBLEM_DETAILS],
    common_mistakes: &[
        "Using it for JSON that does not parse; that is 400.",
        "Not saying which fields failed and why.",
    ],
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

pub(super) static TOO_EARLY: StatusDetails = StatusDetails {
    when_to_use:
        "A request arrived in TLS 1.3 early data (0-RTT) and is not safe to process before the \
                  handshake completes, because early data can be replayed.",
    expected_headers: &[],
    common_mistakes: &["Sending it for requests that did not arrive in early data."],
    related: &[],
};

pub(super) static UPGRADE_REQUIRED: StatusDetails = StatusDetails {
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
        "Using it to demand HTTPS: browsers do not upgrade to TLS this way. Redirect to https:// and send HSTS.",
    ],
    related: &[related(101, "101 is the server accepting an upgrade the client asked for.")],
};

pub(super) static PRECONDITION_REQUIRED: StatusDetails = StatusDetails {
    when_to_use:
        "The server insists that changes be conditional, to prevent lost updates: the client \
                  must send If-Match with the ETag it last saw.",
    expected_headers: &[],
    common_mistakes: &["Requiring If-Match without ever giving clients an ETag to put in it."],
    related: &[related(
        412,
        "412 means the client sent a condition and it failed; 428 means it sent none.",
    )],
};

pub(super) static TOO_MANY_REQUESTS: StatusDetails = StatusDetails {
    when_to_use: "A client went over a rate limit or quota. Tell it when it may try again.",
    expected_headers: &[header(
        "Retry-After",
        May,
        "How many seconds to wait (or until when); well-behaved clients back off accordingly.",
    )],
    common_mistakes: &[
        "No Retry-After and no limit information, so clients retry at once and make things worse.",
        "Using 429 for a server-wide overload that is not this client's doing; that is 503.",
    ],
    related: &[
        related(
            503,
            "503 means the server cannot serve anyone right now; 429 blames this client's request rate.",
        ),
        related(403, "403 is a lasting refusal; 429 passes once the client slows down."),
    ],
};

pub(super) static REQUEST_HEADER_FIELDS_TOO_LARGE: StatusDetails = StatusDetails {
    when_to_use: "One header field (often Cookie) or the header section as a whole is larger than the \
                  server accepts.",
    expected_headers: &[],
    common_mistakes: &[
        "Letting cookies grow without bound until every request fails; clearing them is often the fix.",
    ],
    related: &[
        related(413, "413 is about the size of the body."),
        related(414, "414 is about the length of the URI."),
    ],
};

pub(super) static UNAVAILABLE_FOR_LEGAL_REASONS: StatusDetails = StatusDetails {
    when_to_use: "Access is blocked because of a legal demand: a court order, a takedown notice, a \
                  restriction the law imposes in the client's country.",
    expected_headers: &[header(
        "Link",
        Should,
        "With rel=\"blocked-by\", identifies the party that is implementing the block.",
    )],
    common_mistakes: &[
        "Using it for ordinary permission or licensing refusals; those are 403.",
        "Leaving out the explanation: the body should say which legal demand applies and who made it.",
    ],
    related: &[
        related(403, "403 is a refusal under the server's own rules."),
        related(404, "404 hides the resource without giving a reason."),
    ],
};

// 5xx Server Error

pub(super) static INTERNAL_SERVER_ERROR: StatusDetails = StatusDetails {
    when_to_use: "A fault in the server itself: an unhandled exception, a bug, a broken configuration. \
                  The generic fallback when nothing more specific fits.",
    expected_headers: &[],
    common_mistakes: &[
        "Leaking stack traces or internal details in the body.",
        "Answering bad client input with 500; validate it and answer with a 4xx.",
        "Reporting an upstream failure as 500 where 502 or 504 points at the real culprit.",
    ],
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

pub(super) static NOT_IMPLEMENTED: StatusDetails = StatusDetails {
    when_to_use:
        "The server does not support what the request needs at all, typically a method it does \
                  not recognise for any resource.",
    expected_headers: &[],
    common_mistakes: &[
        "Using 501 for a method the server knows but this resource does not allow; that is 405.",
        "Expecting clients to retry: 501 is cacheable by default and signals a lasting condition.",
    ],
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

pub(super) static BAD_GATEWAY: StatusDetails = StatusDetails {
    when_to_use: "Sent by a gateway or reverse proxy (nginx, a load balancer, an API gateway) when the \
                  upstream server sent back something invalid, dropped the connection, or could not be reached.",
    expected_headers: &[],
    common_mistakes: &[
        "Debugging the proxy instead of what is behind it: a 502 usually means the upstream app \
         crashed, restarted or spoke broken HTTP.",
        "Sending 502 from application code for the application's own errors; that is 500.",
    ],
    related: &[
        related(
            503,
            "503 means the service says it is temporarily unable to serve; 502 means a gateway got a bad answer.",
        ),
        related(504, "504 means a gateway got no answer in time; 502 means it got a broken one."),
        related(500, "500 is an error in the server itself rather than in a server behind it."),
    ],
};

pub(super) static SERVICE_UNAVAILABLE: StatusDetails = StatusDetails {
    when_to_use: "The server is temporarily unable to serve: planned maintenance, overload, a dependency \
                  it cannot work without is down. Clients may try again later.",
    expected_headers: &[header(
        "Retry-After",
        May,
        "Tells clients and crawlers when to come back, so they back off instead of hammering the server.",
    )],
    common_mistakes: &[
        "Using it for permanent conditions: the code promises the situation will pass.",
        "Serving a maintenance page as 200, so monitoring and search engines take it for real content.",
    ],
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

pub(super) static GATEWAY_TIMEOUT: StatusDetails = StatusDetails {
    when_to_use: "Sent by a gateway or proxy when the upstream server did not answer within its time limit.",
    expected_headers: &[],
    common_mistakes: &[
        "Only raising the proxy's timeout: slow operations are often better served as 202 plus polling.",
        "Assuming the request failed upstream: the work may have finished after the gateway gave up, \
         so blindly retrying a POST can do it twice.",
    ],
    related: &[
        related(502, "502 means the gateway got an invalid answer; 504 means it got none in time."),
        related(503, "503 is the service itself saying it cannot serve right now."),
        related(
            408,
            "408 is a server giving up on a slow client; 504 is a gateway giving up on a slow server.",
        ),
    ],
};

pub(super) static INSUFFICIENT_STORAGE: StatusDetails = StatusDetails {
    when_to_use:
        "The server cannot store what it needs to complete the request: a full disk or an \
                  exhausted quota. Defined by WebDAV, also used by storage APIs.",
    expected_headers: &[],
    common_mistakes: &[
        "Using it for an upload that is too big for any request; that is 413.",
        "Treating it as permanent: the request may succeed once space is freed.",
    ],
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

pub(super) static LOOP_DETECTED: StatusDetails = StatusDetails {
    when_to_use: "A WebDAV server found an infinite loop while processing a request with Depth: infinity, \
                  such as bindings that lead back to a parent. Some proxies and CDNs reuse it for requests \
                  looping between services.",
    expected_headers: &[],
    common_mistakes: &[
        "Using it for redirect loops: the server cannot see those; clients catch them by capping redirects.",
    ],
    related: &[
        related(208, "208 avoids the loop by reporting a member only once instead of giving up."),
        related(500, "500 is a generic failure; 508 names the loop as the cause."),
    ],
};

pub(super) static NETWORK_AUTHENTICATION_REQUIRED: StatusDetails = StatusDetails {
    when_to_use:
        "Sent by a captive portal or similar network that intercepts traffic: the user must log \
                  in or accept terms before getting access. Applications never send it.",
    expected_headers: &[],
    common_mistakes: &[
        "Sending it from an origin server or API; it belongs to intercepting networks.",
        "On the client: blaming the API for it, when the request never reached the API.",
    ],
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
