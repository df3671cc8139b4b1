//! The parsed request as one JSON object, for comparing the importer with
//! other tools (`cargo run --example curl_to_json`).

use serde_json::{json, Value};

use super::{query_pairs, CurlAuth, CurlBody, CurlRequest};

impl CurlRequest {
    /// `{"method", "url", "query", "headers", "body", "auth"}`.
    pub fn to_json(&self) -> Value {
        json!({
            "method": self.method,
            "url": self.url,
            "query": pairs(&query_pairs(&self.raw_query)),
            "headers": pairs(&self.headers),
            "body": body(&self.body),
            "auth": auth(&self.auth),
        })
    }
}

fn pairs(pairs: &[(String, String)]) -> Value {
    pairs.iter().map(|(k, v)| json!([k, v])).collect()
}

fn body(body: &CurlBody) -> Value {
    let (kind, fields) = match body {
        CurlBody::None => ("none", Vec::new()),
        CurlBody::Raw { .. } => ("raw", Vec::new()),
        CurlBody::UrlEncoded { text } => ("urlencoded", query_pairs(text)),
        CurlBody::Multipart { fields, .. } => ("multipart", fields.clone()),
    };
    json!({
        "kind": kind,
        "content_type": body.content_type(),
        "text": body.text(),
        "fields": pairs(&fields),
    })
}

fn auth(auth: &CurlAuth) -> Value {
    match auth {
        CurlAuth::None => {
            json!({"kind": "none", "username": null, "password": null, "token": null})
        }
        CurlAuth::Basic { username, password } => json!({
            "kind": "basic", "username": username, "password": password, "token": null,
        }),
        CurlAuth::Bearer { token } => json!({
            "kind": "bearer", "username": null, "password": null, "token": token,
        }),
    }
}
