use super::support::*;
use crate::core::collections::{Deleted, Item, Library, ModelError, Variable};

fn users(lib: &Library) -> &[Item] {
    &lib.collection(&id("users")).unwrap().items
}

#[test]
fn a_new_collection_is_appended_with_its_name_trimmed() {
    let mut lib = sample();
    let made = lib
        .create_collection(id("new"), "  Orders  ", NOW + 1)
        .unwrap();
    assert_eq!((made.name.as_str(), made.updated_ms), ("Orders", NOW + 1));
    assert_eq!(lib.collections.last().unwrap().id, id("new"));
}

#[test]
fn names_must_be_non_empty_and_at_most_200_characters() {
    let mut lib = Library::default();
    assert_eq!(
        lib.create_collection(id("a"), " \t ", NOW).unwrap_err(),
        ModelError::EmptyName
    );
    assert_eq!(
        lib.create_collection(id("a"), &"é".repeat(201), NOW)
            .unwrap_err(),
        ModelError::NameTooLong
    );
    assert!(lib
        .create_collection(id("a"), &"é".repeat(200), NOW)
        .is_ok());
}

#[test]
fn duplicate_collection_names_are_allowed() {
    let mut lib = sample();
    assert!(lib.create_collection(id("again"), "Billing", NOW).is_ok());
}

#[test]
fn ids_are_unique_across_collections_folders_and_requests() {
    let mut lib = sample();
    let users = id("users");
    assert_eq!(
        lib.create_collection(id("audit"), "X", NOW).unwrap_err(),
        ModelError::DuplicateId
    );
    assert_eq!(
        lib.create_folder(&users, None, id("billing"), "X")
            .unwrap_err(),
        ModelError::DuplicateId
    );
    assert_eq!(
        lib.save_new_request(&users, None, id("deep"), "X", draft("GET", ""), NOW)
            .unwrap_err(),
        ModelError::DuplicateId
    );
}

#[test]
fn folders_nest_inside_folders() {
    let lib = sample();
    assert_eq!(ids(users(&lib)), ["list", "admin", "create"]);
    assert_eq!(
        ids(&folder(&lib, "users", "admin").items),
        ["delete", "deep"]
    );
    assert_eq!(ids(&folder(&lib, "users", "deep").items), ["audit"]);
}

#[test]
fn creating_in_a_missing_collection_or_folder_is_not_found() {
    let mut lib = sample();
    let before = lib.clone();
    assert_eq!(
        lib.create_folder(&id("nope"), None, id("x"), "X")
            .unwrap_err(),
        ModelError::NotFound("collection".into())
    );
    // A folder of another collection does not count.
    assert_eq!(
        lib.save_new_request(
            &id("billing"),
            Some(&id("admin")),
            id("x"),
            "X",
            draft("GET", ""),
            NOW
        )
        .unwrap_err(),
        ModelError::NotFound("folder".into())
    );
    assert_eq!(lib, before);
}

#[test]
fn requests_are_found_at_any_depth_with_their_folder_path() {
    let lib = sample();
    let audit = lib.find_request(&id("users"), &id("audit")).unwrap();
    assert_eq!(audit.name, "Audit log");
    assert_eq!(
        request_path(&lib, &id("audit")),
        Some((id("users"), vec!["Admin".to_string(), "Deep".to_string()]))
    );
    assert_eq!(request_path(&lib, &id("list")), Some((id("users"), vec![])));
    assert_eq!(
        request_path(&lib, &id("admin")),
        None,
        "a folder is not a request"
    );
    assert_eq!(lib.request(&id("invoices")).unwrap().name, "Invoices");
}

#[test]
fn find_request_looks_only_in_the_given_collection() {
    let lib = sample();
    assert!(lib.find_request(&id("billing"), &id("audit")).is_none());
    assert!(lib.find_request(&id("nope"), &id("audit")).is_none());
}

#[test]
fn request_count_includes_nested_folders() {
    assert_eq!(sample().request_count(), 5);
    assert_eq!(Library::default().request_count(), 0);
}

#[test]
fn updating_a_request_bumps_its_revision_and_times() {
    let mut lib = sample();
    lib.update_request(&id("audit"), draft("HEAD", "https://x"), NOW + 5)
        .unwrap();
    let audit = lib.request(&id("audit")).unwrap();
    assert_eq!(audit.request.method, "HEAD");
    assert_eq!((audit.revision, audit.updated_ms), (1, NOW + 5));
    assert_eq!(lib.collection(&id("users")).unwrap().updated_ms, NOW + 5);
}

#[test]
fn saving_an_unchanged_draft_keeps_the_revision() {
    let mut lib = sample();
    let same = lib.request(&id("list")).unwrap().request.clone();
    lib.update_request(&id("list"), same, NOW + 5).unwrap();
    assert_eq!(lib, sample());
}

#[test]
fn updating_a_missing_request_is_not_found() {
    let mut lib = sample();
    assert_eq!(
        lib.update_request(&id("admin"), draft("GET", ""), NOW)
            .unwrap_err(),
        ModelError::NotFound("request".into())
    );
}

#[test]
fn rename_works_on_collections_folders_and_requests() {
    let mut lib = sample();
    lib.rename(&id("users"), " People ", NOW + 1).unwrap();
    lib.rename(&id("deep"), "Deeper", NOW + 2).unwrap();
    lib.rename(&id("audit"), "Audit", NOW + 3).unwrap();
    let users = lib.collection(&id("users")).unwrap();
    assert_eq!((users.name.as_str(), users.revision), ("People", 1));
    assert_eq!(users.updated_ms, NOW + 3);
    assert_eq!(folder(&lib, "users", "deep").name, "Deeper");
    let audit = lib.request(&id("audit")).unwrap();
    assert_eq!((audit.name.as_str(), audit.revision), ("Audit", 1));
}

#[test]
fn rename_refuses_bad_names_and_missing_targets() {
    let mut lib = sample();
    assert_eq!(
        lib.rename(&id("users"), "", NOW).unwrap_err(),
        ModelError::EmptyName
    );
    assert_eq!(
        lib.rename(&id("nope"), "X", NOW).unwrap_err(),
        ModelError::NotFound("item".into())
    );
    assert_eq!(lib, sample());
}

#[test]
fn setting_variables_bumps_the_collection_revision_only_when_they_change() {
    let mut lib = sample();
    let vars = vec![Variable::new("base", "https://x")];
    lib.set_variables(&id("users"), vars.clone(), NOW + 1)
        .unwrap();
    lib.set_variables(&id("users"), vars.clone(), NOW + 2)
        .unwrap();
    let users = lib.collection(&id("users")).unwrap();
    assert_eq!(users.variables, vars);
    assert_eq!((users.revision, users.updated_ms), (1, NOW + 1));
}

#[test]
fn a_duplicate_is_named_copy_of_and_placed_right_after_the_original() {
    let mut lib = sample();
    lib.duplicate_request(&id("delete"), id("delete2"), NOW + 1)
        .unwrap();
    assert_eq!(
        ids(&folder(&lib, "users", "admin").items),
        ["delete", "delete2", "deep"]
    );
    let copy = lib.request(&id("delete2")).unwrap();
    assert_eq!(copy.name, "Copy of Delete user");
    assert_eq!(copy.request, lib.request(&id("delete")).unwrap().request);
    assert_eq!((copy.revision, copy.updated_ms), (0, NOW + 1));
}

#[test]
fn a_duplicate_of_a_long_name_stays_within_the_limit() {
    let mut lib = sample();
    lib.rename(&id("list"), &"n".repeat(200), NOW).unwrap();
    lib.duplicate_request(&id("list"), id("copy"), NOW).unwrap();
    assert_eq!(lib.request(&id("copy")).unwrap().name.chars().count(), 200);
}

#[test]
fn duplicating_a_folder_or_reusing_an_id_is_refused() {
    let mut lib = sample();
    assert!(lib.duplicate_request(&id("admin"), id("x"), NOW).is_err());
    assert_eq!(
        lib.duplicate_request(&id("list"), id("create"), NOW)
            .unwrap_err(),
        ModelError::DuplicateId
    );
    assert_eq!(lib, sample());
}

#[test]
fn a_request_moves_to_the_end_of_another_collections_folder() {
    let mut lib = sample();
    lib.create_folder(&id("billing"), None, id("old"), "Old")
        .unwrap();
    lib.move_item(&id("list"), &id("billing"), Some(&id("old")), NOW + 9)
        .unwrap();
    assert_eq!(ids(users(&lib)), ["admin", "create"]);
    assert_eq!(ids(&folder(&lib, "billing", "old").items), ["list"]);
    assert_eq!(request_path(&lib, &id("list")).unwrap().0, id("billing"));
    assert_eq!(lib.collection(&id("users")).unwrap().updated_ms, NOW + 9);
    assert_eq!(lib.collection(&id("billing")).unwrap().updated_ms, NOW + 9);
}

#[test]
fn a_folder_moves_with_everything_in_it() {
    let mut lib = sample();
    lib.move_item(&id("admin"), &id("billing"), None, NOW)
        .unwrap();
    assert_eq!(
        ids(&lib.collection(&id("billing")).unwrap().items),
        ["invoices", "admin"]
    );
    assert_eq!(
        request_path(&lib, &id("audit")),
        Some((id("billing"), vec!["Admin".to_string(), "Deep".to_string()]))
    );
    assert_eq!(lib.request_count(), 5);
}

#[test]
fn a_folder_cannot_move_into_itself_or_a_descendant() {
    let mut lib = sample();
    let users = id("users");
    for into in ["admin", "deep"] {
        assert_eq!(
            lib.move_item(&id("admin"), &users, Some(&id(into)), NOW)
                .unwrap_err(),
            ModelError::WouldNestInItself,
            "{into}"
        );
    }
    assert_eq!(lib, sample());
}

#[test]
fn a_folder_can_move_up_out_of_its_parent() {
    let mut lib = sample();
    lib.move_item(&id("deep"), &id("users"), None, NOW).unwrap();
    assert_eq!(ids(users(&lib)), ["list", "admin", "create", "deep"]);
}

#[test]
fn moving_a_collection_or_to_a_missing_place_changes_nothing() {
    let mut lib = sample();
    assert_eq!(
        lib.move_item(&id("billing"), &id("users"), None, NOW)
            .unwrap_err(),
        ModelError::CollectionCannotMove
    );
    assert_eq!(
        lib.move_item(&id("list"), &id("nope"), None, NOW)
            .unwrap_err(),
        ModelError::NotFound("collection".into())
    );
    assert_eq!(
        lib.move_item(&id("list"), &id("billing"), Some(&id("deep")), NOW)
            .unwrap_err(),
        ModelError::NotFound("folder".into())
    );
    assert_eq!(
        lib.move_item(&id("nope"), &id("billing"), None, NOW)
            .unwrap_err(),
        ModelError::NotFound("item".into())
    );
    assert_eq!(lib, sample());
}

#[test]
fn undoing_a_request_delete_restores_its_exact_position() {
    let mut lib = sample();
    let deleted = lib.delete(&id("delete")).unwrap();
    assert_eq!(ids(&folder(&lib, "users", "admin").items), ["deep"]);
    assert_eq!(
        (deleted.name(), deleted.request_count()),
        ("Delete user", 1)
    );
    lib.restore(deleted).unwrap();
    assert_eq!(lib, sample());
}

#[test]
fn undoing_a_folder_delete_brings_back_its_contents() {
    let mut lib = sample();
    let deleted = lib.delete(&id("admin")).unwrap();
    assert_eq!(deleted.request_count(), 2);
    assert_eq!(lib.request_count(), 3);
    lib.restore(deleted).unwrap();
    assert_eq!(lib, sample());
}

#[test]
fn undoing_a_collection_delete_puts_it_back_at_its_index() {
    let mut lib = sample();
    let deleted = lib.delete(&id("users")).unwrap();
    assert!(matches!(deleted, Deleted::Collection { index: 0, .. }));
    assert_eq!(lib.collections.len(), 1);
    lib.restore(deleted).unwrap();
    assert_eq!(lib, sample());
}

#[test]
fn undo_after_other_changes_clamps_the_position() {
    let mut lib = sample();
    let deleted = lib.delete(&id("create")).unwrap();
    lib.delete(&id("admin")).unwrap();
    lib.restore(deleted).unwrap();
    assert_eq!(ids(users(&lib)), ["list", "create"]);
}

#[test]
fn undo_into_a_since_deleted_folder_lands_at_the_collection_top_level() {
    let mut lib = sample();
    let audit = lib.delete(&id("audit")).unwrap();
    lib.delete(&id("deep")).unwrap();
    lib.restore(audit).unwrap();
    assert_eq!(ids(users(&lib)), ["list", "admin", "create", "audit"]);
}

#[test]
fn undo_into_a_since_deleted_collection_is_not_found() {
    let mut lib = sample();
    let invoices = lib.delete(&id("invoices")).unwrap();
    lib.delete(&id("billing")).unwrap();
    assert_eq!(
        lib.restore(invoices).unwrap_err(),
        ModelError::NotFound("collection".into())
    );
}

#[test]
fn restoring_twice_is_refused() {
    let mut lib = sample();
    let deleted = lib.delete(&id("admin")).unwrap();
    lib.restore(deleted.clone()).unwrap();
    assert_eq!(lib.restore(deleted).unwrap_err(), ModelError::DuplicateId);
    assert_eq!(lib, sample());
}

#[test]
fn deleting_something_missing_is_not_found() {
    assert_eq!(
        sample().delete(&id("nope")).unwrap_err(),
        ModelError::NotFound("item".into())
    );
}

#[test]
fn duplicated_ids_are_repaired_keeping_the_first() {
    let mut lib = sample();
    let copy = lib.collections[1].clone();
    lib.collections.push(copy);
    assert_eq!(lib.repair_duplicate_ids(), 2);
    assert_eq!(lib.collections[2].id, id("billing-2"));
    assert_eq!(ids(&lib.collections[2].items), ["invoices-2"]);
    assert_eq!(lib.collections[1], sample().collections[1]);
    assert_eq!(lib.repair_duplicate_ids(), 0);
}

#[test]
fn errors_read_as_sentences() {
    for e in [
        ModelError::EmptyName,
        ModelError::NameTooLong,
        ModelError::NotFound("folder".into()),
        ModelError::WouldNestInItself,
        ModelError::DuplicateId,
        ModelError::CollectionCannotMove,
    ] {
        let text = e.to_string();
        assert!(text.ends_with('.') && text.len() > 20, "{text}");
    }
    assert!(ModelError::NotFound("folder".into())
        .to_string()
        .starts_with("That folder could not be found"));
}

#[test]
fn a_revision_at_the_largest_number_stays_there_on_the_next_edit() {
    // A backup file may say anything; adding one to this panicked (found by core/fuzz).
    let mut lib = sample();
    let request = lib.collections[0]
        .items
        .iter_mut()
        .find_map(|item| match item {
            Item::Request(r) => Some(r),
            Item::Folder(_) => None,
        });
    let request = request.unwrap();
    request.revision = u64::MAX;
    let target = request.id.clone();
    lib.rename(&target, "Renamed", NOW).unwrap();
    assert_eq!(lib.request(&target).unwrap().revision, u64::MAX);
    lib.collections[0].revision = u64::MAX;
    lib.rename(&id("users"), "Renamed", NOW).unwrap();
    assert_eq!(lib.collections[0].revision, u64::MAX);
}
