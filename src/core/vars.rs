//! `{{name}}` references, filled in from a collection's variables when a
//! request is sent. The draft keeps the references as written; only the
//! request handed to fetch() carries the values.
//!
//! A value may itself hold references (Postman resolves them the same way);
//! they are followed a few levels deep, so a cycle ends instead of looping.

use std::fmt;

use crate::core::collections::Variable;
use crate::core::request::RequestDraft;

/// How deep references inside values are followed.
const MAX_DEPTH: usize = 5;

/// References that no variable defines, in the order they first appear.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownVariables {
    pub names: Vec<String>,
    /// The collection whose variables were looked in, if the request is in one.
    pub collection: Option<String>,
}

impl fmt::Display for UnknownVariables {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let list: Vec<String> = self.names.iter().map(|n| format!("{{{{{n}}}}}")).collect();
        let (what, verb) = if list.len() == 1 {
            ("variable", "is")
        } else {
            ("variables", "are")
        };
        write!(f, "The {what} {} {verb} not defined. ", list.join(", "))?;
        match &self.collection {
            Some(name) => write!(
                f,
                "Define {} on the page of the collection “{name}” (Variables), or write the value \
                 into the request itself.",
                if list.len() == 1 { "it" } else { "them" }
            )?,
            None => f.write_str(
                "This request is not opened from a collection, so there are no variables to fill \
                 it in from: save it in a collection and define the variables there, or write the \
                 value into the request itself.",
            )?,
        }
        if self.names.iter().any(|n| n.starts_with('$')) {
            f.write_str(
                " Names starting with $ are Postman's generated values ($guid, $timestamp…), \
                 which this app does not make up.",
            )?;
        }
        Ok(())
    }
}

impl std::error::Error for UnknownVariables {}

/// The draft with every reference in its URL, switched-on header rows and
/// body replaced by its variable's value.
pub fn resolve_draft(
    draft: &RequestDraft,
    variables: &[Variable],
) -> Result<RequestDraft, Vec<String>> {
    let mut unknown = Vec::new();
    let mut fill = |text: &str| substitute(text, variables, &mut unknown, 0);
    let mut resolved = draft.clone();
    resolved.url = fill(&draft.url);
    for row in resolved.headers.iter_mut().filter(|row| row.enabled) {
        row.name = fill(&row.name);
        row.value = fill(&row.value);
    }
    resolved.body = fill(&draft.body);
    if unknown.is_empty() {
        Ok(resolved)
    } else {
        Err(unknown)
    }
}

/// `text` with each `{{name}}` replaced; undefined names are added to `unknown`
/// (once each) and left as written.
fn substitute(
    text: &str,
    variables: &[Variable],
    unknown: &mut Vec<String>,
    depth: usize,
) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((before, name, after)) = next_reference(rest) {
        out.push_str(before);
        match variables.iter().find(|v| v.key == name) {
            Some(variable) if depth < MAX_DEPTH => {
                out.push_str(&substitute(&variable.value, variables, unknown, depth + 1));
            }
            // Too deep: most likely a cycle; the reference stays as written.
            Some(_) => push_reference(&mut out, name),
            None => {
                if !unknown.iter().any(|n| n == name) {
                    unknown.push(name.to_owned());
                }
                push_reference(&mut out, name);
            }
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

fn push_reference(out: &mut String, name: &str) {
    out.push_str("{{");
    out.push_str(name);
    out.push_str("}}");
}

/// Splits at the first `{{name}}`: the text before it, the name, the text after.
/// A name is non-empty and holds no braces, so `{{}}` and `{{{x}}` stay text.
fn next_reference(text: &str) -> Option<(&str, &str, &str)> {
    let mut from = 0;
    while let Some(offset) = text[from..].find("{{") {
        let start = from + offset;
        let inner = &text[start + 2..];
        if let Some(end) = inner.find("}}") {
            let name = &inner[..end];
            if !name.is_empty() && !name.contains(['{', '}']) {
                return Some((&text[..start], name, &inner[end + 2..]));
            }
        }
        from = start + 1;
    }
    None
}

/// The rows of a variables editor as variables: blank rows are dropped, and
/// a row without a name, a name that could not be referenced, or a name used
/// twice is refused with a message naming the row.
pub fn variables_from_rows(rows: &[(String, String)]) -> Result<Vec<Variable>, String> {
    let mut variables: Vec<Variable> = Vec::new();
    for (index, (key, value)) in rows.iter().enumerate() {
        let row = index + 1;
        if key.is_empty() && value.is_empty() {
            continue;
        }
        if key.trim().is_empty() {
            return Err(format!("Variable {row} has a value but no name."));
        }
        if key.contains(['{', '}']) {
            return Err(format!(
                "The variable name “{key}” holds a brace, so {{{{…}}}} could not refer to it."
            ));
        }
        if variables.iter().any(|v| &v.key == key) {
            return Err(format!(
                "The name “{key}” is used by two variables; keep one."
            ));
        }
        variables.push(Variable {
            key: key.clone(),
            value: value.clone(),
        });
    }
    Ok(variables)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::headers::HeaderRow;
    use proptest::prelude::*;

    fn has_references(text: &str) -> bool {
        next_reference(text).is_some()
    }

    fn vars(pairs: &[(&str, &str)]) -> Vec<Variable> {
        pairs
            .iter()
            .map(|(k, v)| Variable {
                key: (*k).into(),
                value: (*v).into(),
            })
            .collect()
    }

    fn fill(text: &str, pairs: &[(&str, &str)]) -> (String, Vec<String>) {
        let mut unknown = Vec::new();
        let out = substitute(text, &vars(pairs), &mut unknown, 0);
        (out, unknown)
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
    fn a_draft_is_resolved_in_url_enabled_headers_and_body() {
        let mut off = HeaderRow::new("X-Off", "{{missing}}");
        off.enabled = false;
        let draft = RequestDraft {
            method: "POST".into(),
            url: "{{base}}/login".into(),
            headers: vec![HeaderRow::new("Authorization", "Bearer {{token}}"), off],
            body: r#"{"user": "{{user}}"}"#.into(),
            follow_redirects: true,
        };
        let resolved = resolve_draft(
            &draft,
            &vars(&[
                ("base", "https://a.test"),
                ("token", "t0k"),
                ("user", "ann"),
            ]),
        )
        .unwrap();
        assert_eq!(resolved.url, "https://a.test/login");
        assert_eq!(resolved.headers[0].value, "Bearer t0k");
        assert_eq!(resolved.headers[1].value, "{{missing}}");
        assert_eq!(resolved.body, r#"{"user": "ann"}"#);
    }

    #[test]
    fn a_draft_with_undefined_references_names_them() {
        let draft = RequestDraft {
            url: "{{base}}/x".into(),
            body: "{{token}}".into(),
            ..RequestDraft::default()
        };
        assert_eq!(
            resolve_draft(&draft, &[]),
            Err(vec!["base".into(), "token".into()])
        );
    }

    #[test]
    fn the_message_says_where_to_define_the_variables() {
        let in_collection = UnknownVariables {
            names: vec!["base".into()],
            collection: Some("Petstore".into()),
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

    fn rows(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).into(), (*v).into()))
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
}
