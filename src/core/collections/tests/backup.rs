use std::collections::BTreeSet;

use super::support::*;
use crate::core::collections::{
    apply_import, export_backup, import_backup, plan_import, ClashChoice, Id, ImportError, Library,
};

const V1_FIXTURE: &str = include_str!("../../../../tests/fixtures/library-v1.json");

/// Ids handed out in order: "new0", "new1"…
fn counter() -> impl FnMut() -> Id {
    let mut n = 0;
    move || {
        n += 1;
        id(&format!("new{n}"))
    }
}

fn all_ids(lib: &Library) -> Vec<Id> {
    let mut ids = Vec::new();
    lib.for_each_id(&mut |i| ids.push(i.clone()));
    ids
}

fn assert_unique(lib: &Library) {
    let ids = all_ids(lib);
    let set: BTreeSet<_> = ids.iter().collect();
    assert_eq!(set.len(), ids.len(), "duplicate ids in {ids:?}");
}

#[test]
fn an_exported_backup_imports_as_the_same_library() {
    let text = export_backup(&sample(), NOW, true);
    assert!(
        text.contains("\n  \"version\": 2,"),
        "pretty, versioned: {text}"
    );
    assert_eq!(import_backup(&text).unwrap(), sample());
}

#[test]
fn the_v1_fixture_imports() {
    assert_eq!(import_backup(V1_FIXTURE).unwrap().request_count(), 4);
}

#[test]
fn an_empty_file_is_refused() {
    assert_eq!(import_backup("  "), Err(ImportError::Empty));
}

#[test]
fn a_file_that_is_not_ours_is_refused_with_the_reason() {
    let err = import_backup(r#"{"info":{"name":"Postman thing"},"item":[]}"#).unwrap_err();
    let text = err.to_string();
    assert!(
        text.starts_with("The file could not be read: the text has no version number"),
        "{text}"
    );
    assert!(text.ends_with("(a .json file)."), "{text}");
    assert!(matches!(
        import_backup("nope"),
        Err(ImportError::Unreadable(_))
    ));
}

#[test]
fn a_backup_from_a_newer_app_is_refused_with_an_explanation() {
    let text = export_backup(&sample(), NOW, true).replacen("\"version\": 2", "\"version\": 3", 1);
    let err = import_backup(&text).unwrap_err();
    assert_eq!(err, ImportError::TooNew { version: 3 });
    assert!(err.to_string().contains("newer version of this app"));
}

#[test]
fn the_plan_lists_collections_already_present() {
    let mut incoming = sample();
    incoming.collections[1].name = "Billing (theirs)".into();
    incoming
        .create_collection(id("fresh"), "Fresh", NOW)
        .unwrap();
    let mut existing = sample();
    existing.delete(&id("users")).unwrap();
    let plan = plan_import(&existing, incoming);
    assert_eq!(plan.new_collections.len(), 3);
    assert_eq!(
        plan.clashes,
        vec![(id("billing"), "Billing (theirs)".to_string())]
    );
}

#[test]
fn keep_both_adds_a_copy_with_fresh_ids() {
    let mut lib = sample();
    let plan = plan_import(&lib, sample());
    assert_eq!(plan.clashes.len(), 2);
    apply_import(&mut lib, plan, ClashChoice::KeepBoth, &mut counter());
    assert_eq!(lib.collections.len(), 4);
    assert_eq!(lib.request_count(), 10);
    assert_eq!(lib.collections[..2], sample().collections[..]);
    assert_eq!(lib.collections[2].name, "Users API");
    assert_eq!(lib.collections[2].id, id("new1"));
    assert_unique(&lib);
}

#[test]
fn replace_puts_the_incoming_collection_in_the_old_ones_place() {
    let mut lib = sample();
    let mut incoming = sample();
    incoming.collections.remove(1);
    incoming.rename(&id("users"), "Users v2", NOW).unwrap();
    let plan = plan_import(&lib, incoming);
    apply_import(&mut lib, plan, ClashChoice::Replace, &mut counter());
    assert_eq!(lib.collections[0].name, "Users v2");
    assert_eq!(lib.collections[0].items, sample().collections[0].items);
    assert_eq!(lib.collections.len(), 2);
    assert_unique(&lib);
}

#[test]
fn skip_leaves_the_existing_collection_and_adds_the_rest() {
    let mut lib = sample();
    let mut incoming = sample();
    incoming.rename(&id("users"), "Changed", NOW).unwrap();
    incoming
        .create_collection(id("fresh"), "Fresh", NOW)
        .unwrap();
    let plan = plan_import(&lib, incoming);
    apply_import(&mut lib, plan, ClashChoice::Skip, &mut counter());
    assert_eq!(lib.collections[0].name, "Users API");
    assert_eq!(lib.collections.len(), 3);
    assert_eq!(lib.collections[2].id, id("fresh"));
}

#[test]
fn clashing_ids_inside_a_new_collection_get_fresh_ones() {
    let mut lib = sample();
    let mut incoming = Library::default();
    incoming
        .create_collection(id("other"), "Other", NOW)
        .unwrap();
    incoming
        .create_folder(&id("other"), None, id("admin"), "A")
        .unwrap();
    incoming
        .save_new_request(
            &id("other"),
            Some(&id("admin")),
            id("list"),
            "L",
            draft("GET", ""),
            NOW,
        )
        .unwrap();
    let plan = plan_import(&lib, incoming);
    assert!(plan.clashes.is_empty());
    apply_import(&mut lib, plan, ClashChoice::Skip, &mut counter());
    assert_unique(&lib);
    assert_eq!(
        request_path(&lib, &id("new2")),
        Some((id("other"), vec!["A".into()]))
    );
    assert_eq!(lib.request(&id("list")).unwrap().name, "List users");
}

#[test]
fn a_generator_that_repeats_itself_still_gives_unique_ids() {
    let mut lib = sample();
    let plan = plan_import(&lib, sample());
    apply_import(&mut lib, plan, ClashChoice::KeepBoth, &mut || id("same"));
    assert_eq!(lib.request_count(), 10);
    assert_unique(&lib);
}
