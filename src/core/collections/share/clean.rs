//! A request made safe to share: credentials left out, each one reported.
//!
//! - header rows whose name or value looks secret are dropped, switched off or
//!   not, since a switched-off row still holds its value;
//! - the URL loses its `user:password@`, the values of secret-looking query
//!   parameters (the names stay, so the recipient sees one is needed), and a
//!   fragment that carries a token ([`super::clean_url`]);
//! - rows of the params table lose secret-looking values, switched on or off:
//!   the table keeps every row's value, not only the switched-off ones';
//! - url-encoded and multipart text fields lose secret-looking values, and
//!   keep their names;
//! - the auth helper keeps its kind, user name and key name, and loses its
//!   password, token or key;
//! - a JSON, XML or text body is shared as written (a secret in free text
//!   cannot be found reliably, and rewriting it could change what the request
//!   means), with a warning when it mentions a secret-looking key.
//!
//! What looks secret is decided in [`super::names`].

use super::clean_url::clean_url;
use super::names::{is_secret_name, looks_like_credential};
use super::report::{Removed, ShareReport, Warning};
use crate::core::request::auth::Auth;
use crate::core::request::body::{PartValue, RequestBody};
use crate::core::request::draft::RequestDraft;
use crate::core::request::query::QueryParam;

/// At most this many names in a body warning: enough to say what to look
/// for, short enough to read.
const NAMES_IN_WARNING: usize = 5;

/// The request as a share link without secrets carries it, and what was
/// left out of it or needs a look before sharing.
pub fn shareable(draft: &RequestDraft) -> (RequestDraft, ShareReport) {
    let mut report = ShareReport::default();
    let mut request = draft.clone();
    request.headers.retain(|row| {
        let secret = is_secret_name(&row.name) || looks_like_credential(&row.value);
        if secret {
            report.remove(Removed::Header(row.name.trim().to_owned()));
        }
        !secret
    });
    request.url = clean_url(&draft.url, &mut report);
    blank_params(&mut request.params, &mut report);
    clean_body(&mut request.body, &mut report);
    request.auth = without_secret(&draft.auth, &mut report);
    (request, report)
}

/// Whether a `name = value` row should lose its value: only rows that have
/// one, so an empty `api_key=` row is not reported as left out.
fn blanks(name: &str, value: &str) -> bool {
    !value.is_empty() && (is_secret_name(name) || looks_like_credential(value))
}

fn blank_params(params: &mut [QueryParam], report: &mut ShareReport) {
    for row in params.iter_mut() {
        if blanks(&row.name, row.value.as_deref().unwrap_or_default()) {
            report.remove(Removed::QueryParam(row.name.clone()));
            row.value = Some(String::new());
        }
    }
}

fn clean_body(body: &mut RequestBody, report: &mut ShareReport) {
    match body {
        RequestBody::UrlEncoded(rows) => {
            for row in rows.iter_mut().filter(|row| blanks(&row.name, &row.value)) {
                report.remove(Removed::FormField(row.name.clone()));
                row.value.clear();
            }
        }
        RequestBody::Multipart(parts) => {
            for part in parts.iter_mut() {
                if let PartValue::Text(value) = &mut part.value {
                    if blanks(&part.name, value) {
                        report.remove(Removed::FormField(part.name.clone()));
                        value.clear();
                    }
                }
            }
        }
        RequestBody::Json(text) | RequestBody::Text(text) | RequestBody::Xml(text) => {
            let names = secret_keys_in(text);
            if !names.is_empty() {
                report.warnings.push(Warning::BodyMayHoldSecrets { names });
            }
        }
        RequestBody::None | RequestBody::Binary(_) => {}
    }
}

/// Secret-looking names used as keys in free text, each once, in order:
/// a word followed (past quotes and spaces) by `:` or `=` (JSON, YAML,
/// `key=value` text) or preceded by `<` (an XML element).
fn secret_keys_in(text: &str) -> Vec<String> {
    let is_word_char = |c: char| c.is_alphanumeric() || c == '_' || c == '-';
    let mut names: Vec<String> = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(is_word_char) {
        let opens_element = rest[..start].ends_with('<');
        let word_on = &rest[start..];
        let end = word_on
            .find(|c: char| !is_word_char(c))
            .unwrap_or(word_on.len());
        let (word, after) = word_on.split_at(end);
        let follows = after
            .trim_start_matches(['"', '\'', ' ', '\t'])
            .chars()
            .next();
        let is_key = opens_element || matches!(follows, Some(':' | '='));
        if is_key && is_secret_name(word) && !names.iter().any(|n| n == word) {
            names.push(word.to_owned());
            if names.len() == NAMES_IN_WARNING {
                break;
            }
        }
        rest = after;
    }
    names
}

/// The auth with its secret emptied (the kind, user name and key name stay,
/// so the recipient sees what to fill in).
fn without_secret(auth: &Auth, report: &mut ShareReport) -> Auth {
    match auth {
        Auth::None => Auth::None,
        Auth::Basic { username, password } => {
            if !password.is_empty() {
                report.remove(Removed::BasicPassword);
            }
            Auth::Basic {
                username: username.clone(),
                password: String::new(),
            }
        }
        Auth::Bearer { token } => {
            if !token.is_empty() {
                report.remove(Removed::BearerToken);
            }
            Auth::Bearer {
                token: String::new(),
            }
        }
        Auth::ApiKey { name, value, place } => {
            if !value.is_empty() {
                report.remove(Removed::ApiKey(name.trim().to_owned()));
            }
            Auth::ApiKey {
                name: name.clone(),
                value: String::new(),
                place: *place,
            }
        }
    }
}
