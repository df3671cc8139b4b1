//! Rust's `reqwest` (async, inside a function returning a `Result`).

use super::Outgoing;

const STANDARD: [&str; 9] = [
    "GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "CONNECT", "PATCH", "TRACE",
];

pub fn write(request: &Outgoing) -> String {
    let mut lines = Vec::new();
    if request.follow_redirects {
        lines.push("let client = reqwest::Client::new();".to_owned());
    } else {
        lines.push(
            "let client = reqwest::Client::builder()\n    .redirect(reqwest::redirect::Policy::none())\n    .build()?;"
                .to_owned(),
        );
    }
    let method = if STANDARD.contains(&request.method.as_str()) {
        format!("reqwest::Method::{}", request.method)
    } else {
        format!(
            "reqwest::Method::from_bytes({:?}.as_bytes())?",
            request.method
        )
    };
    let mut call = vec![
        "let response = client".to_owned(),
        format!("    .request({method}, {:?})", request.url),
    ];
    for (name, value) in &request.headers {
        call.push(format!("    .header({name:?}, {value:?})"));
    }
    if let Some(body) = &request.body {
        call.push(format!("    .body({body:?})"));
    }
    call.push("    .send()\n    .await?;".to_owned());
    lines.push(call.join("\n"));
    lines.push("println!(\"{} {}\", response.status(), response.text().await?);".to_owned());
    lines.join("\n")
}
