use super::*;

#[test]
fn standard_methods_parse_case_insensitively_to_upper_case() {
    assert_eq!(Method::parse("get"), Ok(Method::Get));
    assert_eq!(Method::parse("Patch"), Ok(Method::Patch));
    assert_eq!(Method::parse("  DELETE "), Ok(Method::Delete));
    assert_eq!(
        Method::parse("options").map(|m| m.to_string()),
        Ok("OPTIONS".into())
    );
}

#[test]
fn custom_tokens_are_kept_verbatim() {
    assert_eq!(
        Method::parse("PROPFIND"),
        Ok(Method::Custom("PROPFIND".into()))
    );
    assert_eq!(Method::parse("purge"), Ok(Method::Custom("purge".into())));
    assert_eq!(
        Method::parse("M-SEARCH"),
        Ok(Method::Custom("M-SEARCH".into()))
    );
    assert_eq!(
        Method::parse("x!#$%&'*+-.^_`|~9"),
        Ok(Method::Custom("x!#$%&'*+-.^_`|~9".into()))
    );
}

#[test]
fn empty_method_is_refused() {
    assert_eq!(Method::parse(""), Err(MethodError::Empty));
    assert_eq!(Method::parse("   "), Err(MethodError::Empty));
}

#[test]
fn non_token_characters_are_refused_naming_the_character() {
    let err = Method::parse("GET X").unwrap_err();
    assert_eq!(
        err,
        MethodError::InvalidCharacter {
            method: "GET X".into(),
            found: ' '
        }
    );
    assert!(err.to_string().contains("a space"));
    for bad in [
        "GE(T", "PO\"ST", "A/B", "A:B", "A@B", "ÜBER", "A,B", "A;B", "{}",
    ] {
        assert!(
            matches!(
                Method::parse(bad),
                Err(MethodError::InvalidCharacter { .. })
            ),
            "{bad} should be refused"
        );
    }
}

#[test]
fn control_characters_are_named_by_code_point() {
    let err = Method::parse("GE\u{7}T").unwrap_err();
    assert!(err.to_string().contains("U+0007"), "{err}");
}

#[test]
fn methods_browsers_forbid_are_refused_with_a_reason() {
    for name in ["CONNECT", "trace", "Track"] {
        let err = Method::parse(name).unwrap_err();
        assert!(matches!(err, MethodError::ForbiddenByBrowsers(_)));
        assert!(err.to_string().contains("forbids"), "{err}");
    }
}

#[test]
fn only_get_and_head_refuse_a_body() {
    assert!(!Method::Get.allows_body());
    assert!(!Method::Head.allows_body());
    assert!(Method::Post.allows_body());
    assert!(Method::Options.allows_body());
    assert!(Method::Custom("REPORT".into()).allows_body());
}
