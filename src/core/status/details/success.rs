//! 2xx Successful: guidance for the codes of this class.

use super::*;

pub(crate) static OK: StatusDetails = StatusDetails {
    when_to_use: "The general success answer: a GET returning the resource, a POST returning the result \
                  of an action, a PUT or PATCH returning the updated resource.",
    expected_headers: &[
        header(
            "Content-Type",
            Should,
            "Tells the client how to read the content, such as application/json.",
        )
        .cited(rfc9110("8.3")),
        header(
            "ETag",
            Should,
            "For GET and HEAD, the validators the server has (a strong ETag is best) let later requests \
             be conditional with If-None-Match or If-Match.",
        )
        .cited(rfc9110("15.3.1")),
        header(
            "Last-Modified",
            Should,
            "For GET and HEAD, a second validator for If-Modified-Since, when a modification time is known.",
        )
        .cited(rfc9110("15.3.1")),
    ],
    common_mistakes: &[
        practice("Reporting an error as 200 with {\"success\": false} in the body: clients, caches and \
         monitoring all count it as a success."),
        rule(
            Keyword::Should,
            rfc9110("9.3.3"),
            "Answering a POST that created a resource with a bare 200: 201 with a Location naming the new \
             resource is the expected answer.",
        ),
        rule(
            Keyword::Must,
            rfc9110("9.3.4"),
            "Answering 200 to a PUT that created the resource where none existed: that case calls for 201.",
        ),
        practice("Sending 200 with an empty body where 204 states the intent."),
    ],
    search_terms: &["successful"],
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

pub(crate) static CREATED: StatusDetails = StatusDetails {
    when_to_use: "A POST (or a PUT to a new URI) has created a resource. Point at it with Location and \
                  return its representation or a short summary.",
    expected_headers: &[
        header(
            "Location",
            Should,
            "For a POST, the URI of the new resource; without it, clients must assume the request's own URI is the new resource.",
        )
        .cited(rfc9110("9.3.3")),
        header(
            "ETag",
            May,
            "The new resource's validator, if the content returned is its current representation.",
        ),
    ],
    common_mistakes: &[
        rule(
            Keyword::Should,
            rfc9110("9.3.3"),
            "Leaving out Location after a POST, so the client has to dig the new id out of the body.",
        ),
        rule(
            Keyword::Must,
            rfc9110("9.3.4"),
            "Returning 201 for a PUT that replaced an existing resource: that success is 200 or 204, and \
             201 is kept for a PUT that created one.",
        ),
        practice("Returning 201 before the resource really exists; if the work was only queued, that is 202."),
    ],
    search_terms: &["post", "new resource", "insert"],
    related: &[
        related(200, "200 is the general success; 201 adds that something new now exists."),
        related(
            202,
            "202 means the creation was only queued and may still fail; 201 means it has happened.",
        ),
        related(
            204,
            "204 reports a success with nothing to return, typically an update or a delete rather than a creation.",
        ),
    ],
};

pub(crate) static ACCEPTED: StatusDetails = StatusDetails {
    when_to_use: "Long-running or queued work: the request is valid and has been taken on, but is not \
                  finished. Give the client a way to follow it, such as a job resource it can poll.",
    expected_headers: &[header(
        "Location",
        May,
        "By common convention, the URI of a status resource the client can poll for the outcome.",
    )],
    common_mistakes: &[
        practice("Giving the client no way to learn the outcome: no status URI, no callback, no id."),
        practice("Using 202 when the work was done synchronously; then 200, 201 or 204 is the honest answer."),
        rule(
            Keyword::Should,
            rfc9110("9.3.5"),
            "Answering 204 to a DELETE that was only queued: until the deletion has been carried out, 202 is the answer.",
        ),
    ],
    search_terms: &["asynchronous", "queued", "background job", "polling"],
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

pub(crate) static NON_AUTHORITATIVE_INFORMATION: StatusDetails = StatusDetails {
    when_to_use: "Sent by a transforming proxy, not by the origin: the origin answered 200, and the proxy \
                  changed the content on the way (recompressed images, rewrote markup) and says so with \
                  203. An API server has no reason to send it, and it is rarely seen.",
    expected_headers: &[header(
        "Via",
        Must,
        "Names the proxy that forwarded, and here changed, the response; every proxy adds it to what it forwards.",
    )
    .cited(rfc9110("7.6.3"))],
    common_mistakes: &[
        practice("Sending it from an origin server because the data came from a cache, a replica or another \
         service: the code reports a change made in transit, and the origin speaks with authority for \
         what it serves."),
        rule(
            Keyword::MustNot,
            rfc9110("7.7"),
            "Transforming a response that carries Cache-Control: no-transform: a proxy has to pass that \
             content through unchanged, so 203 never applies to it.",
        ),
        practice("Client code that checks for exactly 200 instead of any 2xx, and so reports a response a \
         proxy has altered as a failure."),
    ],
    search_terms: &["transformed", "intermediary", "no-transform"],
    related: &[
        related(
            200,
            "200 carries the content as the origin server produced it; 203 warns that a proxy changed it.",
        ),
        related(
            226,
            "226 is also a changed representation, but one the client asked for and the origin produced.",
        ),
    ],
};

pub(crate) static NO_CONTENT: StatusDetails = StatusDetails {
    when_to_use: "Success with nothing to return: a DELETE, a PUT or PATCH whose result the client \
                  already knows, an acknowledgement.",
    expected_headers: &[
        header(
            "ETag",
            May,
            "After a PUT stored exactly as sent, gives the client the new validator without a second request.",
        ),
    ],
    common_mistakes: &[
        Claim {
            text: "Sending a body: a 204 response ends with its headers, and clients ignore or choke on anything after.",
            strength: Strength::Defined(rfc9110("15.3.5")),
        },
        rule(
            Keyword::MustNot,
            rfc9110("8.6"),
            "Putting Content-Length on a 204, even with a value of 0.",
        ),
        rule(
            Keyword::MustNot,
            rfc9110("9.3.4"),
            "Returning an ETag after a PUT whose data the server changed while saving it (normalised, \
             filled in defaults): a validator is only allowed when the content was stored as sent.",
        ),
        practice("Client code that parses JSON from every 2xx response and fails on the empty 204."),
    ],
    search_terms: &["empty", "delete", "no body"],
    related: &[
        related(200, "200 carries content; 204 is the same success with none."),
        related(
            201,
            "201 reports that a new resource was created, and usually returns it or points at it.",
        ),
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

pub(crate) static RESET_CONTENT: StatusDetails = StatusDetails {
    when_to_use: "After a data-entry submission, tell the client to clear the form so another entry \
                  can be made. Browsers generally ignore the reset request, so it is rare in practice.",
    expected_headers: &[],
    common_mistakes: &[rule(
        Keyword::MustNot,
        rfc9110("15.3.6"),
        "Sending content with it: like 204, a 205 response has none.",
    )],
    search_terms: &["clear form"],
    related: &[
        related(
            204,
            "204 reports success with no content and leaves the client's view as it is.",
        ),
    ],
};

pub(crate) static PARTIAL_CONTENT: StatusDetails = StatusDetails {
    when_to_use: "Answer a Range request (resuming a download, seeking in a video) with only the bytes \
                  that were asked for.",
    expected_headers: &[
        header(
            "Content-Range",
            Must,
            "For a single range, states which bytes are enclosed and the full length, e.g. bytes 0-499/1234.",
        )
        .cited(rfc9110("15.3.7.1")),
        header(
            "Content-Type",
            Must,
            "For several ranges in one response, multipart/byteranges, with a Content-Range in each part.",
        )
        .cited(rfc9110("15.3.7.2")),
        header(
            "ETag",
            Must,
            "Required if a 200 would have carried it, so the client can join the pieces safely with If-Range.",
        )
        .cited(rfc9110("15.3.7")),
    ],
    common_mistakes: &[
        practice("Sending 206 to a request that had no Range header."),
        practice("Getting Content-Range off by one: the last byte position is inclusive, so bytes 0-499 is 500 bytes."),
        rule(
            Keyword::Must,
            rfc9110("13.1.5"),
            "Serving a partial response when If-Range no longer matches: the server then ignores Range \
             and sends the full 200.",
        ),
        rule(
            Keyword::MustNot,
            rfc9110("15.3.7.2"),
            "Wrapping a single requested range in multipart/byteranges: a client that asked for one range \
             may not be able to read multipart.",
        ),
    ],
    search_terms: &["resume", "download", "seek", "video"],
    related: &[
        related(
            200,
            "200 returns the whole representation; a server may also answer a Range request that way.",
        ),
        related(416, "416 says none of the requested ranges can be served; 206 serves them."),
    ],
};

pub(crate) static MULTI_STATUS: StatusDetails = StatusDetails {
    when_to_use:
        "WebDAV responses (PROPFIND, operations on many resources) that report a separate \
                  status for each resource in an XML multistatus body.",
    expected_headers: &[],
    common_mistakes: &[
        practice("Reading 207 as overall success: individual items in the body may have failed."),
        practice("Borrowing it for JSON batch APIs: generic clients expect the WebDAV XML format."),
    ],
    search_terms: &["batch", "propfind"],
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

pub(crate) static ALREADY_REPORTED: StatusDetails = StatusDetails {
    when_to_use: "Only inside a 207 body from a WebDAV server that supports bindings: marks a member \
                  already reported earlier, so it is not listed again (and loops are not walked forever).",
    expected_headers: &[],
    common_mistakes: &[
        practice("Sending it as the status of a whole response: it only makes sense within a multistatus body."),
    ],
    search_terms: &["binding", "propfind"],
    related: &[
        related(207, "207 is the response that carries per-resource statuses, 208 among them."),
        related(
            508,
            "508 gives up on a loop; 208 sidesteps it by not descending into the same member twice.",
        ),
    ],
};

pub(crate) static IM_USED: StatusDetails = StatusDetails {
    when_to_use: "Answer a GET whose A-IM header accepts instance manipulations, typically delta encoding \
                  (only what changed since a version the client already holds), when the server applied \
                  one. Defined by RFC 3229 for clients that poll the same resource often; few servers or \
                  clients implement it.",
    expected_headers: &[
        header(
            "ETag",
            Must,
            "The entity tag of the current, complete resource, not of the delta, so the client can label what it rebuilds.",
        )
        .cited(rfc(3229, "10.4.1")),
        header(
            "IM",
            Should,
            "Lists the manipulations applied, such as a delta format, so the client knows how to use the content.",
        ),
        header(
            "Delta-Base",
            May,
            "With delta encoding, the entity tag of the base version the delta was computed from.",
        ),
    ],
    common_mistakes: &[
        rule(
            Keyword::Must,
            rfc(3229, "10.4.1"),
            "Sending 226 to a request without A-IM: only a request that listed at least one accepted \
             manipulation can get one.",
        ),
        practice("Computing the delta against a version the client never said it holds: it cannot apply the \
         result. Without a usable base, send the full representation with 200."),
    ],
    search_terms: &["delta encoding", "a-im", "diff"],
    related: &[
        related(
            200,
            "200 sends the full current representation; 226 sends a manipulated form, such as the changes only.",
        ),
        related(
            304,
            "304 says the client's copy is still current; 226 says it changed and sends just the difference.",
        ),
        related(
            203,
            "203 is a change a proxy made without being asked; 226 is one the client requested from the origin.",
        ),
    ],
};
