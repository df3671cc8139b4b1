use super::*;
use std::sync::Arc;

fn response(headers: &[(&str, &str)], body: &[u8]) -> ReceivedResponse {
    ReceivedResponse {
        status: StatusCode::new(200).ok(),
        raw_status: 200,
        headers: headers
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect(),
        body: body.to_vec().into(),
        final_url: "http://127.0.0.1/".into(),
        redirected: false,
        opaque_redirect: false,
        elapsed_ms: 1.0,
        sent: Default::default(),
        cross_origin: true,
        via: Via::Browser,
    }
}

#[test]
fn json_body_is_pretty_printed_in_original_key_order() {
    let view = body_view(
        Some("application/json; charset=utf-8"),
        br#"{"b":1,"a":[true]}"#,
    );
    assert_eq!(
        view,
        BodyView::Json("{\n  \"b\": 1,\n  \"a\": [\n    true\n  ]\n}".into())
    );
}

#[test]
fn problem_json_counts_as_json() {
    assert!(matches!(
        body_view(Some("application/problem+json"), b"{}"),
        BodyView::Json(_)
    ));
}

#[test]
fn broken_json_is_shown_as_text_with_the_reason() {
    let BodyView::InvalidJson { text, error } = body_view(Some("application/json"), b"{\"a\":")
    else {
        panic!("expected invalid JSON")
    };
    assert_eq!(text, "{\"a\":");
    assert_eq!(error.line, 1);
}

#[test]
fn a_body_classifies_as_its_bytes_do_and_shares_its_text() {
    for (content_type, bytes) in [
        (Some("application/json"), &b"{\"a\": 1}"[..]),
        (Some("text/plain"), &b"hello"[..]),
        (Some("text/plain"), &[0xff, 0xfe][..]),
        (None, &b"a\0b"[..]),
        (None, &b""[..]),
    ] {
        let body = Body::from(bytes.to_vec());
        assert_eq!(
            body.classify(content_type),
            classify_body(content_type, bytes)
        );
    }
    let text = Body::from(b"shared".to_vec());
    let shown = text.shared_text().unwrap();
    assert!(Arc::ptr_eq(&shown, text.text().unwrap()));
    assert_eq!(
        *Body::from(vec![b'a', 0xff]).shared_text().unwrap(),
        "a\u{fffd}"
    );
}

#[test]
fn a_stored_body_is_laid_out_by_its_label_and_large_above_the_limit() {
    let kind = |content_type, size| classify_large(content_type, size);
    let json = Some("application/problem+json; charset=utf-8");
    assert_eq!(kind(json, 2_000_000), BodyKind::Large(LargeKind::Json));
    assert_eq!(
        kind(Some("text/csv"), 2_000_000),
        BodyKind::Large(LargeKind::Text)
    );
    assert_eq!(
        kind(None, 2_000_000),
        BodyKind::Large(LargeKind::Unlabelled)
    );
    assert_eq!(
        kind(Some("image/png"), 2_000_000),
        BodyKind::Ready(BodyView::Binary {
            size: 2_000_000,
            media_type: "image/png".into()
        })
    );
    assert_eq!(
        kind(json, FORMAT_LIMIT + 1),
        BodyKind::Ready(BodyView::Large {
            size: FORMAT_LIMIT + 1,
            media_type: "application/problem+json".into(),
            json: true
        })
    );
    assert_eq!(kind(None, 0), BodyKind::Ready(BodyView::Empty));
}

#[test]
fn empty_body_is_empty_whatever_the_type() {
    assert_eq!(body_view(Some("application/json"), b""), BodyView::Empty);
    assert_eq!(body_view(None, b""), BodyView::Empty);
}

#[test]
fn text_types_are_text() {
    for ct in [
        "text/html",
        "TEXT/PLAIN; charset=utf-8",
        "application/xml",
        "application/atom+xml",
        "image/svg+xml",
    ] {
        assert_eq!(
            body_view(Some(ct), b"<a/>"),
            BodyView::Text("<a/>".into()),
            "{ct}"
        );
    }
}

#[test]
fn untyped_utf8_is_text() {
    assert_eq!(body_view(None, b"hello"), BodyView::Text("hello".into()));
}

#[test]
fn labelled_text_that_is_not_utf8_is_left_to_decode_with_its_charset() {
    assert_eq!(
        body_view(Some("text/html; charset=ISO-8859-1"), b"na\xefve"),
        BodyView::NotUtf8 {
            charset: Some("iso-8859-1".into())
        }
    );
    assert_eq!(
        body_view(Some("application/json"), b"{\"a\":\"\xe9\"}"),
        BodyView::NotUtf8 { charset: None }
    );
}

#[test]
fn invalid_utf8_is_binary_with_size_and_type() {
    assert_eq!(
        body_view(Some("text/plain"), &[0xff, 0xfe, 0x00]),
        BodyView::Binary {
            size: 3,
            media_type: "text/plain".into()
        }
    );
}

#[test]
fn binary_media_types_are_binary_even_when_valid_utf8() {
    assert_eq!(
        body_view(Some("image/png"), b"abc"),
        BodyView::Binary {
            size: 3,
            media_type: "image/png".into()
        }
    );
    assert_eq!(
        body_view(None, b"a\0b"),
        BodyView::Binary {
            size: 3,
            media_type: String::new()
        }
    );
}

#[test]
fn bodies_over_the_format_limit_are_left_for_the_user_to_open() {
    let big = vec![b' '; FORMAT_LIMIT + 1];
    assert_eq!(
        body_view(Some("application/json"), &big),
        BodyView::Large {
            size: FORMAT_LIMIT + 1,
            media_type: "application/json".into(),
            json: true
        }
    );
}

#[test]
fn header_lookup_ignores_case() {
    let r = response(&[("content-type", "text/plain"), ("x-demo", "hello")], b"");
    assert_eq!(r.header("X-Demo"), Some("hello"));
    assert_eq!(r.content_type(), Some("text/plain"));
    assert_eq!(r.header("missing"), None);
}

#[test]
fn exposed_headers_are_the_non_safelisted_ones() {
    let r = response(
        &[
            ("content-type", "a"),
            ("Content-Length", "3"),
            ("x-demo", "b"),
        ],
        b"",
    );
    assert_eq!(r.exposed_headers(), vec!["x-demo"]);
}

#[test]
fn cross_origin_response_says_headers_may_be_hidden_and_lists_exposed_ones() {
    let r = response(&[("content-type", "a"), ("x-demo", "b")], b"");
    let note = r.hidden_headers_note().unwrap();
    assert!(note.contains("may be hidden"));
    assert!(note.contains("Access-Control-Expose-Headers"));
    assert!(note.contains("exposed: x-demo."), "{note}");
}

#[test]
fn cross_origin_response_without_exposed_headers_says_none() {
    let r = response(&[("content-type", "a")], b"");
    assert!(r.hidden_headers_note().unwrap().contains("exposed none"));
}

#[test]
fn same_origin_response_has_no_hidden_headers_note() {
    let mut r = response(&[("x-demo", "b")], b"");
    r.cross_origin = false;
    assert_eq!(r.hidden_headers_note(), None);
}

#[test]
fn sizes_use_decimal_units() {
    assert_eq!(format_size(0), "0 B");
    assert_eq!(format_size(999), "999 B");
    assert_eq!(format_size(1000), "1.0 kB");
    assert_eq!(format_size(1536), "1.5 kB");
    assert_eq!(format_size(10_000_000), "10.0 MB");
    assert_eq!(format_size(52_400_000_000), "52.4 GB");
}

#[test]
fn elapsed_switches_to_seconds_past_ten_seconds() {
    assert_eq!(format_elapsed(12.4), "12 ms");
    assert_eq!(format_elapsed(9_999.0), "9999 ms");
    assert_eq!(format_elapsed(12_345.0), "12.3 s");
    assert_eq!(format_elapsed(-1.0), "0 ms");
}

#[test]
fn sizes_round_to_the_nearest_tenth() {
    assert_eq!(format_size(1049), "1.0 kB");
    assert_eq!(format_size(1050), "1.1 kB");
    assert_eq!(format_size(999_999), "1000.0 kB");
    assert_eq!(format_size(1_000_000), "1.0 MB");
}

#[test]
fn seconds_drop_a_zero_decimal() {
    use std::time::Duration;
    assert_eq!(format_seconds(Duration::from_secs(1)), "1");
    assert_eq!(format_seconds(Duration::from_millis(2500)), "2.5");
    assert_eq!(format_seconds(Duration::from_millis(100)), "0.1");
}
