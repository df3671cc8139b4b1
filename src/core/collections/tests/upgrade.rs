//! Version 1 → 2: stored body text becomes a typed body that sends the same
//! bytes with the same headers, wherever requests are kept.

use serde_json::{json, Value};

use super::support::*;
use crate::core::collections::{load, load_history, Loaded};
use crate::core::request::body::{FieldRow, RequestBody};
use crate::core::request::draft::{PageScheme, RequestDraft, SendBody};
use crate::core::request::headers::HeaderRow;
use crate::core::test_support::WhatwgUrls;

const V2_FIXTURE: &str = include_str!("../../../../tests/fixtures/library-v2.json");

fn v1_request(body: &str, content_type: Option<&str>) -> Value {
    let headers: Vec<Value> = content_type
        .map(|t| json!({ "name": "Content-Type", "value": t, "enabled": true }))
        .into_iter()
        .collect();
    json!({ "method": "POST", "url": "https://x.test/", "headers": headers, "body": body })
}

/// A v1 library whose one request sits two folders deep.
fn v1_library(request: Value) -> String {
    json!({ "version": 1, "saved_ms": 1, "library": { "collections": [{
        "id": "c1", "name": "C", "items": [{ "kind": "folder", "id": "f1", "name": "F", "items": [
            { "kind": "folder", "id": "f2", "name": "G", "items": [
                { "kind": "request", "id": "r1", "name": "R", "request": request }
            ]}
        ]}]
    }]}})
    .to_string()
}

fn migrated(body: &str, content_type: Option<&str>) -> RequestDraft {
    let text = v1_library(v1_request(body, content_type));
    let Loaded::Migrated { library, from: 1 } = load(Some(&text)) else {
        panic!("a v1 library loads as migrated")
    };
    match library.request(&id("r1")) {
        Some(saved) => saved.request.clone(),
        None => panic!("the nested request survives"),
    }
}

/// What version 1 sent: the rows as typed, the text as is (CRLF-widened for
/// a raw multipart body), and fetch()'s own text/plain type when no row set one.
fn sent_by_v1(body: &str, content_type: Option<&str>) -> (Vec<(String, String)>, Option<String>) {
    let mut headers: Vec<(String, String)> = content_type
        .map(|t| ("Content-Type".to_owned(), t.to_owned()))
        .into_iter()
        .collect();
    if body.is_empty() {
        return (headers, None);
    }
    let multipart = content_type.is_some_and(|t| t.starts_with("multipart/"));
    let text = if multipart {
        body.replace("\r\n", "\n").replace('\n', "\r\n")
    } else {
        body.to_owned()
    };
    if content_type.is_none() {
        headers.push(("Content-Type".into(), "text/plain;charset=UTF-8".into()));
    }
    (headers, Some(text))
}

fn sent_by_v2(draft: &RequestDraft) -> (Vec<(String, String)>, Option<String>) {
    let request = match draft.validate("30", PageScheme::Http, &WhatwgUrls) {
        Ok(request) => request,
        Err(problems) => panic!("{problems:?}"),
    };
    let body = request.body.map(|b| match b {
        SendBody::Text(text) => text,
        other => panic!("a migrated body is text on the wire: {other:?}"),
    });
    (request.headers, body)
}

fn assert_upgrade(body: &str, content_type: Option<&str>, expected: RequestBody) {
    let draft = migrated(body, content_type);
    assert_eq!(draft.body, expected, "{body:?} with {content_type:?}");
    assert_eq!(
        sent_by_v2(&draft),
        sent_by_v1(body, content_type),
        "{body:?} with {content_type:?}"
    );
}

#[test]
fn an_empty_body_becomes_none() {
    assert_upgrade("", None, RequestBody::None);
    assert_upgrade("", Some("application/json"), RequestBody::None);
}

#[test]
fn a_json_type_makes_a_json_body() {
    assert_upgrade(
        "{\"a\": 1}",
        Some("application/json"),
        RequestBody::Json("{\"a\": 1}".into()),
    );
    assert_upgrade(
        "{}",
        Some("application/merge-patch+json"),
        RequestBody::Json("{}".into()),
    );
}

#[test]
fn an_xml_type_makes_an_xml_body() {
    for t in [
        "application/xml",
        "text/xml; charset=utf-8",
        "application/soap+xml",
    ] {
        assert_upgrade("<a/>", Some(t), RequestBody::Xml("<a/>".into()));
    }
}

#[test]
fn url_encoded_text_becomes_rows_only_when_they_spell_it_again() {
    let form = Some("application/x-www-form-urlencoded");
    assert_upgrade(
        "a=1&b=caf%C3%A9+au+lait",
        form,
        RequestBody::UrlEncoded(vec![
            FieldRow::new("a", "1"),
            FieldRow::new("b", "café au lait"),
        ]),
    );
    for text in ["a=caf%c3%a9", "a=1&&b=2", "a={{v}}", "just text"] {
        assert_upgrade(text, form, RequestBody::Text(text.into()));
    }
}

#[test]
fn raw_multipart_text_stays_text_and_keeps_its_crlf_widening() {
    let body = "--XyZ\nContent-Disposition: form-data; name=\"a\"\n\n1\n--XyZ--\n";
    assert_upgrade(
        body,
        Some("multipart/form-data; boundary=XyZ"),
        RequestBody::Text(body.into()),
    );
}

#[test]
fn anything_else_stays_text() {
    assert_upgrade(
        "{\"looks\": \"like json\"}",
        None,
        RequestBody::Text("{\"looks\": \"like json\"}".into()),
    );
    assert_upgrade("hello", Some("text/csv"), RequestBody::Text("hello".into()));
    assert_upgrade("hi", Some("not a type"), RequestBody::Text("hi".into()));
}

#[test]
fn a_switched_off_content_type_row_does_not_choose_the_mode() {
    let mut request = v1_request("{}", Some("application/json"));
    request["headers"][0]["enabled"] = json!(false);
    let Loaded::Migrated { library, .. } = load(Some(&v1_library(request))) else {
        panic!()
    };
    let draft = &library.request(&id("r1")).unwrap().request;
    assert_eq!(draft.body, RequestBody::Text("{}".into()));
    assert_eq!(draft.headers[0], {
        let mut off = HeaderRow::new("Content-Type", "application/json");
        off.enabled = false;
        off
    });
}

#[test]
fn requests_at_the_top_of_a_collection_are_upgraded_too() {
    let text = json!({ "version": 1, "saved_ms": 1, "library": { "collections": [{
    "id": "c1", "name": "C", "items": [
        { "kind": "request", "id": "r1", "name": "R", "request": v1_request("x", None) }
    ]}]}})
    .to_string();
    let Loaded::Migrated { library, .. } = load(Some(&text)) else {
        panic!()
    };
    assert_eq!(
        library.request(&id("r1")).unwrap().request.body,
        RequestBody::Text("x".into())
    );
}

#[test]
fn the_v2_fixture_loads_as_current_and_writes_back_the_same() {
    let Loaded::Current(library) = load(Some(V2_FIXTURE)) else {
        panic!("the v2 fixture must load as current")
    };
    assert_eq!(library.collections.len(), 3);
    assert_eq!(library.request_count(), 8);
    let written: Value = serde_json::from_str(&crate::core::collections::serialize(
        &library,
        1767315600000,
    ))
    .unwrap();
    let fixture: Value = serde_json::from_str(V2_FIXTURE).unwrap();
    assert_eq!(written, fixture);
}

#[test]
fn v1_history_is_upgraded() {
    let text = json!({ "version": 1, "saved_ms": 1, "history": { "entries": [{
        "id": "h1", "request": v1_request("a=1", Some("application/x-www-form-urlencoded")),
        "status": 200, "outcome": "200 OK", "sent_ms": 5, "elapsed_ms": 3
    }]}})
    .to_string();
    let loaded = load_history(Some(&text));
    assert_eq!(loaded.problem, None);
    assert_eq!(
        loaded.history.entries[0].request.body,
        RequestBody::UrlEncoded(vec![FieldRow::new("a", "1")])
    );
}
