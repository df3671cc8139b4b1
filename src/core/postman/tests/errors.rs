//! Files that are not importable collections, and what the user is told.

use super::*;

fn refused(text: &str) -> PostmanError {
    match import(text) {
        Ok(imported) => panic!("should be refused, got {imported:?}"),
        Err(error) => error,
    }
}

#[test]
fn text_that_is_not_json_is_refused_with_the_parser_message() {
    let error = refused("name: My collection\nitem: []");
    assert!(matches!(&error, PostmanError::NotJson(reason) if reason.contains("line 1")));
    assert!(
        error.to_string().starts_with("This file is not JSON"),
        "{error}"
    );
    assert!(matches!(refused(""), PostmanError::NotJson(_)));
    assert!(matches!(refused("{\"info\": {"), PostmanError::NotJson(_)));
}

#[test]
fn json_that_is_not_a_collection_is_refused() {
    for text in [
        "[]",
        "[{\"info\": {}, \"item\": []}]",
        "42",
        "null",
        "{}",
        r#"{"item": []}"#,
        r#"{"info": {"name": "No items"}}"#,
        r#"{"info": "Bookshop", "item": []}"#,
        r#"{"info": {"name": "C"}, "item": {}}"#,
    ] {
        assert_eq!(refused(text), PostmanError::NotACollection, "{text}");
    }
}

#[test]
fn an_environment_file_is_not_a_collection_and_the_message_says_so() {
    let environment = r#"{
        "id": "2f0d1c4e-0000-4000-8000-000000000001",
        "name": "Staging",
        "values": [{"key": "baseUrl", "value": "https://staging.example.test", "enabled": true}],
        "_postman_variable_scope": "environment"
    }"#;
    let error = refused(environment);
    assert_eq!(error, PostmanError::NotACollection);
    let message = error.to_string();
    assert!(
        message.contains("“info” object and an “item” list"),
        "{message}"
    );
    assert!(message.contains("environment"), "{message}");
}

#[test]
fn a_v1_collection_is_recognised_and_refused() {
    let v1 = r#"{
        "id": "7b1e2c2d-0000-4000-8000-000000000002",
        "name": "Old bookshop",
        "description": "",
        "order": ["1c2d"],
        "folders": [],
        "requests": [{
            "id": "1c2d",
            "name": "Health",
            "url": "https://api.bookshop.test/health",
            "method": "GET",
            "headers": "Accept: application/json\n",
            "data": [],
            "dataMode": "params",
            "collectionId": "7b1e2c2d-0000-4000-8000-000000000002"
        }]
    }"#;
    let error = refused(v1);
    assert_eq!(
        error,
        PostmanError::UnsupportedSchema("Collection v1".into())
    );
    assert_eq!(
        error.to_string(),
        "This collection is in the format “Collection v1”, which cannot be imported. In \
         Postman, export it again as “Collection v2.1”."
    );
}

#[test]
fn schema_addresses_other_than_v2_are_refused() {
    let with_schema =
        |schema: &str| format!(r#"{{"info": {{"name": "C", "schema": "{schema}"}}, "item": []}}"#);
    let v1 = "https://schema.getpostman.com/json/collection/v1.0.0/collection.json";
    assert_eq!(
        refused(&with_schema(v1)),
        PostmanError::UnsupportedSchema("Collection v1".into())
    );
    for unknown in [
        "https://schema.getpostman.com/json/collection/v3.0.0/collection.json",
        "https://example.test/my-own-format.json",
        "https://v1.example.test/collection.json",
    ] {
        assert_eq!(
            refused(&with_schema(unknown)),
            PostmanError::UnsupportedSchema(unknown.into())
        );
    }
}

#[test]
fn v2_0_v2_1_and_missing_schemas_are_accepted() {
    for schema in [
        "\"https://schema.getpostman.com/json/collection/v2.0.0/collection.json\"",
        "\"https://schema.getpostman.com/json/collection/v2.1.0/collection.json\"",
        "\"https://schema.postman.com/collection/json/v2.1.0/draft-07/collection.json\"",
        "null",
    ] {
        let text = format!(r#"{{"info": {{"name": "C", "schema": {schema}}}, "item": []}}"#);
        assert!(import(&text).is_ok(), "{schema}");
    }
    assert!(import(r#"{"info": {"name": "C"}, "item": []}"#).is_ok());
}

#[test]
fn a_part_in_the_wrong_shape_is_named() {
    let text = collection_with(r#"{"name": "R", "request": {"method": ["GET"]}}"#);
    let error = refused(&text);
    assert!(
        matches!(&error, PostmanError::Malformed(reason) if reason.contains("expected text, found a list")),
        "{error:?}"
    );
    assert!(error
        .to_string()
        .starts_with("This looks like a Postman collection"));
    let text = collection_with(r#"{"name": "R", "request": {"url": {"host": 5}}}"#);
    assert!(matches!(refused(&text), PostmanError::Malformed(_)));
}

#[test]
fn postman_files_are_told_from_backups_by_their_structure() {
    assert!(looks_like_postman(
        r#"{"info":{"name":"A","schema":"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},"item":[]}"#
    ));
    assert!(looks_like_postman(
        r#"{"id":"x","name":"Old","requests":[]}"#
    ));
    assert!(!looks_like_postman("not json"));
    assert!(!looks_like_postman(
        r#"{"version":1,"saved_ms":1,"library":{"collections":[]}}"#
    ));
}

#[test]
fn a_backup_that_mentions_postman_is_still_a_backup() {
    let upload = draft(
        "POST",
        "https://api.getpostman.com/import?schema=schema.getpostman.com",
        &[],
        r#"{"_postman_id":"abc","info":{}}"#,
    );
    let library = crate::core::collections::Library {
        collections: vec![Collection {
            id: id(1),
            name: "Postman API".into(),
            items: vec![request(2, "Upload", upload)],
            variables: Vec::new(),
            revision: 1,
            updated_ms: NOW,
        }],
        ..Default::default()
    };
    let backup = crate::core::collections::export_backup(&library, NOW, true);
    assert!(!looks_like_postman(&backup));
}
