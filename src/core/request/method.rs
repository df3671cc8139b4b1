//! Request methods: the standard set plus any custom RFC 9110 token.

use std::fmt;

use crate::core::token::{describe_char, is_tchar};

/// A request method. Custom methods are validated tokens, so a `Method`
/// always names something a server could receive.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Method {
    Get,
    Post,
    Put,
    Patch,
    Delete,
    Head,
    Options,
    Custom(String),
}

/// Why text typed into the method box cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MethodError {
    Empty,
    InvalidCharacter { method: String, found: char },
    ForbiddenByBrowsers(String),
}

impl Method {
    /// The methods offered in the picker, in the order people reach for them.
    pub const STANDARD: [Method; 7] = [
        Method::Get,
        Method::Post,
        Method::Put,
        Method::Patch,
        Method::Delete,
        Method::Head,
        Method::Options,
    ];

    /// Parses what a user typed. Standard names match case-insensitively and are
    /// sent upper-case (browsers upper-case most of them anyway, and a lower-case
    /// `patch` is almost never what anyone means); custom tokens are kept verbatim.
    pub fn parse(text: &str) -> Result<Method, MethodError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(MethodError::Empty);
        }
        if let Some(found) = text.chars().find(|c| !is_tchar(*c)) {
            return Err(MethodError::InvalidCharacter {
                method: text.to_owned(),
                found,
            });
        }
        let upper = text.to_ascii_uppercase();
        if let Some(standard) = Method::STANDARD.iter().find(|m| m.as_str() == upper) {
            return Ok(standard.clone());
        }
        // The Fetch standard refuses these outright; say so before fetch() throws.
        if matches!(upper.as_str(), "CONNECT" | "TRACE" | "TRACK") {
            return Err(MethodError::ForbiddenByBrowsers(upper));
        }
        Ok(Method::Custom(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
            Method::Head => "HEAD",
            Method::Options => "OPTIONS",
            Method::Custom(token) => token,
        }
    }

    /// GET and HEAD requests cannot carry a body through fetch().
    pub fn allows_body(&self) -> bool {
        !matches!(self, Method::Get | Method::Head)
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for MethodError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MethodError::Empty => f.write_str("Enter a method, such as GET or POST."),
            MethodError::InvalidCharacter { method, found } => write!(
                f,
                "“{method}” is not a valid method: it contains {}. A method is a single word \
                 of letters, digits and ! # $ % & ' * + - . ^ _ ` | ~",
                describe_char(*found)
            ),
            MethodError::ForbiddenByBrowsers(name) => write!(
                f,
                "Browsers do not let web pages send {name} requests (the Fetch standard forbids it). \
                 Use a command-line client such as curl for {name}."
            ),
        }
    }
}

impl std::error::Error for MethodError {}

#[cfg(test)]
mod tests;
