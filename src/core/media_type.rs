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
