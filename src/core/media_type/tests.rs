use super::*;

#[test]
fn parameters_and_case_are_dropped() {
    assert_eq!(
        essence("Application/JSON; charset=utf-8").as_deref(),
        Some("application/json")
    );
    assert_eq!(essence("text/html").as_deref(), Some("text/html"));
}

#[test]
fn the_last_valid_type_of_a_joined_header_wins() {
    assert_eq!(
        essence("application/json, application/problem+json").as_deref(),
        Some("application/problem+json")
    );
    assert_eq!(
        essence("text/plain, garbage").as_deref(),
        Some("text/plain")
    );
}

#[test]
fn parameters_are_found_by_name() {
    let cases = [
        ("multipart/form-data; boundary=abc", Some("abc")),
        ("multipart/form-data;BOUNDARY=abc ", Some("abc")),
        (
            "multipart/form-data; charset=utf-8; boundary=x-y",
            Some("x-y"),
        ),
        (r#"multipart/form-data; boundary="a b;c""#, Some("a b;c")),
        (
            r#"multipart/form-data; boundary="a\"b\\c" ; x=1"#,
            Some("a\"b\\c"),
        ),
        (r#"multipart/form-data; boundary="open"#, Some("open")),
        ("multipart/form-data; boundary=", Some("")),
        ("multipart/form-data; flag; boundary=z", Some("z")),
        ("multipart/form-data; boundary=1; boundary=2", Some("1")),
        ("multipart/form-data", None),
        ("multipart/form-data; myboundary=abc", None),
        ("multipart/form-data; x=\"boundary=abc\"", None),
    ];
    for (value, expected) in cases {
        assert_eq!(
            parameter(value, "boundary").as_deref(),
            expected,
            "{value:?}"
        );
    }
}

#[test]
fn values_without_a_valid_type_have_no_essence() {
    for value in [
        "",
        "json",
        "/json",
        "application/",
        "application/ json",
        "a b/c",
    ] {
        assert_eq!(essence(value), None, "{value:?}");
    }
}
