//! What the app and the companion say to each other, as JSON.
//!
//! The app posts a [`SendRequest`] to `/send`; the companion answers with a
//! [`SentResponse`] (whatever the upstream status) or, when it could not get
//! one, a [`Refusal`] with an HTTP status of its own.

use serde::{Deserialize, Serialize};

/// A request to send, as the app built it.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq)]
pub struct SendRequest {
    pub method: String,
    pub url: String,
    /// In order, repeats kept.
    #[serde(default)]
    pub headers: Vec<(String, String)>,
    /// The body's bytes, base64 (standard alphabet); none for no body.
    #[serde(default)]
    pub body: Option<String>,
    /// Whether redirects are followed (as fetch's `redirect: "follow"`); when
    /// not, the redirect itself comes back, with its real status and Location.
    #[serde(default = "yes")]
    pub follow_redirects: bool,
    /// Gives up after this long; capped by the companion's own limit.
    #[serde(default)]
    pub timeout_ms: Option<u64>,
}

fn yes() -> bool {
    true
}

/// The upstream response, whole: every header (nothing hidden by CORS),
/// cookies the server set included.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq)]
pub struct SentResponse {
    pub status: u16,
    pub reason: String,
    pub headers: Vec<(String, String)>,
    /// The body's bytes, base64.
    pub body: String,
    /// Where the response came from (after redirects, when followed).
    pub url: String,
    /// Whether redirects were followed to get here.
    pub redirected: bool,
    pub elapsed_ms: u64,
}

/// Why the companion did not send, or got no response.
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq)]
pub struct Refusal {
    /// A stable word the app can act on: `origin`, `token`, `invalid`,
    /// `loop`, `too_large`, `timeout`, `redirects`, `upstream`.
    pub error: String,
    /// A sentence for the person using the app.
    pub message: String,
}
