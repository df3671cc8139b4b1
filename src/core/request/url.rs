//! The request target: an absolute http(s) URL, validated before anything is sent.
//!
//! Parsing itself is the WHATWG URL algorithm, done by whoever implements
//! [`UrlParser`]: in the app the browser's own `URL` (the very parser fetch()
//! uses, and free in wasm size), in native tests the `url` crate.

use std::fmt;

/// What a WHATWG URL parser reports about an absolute URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UrlParts {
    /// The serialized URL (host lower-cased, IDNA applied, default port dropped).
    pub href: String,
    /// Without the colon: `https`.
    pub scheme: String,
    pub has_credentials: bool,
    /// IPv6 addresses keep their brackets: `[::1]`.
    pub hostname: String,
    /// `scheme://host[:port]`.
    pub origin: String,
}

/// Parses absolute URLs; `None` when the text is not one.
pub trait UrlParser {
    fn parse(&self, text: &str) -> Option<UrlParts>;
}

/// An absolute `http:` or `https:` URL without embedded credentials — the only
/// kind of URL fetch() can send a request to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HttpUrl(UrlParts);

/// Why text typed into the URL box cannot be sent, with what to do instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UrlError {
    Empty,
    /// `example.com/path`: probably fine once it has a scheme; `suggestion` is that URL.
    MissingScheme {
        suggestion: String,
    },
    UnsupportedScheme {
        scheme: String,
    },
    Malformed {
        url: String,
        reason: String,
    },
    HasCredentials,
}

impl HttpUrl {
    pub fn parse(text: &str, parser: &impl UrlParser) -> Result<HttpUrl, UrlError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(UrlError::Empty);
        }
        let Some(scheme) = scheme_of(text) else {
            return Err(UrlError::MissingScheme {
                suggestion: suggest_with_scheme(text),
            });
        };
        let scheme = scheme.to_ascii_lowercase();
        if scheme != "http" && scheme != "https" {
            return Err(UrlError::UnsupportedScheme { scheme });
        }
        // Chromium percent-encodes forbidden characters in a host ("exa mple.com")
        // where the URL standard refuses them; no server has such a name.
        let parts = parser
            .parse(text)
            .filter(|parts| !parts.hostname.contains('%'))
            .ok_or_else(|| UrlError::Malformed {
                url: text.to_owned(),
                reason: diagnose(text),
            })?;
        if parts.has_credentials {
            return Err(UrlError::HasCredentials);
        }
        Ok(HttpUrl(parts))
    }

    pub fn as_str(&self) -> &str {
        &self.0.href
    }

    pub fn is_https(&self) -> bool {
        self.0.scheme == "https"
    }

    /// `scheme://host[:port]`, as the browser compares origins.
    pub fn origin(&self) -> &str {
        &self.0.origin
    }

    /// Loopback hosts are "potentially trustworthy": browsers allow plain http to
    /// them even from an https page. (WHATWG parsing has already turned any IPv4
    /// spelling into dotted decimal.)
    pub fn is_loopback(&self) -> bool {
        let host = self.0.hostname.trim_end_matches('.');
        host == "localhost"
            || host.ends_with(".localhost")
            || host.starts_with("127.")
            || host == "[::1]"
    }
}

impl fmt::Display for HttpUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a parser refused an http(s) URL. Browsers only say "Invalid URL", so
/// we look for the usual culprits ourselves.
fn diagnose(text: &str) -> String {
    let after_scheme = text.split_once("//").map_or(text, |(_, rest)| rest);
    let authority = after_scheme
        .split(['/', '?', '#'])
        .next()
        .unwrap_or_default();
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, hp)| hp);
    let (host, port) = split_port(host_port);
    if host.is_empty() {
        return "empty host: there is no server name after the scheme".to_owned();
    }
    if host.starts_with('[') && !host.ends_with(']') {
        return "invalid IPv6 address: it needs a closing ]".to_owned();
    }
    if let Some(port) = port {
        if port.parse::<u16>().is_err() {
            return format!("invalid port number “{port}”: a port is a number from 0 to 65535");
        }
    }
    match host
        .chars()
        .find(|c| c.is_whitespace() || "<>^|%\\\"`{}".contains(*c))
    {
        Some(c) => format!(
            "the host name contains {}, which host names cannot have",
            crate::core::token::describe_char(c)
        ),
        None => "the browser's URL parser does not accept it".to_owned(),
    }
}

/// `host:port` → (`host`, Some(`port`)); a bracketed IPv6 host keeps its colons.
fn split_port(host_port: &str) -> (&str, Option<&str>) {
    match host_port.rsplit_once(':') {
        Some((host, port))
            if !host_port.ends_with(']') && (!host.starts_with('[') || host.ends_with(']')) =>
        {
            (host, Some(port))
        }
        _ => (host_port, None),
    }
}

/// The scheme, if the text starts with one. `localhost:8080/x` has no scheme: what
/// precedes the colon is a host when digits (a port) follow it.
fn scheme_of(text: &str) -> Option<&str> {
    let (head, rest) = text.split_once(':')?;
    let mut chars = head.chars();
    let starts_with_letter = chars.next().is_some_and(|c| c.is_ascii_alphabetic());
    let scheme_chars = chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
    let looks_like_port = rest.chars().next().is_some_and(|c| c.is_ascii_digit());
    (starts_with_letter && scheme_chars && !looks_like_port).then_some(head)
}

/// Local development servers rarely have TLS; everything else should.
fn suggest_with_scheme(text: &str) -> String {
    let text = text.trim_start_matches('/');
    let authority = text.split(['/', '?', '#']).next().unwrap_or_default();
    let host = match authority.rsplit_once(':') {
        Some((host, port)) if port.chars().all(|c| c.is_ascii_digit()) => host,
        _ => authority,
    };
    let local = host == "localhost"
        || host.ends_with(".localhost")
        || host.starts_with("127.")
        || host == "[::1]"
        || host.starts_with("10.")
        || host.starts_with("192.168.")
        || host == "0.0.0.0";
    let scheme = if local { "http" } else { "https" };
    format!("{scheme}://{text}")
}

impl fmt::Display for UrlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UrlError::Empty => f.write_str("Enter a URL to send the request to, such as https://api.example.com/items."),
            UrlError::MissingScheme { suggestion } => write!(
                f,
                "The URL has no scheme (http:// or https://). Did you mean {suggestion} ?"
            ),
            UrlError::UnsupportedScheme { scheme } => f.write_str(&unsupported_scheme_message(scheme)),
            UrlError::Malformed { url, reason } => {
                write!(f, "“{url}” is not a valid URL: {reason}. Check the host name and port.")
            }
            UrlError::HasCredentials => f.write_str(
                "The URL contains a user name or password (user:pass@host), which browsers refuse to send. \
                 Remove it and add an Authorization header instead.",
            ),
        }
    }
}

fn unsupported_scheme_message(scheme: &str) -> String {
    let why = match scheme {
        "javascript" => {
            "javascript: URLs run script in the page; they are not requests and are never sent"
        }
        "data" => "data: URLs hold their content inline; there is no server to send a request to",
        "file" => "browsers do not let web pages read local files with fetch()",
        "blob" => "blob: URLs point at data inside this browser tab, not at a server",
        "ws" | "wss" => "WebSocket URLs need a WebSocket client, not an HTTP request",
        _ => "only http: and https: URLs can be requested from a browser",
    };
    format!("{scheme}: URLs are not supported: {why}. Use an http:// or https:// URL.")
}

impl std::error::Error for UrlError {}

#[cfg(test)]
mod tests;
