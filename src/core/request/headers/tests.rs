use super::*;

fn sent(name: &str, value: &str) -> HeaderFate {
    HeaderFate::Sent {
        name: name.into(),
        value: value.into(),
    }
}

#[test]
fn ordinary_header_is_sent_trimmed() {
    assert_eq!(
        HeaderRow::new(" Accept ", "  application/json\t").check(),
        sent("Accept", "application/json")
    );
    assert_eq!(HeaderRow::new("X-Empty", "").check(), sent("X-Empty", ""));
}

#[test]
fn blank_and_disabled_rows_are_skipped() {
    assert_eq!(HeaderRow::new("", "").check(), HeaderFate::Skipped);
    assert_eq!(HeaderRow::new("  ", " ").check(), HeaderFate::Skipped);
    let mut off = HeaderRow::new("X-A", "1");
    off.enabled = false;
    assert_eq!(off.check(), HeaderFate::Skipped);
}

#[test]
fn value_without_name_is_invalid() {
    assert_eq!(
        HeaderRow::new("", "abc").check(),
        HeaderFate::Invalid(HeaderError::MissingName {
            value: "abc".into()
        })
    );
}

#[test]
fn invalid_name_characters_are_named() {
    for (name, found) in [
        ("X Demo", ' '),
        ("X:Demo", ':'),
        ("Ünicode", 'Ü'),
        ("a(b)", '('),
        ("a\"b", '"'),
    ] {
        let fate = HeaderRow::new(name, "v").check();
        assert_eq!(
            fate,
            HeaderFate::Invalid(HeaderError::InvalidName {
                name: name.into(),
                found
            })
        );
    }
    let HeaderFate::Invalid(err) = HeaderRow::new("X Demo", "v").check() else {
        panic!()
    };
    assert!(err.to_string().contains("a space"), "{err}");
}

#[test]
fn values_with_cr_or_lf_are_refused() {
    for value in ["a\r\nX-Injected: 1", "a\nb", "a\rb"] {
        assert_eq!(
            HeaderRow::new("X-A", value).check(),
            HeaderFate::Invalid(HeaderError::ValueHasLineBreak { name: "X-A".into() })
        );
    }
}

#[test]
fn values_with_nul_are_refused() {
    assert_eq!(
        HeaderRow::new("X-A", "a\0b").check(),
        HeaderFate::Invalid(HeaderError::ValueHasNul { name: "X-A".into() })
    );
}

#[test]
fn values_beyond_latin1_are_refused_but_latin1_is_fine() {
    assert_eq!(
        HeaderRow::new("X-A", "日本").check(),
        HeaderFate::Invalid(HeaderError::ValueNotLatin1 {
            name: "X-A".into(),
            found: '日'
        })
    );
    assert_eq!(HeaderRow::new("X-A", "café").check(), sent("X-A", "café"));
}

#[test]
fn headers_browsers_drop_are_flagged_case_insensitively() {
    for name in [
        "Host",
        "cookie",
        "Content-Length",
        "Origin",
        "Referer",
        "Connection",
        "Accept-Encoding",
        "Transfer-Encoding",
        "Proxy-Authorization",
        "Sec-Fetch-Mode",
        "DNT",
        "Set-Cookie",
    ] {
        assert!(
            matches!(
                HeaderRow::new(name, "x").check(),
                HeaderFate::DroppedByBrowser { .. }
            ),
            "{name} should be flagged"
        );
    }
}

#[test]
fn headers_pages_may_set_are_not_flagged() {
    for name in [
        "Authorization",
        "Content-Type",
        "Accept",
        "X-Api-Key",
        "If-None-Match",
        "Cache-Control",
    ] {
        assert_eq!(HeaderRow::new(name, "x").check(), sent(name, "x"), "{name}");
    }
}

#[test]
fn dropped_header_reason_names_who_sets_it() {
    let HeaderFate::DroppedByBrowser { reason, .. } = HeaderRow::new("Cookie", "a=b").check()
    else {
        panic!("Cookie must be flagged")
    };
    assert!(reason.contains("cookie jar"));
}

#[test]
fn method_overrides_naming_a_forbidden_method_are_flagged() {
    for (name, value) in [
        ("X-HTTP-Method-Override", "TRACE"),
        ("x-http-method", "connect"),
        ("X-Method-Override", "GET, Track"),
        ("X-HTTP-Method-Override", " trace\t"),
    ] {
        let HeaderFate::DroppedByBrowser { reason, .. } = HeaderRow::new(name, value).check()
        else {
            panic!("{name}: {value} should be flagged")
        };
        assert!(reason.contains("TRACE"), "{reason}");
    }
}

#[test]
fn method_overrides_naming_allowed_methods_are_sent() {
    for (name, value) in [
        ("X-HTTP-Method-Override", "PATCH"),
        ("X-Method-Override", "DELETE, PUT"),
        ("X-HTTP-Method", "TRACER"),
        ("X-Other", "TRACE"),
    ] {
        assert_eq!(
            HeaderRow::new(name, value).check(),
            sent(name, value),
            "{name}"
        );
    }
}

#[test]
fn a_new_blank_row_is_enabled() {
    assert!(HeaderRow::default().enabled);
}

#[test]
fn rows_deserialize_enabled_when_the_flag_is_absent() {
    let row: HeaderRow = serde_json::from_str(r#"{"name":"A","value":"b"}"#).unwrap();
    assert!(row.enabled);
}
