use super::*;
use crate::core::request::vars::Variable;

fn file(id: u32, name: &str, media_type: &str) -> FileRef {
    FileRef {
        id,
        name: name.into(),
        media_type: media_type.into(),
        size: 3,
    }
}

#[test]
fn every_kind_has_a_label_and_matches_its_body() {
    for kind in BodyKind::ALL {
        assert!(!kind.label().is_empty());
        assert_eq!(RequestBody::None.switched_to(kind).kind(), kind);
    }
}

#[test]
fn text_modes_keep_their_text_when_switched() {
    let json = RequestBody::Json("{\"a\": 1}".into());
    assert_eq!(
        json.switched_to(BodyKind::Text),
        RequestBody::Text("{\"a\": 1}".into())
    );
    assert_eq!(
        json.switched_to(BodyKind::Xml),
        RequestBody::Xml("{\"a\": 1}".into())
    );
    assert_eq!(
        json.switched_to(BodyKind::UrlEncoded),
        RequestBody::UrlEncoded(vec![])
    );
    assert_eq!(
        json.switched_to(BodyKind::Binary),
        RequestBody::Binary(None)
    );
}

#[test]
fn form_modes_keep_their_text_fields_when_switched() {
    let mut off = FieldRow::new("b", "2");
    off.enabled = false;
    let form = RequestBody::UrlEncoded(vec![FieldRow::new("a", "1"), off.clone()]);
    let multipart = form.switched_to(BodyKind::Multipart);
    let mut off_part = PartRow::text("b", "2");
    off_part.enabled = false;
    assert_eq!(
        multipart,
        RequestBody::Multipart(vec![PartRow::text("a", "1"), off_part])
    );
    let with_file = match multipart {
        RequestBody::Multipart(mut parts) => {
            parts.push(PartRow::file("f", Some(file(1, "a.png", "image/png"))));
            RequestBody::Multipart(parts)
        }
        other => other,
    };
    assert_eq!(
        with_file.switched_to(BodyKind::UrlEncoded),
        RequestBody::UrlEncoded(vec![FieldRow::new("a", "1"), off])
    );
    assert_eq!(
        with_file.switched_to(BodyKind::Json),
        RequestBody::Json(String::new())
    );
}

#[test]
fn each_mode_names_its_content_type() {
    let ct = |b: RequestBody| b.default_content_type();
    assert_eq!(ct(RequestBody::None), None);
    assert_eq!(
        ct(RequestBody::Json("1".into())).as_deref(),
        Some("application/json")
    );
    assert_eq!(
        ct(RequestBody::Xml("<a/>".into())).as_deref(),
        Some("application/xml")
    );
    assert_eq!(
        ct(RequestBody::Text("x".into())).as_deref(),
        Some("text/plain;charset=UTF-8")
    );
    assert_eq!(
        ct(RequestBody::UrlEncoded(vec![])).as_deref(),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(ct(RequestBody::Multipart(vec![])), None);
    assert_eq!(
        ct(RequestBody::Binary(Some(file(
            1,
            "a.pdf",
            "application/pdf"
        ))))
        .as_deref(),
        Some("application/pdf")
    );
    assert_eq!(
        ct(RequestBody::Binary(Some(file(1, "a.bin", "")))).as_deref(),
        Some("application/octet-stream")
    );
    assert_eq!(
        ct(RequestBody::Binary(None)).as_deref(),
        Some("application/octet-stream")
    );
}

#[test]
fn url_encoding_follows_the_form_serializer_and_skips_switched_off_rows() {
    let mut off = FieldRow::new("hidden", "x");
    off.enabled = false;
    let rows = vec![
        FieldRow::new("q", "a b&c=d"),
        off,
        FieldRow::new("é", "*-._~+%20"),
    ];
    assert_eq!(encode_form(&rows), "q=a+b%26c%3Dd&%C3%A9=*-._%7E%2B%2520");
    assert_eq!(encode_form(&[]), "");
}

#[test]
fn decoding_reverses_encoding() {
    let rows = vec![FieldRow::new("q", "a b&c=d"), FieldRow::new("é", "~+%")];
    assert_eq!(decode_form(&encode_form(&rows)), Some(rows));
    assert_eq!(decode_form("a"), Some(vec![FieldRow::new("a", "")]));
    assert_eq!(decode_form("a=%FF"), None);
}

#[test]
fn json_problems_give_line_and_column() {
    let problem = json_problem("{\n  \"a\": 1,\n}").unwrap();
    assert_eq!((problem.line, problem.column), (3, 1));
    assert!(!problem.reason.contains("at line"), "{}", problem.reason);
    assert!(problem
        .to_string()
        .starts_with("Not valid JSON at line 3, column 1: "));
    assert_eq!(json_problem("{\"a\": [1, 2]}"), None);
    assert_eq!(json_problem("  "), None);
    assert_eq!(RequestBody::Text("{".into()).json_problem(), None);
    assert!(RequestBody::Json("{".into()).json_problem().is_some());
}

#[test]
fn typing_into_the_textbox_moves_between_none_and_text_only() {
    let none = RequestBody::None;
    assert_eq!(
        none.with_typed_text("x".into()),
        RequestBody::Text("x".into())
    );
    assert_eq!(
        RequestBody::Text("x".into()).with_typed_text(String::new()),
        RequestBody::None
    );
    assert_eq!(
        RequestBody::Json("1".into()).with_typed_text(String::new()),
        RequestBody::Json(String::new())
    );
    assert_eq!(
        RequestBody::Xml("".into()).with_typed_text("<a/>".into()),
        RequestBody::Xml("<a/>".into())
    );
    let form = RequestBody::UrlEncoded(vec![FieldRow::new("a", "1")]);
    assert_eq!(form.with_typed_text("x".into()), form);
}

#[test]
fn emptiness_counts_only_what_would_be_sent() {
    assert!(RequestBody::None.is_empty());
    assert!(RequestBody::Json(String::new()).is_empty());
    assert!(!RequestBody::Text(" ".into()).is_empty());
    let mut off = FieldRow::new("a", "1");
    off.enabled = false;
    assert!(RequestBody::UrlEncoded(vec![off]).is_empty());
    assert!(!RequestBody::Binary(None).is_empty());
}

#[test]
fn variables_fill_text_and_switched_on_rows_only() {
    let vars = [Variable::new("v", "1")];
    let mut filler = Filler::new(&vars);
    let mut off = PartRow::text("{{v}}", "{{v}}");
    off.enabled = false;
    let parts = RequestBody::Multipart(vec![
        PartRow::text("n{{v}}", "x{{v}}"),
        off.clone(),
        PartRow::file("f{{v}}", Some(file(1, "{{v}}.txt", ""))),
    ]);
    assert_eq!(
        parts.filled(&mut filler),
        RequestBody::Multipart(vec![
            PartRow::text("n1", "x1"),
            off,
            PartRow::file("f1", Some(file(1, "{{v}}.txt", ""))),
        ])
    );
    assert_eq!(
        RequestBody::Json("{{v}}".into()).filled(&mut filler),
        RequestBody::Json("1".into())
    );
    assert!(filler.finish().is_ok());
}

#[test]
fn stored_json_is_externally_tagged() {
    let body = RequestBody::Multipart(vec![
        PartRow::text("a", "1"),
        PartRow::file("f", Some(file(7, "a.png", "image/png"))),
    ]);
    let text = serde_json::to_string(&body).unwrap();
    assert_eq!(
        text,
        r#"{"multipart":[{"name":"a","value":{"text":"1"},"enabled":true},{"name":"f","value":{"file":{"id":7,"name":"a.png","media_type":"image/png","size":3}},"enabled":true}]}"#
    );
    assert_eq!(serde_json::from_str::<RequestBody>(&text).unwrap(), body);
    assert_eq!(
        serde_json::to_string(&RequestBody::None).unwrap(),
        r#""none""#
    );
    assert_eq!(
        serde_json::from_str::<RequestBody>(r#"{"url_encoded":[{"name":"a","value":"b"}]}"#)
            .unwrap(),
        RequestBody::UrlEncoded(vec![FieldRow::new("a", "b")])
    );
}
