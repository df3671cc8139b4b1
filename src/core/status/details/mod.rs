//! Practical guidance for every registered code: when to send it, the headers
//! that belong with it, the usual mistakes, and how it differs from the codes
//! it is confused with. Written for this project, one file per class.
//!
//! Each statement says how firmly it binds. `header(..)` and `practice(..)`
//! are common practice; `.cited(spec)` and `rule(keyword, spec, ..)` mark a
//! requirement of the RFC section given, in that section's own keyword.

mod client_error;
mod informational;
mod redirection;
mod server_error;
mod success;

pub(super) use client_error::*;
pub(super) use informational::*;
pub(super) use redirection::*;
pub(super) use server_error::*;
pub(super) use success::*;

use super::Requirement::{May, Must, Should};
use super::{Claim, ExpectedHeader, Keyword, Related, Requirement, Spec, StatusDetails, Strength};

/// A header that belongs with a code in common practice; `.cited(..)` when an RFC requires it.
const fn header(name: &'static str, requirement: Requirement, why: &'static str) -> ExpectedHeader {
    ExpectedHeader {
        name,
        requirement,
        spec: None,
        why,
    }
}

impl ExpectedHeader {
    /// The same header, with its requirement stated in `spec`.
    const fn cited(self, spec: Spec) -> ExpectedHeader {
        ExpectedHeader {
            spec: Some(spec),
            ..self
        }
    }
}

/// A statement of common practice, which no RFC requires.
const fn practice(text: &'static str) -> Claim {
    Claim {
        text,
        strength: Strength::Practice,
    }
}

/// A statement that restates a requirement of `spec`, in its keyword.
const fn rule(keyword: Keyword, spec: Spec, text: &'static str) -> Claim {
    Claim {
        text,
        strength: Strength::Rfc(keyword, spec),
    }
}

const fn rfc9110(section: &'static str) -> Spec {
    Spec { rfc: 9110, section }
}

const fn rfc(rfc: u16, section: &'static str) -> Spec {
    Spec { rfc, section }
}

const fn related(code: u16, difference: &'static str) -> Related {
    Related { code, difference }
}

/// Upgrade is a connection option, so every message carrying it (101, 426)
/// names it in Connection too.
const CONNECTION_UPGRADE: ExpectedHeader = header(
    "Connection",
    Must,
    "Must include the token upgrade, as with any message that carries Upgrade.",
)
.cited(rfc9110("7.8"));

const PROBLEM_DETAILS: ExpectedHeader = header(
    "Content-Type",
    May,
    "application/problem+json (RFC 9457) gives clients a standard, machine-readable error body.",
);
