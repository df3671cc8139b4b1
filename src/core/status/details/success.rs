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
        ),
        header(
            "ETag",
            May,
            "A validator for later conditional requests (If-None-Match, If-Match).",
        ),
    ],
    common_mistakes: &[
        practice("Reporting an error as 200 with {\"success\": false} in the body: clients, caches and \
         monitoring all count it as a success."),
        practice("Answering a creation with a bare 200 where 201 and a Location header say more."),
        practice("Sending 200 with an empty body where 204 states the intent."),
    ],
    search_terms: &[],
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
            "The URI of the new resource; without it, clients must assume the request's own URI is the new resource.",
        ),
        header(
            "ETag",
            May,
            "The new resource's validator, if the content returned is its current representation.",
        ),
    ],
    common_mistakes: &[
        practice("Leaving out Location, so the client has to dig the new id out of the body."),
        practice("Returning 201 for an update to an existing resource: that is 200 or 204."),
        practice("Returning 201 before the resource really exists; if the work was only queued, that is 202."),
    ],
    search_terms: &[],
    related: &[
        related(200, "200 is the general success; 201 adds that something new now exists."),
        related(
            202,
            "202 means the creation was only queued and may still fail; 201 means it has happened.",
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
    ],
    search_terms: &[],
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

pub(crate) static NO_CONTENT: StatusDetails = StatusDetails {
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
        practice("Sending a body: a 204 response ends with its headers, and clients ignore or choke on anything after."),
        practice("Sending Content-Length on a 204, which HTTP does not allow."),
        practice("Client code that parses JSON from every 2xx response and fails on the empty 204."),
    ],
    search_terms: &[],
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

pub(crate) static RESET_CONTENT: StatusDetails = StatusDetails {
    when_to_use: "After a data-entry submission, tell the client to clear the form so another entry \
                  can be made. Browsers generally ignore the reset request, so it is rare in practice.",
    expected_headers: &[],
    common_mistakes: &[practice("Sending content with it: like 204, a 205 response has none.")],
    search_terms: &[],
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
        practice("Sending 206 to a request that had no Range header."),
        practice("Getting Content-Range off by one: the last byte position is inclusive, so bytes 0-499 is 500 bytes."),
        practice("Serving a partial response when If-Range no longer matches: the client then needs the full 200."),
    ],
    search_terms: &[],
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
    search_terms: &[],
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
    search_terms: &[],
    related: &[
        related(207, "207 is the response that carries per-resource statuses, 208 among them."),
        related(
            508,
            "508 gives up on a loop; 208 sidesteps it by not descending into the same member twice.",
        ),
    ],
};
