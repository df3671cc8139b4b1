use super::*;
use proptest::prelude::*;

fn has_references(text: &str) -> bool {
    next_reference(text).is_some()
}

fn vars(pairs: &[(&str, &str)]) -> Vec<Variable> {
    pairs.iter().map(|(k, v)| Variable::new(*k, *v)).collect()
}

fn fill(text: &str, pairs: &[(&str, &str)]) -> (String, Vec<String>) {
    let variables = vars(pairs);
    let mut filler = Filler::new(&variables);
    let out = filler.fill(text);
    match filler.finish() {
        Ok(()) => (out, Vec::new()),
        Err(ResolveError::Unknown(unknown)) => (out, unknown),
        Err(e) => panic!("unexpected {e:?}"),
    }
}

#[test]
fn references_are_replaced_by_their_values() {
    let (out, unknown) = fill(
        "{{base}}/pets?limit={{n}}",
        &[("base", "https://x.test"), ("n", "20")],
    );
    assert_eq!(out, "https://x.test/pets?limit=20");
    assert!(unknown.is_empty());
}

#[test]
fn undefined_references_are_listed_once_and_left_as_written() {
    let (out, unknown) = fill("{{a}}-{{b}}-{{a}}", &[("b", "2")]);
    assert_eq!(out, "{{a}}-2-{{a}}");
    assert_eq!(unknown, vec!["a"]);
}

#[test]
fn values_holding_references_are_followed() {
    let (out, unknown) = fill(
        "{{url}}",
        &[("url", "{{host}}/v1"), ("host", "https://h.test")],
    );
    assert_eq!(out, "https://h.test/v1");
    assert!(unknown.is_empty());
}

#[test]
fn a_cycle_stops_instead_of_looping() {
    let (out, _) = fill("{{a}}", &[("a", "x{{a}}")]);
    assert_eq!(out, "xxxxx{{a}}");
}

#[test]
fn braces_that_are_not_references_stay_text() {
    for text in [
        "{{}}",
        "{ {a} }",
        "{{a",
        "a}}",
        "{\"json\": {\"nested\": 1}}",
    ] {
        let (out, unknown) = fill(text, &[("a", "1")]);
        assert_eq!(out, text);
        assert!(unknown.is_empty(), "{text}");
    }
}

#[test]
fn a_reference_right_after_a_stray_brace_is_still_found() {
    let (out, _) = fill("{{{a}}", &[("a", "1")]);
    assert_eq!(out, "{1");
}

#[test]
fn names_are_matched_exactly() {
    let (_, unknown) = fill("{{Base}} {{ base }}", &[("base", "x")]);
    assert_eq!(unknown, vec!["Base", " base "]);
}

#[test]
fn the_message_says_where_to_define_the_variables() {
    let in_collection = UnknownVariables {
        names: vec!["base".into()],
        collection: Some("Petstore".into()),
        environment: None,
    }
    .to_string();
    assert!(
        in_collection.starts_with("The variable {{base}} is not defined."),
        "{in_collection}"
    );
    assert!(in_collection.contains("“Petstore”"), "{in_collection}");
    let loose = UnknownVariables {
        names: vec!["a".into(), "$guid".into()],
        collection: None,
        environment: None,
    }
    .to_string();
    assert!(
        loose.starts_with("The variables {{a}}, {{$guid}} are not defined."),
        "{loose}"
    );
    assert!(loose.contains("not opened from a collection"), "{loose}");
    assert!(loose.contains("Postman's generated values"), "{loose}");
}

#[test]
fn has_references_tells_plain_text_from_templates() {
    assert!(has_references("{{a}}/b"));
    assert!(!has_references("https://a.test/{b}"));
}

fn rows(pairs: &[(&str, &str)]) -> Vec<VariableRow> {
    pairs
        .iter()
        .map(|(k, v)| VariableRow::new(*k, *v, false))
        .collect()
}

#[test]
fn editor_rows_become_variables_and_blank_rows_are_dropped() {
    let out = variables_from_rows(&rows(&[
        ("base", "https://a.test"),
        ("", ""),
        ("token", ""),
    ]))
    .unwrap();
    assert_eq!(out, vars(&[("base", "https://a.test"), ("token", "")]));
}

#[test]
fn editor_rows_that_cannot_be_variables_are_refused_by_row() {
    let no_name = variables_from_rows(&rows(&[("a", "1"), ("", "2")])).unwrap_err();
    assert_eq!(no_name, "Variable 2 has a value but no name.");
    let brace = variables_from_rows(&rows(&[("{{a}}", "1")])).unwrap_err();
    assert!(brace.contains("holds a brace"), "{brace}");
    let twice = variables_from_rows(&rows(&[("a", "1"), ("a", "2")])).unwrap_err();
    assert!(twice.contains("used by two variables"), "{twice}");
}

proptest! {
    #[test]
    fn text_without_references_is_unchanged(text in "[^{}]*|[a-z{} ]{0,20}") {
        prop_assume!(!has_references(&text));
        let (out, unknown) = fill(&text, &[("a", "1")]);
        prop_assert_eq!(out, text);
        prop_assert!(unknown.is_empty());
    }

    #[test]
    fn every_defined_reference_disappears(
        names in proptest::collection::vec("[a-z]{1,6}", 1..5),
        value in "[A-Z0-9 ]{0,10}",
    ) {
        let text: String = names.iter().map(|n| format!("<{{{{{n}}}}}>")).collect();
        let pairs: Vec<(&str, &str)> = names.iter().map(|n| (n.as_str(), value.as_str())).collect();
        let (out, unknown) = fill(&text, &pairs);
        prop_assert!(unknown.is_empty());
        prop_assert!(!out.contains("{{"));
        prop_assert_eq!(out, names.iter().map(|_| format!("<{value}>")).collect::<String>());
    }
}
