//! Reading the media type out of a Content-Type header value.

use super::method::is_tchar;

/// The essence (`type/subtype`, lower-case) of a Content-Type value, the way the
/// Fetch standard extracts it: a header sent twice reaches the page joined with
/// ", ", and the last valid type wins. (Commas inside quoted parameters are not
/// handled; no real API sends them.)
pub fn essence(content_type: &str) -> Option<String> {
    content_type.split(',').rev().find_map(|part| {
        let essence = part.split(';').next()?.trim().to_ascii_lowercase();
        let (kind, subtype) = essence.split_once('/')?;
        (is_token(kind) && is_token(subtype)).then_some(essence.clone())
    })
}

fn is_token(s: &str) -> bool {
    !s.is_empty() && s.chars().all(is_tchar)
}

/// The value of the first parameter called `name` (case-insensitively) of one
/// Content-Type value: `boundary` of `multipart/form-data; boundary="a b"` is
/// `a b`. Quoted values lose their quotes and backslash escapes (RFC 9110
/// §5.6.4); a parameter without `=` is skipped, as the Fetch standard does.
pub fn parameter(content_type: &str, name: &str) -> Option<String> {
    let (_, mut rest) = content_type.split_once(';')?;
    loop {
        rest = rest.trim_start_matches([' ', '\t', ';']);
        if rest.is_empty() {
            return None;
        }
        let name_end = rest.find(['=', ';']).unwrap_or(rest.len());
        let key = rest[..name_end].trim();
        let Some(after) = rest[name_end..].strip_prefix('=') else {
            rest = &rest[name_end..];
            continue;
        };
        let (value, after) = parameter_value(after);
        if key.eq_ignore_ascii_case(name) {
            return Some(value);
        }
        rest = after;
    }
}

/// A parameter value and the text after it (from its closing `;` on). Text
/// between a closing quote and the next `;` is ignored, like Fetch does.
fn parameter_value(text: &str) -> (String, &str) {
    let Some(quoted) = text.strip_prefix('"') else {
        let end = text.find(';').unwrap_or(text.len());
        return (text[..end].trim_end().to_owned(), &text[end..]);
    };
    let mut value = String::new();
    let mut chars = quoted.char_indices();
    while let Some((at, c)) = chars.next() {
        match c {
            '"' => {
                let after = &quoted[at + 1..];
                let end = after.find(';').unwrap_or(after.len());
                return (value, &after[end..]);
            }
            '\\' => value.extend(chars.next().map(|(_, escaped)| escaped)),
            c => value.push(c),
        }
    }
    // An unterminated quote runs to the end of the value.
    (value, "")
}

#[cfg(test)]
mod tests {
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
}
