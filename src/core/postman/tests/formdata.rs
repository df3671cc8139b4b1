//! `formdata` bodies: text fields in, multipart text out, and back again.

use serde_json::{json, Value};

use super::*;
use crate::core::collections::Collection;
use crate::core::request::multipart::{decode, encode, BOUNDARY};

/// One POST request with the given header list and form-data rows (JSON text).
fn form_request(headers: &str, fields: &str) -> PostmanImport {
    imported(&collection_with(&format!(
        r#"{{"name": "Upload", "request": {{"method": "POST", "url": "https://x.test/up",
            "header": [{headers}], "body": {{"mode": "formdata", "formdata": [{fields}]}}}}}}"#
    )))
}

fn ours(boundary: &str) -> HeaderRow {
    HeaderRow::new(
        "Content-Type",
        format!("multipart/form-data; boundary={boundary}"),
    )
}

fn fields_of(draft: &RequestDraft, boundary: &str) -> Vec<(String, String)> {
    match decode(&draft.body, boundary) {
        Some(fields) => fields,
        None => panic!(
            "not a multipart body framed by {boundary}: {:?}",
            draft.body
        ),
    }
}

fn pairs(fields: &[(&str, &str)]) -> Vec<(String, String)> {
    fields
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

#[test]
fn text_fields_become_a_multipart_body_with_its_content_type() {
    let result = form_request(
        "",
        r#"{"key": "title", "value": "Cover art", "type": "text"},
           {"key": "{{field}}", "value": "by {{author}}"},
           {"key": "empty"},
           {"key": "note", "value": "two\r\nlines", "type": "text"}"#,
    );
    let draft = only_request(&result);
    assert_eq!(draft.headers, [ours(BOUNDARY)]);
    assert_eq!(
        draft.body,
        format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nCover art\r\n\
             --{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{{{{field}}}}\"\r\n\r\nby {{{{author}}}}\r\n\
             --{BOUNDARY}\r\nContent-Disposition: form-data; name=\"empty\"\r\n\r\n\r\n\
             --{BOUNDARY}\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\ntwo\r\nlines\r\n\
             --{BOUNDARY}--\r\n"
        )
    );
    assert!(result.unsupported.is_empty(), "{:?}", result.unsupported);
}

#[test]
fn files_and_switched_off_fields_are_reported() {
    let result = form_request(
        "",
        r#"{"key": "cover", "type": "file", "src": "/tmp/a.png"},
           {"key": "old", "type": "file", "src": "/tmp/b.png", "disabled": true},
           {"key": "draft", "value": "yes", "disabled": true, "description": "why"},
           {"key": "meta", "value": "{}", "contentType": "application/json"},
           {"key": "plain", "value": "1", "contentType": ""}"#,
    );
    let draft = only_request(&result);
    assert_eq!(draft.headers, [ours(BOUNDARY)]);
    assert_eq!(
        fields_of(draft, BOUNDARY),
        pairs(&[("meta", "{}"), ("plain", "1")])
    );
    assert_eq!(
        result.unsupported,
        [
            "request “Upload” › form-data file “cover” (files cannot be stored in the browser)",
            "request “Upload” › form-data file “old” (disabled)",
            "request “Upload” › form-data field “draft” (disabled)",
            "request “Upload” › content type “application/json” of form-data field “meta”",
            "1 description is not kept",
        ]
    );
}

#[test]
fn without_a_switched_on_text_field_there_is_no_body() {
    for fields in [
        "",
        r#"{"key": "cover", "type": "file", "src": "/tmp/a.png"}"#,
        r#"{"key": "a", "value": "1", "disabled": true}"#,
    ] {
        let result = form_request("", fields);
        assert_eq!(only_request(&result).body, "", "{fields}");
        assert!(only_request(&result).headers.is_empty(), "{fields}");
    }
    // The request's own header stays as it was.
    let own = r#"{"key": "Content-Type", "value": "multipart/form-data"}"#;
    let result = form_request(own, r#"{"key": "a", "type": "file"}"#);
    assert_eq!(
        only_request(&result).headers,
        [HeaderRow::new("Content-Type", "multipart/form-data")]
    );
}

#[test]
fn a_value_holding_the_boundary_gets_another_one() {
    let value = format!("see --{BOUNDARY}--");
    let result = form_request(
        "",
        &format!(r#"{{"key": "a", "value": "{value}"}}, {{"key": "b", "value": "2"}}"#),
    );
    let draft = only_request(&result);
    let boundary = format!("{BOUNDARY}-1");
    assert_eq!(draft.headers, [ours(&boundary)]);
    assert_eq!(
        fields_of(draft, &boundary),
        pairs(&[("a", &value), ("b", "2")])
    );
}

#[test]
fn the_requests_own_multipart_boundary_frames_the_body() {
    let own =
        r#"{"key": "content-type", "value": "multipart/form-data; boundary=\"my boundary\""}"#;
    let result = form_request(own, r#"{"key": "a", "value": "1"}"#);
    let draft = only_request(&result);
    assert_eq!(
        draft.headers,
        [HeaderRow::new(
            "content-type",
            "multipart/form-data; boundary=\"my boundary\""
        )]
    );
    assert_eq!(draft.body, encode(&[("a", "1")], "my boundary"));
}

#[test]
fn an_own_multipart_type_that_cannot_frame_the_body_gets_the_boundary() {
    // Without the body's boundary the server could not find the fields.
    for own in [
        "multipart/form-data",
        "Multipart/Form-Data; charset=utf-8",
        "multipart/form-data; boundary=",
        "multipart/form-data; boundary=in-the-value",
    ] {
        let headers = format!(
            r#"{{"key": "X-Before", "value": "1"}}, {{"key": "Content-Type", "value": "{own}"}}"#
        );
        let result = form_request(&headers, r#"{"key": "a", "value": "in-the-value"}"#);
        let draft = only_request(&result);
        assert_eq!(
            draft.headers,
            [HeaderRow::new("X-Before", "1"), ours(BOUNDARY)],
            "{own}"
        );
        assert_eq!(
            fields_of(draft, BOUNDARY),
            pairs(&[("a", "in-the-value")]),
            "{own}"
        );
        assert!(result.unsupported.is_empty(), "{own}");
    }
}

#[test]
fn another_own_content_type_is_left_as_the_request_sets_it() {
    // As for every body mode: the request's own Content-Type decides.
    let headers = r#"{"key": "Content-Type", "value": "text/plain"},
                     {"key": "Content-Type", "value": "multipart/form-data", "disabled": true}"#;
    let result = form_request(headers, r#"{"key": "a", "value": "1"}"#);
    let draft = only_request(&result);
    assert_eq!(
        draft.headers,
        [
            HeaderRow::new("Content-Type", "text/plain"),
            switched_off("Content-Type", "multipart/form-data"),
        ]
    );
    assert_eq!(draft.body, encode(&[("a", "1")], BOUNDARY));
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
    let written: Value = match serde_json::from_str(&export_postman(&collection)) {
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
fn a_multipart_body_of_text_fields_exports_as_formdata() {
    let body = encode(&[("title", "Cover \"art\""), ("n\r\name", "")], BOUNDARY);
    let exported = exported_body(multipart_draft(
        &format!("multipart/form-data; boundary={BOUNDARY}"),
        &body,
    ));
    assert_eq!(
        exported,
        json!({"mode": "formdata", "formdata": [
            {"key": "title", "value": "Cover \"art\"", "type": "text"},
            {"key": "n\r\name", "value": "", "type": "text"}
        ]})
    );
    let quoted = exported_body(multipart_draft(
        "Multipart/Form-Data; boundary=\"a b\"",
        &encode(&[("a", "1")], "a b"),
    ));
    assert_eq!(
        quoted,
        json!({"mode": "formdata", "formdata": [{"key": "a", "value": "1", "type": "text"}]})
    );
}

#[test]
fn a_multipart_body_edited_to_lf_line_breaks_still_exports_as_formdata() {
    // The body textbox keeps only LF; sending widens it back to CRLF, so the
    // export describes what is sent.
    let edited = encode(&[("a", "1")], BOUNDARY).replace("\r\n", "\n");
    let exported = exported_body(multipart_draft(
        &format!("multipart/form-data; boundary={BOUNDARY}"),
        &edited,
    ));
    assert_eq!(
        exported,
        json!({"mode": "formdata", "formdata": [{"key": "a", "value": "1", "type": "text"}]})
    );
}

#[test]
fn a_multipart_body_that_would_be_spelled_differently_stays_raw() {
    let framed = encode(&[("a", "1")], BOUNDARY);
    let declared = format!("multipart/form-data; boundary={BOUNDARY}");
    let file = format!(
        "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.txt\"\r\n\r\nx\r\n--{BOUNDARY}--\r\n"
    );
    let typed = format!(
        "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"a\"\r\nContent-Type: text/plain\r\n\r\n1\r\n--{BOUNDARY}--\r\n"
    );
    let colliding = encode(&[("a", &format!("{BOUNDARY}!"))], BOUNDARY);
    let cases = [
        (declared.clone(), file),
        (declared.clone(), typed),
        (declared.clone(), format!("--{BOUNDARY}--\r\n")),
        (declared.clone(), colliding),
        (declared.clone(), "a=1".to_owned()),
        ("multipart/form-data".to_owned(), framed.clone()),
        (
            "multipart/form-data; boundary=other".to_owned(),
            framed.clone(),
        ),
        (
            format!("multipart/mixed; boundary={BOUNDARY}"),
            framed.clone(),
        ),
        (format!("text/plain; boundary={BOUNDARY}"), framed),
    ];
    for (content_type, body) in cases {
        let exported = exported_body(multipart_draft(&content_type, &body));
        assert_eq!(exported["mode"], "raw", "{content_type} {body:?}");
        assert_eq!(exported["raw"], body.as_str(), "{content_type}");
    }
    // A switched-off Content-Type does not count.
    let mut off = multipart_draft(&declared, &encode(&[("a", "1")], BOUNDARY));
    off.headers[0].enabled = false;
    assert_eq!(exported_body(off)["mode"], "raw");
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
    assert_eq!(
        first.unsupported,
        ["request “Upload” › form-data file “cover” (files cannot be stored in the browser)"]
    );
    let exported = export_postman(&first.collection);
    let written: Value = match serde_json::from_str(&exported) {
        Ok(written) => written,
        Err(error) => panic!("export is not JSON: {error}"),
    };
    assert_eq!(
        written["item"][0]["request"]["body"],
        json!({"mode": "formdata", "formdata": [
            {"key": "title", "value": "Cover \"art\"", "type": "text"},
            {"key": "{{k}}", "value": "{{v}}\r\nnext", "type": "text"}
        ]})
    );
    assert_eq!(written["item"][1]["request"]["body"]["mode"], "formdata");
    let again = imported(&exported);
    assert_eq!(again.collection, first.collection);
    assert!(again.unsupported.is_empty(), "{:?}", again.unsupported);
}
