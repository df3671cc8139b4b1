use super::*;

fn words(command: &str) -> Vec<String> {
    split_words(command).expect("splits")
}

#[test]
fn single_and_double_quotes_group_words() {
    assert_eq!(
        words(r#"curl -H 'A: b c' -d "x y""#),
        ["curl", "-H", "A: b c", "-d", "x y"]
    );
}

#[test]
fn a_backslash_line_continuation_joins_lines() {
    assert_eq!(
        words("curl \\\n  -X POST \\\r\n  https://a.test"),
        ["curl", "-X", "POST", "https://a.test"]
    );
}

#[test]
fn double_quotes_keep_escaped_quotes_and_dollars() {
    assert_eq!(
        words(r#"curl -d "{\"a\": \"\$1\"}""#),
        ["curl", "-d", r#"{"a": "$1"}"#]
    );
}

#[test]
fn ansi_c_strings_decode_their_escapes() {
    assert_eq!(
        words(r#"curl --data-raw $'{\"a\":\"it\'s\"}\n\t\x41\u00e9\101'"#),
        ["curl", "--data-raw", "{\"a\":\"it's\"}\n\tAéA"]
    );
}

#[test]
fn an_ansi_c_string_may_sit_inside_a_word() {
    assert_eq!(words(r"curl -H X:$'a\tb'c"), ["curl", "-H", "X:a\tbc"]);
}

#[test]
fn a_dollar_quote_inside_single_quotes_is_plain_text() {
    assert_eq!(words(r"curl -d '$'"), ["curl", "-d", "$"]);
}

#[test]
fn windows_carets_continue_lines_and_escape_quotes() {
    assert_eq!(
        words("curl ^\"https://a.test/x^\" ^\r\n  -H ^\"accept: */*^\""),
        ["curl", "https://a.test/x", "-H", "accept: */*"]
    );
}

#[test]
fn an_unclosed_single_quote_is_named_with_its_place() {
    assert_eq!(
        split_words("curl -d 'abc"),
        Err(CurlError::UnclosedQuote {
            quote: '\'',
            position: 9,
            near: "'abc".into(),
        })
    );
}

#[test]
fn an_unclosed_double_quote_is_named() {
    let error = split_words(r#"curl -H "A: b"#).unwrap_err();
    assert!(
        error.to_string().contains("\" quote at character 9"),
        "{error}"
    );
}

#[test]
fn an_unclosed_ansi_c_string_is_named() {
    let error = split_words(r"curl -d $'abc\'").unwrap_err();
    assert!(
        error.to_string().contains("$'…' string at character 9"),
        "{error}"
    );
}

#[test]
fn a_trailing_backslash_is_refused() {
    assert_eq!(
        split_words("curl https://a.test \\"),
        Err(CurlError::TrailingBackslash)
    );
}
