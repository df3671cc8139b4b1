use super::*;
use crate::core::test_support::WhatwgUrls;

fn draft(method: &str, url: &str) -> RequestDraft {
    RequestDraft {
        method: method.into(),
        url: url.into(),
        ..RequestDraft::default()
    }
}

fn problems(d: &RequestDraft) -> Vec<DraftProblem> {
    d.validate("30", PageScheme::Http, &WhatwgUrls).unwrap_err()
}

#[test]
fn valid_draft_becomes_a_request() {
    let mut d = draft("post", "http://127.0.0.1:8000/anything");
    d.headers = vec![
        HeaderRow::new("Content-Type", "application/json"),
        HeaderRow::default(),
    ];
    d.body = "{\"a\":1}".into();
    let req = d.validate("2.5", PageScheme::Http, &WhatwgUrls).unwrap();
    assert_eq!(req.method, Method::Post);
    assert_eq!(req.url.as_str(), "http://127.0.0.1:8000/anything");
    assert_eq!(
        req.headers,
        vec![("Content-Type".to_string(), "application/json".to_string())]
    );
    assert_eq!(
        req.body.as_ref().and_then(SendBody::text),
        Some("{\"a\":1}")
    );
    assert_eq!(req.timeout, Duration::from_millis(2500));
}

#[test]
fn a_multipart_body_edited_to_lf_is_sent_with_crlf() {
    let mut d = draft("POST", "http://127.0.0.1:8000/anything");
    d.headers = vec![HeaderRow::new(
        "Content-Type",
        "multipart/form-data; boundary=XyZ",
    )];
    d.body = "--XyZ\nContent-Disposition: form-data; name=\"a\"\n\n1\n--XyZ--\n".into();
    let req = d.validate("30", PageScheme::Http, &WhatwgUrls).unwrap();
    assert_eq!(
        req.body.as_ref().and_then(SendBody::text),
        Some("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--XyZ--\r\n")
    );
}

#[test]
fn other_bodies_keep_their_line_breaks() {
    let mut d = draft("POST", "http://127.0.0.1:8000/anything");
    d.headers = vec![HeaderRow::new("Content-Type", "text/plain")];
    d.body = "a\nb".into();
    let req = d.validate("30", PageScheme::Http, &WhatwgUrls).unwrap();
    assert_eq!(req.body.as_ref().and_then(SendBody::text), Some("a\nb"));
}

#[test]
fn default_draft_is_a_get_with_one_blank_header_row() {
    let d = RequestDraft::default();
    assert_eq!(d.method, "GET");
    assert_eq!(d.headers, vec![HeaderRow::default()]);
}

#[test]
fn every_problem_is_reported_at_once() {
    let mut d = draft("GE T", "example.com");
    d.headers = vec![HeaderRow::new("Bad Name", "x")];
    let found = problems(&d);
    assert_eq!(found.len(), 3, "{found:?}");
    assert!(matches!(found[0], DraftProblem::Method(_)));
    assert!(matches!(
        found[1],
        DraftProblem::Url(UrlError::MissingScheme { .. })
    ));
    assert!(matches!(found[2], DraftProblem::Header { row: 0, .. }));
}

#[test]
fn get_and_head_with_a_body_are_refused() {
    for method in ["GET", "head"] {
        let mut d = draft(method, "https://example.com");
        d.body = "x".into();
        let found = problems(&d);
        assert!(
            matches!(&found[..], [DraftProblem::BodyNotAllowed { .. }]),
            "{found:?}"
        );
        assert!(found[0].to_string().contains("cannot carry a body"));
    }
}

#[test]
fn dropped_headers_are_not_sent_and_do_not_block() {
    let mut d = draft("GET", "https://example.com");
    d.headers = vec![
        HeaderRow::new("Host", "evil.test"),
        HeaderRow::new("X-A", "1"),
    ];
    let req = d.validate("30", PageScheme::Https, &WhatwgUrls).unwrap();
    assert_eq!(req.headers, vec![("X-A".to_string(), "1".to_string())]);
}

#[test]
fn plain_http_from_an_https_page_is_mixed_content() {
    let d = draft("GET", "http://api.example.com/x");
    let found = d
        .validate("30", PageScheme::Https, &WhatwgUrls)
        .unwrap_err();
    assert_eq!(
        found,
        vec![DraftProblem::MixedContent {
            url: "http://api.example.com/x".into()
        }]
    );
    assert!(found[0].to_string().contains("mixed content"));
}

#[test]
fn loopback_http_from_an_https_page_is_allowed() {
    let d = draft("GET", "http://127.0.0.1:9000/");
    assert!(d.validate("30", PageScheme::Https, &WhatwgUrls).is_ok());
    assert!(draft("GET", "http://localhost/")
        .validate("30", PageScheme::Https, &WhatwgUrls)
        .is_ok());
}

#[test]
fn http_from_an_http_page_is_fine() {
    assert!(draft("GET", "http://api.example.com/")
        .validate("30", PageScheme::Http, &WhatwgUrls)
        .is_ok());
}

#[test]
fn timeout_accepts_seconds_within_range() {
    assert_eq!(parse_timeout("30"), Ok(Duration::from_secs(30)));
    assert_eq!(parse_timeout(" 0.5 "), Ok(Duration::from_millis(500)));
    assert_eq!(parse_timeout("3600"), Ok(Duration::from_secs(3600)));
    assert_eq!(parse_timeout(".25"), Ok(Duration::from_millis(250)));
    assert_eq!(parse_timeout("1."), Ok(Duration::from_secs(1)));
    assert_eq!(parse_timeout("1.23456"), Ok(Duration::from_millis(1234)));
}

#[test]
fn timeout_refuses_nonsense_with_a_message() {
    assert_eq!(
        parse_timeout("abc"),
        Err(TimeoutError::NotANumber("abc".into()))
    );
    assert_eq!(parse_timeout(""), Err(TimeoutError::NotANumber("".into())));
    for t in [
        "0",
        "-1",
        "0.05",
        "3601",
        "NaN",
        "inf",
        ".",
        "1.2.3",
        "1e3",
        "+5",
        "99999999999999999",
    ] {
        assert!(parse_timeout(t).is_err(), "{t}");
    }
    assert!(parse_timeout("0")
        .unwrap_err()
        .to_string()
        .contains("between 0.1 and 3600"));
}

#[test]
fn invalid_timeout_is_a_draft_problem() {
    let found = draft("GET", "https://example.com")
        .validate("soon", PageScheme::Http, &WhatwgUrls)
        .unwrap_err();
    assert!(matches!(&found[..], [DraftProblem::Timeout(_)]));
}

#[test]
fn body_without_content_type_is_noticed() {
    let mut d = draft("POST", "https://example.com");
    assert!(!d.body_lacks_content_type());
    d.body = "{\"a\":1}".into();
    assert!(d.body_lacks_content_type());
    assert!(d.body_is_json());
    d.headers
        .push(HeaderRow::new("content-type", "application/json"));
    assert!(!d.body_lacks_content_type());
}

#[test]
fn accept_naming_json_is_noticed() {
    let mut d = draft("GET", "https://example.com");
    assert!(!d.accepts_json());
    d.headers = vec![HeaderRow::new("accept", "application/problem+json, */*")];
    assert!(d.accepts_json());
    d.headers[0].enabled = false;
    assert!(!d.accepts_json());
}

#[test]
fn redirects_are_followed_unless_switched_off() {
    let mut d = draft("GET", "https://example.com");
    assert!(
        d.validate("30", PageScheme::Http, &WhatwgUrls)
            .unwrap()
            .follow_redirects
    );
    d.follow_redirects = false;
    assert!(
        !d.validate("30", PageScheme::Http, &WhatwgUrls)
            .unwrap()
            .follow_redirects
    );
    let old: RequestDraft =
        serde_json::from_str(r#"{"method":"GET","url":"","headers":[],"body":"none"}"#).unwrap();
    assert!(old.follow_redirects);
}

#[test]
fn blank_header_rows_do_not_make_drafts_different() {
    let a = RequestDraft::default();
    let b = RequestDraft {
        headers: vec![],
        ..RequestDraft::default()
    };
    assert!(a.same_request(&b));
    let c = RequestDraft {
        url: "https://example.com".into(),
        ..RequestDraft::default()
    };
    assert!(!a.same_request(&c));
    let d = RequestDraft {
        headers: vec![HeaderRow::new("X-A", "1")],
        ..RequestDraft::default()
    };
    assert!(!a.same_request(&d));
}

#[test]
fn non_json_body_is_not_json() {
    let d = RequestDraft {
        body: "a=1&b=2".into(),
        ..RequestDraft::default()
    };
    assert!(!d.body_is_json());
}

fn vars(pairs: &[(&str, &str)]) -> Vec<Variable> {
    pairs.iter().map(|(k, v)| Variable::new(*k, *v)).collect()
}

#[test]
fn a_draft_is_resolved_in_url_enabled_headers_and_body() {
    let mut off = HeaderRow::new("X-Off", "{{missing}}");
    off.enabled = false;
    let draft = RequestDraft {
        method: "POST".into(),
        url: "{{base}}/login".into(),
        headers: vec![HeaderRow::new("Authorization", "Bearer {{token}}"), off],
        body: r#"{"user": "{{user}}"}"#.into(),
        auth: Auth::Bearer {
            token: "{{token}}".into(),
        },
        follow_redirects: true,
        params: Vec::new(),
    };
    let resolved = draft
        .resolve(&vars(&[
            ("base", "https://a.test"),
            ("token", "t0k"),
            ("user", "ann"),
        ]))
        .unwrap();
    assert_eq!(resolved.url, "https://a.test/login");
    assert_eq!(resolved.headers[0].value, "Bearer t0k");
    assert_eq!(resolved.headers[1].value, "{{missing}}");
    assert_eq!(resolved.body, r#"{"user": "ann"}"#.into());
    assert_eq!(
        resolved.auth,
        Auth::Bearer {
            token: "t0k".into()
        }
    );
}

#[test]
fn a_draft_with_undefined_references_names_them() {
    let draft = RequestDraft {
        url: "{{base}}/x".into(),
        body: "{{token}}".into(),
        ..RequestDraft::default()
    };
    assert_eq!(
        draft.resolve(&[]),
        Err(ResolveError::Unknown(vec!["base".into(), "token".into()]))
    );
}

#[test]
fn resolving_in_a_scope_uses_the_environment_first_and_says_where_it_looked() {
    let collection = vars(&[("base", "https://coll"), ("path", "/users")]);
    let environment = vars(&[("base", "https://env")]);
    let scope = Scope {
        collection: Some(("Users API", &collection)),
        environment: Some(("Staging", &environment)),
    };
    let resolved = draft("GET", "{{base}}{{path}}").resolve_in(&scope).unwrap();
    assert_eq!(resolved.url, "https://env/users");
    match draft("GET", "{{base}}/{{id}}").resolve_in(&scope) {
        Err(DraftProblem::UnknownVariables(e)) => {
            assert_eq!(e.names, ["id"]);
            assert_eq!(e.collection.as_deref(), Some("Users API"));
            assert_eq!(e.environment.as_deref(), Some("Staging"));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn resolving_values_that_grow_without_bound_is_a_problem_naming_the_variable() {
    let chain = vars(&[
        ("a", &"{{b}}".repeat(64)),
        ("b", &"{{c}}".repeat(64)),
        ("c", &"{{d}}".repeat(64)),
        ("d", &"x".repeat(64)),
    ]);
    let scope = Scope {
        collection: Some(("C", &chain)),
        environment: None,
    };
    let mut request = draft("POST", "https://a.test/");
    request.body = "{{a}}".into();
    match request.resolve_in(&scope) {
        Err(DraftProblem::VariablesTooLarge(e)) => {
            assert_eq!(e.variable, "a");
            let message = DraftProblem::VariablesTooLarge(e).to_string();
            assert!(message.contains("larger than 1 MiB"), "{message}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_new_request_is_named_by_its_method_and_path() {
    let named = |method: &str, url: &str| {
        RequestDraft {
            method: method.into(),
            url: url.into(),
            ..RequestDraft::default()
        }
        .suggested_name()
    };
    assert_eq!(
        named("GET", "https://api.test/users/1?x=1"),
        "GET /users/1?x=1"
    );
    assert_eq!(named(" post ", "https://api.test"), "post https://api.test");
    assert_eq!(named("GET", "api.test/users"), "GET api.test/users");
    assert_eq!(named("", ""), "");
}

#[test]
fn only_a_text_body_lacks_a_content_type() {
    let mut d = draft("POST", "https://example.com");
    d.body = RequestBody::Json("{\"a\":1}".into());
    // JSON mode sends application/json itself.
    assert!(!d.body_lacks_content_type());
    assert!(d.body_is_json());
    d.body = RequestBody::UrlEncoded(vec![]);
    assert!(!d.body_is_json());
}

#[test]
fn the_auth_counts_when_comparing_requests() {
    let plain = draft("GET", "https://example.com");
    let mut with_auth = plain.clone();
    with_auth.auth = Auth::Bearer { token: "t".into() };
    assert!(!plain.same_request(&with_auth));
    assert!(with_auth.same_request(&with_auth.clone()));
}
