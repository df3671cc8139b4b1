//! What a typed body and auth become when the draft is validated for sending.

use crate::core::request::auth::{Auth, KeyPlace};
use crate::core::request::body::{FieldRow, FileRef, PartRow, RequestBody};
use crate::core::request::draft::{DraftProblem, PageScheme, RequestDraft, ValidRequest};
use crate::core::request::headers::HeaderRow;
use crate::core::test_support::WhatwgUrls;

use super::*;

fn post(body: RequestBody) -> RequestDraft {
    RequestDraft {
        method: "POST".into(),
        url: "https://x.test/up".into(),
        headers: vec![],
        body,
        ..RequestDraft::default()
    }
}

fn sent(draft: &RequestDraft) -> ValidRequest {
    match draft.validate("30", PageScheme::Https, &WhatwgUrls) {
        Ok(request) => request,
        Err(problems) => panic!("{problems:?}"),
    }
}

fn problems(draft: &RequestDraft) -> Vec<DraftProblem> {
    match draft.validate("30", PageScheme::Https, &WhatwgUrls) {
        Ok(request) => panic!("sent: {request:?}"),
        Err(problems) => problems,
    }
}

fn header(name: &str, value: &str) -> (String, String) {
    (name.to_owned(), value.to_owned())
}

fn file(name: &str, media_type: &str) -> FileRef {
    FileRef {
        id: 9,
        name: name.into(),
        media_type: media_type.into(),
        size: 1,
    }
}

#[test]
fn each_text_mode_sends_its_text_with_its_type() {
    for (body, content_type) in [
        (RequestBody::Json("{}".into()), "application/json"),
        (RequestBody::Xml("<a/>".into()), "application/xml"),
        (RequestBody::Text("hi".into()), "text/plain;charset=UTF-8"),
    ] {
        let text = body.text().unwrap_or_default().to_owned();
        let request = sent(&post(body));
        assert_eq!(request.headers, [header("Content-Type", content_type)]);
        assert_eq!(request.body, Some(SendBody::Text(text)));
    }
}

#[test]
fn an_enabled_content_type_row_wins_over_the_modes_type() {
    let mut draft = post(RequestBody::Json("{}".into()));
    draft.headers = vec![HeaderRow::new("content-type", "application/vnd.api+json")];
    assert_eq!(
        sent(&draft).headers,
        [header("content-type", "application/vnd.api+json")]
    );
    draft.headers[0].enabled = false;
    assert_eq!(
        sent(&draft).headers,
        [header("Content-Type", "application/json")]
    );
}

#[test]
fn url_encoded_rows_are_encoded_to_text() {
    let mut off = FieldRow::new("skip", "me");
    off.enabled = false;
    let request = sent(&post(RequestBody::UrlEncoded(vec![
        FieldRow::new("q", "a b"),
        off,
        FieldRow::new("x", "&"),
    ])));
    assert_eq!(
        request.headers,
        [header("Content-Type", "application/x-www-form-urlencoded")]
    );
    assert_eq!(request.body, Some(SendBody::Text("q=a+b&x=%26".into())));
}

#[test]
fn multipart_parts_go_as_form_data_and_the_browser_writes_the_type() {
    let mut off = PartRow::text("off", "x");
    off.enabled = false;
    let mut draft = post(RequestBody::Multipart(vec![
        PartRow::text("title", "Q1"),
        off,
        PartRow::file("report", Some(file("report.pdf", "application/pdf"))),
    ]));
    draft.headers = vec![
        HeaderRow::new("Content-Type", "multipart/form-data"),
        HeaderRow::new("Accept", "*/*"),
    ];
    assert!(draft.multipart_ignores_content_type());
    let request = sent(&draft);
    assert_eq!(request.headers, [header("Accept", "*/*")]);
    assert_eq!(
        request.body,
        Some(SendBody::Form(vec![
            SendPart::Text {
                name: "title".into(),
                value: "Q1".into()
            },
            SendPart::File {
                name: "report".into(),
                file: file("report.pdf", "application/pdf")
            },
        ]))
    );
    draft.headers.remove(0);
    assert!(!draft.multipart_ignores_content_type());
}

#[test]
fn a_file_body_sends_the_file_with_its_type() {
    let request = sent(&post(RequestBody::Binary(Some(file("a.png", "image/png")))));
    assert_eq!(request.headers, [header("Content-Type", "image/png")]);
    assert_eq!(
        request.body,
        Some(SendBody::File(file("a.png", "image/png")))
    );
    let unknown = sent(&post(RequestBody::Binary(Some(file("a.bin", "")))));
    assert_eq!(
        unknown.headers,
        [header("Content-Type", "application/octet-stream")]
    );
}

#[test]
fn a_missing_file_is_a_problem_that_names_the_part() {
    let found = problems(&post(RequestBody::Binary(None)));
    assert_eq!(found, [DraftProblem::FileNotChosen { part: None }]);
    assert!(found[0].to_string().contains("no file is picked"));
    let found = problems(&post(RequestBody::Multipart(vec![PartRow::file(
        "cover", None,
    )])));
    assert_eq!(
        found,
        [DraftProblem::FileNotChosen {
            part: Some("cover".into())
        }]
    );
    assert!(found[0].to_string().contains("“cover”"));
}

#[test]
fn empty_bodies_send_nothing_and_no_type() {
    for body in [
        RequestBody::None,
        RequestBody::Json(String::new()),
        RequestBody::UrlEncoded(vec![]),
    ] {
        let request = sent(&post(body));
        assert_eq!((request.headers, request.body), (vec![], None));
    }
}

#[test]
fn any_body_mode_with_content_is_refused_on_get() {
    for body in [
        RequestBody::Json("{}".into()),
        RequestBody::UrlEncoded(vec![FieldRow::new("a", "1")]),
        RequestBody::Multipart(vec![PartRow::text("a", "1")]),
        RequestBody::Binary(Some(file("a", ""))),
    ] {
        let mut draft = post(body);
        draft.method = "GET".into();
        assert!(
            matches!(&problems(&draft)[..], [DraftProblem::BodyNotAllowed { .. }]),
            "{:?}",
            draft.body
        );
    }
}

#[test]
fn auth_adds_its_header_or_query_parameter() {
    let mut draft = post(RequestBody::None);
    draft.auth = Auth::Bearer {
        token: "t0k".into(),
    };
    assert_eq!(
        sent(&draft).headers,
        [header("Authorization", "Bearer t0k")]
    );
    draft.url = "https://x.test/up?a=1#top".into();
    draft.auth = Auth::ApiKey {
        name: "api key".into(),
        value: "s&cret".into(),
        place: KeyPlace::Query,
    };
    let request = sent(&draft);
    assert_eq!(request.headers, []);
    assert_eq!(
        request.url.as_str(),
        "https://x.test/up?a=1&api%20key=s%26cret#top"
    );
}

#[test]
fn auth_that_would_send_something_twice_is_a_problem_naming_both() {
    let mut draft = post(RequestBody::None);
    draft.headers = vec![HeaderRow::new("Authorization", "Bearer old")];
    draft.auth = Auth::Basic {
        username: "ann".into(),
        password: "pw".into(),
    };
    let found = problems(&draft);
    assert_eq!(
        found,
        [DraftProblem::AuthClash {
            auth: "Basic (user and password)",
            with: "Authorization".into()
        }]
    );
    let message = found[0].to_string();
    assert!(
        message.contains("“Authorization”") && message.contains("Basic"),
        "{message}"
    );
    draft.headers.clear();
    draft.url = "https://x.test/?key=1".into();
    draft.auth = Auth::ApiKey {
        name: "key".into(),
        value: "2".into(),
        place: KeyPlace::Query,
    };
    let message = problems(&draft)[0].to_string();
    assert!(message.contains("query parameter “key”"), "{message}");
}

#[test]
fn auth_problems_stop_the_send() {
    let mut draft = post(RequestBody::None);
    draft.auth = Auth::Basic {
        username: "a:b".into(),
        password: String::new(),
    };
    assert_eq!(
        problems(&draft),
        [DraftProblem::Auth(
            crate::core::request::auth::AuthError::ColonInUsername
        )]
    );
}
