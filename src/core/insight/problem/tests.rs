use super::*;

fn parse(text: &str) -> ProblemDetails {
    parse_problem(text.as_bytes()).unwrap()
}

#[test]
fn all_standard_members_are_read() {
    let problem = parse(
        r#"{"type":"https://example.com/probs/out-of-credit","title":"You do not have enough credit.",
                "status":403,"detail":"Your balance is 30, but that costs 50.","instance":"/account/12345/msgs/abc"}"#,
    );
    assert_eq!(
        problem,
        ProblemDetails {
            problem_type: Some("https://example.com/probs/out-of-credit".into()),
            title: Some("You do not have enough credit.".into()),
            status: Some(403),
            detail: Some("Your balance is 30, but that costs 50.".into()),
            instance: Some("/account/12345/msgs/abc".into()),
            extensions: vec![],
            issues: vec![],
        }
    );
}

#[test]
fn an_empty_object_is_a_valid_problem_of_type_about_blank() {
    let problem = parse("{}");
    assert_eq!(problem, ProblemDetails::default());
    assert_eq!(problem.effective_type(), "about:blank");
}

#[test]
fn a_given_type_is_the_effective_type() {
    assert_eq!(parse(r#"{"type":"/probs/x"}"#).effective_type(), "/probs/x");
}

#[test]
fn wrong_typed_string_members_are_ignored_with_an_issue() {
    let problem = parse(r#"{"type":42,"title":["a"],"detail":null,"instance":{"a":1}}"#);
    assert_eq!(problem.problem_type, None);
    assert_eq!(problem.title, None);
    assert_eq!(problem.detail, None);
    assert_eq!(problem.instance, None);
    assert_eq!(
        problem.issues,
        vec![
            "“type” is a number, not a string, so it is ignored (RFC 9457 §3.1).",
            "“title” is an array, not a string, so it is ignored (RFC 9457 §3.1).",
            "“detail” is null, not a string, so it is ignored (RFC 9457 §3.1).",
            "“instance” is an object, not a string, so it is ignored (RFC 9457 §3.1).",
        ]
    );
    assert_eq!(problem.effective_type(), "about:blank");
}

#[test]
fn a_status_written_as_a_string_is_ignored_with_an_issue() {
    let problem = parse(r#"{"status":"404"}"#);
    assert_eq!(problem.status, None);
    assert_eq!(
        problem.issues,
        vec!["“status” is a string, not a number, so it is ignored (RFC 9457 §3.1)."]
    );
}

#[test]
fn a_status_outside_the_status_code_range_is_ignored_with_an_issue() {
    for text in [
        r#"{"status":42}"#,
        r#"{"status":404.5}"#,
        r#"{"status":-404}"#,
        r#"{"status":70000}"#,
    ] {
        let problem = parse(text);
        assert_eq!(problem.status, None, "{text}");
        assert_eq!(problem.issues.len(), 1, "{text}");
        assert!(
            problem.issues[0].contains("not an HTTP status code"),
            "{text}"
        );
    }
}

#[test]
fn extensions_keep_document_order_and_compact_values() {
    let problem = parse(
        r#"{"zeta": 1, "title": "Bad", "alpha": {"b": [1, 2.5, "x\"y"], "a": null},
                "middle": true, "Type": "not the type member"}"#,
    );
    assert_eq!(problem.title.as_deref(), Some("Bad"));
    assert_eq!(problem.problem_type, None);
    assert_eq!(
        problem.extensions,
        vec![
            ("zeta".to_owned(), "1".to_owned()),
            (
                "alpha".to_owned(),
                r#"{"b":[1,2.5,"x\"y"],"a":null}"#.to_owned()
            ),
            ("middle".to_owned(), "true".to_owned()),
            ("Type".to_owned(), r#""not the type member""#.to_owned()),
        ]
    );
    assert!(problem.issues.is_empty());
}

#[test]
fn compact_values_escape_control_characters() {
    let problem = parse(r#"{"note":"a\nb\u0001c\\"}"#);
    assert_eq!(problem.extensions[0].1, r#""a\nb\u0001c\\""#);
}

#[test]
fn a_repeated_member_uses_the_last_value_and_says_so() {
    let problem = parse(r#"{"title":"first","code":1,"title":"second","code":2}"#);
    assert_eq!(problem.title.as_deref(), Some("second"));
    assert_eq!(
        problem.extensions,
        vec![("code".to_owned(), "2".to_owned())]
    );
    assert_eq!(problem.issues.len(), 2);
    assert!(problem.issues[0].contains("“title” appears more than once"));
}

#[test]
fn a_byte_order_mark_is_skipped() {
    let body = b"\xef\xbb\xbf{\"title\":\"t\"}";
    assert_eq!(parse_problem(body).unwrap().title.as_deref(), Some("t"));
}

#[test]
fn a_body_that_is_not_an_object_is_an_error_naming_what_it_is() {
    assert_eq!(
        parse_problem(b"[1]"),
        Err(ProblemError::NotAnObject("an array"))
    );
    assert_eq!(
        parse_problem(b"\"oops\""),
        Err(ProblemError::NotAnObject("a string"))
    );
    assert_eq!(
        parse_problem(b"null"),
        Err(ProblemError::NotAnObject("null"))
    );
    assert_eq!(
        ProblemError::NotAnObject("an array").to_string(),
        "The problem details body is an array, but RFC 9457 calls for a JSON object."
    );
}

#[test]
fn an_empty_body_is_an_error() {
    assert_eq!(parse_problem(b""), Err(ProblemError::Empty));
    assert_eq!(parse_problem(b" \n"), Err(ProblemError::Empty));
}

#[test]
fn invalid_json_is_an_error_with_the_position() {
    let Err(ProblemError::InvalidJson(message)) = parse_problem(b"{\"title\": }") else {
        panic!("expected invalid JSON");
    };
    assert!(message.contains("line 1"), "{message}");
    assert!(parse_problem(b"{} x").is_err());
    assert!(parse_problem(&[0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d]).is_err());
}

#[test]
fn deeply_nested_documents_are_refused_not_overflowed() {
    let deep = format!("{{\"a\":{}{}}}", "[".repeat(10_000), "]".repeat(10_000));
    assert!(matches!(
        parse_problem(deep.as_bytes()),
        Err(ProblemError::InvalidJson(_))
    ));
}

#[test]
fn problem_media_type_ignores_case_and_parameters() {
    assert!(is_problem_media_type("application/problem+json"));
    assert!(is_problem_media_type(
        "Application/Problem+JSON; charset=utf-8"
    ));
    assert!(is_problem_media_type(" application/problem+json ;q=1"));
    assert!(!is_problem_media_type("application/json"));
    assert!(!is_problem_media_type("application/problem+xml"));
    assert!(!is_problem_media_type("application/problem+jsonx"));
    assert!(!is_problem_media_type(""));
}
