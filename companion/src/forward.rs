//! Sends one request for the app and reads the whole response, within bounds:
//! a size for the response body, a time for the whole exchange, a number of
//! redirects, and never back to the companion itself.

use std::net::IpAddr;
use std::time::{Duration, Instant};

use base64::Engine;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use reqwest::redirect::Policy;
use reqwest::{Client, Method, Url};

use crate::guard::{not_itself, refusal};
use crate::wire::{Refusal, SendRequest, SentResponse};

/// How far the companion goes for one request.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// The app's request, JSON and base64 body included.
    pub request_bytes: usize,
    /// The upstream response body.
    pub response_bytes: usize,
    /// The whole exchange, when the app asks for longer or for no limit.
    pub time: Duration,
    pub redirects: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            request_bytes: 32 << 20,
            response_bytes: 64 << 20,
            time: Duration::from_secs(120),
            redirects: 10,
        }
    }
}

/// Why a request got no response, with the HTTP status the companion answers.
pub type Failure = (u16, Refusal);

/// The two clients: one follows redirects, one hands them back as they came.
pub struct Sender {
    following: Client,
    manual: Client,
    limits: Limits,
    own_port: u16,
}

impl Sender {
    pub fn new(limits: Limits, own_port: u16) -> Result<Sender, String> {
        let build = |policy| {
            Client::builder()
                .redirect(policy)
                .connect_timeout(Duration::from_secs(15))
                .build()
                .map_err(|e| format!("could not make the HTTP client: {e}"))
        };
        let max = limits.redirects;
        let following = build(Policy::custom(move |attempt| {
            if attempt.previous().len() > max {
                attempt.error(TooManyRedirects(max))
            } else if is_this_machine_port(attempt.url(), own_port) {
                attempt.error(BackToItself)
            } else {
                attempt.follow()
            }
        }))?;
        Ok(Sender {
            following,
            manual: build(Policy::none())?,
            limits,
            own_port,
        })
    }

    pub fn limits(&self) -> Limits {
        self.limits
    }

    pub async fn send(&self, request: SendRequest) -> Result<SentResponse, Failure> {
        let url = target(&request.url)?;
        self.check_not_itself(&url).await?;
        let built = self.build(&request, url.clone())?;
        let time = request
            .timeout_ms
            .map(Duration::from_millis)
            .map_or(self.limits.time, |asked| asked.min(self.limits.time));
        let started = Instant::now();
        let exchange = async {
            let response = built
                .send()
                .await
                .map_err(|e| upstream_failure(&e, &self.limits))?;
            let (status, reason, headers, final_url) = head(&response);
            let body = read_body(response, self.limits.response_bytes).await?;
            Ok::<_, Failure>(SentResponse {
                status,
                reason,
                headers,
                body: base64::engine::general_purpose::STANDARD.encode(body),
                redirected: final_url != url.as_str(),
                url: final_url,
                elapsed_ms: 0,
            })
        };
        let mut sent = tokio::time::timeout(time, exchange).await.map_err(|_| {
            failure(
                504,
                "timeout",
                format!("No complete response within {} s.", time.as_secs_f64()),
            )
        })??;
        sent.elapsed_ms = started.elapsed().as_millis().try_into().unwrap_or(u64::MAX);
        Ok(sent)
    }

    fn build(&self, request: &SendRequest, url: Url) -> Result<reqwest::RequestBuilder, Failure> {
        let method = Method::from_bytes(request.method.as_bytes())
            .map_err(|_| invalid(format!("{:?} is not an HTTP method.", request.method)))?;
        let client = if request.follow_redirects {
            &self.following
        } else {
            &self.manual
        };
        let mut builder = client
            .request(method, url)
            .headers(header_map(&request.headers)?);
        if let Some(body) = &request.body {
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(body)
                .map_err(|e| invalid(format!("The body is not base64: {e}.")))?;
            builder = builder.body(bytes);
        }
        Ok(builder)
    }

    /// The target's addresses, looked up, must not be this companion's port
    /// on this machine.
    async fn check_not_itself(&self, url: &Url) -> Result<(), Failure> {
        let (Some(host), Some(port)) = (url.host_str(), url.port_or_known_default()) else {
            return Err(invalid(format!("{url} names no host.")));
        };
        let host = host.trim_start_matches('[').trim_end_matches(']');
        let addresses: Vec<IpAddr> = match tokio::net::lookup_host((host, port)).await {
            Ok(found) => found.map(|a| a.ip()).collect(),
            // Not found here: the send says so, with the resolver's reason.
            Err(_) => Vec::new(),
        };
        not_itself(&addresses, port, self.own_port).map_err(|r| (400, r))
    }
}

fn target(text: &str) -> Result<Url, Failure> {
    let url = Url::parse(text).map_err(|e| invalid(format!("{text:?} is not a URL: {e}.")))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(invalid(format!(
            "Only http and https URLs are sent, not {}:.",
            url.scheme()
        )));
    }
    Ok(url)
}

fn header_map(pairs: &[(String, String)]) -> Result<HeaderMap, Failure> {
    let mut map = HeaderMap::new();
    for (name, value) in pairs {
        let name = HeaderName::from_bytes(name.as_bytes())
            .map_err(|_| invalid(format!("{name:?} is not a header name.")))?;
        let value = HeaderValue::from_str(value)
            .map_err(|_| invalid(format!("The value of {name} is not a valid header value.")))?;
        map.append(name, value);
    }
    Ok(map)
}

fn head(response: &reqwest::Response) -> (u16, String, Vec<(String, String)>, String) {
    let status = response.status();
    let headers = response
        .headers()
        .iter()
        .map(|(n, v)| {
            (
                n.as_str().to_owned(),
                String::from_utf8_lossy(v.as_bytes()).into_owned(),
            )
        })
        .collect();
    let reason = status.canonical_reason().unwrap_or_default().to_owned();
    (status.as_u16(), reason, headers, response.url().to_string())
}

async fn read_body(mut response: reqwest::Response, limit: usize) -> Result<Vec<u8>, Failure> {
    let too_large = || {
        failure(
            502,
            "too_large",
            format!(
                "The response body is larger than {} MB, the companion's limit.",
                limit >> 20
            ),
        )
    };
    if response.content_length().is_some_and(|n| n > limit as u64) {
        return Err(too_large());
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(|e| {
        failure(
            502,
            "upstream",
            format!("The response broke off: {}.", reason(&e)),
        )
    })? {
        if body.len() + chunk.len() > limit {
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

fn upstream_failure(error: &reqwest::Error, limits: &Limits) -> Failure {
    if error.is_redirect() {
        let looped = std::error::Error::source(error)
            .is_some_and(|s| s.downcast_ref::<BackToItself>().is_some());
        if looped {
            return failure(400, "loop", BackToItself.to_string());
        }
        return failure(
            502,
            "redirects",
            format!(
                "More than {} redirects: the server may be sending the request round in a loop.",
                limits.redirects
            ),
        );
    }
    if error.is_connect() {
        return failure(
            502,
            "upstream",
            format!("Could not connect: {}.", reason(error)),
        );
    }
    failure(502, "upstream", format!("No response: {}.", reason(error)))
}

/// The innermost cause, which says what happened (refused, reset, DNS).
fn reason(error: &reqwest::Error) -> String {
    let mut cause: &dyn std::error::Error = error;
    while let Some(next) = cause.source() {
        cause = next;
    }
    cause.to_string()
}

fn is_this_machine_port(url: &Url, own_port: u16) -> bool {
    let local = match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback() || ip.is_unspecified(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback() || ip.is_unspecified(),
        None => false,
    };
    local && url.port_or_known_default() == Some(own_port)
}

#[derive(Debug)]
struct TooManyRedirects(usize);

impl std::fmt::Display for TooManyRedirects {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "more than {} redirects", self.0)
    }
}

impl std::error::Error for TooManyRedirects {}

#[derive(Debug)]
struct BackToItself;

impl std::fmt::Display for BackToItself {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("A redirect pointed back at the companion itself; it is not followed.")
    }
}

impl std::error::Error for BackToItself {}

fn invalid(message: String) -> Failure {
    failure(400, "invalid", message)
}

fn failure(status: u16, error: &str, message: String) -> Failure {
    (status, refusal(error, message))
}
