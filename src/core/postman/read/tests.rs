use super::*;

fn parse(text: &str) -> Json {
    Json::parse(text.as_bytes()).unwrap()
}

#[test]
fn text_is_lenient_and_null_is_missing() {
    let o = parse(r#"{"s": "x", "n": 8080, "b": false, "z": null, "l": [1]}"#);
    assert_eq!(text(&o, "s"), Ok(Some("x".into())));
    assert_eq!(text(&o, "n"), Ok(Some("8080".into())));
    assert_eq!(text(&o, "b"), Ok(Some("false".into())));
    assert_eq!(text(&o, "z"), Ok(None));
    assert_eq!(text(&o, "gone"), Ok(None));
    assert_eq!(
        text(&o, "l"),
        Err("“l”: expected text, found a list".into())
    );
    assert_eq!(flag(&o, "b"), Ok(false));
    assert_eq!(flag(&o, "z"), Ok(false));
    assert!(flag(&o, "s").is_err());
}

#[test]
fn extra_names_are_sorted_once_each() {
    let o = parse(r#"{"b": 1, "known": 2, "a": 3, "b": 4}"#);
    assert_eq!(extra(&o, &["known"]), ["a", "b"]);
}

#[test]
fn canonical_json_matches_serde_json_value() {
    let text = r#"{"b": [{"y": 1, "x": "\b"}], "a": 2.50, "b": {"d": null, "c": true}, "é": -0}"#;
    let ours = pretty_text(&canonical(&parse(text)));
    let theirs: serde_json::Value = serde_json::from_str(text).unwrap();
    assert_eq!(ours, format!("{theirs:#}"));
}
