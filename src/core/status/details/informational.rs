//! 1xx Informational: guidance for the codes of this class.

use super::*;

pub(crate) static CONTINUE: StatusDetails = StatusDetails {
    when_to_use: "Sent (usually by the HTTP server library, not your handler) to a request carrying \
                  Expect: 100-continue, once its headers have been checked: the client may now send the \
                  body. It lets a large upload be turned down before any of it is transferred.",
    expected_headers: &[],
    common_mistakes: &[
        practice("Treating 100 as the answer: it is interim, and a final response always follows."),
        rule(
            Keyword::Must,
            rfc9110("10.1.1"),
            "Going quiet after the 100: a server that sent it has to follow up with a final status once \
             it has processed the content, unless the connection is cut short.",
        ),
        rule(
            Keyword::MustNot,
            rfc9110("10.1.1"),
            "Holding back the 100 until the body has arrived: the origin server answers at once, with 100 \
             or with a final status such as 401, 413 or 415 when the headers already settle it.",
        ),
        rule(
            Keyword::MustNot,
            rfc9110("15.2"),
            "Sending any 1xx response to an HTTP/1.0 client, which does not expect interim responses.",
        ),
    ],
    search_terms: &["100-continue", "expect header", "upload"],
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

pub(crate) static SWITCHING_PROTOCOLS: StatusDetails = StatusDetails {
    when_to_use: "Accept a client's Upgrade request, most often the WebSocket handshake over HTTP/1.1. \
                  Once this response ends, the connection speaks the new protocol.",
    expected_headers: &[
        header("Upgrade", Must, "Names the protocol the connection is switching to.")
            .cited(rfc9110("15.2.2")),
        CONNECTION_UPGRADE,
    ],
    common_mistakes: &[
        practice("Expecting 101 over HTTP/2 or HTTP/3: they have no Upgrade mechanism, and WebSockets there \
         are set up with an extended CONNECT request instead."),
        rule(
            Keyword::MustNot,
            rfc9110("7.8"),
            "Switching to a protocol the client did not offer in its Upgrade header.",
        ),
        practice("Looking for the 101 from fetch(): browsers run the handshake inside the WebSocket API, so \
         page scripts never see it."),
    ],
    search_terms: &["websockets", "handshake", "h2c"],
    related: &[
        related(
            426,
            "426 is the server demanding an upgrade; 101 is the server agreeing to one the client asked for.",
        ),
    ],
};

pub(crate) static PROCESSING: StatusDetails = StatusDetails {
    when_to_use: "Historically sent by WebDAV servers during long operations (a deep COPY, say) so the \
                  client would not time out. Later WebDAV specifications removed it; new APIs should \
                  return 202 and let the client poll instead.",
    expected_headers: &[],
    common_mistakes: &[
        rule(
            Keyword::Must,
            rfc(2518, "10.1"),
            "Using it as a final status: once the request has completed, a real final response still has to be sent.",
        ),
        rule(
            Keyword::Should,
            rfc(2518, "10.1"),
            "Sending it for quick requests: it is only meant for ones the server expects to take a long time.",
        ),
        practice("Counting on clients to handle it: many HTTP libraries and browsers silently drop it."),
    ],
    search_terms: &["long-running", "still working"],
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

pub(crate) static EARLY_HINTS: StatusDetails = StatusDetails {
    when_to_use: "While the final response is still being prepared (a server-rendered page, typically), \
                  send the Link headers it will carry so the browser can preload stylesheets and scripts \
                  or open connections early. Rarely useful for JSON APIs.",
    expected_headers: &[header(
        "Link",
        Should,
        "Carries the preload and preconnect hints, which are the whole point of the response.",
    )],
    common_mistakes: &[
        practice("Hinting resources the final response does not use, wasting the client's bandwidth."),
        rule(
            Keyword::MustNot,
            rfc(8297, "2"),
            "Treating the hints as binding: apart from speeding things up, they may not change how the \
             client handles the final response, whose own headers are what count.",
        ),
        rule(
            Keyword::MustNot,
            rfc9110("8.6"),
            "Copying Content-Length into the 103: no 1xx response may carry one, as none has content.",
        ),
        rule(
            Keyword::Must,
            rfc9110("15.2"),
            "Client code that breaks on a 1xx it did not ask for: clients have to parse interim responses \
             and wait for the final one.",
        ),
        practice("Depending on it: proxies and older clients may drop interim responses, so the page must \
         work without it."),
    ],
    search_terms: &["preload", "preconnect", "server push"],
    related: &[
        related(
            100,
            "100 also precedes the final response, but grants permission to send a body instead of carrying hints.",
        ),
    ],
};
