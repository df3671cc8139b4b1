//! One entry point for imported files: the size check, telling a Postman
//! collection from a backup on one parse, the name rule and the depth cap.

use super::*;
use crate::core::collections::model::NAME_MAX_CHARS;
use crate::core::collections::{export_backup, import_backup, Collection, Environment, Item};
use crate::core::postman::import_postman;
use crate::core::test_support::fixtures::{LIBRARY_V1, LIBRARY_V2, POSTMAN};
use crate::core::test_support::nested_collection;

const NOW: u64 = 1_700_000_000_000;

/// Ids handed out in order, the same for every call.
fn ids() -> impl FnMut() -> Id {
    let mut next = 0;
    move || {
        next += 1;
        Id::from_random(next)
    }
}

fn read(text: &str) -> Result<Imported, ImportError> {
    read_import(text, &mut ids(), NOW)
}

fn backup_of(collection: Collection) -> String {
    let library = Library {
        collections: vec![collection],
        ..Library::default()
    };
    export_backup(&library, NOW, true)
}

#[test]
fn a_file_up_to_ten_megabytes_may_be_read() {
    assert_eq!(check_import_size(0), Ok(()));
    assert_eq!(check_import_size(MAX_IMPORT_BYTES), Ok(()));
    let error = check_import_size(13 * 1024 * 1024 - 1).unwrap_err();
    assert_eq!(
        error.to_string(),
        "The file is 13 MB; files of up to 10 MB can be imported."
    );
    let error = check_import_size(MAX_IMPORT_BYTES + 1).unwrap_err();
    assert_eq!(
        error.to_string(),
        "The file is 10.1 MB; files of up to 10 MB can be imported."
    );
}

#[test]
fn postman_files_read_as_the_postman_importer_reads_them() {
    for text in POSTMAN {
        let expected = import_postman(text, &mut ids(), NOW).unwrap();
        let read = read(text).unwrap();
        assert_eq!(read.contents, Contents::Postman(expected));
        assert_eq!(read.shortened_names, 0);
    }
}

#[test]
fn backups_of_every_version_read_as_the_backup_importer_reads_them() {
    for text in [LIBRARY_V1, LIBRARY_V2] {
        let expected = import_backup(text).unwrap();
        assert_eq!(read(text).unwrap().contents, Contents::Backup(expected));
    }
}

#[test]
fn a_backup_that_mentions_postman_is_still_a_backup() {
    let mut collection = nested_collection(1);
    collection.name = "info item requests".into();
    let read = read(&backup_of(collection)).unwrap();
    assert!(matches!(read.contents, Contents::Backup(_)));
}

#[test]
fn what_is_neither_says_why() {
    assert_eq!(read(" \n").unwrap_err(), ImportError::Empty);
    let not_json = read("name: My collection").unwrap_err();
    assert!(matches!(&not_json, ImportError::NotJson(reason) if reason.contains("line 1")));
    assert!(not_json.to_string().starts_with("The file is not JSON"));
    let not_ours = read("[1, 2]").unwrap_err().to_string();
    assert!(not_ours.contains("not a JSON object"), "{not_ours}");
    let too_new = read(r#"{"version": 99, "saved_ms": 0, "library": {}}"#).unwrap_err();
    assert!(matches!(
        too_new,
        ImportError::Backup(crate::core::collections::ImportError::TooNew { version: 99 })
    ));
}

#[test]
fn long_names_are_cut_at_a_character_and_counted() {
    let mut collection = nested_collection(2);
    collection.name = "é".repeat(NAME_MAX_CHARS + 1);
    if let Some(Item::Folder(f)) = collection.items.first_mut() {
        f.name = "x".repeat(NAME_MAX_CHARS + 50);
    }
    let mut library = Library {
        collections: vec![collection],
        ..Library::default()
    };
    library.environments.push(Environment {
        id: Id::from_random(99),
        name: "ü".repeat(NAME_MAX_CHARS),
        variables: Vec::new(),
    });
    let read = read(&export_backup(&library, NOW, true)).unwrap();
    assert_eq!(read.shortened_names, 2);
    let Contents::Backup(library) = read.contents else {
        panic!("a backup");
    };
    assert_eq!(library.collections[0].name, "é".repeat(NAME_MAX_CHARS));
    assert_eq!(library.environments[0].name.chars().count(), NAME_MAX_CHARS);
    assert_eq!(
        shortened_note(2).as_deref(),
        Some("2 names were longer than 200 characters and were shortened.")
    );
    assert_eq!(shortened_note(0), None);
}

#[test]
fn long_postman_names_are_cut_too() {
    let long = "n".repeat(NAME_MAX_CHARS * 2);
    let text = format!(
        r#"{{"info": {{"name": "{long}"}}, "item": [{{"name": "{long}", "request": "https://example.com"}}]}}"#
    );
    let read = read(&text).unwrap();
    assert_eq!(read.shortened_names, 2);
    let Contents::Postman(import) = read.contents else {
        panic!("a Postman collection");
    };
    assert_eq!(import.collection.name.len(), NAME_MAX_CHARS);
}

#[test]
fn files_at_the_cap_are_read_and_deeper_ones_refused_by_their_depth() {
    use crate::core::collections::MAX_FOLDER_DEPTH;
    use crate::core::postman::export_postman;
    let at_cap = nested_collection(MAX_FOLDER_DEPTH);
    assert!(read(&backup_of(at_cap.clone())).is_ok());
    assert!(read(&export_postman(&at_cap, true)).is_ok());
    let deeper = nested_collection(MAX_FOLDER_DEPTH + 1);
    let too_deep = FileTooDeep { depth: Some(33) };
    assert_eq!(
        read(&backup_of(deeper.clone())).unwrap_err(),
        ImportError::Backup(crate::core::collections::ImportError::TooDeep(too_deep))
    );
    assert_eq!(
        read(&export_postman(&deeper, true)).unwrap_err(),
        ImportError::Postman(PostmanError::TooDeep(too_deep))
    );
}

#[test]
fn text_nested_past_what_json_reading_allows_is_refused_plainly() {
    let error = read(&format!("{}{}", "[".repeat(500), "]".repeat(500))).unwrap_err();
    assert_eq!(error, ImportError::TooDeep(FileTooDeep { depth: None }));
    let message = error.to_string();
    assert!(message.contains("more than 127 levels deep"), "{message}");
    assert!(!message.contains("recursion"), "{message}");
}
