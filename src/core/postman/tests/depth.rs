//! Collections whose folders nest past the cap are refused with a message
//! that says so, even when they nest deeper than JSON can be read.

use super::*;
use crate::core::collections::depth::folder_depth;
use crate::core::collections::{FileTooDeep, MAX_FOLDER_DEPTH};
use crate::core::test_support::nested_collection;

#[test]
fn a_collection_at_the_cap_comes_back_from_its_export() {
    let text = export_postman(&nested_collection(MAX_FOLDER_DEPTH), true);
    let back = imported(&text).collection;
    assert_eq!(folder_depth(&back.items), MAX_FOLDER_DEPTH);
}

#[test]
fn a_collection_past_the_cap_is_refused_with_its_depth() {
    let text = export_postman(&nested_collection(MAX_FOLDER_DEPTH + 1), true);
    let error = import(&text).unwrap_err();
    assert_eq!(
        error,
        PostmanError::TooDeep(FileTooDeep { depth: Some(33) })
    );
    let message = error.to_string();
    assert!(message.contains("nested 33 deep"), "{message}");
    assert!(message.contains("at most 32 deep"), "{message}");
}

#[test]
fn a_collection_nested_past_what_json_reading_allows_is_refused_plainly() {
    let levels = 100;
    let text = format!(
        r#"{{"info": {{"name": "Deep"}}, "item": [{}{}]}}"#,
        r#"{"name": "f", "item": ["#.repeat(levels),
        "]}".repeat(levels)
    );
    let error = import(&text).unwrap_err();
    assert_eq!(error, PostmanError::TooDeep(FileTooDeep { depth: None }));
    let message = error.to_string();
    assert!(!message.contains("recursion"), "{message}");
    assert!(message.contains("more than 127 levels deep"), "{message}");
}
