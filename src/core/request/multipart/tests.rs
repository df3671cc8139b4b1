use super::*;
use proptest::prelude::*;

const B: &str = BOUNDARY;

#[test]
fn lone_line_feeds_are_widened_and_crlf_is_kept() {
    assert_eq!(with_crlf("a\nb\r\nc\n"), "a\r\nb\r\nc\r\n");
    assert_eq!(with_crlf("\n"), "\r\n");
    assert!(matches!(with_crlf("a\r\nb"), std::borrow::Cow::Borrowed(_)));
}

#[test]
fn a_body_edited_in_a_textarea_decodes_again_once_widened() {
    let body = encode(&[("a", "1"), ("b", "two")], B);
    let edited = body.replace("\r\n", "\n");
    assert_eq!(decode(&edited, B), None);
    assert_eq!(
        decode(&with_crlf(&edited), B),
        Some(owned(&[("a", "1"), ("b", "two")]))
    );
}

fn owned(fields: &[(&str, &str)]) -> Vec<(String, String)> {
    fields
        .iter()
        .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
        .collect()
}

/// A body framed by `boundary`, its parts given as written.
fn body(parts: &[&str]) -> String {
    let mut out = String::new();
    for part in parts {
        out.push_str(&format!("--{B}\r\n{part}\r\n"));
    }
    out.push_str(&format!("--{B}--\r\n"));
    out
}

#[test]
fn fields_are_written_as_a_browser_writes_them() {
    let cases: [(&[(&str, &str)], String); 6] = [
        (
            &[("title", "Cover art"), ("year", "1974")],
            format!(
                "--{B}\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nCover art\r\n\
                     --{B}\r\nContent-Disposition: form-data; name=\"year\"\r\n\r\n1974\r\n\
                     --{B}--\r\n"
            ),
        ),
        (
            &[("say \"hi\"", "x")],
            body(&["Content-Disposition: form-data; name=\"say %22hi%22\"\r\n\r\nx"]),
        ),
        (
            &[("a\r\nb\nc\rd", "")],
            body(&["Content-Disposition: form-data; name=\"a%0D%0Ab%0Ac%0Dd\"\r\n\r\n"]),
        ),
        (
            &[("note", "line 1\r\nline 2\n\r\n")],
            body(&["Content-Disposition: form-data; name=\"note\"\r\n\r\nline 1\r\nline 2\n\r\n"]),
        ),
        (
            &[("{{key}}", "{{value}}"), ("", "é; \\ %22")],
            body(&[
                "Content-Disposition: form-data; name=\"{{key}}\"\r\n\r\n{{value}}",
                "Content-Disposition: form-data; name=\"\"\r\n\r\né; \\ %22",
            ]),
        ),
        (&[], format!("--{B}--\r\n")),
    ];
    for (fields, expected) in cases {
        let encoded = encode(fields, B);
        assert_eq!(encoded, expected, "{fields:?}");
        assert_eq!(decode(&encoded, B), Some(owned(fields)), "{fields:?}");
    }
}

#[test]
fn the_boundary_is_never_inside_a_field() {
    assert_eq!(boundary_for(&[("a", "1")], None), B);
    assert_eq!(
        boundary_for(&[("a", &format!("x{B}y"))], None),
        format!("{B}-1")
    );
    let taken = format!("{B} {B}-1 {B}-2");
    assert_eq!(boundary_for(&[(&taken, "")], None), format!("{B}-3"));
    // A value holding a whole delimiter still reads back as written.
    let value = format!("a\r\n--{B}--\r\n");
    let fields = [("v", value.as_str())];
    let boundary = boundary_for(&fields, None);
    assert_eq!(
        decode(&encode(&fields, &boundary), &boundary),
        Some(owned(&fields))
    );
}

#[test]
fn a_declared_boundary_is_kept_when_it_can_frame_the_fields() {
    let fields = [("a", "1 xyz")];
    assert_eq!(boundary_for(&fields, Some("abc")), "abc");
    assert_eq!(boundary_for(&fields, Some("a b")), "a b");
    for unusable in ["xyz", "", "a ", "a;b", "a\"b", &"x".repeat(71)] {
        assert_eq!(boundary_for(&fields, Some(unusable)), B, "{unusable:?}");
    }
    assert_eq!(boundary_for(&fields, Some(&"x".repeat(70))), "x".repeat(70));
}

#[test]
fn the_content_type_names_the_boundary() {
    assert_eq!(
        content_type(B),
        format!("multipart/form-data; boundary={B}")
    );
    assert_eq!(content_type("a b"), "multipart/form-data; boundary=\"a b\"");
    let cases = [
        ("multipart/form-data; boundary=abc", Some("abc")),
        ("Multipart/Form-Data; boundary=\"a b\"", Some("a b")),
        ("multipart/form-data", None),
        ("multipart/mixed; boundary=abc", None),
        ("text/plain; boundary=abc", None),
    ];
    for (value, expected) in cases {
        assert_eq!(declared_boundary(value).as_deref(), expected, "{value:?}");
    }
}

#[test]
fn text_parts_in_other_spellings_are_read() {
    let cases = [
            ("content-disposition:form-data;name=plain\r\n\r\n1", ("plain", "1")),
            (
                "Content-Disposition: FORM-DATA; name=\"a;b\" \r\n\r\n2",
                ("a;b", "2"),
            ),
            (
                "Content-Disposition: form-data; name=\"t\"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n3",
                ("t", "3"),
            ),
            (
                "Content-Disposition: form-data; name=\"%2522 %0a 100%\"\r\n\r\n4",
                ("%2522 %0a 100%", "4"),
            ),
            (
                "Content-Disposition: form-data; name=\"back\\\"\r\n\r\n5",
                ("back\\", "5"),
            ),
            (
                "Content-Disposition: form-data; name=\"%22%0D%0A\"\r\n\r\n6",
                ("\"\r\n", "6"),
            ),
        ];
    for (part, expected) in cases {
        assert_eq!(
            decode(&body(&[part]), B),
            Some(owned(&[expected])),
            "{part:?}"
        );
    }
    let unterminated =
        format!("--{B}\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--{B}--");
    assert_eq!(decode(&unterminated, B), Some(owned(&[("a", "1")])));
}

#[test]
fn bodies_that_are_not_only_text_fields_do_not_decode() {
    let disposition = "Content-Disposition: form-data; name=\"a\"";
    let parts = [
            "Content-Disposition: form-data; name=\"f\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n…",
            "Content-Disposition: form-data; filename=\"a.txt\"; name=\"f\"\r\n\r\nx",
            "Content-Disposition: form-data; name=\"f\"; filename*=UTF-8''a.txt\r\n\r\nx",
            "Content-Disposition: form-data; name=\"a\"; name=\"b\"\r\n\r\nx",
            "Content-Disposition: attachment; name=\"a\"\r\n\r\nx",
            "Content-Disposition: form-data\r\n\r\nx",
            "Content-Disposition: form-data; name=\"open\r\n\r\nx",
            "Content-Disposition: form-data; name=\"a\" junk\r\n\r\nx",
            "Content-Type: text/plain\r\n\r\nx",
            "\r\nx",
            "no blank line",
        ];
    let mut bodies: Vec<String> = parts.iter().map(|part| body(&[part])).collect();
    for extra in [
        "Content-Type: application/json",
        "Content-Transfer-Encoding: 8bit",
        "X-Note: 1",
        "no colon",
    ] {
        bodies.push(body(&[&format!("{disposition}\r\n{extra}\r\n\r\nx")]));
    }
    bodies.extend([
        String::new(),
        "a=1&b=2".to_owned(),
        format!(
            "preamble\r\n{}",
            body(&[&format!("{disposition}\r\n\r\nx")])
        ),
        format!("--{B}\r\n{disposition}\r\n\r\nx"),
        format!("--{B}\r\n{disposition}\r\n\r\nx\r\n--{B}--\r\nepilogue"),
        format!("--{B}\r\n{disposition}\r\n\r\nx\n--{B}--\r\n"),
        format!("--{B}-- \r\n"),
    ]);
    for text in &bodies {
        assert_eq!(decode(text, B), None, "{text:?}");
    }
    let good = body(&[&format!("{disposition}\r\n\r\nx")]);
    assert_eq!(decode(&good, "other"), None);
    assert_eq!(decode(&good, ""), None);
}

/// Names holding `%22`, `%0D` or `%0A` as text read back as the character.
fn no_escape_lookalike(name: &str) -> bool {
    NAME_ESCAPES
        .iter()
        .all(|(_, escaped)| !name.contains(escaped))
}

proptest! {
    #[test]
    fn any_text_fields_survive_encoding(
        fields in proptest::collection::vec((".{0,10}", "(.|\r|\n){0,16}"), 0..5)
    ) {
        prop_assume!(fields.iter().all(|(name, _)| no_escape_lookalike(name)));
        let borrowed: Vec<(&str, &str)> =
            fields.iter().map(|(name, value)| (name.as_str(), value.as_str())).collect();
        let boundary = boundary_for(&borrowed, None);
        prop_assert_eq!(decode(&encode(&borrowed, &boundary), &boundary), Some(fields));
    }

    #[test]
    fn fields_holding_the_boundary_survive_encoding(
        fields in proptest::collection::vec(("[a-z]{0,3}", "(-|\r\n|[a-z]|----ApiClientFormBoundary7dQx2LmV9pKcR4sT){0,6}"), 1..4)
    ) {
        let borrowed: Vec<(&str, &str)> =
            fields.iter().map(|(name, value)| (name.as_str(), value.as_str())).collect();
        let boundary = boundary_for(&borrowed, Some(B));
        prop_assert_eq!(decode(&encode(&borrowed, &boundary), &boundary), Some(fields));
    }
}
