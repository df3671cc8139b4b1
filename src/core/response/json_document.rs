//! A response body read as one JSON document, for the tree and the filter.

use serde_json::Value;

use crate::core::response::json_query::parse_document;
use crate::core::response::received::{format_size, Body};

/// Bodies over this are not read as a document: the parsed tree takes several
/// times the body's size in this program's memory, which never shrinks again.
pub const DOCUMENT_LIMIT: usize = crate::core::response::received::FORMAT_LIMIT;

/// The body as one JSON document, wherever it is kept.
pub fn document_of(body: &Body) -> Result<Value, String> {
    let size = body.len();
    check_size(size)?;
    match body.in_memory() {
        Some(bytes) => parse_document(bytes),
        None => parse_document(&body.to_large().read(0..size)),
    }
}

/// Whether a body of `size` bytes is read as a document at all (the parsed
/// tree takes several times the body's size); the message says why not.
pub fn check_size(size: usize) -> Result<(), String> {
    if size > DOCUMENT_LIMIT {
        return Err(format!(
            "This body is {}: filtering reads bodies up to {}. Download it to query it with another tool.",
            format_size(size),
            format_size(DOCUMENT_LIMIT)
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
    fn bodies_up_to_the_limit_are_read() {
        assert_eq!(check_size(DOCUMENT_LIMIT), Ok(()));
        let refused = check_size(DOCUMENT_LIMIT + 1).unwrap_err();
        assert!(
            refused.contains("filtering reads bodies up to"),
            "{refused}"
        );
    }

    #[test]
    fn a_broken_body_is_not_a_document() {
        let body = Body::Text(std::sync::Arc::new("{".to_owned()));
        assert!(document_of(&body).is_err());
    }
}
