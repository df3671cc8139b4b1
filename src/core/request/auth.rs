//! Authorization as its own part of the request, so credentials are not baked
//! into header rows: Basic (RFC 7617), Bearer (RFC 6750) and API keys sent in a
//! header or the query.

use base64::Engine;
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde::{Deserialize, Serialize};
use std::fmt;

use crate::core::request::headers::{HeaderError, HeaderFate, HeaderRow};
use crate::core::request::vars::Filler;

/// Externally tagged (serde's default): see [`crate::core::request::body::RequestBody`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Auth {
    #[default]
    None,
    Basic {
        username: String,
        password: String,
    },
    Bearer {
        token: String,
    },
    ApiKey {
        name: String,
        value: String,
        #[serde(default)]
        place: KeyPlace,
    },
}

/// Where an API key goes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KeyPlace {
    #[default]
    Header,
    Query,
}

/// The auth mode, as the picker offers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AuthKind {
    None,
    Basic,
    Bearer,
    ApiKey,
}

impl AuthKind {
    pub const ALL: [AuthKind; 4] = [
        AuthKind::None,
        AuthKind::Basic,
        AuthKind::Bearer,
        AuthKind::ApiKey,
    ];

    pub fn label(self) -> &'static str {
        match self {
            AuthKind::None => "No auth",
            AuthKind::Basic => "Basic (user and password)",
            AuthKind::Bearer => "Bearer token",
            AuthKind::ApiKey => "API key",
        }
    }
}

impl KeyPlace {
    pub fn label(self) -> &'static str {
        match self {
            KeyPlace::Header => "Header",
            KeyPlace::Query => "Query parameter",
        }
    }
}

/// Why the auth cannot be sent as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthError {
    /// RFC 7617: the user-id ends at the first colon.
    ColonInUsername,
    EmptyToken,
    TokenHasWhitespace,
    MissingKeyName,
    /// The header the auth makes is not one a browser can send.
    Header(HeaderError),
    /// An API key header name fetch() leaves out without a word (Cookie…).
    BrowserControlled {
        name: String,
        reason: &'static str,
    },
}

impl fmt::Display for AuthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AuthError::ColonInUsername => f.write_str(
                "The Basic auth user name contains a colon (:), which Basic auth cannot carry: \
                 the server reads everything after the first colon as the password. \
                 Remove the colon from the user name.",
            ),
            AuthError::EmptyToken => {
                f.write_str("The bearer token is empty. Paste the token, or choose No auth.")
            }
            AuthError::TokenHasWhitespace => f.write_str(
                "The bearer token contains spaces or line breaks, which a token cannot hold. \
                 Check that only the token was pasted (without “Bearer” or a trailing line break).",
            ),
            AuthError::MissingKeyName => f.write_str(
                "The API key has no name. Give the header or query parameter name it goes in \
                 (for example X-API-Key), or choose No auth.",
            ),
            AuthError::Header(e) => write!(f, "In the auth settings: {e}"),
            AuthError::BrowserControlled { name, reason } => write!(
                f,
                "The API key cannot go in the header “{name}”: {reason}, so the browser would \
                 leave it out. Send the key as a query parameter or in another header."
            ),
        }
    }
}

impl std::error::Error for AuthError {}

/// Unreserved characters of RFC 3986 stay as they are in a query key.
const QUERY: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

impl Auth {
    pub fn kind(&self) -> AuthKind {
        match self {
            Auth::None => AuthKind::None,
            Auth::Basic { .. } => AuthKind::Basic,
            Auth::Bearer { .. } => AuthKind::Bearer,
            Auth::ApiKey { .. } => AuthKind::ApiKey,
        }
    }

    /// An empty auth of `kind`, or this one when it already is of that kind.
    pub fn switched_to(&self, kind: AuthKind) -> Auth {
        if kind == self.kind() {
            return self.clone();
        }
        match kind {
            AuthKind::None => Auth::None,
            AuthKind::Basic => Auth::Basic {
                username: String::new(),
                password: String::new(),
            },
            AuthKind::Bearer => Auth::Bearer {
                token: String::new(),
            },
            AuthKind::ApiKey => Auth::ApiKey {
                name: String::new(),
                value: String::new(),
                place: KeyPlace::Header,
            },
        }
    }

    /// The auth with `{{references}}` filled in, in every field.
    pub fn filled(&self, filler: &mut Filler<'_>) -> Auth {
        match self {
            Auth::None => Auth::None,
            Auth::Basic { username, password } => Auth::Basic {
                username: filler.fill(username),
                password: filler.fill(password),
            },
            Auth::Bearer { token } => Auth::Bearer {
                token: filler.fill(token),
            },
            Auth::ApiKey { name, value, place } => Auth::ApiKey {
                name: filler.fill(name),
                value: filler.fill(value),
                place: *place,
            },
        }
    }

    /// The header this auth adds, if it goes in a header.
    pub fn header(&self) -> Result<Option<(String, String)>, AuthError> {
        let (name, value) = match self {
            Auth::None
            | Auth::ApiKey {
                place: KeyPlace::Query,
                ..
            } => return Ok(None),
            Auth::Basic { username, password } => {
                if username.contains(':') {
                    return Err(AuthError::ColonInUsername);
                }
                let pair = format!("{username}:{password}");
                let encoded = base64::engine::general_purpose::STANDARD.encode(pair.as_bytes());
                ("Authorization".to_owned(), format!("Basic {encoded}"))
            }
            Auth::Bearer { token } => {
                let token = token.trim_matches([' ', '\t']);
                if token.is_empty() {
                    return Err(AuthError::EmptyToken);
                }
                if token.chars().any(char::is_whitespace) {
                    return Err(AuthError::TokenHasWhitespace);
                }
                ("Authorization".to_owned(), format!("Bearer {token}"))
            }
            Auth::ApiKey { name, value, .. } => {
                if name.trim().is_empty() {
                    return Err(AuthError::MissingKeyName);
                }
                (name.clone(), value.clone())
            }
        };
        match HeaderRow::new(name, value).check() {
            HeaderFate::Sent { name, value } => Ok(Some((name, value))),
            HeaderFate::Invalid(e) => Err(AuthError::Header(e)),
            HeaderFate::DroppedByBrowser { name, reason } => {
                Err(AuthError::BrowserControlled { name, reason })
            }
            // A row is skipped only when its name is blank, checked above.
            HeaderFate::Skipped => Ok(None),
        }
    }

    /// `url` with the API key added to its query (before any `#fragment`),
    /// name and value percent-encoded; unchanged for other kinds of auth.
    pub fn url_with_key(&self, url: &str) -> Result<String, AuthError> {
        let Auth::ApiKey {
            name,
            value,
            place: KeyPlace::Query,
        } = self
        else {
            return Ok(url.to_owned());
        };
        if name.trim().is_empty() {
            return Err(AuthError::MissingKeyName);
        }
        let (before, fragment) = url.find('#').map_or((url, ""), |i| url.split_at(i));
        let joiner = match before.find('?') {
            None => "?",
            Some(_) if before.ends_with('?') || before.ends_with('&') => "",
            Some(_) => "&",
        };
        Ok(format!(
            "{before}{joiner}{}={}{fragment}",
            utf8_percent_encode(name, QUERY),
            utf8_percent_encode(value, QUERY)
        ))
    }

    /// Where the auth would send something the user's rows or URL already set:
    /// the header row name, or `?name` for a query parameter.
    pub fn clash(&self, rows: &[HeaderRow], url: &str) -> Option<String> {
        let header = match self {
            Auth::None => return None,
            Auth::Basic { .. } | Auth::Bearer { .. } => "Authorization",
            Auth::ApiKey {
                name,
                place: KeyPlace::Header,
                ..
            } => name.trim(),
            Auth::ApiKey {
                name,
                place: KeyPlace::Query,
                ..
            } => {
                return query_names(url)
                    .any(|n| n == *name)
                    .then(|| format!("?{name}"));
            }
        };
        rows.iter()
            .find(|r| r.enabled && !header.is_empty() && r.name.trim().eq_ignore_ascii_case(header))
            .map(|r| r.name.trim().to_owned())
    }
}

/// The decoded parameter names of a URL's query.
fn query_names(url: &str) -> impl Iterator<Item = String> + '_ {
    let before = url.split('#').next().unwrap_or_default();
    let query = before.split_once('?').map_or("", |(_, q)| q);
    query.split('&').filter(|p| !p.is_empty()).map(|pair| {
        let name = pair.split('=').next().unwrap_or_default().replace('+', " ");
        percent_decode_str(&name).decode_utf8_lossy().into_owned()
    })
}

#[cfg(test)]
mod tests;
