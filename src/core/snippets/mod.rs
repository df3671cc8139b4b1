//! The current request as code to paste elsewhere: a shell command (cURL,
//! HTTPie) or a program (JavaScript `fetch`, Python `requests`, Rust
//! `reqwest`). Each writer quotes for its own language, so any method,
//! header or body text survives the trip.

mod curl;
mod fetch;
mod http;
mod httpie;
mod python;
mod reqwest;

use crate::core::request::body::{encode_form, FileRef, PartValue, RequestBody};
use crate::core::request::draft::RequestDraft;

/// The languages a request can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    Curl,
    Fetch,
    PythonRequests,
    Httpie,
    RustReqwest,
    /// Not a program: the HTTP/1.1 message, to see what will be sent.
    HttpMessage,
}

impl Language {
    pub const ALL: [Language; 6] = [
        Language::Curl,
        Language::Fetch,
        Language::PythonRequests,
        Language::Httpie,
        Language::RustReqwest,
        Language::HttpMessage,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Language::Curl => "cURL",
            Language::Fetch => "JavaScript fetch",
            Language::PythonRequests => "Python requests",
            Language::Httpie => "HTTPie",
            Language::RustReqwest => "Rust reqwest",
            Language::HttpMessage => "HTTP message (preview)",
        }
    }

    /// A stable identifier, for a `<select>` value.
    pub fn slug(self) -> &'static str {
        match self {
            Language::Curl => "curl",
            Language::Fetch => "fetch",
            Language::PythonRequests => "python",
            Language::Httpie => "httpie",
            Language::RustReqwest => "rust",
            Language::HttpMessage => "http",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.slug() == slug)
    }
}

/// What the browser sends for the draft: the parts every writer needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outgoing {
    pub method: String,
    pub url: String,
    /// Switched-on rows with a name, in order; the Content-Type a browser
    /// gives a text body is added when the draft names none.
    pub headers: Vec<(String, String)>,
    pub body: Option<OutBody>,
    pub follow_redirects: bool,
}

/// The body as each language writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutBody {
    Text(String),
    /// A multipart form: each tool writes the framing and its Content-Type.
    Form(Vec<OutPart>),
    /// A file body, by the file's name (a snippet reads it from disk).
    File(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutPart {
    Text { name: String, value: String },
    File { name: String, file: String },
}

/// Where a snippet reads a file the draft has not picked yet.
const NO_FILE: &str = "path/to/file";

fn file_name(file: &Option<FileRef>) -> String {
    file.as_ref().map_or(NO_FILE.to_owned(), |f| f.name.clone())
}

/// The body to write, and the Content-Type its mode sends without a row.
fn out_body(body: &RequestBody) -> Option<OutBody> {
    if body.is_empty() {
        return None;
    }
    Some(match body {
        RequestBody::UrlEncoded(rows) => OutBody::Text(encode_form(rows)),
        RequestBody::Multipart(parts) => OutBody::Form(
            parts
                .iter()
                .filter(|p| p.enabled)
                .map(|p| match &p.value {
                    PartValue::Text(value) => OutPart::Text {
                        name: p.name.clone(),
                        value: value.clone(),
                    },
                    PartValue::File(file) => OutPart::File {
                        name: p.name.clone(),
                        file: file_name(file),
                    },
                })
                .collect(),
        ),
        RequestBody::Binary(file) => OutBody::File(file_name(file)),
        other => OutBody::Text(other.text().unwrap_or_default().to_owned()),
    })
}

impl Outgoing {
    pub fn of(draft: &RequestDraft) -> Outgoing {
        let mut headers: Vec<(String, String)> = draft
            .headers
            .iter()
            .filter(|row| row.enabled && !row.name.trim().is_empty())
            .map(|row| (row.name.trim().to_owned(), row.value.trim().to_owned()))
            .collect();
        // An auth that cannot be sent is written as nothing: the editor
        // shows why it cannot be sent.
        if let Ok(Some(header)) = draft.auth.header() {
            headers.push(header);
        }
        let body = out_body(&draft.body);
        let is_type = |name: &str| name.eq_ignore_ascii_case("content-type");
        if matches!(body, Some(OutBody::Form(_))) {
            // Each tool writes the multipart type with its own boundary.
            headers.retain(|(name, _)| !is_type(name));
        } else if !headers.iter().any(|(name, _)| is_type(name)) {
            if let Some(content_type) = body.as_ref().and(draft.body.default_content_type()) {
                headers.push(("Content-Type".to_owned(), content_type));
            }
        }
        let method = match draft.method.trim() {
            "" => "GET".to_owned(),
            method => method.to_owned(),
        };
        Outgoing {
            method,
            url: draft
                .auth
                .url_with_key(draft.url.trim())
                .unwrap_or_else(|_| draft.url.trim().to_owned()),
            headers,
            body,
            follow_redirects: draft.follow_redirects,
        }
    }

    /// Headers with repeated names joined by ", ", as fetch's `Headers`
    /// joins them, for languages whose header maps take a name once.
    fn combined_headers(&self) -> Vec<(String, String)> {
        let mut combined: Vec<(String, String)> = Vec::new();
        for (name, value) in &self.headers {
            match combined
                .iter_mut()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
            {
                Some((_, existing)) => {
                    existing.push_str(", ");
                    existing.push_str(value);
                }
                None => combined.push((name.clone(), value.clone())),
            }
        }
        combined
    }
}

/// The draft (its variables already filled in) written in `language`.
pub fn snippet(language: Language, draft: &RequestDraft) -> String {
    let request = Outgoing::of(draft);
    match language {
        Language::Curl => curl::write(&request),
        Language::Fetch => fetch::write(&request),
        Language::PythonRequests => python::write(&request),
        Language::Httpie => httpie::write(&request),
        Language::RustReqwest => reqwest::write(&request),
        Language::HttpMessage => http::write(&request),
    }
}

/// A word for a POSIX shell: single-quoted by `shlex` where it can be, and
/// as a `$'…'` string when it holds control characters other than a line
/// break or tab, which single quotes would carry raw.
fn shell_word(text: &str) -> String {
    let plain = !text
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t');
    if plain {
        if let Ok(quoted) = shlex::try_quote(text) {
            return quoted.into_owned();
        }
    }
    let mut out = String::from("$'");
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// A double-quoted string literal that JavaScript and Python both read back
/// exactly (JSON's escapes are a subset of theirs).
fn json_string(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_owned())
}

#[cfg(test)]
mod tests;
