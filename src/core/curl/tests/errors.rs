use super::*;

#[test]
fn empty_input() {
    assert_eq!(parse_curl("   "), Err(CurlError::Empty));
}

#[test]
fn not_a_curl_command() {
    let error = parse_curl("wget https://a.test").unwrap_err();
    assert_eq!(
        error,
        CurlError::NotCurl {
            first: "wget".into()
        }
    );
    assert!(error.to_string().contains("“wget”"));
}

#[test]
fn no_url() {
    assert_eq!(parse_curl("curl -H 'A: b'"), Err(CurlError::NoUrl));
}

#[test]
fn an_option_missing_its_value() {
    let error = parse_curl("curl https://a.test -H").unwrap_err();
    assert_eq!(
        error,
        CurlError::MissingArgument {
            option: "-H".into()
        }
    );
    assert!(error.to_string().contains("-H needs a value"));
    assert_eq!(
        parse_curl("curl https://a.test --data"),
        Err(CurlError::MissingArgument {
            option: "--data".into()
        })
    );
}

#[test]
fn data_and_form_together() {
    assert_eq!(
        parse_curl("curl -d a=1 -F b=2 https://a.test"),
        Err(CurlError::DataAndForm)
    );
}

#[test]
fn unbalanced_quotes() {
    let error = parse_curl("curl 'https://a.test").unwrap_err();
    assert!(matches!(
        error,
        CurlError::UnclosedQuote {
            quote: '\'',
            position: 6,
            ..
        }
    ));
}

#[test]
fn text_that_starts_like_curl() {
    assert!(looks_like_curl("  curl https://a.test"));
    assert!(looks_like_curl("curl \\\n -X POST"));
    assert!(!looks_like_curl("curly.example.com/x"));
    assert!(!looks_like_curl("https://a.test/curl x"));
}
