//! The companion against httpbin on loopback (HTTPBIN_URL, started by
//! scripts/test.sh): what it sends, what it refuses, and where it stops.

use std::time::Duration;

use api_client_companion::forward::Limits;
use api_client_companion::guard::{AppOrigin, Token};
use api_client_companion::server::{listen, serve, Config};
use api_client_companion::wire::{Refusal, SendRequest, SentResponse};
use base64::Engine;
use serde_json::{json, Value};

const APP: &str = "http://127.0.0.1:8080";
const TOKEN: &str = "test-token-0123456789abcdef0123456789";

fn httpbin() -> String {
    std::env::var("HTTPBIN_URL").expect("HTTPBIN_URL names the httpbin these tests use")
}

/// A companion on a free port, stopped when the guard drops.
struct Running {
    url: String,
    _stop: tokio::sync::oneshot::Sender<()>,
}

async fn start(limits: Limits) -> Running {
    let listener = listen(0).await.expect("a free port");
    let url = format!("http://{}", listener.local_addr().unwrap());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let config = Config {
        origin: AppOrigin::parse(APP).unwrap(),
        token: Token::given(TOKEN).unwrap(),
        limits,
    };
    tokio::spawn(serve(listener, config, async {
        let _ = stopped.await;
    }));
    Running { url, _stop: stop }
}

fn request(method: &str, url: String) -> SendRequest {
    SendRequest {
        method: method.to_owned(),
        url,
        headers: Vec::new(),
        body: None,
        follow_redirects: true,
        timeout_ms: None,
    }
}

async fn post(
    companion: &Running,
    origin: Option<&str>,
    token: Option<&str>,
    body: &SendRequest,
) -> (u16, Value) {
    let mut call = reqwest::Client::new()
        .post(format!("{}/send", companion.url))
        .json(body);
    if let Some(origin) = origin {
        call = call.header("origin", origin);
    }
    if let Some(token) = token {
        call = call.bearer_auth(token);
    }
    let response = call.send().await.expect("the companion answers");
    let status = response.status().as_u16();
    (status, response.json().await.expect("JSON"))
}

async fn send(companion: &Running, body: &SendRequest) -> Result<SentResponse, (u16, Refusal)> {
    let (status, value) = post(companion, Some(APP), Some(TOKEN), body).await;
    if status == 200 {
        Ok(serde_json::from_value(value).expect("a response"))
    } else {
        Err((status, serde_json::from_value(value).expect("a refusal")))
    }
}

fn header<'a>(sent: &'a SentResponse, name: &str) -> Option<&'a str> {
    sent.headers
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

#[tokio::test]
async fn a_header_cors_would_hide_comes_back() {
    let companion = start(Limits::default()).await;
    // No Access-Control-Expose-Headers: fetch() in the page could not read X-Hidden.
    let sent = send(
        &companion,
        &request(
            "GET",
            format!("{}/response-headers?X-Hidden=seen", httpbin()),
        ),
    )
    .await
    .expect("sent");
    assert_eq!(sent.status, 200);
    assert_eq!(header(&sent, "x-hidden"), Some("seen"));
}

#[tokio::test]
async fn method_headers_and_body_reach_the_server() {
    let companion = start(Limits::default()).await;
    let mut req = request("PUT", format!("{}/anything", httpbin()));
    req.headers = vec![
        ("X-Custom".to_owned(), "one".to_owned()),
        ("Content-Type".to_owned(), "application/json".to_owned()),
    ];
    req.body = Some(base64::engine::general_purpose::STANDARD.encode(b"{\"a\":1}"));
    let sent = send(&companion, &req).await.expect("sent");
    let body = base64::engine::general_purpose::STANDARD
        .decode(&sent.body)
        .unwrap();
    let echoed: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(echoed["method"], "PUT");
    assert_eq!(echoed["headers"]["X-Custom"], "one");
    assert_eq!(echoed["json"], json!({"a": 1}));
}

#[tokio::test]
async fn a_redirect_not_followed_comes_back_with_its_real_status_and_cookies_set() {
    let companion = start(Limits::default()).await;
    let mut req = request(
        "GET",
        format!("{}/redirect-to?url=/get&status_code=307", httpbin()),
    );
    req.follow_redirects = false;
    let sent = send(&companion, &req).await.expect("sent");
    assert_eq!(sent.status, 307);
    assert_eq!(header(&sent, "location"), Some("/get"));
    assert!(!sent.redirected);

    let mut cookies = request("GET", format!("{}/cookies/set?flavour=oat", httpbin()));
    cookies.follow_redirects = false;
    let sent = send(&companion, &cookies).await.expect("sent");
    assert!(
        header(&sent, "set-cookie").is_some_and(|c| c.starts_with("flavour=oat")),
        "{:?}",
        sent.headers
    );
}

#[tokio::test]
async fn followed_redirects_say_where_they_ended() {
    let companion = start(Limits::default()).await;
    let sent = send(
        &companion,
        &request("GET", format!("{}/redirect/2", httpbin())),
    )
    .await
    .expect("sent");
    assert_eq!(sent.status, 200);
    assert!(sent.redirected);
    assert!(sent.url.ends_with("/get"), "{}", sent.url);
}

#[tokio::test]
async fn without_the_token_nothing_is_sent() {
    let companion = start(Limits::default()).await;
    let req = request("GET", format!("{}/get", httpbin()));
    let (status, refusal) = post(&companion, Some(APP), None, &req).await;
    assert_eq!((status, refusal["error"].as_str()), (401, Some("token")));
    let (status, _) = post(
        &companion,
        Some(APP),
        Some("wrong-token-0123456789abcdef0123456789"),
        &req,
    )
    .await;
    assert_eq!(status, 401);
}

#[tokio::test]
async fn another_origin_or_none_is_refused_even_with_the_token() {
    let companion = start(Limits::default()).await;
    let req = request("GET", format!("{}/get", httpbin()));
    let (status, refusal) = post(&companion, Some("https://evil.example"), Some(TOKEN), &req).await;
    assert_eq!((status, refusal["error"].as_str()), (403, Some("origin")));
    let (status, _) = post(&companion, None, Some(TOKEN), &req).await;
    assert_eq!(status, 403);
}

#[tokio::test]
async fn a_preflight_from_the_app_is_answered_for_a_private_network() {
    let companion = start(Limits::default()).await;
    let response = reqwest::Client::new()
        .request(reqwest::Method::OPTIONS, format!("{}/send", companion.url))
        .header("origin", APP)
        .header("access-control-request-method", "POST")
        .header(
            "access-control-request-headers",
            "authorization, content-type",
        )
        .header("access-control-request-private-network", "true")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 204);
    let h = response.headers();
    assert_eq!(h["access-control-allow-origin"], APP);
    assert_eq!(h["access-control-allow-private-network"], "true");
    assert!(h["access-control-allow-headers"]
        .to_str()
        .unwrap()
        .contains("authorization"));

    let other = reqwest::Client::new()
        .request(reqwest::Method::OPTIONS, format!("{}/send", companion.url))
        .header("origin", "https://evil.example")
        .send()
        .await
        .unwrap();
    assert_eq!(other.status().as_u16(), 403);
    assert!(other.headers().get("access-control-allow-origin").is_none());
}

#[tokio::test]
async fn it_never_sends_to_itself() {
    let companion = start(Limits::default()).await;
    let (status, refusal) = post(
        &companion,
        Some(APP),
        Some(TOKEN),
        &request("GET", format!("{}/health", companion.url)),
    )
    .await;
    assert_eq!((status, refusal["error"].as_str()), (400, Some("loop")));
    let port = companion.url.rsplit(':').next().unwrap();
    let (_, refusal) = post(
        &companion,
        Some(APP),
        Some(TOKEN),
        &request("GET", format!("http://localhost:{port}/send")),
    )
    .await;
    assert_eq!(refusal["error"], "loop");
    // Nor where a redirect points back at it.
    let back = format!(
        "{}/redirect-to?url=http://127.0.0.1:{port}/health",
        httpbin()
    );
    let (status, refusal) = post(&companion, Some(APP), Some(TOKEN), &request("GET", back)).await;
    assert_eq!(
        (status, refusal["error"].as_str()),
        (400, Some("loop")),
        "{refusal}"
    );
}

#[tokio::test]
async fn too_many_redirects_stop_with_a_clear_error() {
    let companion = start(Limits {
        redirects: 3,
        ..Limits::default()
    })
    .await;
    let Err((status, refusal)) = send(
        &companion,
        &request("GET", format!("{}/redirect/6", httpbin())),
    )
    .await
    else {
        panic!("six redirects went through a limit of three");
    };
    assert_eq!((status, refusal.error.as_str()), (502, "redirects"));
    assert!(
        refusal.message.starts_with("More than 3 redirects"),
        "{}",
        refusal.message
    );
}

#[tokio::test]
async fn a_body_over_the_limit_is_refused() {
    let companion = start(Limits {
        response_bytes: 10_000,
        ..Limits::default()
    })
    .await;
    let Err((status, refusal)) = send(
        &companion,
        &request("GET", format!("{}/bytes/50000", httpbin())),
    )
    .await
    else {
        panic!("50 kB came through a 10 kB limit");
    };
    assert_eq!((status, refusal.error.as_str()), (502, "too_large"));
    // Streamed without a length: counted as it comes.
    let streamed = format!("{}/stream-bytes/50000?chunk_size=1000", httpbin());
    let Err((_, refusal)) = send(&companion, &request("GET", streamed)).await else {
        panic!("a streamed 50 kB came through a 10 kB limit");
    };
    assert_eq!(refusal.error, "too_large");
}

#[tokio::test]
async fn a_request_over_the_limit_is_refused() {
    let companion = start(Limits {
        request_bytes: 4_096,
        ..Limits::default()
    })
    .await;
    let mut req = request("POST", format!("{}/post", httpbin()));
    req.body = Some(base64::engine::general_purpose::STANDARD.encode(vec![b'x'; 8_000]));
    let Err((status, refusal)) = send(&companion, &req).await else {
        panic!("8 kB came through a 4 kB limit");
    };
    assert_eq!((status, refusal.error.as_str()), (413, "too_large"));
}

#[tokio::test]
async fn a_slow_server_is_given_up_on() {
    let companion = start(Limits {
        time: Duration::from_secs(1),
        ..Limits::default()
    })
    .await;
    let Err((status, refusal)) = send(
        &companion,
        &request("GET", format!("{}/delay/3", httpbin())),
    )
    .await
    else {
        panic!("a 3 s answer came through a 1 s limit");
    };
    assert_eq!((status, refusal.error.as_str()), (504, "timeout"));
    // The app's own, shorter, timeout wins too.
    let companion = start(Limits::default()).await;
    let mut req = request("GET", format!("{}/delay/3", httpbin()));
    req.timeout_ms = Some(500);
    assert_eq!(send(&companion, &req).await.unwrap_err().1.error, "timeout");
}

#[tokio::test]
async fn bad_input_gets_a_specific_message() {
    let companion = start(Limits::default()).await;
    let cases = [
        (request("GET", "not a url".to_owned()), "is not a URL"),
        (
            request("GET", "file:///etc/passwd".to_owned()),
            "Only http and https",
        ),
        (
            request("GE T", format!("{}/get", httpbin())),
            "is not an HTTP method",
        ),
    ];
    for (req, expected) in cases {
        let Err((status, refusal)) = send(&companion, &req).await else {
            panic!("{req:?} was sent");
        };
        assert_eq!(status, 400);
        assert!(refusal.message.contains(expected), "{}", refusal.message);
    }
}

#[tokio::test]
async fn health_answers_the_app_without_a_token() {
    let companion = start(Limits::default()).await;
    let response = reqwest::Client::new()
        .get(format!("{}/health", companion.url))
        .header("origin", APP)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.headers()["access-control-allow-origin"], APP);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["companion"], "api-client-companion");
}
