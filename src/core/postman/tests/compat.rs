//! Corners where reading the tree by hand must answer exactly as the serde
//! schema did: key order, repeated keys, `null`, and parts in the wrong shape
//! even where they go unused.

use super::import;
use crate::core::collections::Item;
use crate::core::postman::{PostmanError, PostmanImport};
use crate::core::request::draft::RequestDraft;

fn one(item: &str) -> PostmanImport {
    let text = format!(r#"{{"info": {{"name": "C"}}, "item": [{item}]}}"#);
    match import(&text) {
        Ok(imported) => imported,
        Err(error) => panic!("should import: {error}"),
    }
}

fn malformed(item: &str) -> String {
    let text = format!(r#"{{"info": {{"name": "C"}}, "item": [{item}]}}"#);
    match import(&text) {
        Err(PostmanError::Malformed(reason)) => reason,
        other => panic!("should be malformed: {other:?}"),
    }
}

fn first_request(imported: &PostmanImport) -> &RequestDraft {
    match imported.collection.items.first() {
        Some(Item::Request(saved)) => &saved.request,
        other => panic!("expected a request, got {other:?}"),
    }
}

#[test]
fn unknown_fields_and_settings_are_listed_sorted_once_each() {
    let result = one(
        r#"{"name": "R", "zeta": 1, "alpha": 2, "zeta": 3, "request": "https://x.test",
            "protocolProfileBehavior": {"strictSSL": true, "followRedirects": false,
                                        "disableCookies": true}}"#,
    );
    assert!(!first_request(&result).follow_redirects);
    assert_eq!(
        result.unsupported,
        [
            "request “R” › setting “disableCookies”",
            "request “R” › setting “strictSSL”",
            "request “R” › field “alpha”",
            "request “R” › field “zeta”",
        ]
    );
}

#[test]
fn a_repeated_key_reads_its_last_value() {
    let result = one(r#"{"name": "A", "name": "B", "request": "https://x.test"}"#);
    assert!(matches!(&result.collection.items[..], [Item::Request(r)] if r.name == "B"));
    let result = one(r#"{"name": "R", "request": "https://x.test",
            "protocolProfileBehavior": {"followRedirects": false, "followRedirects": true}}"#);
    assert!(first_request(&result).follow_redirects);
}

#[test]
fn null_reads_as_missing() {
    let result = one(
        r#"{"name": "R", "item": null, "response": null, "event": null, "variable": null,
            "auth": null, "description": null,
            "request": {"url": "https://x.test", "method": null, "header": null, "body": null,
                        "proxy": null, "certificate": null, "auth": null}}"#,
    );
    assert_eq!(first_request(&result).method, "GET");
    assert!(result.unsupported.is_empty(), "{:?}", result.unsupported);
    let result = one(r#"{"name": "S", "item": null, "request": null}"#);
    assert_eq!(
        result.unsupported,
        ["item “S” › skipped: neither a request nor a folder"]
    );
}

#[test]
fn variable_values_are_written_as_compact_sorted_json() {
    let text = r#"{"info": {"name": "C"}, "item": [], "variable": [
        {"key": "o", "value": {"y": 1, "x": [true, null, "\b"]}},
        {"key": "n", "value": 5000}, {"key": "z", "value": null}, {"id": "byId", "value": "v"}]}"#;
    let variables: Vec<(String, String)> = import(text)
        .unwrap()
        .collection
        .variables
        .into_iter()
        .map(|v| (v.key, v.value))
        .collect();
    let pairs = |k: &str, v: &str| (k.to_owned(), v.to_owned());
    assert_eq!(
        variables,
        [
            pairs("o", r#"{"x":[true,null,"\b"],"y":1}"#),
            pairs("n", "5000"),
            pairs("z", ""),
            pairs("byId", "v"),
        ]
    );
}

#[test]
fn graphql_variables_are_sorted_like_serde_json_and_text_escaped_alike() {
    let result = one(
        r#"{"name": "Q", "request": {"method": "POST", "url": "https://x.test",
            "body": {"mode": "graphql", "graphql": {"query": "{ a }",
                     "variables": "{\"b\": [], \"a\": {\"d\": 2.50, \"c\": {}}}"}}}}"#,
    );
    assert_eq!(
        first_request(&result).body.text().unwrap_or_default(),
        "{\n  \"query\": \"{ a }\",\n  \"variables\": {\n    \"a\": {\n      \"c\": {},\n      \
         \"d\": 2.5\n    },\n    \"b\": []\n  }\n}"
    );
    let result = one(
        r#"{"name": "Q", "request": {"method": "POST", "url": "https://x.test",
            "body": {"mode": "graphql", "graphql": {"query": "\f\u0001", "variables": "{{v}}"}}}}"#,
    );
    assert_eq!(
        first_request(&result).body.text().unwrap_or_default(),
        "{\n  \"query\": \"\\f\\u0001\",\n  \"variables\": {{v}}\n}"
    );
}

#[test]
fn descriptions_count_only_with_text() {
    let result = one(
        r#"{"name": "R", "description": {"content": "yes"}, "request": {"url": "https://x.test",
            "description": {"content": "  "}, "header": [{"key": "A", "description": "yes"}]}}"#,
    );
    assert_eq!(result.unsupported, ["2 descriptions are not kept"]);
}

#[test]
fn parts_in_the_wrong_shape_are_refused_even_when_unused() {
    for (item, reason) in [
        (
            r#"{"request": {"body": {"mode": "raw", "formdata": 5}}}"#,
            "“formdata”: expected a list, found a number",
        ),
        (
            r#"{"request": {"body": {"formdata": [{"key": "a", "contentType": {}}]}}}"#,
            "“contentType”: expected text, found an object",
        ),
        (
            r#"{"request": {"url": {"raw": "https://x.test", "host": [1]}}}"#,
            "“host”: expected text, found a number",
        ),
        (
            r#"{"request": "https://x.test", "event": [{"script": {"exec": [1]}}]}"#,
            "“exec”: expected text, found a number",
        ),
        (
            r#"{"request": "https://x.test", "response": {}}"#,
            "“response”: expected a list, found an object",
        ),
        (
            r#"{"request": {"header": [{"key": "A", "disabled": "yes"}]}}"#,
            "“disabled”: expected true or false, found text",
        ),
        (
            r#"{"item": [], "request": []}"#,
            "“request”: expected an object, found a list",
        ),
        (
            r#"{"request": {"url": {"path": [null]}}}"#,
            "“path”: expected an object, found null",
        ),
        ("7", "“item”: expected an object, found a number"),
    ] {
        assert_eq!(malformed(item), reason, "{item}");
    }
    let text = r#"{"info": {"name": "C", "schema": 2}, "item": []}"#;
    assert!(matches!(import(text), Err(PostmanError::Malformed(_))));
}
