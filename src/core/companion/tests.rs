use super::*;
use crate::core::request::draft::PageScheme;
use crate::core::request::draft::RequestDraft;

const TOKEN: &str = "0123456789abcdef0123456789abcdef";

#[test]
fn settings_on_this_machine_are_accepted_trimmed() {
    let s = CompanionSettings::checked(" http://127.0.0.1:9119/ ", &format!(" {TOKEN}\n")).unwrap();
    assert_eq!(s.address, "http://127.0.0.1:9119");
    assert_eq!(s.token, TOKEN);
    assert_eq!(s.send_url(), "http://127.0.0.1:9119/send");
    assert_eq!(s.authorization(), format!("Bearer {TOKEN}"));
    assert!(CompanionSettings::checked("http://localhost:9119", TOKEN).is_ok());
    assert!(CompanionSettings::checked("http://[::1]:9119", TOKEN).is_ok());
}

#[test]
fn a_token_is_never_sent_off_this_machine() {
    for address in [
        "https://127.0.0.1:9119",
        "http://127.0.0.1",
        "http://example.com:9119",
        "http://127.0.0.1.example.com:9119",
        "http://127.0.0.1:9119/path",
        "http://user@127.0.0.1:9119",
    ] {
        assert!(
            matches!(
                CompanionSettings::checked(address, TOKEN),
                Err(SettingsProblem::NotLocal(_))
            ),
            "{address} accepted"
        );
    }
}

#[test]
fn a_short_token_is_refused_with_where_to_find_it() {
    let problem = CompanionSettings::checked(DEFAULT_ADDRESS, "abc").unwrap_err();
    assert_eq!(problem, SettingsProblem::ShortToken);
    assert!(problem.to_string().contains("\"token:\""));
}

fn valid(draft: RequestDraft) -> ValidRequest {
    draft
        .validate(
            "30",
            PageScheme::Http,
            &crate::core::test_support::WhatwgUrls,
        )
        .expect("valid")
}

#[test]
fn a_text_request_goes_as_base64_with_its_headers_and_options() {
    let mut draft = RequestDraft {
        method: "POST".into(),
        url: "http://127.0.0.1:5000/anything".into(),
        ..RequestDraft::default()
    };
    draft.body = crate::core::request::body::RequestBody::Text("héllo".into());
    let request = valid(draft);
    let sent = CompanionRequest::of(&request, &FileBytes::new()).unwrap();
    assert_eq!(sent.method, "POST");
    assert_eq!(sent.url, "http://127.0.0.1:5000/anything");
    assert_eq!(sent.body.as_deref(), Some("aMOpbGxv"));
    assert_eq!(sent.timeout_ms, Some(30_000));
    assert_eq!(sent.headers, request.headers);
}

#[test]
fn an_answer_is_read_with_its_body_bytes() {
    let text = r#"{"status":404,"reason":"Not Found","headers":[["x-hidden","1"]],"body":"bm8=","url":"http://a.test/","redirected":false,"elapsed_ms":12}"#;
    let (response, body) = read_answer(200, text).unwrap();
    assert_eq!(response.status, 404);
    assert_eq!(
        response.headers,
        vec![("x-hidden".to_owned(), "1".to_owned())]
    );
    assert_eq!(body, b"no");
}

#[test]
fn a_refusal_is_read_as_one() {
    let refused = read_answer(
        401,
        r#"{"error":"token","message":"The companion's token is missing or wrong."}"#,
    )
    .unwrap_err();
    assert_eq!(refused, CompanionFailure::Token);
    assert!(refused.to_string().contains("\"token:\""));
    let refused = read_answer(502, r#"{"error":"upstream","message":"Nothing answered."}"#);
    assert_eq!(
        refused.unwrap_err(),
        CompanionFailure::Refused("Nothing answered.".into())
    );
}

#[test]
fn something_else_on_that_port_says_so() {
    let refused = read_answer(200, "<html>").unwrap_err().to_string();
    assert!(refused.contains("is it this app's companion?"), "{refused}");
}

#[test]
fn an_answer_becomes_a_response_with_nothing_hidden() {
    let text = r#"{"status":302,"reason":"Found","headers":[["location","/elsewhere"],["set-cookie","a=1"]],"body":"","url":"http://a.test/","redirected":false,"elapsed_ms":12}"#;
    let (answer, body) = read_answer(200, text).unwrap();
    let settings = CompanionSettings::checked(DEFAULT_ADDRESS, TOKEN).unwrap();
    let request = valid(RequestDraft {
        url: "http://a.test/start".into(),
        ..RequestDraft::default()
    });
    let response = answer.received(Body::from(body), &request, &settings, 20.5);
    assert_eq!(response.raw_status, 302);
    assert!(!response.opaque_redirect && !response.cross_origin);
    assert_eq!(response.hidden_headers_note(), None);
    assert_eq!(response.elapsed_ms, 20.5);
    assert_eq!(
        response.via,
        Via::Companion {
            address: DEFAULT_ADDRESS.into(),
            upstream_ms: 12,
            origin: "http://a.test".into()
        }
    );
}

#[test]
fn a_companion_that_does_not_answer_is_told_how_to_start() {
    let text = CompanionFailure::NotAnswering {
        address: DEFAULT_ADDRESS.into(),
        page_origin: "https://tools.example".into(),
    }
    .to_string();
    assert!(
        text.contains("bash scripts/companion.sh --origin https://tools.example"),
        "{text}"
    );
}

fn file(id: u32, name: &str, media_type: &str) -> crate::core::request::body::FileRef {
    crate::core::request::body::FileRef {
        id,
        name: name.into(),
        media_type: media_type.into(),
        size: 3,
    }
}

fn decoded_body(sent: &CompanionRequest) -> Vec<u8> {
    let body = sent.body.as_deref().unwrap();
    base64::engine::general_purpose::STANDARD
        .decode(body)
        .unwrap()
}

#[test]
fn a_form_with_a_file_is_framed_with_its_boundary_named_in_content_type() {
    use crate::core::request::body::{PartRow, PartValue};
    let mut draft = RequestDraft {
        method: "POST".into(),
        url: "http://127.0.0.1:5000/post".into(),
        ..RequestDraft::default()
    };
    draft.body = crate::core::request::body::RequestBody::Multipart(vec![
        PartRow {
            name: "note".into(),
            value: PartValue::Text("hi".into()),
            enabled: true,
        },
        PartRow {
            name: "upload".into(),
            value: PartValue::File(Some(file(7, "a.bin", "application/x-demo"))),
            enabled: true,
        },
    ]);
    let request = valid(draft);
    assert_eq!(files_to_read(&request).len(), 1);
    let files = FileBytes::from([(7, vec![1, 2, 3])]);
    let sent = CompanionRequest::of(&request, &files).unwrap();
    let types: Vec<_> = sent
        .headers
        .iter()
        .filter(|(name, _)| name.eq_ignore_ascii_case("content-type"))
        .collect();
    assert_eq!(types.len(), 1, "{:?}", sent.headers);
    let boundary = multipart::declared_boundary(&types[0].1).unwrap();
    let body = decoded_body(&sent);
    let text = String::from_utf8_lossy(&body);
    assert!(
        text.starts_with(&format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"note\""
        )),
        "{text}"
    );
    assert!(text.contains("name=\"upload\"; filename=\"a.bin\"\r\nContent-Type: application/x-demo\r\n\r\n\u{1}\u{2}\u{3}\r\n"), "{text}");
    assert!(text.ends_with(&format!("--{boundary}--\r\n")), "{text}");
}

#[test]
fn a_file_body_goes_as_its_bytes_and_a_file_not_read_is_gone() {
    let mut draft = RequestDraft {
        method: "PUT".into(),
        url: "http://127.0.0.1:5000/put".into(),
        ..RequestDraft::default()
    };
    draft.body =
        crate::core::request::body::RequestBody::Binary(Some(file(9, "b.png", "image/png")));
    let request = valid(draft);
    let sent = CompanionRequest::of(&request, &FileBytes::from([(9, vec![0, 255])])).unwrap();
    assert_eq!(decoded_body(&sent), vec![0, 255]);
    assert!(sent
        .headers
        .iter()
        .any(|(n, v)| n == "Content-Type" && v == "image/png"));
    assert_eq!(
        CompanionRequest::of(&request, &FileBytes::new()),
        Err(SendFailure::FileGone {
            name: "b.png".into()
        })
    );
}
