//! Rust's `reqwest` (async, inside a function returning a `Result`).

use super::{OutBody, OutPart, Outgoing};

/// A `multipart::Form` (reqwest's `multipart` feature), files read from disk.
fn form(parts: &[OutPart]) -> String {
    let mut out = String::from("reqwest::multipart::Form::new()");
    for part in parts {
        match part {
            OutPart::Text { name, value } => {
                out.push_str(&format!("\n        .text({name:?}, {value:?})"))
            }
            OutPart::File { name, file } => out.push_str(&format!(
                "\n        .part({name:?}, reqwest::multipart::Part::bytes(std::fs::read({file:?})?).file_name({file:?}))"
            )),
        }
    }
    out
}

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
    match &request.body {
        None => {}
        Some(OutBody::Text(body)) => call.push(format!("    .body({body:?})")),
        Some(OutBody::File(file)) => call.push(format!("    .body(std::fs::read({file:?})?)")),
        Some(OutBody::Form(parts)) => call.push(format!("    .multipart({})", form(parts))),
    }
    call.push("    .send()\n    .await?;".to_owned());
    lines.push(call.join("\n"));
    lines.push("println!(\"{} {}\", response.status(), response.text().await?);".to_owned());
    lines.join("\n")
}
