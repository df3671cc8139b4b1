//! One request/response exchange, as a state machine the UI renders.

use std::fmt;
use std::time::Duration;

use crate::core::companion::CompanionFailure;
use crate::core::insight::{analyse, Insight, InsightContext};
use crate::core::request::draft::DraftProblem;
use crate::core::response::received::{format_elapsed, format_seconds, ReceivedResponse};
use crate::core::status::StatusCode;

/// Where the workspace's exchange stands. Exactly one of these at a time.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum ExchangeState {
    #[default]
    Idle,
    InFlight {
        method: String,
        url: String,
    },
    /// Status and headers are in; the body is still arriving.
    Receiving(Box<ResponseHead>),
    Received(Box<Completed>),
    Failed(SendFailure),
}

impl ExchangeState {
    /// A request is under way (waiting for the head, or for the body).
    pub fn is_in_flight(&self) -> bool {
        matches!(
            self,
            ExchangeState::InFlight { .. } | ExchangeState::Receiving(_)
        )
    }
}

/// What history keeps of an exchange: its status, a one-line summary, and how
/// long it took.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Outcome {
    pub status: Option<u16>,
    pub summary: String,
    pub elapsed_ms: u64,
}

impl Outcome {
    /// An entry that records a note rather than an exchange.
    pub fn note(summary: impl Into<String>) -> Outcome {
        Outcome {
            summary: summary.into(),
            ..Outcome::default()
        }
    }
}

impl ExchangeState {
    /// What history keeps of this state once the exchange has ended.
    pub fn outcome(&self) -> Outcome {
        match self {
            ExchangeState::Received(done) => {
                let response = &done.response;
                let elapsed_ms = response.elapsed_ms as u64;
                if response.opaque_redirect {
                    return Outcome {
                        elapsed_ms,
                        ..Outcome::note("Redirect not followed")
                    };
                }
                let reason = response.status.and_then(|s| s.reason()).unwrap_or_default();
                Outcome {
                    status: response.status.map(|s| s.as_u16()),
                    summary: format!("{} {reason}", response.raw_status)
                        .trim()
                        .to_owned(),
                    elapsed_ms,
                }
            }
            ExchangeState::Failed(failure) => Outcome::note(failure.title()),
            ExchangeState::Idle | ExchangeState::InFlight { .. } | ExchangeState::Receiving(_) => {
                Outcome::default()
            }
        }
    }
}

impl ExchangeState {
    /// What a screen reader is told when an exchange ends. The status line is
    /// drawn anew for each response, and a live region that arrives together
    /// with its text is often not read out, so one region that stays on the
    /// page says this instead.
    pub fn announcement(&self) -> Option<String> {
        match self {
            ExchangeState::Received(done) => {
                let elapsed = format_elapsed(done.response.elapsed_ms);
                Some(format!(
                    "Response: {}, after {elapsed}",
                    self.outcome().summary
                ))
            }
            ExchangeState::Failed(failure) => Some(format!("Failed: {}", failure.title())),
            ExchangeState::Idle | ExchangeState::InFlight { .. } | ExchangeState::Receiving(_) => {
                None
            }
        }
    }
}

/// What arrives before the body: enough to show the status at once.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseHead {
    pub status: Option<StatusCode>,
    pub raw_status: u16,
    pub headers: Vec<(String, String)>,
}

/// A response and what its insight needs to know about the moment it arrived.
/// The insight itself is worked out by the response view, whose chunk holds the
/// checks and their texts.
#[derive(Debug, Clone, PartialEq)]
pub struct Completed {
    pub response: ReceivedResponse,
    pub context: InsightContext,
}

impl Completed {
    /// `None` when there is no status to explain (an opaque redirect).
    pub fn insight(&self) -> Option<Insight> {
        analyse(&self.response, &self.context)
    }
}

/// Every way a send can end without a response, each with its own explanation.
#[derive(Debug, Clone, PartialEq)]
pub enum SendFailure {
    Invalid(Vec<DraftProblem>),
    /// fetch() rejected with its one opaque TypeError: unreachable or CORS, the
    /// browser will not say which.
    Network {
        origin: String,
        detail: String,
    },
    Timeout {
        after: Duration,
    },
    Cancelled,
    /// fetch() refused to build the request (a rule we do not check ourselves).
    BrowserRefused {
        detail: String,
    },
    /// The response started but its body could not be read.
    BodyRead {
        detail: String,
    },
    /// A file the request names is no longer in this page's memory (the page
    /// was reloaded since it was picked, or it was opened from a save).
    FileGone {
        name: String,
    },
    /// Sent through the local companion (issue 21), which gave no response.
    Companion(CompanionFailure),
}

impl SendFailure {
    /// A short heading for the alert.
    pub fn title(&self) -> &'static str {
        match self {
            SendFailure::Invalid(_) => "The request cannot be sent",
            SendFailure::Network { .. } => "No response: server unreachable or blocked by CORS",
            SendFailure::Timeout { .. } => "Timed out",
            SendFailure::Cancelled => "Cancelled",
            SendFailure::BrowserRefused { .. } => "The browser refused to send the request",
            SendFailure::BodyRead { .. } => "The response body could not be read",
            SendFailure::FileGone { .. } => "A file to send is no longer loaded",
            SendFailure::Companion(_) => "No response through the local companion",
        }
    }

    /// One entry per thing to say; for `Invalid`, one per problem.
    pub fn messages(&self) -> Vec<String> {
        match self {
            SendFailure::Invalid(problems) => problems.iter().map(ToString::to_string).collect(),
            other => vec![other.to_string()],
        }
    }
}

impl fmt::Display for SendFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SendFailure::Invalid(problems) => {
                let all: Vec<String> = problems.iter().map(ToString::to_string).collect();
                f.write_str(&all.join(" "))
            }
            SendFailure::Network { origin, detail } => write!(
                f,
                "The browser got no usable response from {origin} ({detail}). It reports unreachable \
                 servers and CORS refusals the same way, so check both: is the server running, and \
                 are the host, port and https/http right? If it is reachable, it must allow this page's \
                 origin: answer with Access-Control-Allow-Origin (and, for requests with custom headers \
                 or methods other than GET/HEAD/POST, answer the OPTIONS preflight with \
                 Access-Control-Allow-Methods and Access-Control-Allow-Headers). The browser console \
                 shows which it was."
            ),
            SendFailure::Timeout { after } => write!(
                f,
                "No complete response within {} s, so the request was stopped. The server may be slow \
                 or stuck; raise the timeout if it is expected to take longer.",
                format_seconds(*after)
            ),
            SendFailure::Cancelled => f.write_str("You cancelled the request before the response arrived."),
            SendFailure::BrowserRefused { detail } => write!(
                f,
                "The browser would not build this request: {detail}. Check the method, headers and body."
            ),
            SendFailure::BodyRead { detail } => write!(
                f,
                "The status and headers arrived, but reading the body failed ({detail}). The connection \
                 may have closed early."
            ),
            SendFailure::FileGone { name } => write!(
                f,
                "The file “{name}” is no longer loaded: pick it again. Files are not kept after a \
                 reload, only their names."
            ),
            SendFailure::Companion(failure) => failure.fmt(f),
        }
    }
}

#[cfg(test)]
mod tests;
