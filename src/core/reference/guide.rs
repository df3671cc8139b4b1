//! The prose of the reference: the intro (one line per class), the FAQ, the
//! list of common mistakes, and the Problem Details (RFC 9457) explainer.

use crate::core::status::StatusClass;

use super::{defined, practice, rfc9110, Claim};

/// One line on what a class of codes tells the client.
pub fn class_intro(class: StatusClass) -> &'static str {
    match class {
        StatusClass::Informational => "Interim answers: the final response is still to come.",
        StatusClass::Success => "The request was received, understood and carried out.",
        StatusClass::Redirection => {
            "The client has to do something more, often follow another URI."
        }
        StatusClass::ClientError => {
            "The request was wrong; sending it again unchanged will not help."
        }
        StatusClass::ServerError => {
            "The request may have been fine; the server failed to carry it out."
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

pub static FAQ: &[Faq] = &[Faq {
    question: "Is the reason phrase part of the status?",
    answer: &[defined(
        rfc9110("15"),
        "No. The three-digit code is what clients act on; the text after it in HTTP/1.1 is advisory, \
         and HTTP/2 and HTTP/3 do not send one at all.",
    )],
    codes: &[],
}];

/// A mistake APIs make with status codes, and what to do instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mistake {
    pub title: &'static str,
    pub why: Claim,
    pub instead: &'static str,
    /// The codes involved, linked from the mistake.
    pub codes: &'static [u16],
}

pub static COMMON_MISTAKES: &[Mistake] = &[Mistake {
    title: "200 with an error in the body",
    why: practice(
        "Clients, caches, retries and monitoring all read the status first; a 200 tells every one \
         of them that the request worked.",
    ),
    instead: "Send the 4xx or 5xx code that fits, with the details in the body.",
    codes: &[200, 400, 500],
}];

/// The Problem Details explainer (RFC 9457).
pub mod problem {
    use super::super::{rfc, Claim};
    use super::defined;

    /// A member of a problem details object.
    #[derive(Debug, Clone, PartialEq, Eq)]
    pub struct Member {
        pub name: &'static str,
        /// The JSON type it holds ("string (URI reference)", "number").
        pub kind: &'static str,
        pub meaning: Claim,
    }

    pub static MEMBERS: &[Member] = &[Member {
        name: "status",
        kind: "number",
        meaning: defined(
            rfc(9457, "3.1.2"),
            "The status code of this occurrence, for readers that only see the body.",
        ),
    }];

    /// The rules a problem details response follows.
    pub static RULES: &[Claim] = &[];

    /// An example document, as a server would send it.
    pub const EXAMPLE: &str = "{}";

    /// Codes that commonly carry a problem details body, and why.
    pub static CARRIED_BY: &[(u16, &str)] = &[];
}
