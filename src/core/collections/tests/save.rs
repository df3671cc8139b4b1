use super::support::*;
use crate::core::collections::{ModelError, NewIds, OpenedRequest, SaveDraft, SaveError};

fn new_ids() -> NewIds {
    NewIds {
        collection: id("new-c"),
        request: id("new-r"),
    }
}

fn save_new(collection_name: &str, name: &str) -> SaveDraft {
    SaveDraft {
        draft: draft("GET", "https://api.example.com/new"),
        name: name.into(),
        collection_name: collection_name.into(),
        over: None,
        folder: None,
        overwrite: false,
    }
}

fn opened_list(revision: u64) -> OpenedRequest {
    OpenedRequest {
        collection: id("users"),
        request: id("list"),
        name: "List users".into(),
        revision,
    }
}

#[test]
fn a_new_request_goes_into_the_collection_named() {
    let mut lib = sample();
    let saved = lib
        .save_draft(save_new(" Billing ", " Refunds "), new_ids(), NOW)
        .unwrap();
    assert_eq!(
        saved,
        OpenedRequest {
            collection: id("billing"),
            request: id("new-r"),
            name: "Refunds".into(),
            revision: 0,
        }
    );
    let collection = lib.collection(&id("billing")).unwrap();
    assert_eq!(ids(&collection.items), ["invoices", "new-r"]);
}

#[test]
fn a_collection_name_not_yet_used_creates_it() {
    let mut lib = sample();
    let saved = lib
        .save_draft(save_new("Payments", "Charge"), new_ids(), NOW)
        .unwrap();
    assert_eq!(saved.collection, id("new-c"));
    assert_eq!(lib.collection(&id("new-c")).unwrap().name, "Payments");
}

#[test]
fn a_new_request_goes_into_the_folder_picked() {
    let mut lib = sample();
    let save = SaveDraft {
        folder: Some(id("admin")),
        ..save_new("Users API", "Ban user")
    };
    lib.save_draft(save, new_ids(), NOW).unwrap();
    assert_eq!(
        request_path(&lib, &id("new-r")),
        Some((id("users"), vec!["Admin".to_owned()]))
    );
}

#[test]
fn a_folder_of_another_collection_is_ignored() {
    let mut lib = sample();
    let save = SaveDraft {
        folder: Some(id("admin")),
        ..save_new("Billing", "Refunds")
    };
    lib.save_draft(save, new_ids(), NOW).unwrap();
    assert_eq!(
        request_path(&lib, &id("new-r")),
        Some((id("billing"), vec![]))
    );
}

#[test]
fn saving_an_opened_request_updates_and_renames_it() {
    let mut lib = sample();
    let save = SaveDraft {
        over: Some(opened_list(0)),
        ..save_new("Users API", "All users")
    };
    let saved = lib.save_draft(save, new_ids(), NOW + 1).unwrap();
    assert_eq!(
        saved,
        OpenedRequest {
            name: "All users".into(),
            // one revision for the new draft, one for the new name
            revision: 2,
            ..opened_list(0)
        }
    );
    let request = lib.find_request(&id("users"), &id("list")).unwrap();
    assert_eq!(request.request.url, "https://api.example.com/new");
    assert!(lib.request(&id("new-r")).is_none());
}

#[test]
fn an_opened_request_saved_into_another_collection_is_a_new_copy() {
    let mut lib = sample();
    let save = SaveDraft {
        over: Some(opened_list(0)),
        ..save_new("Billing", "List users")
    };
    let saved = lib.save_draft(save, new_ids(), NOW).unwrap();
    assert_eq!(
        (saved.collection, saved.request),
        (id("billing"), id("new-r"))
    );
    let original = lib.find_request(&id("users"), &id("list")).unwrap();
    assert_eq!(original.request.url, "https://api.example.com/users");
}

#[test]
fn a_request_changed_elsewhere_is_not_saved_over_unless_asked() {
    let mut lib = sample();
    lib.update_request(&id("list"), draft("GET", "https://elsewhere.test"), NOW)
        .unwrap();
    let before = lib.clone();
    let save = SaveDraft {
        over: Some(opened_list(0)),
        ..save_new("Users API", "List users")
    };
    assert_eq!(
        lib.save_draft(save.clone(), new_ids(), NOW),
        Err(SaveError::ChangedElsewhere)
    );
    assert_eq!(lib, before);
    let overwrite = SaveDraft {
        overwrite: true,
        ..save
    };
    assert_eq!(
        lib.save_draft(overwrite, new_ids(), NOW).unwrap().revision,
        2
    );
}

#[test]
fn an_empty_name_is_refused_before_a_collection_is_created() {
    let mut lib = sample();
    let before = lib.clone();
    assert_eq!(
        lib.save_draft(save_new("Payments", "  "), new_ids(), NOW),
        Err(SaveError::Refused(ModelError::EmptyName))
    );
    assert_eq!(lib, before);
}

#[test]
fn the_conflict_message_says_how_to_keep_both() {
    assert!(SaveError::ChangedElsewhere
        .to_string()
        .contains("Save as a new request"));
}

#[test]
fn the_dialog_offers_the_opened_requests_collection_then_the_first() {
    let lib = sample();
    let in_billing = OpenedRequest {
        collection: id("billing"),
        ..opened_list(0)
    };
    assert_eq!(lib.collection_to_save_in(Some(&in_billing)), "Billing");
    assert_eq!(lib.collection_to_save_in(None), "Users API");
    let gone = OpenedRequest {
        collection: id("gone"),
        ..opened_list(0)
    };
    assert_eq!(lib.collection_to_save_in(Some(&gone)), "Users API");
    let empty = crate::core::collections::Library::default();
    assert_eq!(empty.collection_to_save_in(None), "My requests");
}
