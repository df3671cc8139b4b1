use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use super::support::*;
use crate::core::collections::share::MAX_SHARE_BYTES;
use crate::core::collections::{decode_share, encode_share, Removed, ShareError};
use crate::core::request::auth::{Auth, KeyPlace};
use crate::core::request::body::RequestBody;
use crate::core::request::draft::RequestDraft;
use crate::core::request::headers::HeaderRow;
use crate::core::request::query::QueryParam;

fn with_headers(rows: &[(&str, &str)]) -> RequestDraft {
    RequestDraft {
        headers: rows.iter().map(|(n, v)| HeaderRow::new(*n, *v)).collect(),
        ..draft("POST", "https://api.example.com/items")
    }
}

fn param_of(json: &str) -> String {
    URL_SAFE_NO_PAD.encode(json)
}

#[test]
fn a_shared_request_decodes_to_the_same_request_and_name() {
    let d = with_headers(&[("Authorization", "Bearer x"), ("Accept", "*/*")]);
    let shared = encode_share(&d, "Create — ✓", true).unwrap();
    assert!(shared.report.is_empty());
    assert_eq!(
        decode_share(&shared.payload).unwrap(),
        ("Create — ✓".into(), d)
    );
}

#[test]
fn the_parameter_uses_only_url_safe_characters() {
    let d = RequestDraft {
        body: RequestBody::Text("\u{ff}\u{fe}??>>".repeat(20)),
        ..draft("POST", "https://x/?a=1&b=2")
    };
    let param = encode_share(&d, "n", true).unwrap().payload;
    assert!(param
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
}

#[test]
fn secret_headers_are_left_out_and_named() {
    let mut d = with_headers(&[
        ("Authorization", "Bearer abc"),
        ("Accept", "application/json"),
        (" X-API-Key ", "k"),
        ("Cookie", "sid=1"),
        ("X-Request-Id", "42"),
    ]);
    d.headers[3].enabled = false;
    let shared = encode_share(&d, "n", false).unwrap();
    assert_eq!(
        shared.report.removed,
        [
            Removed::Header("Authorization".into()),
            Removed::Header("X-API-Key".into()),
            Removed::Header("Cookie".into())
        ]
    );
    let (_, got) = decode_share(&shared.payload).unwrap();
    let names: Vec<_> = got.headers.iter().map(|h| h.name.as_str()).collect();
    assert_eq!(names, ["Accept", "X-Request-Id"]);
}

#[test]
fn secret_query_values_are_emptied_and_named() {
    let d = draft(
        "GET",
        "https://x.example/a?q=cats&api_key=abc&page=2&access_token=t0k&Signature=s#top",
    );
    let shared = encode_share(&d, "n", false).unwrap();
    let (_, got) = decode_share(&shared.payload).unwrap();
    assert_eq!(
        got.url,
        "https://x.example/a?q=cats&api_key=&page=2&access_token=&Signature=#top"
    );
    assert_eq!(
        shared.report.removed,
        [
            Removed::QueryParam("api_key".into()),
            Removed::QueryParam("access_token".into()),
            Removed::QueryParam("Signature".into())
        ]
    );
}

#[test]
fn urls_without_secret_values_are_untouched() {
    for url in [
        "https://x.example/a",
        "https://x.example/a?",
        "https://x.example/a?token&key=&monkey=1&keyword=z",
        "{{base}}/pets?limit=20",
    ] {
        let shared = encode_share(&draft("GET", url), "n", false).unwrap();
        assert!(shared.report.is_empty(), "{url}");
        assert_eq!(decode_share(&shared.payload).unwrap().1.url, url);
    }
}

#[test]
fn decode_accepts_padding_and_surrounding_space() {
    let json = r#"{"v":1,"name":"n","request":{"method":"GET","url":"u","headers":[],"body":""}}"#;
    // Padding appears only when the length is not a multiple of three.
    let json = if json.len().is_multiple_of(3) {
        format!("{json} ")
    } else {
        json.to_string()
    };
    let padded = base64::engine::general_purpose::URL_SAFE.encode(json);
    assert!(padded.ends_with('='));
    assert_eq!(decode_share(&format!(" {padded}\n")).unwrap().0, "n");
}

#[test]
fn text_that_is_not_base64_is_refused() {
    assert_eq!(decode_share("abc$%^"), Err(ShareError::NotBase64));
    assert!(ShareError::NotBase64.to_string().contains("damaged"));
}

#[test]
fn base64_that_is_not_our_json_is_refused() {
    for json in ["hello", "[1,2]", r#"{"a":1}"#, r#"{"v":1,"name":"n"}"#] {
        let err = decode_share(&param_of(json)).unwrap_err();
        assert!(matches!(err, ShareError::NotOurs(_)), "{json}: {err:?}");
        assert!(err.to_string().contains("does not hold a request"));
    }
}

#[test]
fn a_link_from_a_newer_format_says_so() {
    let err = decode_share(&param_of(r#"{"v":3,"whatever":true}"#)).unwrap_err();
    assert_eq!(err, ShareError::TooNew { version: 3 });
    assert!(err.to_string().contains("newer version"));
}

#[test]
fn oversized_links_are_refused_both_ways() {
    let big = RequestDraft {
        body: RequestBody::Text("x".repeat(MAX_SHARE_BYTES)),
        ..draft("POST", "https://x")
    };
    let err = encode_share(&big, "n", true).unwrap_err();
    assert!(matches!(err, ShareError::TooLarge { bytes } if bytes > MAX_SHARE_BYTES));
    assert!(err.to_string().contains("limit is 64 KB"), "{err}");
    let huge_param = "A".repeat(MAX_SHARE_BYTES * 2);
    assert!(matches!(
        decode_share(&huge_param),
        Err(ShareError::TooLarge { .. })
    ));
}

#[test]
fn a_request_just_under_the_limit_still_shares() {
    let mut d = draft("POST", "https://x");
    let overhead = encode_share(&d, "n", true).unwrap().payload.len() * 3 / 4;
    // A text body's JSON spells 11 more characters: {"text":"…"} for "…".
    d.body = RequestBody::Text("x".repeat(MAX_SHARE_BYTES - overhead - 12));
    let shared = encode_share(&d, "n", true).unwrap();
    assert_eq!(decode_share(&shared.payload).unwrap().1, d);
}

#[test]
fn a_version_1_link_still_opens_with_its_body_typed() {
    let v1 = r#"{"v":1,"name":"Create pet","request":{"method":"POST","url":"https://x.test/pets",
        "headers":[{"name":"Content-Type","value":"application/json","enabled":true}],
        "body":"{\"name\":\"Rex\"}","follow_redirects":true}}"#;
    let (name, draft) = decode_share(&param_of(v1)).unwrap();
    assert_eq!(name, "Create pet");
    assert_eq!(draft.body, RequestBody::Json("{\"name\":\"Rex\"}".into()));
    assert_eq!(draft.auth, Auth::None);
    let plain = r#"{"v":1,"name":"n","request":{"method":"GET","url":"https://x.test/","headers":[],"body":""}}"#;
    assert_eq!(
        decode_share(&param_of(plain)).unwrap().1.body,
        RequestBody::None
    );
}

#[test]
fn links_are_written_in_version_2() {
    let shared = encode_share(&draft("GET", "https://x.test/"), "n", true).unwrap();
    let json = String::from_utf8(URL_SAFE_NO_PAD.decode(shared.payload).unwrap()).unwrap();
    assert!(json.starts_with(r#"{"v":2,"#), "{json}");
}

#[test]
fn auth_secrets_are_left_out_unless_asked_for() {
    let mut d = draft("GET", "https://x.test/");
    d.auth = Auth::Basic {
        username: "ann".into(),
        password: "pw".into(),
    };
    let shared = encode_share(&d, "n", false).unwrap();
    assert_eq!(shared.report.removed, [Removed::BasicPassword]);
    let (_, received) = decode_share(&shared.payload).unwrap();
    assert_eq!(
        received.auth,
        Auth::Basic {
            username: "ann".into(),
            password: String::new()
        }
    );
    d.auth = Auth::ApiKey {
        name: "X-Key".into(),
        value: "k".into(),
        place: KeyPlace::Query,
    };
    let shared = encode_share(&d, "n", false).unwrap();
    assert_eq!(shared.report.removed, [Removed::ApiKey("X-Key".into())]);
    let with = encode_share(&d, "n", true).unwrap();
    assert_eq!(decode_share(&with.payload).unwrap().1.auth, d.auth);
}

#[test]
fn a_switched_off_secret_param_loses_its_value_but_keeps_its_name() {
    let mut draft = with_headers(&[]);
    draft.url = "https://api.test/items?page=2".into();
    draft.params = vec![
        QueryParam::new("page", Some("2")),
        QueryParam {
            enabled: false,
            ..QueryParam::new("api_key", Some("k-123"))
        },
    ];
    let shared = encode_share(&draft, "Items", false).unwrap();
    assert_eq!(
        shared.report.removed,
        [Removed::QueryParam("api_key".into())]
    );
    let (_, opened) = decode_share(&shared.payload).unwrap();
    assert_eq!(opened.params[1].name, "api_key");
    assert_eq!(opened.params[1].value.as_deref(), Some(""));
    assert!(!opened.params[1].enabled);

    let with_secrets = encode_share(&draft, "Items", true).unwrap();
    let (_, opened) = decode_share(&with_secrets.payload).unwrap();
    assert_eq!(opened, draft);
}

#[test]
fn references_travel_as_written_so_no_variable_value_is_shared() {
    let d = RequestDraft {
        auth: Auth::Bearer {
            token: "{{token}}".into(),
        },
        ..draft("GET", "{{base}}/items")
    };
    let shared = encode_share(&d, "n", true).unwrap();
    let (_, back) = decode_share(&shared.payload).unwrap();
    assert_eq!(back.url, "{{base}}/items");
    assert_eq!(back.auth, d.auth);
}
