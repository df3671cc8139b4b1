use super::*;
use proptest::prelude::*;
use serde_json::Value;

#[test]
fn output_room_fits_the_input_kind() {
    let compact = "[".to_owned() + &"{\"a\":1},".repeat(10_000) + "{}]";
    assert!(output_capacity(&compact) >= compact.len() * 3 / 2);
    let indented = pretty(&compact).unwrap();
    let room = output_capacity(&indented);
    assert!(
        room >= indented.len() && room < indented.len() * 9 / 8,
        "{room}"
    );
    assert_eq!(output_capacity(""), 64);
}

fn ok(input: &str) -> String {
    match pretty(input) {
        Ok(out) => out,
        Err(err) => panic!("{input:?} should be valid JSON, got {err}"),
    }
}

fn err(input: &str) -> JsonSyntaxError {
    match pretty(input) {
        Ok(out) => panic!("{input:?} should be rejected, got {out:?}"),
        Err(err) => err,
    }
}

/// The input with every whitespace byte outside strings removed.
fn without_insignificant_whitespace(json: &str) -> String {
    let mut out = String::new();
    let mut in_string = false;
    let mut escaped = false;
    for c in json.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if !matches!(c, ' ' | '\t' | '\n' | '\r') {
            out.push(c);
            in_string = c == '"';
        }
    }
    out
}

fn nested_arrays(depth: usize) -> String {
    "[".repeat(depth) + &"]".repeat(depth)
}

// --- exact layouts -----------------------------------------------------

#[test]
fn object_is_indented_by_two_spaces_with_space_after_colon() {
    assert_eq!(ok(r#"{"a":1,"b":2}"#), "{\n  \"a\": 1,\n  \"b\": 2\n}");
}

#[test]
fn array_puts_each_element_on_its_own_line() {
    assert_eq!(ok("[1,2,3]"), "[\n  1,\n  2,\n  3\n]");
}

#[test]
fn nested_document_has_exact_layout() {
    let input = r#"{"user":{"id":7,"tags":["x","y"],"address":null},"ok":true}"#;
    let expected = r#"{
  "user": {
    "id": 7,
    "tags": [
      "x",
      "y"
    ],
    "address": null
  },
  "ok": true
}"#;
    assert_eq!(ok(input), expected);
}

#[test]
fn array_of_objects_has_exact_layout() {
    let input = r#"[{"a":1},{"b":[]},{}]"#;
    let expected = "[\n  {\n    \"a\": 1\n  },\n  {\n    \"b\": []\n  },\n  {}\n]";
    assert_eq!(ok(input), expected);
}

#[test]
fn output_has_no_trailing_newline() {
    assert!(!ok(r#"{"a":1}"#).ends_with('\n'));
}

// --- nothing but whitespace changes --------------------------------------

#[test]
fn key_order_is_preserved() {
    assert_eq!(ok(r#"{"b":1,"a":2}"#), "{\n  \"b\": 1,\n  \"a\": 2\n}");
}

#[test]
fn duplicate_keys_are_all_kept_in_order() {
    assert_eq!(ok(r#"{"a":1,"a":2}"#), "{\n  \"a\": 1,\n  \"a\": 2\n}");
}

#[test]
fn numbers_are_kept_verbatim() {
    for number in [
        "1.0",
        "1e5",
        "1E+05",
        "-0",
        "-0.0",
        "0.1000",
        "12345678901234567890123",
        "1e999",
        "-1.5e-300",
    ] {
        assert_eq!(ok(&format!("[{number}]")), format!("[\n  {number}\n]"));
    }
}

#[test]
fn unicode_escape_is_kept_verbatim() {
    assert_eq!(ok(r#"{"e":"\u00e9"}"#), "{\n  \"e\": \"\\u00e9\"\n}");
}

#[test]
fn escaped_backslash_and_quote_are_kept_verbatim() {
    assert_eq!(ok(r#"["\\\""]"#), "[\n  \"\\\\\\\"\"\n]");
}

#[test]
fn string_ending_in_escaped_backslash_closes_correctly() {
    assert_eq!(ok(r#"["a\\",1]"#), "[\n  \"a\\\\\",\n  1\n]");
}

#[test]
fn structural_characters_inside_strings_are_untouched() {
    assert_eq!(
        ok(r#"{"k,{[":"a,b{c}[d]:e"}"#),
        "{\n  \"k,{[\": \"a,b{c}[d]:e\"\n}"
    );
}

#[test]
fn whitespace_inside_strings_is_untouched() {
    assert_eq!(ok(r#"[" a  b ", "\t"]"#), "[\n  \" a  b \",\n  \"\\t\"\n]");
}

#[test]
fn non_ascii_text_is_copied_unchanged() {
    assert_eq!(ok(r#"{"名前":"Zoë 😀"}"#), "{\n  \"名前\": \"Zoë 😀\"\n}");
}

#[test]
fn lone_surrogate_escape_is_shown_as_sent() {
    assert_eq!(ok(r#"["\ud800"]"#), "[\n  \"\\ud800\"\n]");
}

#[test]
fn literals_are_kept() {
    assert_eq!(ok("[true,false,null]"), "[\n  true,\n  false,\n  null\n]");
}

// --- empty containers ----------------------------------------------------

#[test]
fn empty_object_and_array_stay_compact() {
    assert_eq!(ok("{}"), "{}");
    assert_eq!(ok("[]"), "[]");
}

#[test]
fn empty_containers_with_inner_whitespace_become_compact() {
    assert_eq!(ok("{ \n\t }"), "{}");
    assert_eq!(ok("[\r\n]"), "[]");
}

#[test]
fn nested_empty_containers_stay_compact_inside_indented_parents() {
    assert_eq!(
        ok(r#"{"a":{},"b":[],"c":[{},[]]}"#),
        "{\n  \"a\": {},\n  \"b\": [],\n  \"c\": [\n    {},\n    []\n  ]\n}"
    );
}

#[test]
fn array_holding_only_an_empty_array_is_indented_once() {
    assert_eq!(ok("[[]]"), "[\n  []\n]");
}

// --- top-level scalars -----------------------------------------------------

#[test]
fn top_level_scalars_print_as_is() {
    for scalar in [
        "42",
        "-1.5e3",
        r#""hi""#,
        r#""a\nb""#,
        "null",
        "true",
        "false",
    ] {
        assert_eq!(ok(scalar), scalar);
    }
}

// --- whitespace and BOM ------------------------------------------------------

#[test]
fn surrounding_whitespace_is_trimmed() {
    assert_eq!(ok(" \r\n\t 42 \n"), "42");
    assert_eq!(ok("\n\n{\"a\":1}\n\n"), "{\n  \"a\": 1\n}");
}

#[test]
fn irregular_input_whitespace_is_normalized() {
    let input = "{\r\n\t\"a\" :\n\n 1 ,\"b\":[ 1 ,\t2 ]   }";
    assert_eq!(
        ok(input),
        "{\n  \"a\": 1,\n  \"b\": [\n    1,\n    2\n  ]\n}"
    );
}

#[test]
fn already_pretty_input_comes_back_unchanged() {
    let pretty_text = "{\n  \"a\": [\n    1,\n    {}\n  ],\n  \"b\": \"x\"\n}";
    assert_eq!(ok(pretty_text), pretty_text);
}

#[test]
fn four_space_indentation_is_rewritten_to_two() {
    assert_eq!(ok("{\n    \"a\": 1\n}"), "{\n  \"a\": 1\n}");
}

#[test]
fn leading_byte_order_mark_is_stripped() {
    assert_eq!(ok("\u{feff}{\"a\":1}"), "{\n  \"a\": 1\n}");
    assert_eq!(ok("\u{feff}7"), "7");
}

#[test]
fn byte_order_mark_elsewhere_is_an_error() {
    let e = err("[1]\u{feff}");
    assert_eq!((e.line, e.message.as_str()), (1, "trailing characters"));
}

// --- errors --------------------------------------------------------------

#[test]
fn truncated_object_reports_end_of_input_position() {
    let e = err(r#"{"a":"#);
    assert_eq!((e.line, e.column), (1, 5));
    assert_eq!(e.message, "EOF while parsing a value");
}

#[test]
fn truncated_multiline_document_reports_last_line() {
    let e = err("{\n  \"a\": [\n    1,\n");
    assert_eq!(e.line, 4);
    assert_eq!(e.column, 1);
}

#[test]
fn trailing_comma_in_object_is_named_and_located() {
    let e = err(r#"{"a":1,}"#);
    assert_eq!(
        e,
        JsonSyntaxError {
            line: 1,
            column: 8,
            message: "trailing comma".into()
        }
    );
}

#[test]
fn trailing_comma_in_array_is_named_across_lines() {
    let e = err("[\n  1,\n  2,\n]");
    assert_eq!((e.line, e.column), (4, 1));
    assert_eq!(e.message, "trailing comma");
}

#[test]
fn key_that_is_not_a_string_is_not_called_a_trailing_comma() {
    let e = err(r#"{"a":1,2:3}"#);
    assert_eq!(e.message, "key must be a string");
    assert_eq!(e.column, 8);
}

#[test]
fn bare_word_is_rejected_at_its_first_character() {
    let e = err("hello");
    assert_eq!((e.line, e.column), (1, 1));
    assert_eq!(e.message, "expected value");
}

#[test]
fn empty_input_is_reported_as_empty_body() {
    let e = err("");
    assert_eq!((e.line, e.column), (1, 1));
    assert!(e.message.contains("empty"), "{}", e.message);
}

#[test]
fn whitespace_only_input_is_reported_as_empty_body() {
    let e = err(" \n ");
    assert!(e.message.contains("empty"), "{}", e.message);
}

#[test]
fn bom_only_input_is_reported_as_empty_body() {
    assert!(err("\u{feff}").message.contains("empty"));
}

#[test]
fn missing_comma_reports_line_and_column_of_next_key() {
    let e = err("{\n  \"a\": 1\n  \"b\": 2\n}");
    assert_eq!((e.line, e.column), (3, 3));
    assert_eq!(e.message, "expected `,` or `}`");
}

#[test]
fn message_has_no_serde_position_suffix() {
    for input in ["", "{", "[1,]", "nul", "01", "{\"a\" 1}", "[1] x"] {
        let e = err(input);
        assert!(!e.message.contains(" at line "), "{input:?}: {}", e.message);
        assert!(!e.message.is_empty());
    }
}

#[test]
fn column_counts_characters_not_bytes() {
    // "é" is two bytes; the bad `x` is the 5th character but 6th byte.
    let e = err(r#"["é"x]"#);
    assert_eq!((e.line, e.column), (1, 5));
}

#[test]
fn column_of_multibyte_offender_is_its_character_position() {
    let e = err("[1,é]");
    assert_eq!((e.line, e.column), (1, 4));
}

#[test]
fn column_on_line_one_ignores_byte_order_mark() {
    let e = err("\u{feff}[1,]");
    assert_eq!((e.line, e.column), (1, 4));
}

#[test]
fn other_syntax_errors_are_rejected() {
    for input in [
        "01",
        "1.",
        ".5",
        "+1",
        "NaN",
        "'a'",
        "{a:1}",
        "[1 2]",
        "{\"a\"}",
        "\"unterminated",
        "\"bad \\x escape\"",
        "\"raw\u{1}control\"",
        "[1]]",
        "{} {}",
        "// comment\n1",
    ] {
        assert!(pretty(input).is_err(), "{input:?} should be rejected");
    }
}

#[test]
fn display_is_person_readable() {
    let e = JsonSyntaxError {
        line: 3,
        column: 7,
        message: "expected `,` or `}`".into(),
    };
    assert_eq!(
        e.to_string(),
        "not valid JSON at line 3, column 7: expected `,` or `}`"
    );
}

#[test]
fn display_of_real_error_names_position_and_reason() {
    assert_eq!(
        err("[1,]").to_string(),
        "not valid JSON at line 1, column 4: trailing comma"
    );
}

// --- depth ---------------------------------------------------------------

#[test]
fn nesting_up_to_the_limit_is_printed() {
    let out = ok(&nested_arrays(MAX_DEPTH));
    let deepest = format!("\n{}[]", " ".repeat(2 * (MAX_DEPTH - 1)));
    assert!(out.contains(&deepest));
}

#[test]
fn everything_serde_json_value_accepts_is_within_the_limit() {
    let deepest_value = nested_arrays(MAX_DEPTH - 1);
    assert!(serde_json::from_str::<Value>(&deepest_value).is_ok());
    assert!(pretty(&deepest_value).is_ok());
}

#[test]
fn nesting_beyond_the_limit_is_an_error_at_the_offending_bracket() {
    let input = format!("{{\"a\":{}}}", nested_arrays(MAX_DEPTH));
    let e = err(&input);
    // `{"a":` is five characters; the k-th `[` is at column 5 + k and is
    // level k + 1.
    assert_eq!((e.line, e.column), (1, 5 + MAX_DEPTH));
    assert!(e.message.contains("128 levels"), "{}", e.message);
}

#[test]
fn empty_container_one_level_beyond_the_limit_is_rejected() {
    let e = err(&nested_arrays(MAX_DEPTH + 1));
    assert_eq!((e.line, e.column), (1, MAX_DEPTH + 1));
}

#[test]
fn very_deep_input_is_rejected_without_deep_stack_use() {
    // A small stack: any recursion per level would overflow it.
    let handle = std::thread::Builder::new()
        .stack_size(128 * 1024)
        .spawn(|| {
            let balanced = pretty(&nested_arrays(100_000)).is_err();
            let unclosed = pretty(&"[".repeat(100_000)).is_err();
            let objects = pretty(&"{\"a\":".repeat(100_000)).is_err();
            (balanced, unclosed, objects)
        })
        .unwrap();
    assert_eq!(handle.join().unwrap(), (true, true, true));
}

#[test]
fn long_flat_array_is_printed_in_full() {
    let input = format!("[{}1]", "1,".repeat(100_000));
    let out = ok(&input);
    assert_eq!(out.lines().count(), 100_003);
}

// --- media types -----------------------------------------------------------

#[test]
fn json_media_types_are_recognised() {
    for content_type in [
        "application/json",
        "application/json; charset=utf-8",
        "Application/JSON;Charset=UTF-8",
        "  application/json  ",
        "application/json ; charset=utf-8",
        "text/json",
        "application/problem+json",
        "application/vnd.api+json",
        "application/json-patch+json",
        "application/merge-patch+json",
        "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"",
        "application/geo+json",
        "APPLICATION/HAL+JSON",
        "application/vnd.github.v3+json",
    ] {
        assert!(is_json_media_type(content_type), "{content_type:?}");
    }
}

#[test]
fn non_json_media_types_are_not() {
    for content_type in [
        "",
        ";charset=utf-8",
        "json",
        "/json",
        "application/",
        "text/html",
        "text/plain",
        "application/xml",
        "application/problem+xml",
        "application/jsonp",
        "application/json5",
        "application/javascript",
        "application/json-seq",
        "application/x-ndjson",
        "application/+json",
        "application/json+xml",
        "application/ json",
        "application/json/extra",
        "*/*",
    ] {
        assert!(!is_json_media_type(content_type), "{content_type:?}");
    }
}

// --- properties ------------------------------------------------------------

pub(crate) fn arb_string() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-z]{0,8}",
        // Structural characters, escapes and whitespace inside strings.
        r#"[\[\]{}:,"\\/ \t\n\r\u{0}\u{1f}a-c]{0,12}"#,
        "[é名😀\u{2028}\u{feff}]{0,6}",
    ]
}

pub(crate) fn arb_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_filter_map("finite floats only", |f| {
            serde_json::Number::from_f64(f).map(Value::Number)
        }),
        arb_string().prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((arb_string(), inner), 0..6)
                .prop_map(|entries| Value::Object(entries.into_iter().collect())),
        ]
    })
}

/// Text of a syntactically valid JSON number, including forms serde_json
/// would never produce itself.
pub(crate) const NUMBER: &str = "-?(0|[1-9][0-9]{0,25})(\\.[0-9]{1,20})?([eE][+-]?[0-9]{1,4})?";

#[test]
fn laying_out_in_slices_gives_the_same_text_as_at_once() {
    let text = "\u{feff}{\"a\": [1, 2, {\"b\": \"x y\"}], \"c\": {}, \"d\": \"\\\"q\\\"\"}";
    let whole = pretty(text).unwrap();
    for budget in [1, 2, 3, 7, 64] {
        let mut job = Reformat::new(text);
        let mut steps = 0;
        while !job.advance(text, budget).unwrap() {
            steps += 1;
            assert!(job.percent_done(text) < 100 || budget == 64);
        }
        assert!(
            budget == 64 || steps > 1,
            "budget {budget} finished in one step"
        );
        assert_eq!(job.into_output(), whole, "budget {budget}");
    }
}

#[test]
fn the_depth_limit_holds_across_slices() {
    let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
    let mut job = Reformat::new(&deep);
    let outcome = loop {
        match job.advance(&deep, 5) {
            Ok(true) => break None,
            Ok(false) => continue,
            Err(e) => break Some(e),
        }
    };
    assert_eq!(
        outcome.map(|e| (e.line, e.column)),
        Some((1, MAX_DEPTH + 1))
    );
}

proptest! {
    #[test]
    fn any_slicing_lays_out_the_same_text(value in arb_value(), budget in 1usize..40) {
        let compact = serde_json::to_string(&value).unwrap();
        let mut job = Reformat::new(&compact);
        while !job.advance(&compact, budget).unwrap() {}
        prop_assert_eq!(job.into_output(), pretty(&compact).unwrap());
    }

    #[test]
    fn pretty_output_parses_back_to_the_same_value(value in arb_value()) {
        let compact = serde_json::to_string(&value).unwrap();
        let printed = pretty(&compact).unwrap();
        let reparsed: Value = serde_json::from_str(&printed).unwrap();
        let original: Value = serde_json::from_str(&compact).unwrap();
        prop_assert_eq!(reparsed, original);
    }

    #[test]
    fn pretty_changes_only_whitespace_outside_strings(value in arb_value()) {
        let compact = serde_json::to_string(&value).unwrap();
        let printed = pretty(&compact).unwrap();
        prop_assert_eq!(without_insignificant_whitespace(&printed), compact);
    }

    #[test]
    fn pretty_is_idempotent(value in arb_value()) {
        let once = pretty(&serde_json::to_string(&value).unwrap()).unwrap();
        let twice = pretty(&once).unwrap();
        prop_assert_eq!(twice, once);
    }

    #[test]
    fn input_whitespace_does_not_matter(value in arb_value()) {
        let from_compact = pretty(&serde_json::to_string(&value).unwrap()).unwrap();
        let from_pretty = pretty(&serde_json::to_string_pretty(&value).unwrap()).unwrap();
        prop_assert_eq!(from_pretty, from_compact);
    }

    #[test]
    fn pretty_matches_serde_json_own_pretty_layout(value in arb_value()) {
        // Same conventions (two spaces, `": "`, compact `[]`/`{}`). The input
        // already spells numbers and escapes the way serde_json writes them,
        // so the two outputs must agree byte for byte.
        let expected = serde_json::to_string_pretty(&value).unwrap();
        let printed = pretty(&serde_json::to_string(&value).unwrap()).unwrap();
        prop_assert_eq!(printed, expected);
    }

    #[test]
    fn any_number_text_is_kept_verbatim(number in NUMBER) {
        prop_assert_eq!(pretty(&format!("{{\"n\":{number}}}")).unwrap(),
                        format!("{{\n  \"n\": {number}\n}}"));
        prop_assert_eq!(pretty(&number).unwrap(), number);
    }

    #[test]
    fn arbitrary_text_never_panics_and_agrees_with_serde_json(text in any::<String>()) {
        let without_bom = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let valid = serde_json::from_str::<IgnoredAny>(without_bom).is_ok();
        prop_assert_eq!(pretty(&text).is_ok(), valid);
    }

    #[test]
    fn errors_point_inside_the_input(text in "[\\[\\]{}:,\" a1\n]{0,20}") {
        if let Err(e) = pretty(&text) {
            prop_assert!(e.line >= 1 && e.column >= 1);
            prop_assert!(e.line <= text.split('\n').count());
            prop_assert!(!e.message.is_empty());
        }
    }
}
