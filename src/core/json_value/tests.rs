use super::*;

#[test]
fn members_keep_document_order_and_compact_text() {
    let json = Json::parse(br#"{ "b": [1, 2.5, "x\n"], "a": {"z": null, "y": true} }"#).unwrap();
    assert_eq!(
        json.to_compact(),
        r#"{"b":[1,2.5,"x\n"],"a":{"z":null,"y":true}}"#
    );
    assert_eq!(json.kind(), "an object");
}

#[test]
fn member_lookup_takes_the_last_duplicate() {
    let json = Json::parse(br#"{"a":1,"a":2}"#).unwrap();
    assert_eq!(json.member("a").map(Json::to_compact).as_deref(), Some("2"));
    assert_eq!(json.member("b"), None);
    assert_eq!(Json::parse(b"[1]").unwrap().member("a"), None);
}

#[test]
fn accessors_answer_only_for_their_own_kind() {
    let json = Json::parse(br#"{"s":"x","b":true,"n":7,"f":-1.5,"a":[null],"o":{"k":1}}"#).unwrap();
    let get = |name| json.member(name).unwrap();
    assert_eq!(get("s").as_str(), Some("x"));
    assert_eq!(get("b").as_bool(), Some(true));
    assert_eq!(get("n").as_u64(), Some(7));
    assert_eq!(get("f").as_u64(), None);
    assert_eq!(get("a").as_array(), Some(&[Json::Null][..]));
    assert_eq!(get("o").as_object().map(<[_]>::len), Some(1));
    assert_eq!(get("s").as_bool(), None);
    assert_eq!(get("b").as_str(), None);
    assert_eq!(get("s").as_u64(), None);
    assert_eq!(get("o").as_array(), None);
    assert_eq!(get("a").as_object(), None);
}

#[test]
fn strings_are_escaped_as_serde_json_escapes_them() {
    let text = "q\"b\\s/\n\r\t\u{8}\u{c}\u{1}\u{7f}é";
    let mut out = String::new();
    write_string(text, &mut out);
    assert_eq!(out, serde_json::to_string(text).unwrap());
}

#[test]
fn non_json_is_an_error() {
    assert!(Json::parse(b"{").is_err());
}

#[test]
fn into_value_is_what_serde_json_reads_from_the_same_text() {
    let text = r#"{"b": [1, -2, 2.5, "x", null, true], "a": {"z": {}, "y": []}, "a": 3}"#;
    let expected: serde_json::Value = serde_json::from_str(text).unwrap();
    assert_eq!(Json::parse(text.as_bytes()).unwrap().into_value(), expected);
}

#[test]
fn nesting_past_the_limit_is_told_apart_from_broken_json() {
    let nested = |levels: usize| format!("{}{}", "[".repeat(levels), "]".repeat(levels));
    let deepest_read = (1..=JSON_MAX_NESTING + 1)
        .take_while(|&levels| Json::parse(nested(levels).as_bytes()).is_ok())
        .last();
    assert_eq!(deepest_read, Some(JSON_MAX_NESTING));
    let too_deep = Json::parse(nested(JSON_MAX_NESTING + 1).as_bytes()).unwrap_err();
    assert!(is_nested_too_deep(&too_deep), "{too_deep}");
    let broken = Json::parse(b"[[1,]]").unwrap_err();
    assert!(!is_nested_too_deep(&broken), "{broken}");
}
