//! A URL without its credentials: `user:password@`, secret-looking query
//! values and fragments that carry tokens.
//!
//! The URL is cut as the params table cuts it (`core::request::query`): the
//! fragment starts at the first `#`, the query at the first `?` before it.
//! Everything the cleaning does not touch is kept byte for byte, so a URL
//! with nothing secret comes back unchanged.

use super::names::{decode_query_text, is_secret_name, looks_like_credential};
use super::report::{Removed, ShareReport};

/// The URL with its userinfo, secret query values and secret fragment left out.
pub(super) fn clean_url(url: &str, report: &mut ShareReport) -> String {
    let (head, fragment) = url.split_at(url.find('#').unwrap_or(url.len()));
    let head = without_userinfo(head, report);
    let mut out = blank_query(&head, report);
    if fragment_holds_secret(fragment) {
        report.remove(Removed::Fragment);
    } else {
        out.push_str(fragment);
    }
    out
}

/// `https://user:pw@host/…` → `https://host/…`. The authority runs from
/// after `scheme://` (or the start, for a URL typed without a scheme) to the
/// first `/`, `\` or `?`; its userinfo is what comes before its last `@`,
/// as the WHATWG parser reads it.
fn without_userinfo(head: &str, report: &mut ShareReport) -> String {
    let start = head
        .find("://")
        .filter(|&at| !head[..at].contains(['/', '?', '@']))
        .map_or(0, |at| at + 3);
    let rest = &head[start..];
    let authority = &rest[..rest.find(['/', '\\', '?']).unwrap_or(rest.len())];
    match authority.rfind('@') {
        Some(at) if at > 0 => {
            report.remove(Removed::Userinfo);
            format!("{}{}", &head[..start], &head[start + at + 1..])
        }
        _ => head.to_owned(),
    }
}

/// Each `name=value` of the query, between `&` or `;` (some servers split on
/// both), with its value emptied when the name or the value looks secret.
fn blank_query(head: &str, report: &mut ShareReport) -> String {
    let Some((before, query)) = head.split_once('?') else {
        return head.to_owned();
    };
    let pieces: Vec<String> = query
        .split('&')
        .map(|piece| {
            let parts: Vec<String> = piece
                .split(';')
                .map(|pair| blank_pair(pair, report))
                .collect();
            parts.join(";")
        })
        .collect();
    format!("{before}?{}", pieces.join("&"))
}

fn blank_pair(pair: &str, report: &mut ShareReport) -> String {
    match pair.split_once('=') {
        Some((name, value)) if !value.is_empty() && pair_is_secret(name, value) => {
            report.remove(Removed::QueryParam(decode_query_text(name)));
            format!("{name}=")
        }
        _ => pair.to_owned(),
    }
}

fn pair_is_secret(name: &str, value: &str) -> bool {
    is_secret_name(name) || looks_like_credential(&decode_query_text(value))
}

/// A fragment of `key=value` pairs with a secret-looking one (`#access_token=…`
/// from an OAuth implicit flow, also after a hash route's `?`), or that is a
/// token itself. Fragments never reach the server, so leaving out a whole
/// one costs the recipient at most a scroll position or a client-side route.
fn fragment_holds_secret(fragment: &str) -> bool {
    let Some(text) = fragment.strip_prefix('#') else {
        return false;
    };
    looks_like_credential(&decode_query_text(text))
        || text.split(['&', ';', '?', '/', '#']).any(|piece| {
            let (name, value) = piece.split_once('=').unwrap_or(("", piece));
            !value.is_empty()
                && (is_secret_name(name) || looks_like_credential(&decode_query_text(value)))
        })
}
