//! Secret variables: Postman's `"type": "secret"` read and written, and their
//! values left out of an export unless asked for.

use serde_json::Value;

use super::*;
use crate::core::collections::{Collection, Variable};

fn with_variables(variables: Vec<Variable>) -> Collection {
    Collection {
        id: id(1),
        name: "Vault".into(),
        items: vec![],
        variables,
        revision: 0,
        updated_ms: NOW,
    }
}

fn secret(key: &str, value: &str) -> Variable {
    Variable {
        secret: true,
        ..Variable::new(key, value)
    }
}

fn written_variables(text: &str) -> Vec<Value> {
    let json: Value = serde_json::from_str(text).unwrap();
    json["variable"].as_array().cloned().unwrap_or_default()
}

#[test]
fn a_postman_secret_variable_is_imported_as_secret() {
    let text = r#"{"info": {"name": "V", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [],
        "variable": [
            {"key": "token", "value": "s3cr3t", "type": "secret"},
            {"key": "base", "value": "https://a.test", "type": "string"},
            {"key": "odd", "value": "1", "type": 7}
        ]}"#;
    let variables = imported(text).collection.variables;
    assert_eq!(
        variables,
        vec![
            secret("token", "s3cr3t"),
            Variable::new("base", "https://a.test"),
            Variable::new("odd", "1"),
        ]
    );
}

#[test]
fn an_export_without_secrets_keeps_the_name_and_marks_it_but_drops_the_value() {
    let collection = with_variables(vec![secret("token", "s3cr3t"), Variable::new("base", "b")]);
    let text = export_postman(&collection, false);
    assert!(!text.contains("s3cr3t"), "{text}");
    let written = written_variables(&text);
    assert_eq!(written[0]["key"], "token");
    assert_eq!(written[0]["value"], "");
    assert_eq!(written[0]["type"], "secret");
    assert_eq!(written[1]["value"], "b");
    assert!(written[1].get("type").is_none(), "{text}");
}

#[test]
fn an_export_with_secrets_round_trips_them() {
    let collection = with_variables(vec![secret("token", "s3cr3t")]);
    let text = export_postman(&collection, true);
    assert_eq!(written_variables(&text)[0]["value"], "s3cr3t");
    assert_eq!(imported(&text).collection.variables, collection.variables);
}
