use super::*;
use proptest::prelude::*;

#[test]
fn pairs_are_joined_and_escaped_like_a_browser_form() {
    assert_eq!(
        encode_pairs([("grant_type", "password"), ("user name", "ada & co")]),
        "grant_type=password&user+name=ada+%26+co"
    );
    assert_eq!(encode_pairs([("q", "café=1+1")]), "q=caf%C3%A9%3D1%2B1");
    assert_eq!(encode_pairs([("empty", "")]), "empty=");
    assert_eq!(encode_pairs(std::iter::empty()), "");
}

#[test]
fn variable_references_stay_as_written() {
    assert_eq!(
        encode_pairs([("client_id", "{{clientId}}"), ("{{k}}", "a {{b}} c")]),
        "client_id={{clientId}}&{{k}}=a+{{b}}+c"
    );
    assert_eq!(encode_pairs([("a", "{{open")]), "a=%7B%7Bopen");
    assert_eq!(encode_pairs([("a", "{{x y}}")]), "a=%7B%7Bx+y%7D%7D");
}

#[test]
fn decoding_reverses_encoding() {
    assert_eq!(
        decode_pairs("a=1&user+name=ada+%26+co&e="),
        Some(vec![
            ("a".into(), "1".into()),
            ("user name".into(), "ada & co".into()),
            ("e".into(), String::new()),
        ])
    );
}

#[test]
fn text_that_is_not_a_form_does_not_decode() {
    for body in ["{\"a\":1}", "a=1&b", "a=%zz", "a=%4", "a=%FF"] {
        assert_eq!(decode_pairs(body), None, "{body}");
    }
}

proptest! {
    #[test]
    fn any_pairs_survive_encoding(pairs in proptest::collection::vec((".{0,8}", ".{0,8}"), 1..4)) {
        let encoded = encode_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        prop_assert_eq!(decode_pairs(&encoded), Some(pairs));
    }
}
