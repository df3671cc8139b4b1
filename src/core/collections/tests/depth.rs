//! The cap on folder nesting: every change that adds depth is refused past
//! it, a library at the cap reads back, and a merge lifts what would pass it.

use super::support::*;
use crate::core::collections::depth::{depth_of, folder_depth, library_depth, lift_too_deep};
use crate::core::collections::{
    export_backup, import_backup, load, merge, serialize, FileTooDeep, ImportError, Item, Library,
    Loaded, ModelError, MAX_FOLDER_DEPTH,
};
use crate::core::test_support::nested_collection;

/// A library of one collection `depth` folders deep.
fn nested(depth: usize) -> Library {
    Library {
        collections: vec![nested_collection(depth)],
        ..Library::default()
    }
}

fn too_deep(depth: usize) -> ModelError {
    ModelError::TooDeep {
        limit: MAX_FOLDER_DEPTH,
        depth,
    }
}

/// Adds folders `name1`, `name2`… one inside the other, under `parent`.
fn chain(lib: &mut Library, parent: Option<&str>, name: &str, count: usize) {
    let mut parent = parent.map(id);
    for level in 1..=count {
        let folder = id(&format!("{name}{level}"));
        lib.create_folder(&id("nested"), parent.as_ref(), folder.clone(), name)
            .unwrap();
        parent = Some(folder);
    }
}

fn empty_collection() -> Library {
    let mut lib = Library::default();
    lib.create_collection(id("nested"), "Nested", NOW).unwrap();
    lib
}

fn folder_count(items: &[Item]) -> usize {
    items
        .iter()
        .map(|item| match item {
            Item::Folder(f) => 1 + folder_count(&f.items),
            Item::Request(_) => 0,
        })
        .sum()
}

#[test]
fn depth_counts_folders_one_inside_another() {
    let lib = nested(3);
    let items = &lib.collections[0].items;
    assert_eq!(folder_depth(items), 3);
    assert_eq!(depth_of(items, &id("f1")), Some(1));
    assert_eq!(depth_of(items, &id("f3")), Some(3));
    assert_eq!(depth_of(items, &id("deepest")), None);
    assert_eq!(library_depth(&sample()), 2);
    assert_eq!(library_depth(&Library::default()), 0);
}

#[test]
fn folders_can_be_created_up_to_the_cap_and_no_deeper() {
    let mut lib = empty_collection();
    chain(&mut lib, None, "f", MAX_FOLDER_DEPTH);
    let before = lib.clone();
    let refused = lib
        .create_folder(&id("nested"), Some(&id("f32")), id("f33"), "One more")
        .unwrap_err();
    assert_eq!(refused, too_deep(33));
    assert_eq!(
        refused.to_string(),
        "Folders can be nested at most 32 deep; this would make it 33."
    );
    assert_eq!(lib, before);
}

#[test]
fn a_library_at_the_cap_reads_back_from_its_stored_document() {
    let lib = nested(MAX_FOLDER_DEPTH);
    assert_eq!(
        load(Some(&serialize(&lib, NOW))),
        Loaded::Current(lib.clone())
    );
    assert_eq!(import_backup(&export_backup(&lib, NOW, true)), Ok(lib));
}

#[test]
fn a_stored_library_past_the_cap_still_loads() {
    // Made before the cap existed: refusing it would lose the user's data.
    let lib = nested(50);
    assert_eq!(load(Some(&serialize(&lib, NOW))), Loaded::Current(lib));
}

#[test]
fn a_folder_moves_only_where_its_own_folders_still_fit() {
    let mut lib = empty_collection();
    chain(&mut lib, None, "f", 30);
    chain(&mut lib, None, "m", 3);
    let before = lib.clone();
    // m1 holds two more levels: under f30 it would reach 33.
    let refused = lib.move_item(&id("m1"), &id("nested"), Some(&id("f30")), NOW);
    assert_eq!(refused, Err(too_deep(33)));
    assert_eq!(lib, before);
    lib.move_item(&id("m1"), &id("nested"), Some(&id("f29")), NOW)
        .unwrap();
    assert_eq!(library_depth(&lib), MAX_FOLDER_DEPTH);
}

#[test]
fn a_request_moves_into_the_deepest_folder() {
    let mut lib = empty_collection();
    chain(&mut lib, None, "f", MAX_FOLDER_DEPTH);
    lib.save_new_request(&id("nested"), None, id("r"), "R", draft("GET", "/"), NOW)
        .unwrap();
    lib.move_item(&id("r"), &id("nested"), Some(&id("f32")), NOW)
        .unwrap();
    assert_eq!(
        request_path(&lib, &id("r")).map(|(_, path)| path.len()),
        Some(32)
    );
}

#[test]
fn undoing_a_delete_is_refused_when_its_folder_has_since_moved_too_deep() {
    let mut lib = empty_collection();
    chain(&mut lib, None, "f", 30);
    chain(&mut lib, None, "a", 1);
    chain(&mut lib, Some("a1"), "x", 3);
    let deleted = lib.delete(&id("x1")).unwrap();
    // a1 moves to depth 31; x1 with its two levels would come back at 32 to 34.
    lib.move_item(&id("a1"), &id("nested"), Some(&id("f30")), NOW)
        .unwrap();
    let before = lib.clone();
    assert_eq!(lib.restore(deleted.clone()), Err(too_deep(34)));
    assert_eq!(lib, before);
    lib.move_item(&id("a1"), &id("nested"), None, NOW).unwrap();
    lib.restore(deleted).unwrap();
    assert_eq!(depth_of(&lib.collections[0].items, &id("x3")), Some(4));
}

#[test]
fn a_backup_past_the_cap_is_refused_with_its_depth() {
    let error = import_backup(&export_backup(&nested(33), NOW, true)).unwrap_err();
    assert_eq!(error, ImportError::TooDeep(FileTooDeep { depth: Some(33) }));
    let message = error.to_string();
    assert!(message.contains("nested 33 deep"), "{message}");
    assert!(message.contains("at most 32 deep"), "{message}");
}

#[test]
fn folders_past_the_cap_are_lifted_keeping_every_folder_and_request() {
    let mut items = nested(40).collections.remove(0).items;
    lift_too_deep(&mut items);
    assert_eq!(folder_depth(&items), MAX_FOLDER_DEPTH);
    assert_eq!(folder_count(&items), 40);
    assert_eq!(depth_of(&items, &id("f40")), Some(32));
    let lib = Library {
        collections: vec![crate::core::collections::Collection {
            items,
            ..nested_collection(0)
        }],
        ..Library::default()
    };
    assert_eq!(
        request_path(&lib, &id("deepest")).map(|(_, path)| path.len()),
        Some(32)
    );
}

#[test]
fn a_merge_that_would_nest_past_the_cap_lifts_the_deepest_folders() {
    let mut base = empty_collection();
    chain(&mut base, None, "f", 16);
    chain(&mut base, None, "p", 1);
    // Ours moves p1 under f16 (depth 17); theirs puts 16 folders inside p1.
    let mut ours = base.clone();
    ours.move_item(&id("p1"), &id("nested"), Some(&id("f16")), NOW)
        .unwrap();
    let mut theirs = base.clone();
    chain(&mut theirs, Some("p1"), "q", 16);
    let merged = merge(&base, &ours, &theirs).library;
    assert_eq!(library_depth(&merged), MAX_FOLDER_DEPTH);
    assert_eq!(folder_count(&merged.collections[0].items), 33);
    assert_eq!(
        load(Some(&serialize(&merged, NOW))),
        Loaded::Current(merged)
    );
}
