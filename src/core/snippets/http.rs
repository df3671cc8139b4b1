//! The request as an HTTP/1.1 message: a preview of what goes on the wire,
//! variables and auth filled in. The browser adds headers of its own
//! (User-Agent, Accept-Encoding, Origin…) that a page cannot know in advance.

use super::{OutBody, OutPart, Outgoing};

/// Stands for the boundary the browser picks when it sends a multipart form.
const BOUNDARY: &str = "<boundary chosen by the browser>";

pub fn write(request: &Outgoing) -> String {
    let (host, target) = host_and_target(&request.url);
    let mut lines = vec![format!("{} {target} HTTP/1.1", request.method)];
    if !host.is_empty() {
        lines.push(format!("Host: {host}"));
    }
    lines.extend(
        request
            .headers
            .iter()
            .map(|(name, value)| format!("{name}: {value}")),
    );
    match &request.body {
        None => lines.push(String::new()),
        Some(OutBody::Text(text)) => {
            lines.push(String::new());
            lines.push(text.clone());
        }
        Some(OutBody::File(file)) => {
            lines.push(String::new());
            lines.push(format!("<the bytes of {file}>"));
        }
        Some(OutBody::Form(parts)) => {
            lines.push(format!(
                "Content-Type: multipart/form-data; boundary={BOUNDARY}"
            ));
            lines.push(String::new());
            lines.extend(parts.iter().flat_map(part_lines));
            lines.push(format!("--{BOUNDARY}--"));
        }
    }
    lines.join("\n")
}

fn part_lines(part: &OutPart) -> [String; 4] {
    let (disposition, content) = match part {
        OutPart::Text { name, value } => (format!("name=\"{name}\""), value.clone()),
        OutPart::File { name, file } => (
            format!("name=\"{name}\"; filename=\"{file}\""),
            format!("<the bytes of {file}>"),
        ),
    };
    [
        format!("--{BOUNDARY}"),
        format!("Content-Disposition: form-data; {disposition}"),
        String::new(),
        content,
    ]
}

/// `https://user@api.example.com:8443/v1/items?page=2#top` →
/// (`api.example.com:8443`, `/v1/items?page=2`): the fragment never leaves
/// the client, and credentials in the URL are not part of the Host.
fn host_and_target(url: &str) -> (&str, String) {
    let without_fragment = url.split('#').next().unwrap_or_default();
    let Some((_, rest)) = without_fragment.split_once("://") else {
        return ("", without_fragment.to_owned());
    };
    let end = rest.find(['/', '?']).unwrap_or(rest.len());
    let authority = &rest[..end];
    let host = authority.rsplit('@').next().unwrap_or(authority);
    let target = match &rest[end..] {
        "" => "/".to_owned(),
        path if path.starts_with('?') => format!("/{path}"),
        path => path.to_owned(),
    };
    (host, target)
}
