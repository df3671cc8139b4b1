//! Hand-written examples for what the scenario table cannot say: interim
//! (1xx) responses, which handler code does not send the way it sends a final
//! status; 305, which is deprecated and shown as what to do instead; and a
//! proxy's 407 as requests reports it.

use super::Language;

/// The hand-written example for a code and language, if there is one.
pub(super) fn snippet(code: u16, language: Language) -> Option<&'static str> {
    let text = match (code, language) {
        (100, Language::Express) => EXPRESS_100,
        (100, Language::Axum) => AXUM_100,
        (100, Language::Curl) => CURL_100,
        (101, Language::Express) => EXPRESS_101,
        (101, Language::Flask) => FLASK_101,
        (101, Language::Curl) => CURL_101,
        (102, Language::Express) => EXPRESS_102,
        (102, Language::Curl) => CURL_102,
        (103, Language::Express) => EXPRESS_103,
        (103, Language::Curl) => CURL_103,
        (305, Language::Express) => EXPRESS_305,
        (305, Language::Flask) => FLASK_305,
        (407, Language::Requests) => REQUESTS_407,
        _ => return None,
    };
    Some(text)
}

const EXPRESS_100: &str = r#"import http from "node:http";
import express from "express";

const app = express();
app.post("/uploads", express.raw({ type: "*/*", limit: "50mb" }), (req, res) => {
  res.status(201).set("Location", "/uploads/7").end();
});

const server = http.createServer(app);

// Without this listener Node answers "Expect: 100-continue" with
// "HTTP/1.1 100 Continue" by itself. With it, the headers can be checked first,
// and an upload that would be refused is refused before the client sends it.
server.on("checkContinue", (req, res) => {
  const size = Number(req.headers["content-length"] ?? 0);
  if (size > 50 * 1024 * 1024) {
    res.writeHead(413, { "Content-Type": "application/problem+json" });
    res.end(JSON.stringify({ title: "The upload is too large", status: 413 }));
    return;
  }
  res.writeContinue(); // sends the interim 100 Continue
  app(req, res);
});

server.listen(3000);
"#;

const AXUM_100: &str = r#"use axum::{
    body::{to_bytes, Body},
    http::{header, HeaderMap, StatusCode},
    response::IntoResponse,
};

// 100 Continue comes from hyper, not from handler code: to a request with
// "Expect: 100-continue", hyper sends the 100 the first time the body is read.
// A handler that refuses before reading the body spares the client the upload.
// Route: .route("/uploads", post(upload))
pub async fn upload(headers: HeaderMap, body: Body) -> impl IntoResponse {
    const LIMIT: usize = 50 * 1024 * 1024;
    let size = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse::<usize>().ok());
    match size {
        None => return StatusCode::LENGTH_REQUIRED,
        Some(size) if size > LIMIT => return StatusCode::PAYLOAD_TOO_LARGE,
        Some(_) => {}
    }
    match to_bytes(body, LIMIT).await {
        Ok(_bytes) => StatusCode::CREATED,
        Err(_) => StatusCode::BAD_REQUEST,
    }
}
"#;

const CURL_100: &str = r#"curl -i https://api.example.com/uploads \
  -H 'Content-Type: application/pdf' \
  -H 'Expect: 100-continue' \
  --data-binary @scan.pdf
# curl waits for "HTTP/1.1 100 Continue" before sending the file, and -i shows
# that interim response above the final one (201, or 413 if it was refused).
# curl only waits about a second for the 100, then sends the body anyway.
"#;

const EXPRESS_101: &str = r#"import http from "node:http";
import express from "express";
import { WebSocketServer } from "ws";

const app = express();
const server = http.createServer(app);
const sockets = new WebSocketServer({ noServer: true });

// 101 Switching Protocols: the ws library writes it when it accepts the
// WebSocket handshake; after it the connection carries WebSocket frames.
server.on("upgrade", (req, socket, head) => {
  if (req.url !== "/live") {
    socket.destroy();
    return;
  }
  sockets.handleUpgrade(req, socket, head, (ws) => {
    ws.on("message", (message) => ws.send(message));
  });
});

server.listen(3000);
"#;

const FLASK_101: &str = r#"from flask import Flask
from flask_sock import Sock

app = Flask(__name__)
sock = Sock(app)


# 101 Switching Protocols: flask-sock answers the WebSocket handshake with it;
# after that the connection carries WebSocket messages, not HTTP.
@sock.route("/live")
def live(ws):
    while True:
        ws.send(ws.receive())
"#;

const CURL_101: &str = r#"curl -i --http1.1 https://api.example.com/live \
  -H 'Connection: Upgrade' \
  -H 'Upgrade: websocket' \
  -H 'Sec-WebSocket-Version: 13' \
  -H 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ=='
# A server that accepts prints "HTTP/1.1 101 Switching Protocols" with
# Upgrade: websocket, then the connection stays open for WebSocket frames
# (press Ctrl-C). Browsers do this handshake inside new WebSocket(...).
"#;

const EXPRESS_102: &str = r#"import express from "express";

const app = express();

// 102 Processing is an interim WebDAV response (RFC 2518); later WebDAV
// specifications dropped it, but Node can still send it to keep a client
// waiting through a long COPY.
app.copy("/files/archive", async (req, res) => {
  const timer = setInterval(() => res.writeProcessing(), 10_000);
  try {
    await copyTree("/files/archive", req.get("Destination"));
    res.status(201).end();
  } finally {
    clearInterval(timer);
  }
});
"#;

const CURL_102: &str = r#"curl -i -X COPY https://api.example.com/files/archive \
  -H 'Destination: https://api.example.com/files/archive-2024'
# While the copy runs, -i shows any interim "HTTP/1.1 102 Processing" lines;
# the final status (201 Created, say) follows when it is done.
"#;

const EXPRESS_103: &str = r#"import express from "express";

const app = express();

// 103 Early Hints: sent at once, before the page is ready, so the browser can
// start loading what the page will need. The final response repeats the Link.
app.get("/", async (req, res) => {
  const link = ["</app.css>; rel=preload; as=style", "</app.js>; rel=preload; as=script"];
  res.writeEarlyHints({ link });
  const html = await renderHomePage();
  res.set("Link", link.join(", ")).send(html);
});
"#;

const CURL_103: &str = r#"curl -i https://api.example.com/
# -i shows the interim "HTTP/2 103" response and its Link headers above the
# final 200. fetch() never sees a 103: browsers use the hints themselves.
"#;

const EXPRESS_305: &str = r#"import express from "express";

const app = express();

// 305 Use Proxy is deprecated (RFC 9110 section 15.4.6) and browsers do not
// act on it. Do not send it; to send a client elsewhere, redirect instead.
app.get("/orders/:order_id", (req, res) => {
  res.redirect(307, `https://eu.api.example.com/orders/${req.params.order_id}`);
});
"#;

const FLASK_305: &str = r#"from flask import Flask, redirect

app = Flask(__name__)


# 305 Use Proxy is deprecated (RFC 9110 section 15.4.6) and browsers do not
# act on it. Do not send it; to send a client elsewhere, redirect instead.
@app.get("/orders/<order_id>")
def get_order(order_id):
    return redirect(f"https://eu.api.example.com/orders/{order_id}", code=307)
"#;

const REQUESTS_407: &str = r#"import requests

url = "https://api.example.com/orders/42"
try:
    res = requests.get(url, timeout=10)
except requests.exceptions.ProxyError:
    # The proxy (from HTTPS_PROXY, say) answered 407 Proxy Authentication
    # Required while requests set up the tunnel for https, so requests raises
    # instead of returning a response. Give the proxy its credentials.
    proxies = {"https": "http://user:password@proxy.example.net:3128"}
    res = requests.get(url, proxies=proxies, timeout=10)
"#;
