//! The companion's HTTP side: `/health` tells the app it is there, `/send`
//! sends a request for it. Only on 127.0.0.1, only for the app's origin, and
//! `/send` only with the token.

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use serde::Serialize;
use tokio::net::TcpListener;

use crate::forward::{Limits, Sender};
use crate::guard::{preflight, refusal, AppOrigin, Token};
use crate::wire::{Refusal, SendRequest};

/// What the companion is started with.
#[derive(Debug, Clone)]
pub struct Config {
    pub origin: AppOrigin,
    pub token: Token,
    pub limits: Limits,
}

struct App {
    origin: AppOrigin,
    token: Token,
    sender: Sender,
}

/// Listens on 127.0.0.1 only: nothing on the network can reach it.
pub async fn listen(port: u16) -> std::io::Result<TcpListener> {
    TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, port))).await
}

/// Serves on `listener` until `stop` completes.
pub async fn serve(
    listener: TcpListener,
    config: Config,
    stop: impl std::future::Future<Output = ()> + Send + 'static,
) -> Result<(), String> {
    let own_port = listener.local_addr().map_err(|e| e.to_string())?.port();
    let app = router(config, own_port)?;
    axum::serve(listener, app)
        .with_graceful_shutdown(stop)
        .await
        .map_err(|e| format!("the server stopped: {e}"))
}

fn router(config: Config, own_port: u16) -> Result<Router, String> {
    let limit = config.limits.request_bytes;
    let app = Arc::new(App {
        sender: Sender::new(config.limits, own_port)?,
        origin: config.origin,
        token: config.token,
    });
    Ok(Router::new()
        .route("/health", get(health).options(answer_preflight))
        .route("/send", axum::routing::post(send).options(answer_preflight))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(limit))
        .with_state(app))
}

async fn answer_preflight(State(app): State<Arc<App>>, headers: HeaderMap) -> Response {
    if let Err(refused) = app.origin.admits(header(&headers, "origin")) {
        return refuse(StatusCode::FORBIDDEN, refused, None);
    }
    let pna = header(&headers, "access-control-request-private-network") == Some("true");
    let mut response = StatusCode::NO_CONTENT.into_response();
    for (name, value) in preflight(&app.origin, pna) {
        set(&mut response, name, &value);
    }
    response
}

#[derive(Serialize)]
struct Health {
    companion: &'static str,
    version: &'static str,
}

/// Lets the app know the companion runs (no token needed: it says nothing else).
async fn health(State(app): State<Arc<App>>, headers: HeaderMap) -> Response {
    if let Err(refused) = app.origin.admits(header(&headers, "origin")) {
        return refuse(StatusCode::FORBIDDEN, refused, None);
    }
    let body = Health {
        companion: "api-client-companion",
        version: env!("CARGO_PKG_VERSION"),
    };
    json(StatusCode::OK, &body, &app.origin)
}

async fn send(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    if let Err(refused) = app.origin.admits(header(&headers, "origin")) {
        return refuse(StatusCode::FORBIDDEN, refused, None);
    }
    let origin = Some(&app.origin);
    if !app.token.admits(header(&headers, "authorization")) {
        let message =
            "The companion's token is missing or wrong: copy the one it printed at start.";
        return refuse(
            StatusCode::UNAUTHORIZED,
            refusal("token", message.to_owned()),
            origin,
        );
    }
    let Ok(body) = body else {
        let message = format!(
            "The request is larger than {} MB, the companion's limit.",
            app.sender.limits().request_bytes >> 20
        );
        return refuse(
            StatusCode::PAYLOAD_TOO_LARGE,
            refusal("too_large", message),
            origin,
        );
    };
    let request: SendRequest = match serde_json::from_slice(&body) {
        Ok(request) => request,
        Err(e) => {
            let message = format!("The app's request could not be read: {e}.");
            return refuse(StatusCode::BAD_REQUEST, refusal("invalid", message), origin);
        }
    };
    let what = format!("{} {}", request.method, host_of(&request.url));
    match app.sender.send(request).await {
        Ok(sent) => {
            eprintln!("{what} -> {} in {} ms", sent.status, sent.elapsed_ms);
            json(StatusCode::OK, &sent, &app.origin)
        }
        Err((status, refused)) => {
            eprintln!("{what} -> not sent ({})", refused.error);
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_GATEWAY);
            refuse(status, refused, origin)
        }
    }
}

async fn not_found() -> Response {
    StatusCode::NOT_FOUND.into_response()
}

/// Only the host is logged: paths and queries may carry secrets.
fn host_of(url: &str) -> String {
    url::Url::parse(url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
        .unwrap_or_else(|| "(no host)".to_owned())
}

fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok())
}

fn json(status: StatusCode, body: &impl Serialize, origin: &AppOrigin) -> Response {
    let text = serde_json::to_string(body).unwrap_or_else(|_| "{}".to_owned());
    let mut response = (status, text).into_response();
    set(&mut response, "content-type", "application/json");
    allow(&mut response, origin);
    response
}

/// A refusal, readable by the app when it came from the app's origin.
fn refuse(status: StatusCode, refused: Refusal, origin: Option<&AppOrigin>) -> Response {
    match origin {
        Some(origin) => json(status, &refused, origin),
        // Another origin cannot read it anyway; a program without one can.
        None => {
            let text = serde_json::to_string(&refused).unwrap_or_default();
            let mut response = (status, text).into_response();
            set(&mut response, "content-type", "application/json");
            response
        }
    }
}

fn allow(response: &mut Response, origin: &AppOrigin) {
    set(response, "access-control-allow-origin", origin.as_str());
    set(response, "vary", "origin");
}

fn set(response: &mut Response, name: &'static str, value: &str) {
    if let Ok(value) = HeaderValue::from_str(value) {
        response
            .headers_mut()
            .insert(HeaderName::from_static(name), value);
    }
}
