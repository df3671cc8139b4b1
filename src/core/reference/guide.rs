//! The prose of the reference: the intro (one line per class), the FAQ, the
//! list of common mistakes, and the Problem Details (RFC 9457) explainer.

use crate::core::status::StatusClass;

use super::{defined, practice, rfc, rfc9110, rule, Claim, Keyword};

/// One line on what a class of codes tells the client.
pub fn class_intro(class: StatusClass) -> &'static str {
    match class {
        StatusClass::Informational => {
            "Interim responses about progress or the connection; the final response is still to come."
        }
        StatusClass::Success => {
            "The server understood the request and accepted it; usually it is done, though 202 means not yet."
        }
        StatusClass::Redirection => {
            "The client has more to do, most often follow Location or reuse its cached copy (304)."
        }
        StatusClass::ClientError => {
            "The fault seems to be the client's; the request usually needs changing before it can succeed."
        }
        StatusClass::ServerError => {
            "The server knows it failed or cannot do what was asked; the request itself may have been fine."
        }
    }
}

/// A question people ask about status codes, and our answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Faq {
    pub question: &'static str,
    /// Paragraphs, each with how firmly it binds.
    pub answer: &'static [Claim],
    /// Codes the answer is about, linked below it.
    pub codes: &'static [u16],
}

pub static FAQ: &[Faq] = &[
    Faq {
        question: "Does the reason phrase (\"Not Found\", \"OK\") matter?",
        answer: &[
            rule(
                Keyword::Should,
                rfc(9112, "4"),
                "No. In an HTTP/1.1 status line the reason phrase is a hint for people, and a client \
                 SHOULD ignore what it says: it may be translated, rewritten by a proxy or dropped.",
            ),
            defined(
                rfc(9113, "8.3.2"),
                "HTTP/2 has nowhere to put one at all: a response carries only the :status \
                 pseudo-header with its three digits.",
            ),
            practice(
                "So a browser's Response.statusText is often empty; branch on the number, never on the \
                 text.",
            ),
        ],
        codes: &[],
    },
    Faq {
        question: "Can I invent my own status code?",
        answer: &[
            rule(
                Keyword::Must,
                rfc9110("15"),
                "A client that does not know a code MUST treat it as the x00 of its class, so a custom \
                 472 reaches every generic client, library and proxy as a plain 400; only your own code \
                 sees the special meaning.",
            ),
            defined(
                rfc9110("15"),
                "Valid codes run from 100 to 599, so anything from 600 up is not an HTTP status at all.",
            ),
            practice(
                "Send the registered code that fits and put the specific reason in the body, for example \
                 as the type of a Problem Details document.",
            ),
        ],
        codes: &[400, 500],
    },
    Faq {
        question: "What should a successful DELETE return?",
        answer: &[
            rule(
                Keyword::Should,
                rfc9110("9.3.5"),
                "It depends on what happened: 202 when the deletion will probably go through but has not \
                 happened yet, 204 when it is done and there is nothing more to say, and 200 when it is \
                 done and the body describes the outcome.",
            ),
            practice(
                "For a DELETE of something already gone, some APIs answer 404 and others 204 so that \
                 retries look the same as the first call; either works if the API documents it.",
            ),
        ],
        codes: &[200, 202, 204, 404],
    },
    Faq {
        question: "Which status codes are cacheable by default?",
        answer: &[
            defined(
                rfc9110("15.1"),
                "The heuristically cacheable codes are 200, 203, 204, 206, 300, 301, 308, 404, 405, 410, \
                 414 and 501: a cache may reuse them even without explicit freshness, unless the method \
                 or Cache-Control says otherwise.",
            ),
            rule(
                Keyword::May,
                rfc(9111, "4.2.2"),
                "When such a response carries no explicit expiry, a cache MAY guess a lifetime for it, \
                 often from how long ago Last-Modified was.",
            ),
            practice(
                "Do not leave it to guesswork: send Cache-Control on these responses, and decide \
                 deliberately how long a 404 may be remembered.",
            ),
        ],
        codes: &[200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501],
    },
    Faq {
        question: "What is the difference between 401 and 403?",
        answer: &[
            defined(
                rfc9110("15.5.2"),
                "401: the request came without valid credentials for this resource; authenticate (again) \
                 and retry.",
            ),
            rule(
                Keyword::ShouldNot,
                rfc9110("15.5.4"),
                "403: the server understood and refuses; credentials that were sent are not enough, and \
                 the client SHOULD NOT simply repeat the request with the same ones.",
            ),
        ],
        codes: &[401, 403],
    },
    Faq {
        question: "Should a resource the user may not see answer 404 or 403?",
        answer: &[
            rule(
                Keyword::May,
                rfc9110("15.5.4"),
                "A server that does not want to reveal that a forbidden resource exists MAY answer 404 \
                 instead of 403.",
            ),
            defined(
                rfc9110("15.5.5"),
                "404 covers both \"nothing is here\" and \"the server will not say whether anything is \
                 here\", so using it this way is within its meaning.",
            ),
            practice(
                "Answer the same way for missing and hidden resources, or the difference gives away what \
                 exists; keep 403 for cases where the user may know the resource is there.",
            ),
        ],
        codes: &[403, 404],
    },
    Faq {
        question: "When should I use 422 rather than 400?",
        answer: &[
            defined(
                rfc9110("15.5.21"),
                "422 fits when the server supports the content type and can parse the body, but cannot act \
                 on what it says: well-formed JSON whose fields fail validation, say. An unsupported \
                 content type is 415 instead.",
            ),
            defined(
                rfc9110("15.5.1"),
                "400 is the broad one: the request is faulty in a way the client caused, such as syntax \
                 the server cannot parse or broken message framing.",
            ),
            practice(
                "Many APIs answer every validation failure with 400. Both are correct; 422 tells the \
                 client a little more, and what matters most is one documented rule.",
            ),
        ],
        codes: &[400, 415, 422],
    },
    Faq {
        question: "Does fetch() follow 3xx redirects by itself?",
        answer: &[
            rule(
                Keyword::May,
                rfc9110("15.4"),
                "HTTP leaves the choice to the client: when a 3xx names a Location, the user agent MAY \
                 follow it automatically.",
            ),
            practice(
                "Browsers' fetch() does so by default (redirect: \"follow\") for 301, 302, 303, 307 and \
                 308, up to 20 hops; the script sees only the final response, with response.redirected \
                 set.",
            ),
            practice(
                "With redirect: \"manual\" a page gets an opaque response with status 0, not the 3xx or \
                 its Location; with redirect: \"error\" any redirect makes the call fail.",
            ),
        ],
        codes: &[301, 302, 303, 307, 308],
    },
    Faq {
        question: "Should an error response have a body?",
        answer: &[
            rule(
                Keyword::Should,
                rfc9110("15.5"),
                "Yes. Except in answer to HEAD, a 4xx SHOULD explain what went wrong and whether it is \
                 temporary or permanent.",
            ),
            rule(
                Keyword::Should,
                rfc9110("15.6"),
                "The same is asked of a 5xx: except for HEAD, describe the failure and whether it will \
                 last.",
            ),
            defined(
                rfc(9457, "3"),
                "Problem Details gives that explanation a standard JSON shape, so clients can read errors \
                 from any API the same way.",
            ),
        ],
        codes: &[400, 500],
    },
    Faq {
        question: "Can I send a body with 204 or 304?",
        answer: &[
            defined(
                rfc9110("15.3.5"),
                "No. A 204 ends with its header section and cannot carry content or trailers; if there is \
                 something to return, send 200.",
            ),
            defined(
                rfc9110("15.4.5"),
                "A 304 ends the same way: it tells the client to use the copy it already has, so there is \
                 nothing to send.",
            ),
        ],
        codes: &[204, 304, 200],
    },
];

/// A mistake APIs make with status codes, and what to do instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mistake {
    pub title: &'static str,
    pub why: Claim,
    pub instead: &'static str,
    /// The codes involved, linked from the mistake.
    pub codes: &'static [u16],
}

pub static COMMON_MISTAKES: &[Mistake] = &[
    Mistake {
        title: "200 with an error in the body",
        why: practice(
            "Clients, caches, retries and monitoring all read the status first; a 200 tells every one \
             of them that the request worked.",
        ),
        instead: "Send the 4xx or 5xx code that fits, with the details in the body.",
        codes: &[200, 400, 500],
    },
    Mistake {
        title: "500 for bad input",
        why: defined(
            rfc9110("15.6.1"),
            "500 says the server hit a condition it did not expect. Invalid input is the client's \
             error, and a 5xx invites retries of a request that will never work and pages whoever is on \
             call.",
        ),
        instead: "Validate input and answer 400 or 422 with what to fix; keep 500 for real failures.",
        codes: &[500, 400, 422],
    },
    Mistake {
        title: "401 for a signed-in user who lacks permission",
        why: rule(
            Keyword::Must,
            rfc9110("15.5.2"),
            "401 means the credentials are missing or invalid, and it MUST carry a WWW-Authenticate \
             challenge; a client that gets it will try to log in again, which changes nothing.",
        ),
        instead: "Send 403 when the server knows who the caller is and still refuses.",
        codes: &[401, 403],
    },
    Mistake {
        title: "302 where the method must be kept",
        why: rule(
            Keyword::May,
            rfc9110("15.4.3"),
            "For historical reasons a user agent MAY turn a POST into a GET when it follows a 302, and \
             browsers do, so the body is lost on the way.",
        ),
        instead: "Send 307 for a temporary move or 308 for a permanent one; both keep the method and \
                  body. Use 303 when a GET is what you want.",
        codes: &[302, 307, 308],
    },
    Mistake {
        title: "429 or 503 without Retry-After",
        why: rule(
            Keyword::May,
            rfc9110("15.6.4"),
            "A 503 MAY say when to come back with Retry-After (RFC 6585 allows the same on 429). Left \
             out, each client guesses, and many retry at once while the server is still struggling.",
        ),
        instead: "Add Retry-After with a number of seconds, and honour it in your own clients.",
        codes: &[429, 503],
    },
    Mistake {
        title: "404 for a collection that is merely empty",
        why: defined(
            rfc9110("15.5.5"),
            "404 says there is no current representation of the target. An empty list still exists; \
             answering 404 makes clients think the URL is wrong.",
        ),
        instead: "Send 200 with an empty array (and any paging fields as usual).",
        codes: &[404, 200],
    },
    Mistake {
        title: "201 without a Location header",
        why: rule(
            Keyword::Should,
            rfc9110("9.3.3"),
            "A 201 names the new resource in Location; without it the client can only assume the \
             request's own URI, which for a POST is usually the collection.",
        ),
        instead: "Set Location to the new resource's URI, and return its representation if that saves \
                  a round trip.",
        codes: &[201],
    },
    Mistake {
        title: "405 without an Allow header",
        why: rule(
            Keyword::Must,
            rfc9110("15.5.6"),
            "A 405 MUST list the methods the resource does support in Allow; without it the client \
             cannot tell what would have worked.",
        ),
        instead: "Send Allow with the supported methods, for example Allow: GET, HEAD, POST.",
        codes: &[405],
    },
];

/// The Problem Details explainer (RFC 9457).
pub mod problem {
    use super::super::{defined, practice, rfc, rule, Claim, Keyword};

    /// A member of a problem details object.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct Member {
        pub name: &'static str,
        /// The JSON type it holds ("string (URI reference)", "number").
        pub kind: &'static str,
        pub meaning: Claim,
    }

    // In the order RFC 9457 defines them (3.1.1 to 3.1.5).
    pub static MEMBERS: &[Member] = &[
        Member {
            name: "type",
            kind: "string (URI reference)",
            meaning: rule(
                Keyword::Must,
                rfc(9457, "3.1.1"),
                "Names the kind of problem, and clients MUST treat it as the problem's main identifier. \
                 When the member is absent it counts as \"about:blank\".",
            ),
        },
        Member {
            name: "status",
            kind: "number",
            meaning: defined(
                rfc(9457, "3.1.2"),
                "The status code the origin server sent for this occurrence. It is advisory: a copy for \
                 readers that see the body without the response, such as logs, or after a proxy changed \
                 the code.",
            ),
        },
        Member {
            name: "title",
            kind: "string",
            meaning: rule(
                Keyword::ShouldNot,
                rfc(9457, "3.1.3"),
                "A short summary of the problem type, for people. It SHOULD NOT change from one \
                 occurrence to the next, except when translated.",
            ),
        },
        Member {
            name: "detail",
            kind: "string",
            meaning: rule(
                Keyword::ShouldNot,
                rfc(9457, "3.1.4"),
                "What went wrong this time, written to help the client fix it. Clients SHOULD NOT parse \
                 it; anything a program needs belongs in an extension member.",
            ),
        },
        Member {
            name: "instance",
            kind: "string (URI reference)",
            meaning: defined(
                rfc(9457, "3.1.5"),
                "Identifies this particular occurrence: a link to more about it, or just an opaque id \
                 the server can find in its logs.",
            ),
        },
    ];

    /// The rules a problem details response follows.
    pub static RULES: &[Claim] = &[
        defined(
            rfc(9457, "3"),
            "The JSON form is sent with Content-Type application/problem+json, so a client can tell a \
             problem from ordinary JSON before reading it.",
        ),
        rule(
            Keyword::Must,
            rfc(9457, "3.1.2"),
            "If the body has a status member, the response's real HTTP status code MUST be the same \
             number; software that knows nothing of problem details reads only the status line.",
        ),
        rule(
            Keyword::Must,
            rfc(9457, "3.2"),
            "A problem type may add extension members of its own, and clients MUST ignore the ones they \
             do not recognise, so new members can be added without breaking anyone.",
        ),
        rule(
            Keyword::Should,
            rfc(9457, "4.2.1"),
            "With type about:blank (or no type) the problem means no more than its status code, and the \
             title SHOULD be that code's usual phrase, such as \"Not Found\".",
        ),
        practice(
            "A problem document adds to the status code and never replaces it: send the 4xx or 5xx \
             that fits, then describe it in the body.",
        ),
        practice(
            "Keep stack traces, SQL and internal host names out of every member. Log them, and give \
             the client a reference id in an extension member instead.",
        ),
    ];

    /// An example document, as a server would send it.
    pub const EXAMPLE: &str = r#"{
  "type": "https://api.example.com/problems/slot-taken",
  "title": "The time slot is already booked",
  "status": 409,
  "detail": "Room B2 is booked from 14:00 to 15:00 on 2025-03-14. Pick one of the free slots or another room.",
  "instance": "/bookings/attempts/5d1e07",
  "free_slots": ["15:00", "16:30"]
}"#;

    /// Codes that commonly carry a problem details body, and why.
    pub static CARRIED_BY: &[(u16, &str)] = &[
        (
            400,
            "Says which part of the request could not be read, so the caller can fix it.",
        ),
        (
            403,
            "Explains why access is refused, as far as that is safe to reveal.",
        ),
        (
            404,
            "Names what was not found, when saying so gives nothing away.",
        ),
        (
            409,
            "Describes the conflicting state, so the client can resolve it and try again.",
        ),
        (
            422,
            "Lists every field that failed validation at once, in an extension member.",
        ),
        (
            429,
            "Says which limit was hit; the wait itself goes in Retry-After.",
        ),
        (
            500,
            "Gives a reference id that support can look up, and nothing about the internals.",
        ),
        (
            503,
            "Says whether this is maintenance or overload, next to a Retry-After.",
        ),
    ];
}
