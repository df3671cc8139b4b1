use super::*;
use crate::core::response::json_pretty::pretty;
use crate::core::response::json_pretty::tests::{arb_value, NUMBER};
use proptest::prelude::*;

fn stream(input: &str, piece: usize) -> Result<String, JsonSyntaxError> {
    pretty_in_pieces(input.as_bytes(), piece).map(|out| String::from_utf8(out).unwrap())
}

fn err(input: &str) -> JsonSyntaxError {
    stream(input, 3).unwrap_err()
}

#[test]
fn lays_out_like_the_whole_text_printer_whatever_the_pieces() {
    let text = "\u{feff} {\"a\": [1, 2.5e-3, {\"b\": \"x y\"}], \"c\": {}, \"d\": \"\\\"q\\\" \\u00e9 é\",\
                \"e\": [ ], \"f\": [[]], \"g\": true, \"h\": null, \"i\": false} ";
    let whole = pretty(text).unwrap();
    for piece in [1, 2, 3, 5, 7, 64, 4096] {
        assert_eq!(stream(text, piece).unwrap(), whole, "piece {piece}");
    }
}

#[test]
fn top_level_scalars_print_as_is() {
    for text in ["1", " -0.5e+7 ", "\"x\"", "true", "null", "\u{feff}false"] {
        assert_eq!(stream(text, 1).unwrap(), pretty(text).unwrap(), "{text:?}");
    }
}

#[test]
fn an_empty_body_is_named() {
    for text in ["", " \n ", "\u{feff}"] {
        assert!(err(text).message.contains("empty"), "{text:?}");
    }
}

#[test]
fn trailing_commas_are_named_and_located() {
    assert_eq!(
        err(r#"{"a":1,}"#),
        JsonSyntaxError {
            line: 1,
            column: 8,
            message: "trailing comma".into()
        }
    );
    let e = err("[\n  1,\n  2,\n]");
    assert_eq!(
        (e.line, e.column, e.message.as_str()),
        (4, 1, "trailing comma")
    );
}

#[test]
fn errors_name_the_rule_that_was_broken() {
    for (text, message) in [
        ("{\"a\" 1}", "expected `:`"),
        ("{\"a\":1 \"b\":2}", "expected `,` or `}`"),
        ("[1 2]", "expected `,` or `]`"),
        ("{1:2}", "key must be a string"),
        ("hello", "expected value"),
        ("01", "invalid number"),
        ("[1.]", "invalid number"),
        ("\"a\\x\"", "invalid escape"),
        ("\"\\u12g4\"", "invalid escape"),
        (
            "\"a\nb\"",
            "control character (\\u0000-\\u001F) found while parsing a string",
        ),
        ("[1] x", "trailing characters"),
        ("{\"a\":", "EOF while parsing an object"),
        ("[1,", "EOF while parsing a list"),
        ("\"abc", "EOF while parsing a string"),
        ("nul", "EOF while parsing a value"),
        ("-", "invalid number"),
        ("[0.", "invalid number"),
        ("nulx", "expected ident"),
        (" \u{feff}1", "expected value"),
    ] {
        assert_eq!(err(text).message, message, "{text:?}");
    }
}

#[test]
fn columns_count_characters_and_start_after_a_byte_order_mark() {
    let e = err("\u{feff}[\"é\" x]");
    assert_eq!((e.line, e.column), (1, 6));
    let e = err("{\n  \"a\": 1\n  \"b\": 2\n}");
    assert_eq!((e.line, e.column), (3, 3));
}

#[test]
fn nesting_is_limited_like_the_whole_text_printer() {
    let deepest = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
    assert_eq!(stream(&deepest, 7).unwrap(), pretty(&deepest).unwrap());
    let deeper = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
    let e = err(&deeper);
    assert_eq!((e.line, e.column), (1, MAX_DEPTH + 1));
    assert!(e.message.contains("too deep"));
}

#[test]
fn long_strings_cross_pieces_unchanged() {
    let text = format!("[\"{}\",\"{}\"]", "ab\\\"é".repeat(1000), "x".repeat(5000));
    assert_eq!(stream(&text, 333).unwrap(), pretty(&text).unwrap());
}

/// Small edits of a valid document: the streaming check must agree with the whole-text one.
fn mutate(text: &str, at: usize, edit: u8, with: char) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    let at = at % (chars.len() + 1);
    match edit % 3 {
        0 if at < chars.len() => {
            chars.remove(at);
        }
        1 if at < chars.len() => chars[at] = with,
        _ => chars.insert(at, with),
    }
    chars.into_iter().collect()
}

proptest! {
    #[test]
    fn any_document_in_any_pieces_lays_out_as_pretty_does(value in arb_value(), piece in 1usize..50) {
        let compact = serde_json::to_string(&value).unwrap();
        prop_assert_eq!(stream(&compact, piece).unwrap(), pretty(&compact).unwrap());
        let indented = serde_json::to_string_pretty(&value).unwrap();
        prop_assert_eq!(stream(&indented, piece).unwrap(), pretty(&indented).unwrap());
    }

    #[test]
    fn any_number_text_is_accepted_and_kept(number in NUMBER, piece in 1usize..8) {
        prop_assert_eq!(stream(&format!("[{number}]"), piece).unwrap(), format!("[\n  {number}\n]"));
    }

    #[test]
    fn edited_documents_are_accepted_exactly_when_pretty_accepts_them(
        value in arb_value(),
        at in any::<usize>(),
        edit in any::<u8>(),
        with in prop::sample::select(vec!['[', ']', '{', '}', ',', ':', '"', '\\', ' ', '\n', '0', '-', '.', 'e', 'a', 'n', '\u{1}', 'é']),
    ) {
        let text = mutate(&serde_json::to_string(&value).unwrap(), at, edit, with);
        prop_assert_eq!(stream(&text, 5).is_ok(), pretty(&text).is_ok(), "{:?}", text);
    }

    #[test]
    fn arbitrary_text_agrees_with_pretty(text in "[\\[\\]{}:,\" a1e.\\-\\\\n\u{feff}tru]{0,24}") {
        prop_assert_eq!(stream(&text, 2).is_ok(), pretty(&text).is_ok(), "{:?}", text);
    }

    #[test]
    fn errors_point_inside_the_input(text in "[\\[\\]{}:,\" a1\n]{0,20}") {
        if let Err(e) = stream(&text, 3) {
            prop_assert!(e.line >= 1 && e.column >= 1);
            prop_assert!(e.line <= text.split('\n').count());
        }
    }
}
