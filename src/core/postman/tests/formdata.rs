//! `formdata` bodies: rows in, rows out (and raw multipart text out as rows
//! when they spell it), and back again.

use serde_json::{json, Value};

use super::*;
use crate::core::collections::Collection;
use crate::core::request::body::{FileRef, PartRow, RequestBody};
use crate::core::request::multipart::{encode, BOUNDARY};

/// One POST request with the given header list and form-data rows (JSON text).
fn form_request(headers: &str, fields: &str) -> PostmanImport {
    imported(&collection_with(&format!(
        r#"{{"name": "Upload", "request": {{"method": "POST", "url": "https://x.test/up",
            "header": [{headers}], "body": {{"mode": "formdata", "formdata": [{fields}]}}}}}}"#
    )))
}

const PICK_COVER: &str =
    "request “Upload” › form-data file “cover”: pick the file again (files are not kept in collections)";

fn parts_of(draft: &RequestDraft) -> &[PartRow] {
    match &draft.body {
        RequestBody::Multipart(parts) => parts,
        other => panic!("not a multipart body: {other:?}"),
    }
}

fn off(mut part: PartRow) -> PartRow {
    part.enabled = false;
    part
}

#[test]
fn text_fields_become_multipart_rows() {
    let result = form_request(
        "",
        r#"{"key": "title", "value": "Cover art", "type": "text"},
           {"key": "{{field}}", "value": "by {{author}}"},
           {"key": "empty"},
           {"key": "note", "value": "two\r\nlines", "type": "text"}"#,
    );
    let draft = only_request(&result);
    // The browser writes multipart/form-data with its boundary.
    assert!(draft.headers.is_empty());
    assert_eq!(
        parts_of(draft),
        [
            PartRow::text("title", "Cover art"),
            PartRow::text("{{field}}", "by {{author}}"),
            PartRow::text("empty", ""),
            PartRow::text("note", "two\r\nlines"),
        ]
    );
    assert!(result.unsupported.is_empty(), "{:?}", result.unsupported);
}

#[test]
fn file_parts_come_without_their_file_and_switched_off_rows_stay_off() {
    let result = form_request(
        "",
        r#"{"key": "cover", "type": "file", "src": "/tmp/a.png"},
           {"key": "old", "type": "file", "src": "/tmp/b.png", "disabled": true},
           {"key": "draft", "value": "yes", "disabled": true, "description": "why"},
           {"key": "meta", "value": "{}", "contentType": "application/json"},
           {"key": "plain", "value": "1", "contentType": ""}"#,
    );
    let draft = only_request(&result);
    assert!(draft.headers.is_empty());
    assert_eq!(
        parts_of(draft),
        [
            PartRow::file("cover", None),
            off(PartRow::file("old", None)),
            off(PartRow::text("draft", "yes")),
            PartRow::text("meta", "{}"),
            PartRow::text("plain", "1"),
        ]
    );
    assert_eq!(
        result.unsupported,
        [
            PICK_COVER,
            "request “Upload” › content type “application/json” of form-data field “meta”",
            "1 description is not kept",
        ]
    );
}

#[test]
fn without_rows_there_is_no_body() {
    let result = form_request("", "");
    assert_eq!(only_request(&result).body, RequestBody::None);
    assert!(only_request(&result).headers.is_empty());
}

#[test]
fn the_requests_own_content_type_is_kept_and_the_editor_can_say_it_is_not_sent() {
    let own = r#"{"key": "Content-Type", "value": "multipart/form-data; boundary=x"}"#;
    let result = form_request(own, r#"{"key": "a", "value": "1"}"#);
    let draft = only_request(&result);
    assert_eq!(
        draft.headers,
        [HeaderRow::new(
            "Content-Type",
            "multipart/form-data; boundary=x"
        )]
    );
    assert_eq!(parts_of(draft), [PartRow::text("a", "1")]);
    assert!(draft.multipart_ignores_content_type());
}

fn exported_body(draft: RequestDraft) -> Value {
    let collection = Collection {
        id: id(1),
        name: "C".into(),
        items: vec![request(2, "R", draft)],
        variables: vec![],
        revision: 1,
        updated_ms: NOW,
    };
    let written: Value = match serde_json::from_str(&export_postman(&collection, true)) {
        Ok(written) => written,
        Err(error) => panic!("export is not JSON: {error}"),
    };
    written["item"][0]["request"]["body"].clone()
}

fn multipart_draft(content_type: &str, body: &str) -> RequestDraft {
    draft(
        "POST",
        "https://x.test/up",
        &[("Content-Type", content_type)],
        body,
    )
}

#[test]
fn multipart_rows_export_as_formdata() {
    let mut d = multipart_draft("multipart/form-data", "");
    d.body = RequestBody::Multipart(vec![
        PartRow::text("title", "Cover \"art\""),
        off(PartRow::text("n\r\name", "")),
        PartRow::file(
            "cover",
            Some(FileRef {
                id: 4,
                name: "a.png".into(),
                media_type: "image/png".into(),
                size: 10,
            }),
        ),
        PartRow::file("later", None),
    ]);
    assert_eq!(
        exported_body(d),
        json!({"mode": "formdata", "formdata": [
            {"key": "title", "value": "Cover \"art\"", "type": "text"},
            {"key": "n\r\name", "value": "", "type": "text", "disabled": true},
            {"key": "cover", "type": "file", "src": "a.png"},
            {"key": "later", "type": "file", "src": null}
        ]})
    );
}

#[test]
fn raw_multipart_text_exports_as_raw_text() {
    // A body kept as text (as version 1 kept every body) is exported as it is.
    let body = encode(&[("a", "1")], BOUNDARY);
    let exported = exported_body(multipart_draft(
        &format!("multipart/form-data; boundary={BOUNDARY}"),
        &body,
    ));
    assert_eq!(
        exported,
        json!({"mode": "raw", "raw": body, "options": {"raw": {"language": "text"}}})
    );
}

#[test]
fn a_formdata_collection_survives_import_export_and_import() {
    let text = collection_with(
        r#"{"name": "Upload", "request": {"method": "POST", "url": "https://x.test/up",
              "header": [{"key": "Accept", "value": "application/json"}],
              "body": {"mode": "formdata", "formdata": [
                  {"key": "title", "value": "Cover \"art\"", "type": "text"},
                  {"key": "{{k}}", "value": "{{v}}\r\nnext", "type": "text"},
                  {"key": "cover", "type": "file", "src": "/tmp/a.png"}]}}},
           {"name": "Own type", "request": {"method": "PUT", "url": "https://x.test/up",
              "header": [{"key": "Content-Type", "value": "multipart/form-data"}],
              "body": {"mode": "formdata", "formdata": [{"key": "a", "value": "1"}]}}}"#,
    );
    let first = imported(&text);
    assert_eq!(first.unsupported, [PICK_COVER]);
    let exported = export_postman(&first.collection, true);
    let written: Value = match serde_json::from_str(&exported) {
        Ok(written) => written,
        Err(error) => panic!("export is not JSON: {error}"),
    };
    assert_eq!(
        written["item"][0]["request"]["body"],
        json!({"mode": "formdata", "formdata": [
            {"key": "title", "value": "Cover \"art\"", "type": "text"},
            {"key": "{{k}}", "value": "{{v}}\r\nnext", "type": "text"},
            {"key": "cover", "type": "file", "src": null}
        ]})
    );
    assert_eq!(written["item"][1]["request"]["body"]["mode"], "formdata");
    let again = imported(&exported);
    assert_eq!(again.collection, first.collection);
    assert_eq!(again.unsupported, [PICK_COVER]);
}
