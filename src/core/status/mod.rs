//! HTTP status codes and the reference that explains them.
//!
//! One table ([`registry`]) holds every code in the IANA HTTP Status Code
//! Registry with its name, defining specification and a one-line meaning;
//! the codes people meet daily also carry [`StatusDetails`]: when to send
//! them, which headers go with them and which neighbouring codes they are
//! confused with. The response view, the reference table and the detail page
//! all read this one table.

mod details;
mod registry;
#[cfg(test)]
mod tests;

use std::fmt;
use std::str::FromStr;

/// The five classes of RFC 9110 section 15, named by a status code's first digit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StatusClass {
    Informational,
    Success,
    Redirection,
    ClientError,
    ServerError,
}

impl StatusClass {
    pub const ALL: [StatusClass; 5] = [
        StatusClass::Informational,
        StatusClass::Success,
        StatusClass::Redirection,
        StatusClass::ClientError,
        StatusClass::ServerError,
    ];

    /// The class a number belongs to, if it is a possible status code (100 to 599).
    pub const fn of(code: u16) -> Option<StatusClass> {
        match code {
            100..=199 => Some(StatusClass::Informational),
            200..=299 => Some(StatusClass::Success),
            300..=399 => Some(StatusClass::Redirection),
            400..=499 => Some(StatusClass::ClientError),
            500..=599 => Some(StatusClass::ServerError),
            _ => None,
        }
    }

    /// The class's name as RFC 9110 titles it ("Successful", "Client Error").
    pub fn label(self) -> &'static str {
        match self {
            StatusClass::Informational => "Informational",
            StatusClass::Success => "Successful",
            StatusClass::Redirection => "Redirection",
            StatusClass::ClientError => "Client Error",
            StatusClass::ServerError => "Server Error",
        }
    }

    /// The short form people write: "1xx" to "5xx".
    pub fn range(self) -> &'static str {
        match self {
            StatusClass::Informational => "1xx",
            StatusClass::Success => "2xx",
            StatusClass::Redirection => "3xx",
            StatusClass::ClientError => "4xx",
            StatusClass::ServerError => "5xx",
        }
    }

    /// A stable lower-case identifier, used as a CSS modifier and a URL filter value.
    pub fn slug(self) -> &'static str {
        match self {
            StatusClass::Informational => "informational",
            StatusClass::Success => "success",
            StatusClass::Redirection => "redirection",
            StatusClass::ClientError => "client-error",
            StatusClass::ServerError => "server-error",
        }
    }

    /// The class whose [`slug`](StatusClass::slug) is exactly `s`.
    pub fn from_slug(s: &str) -> Option<StatusClass> {
        StatusClass::ALL.into_iter().find(|class| class.slug() == s)
    }

    /// The x00 code of the class (200 for Successful), which stands in for any
    /// code of the class a client does not recognise.
    pub const fn generic_code(self) -> u16 {
        match self {
            StatusClass::Informational => 100,
            StatusClass::Success => 200,
            StatusClass::Redirection => 300,
            StatusClass::ClientError => 400,
            StatusClass::ServerError => 500,
        }
    }

    /// The registry entry of the class's x00 code.
    pub fn generic_entry(self) -> &'static StatusEntry {
        lookup(self.generic_code()).expect("every class's x00 code is registered")
    }

    /// The registered codes of this class, in order.
    pub fn entries(self) -> impl Iterator<Item = &'static StatusEntry> {
        registry().iter().filter(move |entry| entry.class == self)
    }
}

/// A status code a response can carry: three digits, 100 to 599.
///
/// Built only through [`StatusCode::new`] or [`StatusCode::parse`], so holding
/// one means the number is in range; it need not be registered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StatusCode(u16);

/// Why a number or a piece of text is not a status code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StatusCodeError {
    /// The (trimmed) text is not written as a plain decimal number: it is empty,
    /// has a sign, spaces or other characters, or has too many digits to read.
    NotANumber(String),
    /// A number, but outside 100 to 599.
    OutOfRange(u32),
}

impl StatusCode {
    pub fn new(code: u16) -> Result<StatusCode, StatusCodeError> {
        match StatusClass::of(code) {
            Some(_) => Ok(StatusCode(code)),
            None => Err(StatusCodeError::OutOfRange(u32::from(code))),
        }
    }

    /// Reads a status code typed by a person. Surrounding whitespace is ignored;
    /// everything else must be decimal digits (leading zeros are tolerated, so
    /// "0404" reads as 404).
    pub fn parse(text: &str) -> Result<StatusCode, StatusCodeError> {
        let text = text.trim();
        let not_a_number = || StatusCodeError::NotANumber(text.to_owned());
        if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(not_a_number());
        }
        // Only digits remain, so the one way this can fail is overflow.
        let value: u32 = text.parse().map_err(|_| not_a_number())?;
        match u16::try_from(value) {
            Ok(code) if StatusClass::of(code).is_some() => Ok(StatusCode(code)),
            _ => Err(StatusCodeError::OutOfRange(value)),
        }
    }

    pub fn as_u16(self) -> u16 {
        self.0
    }

    pub fn class(self) -> StatusClass {
        StatusClass::of(self.0).expect("a StatusCode is always within 100..=599")
    }

    /// The registry entry, for registered codes only.
    pub fn entry(self) -> Option<&'static StatusEntry> {
        lookup(self.0)
    }

    /// The registered name ("Not Found"); for an unregistered code, None.
    pub fn reason(self) -> Option<&'static str> {
        self.entry().map(|entry| entry.name)
    }

    /// What the code means to a client: its own entry if registered, otherwise
    /// the x00 entry of its class, since RFC 9110 section 15 tells clients to
    /// treat a code they do not recognise as the x00 code of its class.
    pub fn effective_entry(self) -> &'static StatusEntry {
        self.entry().unwrap_or_else(|| self.class().generic_entry())
    }

    pub fn is_registered(self) -> bool {
        self.entry().is_some()
    }
}

impl fmt::Display for StatusCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl FromStr for StatusCode {
    type Err = StatusCodeError;

    fn from_str(text: &str) -> Result<StatusCode, StatusCodeError> {
        StatusCode::parse(text)
    }
}

impl TryFrom<u16> for StatusCode {
    type Error = StatusCodeError;

    fn try_from(code: u16) -> Result<StatusCode, StatusCodeError> {
        StatusCode::new(code)
    }
}

impl From<StatusCode> for u16 {
    fn from(code: StatusCode) -> u16 {
        code.0
    }
}

const STATUS_CODE_SHAPE: &str = "status codes are three-digit numbers from 100 to 599.";

impl fmt::Display for StatusCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StatusCodeError::NotANumber(text) if text.is_empty() => {
                write!(f, "Enter a status code: {STATUS_CODE_SHAPE}")
            }
            StatusCodeError::NotANumber(text) => {
                write!(
                    f,
                    "“{text}” is not an HTTP status code: {STATUS_CODE_SHAPE}"
                )
            }
            StatusCodeError::OutOfRange(value) => {
                write!(f, "{value} is not an HTTP status code: {STATUS_CODE_SHAPE}")
            }
        }
    }
}

impl std::error::Error for StatusCodeError {}

/// A section of an RFC, the place a code is defined.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Spec {
    pub rfc: u16,
    /// The section number as written in the RFC, such as "15.5.5".
    pub section: &'static str,
}

impl Spec {
    /// A link to the section on rfc-editor.org.
    pub fn url(&self) -> String {
        format!(
            "https://www.rfc-editor.org/rfc/rfc{}#section-{}",
            self.rfc, self.section
        )
    }

    /// A short citation: "RFC 9110 §15.5.5".
    pub fn label(&self) -> String {
        format!("RFC {} §{}", self.rfc, self.section)
    }
}

impl fmt::Display for Spec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}

/// One row of the status code registry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusEntry {
    pub code: u16,
    /// The registered name, as the defining specification spells it today.
    pub name: &'static str,
    pub class: StatusClass,
    /// Reserved codes that must not be sent (306 and 418).
    pub unused: bool,
    /// A well-known older or informal name ("Payload Too Large", "I'm a teapot").
    pub alias: Option<&'static str>,
}

impl StatusEntry {
    /// One line, for the reference table and tooltips.
    pub fn meaning(&self) -> &'static str {
        registry::meaning(self.code).unwrap_or_default()
    }

    /// Practical guidance, for the codes people meet often.
    pub fn details(&self) -> Option<&'static StatusDetails> {
        registry::details(self.code)
    }

    /// The section that defines the code (every row names one; the
    /// fallback, RFC 9110's chapter on status codes, is never reached).
    pub fn spec(&self) -> Spec {
        registry::spec(self.code).unwrap_or(Spec {
            rfc: 9110,
            section: "15",
        })
    }

    /// Whether `needle` (already lower-case) occurs in the code's digits, name,
    /// alias or one-line meaning.
    fn matches(&self, needle: &str) -> bool {
        self.code.to_string().contains(needle)
            || [Some(self.name), self.alias, Some(self.meaning())]
                .into_iter()
                .flatten()
                .any(|text| text.to_ascii_lowercase().contains(needle))
    }
}

/// Guidance for an API developer deciding whether to send a code, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusDetails {
    pub when_to_use: &'static str,
    pub expected_headers: &'static [ExpectedHeader],
    pub common_mistakes: &'static [Claim],
    /// Words a reader may search for that the code's name and meaning do not
    /// contain ("login" for 401, "rate limit" for 429), lower-case.
    pub search_terms: &'static [&'static str],
    pub related: &'static [Related],
}

/// A statement in the reference, with how firmly it binds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Claim {
    pub text: &'static str,
    pub strength: Strength,
}

/// Whether a statement restates an RFC requirement or describes common practice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strength {
    /// The requirement keyword (RFC 2119) of the section that states it.
    Rfc(Keyword, Spec),
    /// What a section states as fact without a keyword: what a code means,
    /// that a response is cacheable by default.
    Defined(Spec),
    /// What well-behaved servers and clients do, though no RFC requires it.
    Practice,
}

/// The requirement keywords of RFC 2119, as the reference cites them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Keyword {
    Must,
    MustNot,
    Should,
    ShouldNot,
    May,
}

impl Keyword {
    /// Written in capitals, as the RFCs write them.
    pub fn label(self) -> &'static str {
        match self {
            Keyword::Must => "MUST",
            Keyword::MustNot => "MUST NOT",
            Keyword::Should => "SHOULD",
            Keyword::ShouldNot => "SHOULD NOT",
            Keyword::May => "MAY",
        }
    }
}

/// A response header that belongs with a status code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExpectedHeader {
    pub name: &'static str,
    pub requirement: Requirement,
    /// The section whose keyword `requirement` is; `None` when it reflects
    /// common practice rather than an RFC requirement.
    pub spec: Option<Spec>,
    pub why: &'static str,
}

/// How strongly a header is called for: the keyword of the section in the
/// header's `spec`, or, without one, how much the code depends on it in practice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Requirement {
    Must,
    Should,
    May,
}

impl ExpectedHeader {
    /// The requirement as a strength: the RFC's keyword where a section states
    /// it, otherwise common practice.
    pub fn strength(&self) -> Strength {
        match self.spec {
            Some(spec) => Strength::Rfc(self.requirement.keyword(), spec),
            None => Strength::Practice,
        }
    }
}

impl Requirement {
    /// The RFC 2119 keyword of the same strength.
    pub fn keyword(self) -> Keyword {
        match self {
            Requirement::Must => Keyword::Must,
            Requirement::Should => Keyword::Should,
            Requirement::May => Keyword::May,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Requirement::Must => "must",
            Requirement::Should => "should",
            Requirement::May => "may",
        }
    }
}

/// A code that is easily confused with the one being described.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Related {
    pub code: u16,
    /// How the related code differs from the one whose details list it.
    pub difference: &'static str,
}

/// Every registered code, sorted by code.
pub fn registry() -> &'static [StatusEntry] {
    &registry::REGISTRY
}

/// The entry of a registered code.
pub fn lookup(code: u16) -> Option<&'static StatusEntry> {
    let table = registry();
    table
        .binary_search_by_key(&code, |entry| entry.code)
        .ok()
        .map(|index| &table[index])
}

/// Entries whose code, name, alias or one-line meaning contains `query`,
/// ignoring case and surrounding whitespace; an empty query returns them all.
///
/// The longer [`StatusDetails`] text is not searched here: it mentions
/// neighbouring codes and concepts ("gateway" in the advice for 503, say). The
/// reference table's filter (`core::reference::search`) lists those matches
/// after these, so they never bury the codes a reader is looking for.
pub fn search(query: &str) -> Vec<&'static StatusEntry> {
    let needle = query.trim().to_ascii_lowercase();
    registry()
        .iter()
        .filter(|entry| needle.is_empty() || entry.matches(&needle))
        .collect()
}
