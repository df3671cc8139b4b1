//! Request methods: the standard set plus any custom RFC 9110 token.

use std::fmt;

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

/// RFC 9110 §5.6.2 `tchar`: the characters a token (method, header name) may hold.
pub fn is_tchar(c: char) -> bool {
    c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c)
}

/// Names a character so a message can point at it even when it is invisible.
pub fn describe_char(c: char) -> String {
    match c {
        ' ' => "a space".to_owned(),
        '\t' => "a tab".to_owned(),
        '\r' | '\n' => "a line break".to_owned(),
        c if c.is_control() => format!("the control character U+{:04X}", c as u32),
        c => format!("“{c}”"),
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
mod tests {
    use super::*;

    #[test]
    fn standard_methods_parse_case_insensitively_to_upper_case() {
        assert_eq!(Method::parse("get"), Ok(Method::Get));
        assert_eq!(Method::parse("Patch"), Ok(Method::Patch));
        assert_eq!(Method::parse("  DELETE "), Ok(Method::Delete));
        assert_eq!(
            Method::parse("options").map(|m| m.to_string()),
            Ok("OPTIONS".into())
        );
    }

    #[test]
    fn custom_tokens_are_kept_verbatim() {
        assert_eq!(
            Method::parse("PROPFIND"),
            Ok(Method::Custom("PROPFIND".into()))
        );
        assert_eq!(Method::parse("purge"), Ok(Method::Custom("purge".into())));
        assert_eq!(
            Method::parse("M-SEARCH"),
            Ok(Method::Custom("M-SEARCH".into()))
        );
        assert_eq!(
            Method::parse("x!#$%&'*+-.^_`|~9"),
            Ok(Method::Custom("x!#$%&'*+-.^_`|~9".into()))
        );
    }

    #[test]
    fn empty_method_is_refused() {
        assert_eq!(Method::parse(""), Err(MethodError::Empty));
        assert_eq!(Method::parse("   "), Err(MethodError::Empty));
    }

    #[test]
    fn non_token_characters_are_refused_naming_the_character() {
        let err = Method::parse("GET X").unwrap_err();
        assert_eq!(
            err,
            MethodError::InvalidCharacter {
                method: "GET X".into(),
                found: ' '
            }
        );
        assert!(err.to_string().contains("a space"));
        for bad in [
            "GE(T", "PO\"ST", "A/B", "A:B", "A@B", "ÜBER", "A,B", "A;B", "{}",
        ] {
            assert!(
                matches!(
                    Method::parse(bad),
                    Err(MethodError::InvalidCharacter { .. })
                ),
                "{bad} should be refused"
            );
        }
    }

    #[test]
    fn control_characters_are_named_by_code_point() {
        let err = Method::parse("GE\u{7}T").unwrap_err();
        assert!(err.to_string().contains("U+0007"), "{err}");
    }

    #[test]
    fn methods_browsers_forbid_are_refused_with_a_reason() {
        for name in ["CONNECT", "trace", "Track"] {
            let err = Method::parse(name).unwrap_err();
            assert!(matches!(err, MethodError::ForbiddenByBrowsers(_)));
            assert!(err.to_string().contains("forbids"), "{err}");
        }
    }

    #[test]
    fn only_get_and_head_refuse_a_body() {
        assert!(!Method::Get.allows_body());
        assert!(!Method::Head.allows_body());
        assert!(Method::Post.allows_body());
        assert!(Method::Options.allows_body());
        assert!(Method::Custom("REPORT".into()).allows_body());
    }
}
