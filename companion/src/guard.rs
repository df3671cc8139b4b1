//! Who may use the companion: only the app's own origin, only with the token
//! printed at start, and never to send a request back to the companion itself.
//! Pure checks, so each rule is tested on its own.

use std::net::IpAddr;

use crate::wire::Refusal;

/// The secret the app must present: 32 random bytes, as 64 hex digits.
#[derive(Clone)]
pub struct Token(String);

impl Token {
    pub fn random() -> Result<Token, String> {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes).map_err(|e| format!("no randomness for a token: {e}"))?;
        Ok(Token(bytes.iter().map(|b| format!("{b:02x}")).collect()))
    }

    /// A token given by the user (say, kept between runs); at least 32
    /// characters, so it cannot be guessed in the time anyone would try.
    pub fn given(text: &str) -> Result<Token, String> {
        let text = text.trim();
        if text.len() < 32 || !text.bytes().all(|b| b.is_ascii_graphic()) {
            return Err("a token needs at least 32 visible ASCII characters".to_owned());
        }
        Ok(Token(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether an `Authorization` header value carries this token. Compared
    /// in constant time: how long a wrong guess took says nothing about it.
    pub fn admits(&self, authorization: Option<&str>) -> bool {
        let Some(given) = authorization.and_then(|v| v.strip_prefix("Bearer ")) else {
            return false;
        };
        let (a, b) = (given.as_bytes(), self.0.as_bytes());
        a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    }
}

// Never printed by accident (a debug log of the config, a panic message).
impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Token(…)")
    }
}

/// The origin the app is served from, as a browser writes it in `Origin`:
/// scheme, host and port only, no path, no trailing slash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppOrigin(String);

impl AppOrigin {
    pub fn parse(text: &str) -> Result<AppOrigin, String> {
        let url =
            reqwest::Url::parse(text.trim()).map_err(|e| format!("{text:?} is not a URL: {e}"))?;
        if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
            return Err(format!("{text:?} is not an http(s) origin"));
        }
        if url.path() != "/" || url.query().is_some() || url.fragment().is_some() {
            return Err(format!(
                "{text:?} has a path: give the origin only, as in https://example.com"
            ));
        }
        // The URL parser drops default ports and lower-cases the host, as
        // browsers do when they write Origin.
        Ok(AppOrigin(url.origin().ascii_serialization()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Refuses any request whose `Origin` is not the app's: other pages, and
    /// programs that send none (this is no proxy for anyone but the app).
    pub fn admits(&self, origin: Option<&str>) -> Result<(), Refusal> {
        match origin {
            Some(o) if o == self.0 => Ok(()),
            Some(o) => Err(refusal(
                "origin",
                format!(
                    "Requests from {o} are refused: this companion serves {} only.",
                    self.0
                ),
            )),
            None => Err(refusal(
                "origin",
                format!(
                    "Requests without an Origin are refused: this companion serves {} only.",
                    self.0
                ),
            )),
        }
    }
}

/// The headers that answer a preflight from the app (CORS, and Private
/// Network Access, which a public page needs to call 127.0.0.1).
pub fn preflight(origin: &AppOrigin, asks_private_network: bool) -> Vec<(&'static str, String)> {
    let mut headers = vec![
        ("access-control-allow-origin", origin.as_str().to_owned()),
        ("access-control-allow-methods", "GET, POST".to_owned()),
        (
            "access-control-allow-headers",
            "authorization, content-type".to_owned(),
        ),
        ("access-control-max-age", "600".to_owned()),
        (
            "vary",
            "origin, access-control-request-private-network".to_owned(),
        ),
    ];
    if asks_private_network {
        headers.push(("access-control-allow-private-network", "true".to_owned()));
    }
    headers
}

/// Refuses a target that is this companion: the same port on a loopback or
/// unspecified address (a request would come back to itself, over and over).
pub fn not_itself(addresses: &[IpAddr], port: u16, own_port: u16) -> Result<(), Refusal> {
    let local = |ip: &IpAddr| ip.is_loopback() || ip.is_unspecified();
    if port == own_port && addresses.iter().any(local) {
        return Err(refusal(
            "loop",
            format!(
                "The companion does not send requests to itself (port {own_port} on this machine)."
            ),
        ));
    }
    Ok(())
}

pub fn refusal(error: &str, message: String) -> Refusal {
    Refusal {
        error: error.to_owned(),
        message,
    }
}

#[cfg(test)]
mod tests;
