//! The app's side of the local companion (`companion/`, issue 21): where it
//! listens and its token, the request as the companion takes it, and its
//! answer read back as a response. Pure: the browser edge sends and fetches.
//!
//! The JSON here mirrors `companion/src/wire.rs` (two crates: the app is
//! wasm, the companion native). What checks that the two halves agree is
//! `tests/e2e/companion.spec.js`, where this side talks to the real companion;
//! the companion's own tests use its types on both ends.

use base64::Engine;
use serde::{Deserialize, Serialize};

use std::collections::HashMap;

use crate::core::exchange::SendFailure;
use crate::core::request::body::FileRef;
use crate::core::request::draft::ValidRequest;
use crate::core::request::multipart::{self, framed, framed::Part};
use crate::core::request::send::{SendBody, SendPart};
use crate::core::response::received::{Body, ReceivedResponse, Via};
use crate::core::response::timing::SentMark;
use crate::core::status::StatusCode;

/// Where `bash scripts/companion.sh` listens unless told otherwise.
pub const DEFAULT_ADDRESS: &str = "http://127.0.0.1:9119";

/// Where the companion listens, and the token it printed. Kept in this
/// browser's storage, so it is pasted once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompanionSettings {
    pub address: String,
    pub token: String,
}

/// Why settings cannot be used, in words for the settings form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SettingsProblem {
    /// Not `http://` on 127.0.0.1, ::1 or localhost with a port: the
    /// companion never listens anywhere else, and a token must never be sent
    /// off this machine.
    NotLocal(String),
    ShortToken,
}

impl std::fmt::Display for SettingsProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SettingsProblem::NotLocal(address) => write!(
                f,
                "{address} is not on this machine: the companion listens on http://127.0.0.1 and a port, as it printed at start."
            ),
            SettingsProblem::ShortToken => f.write_str(
                "The token is the long line after \"token:\" that the companion printed at start.",
            ),
        }
    }
}

impl CompanionSettings {
    /// Trims what was pasted and checks it.
    pub fn checked(address: &str, token: &str) -> Result<CompanionSettings, SettingsProblem> {
        let address = address.trim().trim_end_matches('/').to_owned();
        if !is_local_http(&address) {
            return Err(SettingsProblem::NotLocal(address));
        }
        let token = token.trim().to_owned();
        if token.len() < 32 || !token.bytes().all(|b| b.is_ascii_graphic()) {
            return Err(SettingsProblem::ShortToken);
        }
        Ok(CompanionSettings { address, token })
    }

    pub fn send_url(&self) -> String {
        format!("{}/send", self.address)
    }

    pub fn health_url(&self) -> String {
        format!("{}/health", self.address)
    }

    pub fn authorization(&self) -> String {
        format!("Bearer {}", self.token)
    }
}

fn is_local_http(address: &str) -> bool {
    let Some(rest) = address.strip_prefix("http://") else {
        return false;
    };
    let Some((host, port)) = rest.rsplit_once(':') else {
        return false;
    };
    let port_ok = !port.is_empty() && port.len() <= 5 && port.bytes().all(|b| b.is_ascii_digit());
    port_ok && matches!(host, "127.0.0.1" | "localhost" | "[::1]")
}

/// The request as the companion takes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompanionRequest {
    pub method: String,
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Option<String>,
    pub follow_redirects: bool,
    pub timeout_ms: Option<u64>,
}

/// The bytes of the files a request sends, read by the browser edge, by
/// [`FileRef::id`].
pub type FileBytes = HashMap<u32, Vec<u8>>;

impl CompanionRequest {
    /// The request as built for fetch(), for the companion instead. A form
    /// or file body is written out here from the files' bytes, as fetch()
    /// would write it from FormData or the File; a form gets the
    /// Content-Type naming its boundary.
    pub fn of(request: &ValidRequest, files: &FileBytes) -> Result<CompanionRequest, SendFailure> {
        let mut headers = request.headers.clone();
        let body = match &request.body {
            None => None,
            Some(SendBody::Text(text)) => Some(text.as_bytes().to_vec()),
            Some(SendBody::File(file)) => Some(bytes_of(file, files)?.to_vec()),
            Some(SendBody::Form(parts)) => {
                let parts = form_parts(parts, files)?;
                let boundary = framed::boundary(&parts);
                headers.push((
                    "Content-Type".to_owned(),
                    multipart::content_type(&boundary),
                ));
                Some(framed::encode(&parts, &boundary))
            }
        };
        Ok(CompanionRequest {
            method: request.method.as_str().to_owned(),
            url: request.url.as_str().to_owned(),
            headers,
            body: body.map(|bytes| base64::engine::general_purpose::STANDARD.encode(bytes)),
            follow_redirects: request.follow_redirects,
            timeout_ms: u64::try_from(request.timeout.as_millis()).ok(),
        })
    }
}

/// The files a request's body sends, to be read before [`CompanionRequest::of`].
pub fn files_to_read(request: &ValidRequest) -> Vec<&FileRef> {
    match &request.body {
        Some(SendBody::File(file)) => vec![file],
        Some(SendBody::Form(parts)) => parts
            .iter()
            .filter_map(|part| match part {
                SendPart::File { file, .. } => Some(file),
                SendPart::Text { .. } => None,
            })
            .collect(),
        Some(SendBody::Text(_)) | None => Vec::new(),
    }
}

fn bytes_of<'a>(file: &FileRef, files: &'a FileBytes) -> Result<&'a [u8], SendFailure> {
    files
        .get(&file.id)
        .map(Vec::as_slice)
        .ok_or_else(|| SendFailure::FileGone {
            name: file.name.clone(),
        })
}

fn form_parts<'a>(
    parts: &'a [SendPart],
    files: &'a FileBytes,
) -> Result<Vec<Part<'a>>, SendFailure> {
    parts
        .iter()
        .map(|part| match part {
            SendPart::Text { name, value } => Ok(Part::Text { name, value }),
            SendPart::File { name, file } => Ok(Part::File {
                name,
                file_name: &file.name,
                media_type: &file.media_type,
                bytes: bytes_of(file, files)?,
            }),
        })
        .collect()
}

/// What the companion answers: the upstream response, whole.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct CompanionResponse {
    pub status: u16,
    pub reason: String,
    pub headers: Vec<(String, String)>,
    pub body: String,
    pub url: String,
    pub redirected: bool,
    pub elapsed_ms: u64,
}

impl CompanionResponse {
    /// The response as the page shows it. Nothing was hidden on the way, so
    /// it counts as same-origin; a redirect that was not followed is the
    /// real 3xx, never the browser's opaque stand-in.
    pub fn received(
        self,
        body: Body,
        request: &ValidRequest,
        settings: &CompanionSettings,
        total_ms: f64,
    ) -> ReceivedResponse {
        ReceivedResponse {
            status: StatusCode::new(self.status).ok(),
            raw_status: self.status,
            headers: self.headers,
            body,
            final_url: self.url,
            redirected: self.redirected,
            opaque_redirect: false,
            elapsed_ms: total_ms,
            // The browser's timing record would be of the hop to the companion.
            sent: SentMark::default(),
            cross_origin: false,
            via: Via::Companion {
                address: settings.address.clone(),
                upstream_ms: self.elapsed_ms,
                origin: request.url.origin().to_owned(),
            },
        }
    }
}

/// Why the companion sent nothing, or got no response, in its own words.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
struct Refusal {
    error: String,
    message: String,
}

/// Why a request sent through the companion has no response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CompanionFailure {
    /// Nothing this page may read answered at the address. A companion
    /// started for another origin refuses without CORS headers, so the
    /// browser reports that the same way as one that is not running.
    NotAnswering {
        address: String,
        page_origin: String,
    },
    /// The companion did not take the token.
    Token,
    /// The companion says why it sent nothing or got nothing.
    Refused(String),
}

impl std::fmt::Display for CompanionFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CompanionFailure::NotAnswering {
                address,
                page_origin,
            } => write!(
                f,
                "The local companion is not answering at {address}. Start it in the app's folder \
                 with: bash scripts/companion.sh --origin {page_origin} (it prints its address and \
                 token). If it runs on another port, change the address below."
            ),
            CompanionFailure::Token => f.write_str(
                "The companion did not accept the token. It makes a new one each time it starts \
                 (unless API_CLIENT_COMPANION_TOKEN is set): paste the line after \"token:\" it \
                 printed last.",
            ),
            CompanionFailure::Refused(message) => f.write_str(message),
        }
    }
}

/// The companion's answer read back: its JSON, by the HTTP status it came with.
pub fn read_answer(
    status: u16,
    text: &str,
) -> Result<(CompanionResponse, Vec<u8>), CompanionFailure> {
    let unreadable = |e: serde_json::Error| {
        CompanionFailure::Refused(format!(
            "The answer from the companion's address could not be read ({e}): is it this app's companion?"
        ))
    };
    if status != 200 {
        let refusal: Refusal = serde_json::from_str(text).map_err(unreadable)?;
        return Err(match refusal.error.as_str() {
            "token" => CompanionFailure::Token,
            _ => CompanionFailure::Refused(refusal.message),
        });
    }
    let response: CompanionResponse = serde_json::from_str(text).map_err(unreadable)?;
    let body = base64::engine::general_purpose::STANDARD
        .decode(&response.body)
        .map_err(|e| {
            CompanionFailure::Refused(format!(
                "The companion's answer carried a body that is not base64 ({e})."
            ))
        })?;
    Ok((response, body))
}

#[cfg(test)]
mod tests;
