use super::*;
use proptest::prelude::*;

fn has_references(text: &str) -> bool {
    next_reference(text).is_some()
}

fn vars(pairs: &[(&str, &str)]) -> Vec<Variable> {
    pairs.iter().map(|(k, v)| Variable::new(*k, *v)).collect()
}

fn fill(text: &str, pairs: &[(&str, &str)]) -> (String, Vec<String>) {
    fill_with(&vars(pairs), text)
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

#[test]
fn editor_rows_keep_their_secret_flag() {
    let out = variables_from_rows(&[
        VariableRow::new("token", "t", true),
        VariableRow::new("base", "b", false),
    ])
    .unwrap();
    assert_eq!(
        out.iter().map(|v| v.secret).collect::<Vec<_>>(),
        [true, false]
    );
}

#[test]
fn the_secret_flag_is_written_only_when_set() {
    let plain = serde_json::to_string(&Variable::new("a", "1")).unwrap();
    assert_eq!(plain, r#"{"key":"a","value":"1"}"#);
    let secret = Variable {
        secret: true,
        ..Variable::new("a", "1")
    };
    let text = serde_json::to_string(&secret).unwrap();
    assert_eq!(text, r#"{"key":"a","value":"1","secret":true}"#);
    assert_eq!(serde_json::from_str::<Variable>(&text).unwrap(), secret);
    assert_eq!(
        serde_json::from_str::<Variable>(r#"{"key":"a","value":"1"}"#).unwrap(),
        Variable::new("a", "1")
    );
}

#[test]
fn an_exported_secret_keeps_its_name_but_not_its_value() {
    let secret = Variable {
        secret: true,
        ..Variable::new("token", "t0k")
    };
    assert_eq!(secret.exported(false).value, "");
    assert_eq!(secret.exported(false).key, "token");
    assert_eq!(secret.exported(true), secret);
    assert_eq!(Variable::new("a", "1").exported(false).value, "1");
}

fn scope<'a>(
    collection: Option<(&'a str, &'a [Variable])>,
    environment: Option<(&'a str, &'a [Variable])>,
) -> Scope<'a> {
    Scope {
        collection,
        environment,
    }
}

#[test]
fn the_environment_overrides_the_collection_by_name() {
    let collection = vars(&[("base", "coll"), ("only", "c")]);
    let environment = vars(&[("base", "env"), ("extra", "e")]);
    let both = scope(Some(("C", &collection)), Some(("E", &environment)));
    let (out, unknown) = fill_with(&both.variables(), "{{base}} {{only}} {{extra}}");
    assert_eq!((out.as_str(), unknown), ("env c e", vec![]));
    let env_only = scope(None, Some(("E", &environment)));
    assert_eq!(fill_with(&env_only.variables(), "{{base}}").0, "env");
}

fn fill_with(variables: &[Variable], text: &str) -> (String, Vec<String>) {
    let mut filler = Filler::new(variables);
    let out = filler.fill(text);
    match filler.finish() {
        Ok(()) => (out, Vec::new()),
        Err(ResolveError::Unknown(unknown)) => (out, unknown),
        Err(e) => panic!("unexpected {e:?}"),
    }
}

#[test]
fn the_message_names_the_collection_and_the_environment_it_looked_in() {
    let both = scope(Some(("Petstore", &[])), Some(("Staging", &[])))
        .unknown(vec!["base".into()])
        .to_string();
    assert!(both.contains("collection “Petstore”"), "{both}");
    assert!(both.contains("in the environment “Staging”"), "{both}");
    let env_only = scope(None, Some(("Staging", &[])))
        .unknown(vec!["a".into(), "b".into()])
        .to_string();
    assert!(
        env_only.contains("not opened from a collection"),
        "{env_only}"
    );
    assert!(env_only.contains("environment “Staging”"), "{env_only}");
    assert!(env_only.contains("define them there"), "{env_only}");
    let nothing = scope(None, None).unknown(vec!["a".into()]).to_string();
    assert!(nothing.contains("no environment is active"), "{nothing}");
}

/// `a = {{b}}…{{b}}`, `b = {{c}}…`, … each `fanout` times, down to a leaf:
/// `fanout^5` copies of the leaf, far past any cap.
fn exponential(fanout: usize) -> Vec<Variable> {
    let names = ["a", "b", "c", "d", "e"];
    let mut variables: Vec<Variable> = names
        .windows(2)
        .map(|w| Variable::new(w[0], format!("{{{{{}}}}}", w[1]).repeat(fanout)))
        .collect();
    variables.push(Variable::new("e", "leaf-value"));
    variables
}

#[test]
fn an_exponential_chain_is_stopped_at_the_cap_quickly() {
    let variables = exponential(100); // 10^10 leaves: tens of gigabytes
    let started = std::time::Instant::now();
    let mut filler = Filler::new(&variables);
    let out = filler.fill("POST {{a}}");
    let error = filler.finish().unwrap_err();
    assert_eq!(
        error,
        ResolveError::TooLarge(TooLarge {
            limit: MAX_RESOLVED_BYTES,
            variable: "a".into()
        })
    );
    assert!(out.len() <= MAX_RESOLVED_BYTES + 16, "{}", out.len());
    let elapsed = started.elapsed();
    assert!(elapsed.as_millis() < 900, "took {elapsed:?}");
}

#[test]
fn one_large_value_referenced_many_times_is_stopped_naming_it() {
    let variables = vec![Variable::new("big", "x".repeat(100_000))];
    let text = "{{big}}".repeat(20);
    let mut filler = Filler::new(&variables);
    filler.fill(&text);
    match filler.finish() {
        Err(ResolveError::TooLarge(e)) => assert_eq!(e.variable, "big"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_cap_counts_what_the_variables_add_across_every_text() {
    let variables = vars(&[("v", "12345")]);
    let mut filler = Filler::with_limit(&variables, 10);
    assert_eq!(
        filler.fill("own text is not counted {{v}}"),
        "own text is not counted 12345"
    );
    assert_eq!(filler.fill("{{v}}"), "12345");
    assert_eq!(filler.finish(), Ok(()));
    let mut over = Filler::with_limit(&variables, 10);
    over.fill("{{v}}");
    over.fill("{{v}}{{v}}");
    assert!(matches!(over.finish(), Err(ResolveError::TooLarge(_))));
}

#[test]
fn references_kept_as_written_count_too() {
    // Every reference at the last level is too deep and stays as written.
    let variables = exponential(50);
    let variables: Vec<Variable> = variables.into_iter().filter(|v| v.key != "e").collect();
    let mut filler = Filler::with_limit(&variables, 4096);
    filler.fill("{{a}}");
    assert!(matches!(filler.finish(), Err(ResolveError::TooLarge(_))));
}

#[test]
fn a_large_request_without_variables_is_not_refused() {
    let body = "y".repeat(MAX_RESOLVED_BYTES * 2);
    let mut filler = Filler::new(&[]);
    assert_eq!(filler.fill(&body).len(), body.len());
    assert_eq!(filler.finish(), Ok(()));
}

#[test]
fn the_too_large_message_names_the_cap_and_the_variable() {
    let message = TooLarge {
        limit: MAX_RESOLVED_BYTES,
        variable: "b".into(),
    }
    .to_string();
    assert!(
        message.starts_with(
            "Filling in the variables would make this request larger than 1 MiB (while \
             expanding {{b}}); a variable probably refers to another one many times."
        ),
        "{message}"
    );
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
