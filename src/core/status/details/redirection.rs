//! 3xx Redirection: guidance for the codes of this class.

use super::*;

pub(crate) static MULTIPLE_CHOICES: StatusDetails = StatusDetails {
    when_to_use: "Several representations exist (languages, formats) and the server lets the client \
                  choose. Rare: APIs usually negotiate with Accept or pick a default.",
    expected_headers: &[header(
        "Location",
        Should,
        "When the server has a preferred choice, points at it; clients may follow it automatically.",
    )
    .cited(rfc9110("15.4.1"))],
    common_mistakes: &[
        practice("Expecting browsers to offer the user a choice: most simply follow Location or show the body."),
        rule(
            Keyword::Should,
            rfc9110("15.4.1"),
            "Sending it without a list of the choices: except for HEAD, the content should name the \
             alternatives and their URIs so the client can pick.",
        ),
    ],
    search_terms: &["content negotiation", "alternatives"],
    related: &[
        related(
            406,
            "406 says no representation fits the client's Accept headers; 300 offers several that might.",
        ),
    ],
};

pub(crate) static MOVED_PERMANENTLY: StatusDetails = StatusDetails {
    when_to_use: "A resource has moved for good and is reached with GET: renamed pages, old documentation \
                  URLs. Clients and search engines may update their links.",
    expected_headers: &[header("Location", Should, "The new permanent URI.").cited(rfc9110("15.4.2"))],
    common_mistakes: &[
        rule(
            Keyword::May,
            rfc9110("15.4.2"),
            "Using it for endpoints that receive POST: for historical reasons a client is allowed to \
             follow it with a GET and drop the body. Use 308.",
        ),
        practice("Using it for a temporary move: browsers cache it, and it is hard to take back."),
    ],
    search_terms: &["redirect", "seo", "canonical"],
    related: &[
        related(
            308,
            "308 is also permanent but forbids changing the method, so a POST stays a POST.",
        ),
        related(302, "302 is the temporary counterpart: clients keep using the original URI."),
        related(
            303,
            "303 is not about a move: it sends the client to GET a different resource, such as the result of a POST.",
        ),
        related(
            307,
            "307 is temporary and keeps the method; 301 is permanent and may turn a POST into a GET.",
        ),
        related(410, "410 says the resource is gone with nowhere to go; 301 says where it went."),
    ],
};

pub(crate) static FOUND: StatusDetails = StatusDetails {
    when_to_use: "A temporary redirect for GET and HEAD traffic, such as bouncing to a login page. For \
                  APIs, 307 or 303 says more precisely what the client should do.",
    expected_headers: &[header(
        "Location",
        Should,
        "The temporary URI; clients keep using the original one for future requests.",
    )
    .cited(rfc9110("15.4.3"))],
    common_mistakes: &[
        rule(
            Keyword::May,
            rfc9110("15.4.3"),
            "Relying on the method being kept: a client is allowed to turn a POST into a GET when \
             following a 302, and browsers do.",
        ),
        practice("Using 302 after a form POST where 303 is meant; 303 makes the switch to GET explicit."),
        practice("Using it for a move that is really permanent."),
        rule(
            Keyword::Should,
            rfc9110("15.4"),
            "Redirect loops, such as a login page that redirects to itself: clients are expected to spot \
             the cycle and stop, so the user gets an error instead of the page.",
        ),
    ],
    search_terms: &["redirect", "temporary", "login redirect"],
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

pub(crate) static SEE_OTHER: StatusDetails = StatusDetails {
    when_to_use: "After a POST (or another unsafe request) succeeds, send the client to a separate \
                  resource to GET: the Post/Redirect/Get pattern, or pointing at a finished job's result.",
    expected_headers: &[
        header("Location", Should, "The URI the client should fetch, with GET, for the answer."),
    ],
    common_mistakes: &[
        practice("Expecting the original method to be repeated: the follow-up request is always a GET (or HEAD)."),
        practice("Using it to say that a resource moved; that is 301 or 308, or 302 or 307 if temporary."),
    ],
    search_terms: &["redirect", "post/redirect/get", "prg"],
    related: &[
        related(
            302,
            "302 is a general temporary redirect where changing POST to GET is merely allowed; 303 requires it.",
        ),
        related(307, "307 repeats the original method at the new URI; 303 always switches to GET."),
        related(
            301,
            "301 says the resource itself moved for good; 303 points to a different resource that holds the answer.",
        ),
        related(
            308,
            "308 says the resource moved for good and keeps the method; 303 switches to GET on another resource.",
        ),
        related(
            201,
            "201 reports the new resource directly in the response instead of redirecting to it.",
        ),
    ],
};

pub(crate) static NOT_MODIFIED: StatusDetails = StatusDetails {
    when_to_use: "Answer a conditional GET or HEAD (If-None-Match or If-Modified-Since) when the \
                  client's stored copy is still current, so nothing has to be transferred again.",
    expected_headers: &[
        header(
            "ETag",
            Must,
            "Required if a 200 would have carried it, so the cache keeps a valid validator.",
        )
        .cited(rfc9110("15.4.5")),
        header(
            "Cache-Control",
            Must,
            "Required if a 200 would have carried it; it refreshes how long the stored copy stays fresh.",
        )
        .cited(rfc9110("15.4.5")),
        header(
            "Vary",
            Must,
            "Required if a 200 would have carried it, so the cache matches later requests correctly.",
        )
        .cited(rfc9110("15.4.5")),
    ],
    common_mistakes: &[
        Claim {
            text: "Sending a body: a 304 never has content.",
            strength: Strength::Defined(rfc9110("15.4.5")),
        },
        practice("Answering 304 to a request that was not conditional."),
        rule(
            Keyword::Must,
            rfc9110("13.1.2"),
            "Answering a failed If-None-Match on PUT or DELETE with 304: for methods other than GET and HEAD it is 412.",
        ),
        rule(
            Keyword::MustNot,
            rfc9110("8.6"),
            "Sending Content-Length: 0 on a 304: if present, it has to give the length a 200 would have had.",
        ),
        rule(
            Keyword::ShouldNot,
            rfc9110("15.4.5"),
            "Repeating the full set of representation headers: beyond the required ones, send only \
             metadata that helps the cache update its stored copy.",
        ),
    ],
    search_terms: &["caching", "cached", "if-none-match", "if-modified-since", "revalidation"],
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

pub(crate) static USE_PROXY: StatusDetails = StatusDetails {
    when_to_use: "Do not send it. It once told the client to repeat the request through the proxy named \
                  in Location, but letting a response choose a client's proxy invites interception, so RFC \
                  7231 deprecated it in 2014. Mainstream browsers and HTTP libraries do not act on it.",
    expected_headers: &[],
    common_mistakes: &[
        practice("Sending it to route clients through a proxy: clients ignore it. Configure the proxy on the \
         client side instead, in system settings or a PAC file."),
        practice("Client code that obeys it by switching proxies: any server, or anyone able to tamper with \
         a response, could then steer the client's traffic through a machine of their choosing."),
    ],
    search_terms: &[],
    related: &[
        related(
            407,
            "407 comes from a proxy already on the path and asks for credentials; 305 tried to put a proxy on the path.",
        ),
        related(
            306,
            "306 was a draft's follow-up for switching proxies; it was dropped, and the number is now reserved.",
        ),
    ],
};

pub(crate) static UNUSED_306: StatusDetails = StatusDetails {
    when_to_use: "Never. The number is reserved: a draft of HTTP/1.1 used it, as Switch Proxy, to tell \
                  clients to send later requests through another proxy, and the idea was dropped. A \
                  client that receives it has only the 3xx class to go on.",
    expected_headers: &[],
    common_mistakes: &[
        practice("Reusing it for a custom redirect or proxy signal: it has no defined meaning, so clients can \
         do no more than their generic 3xx handling."),
    ],
    search_terms: &[],
    related: &[
        related(
            305,
            "305 is the older proxy instruction, since deprecated because a response should not pick a client's proxy.",
        ),
        related(
            307,
            "307 is the defined way to send the client to another URI for the time being.",
        ),
    ],
};

pub(crate) static TEMPORARY_REDIRECT: StatusDetails = StatusDetails {
    when_to_use: "A temporary redirect where the method and body must be kept: a POST endpoint moved \
                  for a while, writes sent to another host during maintenance. Browser developer tools \
                  may also show a synthetic 307 when HSTS upgrades an http:// URL.",
    expected_headers: &[
        header(
            "Location",
            Should,
            "The temporary URI; clients keep using the original one afterwards.",
        )
        .cited(rfc9110("15.4.8")),
    ],
    common_mistakes: &[
        practice("Using it for a permanent move: clients keep requesting the old URI. Use 308."),
        practice("Assuming every body can be resent: fetch() cannot follow it with a streamed request body, \
         and some clients refuse to replay large uploads."),
        rule(
            Keyword::MustNot,
            rfc9110("15.4.8"),
            "Client code that follows a 307 with a GET: when redirecting automatically, the method stays \
             as it was.",
        ),
    ],
    search_terms: &["hsts", "internal redirect", "post redirect"],
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

pub(crate) static PERMANENT_REDIRECT: StatusDetails = StatusDetails {
    when_to_use: "A permanent move where the method and body must be kept, such as an API endpoint \
                  relocated for good or a canonical URI enforced for every method.",
    expected_headers: &[header("Location", Should, "The new permanent URI.").cited(rfc9110("15.4.9"))],
    common_mistakes: &[
        practice("Using it for a temporary move: clients may cache it and update their stored links."),
        practice("Assuming every client knows it: it was standardised late (RFC 7538, 2015), and a client \
         that does not recognise it treats it like 300."),
    ],
    search_terms: &["moved", "seo", "post redirect"],
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
        related(
            303,
            "303 sends the client to GET a different resource; 308 repeats the same request at the resource's new home.",
        ),
    ],
};
