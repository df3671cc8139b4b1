//! A request carried in a link: compact JSON, base64url without padding, in
//! the link's fragment ([`link`]).
//!
//! Unless the user asks for secrets to be included, a shared request leaves
//! out credentials and reports each one it left out, and each place where one
//! may remain ([`clean`], by the name rule in [`names`], reported as
//! [`report::ShareReport`]).
//!
//! Variables are never carried, secret or not: `{{name}}` references stay as
//! written, and the recipient fills them from their own collection or
//! environment.

use base64::alphabet::URL_SAFE;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::Engine;
use serde::{Deserialize, Serialize};
use std::fmt;

use super::document::to_json;
use crate::core::request::draft::RequestDraft;
use crate::core::request::legacy::upgrade_request_v1;

mod clean;
mod clean_url;
mod link;
mod names;
mod report;

pub use clean::shareable;
pub use link::{share_fragment, share_payload};
pub use names::{is_secret_name, looks_like_credential};
pub use report::{Removed, ShareReport, Warning};

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
    /// Base64url, ready to put in a link as is (see [`share_fragment`]).
    pub payload: String,
    /// What was left out, and what may still hold a secret; empty when
    /// secrets were included.
    pub report: ShareReport,
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
    let (request, report) = if include_secrets {
        (draft.clone(), ShareReport::default())
    } else {
        shareable(draft)
    };
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
        payload: BASE64URL.encode(json),
        report,
    })
}

/// The request's name and draft, from a link's payload ([`share_payload`]).
/// Any text gives either a request or a [`ShareError`], never a panic.
pub fn decode_share(payload: &str) -> Result<(String, RequestDraft), ShareError> {
    let payload = payload.trim();
    // Four characters carry three bytes; refuse before decoding anything huge.
    let most = payload.len() / 4 * 3 + 2;
    if most > MAX_SHARE_BYTES + 2 {
        return Err(ShareError::TooLarge { bytes: most });
    }
    // An empty payload is a link cut short, not a request with no data.
    if payload.is_empty() {
        return Err(ShareError::NotBase64);
    }
    let bytes = BASE64URL
        .decode(payload)
        .map_err(|_| ShareError::NotBase64)?;
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
    let shared: Payload = match version.v {
        Some(1) => from_v1(&text),
        _ => serde_json::from_str(&text).map_err(|e| e.to_string()),
    }
    .map_err(ShareError::NotOurs)?;
    Ok((shared.name, shared.request))
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
