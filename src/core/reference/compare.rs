//! Side-by-side comparisons of codes that are easily confused, each a page of
//! its own (`/reference/compare/401-403`): a table with one column per code and
//! one row per aspect, every cell marked with how firmly it binds.

use std::fmt;

use super::{defined, practice, rfc9110, rule, Claim, Keyword::*};

/// The code sets that have a comparison, in the order the reference lists them.
///
/// Kept apart from [`COMPARISONS`] so the response view can link a status to
/// its comparison without carrying the comparisons' text; a test keeps the two
/// in step.
pub static COMPARED: &[&[u16]] = &[
    &[401, 403],
    &[404, 410],
    &[301, 302, 303, 307, 308],
    &[502, 503, 504],
    &[400, 422],
    &[200, 201, 204],
];

/// One comparison: a few codes, and how they differ aspect by aspect.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// Ascending, at least two, each registered.
    pub codes: &'static [u16],
    /// A heading that names the question, such as "401 or 403: who are you, or may you?".
    pub title: &'static str,
    /// The rule of thumb for choosing, in a short paragraph.
    pub summary: &'static str,
    pub rows: &'static [Row],
    /// Words a reader may search for ("login", "redirect"), lower-case.
    pub search_terms: &'static [&'static str],
}

/// One aspect of a comparison: a cell per code, in the order of `codes`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub aspect: Aspect,
    pub cells: &'static [Claim],
}

/// What a row compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Aspect {
    Meaning,
    ClientAction,
    Headers,
    MethodOnRedirect,
    Cacheable,
    RetrySafe,
    SearchEngines,
}

impl Aspect {
    /// The row header.
    pub fn label(self) -> &'static str {
        match self {
            Aspect::Meaning => "What it means",
            Aspect::ClientAction => "What the client should do",
            Aspect::Headers => "Headers that go with it",
            Aspect::MethodOnRedirect => "Method on redirect",
            Aspect::Cacheable => "Cacheable by default",
            Aspect::RetrySafe => "Safe to retry",
            Aspect::SearchEngines => "Search engines",
        }
    }
}

/// The address part of a comparison: its codes joined by hyphens ("401-403").
pub fn slug(codes: &[u16]) -> String {
    let parts: Vec<String> = codes.iter().map(u16::to_string).collect();
    parts.join("-")
}

/// The name of a link to a comparison: "Compare 401 and 403",
/// "Compare 301, 302, 303, 307 and 308".
pub fn link_name(codes: &[u16]) -> String {
    let mut parts: Vec<String> = codes.iter().map(u16::to_string).collect();
    let last = parts.pop().unwrap_or_default();
    if parts.is_empty() {
        format!("Compare {last}")
    } else {
        format!("Compare {} and {last}", parts.join(", "))
    }
}

/// The compared code sets that include `code`.
pub fn covering(code: u16) -> impl Iterator<Item = &'static [u16]> {
    COMPARED
        .iter()
        .copied()
        .filter(move |codes| codes.contains(&code))
}

/// Why an address names no comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CompareError {
    /// A part between hyphens is not a three-digit code.
    NotCodes(String),
    /// Codes, but no comparison covers exactly them.
    NotCompared(Vec<u16>),
}

impl fmt::Display for CompareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CompareError::NotCodes(text) => write!(
                f,
                "“{text}” does not name status codes: a comparison's address lists codes \
                 joined by hyphens, such as 401-403."
            ),
            CompareError::NotCompared(codes) => write!(
                f,
                "There is no comparison of {} yet. The comparisons below are the ones the \
                 reference has.",
                and_list(codes)
            ),
        }
    }
}

impl std::error::Error for CompareError {}

fn and_list(codes: &[u16]) -> String {
    link_name(codes).trim_start_matches("Compare ").to_owned()
}

/// The comparison an address names. The codes may come in any order
/// (`403-401` finds 401 vs 403); each may appear once.
pub fn find(slug: &str) -> Result<&'static Comparison, CompareError> {
    let mut codes = Vec::new();
    for part in slug.split('-') {
        let code = crate::core::status::StatusCode::parse(part)
            .map_err(|_| CompareError::NotCodes(slug.to_owned()))?;
        codes.push(code.as_u16());
    }
    codes.sort_unstable();
    codes.dedup();
    COMPARISONS
        .iter()
        .find(|comparison| comparison.codes == codes.as_slice())
        .ok_or(CompareError::NotCompared(codes))
}

/// Every comparison, in the order of [`COMPARED`].
pub static COMPARISONS: &[Comparison] = &[AUTH];

const AUTH: Comparison = Comparison {
    codes: &[401, 403],
    title: "401 or 403: unknown caller, or known and refused?",
    summary: "Answer 401 when the request carries no usable credentials: none at all, expired or \
              malformed ones. Answer 403 when you know who is asking and they may not do this, or \
              when no credentials could ever help. The question to ask is whether logging in (again) \
              could change the answer.",
    rows: &[
        Row {
            aspect: Aspect::Meaning,
            cells: &[
                defined(
                    rfc9110("15.5.2"),
                    "The request lacks valid authentication credentials for the resource. If it \
                     carried some, they were rejected.",
                ),
                defined(
                    rfc9110("15.5.4"),
                    "The server understood the request and refuses it. Credentials, if sent, are \
                     not enough to grant access.",
                ),
            ],
        },
        Row {
            aspect: Aspect::ClientAction,
            cells: &[
                rule(
                    May,
                    rfc9110("15.5.2"),
                    "Authenticate, or refresh the token, and send the request again with a new \
                     Authorization header.",
                ),
                rule(
                    ShouldNot,
                    rfc9110("15.5.4"),
                    "Do not repeat it with the same credentials; ask for more permissions or \
                     sign in as someone else.",
                ),
            ],
        },
        Row {
            aspect: Aspect::Headers,
            cells: &[
                rule(
                    Must,
                    rfc9110("15.5.2"),
                    "WWW-Authenticate, with at least one challenge (such as Bearer) saying how \
                     to authenticate.",
                ),
                practice(
                    "None required. A Problem Details body saying which permission is missing \
                     saves the caller a support ticket.",
                ),
            ],
        },
        Row {
            aspect: Aspect::Cacheable,
            cells: &[
                defined(
                    rfc9110("15.1"),
                    "No: only with explicit freshness such as Cache-Control: max-age.",
                ),
                defined(
                    rfc9110("15.1"),
                    "No: only with explicit freshness such as Cache-Control: max-age.",
                ),
            ],
        },
        Row {
            aspect: Aspect::RetrySafe,
            cells: &[
                practice("Yes, once there are new credentials; unchanged, it fails the same way."),
                practice("No: the same request with the same credentials gets the same refusal."),
            ],
        },
        Row {
            aspect: Aspect::SearchEngines,
            cells: &[
                practice("Not indexed: crawlers do not log in, so the page is skipped."),
                practice("Not indexed, like 401."),
            ],
        },
    ],
    search_terms: &["login", "log in", "sign in", "auth", "permission", "access denied", "token"],
};
