//! Problem Details for HTTP APIs (RFC 9457): the `application/problem+json`
//! error format.
//!
//! A problem document is a JSON object with five standard members (`type`,
//! `title`, `status`, `detail`, `instance`); anything else is an extension
//! the API defines for itself. A standard member whose value has the wrong
//! JSON type is ignored, as RFC 9457 §3.1 requires, and the reason is kept
//! in [`ProblemDetails::issues`] so the developer sending it can be told.
//!
//! Members are read in document order without enabling serde_json's
//! `preserve_order` feature (which would add `indexmap`): the document is
//! deserialized into a small order-keeping value type of our own ([`Json`]).

use std::fmt;

use crate::core::json_value::Json;

/// A parsed problem document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProblemDetails {
    /// The `type` member: a URI reference naming the kind of problem. When it
    /// is absent (or ignored), `about:blank` applies: the problem means no more
    /// than its HTTP status code, and `title` should be that code's reason
    /// phrase. See [`ProblemDetails::effective_type`].
    pub problem_type: Option<String>,
    /// A short summary of the kind of problem, the same for every occurrence.
    pub title: Option<String>,
    /// The status code the server meant to send; advisory only.
    pub status: Option<u16>,
    /// An explanation of this occurrence.
    pub detail: Option<String>,
    /// A URI reference identifying this occurrence.
    pub instance: Option<String>,
    /// Every other member: name and value as compact JSON text, in document order.
    pub extensions: Vec<(String, String)>,
    /// What was wrong with the document and has been ignored, one sentence each.
    pub issues: Vec<String>,
}

impl ProblemDetails {
    /// The `type` RFC 9457 §4.2.1 assumes when none is given.
    pub const DEFAULT_TYPE: &'static str = "about:blank";

    /// The problem type in force: the `type` member, or `about:blank`.
    pub fn effective_type(&self) -> &str {
        self.problem_type.as_deref().unwrap_or(Self::DEFAULT_TYPE)
    }
}

/// Why a body could not be read as a problem document at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemError {
    Empty,
    /// Not JSON; the message is serde_json's, with line and column.
    InvalidJson(String),
    /// Valid JSON, but not an object: names what it is ("an array").
    NotAnObject(&'static str),
}

impl fmt::Display for ProblemError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProblemError::Empty => {
                f.write_str("The problem details body is empty: RFC 9457 calls for a JSON object.")
            }
            ProblemError::InvalidJson(message) => {
                write!(f, "The problem details body is not valid JSON: {message}.")
            }
            ProblemError::NotAnObject(found) => write!(
                f,
                "The problem details body is {found}, but RFC 9457 calls for a JSON object."
            ),
        }
    }
}

impl std::error::Error for ProblemError {}

/// Whether a Content-Type names the Problem Details JSON format, whatever
/// its letter case and parameters.
pub fn is_problem_media_type(content_type: &str) -> bool {
    crate::core::media_type::essence(content_type).is_some_and(|e| e == "application/problem+json")
}

/// Reads a problem document from a response body.
pub fn parse_problem(body: &[u8]) -> Result<ProblemDetails, ProblemError> {
    let body = body.strip_prefix(b"\xef\xbb\xbf").unwrap_or(body);
    if body.iter().all(u8::is_ascii_whitespace) {
        return Err(ProblemError::Empty);
    }
    let document: Json =
        serde_json::from_slice(body).map_err(|e| ProblemError::InvalidJson(e.to_string()))?;
    match document {
        Json::Object(members) => Ok(from_members(members)),
        other => Err(ProblemError::NotAnObject(other.kind())),
    }
}

fn from_members(members: Vec<(String, Json)>) -> ProblemDetails {
    let mut problem = ProblemDetails::default();
    let mut seen: Vec<String> = Vec::new();
    for (name, value) in members {
        if seen.contains(&name) {
            problem.issues.push(format!(
                "“{name}” appears more than once; the last one is used."
            ));
        } else {
            seen.push(name.clone());
        }
        let slot = match name.as_str() {
            "type" => &mut problem.problem_type,
            "title" => &mut problem.title,
            "detail" => &mut problem.detail,
            "instance" => &mut problem.instance,
            "status" => {
                problem.status = read_status(value, &mut problem.issues);
                continue;
            }
            _ => {
                let text = value.to_compact();
                match problem.extensions.iter_mut().find(|(n, _)| *n == name) {
                    Some(existing) => existing.1 = text,
                    None => problem.extensions.push((name, text)),
                }
                continue;
            }
        };
        *slot = match value {
            Json::String(text) => Some(text),
            other => {
                problem.issues.push(wrong_type(&name, &other, "a string"));
                None
            }
        };
    }
    problem
}

fn read_status(value: Json, issues: &mut Vec<String>) -> Option<u16> {
    let Json::Number(number) = &value else {
        issues.push(wrong_type("status", &value, "a number"));
        return None;
    };
    match number.as_u64() {
        Some(code @ 100..=599) => u16::try_from(code).ok(),
        _ => {
            issues.push(format!(
                "“status” is {number}, which is not an HTTP status code (a whole number from \
                 100 to 599), so it is ignored."
            ));
            None
        }
    }
}

fn wrong_type(name: &str, value: &Json, expected: &str) -> String {
    format!(
        "“{name}” is {}, not {expected}, so it is ignored (RFC 9457 §3.1).",
        value.kind()
    )
}

#[cfg(test)]
mod tests;
