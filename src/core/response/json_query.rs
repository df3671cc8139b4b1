//! The body filter: a JSONPath (RFC 9535) expression checked, run over a JSON
//! document, and its matches laid out for reading.
//!
//! The filter's worker (src/bin/filter-worker.rs) compiles this file in as a
//! module of its own, so it names nothing else of this crate.

use serde_json::Value;
use serde_json_path::JsonPath;

/// Matches shown at most; the count still says how many there are. Beyond a
/// few thousand, a list is read by narrowing the expression, not by scrolling.
pub const MAX_SHOWN: usize = 1_000;

/// A checked expression, ready to run.
#[derive(Debug, Clone)]
pub struct Filter(JsonPath);

/// Why an expression cannot run, and where (a character count from 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilterError {
    pub position: usize,
    pub message: String,
}

impl std::fmt::Display for FilterError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Not a valid JSONPath expression: at character {}, {}.",
            self.position, self.message
        )
    }
}

/// Checks `expression`; `Ok(None)` when it is blank (nothing to filter by).
pub fn compile(expression: &str) -> Result<Option<Filter>, FilterError> {
    let trimmed = expression.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    if !trimmed.starts_with('$') {
        return Err(FilterError {
            position: leading_space(expression) + 1,
            message: "an expression starts with $ (the whole document), as in $.items[0].id"
                .to_owned(),
        });
    }
    JsonPath::parse(expression)
        .map(|path| Some(Filter(path)))
        .map_err(|error| FilterError {
            position: char_position(expression, error.position()),
            message: error.message().trim_end_matches('.').to_owned(),
        })
}

fn leading_space(text: &str) -> usize {
    text.chars().take_while(|c| c.is_whitespace()).count()
}

/// The parser says where it failed as a byte offset from 0 (its documentation
/// says 1-indexed; the value is nom's offset); a person counts characters from 1.
fn char_position(text: &str, byte_offset: usize) -> usize {
    let mut end = byte_offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].chars().count() + 1
}

/// A body read as one JSON document (a leading byte order mark allowed).
pub fn parse_document(bytes: &[u8]) -> Result<Value, String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    serde_json::from_slice(bytes).map_err(|e| format!("The body is not valid JSON ({e})."))
}

/// What a filter found: how many nodes, and the first [`MAX_SHOWN`] of them
/// as one pretty-printed JSON array.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matches {
    pub count: usize,
    pub shown: usize,
    pub text: String,
}

impl Filter {
    pub fn run(&self, document: &Value) -> Matches {
        let nodes = self.0.query(document).all();
        let shown: Vec<&Value> = nodes.iter().copied().take(MAX_SHOWN).collect();
        // Serialising a Value into memory cannot fail (its keys are strings).
        let text = serde_json::to_string_pretty(&shown).unwrap_or_default();
        Matches {
            count: nodes.len(),
            shown: shown.len(),
            text,
        }
    }
}

impl Matches {
    /// The count line above the matches.
    pub fn summary(&self) -> String {
        let count = match self.count {
            0 => "No matches".to_owned(),
            1 => "1 match".to_owned(),
            n => format!("{n} matches"),
        };
        if self.shown < self.count {
            format!("{count}; the first {} are shown", self.shown)
        } else {
            count
        }
    }
}

/// What the filter's worker answers for one expression over one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Found {
        summary: String,
        text: String,
    },
    /// The expression cannot run, or the body is not a JSON document.
    Invalid(String),
}

/// Runs `expression` over `document` (the body as read, or why it could not
/// be); `None` when the expression is blank.
pub fn answer(document: &Result<Value, String>, expression: &str) -> Option<Answer> {
    let filter = match compile(expression) {
        Ok(filter) => filter?,
        Err(error) => return Some(Answer::Invalid(error.to_string())),
    };
    Some(match document {
        Ok(value) => {
            let matches = filter.run(value);
            Answer::Found {
                summary: matches.summary(),
                text: matches.text,
            }
        }
        Err(message) => Answer::Invalid(message.clone()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    fn run(expression: &str, document: &Value) -> Matches {
        compile(expression)
            .expect("valid expression")
            .expect("not blank")
            .run(document)
    }

    #[test]
    fn a_member_path_finds_the_member() {
        let m = run(
            "$.slideshow.title",
            &json!({"slideshow": {"title": "Sample"}}),
        );
        assert_eq!(m.count, 1);
        assert_eq!(m.text, "[\n  \"Sample\"\n]");
    }

    #[test]
    fn a_wildcard_finds_every_element() {
        let m = run(
            "$.items[*].id",
            &json!({"items": [{"id": 1}, {"id": 2}, {}]}),
        );
        assert_eq!(m.count, 2);
        assert_eq!(m.summary(), "2 matches");
    }

    #[test]
    fn a_filter_selector_compares_values() {
        let doc = json!([{"n": 1}, {"n": 5}, {"n": 9}]);
        assert_eq!(run("$[?@.n > 3]", &doc).count, 2);
    }

    #[test]
    fn standard_functions_are_available() {
        let doc = json!([[1, 2], [1], []]);
        assert_eq!(run("$[?length(@) == 1]", &doc).count, 1);
    }

    #[test]
    fn descendants_are_searched_at_every_depth() {
        let doc = json!({"a": {"id": 1, "b": [{"id": 2}]}});
        assert_eq!(run("$..id", &doc).count, 2);
    }

    #[test]
    fn nothing_found_says_so() {
        let m = run("$.missing", &json!({}));
        assert_eq!(m.summary(), "No matches");
        assert_eq!(m.text, "[]");
    }

    #[test]
    fn one_match_is_singular() {
        assert_eq!(run("$", &json!(1)).summary(), "1 match");
    }

    #[test]
    fn many_matches_are_cut_and_the_cut_is_stated() {
        let doc = Value::Array((0..MAX_SHOWN + 5).map(Value::from).collect());
        let m = run("$[*]", &doc);
        assert_eq!(m.count, MAX_SHOWN + 5);
        assert_eq!(m.shown, MAX_SHOWN);
        assert_eq!(m.summary(), "1005 matches; the first 1000 are shown");
    }

    #[test]
    fn a_blank_expression_is_no_filter() {
        assert!(compile("").expect("blank is fine").is_none());
        assert!(compile("   ").expect("blank is fine").is_none());
    }

    #[test]
    fn an_expression_without_the_root_says_where_to_start() {
        let error = compile("  .items").expect_err("needs $");
        assert_eq!(error.position, 3);
        assert!(error.to_string().contains("starts with $"), "{error}");
    }

    #[test]
    fn a_syntax_error_names_its_position() {
        let error = compile("$.items[").expect_err("unclosed bracket");
        assert!(error.position >= 8, "{error:?}");
        assert!(error
            .to_string()
            .starts_with("Not a valid JSONPath expression: at character"));
    }

    #[test]
    fn positions_count_characters_not_bytes() {
        assert_eq!(char_position("$.é€x", 7), 5);
        assert_eq!(char_position("$", 99), 2);
        // An offset inside a character points at that character.
        assert_eq!(char_position("$.é", 3), 3);
    }

    #[test]
    fn the_document_may_start_with_a_byte_order_mark() {
        assert_eq!(parse_document(b"\xEF\xBB\xBF[1]"), Ok(json!([1])));
    }

    #[test]
    fn a_broken_document_is_reported() {
        let error = parse_document(b"{\"a\":").expect_err("not JSON");
        assert!(error.starts_with("The body is not valid JSON"), "{error}");
    }

    #[test]
    fn an_answer_carries_the_summary_and_the_matches() {
        let doc = Ok(json!({"items": [{"id": 1}, {"id": 2}]}));
        assert_eq!(
            answer(&doc, "$.items[*].id"),
            Some(Answer::Found {
                summary: "2 matches".to_owned(),
                text: "[\n  1,\n  2\n]".to_owned()
            })
        );
    }

    #[test]
    fn a_blank_expression_has_no_answer() {
        assert_eq!(answer(&Ok(json!({})), "  "), None);
    }

    #[test]
    fn a_bad_expression_is_answered_with_where_it_fails() {
        let Some(Answer::Invalid(message)) = answer(&Ok(json!({})), "items") else {
            panic!("expected an invalid answer");
        };
        assert!(message.starts_with("Not a valid JSONPath expression: at character 1"));
    }

    #[test]
    fn a_body_that_is_not_json_is_the_answer_to_any_expression() {
        let doc = Err("The body is not valid JSON (x).".to_owned());
        assert_eq!(
            answer(&doc, "$"),
            Some(Answer::Invalid(
                "The body is not valid JSON (x).".to_owned()
            ))
        );
    }

    #[test]
    fn the_expression_is_checked_before_the_document() {
        let doc = Err("The body is not valid JSON (x).".to_owned());
        assert!(
            matches!(answer(&doc, "nope"), Some(Answer::Invalid(m)) if m.starts_with("Not a valid"))
        );
    }

    proptest! {
        #[test]
        fn checking_any_text_never_panics(expression in any::<String>()) {
            match compile(&expression) {
                Ok(_) => {}
                Err(error) => prop_assert!(error.position >= 1 && error.position <= expression.chars().count() + 1),
            }
        }

        #[test]
        fn the_root_matches_exactly_once(n in any::<i64>(), s in ".*") {
            let doc = json!({"n": n, "s": s});
            let m = run("$", &doc);
            prop_assert_eq!(m.count, 1);
            prop_assert_eq!(serde_json::from_str::<Value>(&m.text).ok(), Some(json!([doc])));
        }
    }
}
