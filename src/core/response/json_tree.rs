//! What the JSON tree shows of each node: where a child is (a JSON Pointer,
//! RFC 6901), how big a container is, a leaf as one line, and how many
//! children are drawn at a time.

use serde_json::Value;

/// Children drawn when a node opens, and added by each "Show more".
pub const PAGE: usize = 100;

/// Leaf text longer than this is cut (the full value is in the other views).
pub const MAX_LEAF_CHARS: usize = 300;

/// The pointer to member `key` (or element index) under `parent`.
pub fn child_pointer(parent: &str, key: &str) -> String {
    let escaped = key.replace('~', "~0").replace('/', "~1");
    format!("{parent}/{escaped}")
}

/// How many children a container has, in words; `None` for a leaf.
pub fn size_label(value: &Value) -> Option<String> {
    let (n, one, many) = match value {
        Value::Object(map) => (map.len(), "key", "keys"),
        Value::Array(items) => (items.len(), "item", "items"),
        _ => return None,
    };
    Some(format!("{n} {}", if n == 1 { one } else { many }))
}

/// A leaf as JSON text on one line, cut to [`MAX_LEAF_CHARS`].
pub fn leaf_text(value: &Value) -> String {
    let text = value.to_string();
    match text.char_indices().nth(MAX_LEAF_CHARS) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text,
    }
}

/// The member names (or indices, for an array) of `value`'s children, in order.
pub fn child_keys(value: &Value) -> Vec<String> {
    match value {
        Value::Object(map) => map.keys().cloned().collect(),
        Value::Array(items) => (0..items.len()).map(|i| i.to_string()).collect(),
        _ => Vec::new(),
    }
}

/// How many children to draw after one more "Show more", out of `total`.
pub fn next_page(shown: usize, total: usize) -> usize {
    shown.saturating_add(PAGE).min(total)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    #[test]
    fn child_pointers_escape_tilde_and_slash() {
        assert_eq!(child_pointer("", "a"), "/a");
        assert_eq!(child_pointer("/a", "b/c~d"), "/a/b~1c~0d");
        assert_eq!(child_pointer("/list", "3"), "/list/3");
    }

    #[test]
    fn a_pointer_built_here_finds_the_child() {
        let doc = json!({"a/b": {"~": [10, 20]}});
        let p = child_pointer(&child_pointer(&child_pointer("", "a/b"), "~"), "1");
        assert_eq!(doc.pointer(&p), Some(&json!(20)));
    }

    #[test]
    fn sizes_are_counted_in_words() {
        assert_eq!(size_label(&json!({"a": 1})).as_deref(), Some("1 key"));
        assert_eq!(size_label(&json!([1, 2])).as_deref(), Some("2 items"));
        assert_eq!(size_label(&json!([])).as_deref(), Some("0 items"));
        assert_eq!(size_label(&json!("x")), None);
    }

    #[test]
    fn leaves_are_json_text() {
        assert_eq!(leaf_text(&json!("hi")), "\"hi\"");
        assert_eq!(leaf_text(&json!(null)), "null");
        assert_eq!(leaf_text(&json!(1.5)), "1.5");
    }

    #[test]
    fn a_long_leaf_is_cut() {
        let text = leaf_text(&json!("é".repeat(1000)));
        assert_eq!(text.chars().count(), MAX_LEAF_CHARS + 1);
        assert!(text.ends_with('…'));
    }

    #[test]
    fn children_keep_their_order() {
        assert_eq!(child_keys(&json!({"b": 1, "a": 2})).len(), 2);
        assert_eq!(child_keys(&json!([5, 6, 7])), ["0", "1", "2"]);
        assert!(child_keys(&json!(true)).is_empty());
    }

    #[test]
    fn pages_stop_at_the_end() {
        assert_eq!(next_page(0, 250), 100);
        assert_eq!(next_page(200, 250), 250);
        assert_eq!(next_page(250, 250), 250);
    }

    proptest! {
        #[test]
        fn any_key_round_trips_through_a_pointer(key in ".*", n in any::<u8>()) {
            let mut map = serde_json::Map::new();
            map.insert(key.clone(), json!(n));
            let doc = Value::Object(map);
            prop_assert_eq!(doc.pointer(&child_pointer("", &key)), Some(&json!(n)));
        }
    }
}
