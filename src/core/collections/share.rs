//! A request carried in a link: compact JSON, base64url without padding.
//!
//! Unless the user asks for secrets to be included, a shared request leaves
//! out credentials, and says which ones it left out:
//! - header rows whose name looks secret ([`is_secret_header`]) are dropped,
//!   switched off or not, since a disabled row still holds its value;
//! - URL query parameters whose name looks secret keep their name but lose
//!   their value (`?api_key=` stays visible, so the recipient knows one is needed);
//! - the auth keeps its kind, user name and key name, but loses its password,
//!   token or key value.
//!
//! Variables are never carried, secret or not: `{{name}}` references stay as
//! written, and the recipient fills them from their own collection or
//! environment.
//!
//! Not inspected: the body (it can hold anything; the user sees it before
//! sharing), the URL's fragment, and user:password in the URL's authority
//! (browsers refuse such URLs in fetch, and the request editor already flags them).

use base64::alphabet::URL_SAFE;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::Engine;
use serde::{Deserialize, Serialize};
use std::fmt;

use super::document::to_json;
use crate::core::request::auth::Auth;
use crate::core::request::draft::RequestDraft;
use crate::core::request::legacy::upgrade_request_v1;
use crate::core::request::query::QueryParam;

/// Largest shared request, in bytes of JSON.
pub const MAX_SHARE_BYTES: usize = 64 * 1024;
/// 2: typed bodies and auth. Links of version 1 (body as text) still open.
const SHARE_VERSION: u32 = 2;

/// URL-safe alphabet, written without padding, read with or without it.
const BASE64URL: GeneralPurpose = GeneralPurpose::new(
    &URL_SAFE,
    GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shared {
    /// Ready to put in a URL as is.
    pub param: String,
    /// What was left out: header names ("Authorization") and
    /// "query parameter api_key".
    pub removed: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    NotBase64,
    NotOurs(String),
    TooLarge { bytes: usize },
    TooNew { version: u32 },
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::NotBase64 => f.write_str(
                "This link's request data is damaged (it is not base64url text). \
                 Ask for the link again, and copy all of it.",
            ),
            ShareError::NotOurs(detail) => write!(
                f,
                "This link does not hold a request shared from this app ({detail})."
            ),
            ShareError::TooLarge { bytes } => write!(
                f,
                "This request is too large to share in a link ({} KB; the limit is {} KB). \
                 Export the collection instead.",
                bytes.div_ceil(1024),
                MAX_SHARE_BYTES / 1024
            ),
            ShareError::TooNew { version } => write!(
                f,
                "This link was made by a newer version of this app (share format {version}). \
                 Reload the page to get the newest version."
            ),
        }
    }
}

impl std::error::Error for ShareError {}

#[derive(Serialize, Deserialize)]
struct Payload {
    v: u32,
    name: String,
    request: RequestDraft,
}

/// Fails only when the request is larger than [`MAX_SHARE_BYTES`]: a link
/// that [`decode_share`] would refuse is never made.
pub fn encode_share(
    draft: &RequestDraft,
    name: &str,
    include_secrets: bool,
) -> Result<Shared, ShareError> {
    let mut request = draft.clone();
    let mut removed = Vec::new();
    if !include_secrets {
        request.headers.retain(|row| {
            let secret = is_secret_header(&row.name);
            if secret {
                removed.push(row.name.trim().to_owned());
            }
            !secret
        });
        request.url = blank_secret_query_values(&draft.url, &mut removed);
        blank_secret_params(&mut request.params, &mut removed);
        request.auth = without_secret(&draft.auth, &mut removed);
    }
    let json = to_json(
        &Payload {
            v: SHARE_VERSION,
            name: name.to_owned(),
            request,
        },
        false,
    );
    if json.len() > MAX_SHARE_BYTES {
        return Err(ShareError::TooLarge { bytes: json.len() });
    }
    Ok(Shared {
        param: BASE64URL.encode(json),
        removed,
    })
}

/// The request's name and draft, from a link's parameter.
pub fn decode_share(param: &str) -> Result<(String, RequestDraft), ShareError> {
    let param = param.trim();
    // Four characters carry three bytes; refuse before decoding anything huge.
    let most = param.len() / 4 * 3 + 2;
    if most > MAX_SHARE_BYTES + 2 {
        return Err(ShareError::TooLarge { bytes: most });
    }
    let bytes = BASE64URL.decode(param).map_err(|_| ShareError::NotBase64)?;
    if bytes.len() > MAX_SHARE_BYTES {
        return Err(ShareError::TooLarge { bytes: bytes.len() });
    }
    // Text, not bytes: one JSON reader (from_str) serves the whole app.
    let text =
        String::from_utf8(bytes).map_err(|_| ShareError::NotOurs("its data is not text".into()))?;
    let version: VersionOnly = serde_json::from_str(&text)
        .map_err(|_| ShareError::NotOurs("its data is not a JSON object".into()))?;
    match version.v {
        Some(v) if v > SHARE_VERSION => return Err(ShareError::TooNew { version: v }),
        Some(_) => {}
        None => return Err(ShareError::NotOurs("its data has no format version".into())),
    }
    let payload: Payload = match version.v {
        Some(1) => from_v1(&text),
        _ => serde_json::from_str(&text).map_err(|e| e.to_string()),
    }
    .map_err(ShareError::NotOurs)?;
    Ok((payload.name, payload.request))
}

/// A version 1 link: its body text becomes the typed body that sends it.
fn from_v1(text: &str) -> Result<Payload, String> {
    let mut value: serde_json::Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let request = value
        .get_mut("request")
        .ok_or_else(|| "its data holds no request".to_owned())?;
    upgrade_request_v1(request)?;
    // Through text, as document loading does: one deserializer per type.
    serde_json::to_string(&value)
        .and_then(|text| serde_json::from_str(&text))
        .map_err(|e| e.to_string())
}

#[derive(Deserialize)]
struct VersionOnly {
    v: Option<u32>,
}

/// The auth with its secret emptied (the kind, user name and key name stay,
/// so the recipient sees what to fill in).
fn without_secret(auth: &Auth, removed: &mut Vec<String>) -> Auth {
    let mut note = |what: &str| removed.push(what.to_owned());
    match auth {
        Auth::None => Auth::None,
        Auth::Basic { username, password } => {
            if !password.is_empty() {
                note("Basic auth password");
            }
            Auth::Basic {
                username: username.clone(),
                password: String::new(),
            }
        }
        Auth::Bearer { token } => {
            if !token.is_empty() {
                note("bearer token");
            }
            Auth::Bearer {
                token: String::new(),
            }
        }
        Auth::ApiKey { name, value, place } => {
            if !value.is_empty() {
                note(&format!("API key {}", name.trim()));
            }
            Auth::ApiKey {
                name: name.clone(),
                value: String::new(),
                place: *place,
            }
        }
    }
}

/// Authorization, Proxy-Authorization, Cookie, Set-Cookie, X-API-Key, Api-Key,
/// and any name containing token, secret, api-key, apikey, api_key, password,
/// session or auth, in any ASCII case.
pub fn is_secret_header(name: &str) -> bool {
    let name = name.trim().to_ascii_lowercase();
    matches!(name.as_str(), "cookie" | "set-cookie")
        || [
            "auth", "token", "secret", "api-key", "apikey", "api_key", "password", "session",
        ]
        .iter()
        .any(|part| name.contains(part))
}

/// Query parameter names that carry credentials. `-` counts as `_`, case is ignored.
/// Short generic names must match exactly ("key", not "monkey"); longer
/// telling parts may appear anywhere ("refresh_token", "X-Amz-Signature").
pub fn is_secret_query_param(name: &str) -> bool {
    let name = name.to_ascii_lowercase().replace('-', "_");
    matches!(name.as_str(), "key" | "sig" | "auth")
        || [
            "token",
            "secret",
            "password",
            "passwd",
            "api_key",
            "apikey",
            "signature",
            "credential",
            "session",
        ]
        .iter()
        .any(|part| name.contains(part))
}

/// Switched-off rows of the params table are not in the URL, so their
/// secret-looking values are emptied here.
fn blank_secret_params(params: &mut [QueryParam], removed: &mut Vec<String>) {
    for row in params.iter_mut().filter(|row| !row.enabled) {
        let has_value = row.value.as_deref().is_some_and(|v| !v.is_empty());
        if has_value && is_secret_query_param(&row.name) {
            removed.push(format!("query parameter {}", row.name));
            row.value = Some(String::new());
        }
    }
}

/// The URL with the value of each secret-looking query parameter emptied.
fn blank_secret_query_values(url: &str, removed: &mut Vec<String>) -> String {
    let Some((head, rest)) = url.split_once('?') else {
        return url.to_owned();
    };
    let (query, fragment) = rest.find('#').map_or((rest, ""), |i| rest.split_at(i));
    let pairs: Vec<String> = query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((name, value)) if !value.is_empty() && is_secret_query_param(name) => {
                removed.push(format!("query parameter {name}"));
                format!("{name}=")
            }
            _ => pair.to_owned(),
        })
        .collect();
    format!("{head}?{}{fragment}", pairs.join("&"))
}
