//! The other ways a collection may spell the same things, and the odd corners.

use super::*;
use crate::core::request::auth::{Auth, KeyPlace};
use crate::core::request::body::{BodyKind, RequestBody};

fn one(item: &str) -> PostmanImport {
    imported(&collection_with(item))
}

#[test]
fn a_request_written_as_a_url_string_is_a_get() {
    let result = one(r#"{"name": "Ping", "request": "https://x.test/ping"}"#);
    assert_eq!(only_request(&result), &get("https://x.test/ping"));
    assert!(result.unsupported.is_empty());
}

#[test]
fn method_defaults_to_get_and_is_otherwise_kept_as_written() {
    let missing = one(r#"{"name": "R", "request": {"url": "https://x.test"}}"#);
    assert_eq!(only_request(&missing).method, "GET");
    let custom = one(r#"{"name": "R", "request": {"method": "purge", "url": "https://x.test"}}"#);
    assert_eq!(only_request(&custom).method, "purge");
}

#[test]
fn headers_written_as_a_block_of_lines_are_split() {
    let result = one(r#"{"name": "R", "request": {"url": "https://x.test",
            "header": "Accept: application/json\nX-Trace:  abc:def \n\nX-Flag"}}"#);
    assert_eq!(
        only_request(&result).headers,
        [
            HeaderRow::new("Accept", "application/json"),
            HeaderRow::new("X-Trace", "abc:def"),
            HeaderRow::new("X-Flag", ""),
        ]
    );
}

#[test]
fn scalars_written_as_numbers_or_null_read_as_text() {
    let result = one(
        r#"{"name": "R", "request": {"url": {"protocol": "http", "host": "localhost", "port": 8080,
            "path": "/v1/items", "hash": "top"},
            "header": [{"key": "X-Retries", "value": 3}, {"key": "X-Empty", "value": null}]}}"#,
    );
    let draft = only_request(&result);
    assert_eq!(draft.url, "http://localhost:8080/v1/items#top");
    assert_eq!(
        draft.headers,
        [
            HeaderRow::new("X-Retries", "3"),
            HeaderRow::new("X-Empty", "")
        ]
    );
}

#[test]
fn the_postman_api_envelope_is_unwrapped() {
    let text = format!(r#"{{"collection": {}}}"#, collection_with(""));
    assert_eq!(imported(&text).collection.name, "C");
}

#[test]
fn missing_names_get_placeholders() {
    let result = imported(r#"{"info": {}, "item": [{"item": [{"request": "https://x.test"}]}]}"#);
    let c = &result.collection;
    assert_eq!(c.name, "Imported collection");
    assert_eq!(
        c.items,
        [folder(
            2,
            "Untitled folder",
            vec![request(3, "Untitled request", get("https://x.test"))]
        )]
    );
}

#[test]
fn new_id_is_called_once_per_collection_folder_and_request() {
    let mut calls = 0;
    let text = collection_with(
        r#"{"name": "F", "item": [{"name": "A", "request": "https://x.test"}, {"name": "G", "item": []}]},
           {"name": "B", "request": "https://x.test"}"#,
    );
    let result = import_postman(
        &text,
        &mut || {
            calls += 1;
            id(calls)
        },
        NOW,
    );
    assert!(result.is_ok());
    assert_eq!(calls, 5);
}

#[test]
fn an_item_that_is_neither_request_nor_folder_is_skipped_and_reported() {
    let result = one(r#"{"name": "Stray", "description": "left over"}"#);
    assert!(result.collection.items.is_empty());
    // The whole item is reported, so its description is not counted again.
    assert_eq!(
        result.unsupported,
        ["item “Stray” › skipped: neither a request nor a folder"]
    );
}

#[test]
fn v2_0_auth_parameters_written_as_an_object_are_read() {
    let text = r#"{
        "info": {"name": "Old", "schema": "https://schema.getpostman.com/json/collection/v2.0.0/collection.json"},
        "auth": {"type": "basic", "basic": {"username": "ada", "password": "lovelace", "showPassword": false}},
        "item": [{"name": "R", "request": "https://x.test"}]
    }"#;
    let result = imported(text);
    assert_eq!(
        only_request(&result).auth,
        Auth::Basic {
            username: "ada".into(),
            password: "lovelace".into()
        }
    );
}

#[test]
fn basic_auth_with_variables_keeps_them_to_fill_in_when_sent() {
    let result = one(
        r#"{"name": "R", "request": {"url": "https://x.test", "auth": {"type": "basic", "basic": [
            {"key": "username", "value": "{{user}}"}, {"key": "password", "value": "{{pass}}"}]}}}"#,
    );
    assert_eq!(only_request(&result).headers, []);
    assert_eq!(
        only_request(&result).auth,
        Auth::Basic {
            username: "{{user}}".into(),
            password: "{{pass}}".into()
        }
    );
    assert!(result.unsupported.is_empty(), "{:?}", result.unsupported);
}

#[test]
fn auth_the_request_already_sends_itself_is_not_applied() {
    let result = one(
        r#"{"name": "R", "request": {"url": "https://x.test/?api_key=1", "auth": {"type": "apikey",
            "apikey": [{"key": "key", "value": "api_key"}, {"key": "value", "value": "2"},
                       {"key": "in", "value": "query"}]}}}"#,
    );
    assert_eq!(only_request(&result).auth, Auth::None);
    assert_eq!(
        result.unsupported,
        ["request “R” › auth (apikey) not applied: the request sets its own query parameter api_key"]
    );
}

#[test]
fn auth_exports_as_postman_auth_and_imports_back() {
    let mut d = get("https://x.test/");
    d.auth = Auth::ApiKey {
        name: "X-Key".into(),
        value: "{{k}}".into(),
        place: KeyPlace::Header,
    };
    let collection = crate::core::collections::Collection {
        id: id(1),
        name: "C".into(),
        items: vec![request(2, "R", d.clone())],
        variables: vec![],
        revision: 1,
        updated_ms: NOW,
    };
    let text = export_postman(&collection, true);
    let written: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        written["item"][0]["request"]["auth"],
        serde_json::json!({"type": "apikey", "apikey": [
            {"key": "key", "value": "X-Key", "type": "string"},
            {"key": "value", "value": "{{k}}", "type": "string"},
            {"key": "in", "value": "header", "type": "string"}
        ]})
    );
    assert_eq!(only_request(&imported(&text)).auth, d.auth);
}

#[test]
fn inherit_defers_to_the_parent_and_noauth_stops_it() {
    let text = r#"{
        "info": {"name": "C"},
        "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "t0k"}]},
        "item": [
            {"name": "Inherits", "request": {"url": "https://x.test", "auth": {"type": "inherit"}}},
            {"name": "F", "auth": {"type": "noauth"}, "item": [{"name": "Open", "request": "https://x.test"}]}
        ]
    }"#;
    let c = imported(text).collection;
    assert_eq!(
        c.items,
        [
            request(
                2,
                "Inherits",
                RequestDraft {
                    auth: Auth::Bearer {
                        token: "t0k".into()
                    },
                    ..get("https://x.test")
                }
            ),
            folder(3, "F", vec![request(4, "Open", get("https://x.test"))]),
        ]
    );
}

#[test]
fn api_keys_without_a_name_or_with_an_unknown_place_are_reported() {
    let result = one(
        r#"{"name": "R", "request": {"url": "https://x.test", "auth": {"type": "apikey", "apikey": [
            {"key": "value", "value": "v"}]}}}"#,
    );
    assert_eq!(only_request(&result).headers, []);
    assert_eq!(
        result.unsupported,
        ["request “R” › auth (apikey) without a key name"]
    );
    let result = one(
        r#"{"name": "R", "request": {"url": "https://x.test", "auth": {"type": "apikey", "apikey": [
            {"key": "key", "value": "k"}, {"key": "in", "value": "cookie"}]}}}"#,
    );
    assert_eq!(
        result.unsupported,
        ["request “R” › auth (apikey) sent in “cookie”"]
    );
}

#[test]
fn an_api_key_in_the_query_goes_before_the_fragment() {
    let result = one(
        r##"{"name": "R", "request": {"url": "https://x.test/a#section", "auth": {"type": "apikey",
            "apikey": [{"key": "key", "value": "key"}, {"key": "value", "value": "{{k}}"},
                       {"key": "in", "value": "query"}]}}}"##,
    );
    let draft = only_request(&result);
    assert_eq!(draft.url, "https://x.test/a#section");
    let vars = [crate::core::collections::Variable::new("k", "v w")];
    let sent = draft.resolve(&vars).unwrap();
    assert_eq!(
        sent.auth.url_with_key(&sent.url),
        Ok("https://x.test/a?key=v%20w#section".into())
    );
}

#[test]
fn follow_redirects_is_inherited_and_can_be_overridden() {
    let text = r#"{
        "info": {"name": "C"},
        "protocolProfileBehavior": {"followRedirects": false},
        "item": [
            {"name": "Inherits", "request": "https://x.test"},
            {"name": "Own", "protocolProfileBehavior": {"followRedirects": true}, "request": "https://x.test"}
        ]
    }"#;
    let result = imported(text);
    let follows: Vec<bool> = result
        .collection
        .items
        .iter()
        .map(|item| match item {
            Item::Request(saved) => saved.request.follow_redirects,
            Item::Folder(_) => panic!("no folders here"),
        })
        .collect();
    assert_eq!(follows, [false, true]);
    assert!(result.unsupported.is_empty());
}

#[test]
fn raw_languages_choose_the_mode_or_add_the_content_type_postman_would_send() {
    for (language, content_type, kind) in [
        ("json", None, BodyKind::Json),
        ("xml", None, BodyKind::Xml),
        ("html", Some("text/html"), BodyKind::Text),
        ("javascript", Some("application/javascript"), BodyKind::Text),
        ("text", None, BodyKind::Text),
    ] {
        let result = one(&format!(
            r#"{{"name": "R", "request": {{"method": "POST", "url": "https://x.test",
                "body": {{"mode": "raw", "raw": "x", "options": {{"raw": {{"language": "{language}"}}}}}}}}}}"#
        ));
        let expected: Vec<HeaderRow> = content_type
            .map(|ct| HeaderRow::new("Content-Type", ct))
            .into_iter()
            .collect();
        assert_eq!(only_request(&result).headers, expected, "{language}");
        assert_eq!(only_request(&result).body.kind(), kind, "{language}");
    }
}

#[test]
fn a_switched_off_content_type_does_not_count_as_set() {
    let result = one(
        r#"{"name": "R", "request": {"method": "POST", "url": "https://x.test",
            "header": [{"key": "Content-Type", "value": "text/plain", "disabled": true}],
            "body": {"mode": "raw", "raw": "{}", "options": {"raw": {"language": "json"}}}}}"#,
    );
    // JSON mode sends application/json itself, as no enabled row sets a type.
    assert_eq!(
        only_request(&result).headers,
        [switched_off("Content-Type", "text/plain")]
    );
    assert_eq!(only_request(&result).body, RequestBody::Json("{}".into()));
}

#[test]
fn graphql_variables_as_an_object_or_broken_text() {
    let result = one(
        r#"{"name": "Q", "request": {"method": "POST", "url": "https://x.test/graphql",
            "body": {"mode": "graphql", "graphql": {"query": "{ a }", "variables": {"n": 1}}}}}"#,
    );
    assert_eq!(
        only_request(&result).body.text().unwrap_or_default(),
        "{\n  \"query\": \"{ a }\",\n  \"variables\": {\n    \"n\": 1\n  }\n}"
    );
    let result = one(
        r#"{"name": "Q", "request": {"method": "POST", "url": "https://x.test/graphql",
            "body": {"mode": "graphql", "graphql": {"query": "{ a }", "variables": "{n: 1"}}}}"#,
    );
    assert_eq!(
        only_request(&result).body.text().unwrap_or_default(),
        "{\n  \"query\": \"{ a }\"\n}"
    );
    assert_eq!(
        result.unsupported,
        ["request “Q” › GraphQL variables (not valid JSON)"]
    );
}

#[test]
fn odd_bodies_and_request_settings_are_reported() {
    let result = one(
        r#"{"name": "R", "request": {"method": "POST", "url": "https://x.test",
            "body": {"mode": "raw", "raw": "gone", "disabled": true},
            "proxy": {"host": "proxy.test"}, "certificate": {"name": "client"}}}"#,
    );
    assert_eq!(only_request(&result).body.text().unwrap_or_default(), "");
    assert_eq!(
        result.unsupported,
        [
            "request “R” › body (switched off in Postman)",
            "request “R” › proxy settings",
            "request “R” › client certificate",
        ]
    );
    let result = one(
        r#"{"name": "R", "request": {"method": "POST", "url": "https://x.test",
            "body": {"mode": "binary"}}}"#,
    );
    assert_eq!(result.unsupported, ["request “R” › body mode “binary”"]);
}

#[test]
fn unknown_fields_are_reported_but_postman_ids_are_not() {
    let text = r#"{
        "info": {"name": "C", "_postman_id": "x", "version": "1.2.0"},
        "item": [{"name": "R", "id": "1", "uid": "2-1", "request": {"url": "https://x.test", "timeout": 5}, "cookies": []}],
        "_postman_id": "x",
        "environment": {}
    }"#;
    assert_eq!(
        imported(text).unsupported,
        [
            "collection “C” › field “version”",
            "collection “C” › field “environment”",
            "request “R” › field “timeout”",
            "request “R” › field “cookies”",
        ]
    );
}

#[test]
fn empty_and_switched_off_scripts() {
    let result = one(r#"{"name": "R", "request": "https://x.test", "event": [
            {"listen": "prerequest", "script": {"exec": ["", "  "]}},
            {"listen": "test", "script": {"exec": "pm.test('ok')"}, "disabled": true},
            {"listen": "prerequest", "script": {"src": "https://scripts.test/pre.js"}}
        ]}"#);
    assert_eq!(
        result.unsupported,
        [
            "request “R” › test script (disabled)",
            "request “R” › pre-request script"
        ]
    );
}
