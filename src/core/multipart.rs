//! `multipart/form-data` bodies of text fields (RFC 7578), written as text so a
//! form can live in a request's body editor.
//!
//! Field names are escaped the way a browser's form submission escapes them
//! (the HTML standard's multipart/form-data encoding): `"` CR and LF become
//! `%22` `%0D` `%0A`, and [`decode`] turns them back, as the Fetch standard's
//! parser does. A name that already holds one of those three spellings reads
//! back as the character (browsers share that ambiguity). Unlike a browser,
//! lone CR or LF is not first widened to CRLF: names and values come back
//! exactly as they were given.

use crate::core::media_type::{essence, parameter};

/// The media type, as [`essence`] spells it.
pub const MEDIA_TYPE: &str = "multipart/form-data";

/// The boundary used unless the fields contain it: long and random-looking,
/// so no real value holds it, and made of token characters only, so a
/// Content-Type header can name it without quotes.
pub const BOUNDARY: &str = "----ApiClientFormBoundary7dQx2LmV9pKcR4sT";

/// How each character a quoted field name cannot hold is written.
const NAME_ESCAPES: [(char, &str); 3] = [('"', "%22"), ('\r', "%0D"), ('\n', "%0A")];

/// `multipart/form-data; boundary=…`, quoting a boundary that needs it.
pub fn content_type(boundary: &str) -> String {
    if boundary.chars().all(crate::core::method::is_tchar) {
        format!("{MEDIA_TYPE}; boundary={boundary}")
    } else {
        // Boundary characters include neither `"` nor `\`: nothing to escape.
        format!("{MEDIA_TYPE}; boundary=\"{boundary}\"")
    }
}

/// The body with every lone LF widened to CRLF, as multipart framing needs.
/// A browser's textarea keeps only LF, so a body edited there loses its CRs;
/// browsers widen line breaks in submitted form values the same way.
pub fn with_crlf(body: &str) -> std::borrow::Cow<'_, str> {
    let lone_lf = body
        .bytes()
        .enumerate()
        .any(|(i, b)| b == b'\n' && (i == 0 || body.as_bytes()[i - 1] != b'\r'));
    if !lone_lf {
        return std::borrow::Cow::Borrowed(body);
    }
    let mut out = String::with_capacity(body.len() + body.len() / 16);
    let mut previous = '\0';
    for c in body.chars() {
        if c == '\n' && previous != '\r' {
            out.push('\r');
        }
        out.push(c);
        previous = c;
    }
    std::borrow::Cow::Owned(out)
}

/// The boundary a Content-Type value names, when it is a multipart/form-data type.
pub fn declared_boundary(content_type: &str) -> Option<String> {
    if essence(content_type).as_deref() != Some(MEDIA_TYPE) {
        return None;
    }
    parameter(content_type, "boundary")
}

/// A boundary that can frame `fields`: `preferred` (the one a request's
/// Content-Type already names) when it is valid and no field contains it,
/// else [`BOUNDARY`], else the first of `BOUNDARY-1`, `BOUNDARY-2`… that no
/// field contains. A boundary inside a value would end that part early.
pub fn boundary_for(fields: &[(&str, &str)], preferred: Option<&str>) -> String {
    let unused = |boundary: &str| {
        !fields
            .iter()
            .any(|(name, value)| name.contains(boundary) || value.contains(boundary))
    };
    if let Some(preferred) = preferred.filter(|b| is_valid_boundary(b) && unused(b)) {
        return preferred.to_owned();
    }
    if unused(BOUNDARY) {
        return BOUNDARY.to_owned();
    }
    // Every variant rejected occurs somewhere in the fields, so this ends
    // within as many steps as the fields have characters.
    let mut counter: u64 = 0;
    loop {
        counter += 1;
        let candidate = format!("{BOUNDARY}-{counter}");
        if unused(&candidate) {
            return candidate;
        }
    }
}

/// RFC 2046 §5.1.1: 1 to 70 of its boundary characters, not ending in a space.
fn is_valid_boundary(boundary: &str) -> bool {
    let allowed = |c: char| c.is_ascii_alphanumeric() || "'()+_,-./:=? ".contains(c);
    (1..=70).contains(&boundary.len()) && boundary.chars().all(allowed) && !boundary.ends_with(' ')
}

/// The fields as a multipart/form-data body, CRLF line endings throughout.
/// `boundary` should come from [`boundary_for`], so no value contains it.
pub fn encode(fields: &[(&str, &str)], boundary: &str) -> String {
    let mut out = String::new();
    for (name, value) in fields {
        out.push_str("--");
        out.push_str(boundary);
        out.push_str("\r\nContent-Disposition: form-data; name=\"");
        escape_name(name, &mut out);
        out.push_str("\"\r\n\r\n");
        out.push_str(value);
        out.push_str("\r\n");
    }
    out.push_str("--");
    out.push_str(boundary);
    out.push_str("--\r\n");
    out
}

fn escape_name(name: &str, out: &mut String) {
    for c in name.chars() {
        match NAME_ESCAPES.iter().find(|(plain, _)| *plain == c) {
            Some((_, escaped)) => out.push_str(escaped),
            None => out.push(c),
        }
    }
}

/// The text fields of a multipart/form-data body framed by `boundary`, in
/// order; `None` when the body holds anything else: a file part (one with a
/// `filename`), a part header other than Content-Disposition or a text/plain
/// Content-Type, text before the first boundary or after the last, or broken
/// framing.
pub fn decode(body: &str, boundary: &str) -> Option<Vec<(String, String)>> {
    if !is_valid_boundary(boundary) {
        return None;
    }
    let delimiter = format!("\r\n--{boundary}");
    // The first delimiter opens the body, so it has no line break before it.
    let mut rest = body.strip_prefix(&delimiter[2..])?;
    let mut fields = Vec::new();
    loop {
        if let Some(epilogue) = rest.strip_prefix("--") {
            return matches!(epilogue, "" | "\r\n").then_some(fields);
        }
        let (part, after) = rest.strip_prefix("\r\n")?.split_once(&delimiter)?;
        fields.push(text_field(part)?);
        rest = after;
    }
}

/// One part: its header lines, a blank line, then the value.
fn text_field(part: &str) -> Option<(String, String)> {
    let (head, value) = part.split_once("\r\n\r\n")?;
    let mut name = None;
    for line in head.split("\r\n") {
        let (header, content) = line.split_once(':')?;
        let header = header.trim();
        if header.eq_ignore_ascii_case("Content-Disposition") && name.is_none() {
            name = Some(disposition_name(content)?);
        } else if !(header.eq_ignore_ascii_case("Content-Type")
            && essence(content).as_deref() == Some("text/plain"))
        {
            return None;
        }
    }
    Some((name?, value.to_owned()))
}

/// The field name of `form-data; name="…"`; `None` for any other parameter
/// (`filename` marks a file) or disposition.
fn disposition_name(disposition: &str) -> Option<String> {
    let (kind, mut params) = disposition.split_once(';')?;
    if !kind.trim().eq_ignore_ascii_case("form-data") {
        return None;
    }
    let mut name = None;
    loop {
        let (key, after) = params.split_once('=')?;
        if !key.trim().eq_ignore_ascii_case("name") || name.is_some() {
            return None;
        }
        let (raw, after) = quoted_or_token(after.trim_start())?;
        name = Some(unescape_name(raw));
        params = after.trim_start_matches([' ', '\t']);
        if params.is_empty() {
            return name;
        }
        params = params.strip_prefix(';')?;
    }
}

/// A quoted value (up to the next `"`: browsers escape quotes as `%22` and
/// write backslashes as they are) or a bare one (up to `;`), and what follows.
fn quoted_or_token(text: &str) -> Option<(&str, &str)> {
    match text.strip_prefix('"') {
        Some(quoted) => {
            let end = quoted.find('"')?;
            Some((&quoted[..end], &quoted[end + 1..]))
        }
        None => {
            let end = text.find(';').unwrap_or(text.len());
            Some((text[..end].trim_end(), &text[end..]))
        }
    }
}

fn unescape_name(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(at) = rest.find('%') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        match NAME_ESCAPES
            .iter()
            .find(|(_, escaped)| rest.starts_with(escaped))
        {
            Some((plain, escaped)) => {
                out.push(*plain);
                rest = &rest[escaped.len()..];
            }
            None => {
                out.push('%');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
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
                body(&[
                    "Content-Disposition: form-data; name=\"note\"\r\n\r\nline 1\r\nline 2\n\r\n",
                ]),
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
}
