//! The current request as code to paste elsewhere: a shell command (cURL,
//! HTTPie) or a program (JavaScript `fetch`, Python `requests`, Rust
//! `reqwest`). Each writer quotes for its own language, so any method,
//! header or body text survives the trip.

mod curl;
mod fetch;
mod httpie;
mod python;
mod reqwest;

use crate::core::request::draft::RequestDraft;

/// The languages a request can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    Curl,
    Fetch,
    PythonRequests,
    Httpie,
    RustReqwest,
}

impl Language {
    pub const ALL: [Language; 5] = [
        Language::Curl,
        Language::Fetch,
        Language::PythonRequests,
        Language::Httpie,
        Language::RustReqwest,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Language::Curl => "cURL",
            Language::Fetch => "JavaScript fetch",
            Language::PythonRequests => "Python requests",
            Language::Httpie => "HTTPie",
            Language::RustReqwest => "Rust reqwest",
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
    pub body: Option<String>,
    pub follow_redirects: bool,
}

/// What fetch() labels a text body that comes with no Content-Type.
pub const DEFAULT_BODY_TYPE: &str = "text/plain;charset=UTF-8";

impl Outgoing {
    pub fn of(draft: &RequestDraft) -> Outgoing {
        let mut headers: Vec<(String, String)> = draft
            .headers
            .iter()
            .filter(|row| row.enabled && !row.name.trim().is_empty())
            .map(|row| (row.name.trim().to_owned(), row.value.trim().to_owned()))
            .collect();
        let body = (!draft.body.is_empty()).then(|| draft.body.clone());
        let typed = headers
            .iter()
            .any(|(name, _)| name.eq_ignore_ascii_case("content-type"));
        if body.is_some() && !typed {
            headers.push(("Content-Type".to_owned(), DEFAULT_BODY_TYPE.to_owned()));
        }
        let method = match draft.method.trim() {
            "" => "GET".to_owned(),
            method => method.to_owned(),
        };
        Outgoing {
            method,
            url: draft.url.trim().to_owned(),
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
