//! What a share link without secrets leaves out, and what it reports.

use crate::core::collections::{shareable, Removed, ShareReport, Warning};
use crate::core::request::auth::{Auth, KeyPlace};
use crate::core::request::body::{FieldRow, PartRow, RequestBody};
use crate::core::request::draft::RequestDraft;
use crate::core::request::headers::HeaderRow;
use crate::core::request::query::QueryParam;

use super::support::draft;

fn cleaned_url(url: &str) -> (String, Vec<Removed>) {
    let (request, report) = shareable(&draft("GET", url));
    (request.url, report.removed)
}

fn with_body(body: RequestBody) -> (RequestBody, ShareReport) {
    let (request, report) = shareable(&RequestDraft {
        body,
        ..draft("POST", "https://x.test/")
    });
    (request.body, report)
}

fn body_warning(body: RequestBody) -> Option<Vec<String>> {
    let (kept, report) = with_body(body.clone());
    assert_eq!(kept, body, "a raw body is shared as written");
    match report.warnings.as_slice() {
        [] => None,
        [Warning::BodyMayHoldSecrets { names }] => Some(names.clone()),
        more => panic!("one warning at most: {more:?}"),
    }
}

fn names(list: &[&str]) -> Option<Vec<String>> {
    Some(list.iter().map(|n| n.to_string()).collect())
}

#[test]
fn a_request_without_secrets_comes_back_unchanged_with_an_empty_report() {
    let d = RequestDraft {
        headers: vec![HeaderRow::new("Accept", "*/*")],
        body: RequestBody::UrlEncoded(vec![FieldRow::new("q", "cats")]),
        ..draft("GET", "https://x.test/a?page=2#section-3")
    };
    let (request, report) = shareable(&d);
    assert_eq!(request, d);
    assert!(report.is_empty());
}

#[test]
fn headers_named_like_keys_and_signatures_are_dropped() {
    let d = RequestDraft {
        headers: vec![
            HeaderRow::new("Ocp-Apim-Subscription-Key", "k1"),
            HeaderRow::new("X-Access-Key", "k2"),
            HeaderRow::new("X-Hub-Signature-256", "sha256=ab"),
            HeaderRow::new("X-Request-ID", "42"),
        ],
        ..draft("GET", "https://x.test/")
    };
    let (request, report) = shareable(&d);
    assert_eq!(request.headers, [HeaderRow::new("X-Request-ID", "42")]);
    assert_eq!(
        report.removed,
        [
            Removed::Header("Ocp-Apim-Subscription-Key".into()),
            Removed::Header("X-Access-Key".into()),
            Removed::Header("X-Hub-Signature-256".into()),
        ]
    );
}

#[test]
fn a_header_holding_a_bearer_token_is_dropped_whatever_its_name() {
    let d = RequestDraft {
        headers: vec![HeaderRow::new("X-Forward-To", "Bearer abc.def")],
        ..draft("GET", "https://x.test/")
    };
    let (request, report) = shareable(&d);
    assert!(request.headers.is_empty());
    assert_eq!(report.removed, [Removed::Header("X-Forward-To".into())]);
}

#[test]
fn escaped_query_names_are_caught() {
    let (url, removed) = cleaned_url("https://x.test/?access%5Ftoken=t0k&q=1");
    assert_eq!(url, "https://x.test/?access%5Ftoken=&q=1");
    assert_eq!(removed, [Removed::QueryParam("access_token".into())]);
}

#[test]
fn a_plus_in_a_query_name_reads_as_a_space() {
    let (url, removed) = cleaned_url("https://x.test/?client+secret=s");
    assert_eq!(url, "https://x.test/?client+secret=");
    assert_eq!(removed, [Removed::QueryParam("client secret".into())]);
}

#[test]
fn presigned_url_signatures_are_emptied() {
    let (url, _) = cleaned_url(
        "https://b.s3.test/o?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AK%2F2024&X-Amz-Signature=abc123",
    );
    assert_eq!(
        url,
        "https://b.s3.test/o?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=&X-Amz-Signature="
    );
}

#[test]
fn pairs_after_a_semicolon_are_checked_too() {
    let (url, removed) = cleaned_url("https://x.test/?a=1;token=t;b=2");
    assert_eq!(url, "https://x.test/?a=1;token=;b=2");
    assert_eq!(removed, [Removed::QueryParam("token".into())]);
}

#[test]
fn a_jwt_in_an_innocent_parameter_is_emptied() {
    let (url, removed) =
        cleaned_url("https://x.test/cb?state=eyJhbGciOiJIUzI1NiJ9.eyJ4IjoxfQ.c2ln");
    assert_eq!(url, "https://x.test/cb?state=");
    assert_eq!(removed, [Removed::QueryParam("state".into())]);
}

#[test]
fn a_parameter_repeated_is_reported_once() {
    let (url, removed) = cleaned_url("https://x.test/?key=a&key=b");
    assert_eq!(url, "https://x.test/?key=&key=");
    assert_eq!(removed, [Removed::QueryParam("key".into())]);
}

#[test]
fn userinfo_is_stripped_and_reported() {
    for (url, want) in [
        ("https://ann:pw@x.test/a?q=1", "https://x.test/a?q=1"),
        ("https://ghp_token@x.test", "https://x.test"),
        ("http://a:b@c@x.test:8080/", "http://x.test:8080/"),
        ("ann:pw@x.test/a", "x.test/a"),
        ("https://ann:pw@x.test?q=1", "https://x.test?q=1"),
    ] {
        let (got, removed) = cleaned_url(url);
        assert_eq!(got, want, "{url}");
        assert_eq!(removed, [Removed::Userinfo], "{url}");
    }
}

#[test]
fn an_at_sign_outside_the_authority_is_not_userinfo() {
    for url in [
        "https://x.test/users/@me",
        "https://x.test/?email=a@b.test",
        "https://x.test/#@top",
        "x.test/?next=https://a:b@y.test",
        "@scope/pkg",
        "{{base}}/items",
    ] {
        let (got, removed) = cleaned_url(url);
        assert_eq!(got, url);
        assert!(removed.is_empty(), "{url}: {removed:?}");
    }
}

#[test]
fn an_oauth_implicit_fragment_is_stripped() {
    let (url, removed) =
        cleaned_url("https://app.test/callback#access_token=t0k&token_type=bearer&expires_in=3600");
    assert_eq!(url, "https://app.test/callback");
    assert_eq!(removed, [Removed::Fragment]);
}

#[test]
fn a_token_after_a_hash_route_is_stripped() {
    let (url, removed) = cleaned_url("https://app.test/#/callback?id_token=abc&state=1");
    assert_eq!(url, "https://app.test/");
    assert_eq!(removed, [Removed::Fragment]);
}

#[test]
fn a_fragment_that_is_a_jwt_is_stripped() {
    let (url, removed) = cleaned_url("https://app.test/#eyJhbGciOiJub25lIn0.eyJ4IjoxfQ.");
    assert_eq!(url, "https://app.test/");
    assert_eq!(removed, [Removed::Fragment]);
}

#[test]
fn ordinary_fragments_stay() {
    for url in [
        "https://x.test/doc#token",
        "https://x.test/doc#section-password-reset",
        "https://x.test/#/users?page=2",
        "https://x.test/#access_token=",
        "https://x.test/#",
    ] {
        let (got, removed) = cleaned_url(url);
        assert_eq!(got, url);
        assert!(removed.is_empty(), "{url}: {removed:?}");
    }
}

#[test]
fn a_question_mark_inside_the_fragment_is_not_the_query() {
    // The query is cut from before the fragment only, as the params table cuts it.
    let (url, removed) = cleaned_url("https://x.test/a#b?page=2");
    assert_eq!(url, "https://x.test/a#b?page=2");
    assert!(removed.is_empty());
}

#[test]
fn userinfo_query_and_fragment_are_all_cleaned_at_once() {
    let (url, removed) = cleaned_url("https://u:p@x.test/a?api_key=k&q=1#access_token=t");
    assert_eq!(url, "https://x.test/a?api_key=&q=1");
    assert_eq!(
        removed,
        [
            Removed::Userinfo,
            Removed::QueryParam("api_key".into()),
            Removed::Fragment
        ]
    );
}

#[test]
fn switched_on_params_rows_lose_secret_values_too() {
    let mut d = draft("GET", "https://x.test/?api_key=k&page=2");
    d.params = vec![
        QueryParam::new("api_key", Some("k")),
        QueryParam::new("page", Some("2")),
        QueryParam {
            enabled: false,
            ..QueryParam::new("debug", Some("1"))
        },
    ];
    let (request, report) = shareable(&d);
    assert_eq!(request.url, "https://x.test/?api_key=&page=2");
    assert_eq!(request.params[0].value.as_deref(), Some(""));
    assert_eq!(request.params[1].value.as_deref(), Some("2"));
    assert_eq!(request.params[2].value.as_deref(), Some("1"));
    assert_eq!(report.removed, [Removed::QueryParam("api_key".into())]);
}

#[test]
fn params_rows_without_a_value_are_not_reported() {
    let mut d = draft("GET", "https://x.test/");
    d.params = vec![
        QueryParam {
            enabled: false,
            ..QueryParam::new("token", None)
        },
        QueryParam {
            enabled: false,
            ..QueryParam::new("key", Some(""))
        },
    ];
    let (request, report) = shareable(&d);
    assert_eq!(request.params, d.params);
    assert!(report.is_empty());
}

#[test]
fn url_encoded_secret_fields_are_blanked_and_named() {
    let (body, report) = with_body(RequestBody::UrlEncoded(vec![
        FieldRow::new("username", "ann"),
        FieldRow::new("password", "hunter2"),
        FieldRow {
            enabled: false,
            ..FieldRow::new("client_secret", "s")
        },
        FieldRow::new("grant_type", "password"),
    ]));
    let RequestBody::UrlEncoded(rows) = body else {
        panic!("still a url-encoded body: {body:?}");
    };
    let values: Vec<_> = rows.iter().map(|r| r.value.as_str()).collect();
    assert_eq!(values, ["ann", "", "", "password"]);
    assert!(!rows[2].enabled);
    assert_eq!(
        report.removed,
        [
            Removed::FormField("password".into()),
            Removed::FormField("client_secret".into())
        ]
    );
}

#[test]
fn multipart_secret_text_parts_are_blanked_and_files_kept() {
    let file = PartRow::file("token_file", None);
    let (body, report) = with_body(RequestBody::Multipart(vec![
        PartRow::text("title", "Report"),
        PartRow::text("api_key", "k-1"),
        file.clone(),
    ]));
    assert_eq!(
        body,
        RequestBody::Multipart(vec![
            PartRow::text("title", "Report"),
            PartRow::text("api_key", ""),
            file,
        ])
    );
    assert_eq!(report.removed, [Removed::FormField("api_key".into())]);
}

#[test]
fn a_json_body_with_secret_keys_is_kept_with_a_warning() {
    let json = r#"{"user":"ann","password":"hunter2","client_secret":"s","nested":{"token":"t"}}"#;
    assert_eq!(
        body_warning(RequestBody::Json(json.into())),
        names(&["password", "client_secret", "token"])
    );
}

#[test]
fn a_json_body_without_secret_keys_has_no_warning() {
    let json = r#"{"name":"Rex","tags":["password","token"],"author":"ann","monkey":1}"#;
    assert_eq!(body_warning(RequestBody::Json(json.into())), None);
}

#[test]
fn text_and_xml_bodies_are_scanned_for_secret_keys() {
    assert_eq!(
        body_warning(RequestBody::Text("user=ann&pwd=x".into())),
        names(&["pwd"])
    );
    assert_eq!(
        body_warning(RequestBody::Text("api_key: abc\nregion: eu".into())),
        names(&["api_key"])
    );
    assert_eq!(
        body_warning(RequestBody::Xml(
            "<login><user>ann</user><password>x</password></login>".into()
        )),
        names(&["password"])
    );
    assert_eq!(
        body_warning(RequestBody::Xml(
            r#"<login user="ann" secret = "x"/>"#.into()
        )),
        names(&["secret"])
    );
}

#[test]
fn a_body_warning_names_each_key_once_and_at_most_five() {
    let json =
        r#"{"token":1,"token":2,"a_token":3,"b_token":4,"c_token":5,"d_token":6,"e_token":7}"#;
    assert_eq!(
        body_warning(RequestBody::Json(json.into())),
        names(&["token", "a_token", "b_token", "c_token", "d_token"])
    );
}

#[test]
fn a_body_of_plain_prose_has_no_warning() {
    assert_eq!(
        body_warning(RequestBody::Text(
            "Forgot your password? Ask for a token".into()
        )),
        None
    );
    assert_eq!(body_warning(RequestBody::Text(String::new())), None);
}

#[test]
fn auth_helpers_lose_their_secret_and_keep_what_to_fill_in() {
    let cases = [
        (
            Auth::Basic {
                username: "ann".into(),
                password: "pw".into(),
            },
            Auth::Basic {
                username: "ann".into(),
                password: String::new(),
            },
            Removed::BasicPassword,
        ),
        (
            Auth::Bearer {
                token: "t0k".into(),
            },
            Auth::Bearer {
                token: String::new(),
            },
            Removed::BearerToken,
        ),
        (
            Auth::ApiKey {
                name: " X-Key ".into(),
                value: "k".into(),
                place: KeyPlace::Header,
            },
            Auth::ApiKey {
                name: " X-Key ".into(),
                value: String::new(),
                place: KeyPlace::Header,
            },
            Removed::ApiKey("X-Key".into()),
        ),
    ];
    for (auth, kept, removed) in cases {
        let (request, report) = shareable(&RequestDraft {
            auth,
            ..draft("GET", "https://x.test/")
        });
        assert_eq!(request.auth, kept);
        assert_eq!(report.removed, [removed]);
    }
}

#[test]
fn an_empty_auth_secret_is_not_reported() {
    let (_, report) = shareable(&RequestDraft {
        auth: Auth::Bearer {
            token: String::new(),
        },
        ..draft("GET", "https://x.test/")
    });
    assert!(report.is_empty());
}

#[test]
fn each_report_entry_reads_as_words() {
    let said: Vec<String> = [
        Removed::Header("X-Key".into()),
        Removed::QueryParam("api_key".into()),
        Removed::Userinfo,
        Removed::Fragment,
        Removed::FormField("password".into()),
        Removed::BasicPassword,
        Removed::BearerToken,
        Removed::ApiKey("X-Key".into()),
    ]
    .iter()
    .map(ToString::to_string)
    .collect();
    assert_eq!(
        said,
        [
            "the X-Key header",
            "the value of query parameter api_key",
            "the user name and password in the URL",
            "the part of the URL after #",
            "the value of form field password",
            "the Basic auth password",
            "the bearer token",
            "the value of API key X-Key",
        ]
    );
    let warning = Warning::BodyMayHoldSecrets {
        names: vec!["password".into(), "token".into()],
    };
    assert!(warning.to_string().contains("mentions password, token"));
}
