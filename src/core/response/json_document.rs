//! A response body read as one JSON document, for the tree and the filter.

use serde_json::Value;

use crate::core::response::json_query::parse_document;
use crate::core::response::received::{format_size, Body};

/// The body as one JSON document, wherever it is kept. Callers bound the size
/// (the tree reads bodies up to `lens::TREE_LIMIT`, on the page's thread).
pub fn document_of(body: &Body) -> Result<Value, String> {
    match body.in_memory() {
        Some(bytes) => parse_document(bytes),
        None => parse_document(&body.to_large().read(0..body.len())),
    }
}

/// Bodies over this are not filtered. The filter's worker holds the parsed
/// document, several times the body's size, in memory of its own that is
/// freed when the view closes; past this it would risk more than a browser
/// gives one worker.
pub const FILTER_LIMIT: usize = 64_000_000;

/// Whether a body of `size` bytes is filtered at all; the message says why not.
pub fn check_filter_size(size: usize) -> Result<(), String> {
    if size > FILTER_LIMIT {
        return Err(format!(
            "This body is {}: the filter reads bodies up to {}. Download it to query it with another tool.",
            format_size(size),
            format_size(FILTER_LIMIT)
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_body_in_memory_is_read_as_a_document() {
        let body = Body::Text(std::sync::Arc::new("{\"a\":[1]}".to_owned()));
        assert_eq!(document_of(&body), Ok(json!({"a": [1]})));
    }

    #[test]
    fn bodies_up_to_the_limit_are_filtered() {
        assert_eq!(check_filter_size(FILTER_LIMIT), Ok(()));
        let refused = check_filter_size(FILTER_LIMIT + 1).unwrap_err();
        assert!(
            refused.contains("the filter reads bodies up to 64"),
            "{refused}"
        );
    }

    #[test]
    fn a_body_kept_outside_wasm_memory_is_read_whole() {
        let large = Body::Large(Body::from(b"[1, 2]".to_vec()).to_large());
        assert_eq!(document_of(&large), Ok(json!([1, 2])));
    }

    #[test]
    fn a_broken_body_is_not_a_document() {
        let body = Body::Text(std::sync::Arc::new("{".to_owned()));
        assert!(document_of(&body).is_err());
    }
}
