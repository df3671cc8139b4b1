//! One scenario per code: the request a client makes against an imaginary
//! orders API, and the answer a server gives. The renderers in `server.rs` and
//! `client.rs` turn each row into the six examples, so a fact (a header, a
//! path, a body member) is written once and every language agrees on it.

use super::Language;

/// The request method, as each library spells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Method {
    Get,
    Post,
    Put,
    Patch,
    Delete,
    /// WebDAV methods, which the routers only reach through a catch-all.
    Propfind,
}

impl Method {
    pub(super) fn name(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
            Method::Propfind => "PROPFIND",
        }
    }

    /// The lower-case name, as Express, Flask's shortcuts and requests spell it.
    pub(super) fn lower(self) -> &'static str {
        match self {
            Method::Get => "get",
            Method::Post => "post",
            Method::Put => "put",
            Method::Patch => "patch",
            Method::Delete => "delete",
            Method::Propfind => "propfind",
        }
    }

    /// Whether the method is one of the standard ones routers and requests
    /// have a shortcut for.
    pub(super) fn is_standard(self) -> bool {
        self != Method::Propfind
    }
}

/// A member of a JSON object: a string, or a literal written the same way in
/// JavaScript, Python and `serde_json::json!` (numbers, arrays of them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Val {
    Str(&'static str),
    Raw(&'static str),
}

pub(super) type Fields = &'static [(&'static str, Val)];

/// What the response carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Body {
    Empty,
    Json(Fields),
    /// application/problem+json (RFC 9457): `type` is built from the slug,
    /// `status` from the code; `extra` members follow `detail`.
    Problem {
        slug: &'static str,
        title: &'static str,
        detail: &'static str,
        extra: Fields,
    },
    /// Text with its media type: CSV bytes for a range, WebDAV XML, HTML.
    Text {
        media_type: &'static str,
        text: &'static str,
    },
}

/// What the client does with the answer. Each has one rendering per client
/// language in `client.rs`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Handling {
    /// Read the JSON body.
    ReadJson,
    /// 203: read it, knowing a proxy changed it.
    ReadTransformed,
    /// Read Location: the new resource.
    Created,
    /// Poll the status monitor named in Location.
    Poll,
    /// Nothing to read.
    NoContent,
    /// Clear the form that sent the request.
    ResetForm,
    /// Read Content-Range and the bytes.
    Partial,
    /// Read the WebDAV multistatus XML.
    MultiStatus,
    /// 226: apply the changes to the copy already held.
    Delta,
    /// 300: choose one of the listed alternatives.
    Choose,
    /// A redirect: whether it is permanent, and whether the method survives.
    Redirect { permanent: bool, keeps_method: bool },
    /// 303: fetch the Location with GET.
    SeeOther,
    /// 304: use the stored copy.
    NotModified,
    /// 305: deprecated, not to be followed.
    Deprecated,
    /// Read the problem, fix the request, send again; nothing to retry as is.
    FixRequest,
    /// 401: get new credentials and try once more.
    Reauthenticate,
    /// 403: credentials were fine; do not retry with the same ones.
    Refused,
    /// 404 or 410: the resource is not there.
    Missing { gone: bool },
    /// 405: the Allow header lists the methods that work.
    ReadAllow,
    /// 407: give the proxy its credentials.
    ProxyCredentials,
    /// 408, 421: repeat on a new connection.
    NewConnection,
    /// 409, 423: fetch the current state and resolve.
    Conflict,
    /// 412, 428: fetch the current ETag and send a conditional request.
    Conditional,
    /// 413: send something smaller.
    Smaller,
    /// 416: ask again within the size in Content-Range.
    RangeAgain,
    /// 417: send again without Expect.
    DropExpect,
    /// 425: repeat once the TLS handshake has finished.
    AfterHandshake,
    /// 426: switch to the protocol in Upgrade.
    Upgrade,
    /// 429, 503: wait Retry-After, then try again.
    RetryAfter,
    /// 431: send fewer or smaller headers.
    SmallerHeaders,
    /// 451: show the reason and who blocked it.
    Legal,
    /// 500, 502, 504, 507: retry later with a growing delay, if the method is safe to repeat.
    Backoff,
    /// 501, 505, 506, 508, 510: retrying as is will not help.
    Report,
    /// 511: the network wants a login first.
    NetworkLogin,
}

/// One row: the exchange that shows a code.
#[derive(Debug, Clone, Copy)]
pub(super) struct Scenario {
    pub code: u16,
    /// The status line's code; differs from `code` only for 208, which
    /// lives inside a 207 body.
    pub status: u16,
    pub method: Method,
    /// The route, with parameters in braces: "/orders/{order_id}".
    pub route: &'static str,
    /// The path a client requests: "/orders/42".
    pub path: &'static str,
    /// The server's handler, in snake case.
    pub handler: &'static str,
    /// When a server sends this code, as a comment over the handler.
    pub when: &'static str,
    /// Headers the client sends; "$TOKEN" stands for an access token.
    pub request_headers: &'static [(&'static str, &'static str)],
    /// JSON the client sends.
    pub request_body: Option<Fields>,
    pub headers: &'static [(&'static str, &'static str)],
    pub body: Body,
    pub handling: Handling,
    /// Languages this code has no honest example in.
    pub omit: &'static [Language],
}

const fn row(code: u16, method: Method, route: &'static str, path: &'static str) -> Scenario {
    Scenario {
        code,
        status: code,
        method,
        route,
        path,
        handler: "",
        when: "",
        request_headers: &[],
        request_body: None,
        headers: &[],
        body: Body::Empty,
        handling: Handling::ReadJson,
        omit: &[],
    }
}

impl Scenario {
    const fn status_line(self, status: u16) -> Scenario {
        Scenario { status, ..self }
    }

    const fn handler(self, handler: &'static str, when: &'static str) -> Scenario {
        Scenario {
            handler,
            when,
            ..self
        }
    }

    const fn sends(self, request_headers: &'static [(&'static str, &'static str)]) -> Scenario {
        Scenario {
            request_headers,
            ..self
        }
    }

    const fn sends_json(self, fields: Fields) -> Scenario {
        Scenario {
            request_body: Some(fields),
            ..self
        }
    }

    const fn headers(self, headers: &'static [(&'static str, &'static str)]) -> Scenario {
        Scenario { headers, ..self }
    }

    const fn body(self, body: Body) -> Scenario {
        Scenario { body, ..self }
    }

    const fn handling(self, handling: Handling) -> Scenario {
        Scenario { handling, ..self }
    }

    const fn omit(self, omit: &'static [Language]) -> Scenario {
        Scenario { omit, ..self }
    }
}

const fn problem(slug: &'static str, title: &'static str, detail: &'static str) -> Body {
    Body::Problem {
        slug,
        title,
        detail,
        extra: &[],
    }
}

const ORDER: Fields = &[
    ("id", Val::Raw("42")),
    ("status", Val::Str("shipped")),
    ("total", Val::Str("19.90")),
];
const NEW_ORDER: Fields = &[("item", Val::Str("book")), ("quantity", Val::Raw("1"))];
const ORDER_EDIT: Fields = &[("quantity", Val::Raw("2"))];
const UPLOAD: Fields = &[
    ("name", Val::Str("scan.pdf")),
    ("data", Val::Str("JVBERi0xLjcK...")),
];
const BEARER: &[(&str, &str)] = &[("Authorization", "Bearer $TOKEN")];

use Handling as H;
use Method::{Delete, Get, Patch, Post, Propfind, Put};

/// The scenarios, sorted by code. 1xx codes and 305 have hand-written server
/// examples (`custom.rs`); their rows still give the client side.
pub(super) static SCENARIOS: &[Scenario] = &[
    row(100, Post, "/uploads", "/uploads")
        .handler("upload", "")
        .sends(&[("Expect", "100-continue")])
        .sends_json(UPLOAD)
        .omit(&[Language::Flask, Language::Fetch, Language::Requests]),
    row(101, Get, "/live", "/live")
        .handler("live", "")
        .omit(&[Language::Axum, Language::Fetch, Language::Requests]),
    row(102, Get, "/files/archive", "/files/archive")
        .handler("copy_archive", "")
        .omit(&[Language::Flask, Language::Axum, Language::Fetch, Language::Requests]),
    row(103, Get, "/", "/")
        .handler("home", "")
        .omit(&[Language::Flask, Language::Axum, Language::Fetch, Language::Requests]),
    row(200, Get, "/orders/{order_id}", "/orders/42")
        .handler("get_order", "The order exists: send it.")
        .headers(&[("ETag", "\"v7\"")])
        .body(Body::Json(ORDER)),
    row(201, Post, "/orders", "/orders")
        .handler("create_order", "A new order was stored; Location names it.")
        .sends_json(NEW_ORDER)
        .headers(&[("Location", "/orders/43")])
        .body(Body::Json(&[("id", Val::Raw("43")), ("status", Val::Str("pending"))]))
        .handling(H::Created),
    row(202, Post, "/reports", "/reports")
        .handler(
            "create_report",
            "The report is queued, not built yet; Location names a job to poll.",
        )
        .sends_json(&[("month", Val::Str("2024-05"))])
        .headers(&[("Location", "/reports/jobs/7")])
        .body(Body::Json(&[("job", Val::Str("/reports/jobs/7")), ("state", Val::Str("queued"))]))
        .handling(H::Poll),
    row(203, Get, "/orders/{order_id}", "/orders/42")
        .handler(
            "get_order",
            "Sent by a transforming proxy that changed the origin's 200 content (here, converted \
             the currency); an origin server sends 200 instead.",
        )
        .body(Body::Json(&[
            ("id", Val::Raw("42")),
            ("total", Val::Str("18.30")),
            ("currency", Val::Str("EUR")),
        ]))
        .handling(H::ReadTransformed),
    row(204, Delete, "/orders/{order_id}", "/orders/42")
        .handler("delete_order", "The order was deleted and there is nothing to say about it.")
        .handling(H::NoContent),
    row(205, Post, "/feedback", "/feedback")
        .handler("send_feedback", "The feedback was saved; the client should clear the form.")
        .sends_json(&[("text", Val::Str("Fast delivery, thanks."))])
        .handling(H::ResetForm),
    row(206, Get, "/exports/{name}", "/exports/orders.csv")
        .handler("get_export", "The request asked for the first 20 bytes with Range: bytes=0-19.")
        .sends(&[("Range", "bytes=0-19")])
        .headers(&[("Content-Range", "bytes 0-19/1200")])
        .body(Body::Text {
            media_type: "text/csv",
            text: "id,status,total\n42,s",
        })
        .handling(H::Partial),
    row(207, Propfind, "/files/", "/files/")
        .handler(
            "list_files",
            "A WebDAV PROPFIND covers several resources, each with its own status.",
        )
        .sends(&[("Depth", "1")])
        .body(Body::Text {
            media_type: "application/xml; charset=utf-8",
            text: MULTI_STATUS,
        })
        .handling(H::MultiStatus),
    row(208, Propfind, "/files/", "/files/")
        .handler(
            "list_files",
            "Inside a 207 body, it marks a member already listed, so a collection bound twice \
             is not described twice; it is never the status line itself.",
        )
        .status_line(207)
        .sends(&[("Depth", "infinity")])
        .body(Body::Text {
            media_type: "application/xml; charset=utf-8",
            text: ALREADY_REPORTED,
        })
        .handling(H::MultiStatus),
    row(226, Get, "/orders/feed", "/orders/feed")
        .handler(
            "order_feed",
            "The client sent A-IM: feed and the ETag it holds; send only the orders added since.",
        )
        .sends(&[("A-IM", "feed"), ("If-None-Match", "\"feed-v7\"")])
        .headers(&[("IM", "feed"), ("ETag", "\"feed-v9\"")])
        .body(Body::Json(&[("orders", Val::Raw("[43, 44]"))]))
        .handling(H::Delta),
    row(300, Get, "/orders/{order_id}/invoice", "/orders/42/invoice")
        .handler(
            "get_invoice",
            "The invoice exists in several formats and the request did not pick one.",
        )
        .headers(&[("Location", "/orders/42/invoice.pdf")])
        .body(Body::Json(&[(
            "choices",
            Val::Raw("[\"/orders/42/invoice.pdf\", \"/orders/42/invoice.html\"]"),
        )]))
        .handling(H::Choose),
    row(301, Get, "/v1/orders/{order_id}", "/v1/orders/42")
        .handler("old_order", "Version 1 of the API moved for good.")
        .headers(&[("Location", "https://api.example.com/v2/orders/42")])
        .handling(H::Redirect {
            permanent: true,
            keeps_method: false,
        }),
    row(302, Get, "/orders/latest", "/orders/latest")
        .handler("latest_order", "Which order is the latest changes over time.")
        .headers(&[("Location", "/orders/43")])
        .handling(H::Redirect {
            permanent: false,
            keeps_method: false,
        }),
    row(303, Post, "/payments", "/payments")
        .handler(
            "create_payment",
            "The payment went through; the receipt is at another URL, to be fetched with GET.",
        )
        .sends_json(&[("order", Val::Raw("42")), ("amount", Val::Str("19.90"))])
        .headers(&[("Location", "/payments/9")])
        .handling(H::SeeOther),
    row(304, Get, "/orders/{order_id}", "/orders/42")
        .handler(
            "get_order",
            "The request's If-None-Match holds the current ETag, so the client's copy is current.",
        )
        .sends(&[("If-None-Match", "\"v7\"")])
        .headers(&[("ETag", "\"v7\""), ("Cache-Control", "max-age=60")])
        .handling(H::NotModified),
    row(305, Get, "/orders/{order_id}", "/orders/42")
        .handler("get_order", "")
        .omit(&[Language::Axum])
        .handling(H::Deprecated),
    row(307, Post, "/orders", "/orders")
        .handler(
            "create_order",
            "Orders are taken by another region for now; the client must repeat the POST there.",
        )
        .sends_json(NEW_ORDER)
        .headers(&[("Location", "https://eu.api.example.com/orders")])
        .handling(H::Redirect {
            permanent: false,
            keeps_method: true,
        }),
    row(308, Put, "/v1/orders/{order_id}", "/v1/orders/42")
        .handler(
            "old_order",
            "Version 1 of the API moved for good; the client must repeat the PUT there.",
        )
        .sends_json(ORDER_EDIT)
        .headers(&[("Location", "https://api.example.com/v2/orders/42")])
        .handling(H::Redirect {
            permanent: true,
            keeps_method: true,
        }),
    row(400, Post, "/orders", "/orders")
        .handler("create_order", "The request body is not valid JSON.")
        .sends_json(NEW_ORDER)
        .body(problem(
            "malformed-json",
            "The request body is not valid JSON",
            "Unexpected end of input at line 1, column 18.",
        ))
        .handling(H::FixRequest),
    row(401, Get, "/orders/{order_id}", "/orders/42")
        .handler(
            "get_order",
            "The access token is missing or expired; WWW-Authenticate says how to authenticate.",
        )
        .sends(BEARER)
        .headers(&[(
            "WWW-Authenticate",
            "Bearer realm=\"orders\", error=\"invalid_token\"",
        )])
        .body(problem(
            "invalid-token",
            "The access token is not valid",
            "The token expired at 2024-05-01T10:00:00Z.",
        ))
        .handling(H::Reauthenticate),
    row(402, Post, "/orders", "/orders")
        .handler(
            "create_order",
            "No standard meaning; some APIs send it when the account has an unpaid bill.",
        )
        .sends_json(NEW_ORDER)
        .body(problem(
            "payment-required",
            "The account has an unpaid invoice",
            "Pay invoice 2024-017 to place new orders.",
        ))
        .handling(H::FixRequest),
    row(403, Delete, "/orders/{order_id}", "/orders/42")
        .handler(
            "delete_order",
            "The token is valid, but its owner may not delete orders.",
        )
        .sends(BEARER)
        .body(problem(
            "not-allowed",
            "You may not delete orders",
            "Deleting orders needs the orders:admin scope.",
        ))
        .handling(H::Refused),
    row(404, Get, "/orders/{order_id}", "/orders/42")
        .handler("get_order", "No order has this id.")
        .body(problem("not-found", "No such order", "There is no order 42."))
        .handling(H::Missing { gone: false }),
    row(405, Delete, "/invoices/{invoice_id}", "/invoices/7")
        .handler(
            "delete_invoice",
            "Invoices exist but cannot be deleted; Allow lists what they support.",
        )
        .headers(&[("Allow", "GET, HEAD")])
        .body(problem(
            "method-not-allowed",
            "Invoices cannot be deleted",
            "This resource supports GET and HEAD.",
        ))
        .handling(H::ReadAllow),
    row(406, Get, "/orders/{order_id}", "/orders/42")
        .handler(
            "get_order",
            "The request's Accept header asks only for XML, and the order is only available as JSON.",
        )
        .sends(&[("Accept", "application/xml")])
        .body(problem(
            "not-acceptable",
            "No acceptable representation",
            "Orders are available as application/json only.",
        ))
        .handling(H::FixRequest),
    row(407, Get, "/orders/{order_id}", "/orders/42")
        .handler(
            "proxy_gate",
            "Sent by a forward proxy, not the origin: the request came without Proxy-Authorization.",
        )
        .headers(&[("Proxy-Authenticate", "Basic realm=\"office proxy\"")])
        .body(problem(
            "proxy-auth",
            "The proxy needs credentials",
            "Log in to the office proxy to reach outside sites.",
        ))
        // WSGI forbids an app to set Proxy-Authenticate, and a page script
        // never sees a 407: the browser asks the user itself.
        .omit(&[Language::Flask, Language::Fetch])
        .handling(H::ProxyCredentials),
    row(408, Post, "/uploads", "/uploads")
        .handler(
            "upload",
            "The client stopped sending the body part way; the connection is closed after this answer.",
        )
        .sends_json(UPLOAD)
        .headers(&[("Connection", "close")])
        .body(problem(
            "request-timeout",
            "The request took too long to arrive",
            "No data arrived for 30 seconds.",
        ))
        .handling(H::NewConnection),
    row(409, Put, "/orders/{order_id}", "/orders/42")
        .handler("update_order", "The order has shipped, so it can no longer be edited.")
        .sends_json(ORDER_EDIT)
        .body(problem(
            "order-shipped",
            "The order has already shipped",
            "Order 42 shipped on 2024-05-02; changes are closed.",
        ))
        .handling(H::Conflict),
    row(410, Get, "/promotions/{promo_id}", "/promotions/spring-sale")
        .handler("get_promotion", "The promotion ended and was removed for good.")
        .body(problem(
            "gone",
            "This promotion has ended",
            "The spring sale ended on 2024-04-30 and will not return.",
        ))
        .handling(H::Missing { gone: true }),
    row(411, Post, "/uploads", "/uploads")
        .handler(
            "upload",
            "The upload arrived without Content-Length, and this endpoint needs the size up front.",
        )
        .sends_json(UPLOAD)
        .body(problem(
            "length-required",
            "Content-Length is required",
            "Send the upload's size in Content-Length.",
        ))
        .handling(H::FixRequest),
    row(412, Put, "/orders/{order_id}", "/orders/42")
        .handler(
            "update_order",
            "The request's If-Match names an old ETag: someone changed the order since.",
        )
        .sends(&[("If-Match", "\"v7\"")])
        .sends_json(ORDER_EDIT)
        .body(problem(
            "stale-etag",
            "The order changed since you read it",
            "Fetch the order again and reapply your change.",
        ))
        .handling(H::Conditional),
    row(413, Post, "/uploads", "/uploads")
        .handler("upload", "The upload is larger than the 10 MB this endpoint takes.")
        .sends_json(UPLOAD)
        .body(problem(
            "too-large",
            "The upload is too large",
            "Uploads may be at most 10 MB.",
        ))
        .handling(H::Smaller),
    row(414, Get, "/search", "/search?q=...")
        .handler(
            "search",
            "The query string is longer than the 8,000 characters this server reads.",
        )
        .body(problem(
            "uri-too-long",
            "The URL is too long",
            "Send long searches as a POST to /searches instead.",
        ))
        .handling(H::FixRequest),
    row(415, Post, "/orders", "/orders")
        .handler(
            "create_order",
            "The body was sent as text/plain; this endpoint reads JSON only.",
        )
        .sends(&[("Content-Type", "text/plain")])
        .sends_json(NEW_ORDER)
        .headers(&[("Accept", "application/json")])
        .body(problem(
            "unsupported-media-type",
            "Send the order as JSON",
            "This endpoint accepts application/json only.",
        ))
        .handling(H::FixRequest),
    row(416, Get, "/exports/{name}", "/exports/orders.csv")
        .handler(
            "get_export",
            "The requested range starts past the end of the 1,200-byte file.",
        )
        .sends(&[("Range", "bytes=5000-5999")])
        .headers(&[("Content-Range", "bytes */1200")])
        .body(problem(
            "range-not-satisfiable",
            "The range is outside the file",
            "The file is 1200 bytes long.",
        ))
        .handling(H::RangeAgain),
    row(417, Post, "/uploads", "/uploads")
        .handler(
            "upload",
            "The request's Expect header asks for something this server does not support.",
        )
        .sends(&[("Expect", "100-continue")])
        .sends_json(UPLOAD)
        .body(problem(
            "expectation-failed",
            "Expect is not supported here",
            "Send the upload without an Expect header.",
        ))
        // Fetch refuses to send an Expect header, so a page never meets this.
        .omit(&[Language::Fetch])
        .handling(H::DropExpect),
    row(421, Get, "/orders/{order_id}", "/orders/42")
        .handler(
            "get_order",
            "The request reached a server that does not serve its host, often over a reused connection.",
        )
        .body(problem(
            "misdirected",
            "Wrong server for this host",
            "This server does not answer for api.example.com.",
        ))
        .handling(H::NewConnection),
    row(422, Post, "/orders", "/orders")
        .handler(
            "create_order",
            "The JSON is well-formed but fails validation.",
        )
        .sends_json(&[("item", Val::Str("book")), ("quantity", Val::Raw("0"))])
        .body(Body::Problem {
            slug: "validation",
            title: "The order is not valid",
            detail: "One field failed validation.",
            extra: &[(
                "errors",
                Val::Raw("[{\"field\": \"quantity\", \"detail\": \"must be at least 1\"}]"),
            )],
        })
        .handling(H::FixRequest),
    row(423, Put, "/files/{name}", "/files/report.txt")
        .handler(
            "save_file",
            "Another WebDAV client holds a lock on the file and this request has no lock token.",
        )
        .sends_json(&[("text", Val::Str("Draft 2"))])
        .body(problem(
            "locked",
            "The file is locked",
            "report.txt is locked by another editor.",
        ))
        .handling(H::Conflict),
    row(424, Post, "/orders/batch", "/orders/batch")
        .handler(
            "order_batch",
            "This step was skipped because a step it depended on failed (WebDAV defines the code; \
             sending it for batches is common practice).",
        )
        .sends_json(&[("orders", Val::Raw("[42, 43]"))])
        .body(problem(
            "failed-dependency",
            "An earlier step failed",
            "Order 43 was not placed because order 42 failed.",
        ))
        .handling(H::FixRequest),
    row(425, Post, "/orders", "/orders")
        .handler(
            "create_order",
            "The TLS terminator marked the request Early-Data: 1; an order must not be replayable.",
        )
        .sends_json(NEW_ORDER)
        .body(problem(
            "too-early",
            "Sent too early",
            "Repeat the request once the TLS handshake has finished.",
        ))
        // Only a client that sends early data meets 425: requests never does,
        // and a user agent that does should repeat the request itself (RFC 8470).
        .omit(&[Language::Fetch, Language::Requests])
        .handling(H::AfterHandshake),
    row(426, Get, "/live", "/live")
        .handler(
            "live",
            "This endpoint only speaks WebSocket and the request did not ask to upgrade.",
        )
        .headers(&[("Upgrade", "websocket"), ("Connection", "Upgrade")])
        .body(problem(
            "upgrade-required",
            "Connect with a WebSocket",
            "Open wss://api.example.com/live instead.",
        ))
        // WSGI forbids an app to set Upgrade and Connection.
        .omit(&[Language::Flask])
        .handling(H::Upgrade),
    row(428, Put, "/orders/{order_id}", "/orders/42")
        .handler(
            "update_order",
            "Edits must be conditional, and this one came without If-Match.",
        )
        .sends_json(ORDER_EDIT)
        .body(problem(
            "precondition-required",
            "Send If-Match",
            "Read the order first and send its ETag in If-Match.",
        ))
        .handling(H::Conditional),
    row(429, Get, "/orders", "/orders")
        .handler(
            "list_orders",
            "The client used up its rate limit; Retry-After says when to come back.",
        )
        .headers(&[("Retry-After", "30")])
        .body(problem(
            "rate-limited",
            "Too many requests",
            "The limit is 100 requests a minute.",
        ))
        .handling(H::RetryAfter),
    row(431, Get, "/orders/{order_id}", "/orders/42")
        .handler(
            "get_order",
            "The Cookie header alone is larger than the 8 KB this server reads.",
        )
        .body(problem(
            "headers-too-large",
            "The request headers are too large",
            "The Cookie header is over 8 KB; clear old cookies.",
        ))
        .handling(H::SmallerHeaders),
    row(451, Get, "/articles/{article_id}", "/articles/17")
        .handler(
            "get_article",
            "A court order blocks the article in the reader's country; Link names who demanded it.",
        )
        .headers(&[(
            "Link",
            "<https://authority.example/orders/2024-88>; rel=\"blocked-by\"",
        )])
        .body(problem(
            "legal-block",
            "Unavailable for legal reasons",
            "A court order of 2024-03-01 blocks this article in your country.",
        ))
        .handling(H::Legal),
    row(500, Get, "/orders/{order_id}", "/orders/42")
        .handler(
            "get_order",
            "An unexpected error: log the details, tell the client nothing internal.",
        )
        .body(problem(
            "internal",
            "Something went wrong on our side",
            "The error was logged as incident 8812.",
        ))
        .handling(H::Backoff),
    row(501, Patch, "/orders/{order_id}", "/orders/42")
        .handler(
            "patch_order",
            "This server does not support PATCH on any resource yet.",
        )
        .sends_json(ORDER_EDIT)
        .body(problem(
            "not-implemented",
            "PATCH is not supported",
            "Use PUT with the whole order instead.",
        ))
        .handling(H::Report),
    row(502, Get, "/orders/{order_id}", "/orders/42")
        .handler(
            "get_order",
            "Sent by a gateway: the upstream orders service answered with something invalid.",
        )
        .body(problem(
            "bad-gateway",
            "The orders service answered badly",
            "The upstream response could not be parsed.",
        ))
        .handling(H::Backoff),
    row(503, Get, "/orders", "/orders")
        .handler(
            "list_orders",
            "The service is down for maintenance; Retry-After says when it should be back.",
        )
        .headers(&[("Retry-After", "120")])
        .body(problem(
            "maintenance",
            "Down for maintenance",
            "Back in about two minutes.",
        ))
        .handling(H::RetryAfter),
    row(504, Get, "/reports/{report_id}", "/reports/7")
        .handler(
            "get_report",
            "Sent by a gateway: the upstream report service did not answer in time.",
        )
        .body(problem(
            "gateway-timeout",
            "The report service did not answer in time",
            "The upstream gave no answer within 30 seconds.",
        ))
        .handling(H::Backoff),
    row(505, Get, "/orders/{order_id}", "/orders/42")
        .handler(
            "get_order",
            "The HTTP server usually sends this before the app runs; an app only sees versions its \
             server parsed, but it can still refuse one.",
        )
        .body(problem(
            "http-version",
            "HTTP version not supported",
            "Use HTTP/1.1 or later.",
        ))
        .handling(H::Report),
    row(506, Get, "/docs", "/docs")
        .handler(
            "docs",
            "A configuration error: the variant chosen by negotiation is itself negotiable.",
        )
        .body(problem(
            "negotiation-loop",
            "Content negotiation is misconfigured",
            "The chosen variant of /docs is itself negotiable.",
        ))
        .handling(H::Report),
    row(507, Post, "/uploads", "/uploads")
        .handler(
            "upload",
            "The storage behind the upload is full for now.",
        )
        .sends_json(UPLOAD)
        .body(problem(
            "storage-full",
            "Not enough storage",
            "The upload store is full; try again later.",
        ))
        .handling(H::Backoff),
    row(508, Propfind, "/files/", "/files/")
        .handler(
            "list_files",
            "A Depth: infinity PROPFIND ran into a binding loop and stopped.",
        )
        .sends(&[("Depth", "infinity")])
        .body(problem(
            "loop-detected",
            "The folder tree loops",
            "/files/a/b is bound back to /files/.",
        ))
        .handling(H::Report),
    row(510, Post, "/orders", "/orders")
        .handler(
            "create_order",
            "The server requires an HTTP extension (RFC 2774, now historic) the request did not declare.",
        )
        .sends_json(NEW_ORDER)
        .body(problem(
            "not-extended",
            "An extension is required",
            "Declare the order-signing extension.",
        ))
        .handling(H::Report),
    row(511, Get, "/orders/{order_id}", "/orders/42")
        .handler(
            "captive_portal",
            "Sent by a captive portal on the network, never by the origin: the device must log in first.",
        )
        .body(Body::Text {
            media_type: "text/html; charset=utf-8",
            text: CAPTIVE_PORTAL,
        })
        .handling(H::NetworkLogin),
];

const MULTI_STATUS: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<D:multistatus xmlns:D="DAV:">
  <D:response>
    <D:href>/files/report.txt</D:href>
    <D:propstat>
      <D:prop><D:getcontentlength>1200</D:getcontentlength></D:prop>
      <D:status>HTTP/1.1 200 OK</D:status>
    </D:propstat>
  </D:response>
  <D:response>
    <D:href>/files/secret.txt</D:href>
    <D:status>HTTP/1.1 403 Forbidden</D:status>
  </D:response>
</D:multistatus>
"#;

const ALREADY_REPORTED: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<D:multistatus xmlns:D="DAV:">
  <D:response>
    <D:href>/files/shared/</D:href>
    <D:propstat>
      <D:prop><D:displayname>shared</D:displayname></D:prop>
      <D:status>HTTP/1.1 200 OK</D:status>
    </D:propstat>
  </D:response>
  <D:response>
    <D:href>/files/team/shared/</D:href>
    <D:propstat>
      <D:prop><D:displayname>shared</D:displayname></D:prop>
      <D:status>HTTP/1.1 208 Already Reported</D:status>
    </D:propstat>
  </D:response>
</D:multistatus>
"#;

const CAPTIVE_PORTAL: &str = r#"<!doctype html>
<title>Log in to the network</title>
<p>Log in at <a href="https://portal.example.net/login">the network login page</a> to reach the internet.</p>
"#;

pub(super) fn find(code: u16) -> Option<&'static Scenario> {
    SCENARIOS.iter().find(|s| s.code == code)
}
