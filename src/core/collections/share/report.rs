//! What a share link left out, and what it carries that may still be secret,
//! typed so the share panel can list each one in words.

use std::fmt;

/// Everything the cleaning did or could not do, in the order it was found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ShareReport {
    pub removed: Vec<Removed>,
    pub warnings: Vec<Warning>,
}

/// One value left out of the link. Names are as the user sees them (query
/// names decoded), so the recipient knows what to fill in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Removed {
    /// The whole header row is left out.
    Header(String),
    /// The parameter stays, with an empty value (`?api_key=`).
    QueryParam(String),
    /// `user:password@` before the host.
    Userinfo,
    /// Everything from `#` on (an OAuth redirect's `#access_token=…`, say).
    Fragment,
    /// A url-encoded or multipart text field, kept with an empty value.
    FormField(String),
    /// The auth helper's secret; its kind and user or key name stay.
    BasicPassword,
    BearerToken,
    ApiKey(String),
}

/// Something shared as it is that may hold a secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// A JSON, XML or text body mentions keys with these secret-looking
    /// names; raw text cannot be cleaned without changing what it means.
    BodyMayHoldSecrets { names: Vec<String> },
}

impl ShareReport {
    /// Nothing was left out and nothing needs a second look.
    pub fn is_empty(&self) -> bool {
        self.removed.is_empty() && self.warnings.is_empty()
    }

    /// Notes a removal once: a parameter in both the URL and the params table
    /// is one thing to the user.
    pub(super) fn remove(&mut self, what: Removed) {
        if !self.removed.contains(&what) {
            self.removed.push(what);
        }
    }
}

impl fmt::Display for Removed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Removed::Header(name) => write!(f, "the {name} header"),
            Removed::QueryParam(name) => write!(f, "the value of query parameter {name}"),
            Removed::Userinfo => f.write_str("the user name and password in the URL"),
            Removed::Fragment => f.write_str("the part of the URL after #"),
            Removed::FormField(name) => write!(f, "the value of form field {name}"),
            Removed::BasicPassword => f.write_str("the Basic auth password"),
            Removed::BearerToken => f.write_str("the bearer token"),
            Removed::ApiKey(name) => write!(f, "the value of API key {name}"),
        }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::BodyMayHoldSecrets { names } => write!(
                f,
                "The body is shared exactly as written, and it mentions {}. \
                 Check that it holds no real credentials before you send the link.",
                names.join(", ")
            ),
        }
    }
}
