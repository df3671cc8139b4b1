use serde_json::{json, Value};

use super::support::*;
use crate::core::collections::document::{load_versioned, Schema, Versioned, LIBRARY_MIGRATIONS};
use crate::core::collections::{
    load, serialize, Item, Library, Loaded, StoredDocument, CURRENT_VERSION,
};
use crate::core::request::body::{FieldRow, RequestBody};

const V1_FIXTURE: &str = include_str!("../../../../tests/fixtures/library-v1.json");

fn reason(loaded: Loaded) -> String {
    match loaded {
        Loaded::Corrupt { reason } => reason,
        other => panic!("expected Corrupt, got {other:?}"),
    }
}

#[test]
fn nothing_stored_is_empty() {
    assert_eq!(load(None), Loaded::Empty);
    assert_eq!(load(Some("")), Loaded::Empty);
    assert_eq!(load(Some(" \n")), Loaded::Empty);
}

#[test]
fn a_saved_library_loads_back_as_current() {
    let text = serialize(&sample(), NOW);
    assert_eq!(load(Some(&text)), Loaded::Current(sample()));
}

#[test]
fn serialize_writes_compact_json_at_the_current_version() {
    let text = serialize(&sample(), NOW);
    assert!(!text.contains('\n'));
    let doc: StoredDocument = serde_json::from_str(&text).unwrap();
    assert_eq!((doc.version, doc.saved_ms), (CURRENT_VERSION, NOW));
    assert!(text.contains(r#""kind":"folder""#));
}

#[test]
fn v1_fixture_keeps_loading_forever() {
    let Loaded::Migrated {
        library: lib,
        from: 1,
    } = load(Some(V1_FIXTURE))
    else {
        panic!("the v1 fixture must load as migrated from version 1")
    };
    assert_eq!(lib.collections.len(), 2);
    assert_eq!(lib.request_count(), 4);
    let pets = lib.collection(&id("k3v9x2m1q7a")).unwrap();
    assert_eq!((pets.name.as_str(), pets.revision), ("Petstore API", 2));
    assert_eq!(pets.variables[0].key, "base");
    assert_eq!(pets.variables[1].value, "dev-token-123");
    let list = lib.find_request(&pets.id, &id("r0list0pets1")).unwrap();
    assert_eq!(list.request.url, "{{base}}/pets?limit=20");
    assert_eq!(list.request.headers[1].name, "Authorization");
    assert_eq!((list.revision, list.updated_ms), (3, 1_767_139_200_000));
    let create = lib.request(&id("r0create0pet")).unwrap();
    assert_eq!(create.request.method, "POST");
    assert!(matches!(&create.request.body, RequestBody::Json(t) if t.contains("\"Rex\"")));
    assert_eq!(list.request.body, RequestBody::None);
    assert!(!create.request.headers[1].enabled);
    let delete = lib.request(&id("r0delete0pet")).unwrap();
    assert!(!delete.request.follow_redirects);
    assert_eq!(
        request_path(&lib, &delete.id),
        Some((pets.id.clone(), vec!["Admin".into(), "Danger zone".into()]))
    );
    let echo = lib.request(&id("r0anything01")).unwrap();
    assert_eq!(echo.name, "Echo form — ünïcödé ✓");
    assert_eq!(
        echo.request.body,
        RequestBody::UrlEncoded(vec![FieldRow::new("a", "1"), FieldRow::new("b", "café")])
    );
    let local = &lib.collections[1];
    assert!(
        matches!(&local.items[1], Item::Folder(f) if f.items.is_empty() && f.name == "Status codes")
    );
}

#[test]
fn text_that_is_not_json_is_corrupt() {
    let why = reason(load(Some("{\"version\": 1, \"library\": ")));
    assert!(
        why.starts_with("The saved collections could not be read: the text is not valid JSON"),
        "{why}"
    );
}

#[test]
fn json_that_is_not_an_object_is_corrupt() {
    for text in ["[1, {}]", "\"hello\"", "42", "null"] {
        let why = reason(load(Some(text)));
        assert!(why.contains("not a JSON object"), "{text}: {why}");
    }
}

#[test]
fn a_current_version_with_the_wrong_shape_is_corrupt() {
    let why = reason(load(Some(
        r#"{"version":1,"saved_ms":0,"library":{"collections":[{"id":"a"}]}}"#,
    )));
    assert!(why.contains("does not have the shape"), "{why}");
    assert!(why.contains("missing field `name`"), "{why}");
}

#[test]
fn an_invalid_id_in_storage_is_corrupt_and_named() {
    let why = reason(load(Some(
        r#"{"version":1,"saved_ms":0,"library":{"collections":[{"id":"a b","name":"X"}]}}"#,
    )));
    assert!(why.contains("“a b” is not a valid id"), "{why}");
}

#[test]
fn a_missing_or_null_version_is_corrupt() {
    for text in [r#"{"library":{}}"#, r#"{"version":null,"library":{}}"#] {
        let why = reason(load(Some(text)));
        assert!(why.contains("no version number"), "{why}");
    }
}

#[test]
fn version_zero_is_corrupt() {
    let why = reason(load(Some(r#"{"version":0,"saved_ms":0,"library":{}}"#)));
    assert!(why.contains("version 0, which no release"), "{why}");
}

#[test]
fn a_version_that_is_not_a_small_whole_number_is_corrupt() {
    for v in ["\"1\"", "-1", "1.5", "4294967296"] {
        let why = reason(load(Some(&format!(r#"{{"version":{v},"library":{{}}}}"#))));
        assert!(why.contains("is not a valid version number"), "{v}: {why}");
    }
}

#[test]
fn a_newer_version_is_too_new_and_readable_when_it_parses() {
    let text = serialize(&sample(), NOW).replacen("\"version\":2", "\"version\":3", 1);
    assert_eq!(
        load(Some(&text)),
        Loaded::TooNew {
            version: 3,
            library: Some(sample())
        }
    );
}

#[test]
fn a_newer_version_with_extra_fields_is_still_viewable() {
    let mut doc: Value = serde_json::from_str(&serialize(&sample(), NOW)).unwrap();
    doc["version"] = json!(4);
    doc["library"]["tags"] = json!(["x"]);
    doc["library"]["collections"][0]["colour"] = json!("red");
    let Loaded::TooNew {
        version: 4,
        library: Some(lib),
    } = load(Some(&doc.to_string()))
    else {
        panic!()
    };
    assert_eq!(lib, sample());
}

#[test]
fn a_newer_version_of_another_shape_is_too_new_without_a_view() {
    let text = r#"{"version":7,"workspaces":[{"anything":true}]}"#;
    assert_eq!(
        load(Some(text)),
        Loaded::TooNew {
            version: 7,
            library: None
        }
    );
}

#[test]
fn duplicate_ids_in_storage_are_repaired_on_load() {
    let mut lib = sample();
    lib.collections.push(lib.collections[1].clone());
    let Loaded::Current(loaded) = load(Some(&serialize(&lib, NOW))) else {
        panic!()
    };
    assert_eq!(loaded.collections[2].id, id("billing-2"));
    assert_eq!(loaded.request_count(), 6);
}

// The migration chain, exercised with a made-up version 0 where requests had a
// "title" and sat directly in a collection's "requests" list.

fn v0_up(mut doc: Value) -> Result<Value, String> {
    let collections = doc["collections"]
        .as_array_mut()
        .ok_or("no collections list")?;
    let collections: Vec<Value> = collections
        .drain(..)
        .map(|c| {
            let items: Vec<Value> = c["requests"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|r| {
                    json!({"kind": "request", "id": r["id"], "name": r["title"],
                           "request": {"method": r["method"], "url": r["url"], "headers": [], "body": ""}})
                })
                .collect();
            json!({"id": c["id"], "name": c["title"], "items": items})
        })
        .collect();
    Ok(json!({"saved_ms": doc["saved_ms"], "library": {"collections": collections}}))
}

/// The real step to version 2 follows the made-up one.
const TEST_SCHEMA: Schema = Schema {
    oldest: 0,
    current: 2,
    steps: &[v0_up, LIBRARY_MIGRATIONS[0]],
};

#[test]
fn the_migration_chain_upgrades_an_older_document() {
    let v0 = r#"{"version":0,"saved_ms":5,"collections":[
        {"id":"c1","title":"Old","requests":[{"id":"r1","title":"Get it","method":"GET","url":"https://x"}]}]}"#;
    let Versioned::Migrated(doc, from) =
        load_versioned::<StoredDocument>(Some(v0), &TEST_SCHEMA, "X")
    else {
        panic!()
    };
    assert_eq!((from, doc.version, doc.saved_ms), (0, 2, 5));
    let lib: Library = doc.library;
    assert_eq!(lib.collections[0].name, "Old");
    let r1 = lib.find_request(&id("c1"), &id("r1")).unwrap();
    assert_eq!(
        (r1.name.as_str(), r1.request.url.as_str()),
        ("Get it", "https://x")
    );
    assert!(r1.request.follow_redirects, "defaults fill what v0 lacked");
}

#[test]
fn the_current_version_skips_the_migration_chain() {
    let text = serialize(&sample(), NOW);
    assert!(matches!(
        load_versioned::<StoredDocument>(Some(&text), &TEST_SCHEMA, "X"),
        Versioned::Current(doc) if doc.library == sample()
    ));
}

#[test]
fn a_failing_migration_step_is_corrupt_with_its_reason() {
    let Versioned::Corrupt(why) =
        load_versioned::<StoredDocument>(Some(r#"{"version":0}"#), &TEST_SCHEMA, "The file")
    else {
        panic!()
    };
    assert_eq!(
        why,
        "The file could not be read: it is from version 0 and could not be upgraded \
         (step to version 1: no collections list)."
    );
}
