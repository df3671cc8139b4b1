//! Between the URL text the editor keeps and Postman's broken-down URL object.
//!
//! Both directions are plain text surgery, not URL parsing: collections are
//! full of `{{baseUrl}}/users/:id` that no URL parser accepts, and the text
//! must come back exactly as it was written.

use super::schema::{QueryParam, StrOr, UrlParts};
use crate::core::request::query::{self, reread};

/// The URL a Postman URL object stands for: `raw` when present, otherwise
/// put together from its parts (disabled query parameters left out).
pub fn url_text(parts: &UrlParts) -> String {
    if let Some(raw) = &parts.raw {
        return raw.clone();
    }
    let mut url = String::new();
    if let Some(protocol) = parts.protocol.as_deref().filter(|p| !p.is_empty()) {
        url.push_str(protocol);
        url.push_str("://");
    }
    match &parts.host {
        Some(StrOr::Str(host)) => url.push_str(host),
        Some(StrOr::Other(labels)) => url.push_str(&labels.join(".")),
        None => {}
    }
    if let Some(port) = parts.port.as_deref().filter(|p| !p.is_empty()) {
        url.push(':');
        url.push_str(port);
    }
    match &parts.path {
        Some(StrOr::Str(path)) if !path.is_empty() => {
            if !path.starts_with('/') {
                url.push('/');
            }
            url.push_str(path);
        }
        Some(StrOr::Other(segments)) => {
            for segment in segments {
                url.push('/');
                match segment {
                    StrOr::Str(text) => url.push_str(text),
                    StrOr::Other(variable) => url.push_str(variable.value.as_deref().unwrap_or("")),
                }
            }
        }
        _ => {}
    }
    let mut separator = '?';
    for param in parts.query.iter().filter(|p| !p.disabled) {
        url.push(separator);
        separator = '&';
        url.push_str(param.key.as_deref().unwrap_or(""));
        if let Some(value) = &param.value {
            url.push('=');
            url.push_str(value);
        }
    }
    if let Some(hash) = parts.hash.as_deref().filter(|h| !h.is_empty()) {
        url.push('#');
        url.push_str(hash);
    }
    url
}

/// The best-effort broken-down form of `url` for export; `raw` always holds
/// the text itself, which is what an import reads back.
pub fn url_parts(url: &str) -> UrlParts {
    let (rest, hash) = split_off(url, '#');
    let (rest, query) = split_off(rest, '?');
    let (protocol, rest) = match rest.split_once("://") {
        Some((scheme, after)) if is_scheme(scheme) => (Some(scheme), after),
        _ => (None, rest),
    };
    let (authority, path) = split_off(rest, '/');
    // user:password@ is left in `raw` only.
    let host_and_port = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let (host, port) = split_port(host_and_port);
    UrlParts {
        raw: Some(url.to_owned()),
        protocol: protocol.map(str::to_owned),
        host: (!host.is_empty())
            .then(|| StrOr::Other(host.split('.').map(str::to_owned).collect())),
        port: port.map(str::to_owned),
        path: path.map(|path| {
            StrOr::Other(
                path.split('/')
                    .map(|segment| StrOr::Str(segment.to_owned()))
                    .collect(),
            )
        }),
        query: query
            .filter(|q| !q.is_empty())
            .map(|q| q.split('&').map(query_param).collect())
            .unwrap_or_default(),
        hash: hash.map(str::to_owned),
        variable: Vec::new(),
    }
}

fn split_off(text: &str, separator: char) -> (&str, Option<&str>) {
    match text.split_once(separator) {
        Some((before, after)) => (before, Some(after)),
        None => (text, None),
    }
}

fn is_scheme(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_alphabetic())
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

/// `example.com:8080` → (`example.com`, `8080`); `[::1]:80` keeps its brackets.
fn split_port(authority: &str) -> (&str, Option<&str>) {
    let host_end = if authority.starts_with('[') {
        authority.find(']').map_or(authority.len(), |i| i + 1)
    } else {
        0
    };
    match authority[host_end..].rfind(':') {
        Some(colon) => {
            let colon = host_end + colon;
            let port = &authority[colon + 1..];
            let is_port = !port.is_empty()
                && (port.bytes().all(|b| b.is_ascii_digit())
                    || (port.starts_with("{{") && port.ends_with("}}")));
            if is_port {
                (&authority[..colon], Some(port))
            } else {
                (authority, None)
            }
        }
        None => (authority, None),
    }
}

/// The editor's params table for a Postman query list, or nothing when every
/// parameter is on (the URL then holds them all). Postman writes keys and
/// values as they appear in the URL, so they are decoded as the URL's are.
pub fn params_table(params: &[QueryParam]) -> Vec<query::QueryParam> {
    if !params.iter().any(|p| p.disabled) {
        return Vec::new();
    }
    params
        .iter()
        .map(|param| {
            let mut piece = param.key.clone().unwrap_or_default();
            if let Some(value) = &param.value {
                piece.push('=');
                piece.push_str(value);
            }
            let mut row = query::params_of(&format!("?{piece}"))
                .into_iter()
                .next()
                .unwrap_or_default();
            row.enabled = !param.disabled;
            row
        })
        .collect()
}

/// `parts` (read from the URL) with the table's switched-off rows put back
/// in place, marked disabled, as Postman keeps them.
pub fn with_disabled_params(
    mut parts: UrlParts,
    url: &str,
    table: &[query::QueryParam],
) -> UrlParts {
    if table.iter().all(|row| row.enabled) {
        return parts;
    }
    let mut from_url = parts
        .query
        .into_iter()
        .filter(|p| !p.key.as_deref().unwrap_or("").is_empty() || p.value.is_some());
    parts.query = reread(url, table)
        .iter()
        .filter_map(|row| {
            if row.enabled {
                return from_url.next();
            }
            let written = query::with_params(
                "?",
                &[query::QueryParam {
                    enabled: true,
                    ..row.clone()
                }],
            );
            let mut param = query_param(written.strip_prefix('?').unwrap_or(&written));
            param.disabled = true;
            Some(param)
        })
        .collect();
    parts
}

fn query_param(pair: &str) -> QueryParam {
    let (key, value) = split_off(pair, '=');
    QueryParam {
        key: Some(key.to_owned()),
        value: value.map(str::to_owned),
        ..QueryParam::default()
    }
}

#[cfg(test)]
mod tests;
