//! The teaching half of the status reference, beyond the registry itself:
//! side-by-side comparisons of codes people confuse ([`compare`]), code
//! examples for sending and handling each code ([`examples`]), the intro, FAQ
//! and Problem Details explainer ([`guide`]), and the filter that searches all
//! of it ([`search`]).
//!
//! Everything here is read only by the reference pages, which load in their own
//! chunk; the one exception is [`compare::COMPARED`], a list of numbers the
//! response view uses to link a status to its comparison.

pub mod compare;
pub mod examples;
pub mod guide;
pub mod search;
#[cfg(test)]
mod sections;
#[cfg(test)]
mod tests;

pub use crate::core::status::{Claim, Keyword, Spec, Strength};

/// Common practice: a statement no RFC requires.
pub(crate) const fn practice(text: &'static str) -> Claim {
    Claim {
        text,
        strength: Strength::Practice,
    }
}

/// A statement restating a requirement of `spec`, in that section's keyword.
pub(crate) const fn rule(keyword: Keyword, spec: Spec, text: &'static str) -> Claim {
    Claim {
        text,
        strength: Strength::Rfc(keyword, spec),
    }
}

/// A statement of what `spec` defines, where the RFC uses no requirement
/// keyword (what a code means, that a response is cacheable by default).
pub(crate) const fn defined(spec: Spec, text: &'static str) -> Claim {
    Claim {
        text,
        strength: Strength::Defined(spec),
    }
}

pub(crate) const fn rfc9110(section: &'static str) -> Spec {
    Spec { rfc: 9110, section }
}

pub(crate) const fn rfc(rfc: u16, section: &'static str) -> Spec {
    Spec { rfc, section }
}
