use serde_json::{json, Value};

use super::*;

fn upgraded(body: &str, headers: Value) -> Value {
    let mut request =
        json!({ "method": "POST", "url": "https://x.test/", "headers": headers, "body": body });
    upgrade_request_v1(&mut request).unwrap();
    request["body"].clone()
}

fn content_type(value: &str) -> Value {
    json!([{ "name": " content-type ", "value": value, "enabled": true }])
}

#[test]
fn an_empty_body_becomes_none() {
    assert_eq!(
        upgraded("", content_type("application/json")),
        json!("none")
    );
    let mut missing = json!({ "method": "GET", "url": "", "headers": [] });
    upgrade_request_v1(&mut missing).unwrap();
    assert_eq!(missing["body"], json!("none"));
}

#[test]
fn json_types_make_a_json_body() {
    for t in [
        "application/json",
        "Application/JSON; charset=utf-8",
        "application/problem+json",
    ] {
        assert_eq!(
            upgraded("{}", content_type(t)),
            json!({ "json": "{}" }),
            "{t}"
        );
    }
}

#[test]
fn xml_types_make_an_xml_body() {
    for t in ["application/xml", "text/xml", "application/atom+xml"] {
        assert_eq!(
            upgraded("<a/>", content_type(t)),
            json!({ "xml": "<a/>" }),
            "{t}"
        );
    }
}

#[test]
fn a_switched_off_content_type_row_does_not_count() {
    let rows = json!([{ "name": "Content-Type", "value": "application/json", "enabled": false }]);
    assert_eq!(upgraded("{}", rows), json!({ "text": "{}" }));
}

#[test]
fn rows_without_enabled_count_as_switched_on() {
    let rows = json!([{ "name": "Content-Type", "value": "application/json" }]);
    assert_eq!(upgraded("{}", rows), json!({ "json": "{}" }));
}

#[test]
fn url_encoded_text_becomes_rows_when_they_spell_it_again() {
    assert_eq!(
        upgraded(
            "a=1&b=x+y%26",
            content_type("application/x-www-form-urlencoded")
        ),
        json!({ "url_encoded": [
            { "name": "a", "value": "1", "enabled": true },
            { "name": "b", "value": "x y&", "enabled": true }
        ] })
    );
}

#[test]
fn url_encoded_text_that_would_change_stays_text() {
    let form = content_type("application/x-www-form-urlencoded");
    // %20 would come back as +, a bare name as `name=`, {{v}} encoded or filled in.
    for body in ["a=x%20y", "flag", "a={{v}}", "a=%7B%7Bv%7D%7D", "a=%FF"] {
        assert_eq!(
            upgraded(body, form.clone()),
            json!({ "text": body }),
            "{body}"
        );
    }
}

#[test]
fn raw_multipart_and_anything_else_stays_text() {
    let body = "--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--b--\r\n";
    assert_eq!(
        upgraded(body, content_type("multipart/form-data; boundary=b")),
        json!({ "text": body })
    );
    assert_eq!(upgraded("hello", json!([])), json!({ "text": "hello" }));
    assert_eq!(upgraded("{}", json!([])), json!({ "text": "{}" }));
}

#[test]
fn typed_bodies_are_left_alone() {
    let mut request = json!({ "headers": [], "body": { "json": "{}" } });
    upgrade_request_v1(&mut request).unwrap();
    assert_eq!(request["body"], json!({ "json": "{}" }));
    assert!(upgrade_request_v1(&mut json!("text")).is_err());
}

#[test]
fn upgraded_bodies_read_as_the_typed_model() {
    let body: RequestBody = serde_json::from_value(upgraded(
        "a=1",
        content_type("application/x-www-form-urlencoded"),
    ))
    .unwrap();
    assert_eq!(body, RequestBody::UrlEncoded(vec![FieldRow::new("a", "1")]));
}
