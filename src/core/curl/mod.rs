//! cURL commands in: a command pasted from documentation, a terminal or a
//! browser's "Copy as cURL" becomes a request.
//!
//! [`parse_curl`] reads the command as curl would and keeps what curl would
//! send; options a web page cannot honour are listed in
//! [`CurlRequest::not_honoured`], never dropped silently. [`CurlRequest::to_draft`]
//! turns the result into the editor's draft.

mod json;
mod options;
mod words;

use std::fmt;

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use crate::core::media_type::essence;
use crate::core::request::auth::Auth;
use crate::core::request::body::{BodyKind, PartRow, RequestBody};
use crate::core::request::draft::RequestDraft;
use crate::core::request::headers::HeaderRow;
use crate::core::request::legacy::typed_body;
use crate::core::request::multipart;
use options::{DataKind, Effect, Spec};

pub use words::split_words;

/// What curl leaves as it is in `--data-urlencode` (RFC 3986's unreserved characters).
const UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// A request as a curl command would send it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CurlRequest {
    pub method: String,
    /// Scheme, host and path: without the query or the fragment.
    pub url: String,
    /// The query as written (with `-G` data appended), without its `?`.
    pub raw_query: String,
    /// Headers in the order given (`-H`, `-A`, `-e`, `-b`), and `Accept`
    /// for `--json`.
    pub headers: Vec<(String, String)>,
    pub body: CurlBody,
    pub auth: CurlAuth,
    pub follow_redirects: bool,
    /// Each option left out, with the reason.
    pub not_honoured: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CurlBody {
    None,
    /// Data as given, with the Content-Type it is sent with.
    Raw {
        content_type: String,
        text: String,
    },
    /// Data sent as `application/x-www-form-urlencoded`.
    UrlEncoded {
        text: String,
    },
    /// `-F` text fields.
    Multipart {
        boundary: String,
        fields: Vec<(String, String)>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CurlAuth {
    None,
    Basic { username: String, password: String },
    Bearer { token: String },
}

/// Why a command could not be read as a curl command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CurlError {
    Empty,
    NotCurl {
        first: String,
    },
    UnclosedQuote {
        quote: char,
        /// Counted in characters, from 1.
        position: usize,
        near: String,
    },
    TrailingBackslash,
    MissingArgument {
        option: String,
    },
    NoUrl,
    DataAndForm,
}

impl fmt::Display for CurlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CurlError::Empty => f.write_str("The command is empty."),
            CurlError::NotCurl { first } => write!(
                f,
                "This is not a curl command: it starts with “{first}” instead of curl."
            ),
            CurlError::UnclosedQuote {
                quote: '$',
                position,
                near,
            } => write!(
                f,
                "The $'…' string at character {position} ({near}…) is never closed."
            ),
            CurlError::UnclosedQuote {
                quote,
                position,
                near,
            } => write!(
                f,
                "The {quote} quote at character {position} ({near}…) is never closed, so it is \
                 unclear where its word ends."
            ),
            CurlError::TrailingBackslash => f.write_str(
                "The command ends with a lone backslash: a line continuation with no line after it.",
            ),
            CurlError::MissingArgument { option } => {
                write!(f, "{option} needs a value after it, but the command ends there.")
            }
            CurlError::NoUrl => f.write_str("The command names no URL to send the request to."),
            CurlError::DataAndForm => f.write_str(
                "The command mixes -d (data) with -F (form fields); curl refuses that too. Keep one.",
            ),
        }
    }
}

impl std::error::Error for CurlError {}

/// Whether text looks like a curl command rather than a URL.
pub fn looks_like_curl(text: &str) -> bool {
    let text = text.trim_start();
    ["curl ", "curl\t", "curl\n", "curl.exe "]
        .iter()
        .any(|start| text.starts_with(start))
}

/// Reads a curl command. Options that change nothing sent are accepted;
/// those a web page cannot honour are listed in the result.
pub fn parse_curl(command: &str) -> Result<CurlRequest, CurlError> {
    let mut words = split_words(command)?.into_iter();
    match words.next() {
        None => return Err(CurlError::Empty),
        Some(first) if first == "curl" || first == "curl.exe" => {}
        Some(first) => return Err(CurlError::NotCurl { first }),
    }
    let mut reader = Reader::default();
    while let Some(word) = words.next() {
        reader.word(word, &mut words)?;
    }
    reader.finish()
}

/// What the words said so far.
#[derive(Default)]
struct Reader {
    method: Option<String>,
    urls: Vec<String>,
    headers: Vec<(String, String)>,
    data: Vec<String>,
    json: bool,
    form: Vec<(String, String)>,
    auth: Option<CurlAuth>,
    get: bool,
    head: bool,
    follow: bool,
    not_honoured: Vec<String>,
    options_ended: bool,
}

impl Reader {
    fn word(
        &mut self,
        word: String,
        rest: &mut impl Iterator<Item = String>,
    ) -> Result<(), CurlError> {
        if self.options_ended || !word.starts_with('-') || word == "-" {
            self.urls.push(word);
        } else if word == "--" {
            self.options_ended = true;
        } else if let Some(name) = word.strip_prefix("--") {
            self.long(name, rest)?;
        } else {
            self.shorts(&word[1..], rest)?;
        }
        Ok(())
    }

    fn long(
        &mut self,
        name: &str,
        rest: &mut impl Iterator<Item = String>,
    ) -> Result<(), CurlError> {
        let shown = format!("--{name}");
        let Some(spec) = options::long(name) else {
            self.unknown(&shown);
            return Ok(());
        };
        let argument = if spec.takes_argument {
            Some(rest.next().ok_or(CurlError::MissingArgument {
                option: shown.clone(),
            })?)
        } else {
            None
        };
        self.apply(spec, &shown, argument);
        Ok(())
    }

    /// `-sSL`, `-XPOST`, `-H 'A: b'`: letters run together until one takes
    /// an argument, which is the rest of the word or else the next word.
    fn shorts(
        &mut self,
        letters: &str,
        rest: &mut impl Iterator<Item = String>,
    ) -> Result<(), CurlError> {
        for (at, letter) in letters.char_indices() {
            let shown = format!("-{letter}");
            let Some(spec) = options::short(letter) else {
                self.unknown(&shown);
                continue;
            };
            if !spec.takes_argument {
                self.apply(spec, &shown, None);
                continue;
            }
            let attached = &letters[at + letter.len_utf8()..];
            let argument = if attached.is_empty() {
                rest.next().ok_or(CurlError::MissingArgument {
                    option: shown.clone(),
                })?
            } else {
                attached.to_owned()
            };
            self.apply(spec, &shown, Some(argument));
            break;
        }
        Ok(())
    }

    fn unknown(&mut self, shown: &str) {
        self.not_honoured.push(format!(
            "{shown}: not an option this importer knows, so it was left out"
        ));
    }

    fn apply(&mut self, spec: &Spec, shown: &str, argument: Option<String>) {
        let argument = argument.unwrap_or_default();
        match spec.effect {
            Effect::Request => self.method = Some(argument),
            Effect::Header => self.header(shown, &argument),
            Effect::Data(kind) => self.data(shown, kind, argument),
            Effect::Form { literal } => self.form_field(shown, &argument, literal),
            Effect::User => self.user(&argument),
            Effect::Bearer => self.auth = Some(CurlAuth::Bearer { token: argument }),
            Effect::Cookie if argument.contains('=') => self.push_header("Cookie", argument),
            Effect::Cookie => self.cannot(shown, &argument, "it names a cookie file"),
            Effect::UserAgent => self.push_header("User-Agent", argument),
            Effect::Referer => {
                let referer = argument
                    .strip_suffix(";auto")
                    .unwrap_or(&argument)
                    .to_owned();
                self.push_header("Referer", referer);
            }
            Effect::Url => self.urls.push(argument),
            Effect::Get => self.get = true,
            Effect::Head => self.head = true,
            Effect::Location => self.follow = true,
            Effect::Unchanged => {}
            Effect::CannotHonour(reason) => self.not_honoured.push(format!("{shown}: {reason}")),
        }
    }

    fn cannot(&mut self, shown: &str, argument: &str, reason: &str) {
        self.not_honoured.push(format!(
            "{shown} {argument}: {reason}, which a web page cannot read"
        ));
    }

    fn push_header(&mut self, name: &str, value: String) {
        self.headers.push((name.to_owned(), value));
    }

    /// `Name: value`; `Name;` sends the header empty; `Name:` only removes
    /// a header curl adds itself, which the browser decides here.
    fn header(&mut self, shown: &str, argument: &str) {
        if argument.starts_with('@') {
            return self.cannot(shown, argument, "it reads headers from a file");
        }
        if let Some((name, value)) = argument.split_once(':') {
            let value = value.trim_start();
            if !value.is_empty() {
                self.push_header(name.trim(), value.to_owned());
            }
        } else if let Some(name) = argument.strip_suffix(';') {
            self.push_header(name.trim(), String::new());
        } else {
            self.not_honoured.push(format!(
                "{shown} {argument}: a header needs a colon between its name and value; curl would not send it"
            ));
        }
    }

    fn data(&mut self, shown: &str, kind: DataKind, argument: String) {
        let reads_file = argument.starts_with('@')
            && matches!(kind, DataKind::Ascii | DataKind::Binary | DataKind::Json);
        if reads_file {
            return self.cannot(shown, &argument, "it reads the data from a file");
        }
        let piece = match kind {
            DataKind::UrlEncode => match url_encode_data(&argument) {
                Some(piece) => piece,
                None => return self.cannot(shown, &argument, "it reads the data from a file"),
            },
            DataKind::Ascii | DataKind::Binary | DataKind::Raw | DataKind::Json => argument,
        };
        self.json |= kind == DataKind::Json;
        self.data.push(piece);
    }

    /// `name=value`; `name=@file` and `name=<file` read files.
    fn form_field(&mut self, shown: &str, argument: &str, literal: bool) {
        let Some((name, value)) = argument.split_once('=') else {
            return self.not_honoured.push(format!(
                "{shown} {argument}: a form field needs a name, =, then its value; curl would refuse it"
            ));
        };
        if !literal && (value.starts_with('@') || value.starts_with('<')) {
            return self.cannot(shown, argument, "it uploads a file");
        }
        let value = match value.split_once(";type=") {
            Some((value, media_type)) if !literal => {
                self.not_honoured.push(format!(
                    "{shown} {argument}: the part's own type {media_type} is not kept; it is sent as text"
                ));
                value
            }
            _ => value,
        };
        self.form.push((name.to_owned(), value.to_owned()));
    }

    /// `user:password`; curl asks for the password when there is no colon.
    fn user(&mut self, argument: &str) {
        let (username, password) = match argument.split_once(':') {
            Some((username, password)) => (username, password),
            None => {
                self.not_honoured.push(format!(
                    "-u {argument}: curl would ask for the password; it is left empty here"
                ));
                (argument, "")
            }
        };
        self.auth = Some(CurlAuth::Basic {
            username: username.to_owned(),
            password: password.to_owned(),
        });
    }

    fn has_header(&self, name: &str) -> bool {
        self.headers
            .iter()
            .any(|(n, _)| n.eq_ignore_ascii_case(name))
    }

    fn explicit_content_type(&self) -> Option<String> {
        self.headers
            .iter()
            .rev()
            .find(|(n, _)| n.eq_ignore_ascii_case("content-type"))
            .map(|(_, v)| v.clone())
    }

    fn finish(mut self) -> Result<CurlRequest, CurlError> {
        if !self.data.is_empty() && !self.form.is_empty() {
            return Err(CurlError::DataAndForm);
        }
        let mut urls = std::mem::take(&mut self.urls).into_iter();
        let url = urls.next().ok_or(CurlError::NoUrl)?;
        for extra in urls {
            self.not_honoured.push(format!(
                "{extra}: only the first URL of the command is imported"
            ));
        }
        let (url, mut raw_query) = split_url(&url);
        let data = self.joined_data();
        let body = if self.get {
            append_query(&mut raw_query, data.as_deref());
            CurlBody::None
        } else {
            self.body(data)
        };
        if let CurlBody::Multipart { .. } = body {
            self.headers
                .retain(|(n, _)| !n.eq_ignore_ascii_case("content-type"));
        }
        if self.json && !self.has_header("accept") {
            self.push_header("Accept", "application/json".to_owned());
        }
        let method = self.method.take().unwrap_or_else(|| {
            match (self.head, self.get, &body) {
                (true, _, _) => "HEAD",
                (_, true, _) | (_, _, CurlBody::None) => "GET",
                _ => "POST",
            }
            .to_owned()
        });
        Ok(CurlRequest {
            method,
            url,
            raw_query,
            headers: self.headers,
            body,
            auth: self.auth.unwrap_or(CurlAuth::None),
            follow_redirects: self.follow,
            not_honoured: self.not_honoured,
        })
    }

    /// Every piece of data, joined as curl joins them: `&` between `-d`
    /// pieces, nothing between `--json` pieces.
    fn joined_data(&self) -> Option<String> {
        let separator = if self.json { "" } else { "&" };
        (!self.data.is_empty()).then(|| self.data.join(separator))
    }

    fn body(&self, data: Option<String>) -> CurlBody {
        if !self.form.is_empty() {
            let fields: Vec<(&str, &str)> = self
                .form
                .iter()
                .map(|(n, v)| (n.as_str(), v.as_str()))
                .collect();
            return CurlBody::Multipart {
                boundary: multipart::boundary_for(&fields, None),
                fields: self.form.clone(),
            };
        }
        let Some(text) = data else {
            return CurlBody::None;
        };
        let content_type = self.explicit_content_type().unwrap_or_else(|| {
            if self.json {
                "application/json"
            } else {
                FORM_URLENCODED
            }
            .to_owned()
        });
        if crate::core::media_type::essence(&content_type).as_deref() == Some(FORM_URLENCODED) {
            CurlBody::UrlEncoded { text }
        } else {
            CurlBody::Raw { content_type, text }
        }
    }
}

const FORM_URLENCODED: &str = "application/x-www-form-urlencoded";

/// `--data-urlencode`'s forms: `content`, `=content`, `name=content`;
/// `None` for `@file` and `name@file`.
fn url_encode_data(argument: &str) -> Option<String> {
    let encode = |text: &str| utf8_percent_encode(text, UNRESERVED).to_string();
    match argument.find(['=', '@']) {
        Some(at) if argument[at..].starts_with('@') => None,
        Some(0) => Some(encode(&argument[1..])),
        Some(at) => Some(format!(
            "{}={}",
            &argument[..at],
            encode(&argument[at + 1..])
        )),
        None => Some(encode(argument)),
    }
}

/// The URL without query and fragment, and the query as written. A URL with
/// no scheme is http, as curl assumes.
fn split_url(url: &str) -> (String, String) {
    let url = url.split('#').next().unwrap_or_default();
    let url = if url.contains("://") {
        url.to_owned()
    } else {
        format!("http://{url}")
    };
    match url.split_once('?') {
        Some((base, query)) => (base.to_owned(), query.to_owned()),
        None => (url, String::new()),
    }
}

fn append_query(query: &mut String, data: Option<&str>) {
    if let Some(data) = data {
        if !query.is_empty() {
            query.push('&');
        }
        query.push_str(data);
    }
}

/// `a=1&b=x+y` → `[("a", "1"), ("b", "x y")]`, as a browser's URLSearchParams
/// reads a query; a part without `=` has an empty value.
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    let decode = |text: &str| {
        percent_decode_str(&text.replace('+', " "))
            .decode_utf8_lossy()
            .into_owned()
    };
    query
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (name, value) = part.split_once('=').unwrap_or((part, ""));
            (decode(name), decode(value))
        })
        .collect()
}

impl CurlAuth {
    /// The Authorization header this auth sends.
    pub fn header_value(&self) -> Option<String> {
        match self {
            CurlAuth::None => None,
            CurlAuth::Basic { username, password } => Some(format!(
                "Basic {}",
                STANDARD.encode(format!("{username}:{password}"))
            )),
            CurlAuth::Bearer { token } => Some(format!("Bearer {token}")),
        }
    }
}

impl CurlBody {
    /// The Content-Type it is sent with, if any.
    pub fn content_type(&self) -> Option<String> {
        match self {
            CurlBody::None => None,
            CurlBody::Raw { content_type, .. } => Some(content_type.clone()),
            CurlBody::UrlEncoded { .. } => Some(FORM_URLENCODED.to_owned()),
            CurlBody::Multipart { boundary, .. } => Some(multipart::content_type(boundary)),
        }
    }

    /// The body as it is sent.
    pub fn text(&self) -> String {
        match self {
            CurlBody::None => String::new(),
            CurlBody::Raw { text, .. } | CurlBody::UrlEncoded { text } => text.clone(),
            CurlBody::Multipart { boundary, fields } => {
                let fields: Vec<(&str, &str)> = fields
                    .iter()
                    .map(|(n, v)| (n.as_str(), v.as_str()))
                    .collect();
                multipart::encode(&fields, boundary)
            }
        }
    }
}

impl CurlRequest {
    /// The URL as sent, query included.
    pub fn full_url(&self) -> String {
        if self.raw_query.is_empty() {
            self.url.clone()
        } else {
            format!("{}?{}", self.url, self.raw_query)
        }
    }

    /// The request as the editor holds it: `-u` and `--oauth2-bearer` become
    /// its auth (unless the command set Authorization itself), and the body
    /// gets the mode that sends the same bytes with the same Content-Type. A
    /// body that only text can carry keeps curl's type as a header row.
    pub fn to_draft(&self) -> RequestDraft {
        let user_type = self
            .headers
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case("content-type"))
            .map(|(_, v)| v.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        let has_authorization = self
            .headers
            .iter()
            .any(|(n, _)| n.eq_ignore_ascii_case("authorization"));
        let mut headers: Vec<HeaderRow> = self
            .headers
            .iter()
            .map(|(name, value)| HeaderRow::new(name, value))
            .collect();
        let body = match &self.body {
            CurlBody::Multipart { fields, .. } => {
                RequestBody::Multipart(fields.iter().map(|(n, v)| PartRow::text(n, v)).collect())
            }
            body if !user_type.is_empty() => {
                typed_body(&body.text(), essence(&user_type).as_deref())
            }
            body => {
                let sent_type = body.content_type().unwrap_or_default();
                let typed = typed_body(&body.text(), essence(&sent_type).as_deref());
                if typed.kind() == BodyKind::Text {
                    headers.push(HeaderRow::new("Content-Type", &sent_type));
                }
                typed
            }
        };
        RequestDraft {
            method: self.method.clone(),
            url: self.full_url(),
            headers,
            body,
            auth: match &self.auth {
                _ if has_authorization => Auth::None,
                CurlAuth::None => Auth::None,
                CurlAuth::Basic { username, password } => Auth::Basic {
                    username: username.clone(),
                    password: password.clone(),
                },
                CurlAuth::Bearer { token } => Auth::Bearer {
                    token: token.clone(),
                },
            },
            follow_redirects: self.follow_redirects,
            params: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests;
