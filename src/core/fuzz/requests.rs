//! Whole requests: `{{name}}` references filled in and the result checked
//! for sending, pasted cURL commands, and the insight checks run over a
//! received response.

use std::sync::Arc;
use std::time::{Duration, UNIX_EPOCH};

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;

use super::{explained, fuzz, pieces, said, Checked};
use crate::core::curl::parse_curl;
use crate::core::insight::{analyse, InsightContext};
use crate::core::request::auth::Auth;
use crate::core::request::body::{FieldRow, RequestBody};
use crate::core::request::draft::{PageScheme, RequestDraft};
use crate::core::request::headers::HeaderRow;
use crate::core::request::vars::{Scope, Variable};
use crate::core::response::received::{Body, ReceivedResponse};
use crate::core::status::StatusCode;
use crate::core::test_support::WhatwgUrls;

const VAR_PIECES: &[&str] = &[
    "{{",
    "}}",
    "{",
    "}",
    "a",
    "b",
    "{{a}}",
    "{{b}}",
    "{{ a }}",
    "{{}}",
    "{{{a}}}",
    "{{c",
    "https://",
    "x.example",
    "/",
    "é",
    "$",
    "\\",
];

/// Text made of references and their pieces.
fn templated() -> impl Strategy<Value = String> {
    pieces(VAR_PIECES, 10)
}

/// Variables `a`, `b`, `c`… whose values may refer to each other.
fn variables() -> impl Strategy<Value = Vec<Variable>> {
    vec((select(&["a", "b", "c", " a", ""][..]), templated()), 0..5).prop_map(|pairs| {
        pairs
            .into_iter()
            .map(|(key, value)| Variable::new(key, value))
            .collect()
    })
}

fn draft() -> impl Strategy<Value = RequestDraft> {
    (
        select(&["GET", "POST", "HEAD", "B@D", "", "{{a}}"][..]),
        templated(),
        vec((templated(), templated(), any::<bool>()), 0..3),
        templated(),
        0..4usize,
    )
        .prop_map(|(method, url, headers, text, kind)| RequestDraft {
            method: method.to_owned(),
            url,
            headers: headers
                .into_iter()
                .map(|(name, value, enabled)| HeaderRow {
                    name,
                    value,
                    enabled,
                })
                .collect(),
            body: match kind {
                0 => RequestBody::None,
                1 => RequestBody::Json(text.clone()),
                2 => RequestBody::UrlEncoded(vec![FieldRow::new(text.clone(), "{{b}}")]),
                _ => RequestBody::Text(text.clone()),
            },
            auth: Auth::Bearer { token: text },
            ..RequestDraft::default()
        })
}

/// Fills in the references, then checks the result for sending.
fn resolve_and_validate(draft: &RequestDraft, variables: &[Variable]) -> Checked {
    let scope = Scope {
        collection: Some(("Fuzz", variables)),
        environment: None,
    };
    let resolved = draft.resolve_in(&scope);
    explained(&resolved)?;
    let Ok(resolved) = resolved else {
        return Ok(());
    };
    match resolved.validate("30", PageScheme::Https, &WhatwgUrls) {
        Err(problems) => problems.iter().try_for_each(said),
        Ok(_) => Ok(()),
    }
}

#[test]
fn variables_never_panic() {
    fuzz(
        "variables",
        3072,
        (draft(), variables()),
        |(draft, variables)| resolve_and_validate(&draft, &variables),
    );
}

const CURL_PIECES: &[&str] = &[
    "curl ",
    " ",
    "-X ",
    "-H ",
    "-d ",
    "--data-urlencode ",
    "-F ",
    "-u ",
    "-b ",
    "-A ",
    "-e ",
    "-G ",
    "-I ",
    "--json ",
    "-L ",
    "--compressed ",
    "-k ",
    "--",
    "-",
    "'",
    "\"",
    "$'",
    "\\",
    "\\\n",
    "\n",
    "=",
    "@file",
    "a=b",
    "name=@x;type=text/plain",
    "https://x.example/p?q=1",
    "x.example",
    "Content-Type: application/json",
    "{\"a\":1}",
    ":",
    "user:pw",
    "é",
    "\\x4",
    "\\x41",
    "\\u00e9",
    "\\U0001F600",
    "\\U110000",
    "\\777",
    "\\0",
    "\\c",
    "\\e",
    "^",
    "%",
    "`",
    "$(",
    "${a}",
];

fn commands() -> impl Strategy<Value = String> {
    let built = pieces(CURL_PIECES, 14).prop_map(|text| format!("curl {text}"));
    prop_oneof![any::<String>(), built]
}

#[test]
fn curl_commands_never_panic() {
    fuzz("curl", 4096, commands(), |command| {
        let parsed = parse_curl(&command);
        explained(&parsed)?;
        match parsed {
            Ok(request) => resolve_and_validate(&request.to_draft(), &[]),
            Err(_) => Ok(()),
        }
    });
}

const HEADER_NAMES: &[&str] = &[
    "retry-after",
    "content-type",
    "date",
    "location",
    "allow",
    "www-authenticate",
    "access-control-expose-headers",
    "content-length",
    "cache-control",
];
const HEADER_VALUES: &[&str] = &[
    "120",
    "-1",
    "1.5",
    "Wed, 25 Nov 2026 14:05:00 GMT",
    "application/problem+json",
    "application/json; charset=utf-8",
    "text/html",
    "*",
    "",
    "Basic",
    "/next",
];

fn responses() -> impl Strategy<Value = (ReceivedResponse, u64)> {
    let header = (
        select(HEADER_NAMES),
        prop_oneof![select(HEADER_VALUES).prop_map(str::to_owned), ".{0,30}"],
    );
    let body = prop_oneof![
        ".{0,80}",
        Just(r#"{"type": 3, "title": [], "status": "x", "detail": null}"#.to_owned()),
        Just("<!DOCTYPE html><title>Error</title>".to_owned()),
    ];
    (
        100..=599u16,
        vec(header, 0..5),
        body,
        any::<bool>(),
        any::<u64>(),
    )
        .prop_map(|(code, headers, body, cross_origin, now)| {
            let response = ReceivedResponse {
                status: StatusCode::new(code).ok(),
                raw_status: code,
                headers: headers
                    .into_iter()
                    .map(|(name, value)| (name.to_owned(), value))
                    .collect(),
                body: Body::Text(Arc::new(body)),
                final_url: "https://api.example.com/items".into(),
                redirected: cross_origin,
                opaque_redirect: false,
                elapsed_ms: 5.0,
                sent: Default::default(),
                cross_origin,
                via: crate::core::response::received::Via::Browser,
            };
            (response, now >> 20)
        })
}

#[test]
fn insight_over_any_response_never_panics() {
    fuzz("insight", 2048, responses(), |(response, now)| {
        let context = InsightContext {
            request_method: "GET".into(),
            expects_json: true,
            now: UNIX_EPOCH + Duration::from_secs(now),
        };
        if let Some(insight) = analyse(&response, &context) {
            for finding in &insight.findings {
                said(&finding.title)?;
            }
        }
        Ok(())
    });
}
