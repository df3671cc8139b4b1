//! The app's side of the local companion (`companion/`, issue 21): where it
//! listens and its token, the request as the companion takes it, and its
//! answer read back as a response. Pure: the browser edge sends and fetches.
//!
//! The JSON here mirrors `companion/src/wire.rs`; the companion's tests read
//! what this side writes.

use base64::Engine;
use serde::{Deserialize, Serialize};

use crate::core::request::draft::ValidRequest;
use crate::core::request::send::SendBody;

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

/// A body the companion cannot take yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotSendable(pub &'static str);

impl CompanionRequest {
    /// The request as built for fetch(), for the companion instead. Form and
    /// file bodies live in the browser as FormData and File objects: they
    /// are not sent this way (yet).
    pub fn of(request: &ValidRequest) -> Result<CompanionRequest, NotSendable> {
        let body = match &request.body {
            None => None,
            Some(SendBody::Text(text)) => {
                Some(base64::engine::general_purpose::STANDARD.encode(text.as_bytes()))
            }
            Some(SendBody::Form(_)) => {
                return Err(NotSendable(
                    "A multipart form body cannot go through the companion yet.",
                ))
            }
            Some(SendBody::File(_)) => {
                return Err(NotSendable(
                    "A file body cannot go through the companion yet.",
                ))
            }
        };
        Ok(CompanionRequest {
            method: request.method.as_str().to_owned(),
            url: request.url.as_str().to_owned(),
            headers: request.headers.clone(),
            body,
            follow_redirects: request.follow_redirects,
            timeout_ms: u64::try_from(request.timeout.as_millis()).ok(),
        })
    }
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

/// Why the companion sent nothing, or got no response.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct CompanionRefusal {
    pub error: String,
    pub message: String,
}

/// The companion's answer read back: its JSON, by the HTTP status it came with.
pub fn read_answer(
    status: u16,
    text: &str,
) -> Result<(CompanionResponse, Vec<u8>), CompanionRefusal> {
    let unreadable = |e: serde_json::Error| CompanionRefusal {
        error: "invalid".to_owned(),
        message: format!(
            "The companion's answer could not be read ({e}): is it this app's companion?"
        ),
    };
    if status != 200 {
        return Err(serde_json::from_str(text).map_err(unreadable)?);
    }
    let response: CompanionResponse = serde_json::from_str(text).map_err(unreadable)?;
    let body = base64::engine::general_purpose::STANDARD
        .decode(&response.body)
        .map_err(|e| CompanionRefusal {
            error: "invalid".to_owned(),
            message: format!("The companion's answer carried a body that is not base64 ({e})."),
        })?;
    Ok((response, body))
}

#[cfg(test)]
mod tests;
