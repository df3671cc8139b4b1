use super::support::*;
use crate::core::collections::{
    merge, resolve, resolve_property, Library, ModelError, PropertyChange, Side, Variable,
};

fn edited(lib: &Library, request: &str, url: &str) -> Library {
    let mut lib = lib.clone();
    lib.update_request(&id(request), draft("GET", url), NOW + 1)
        .unwrap();
    lib
}

fn url_of(lib: &Library, request: &str) -> String {
    lib.request(&id(request)).unwrap().request.url.clone()
}

fn top_ids(lib: &Library, collection: &str) -> Vec<String> {
    ids(&lib.collection(&id(collection)).unwrap().items)
        .into_iter()
        .map(String::from)
        .collect()
}

#[test]
fn nothing_changed_gives_the_base_back() {
    let m = merge(&sample(), &sample(), &sample());
    assert_eq!(m.library, sample());
    assert!(m.conflicts.is_empty() && m.property_conflicts.is_empty());
}

#[test]
fn an_edit_on_one_side_only_is_taken() {
    let base = sample();
    let changed = edited(&base, "list", "https://new");
    assert_eq!(merge(&base, &changed, &base).library, changed);
    assert_eq!(merge(&base, &base, &changed).library, changed);
}

#[test]
fn edits_to_different_requests_both_survive() {
    let base = sample();
    let ours = edited(&base, "list", "https://ours");
    let theirs = edited(&base, "audit", "https://theirs");
    let m = merge(&base, &ours, &theirs);
    assert_eq!(url_of(&m.library, "list"), "https://ours");
    assert_eq!(url_of(&m.library, "audit"), "https://theirs");
    assert!(m.conflicts.is_empty());
}

#[test]
fn the_same_edit_on_both_sides_is_not_a_conflict() {
    let base = sample();
    let ours = edited(&base, "list", "https://same");
    let mut theirs = edited(&base, "list", "https://same");
    theirs
        .update_request(&id("list"), draft("GET", "https://same"), NOW + 7)
        .unwrap();
    let m = merge(&base, &ours, &theirs);
    assert!(m.conflicts.is_empty());
    assert_eq!(url_of(&m.library, "list"), "https://same");
}

#[test]
fn different_edits_to_one_request_conflict_and_keep_ours_until_resolved() {
    let base = sample();
    let ours = edited(&base, "list", "https://ours");
    let theirs = edited(&base, "list", "https://theirs");
    let mut m = merge(&base, &ours, &theirs);
    assert_eq!(m.conflicts.len(), 1);
    let conflict = m.conflicts[0].clone();
    assert_eq!(
        (conflict.request.as_str(), conflict.name.as_str()),
        ("list", "List users")
    );
    assert_eq!(conflict.theirs.request.url, "https://theirs");
    assert_eq!(m.library, ours);

    resolve(&mut m.library, &conflict, Side::Ours).unwrap();
    assert_eq!(m.library, ours);
    resolve(&mut m.library, &conflict, Side::Theirs).unwrap();
    assert_eq!(url_of(&m.library, "list"), "https://theirs");
    assert_eq!(top_ids(&m.library, "users"), ["list", "admin", "create"]);
}

#[test]
fn resolving_a_request_deleted_since_is_not_found() {
    let base = sample();
    let m = merge(
        &base,
        &edited(&base, "list", "o"),
        &edited(&base, "list", "t"),
    );
    let mut lib = m.library.clone();
    lib.delete(&id("list")).unwrap();
    assert_eq!(
        resolve(&mut lib, &m.conflicts[0], Side::Theirs),
        Err(ModelError::NotFound("request".into()))
    );
}

#[test]
fn requests_added_on_either_side_are_kept_where_they_were_added() {
    let base = sample();
    let mut ours = base.clone();
    ours.save_new_request(&id("users"), None, id("ours1"), "O", draft("GET", "o"), NOW)
        .unwrap();
    let mut theirs = base.clone();
    theirs
        .save_new_request(
            &id("users"),
            Some(&id("admin")),
            id("theirs1"),
            "T",
            draft("GET", "t"),
            NOW,
        )
        .unwrap();
    let m = merge(&base, &ours, &theirs);
    assert_eq!(
        top_ids(&m.library, "users"),
        ["list", "admin", "create", "ours1"]
    );
    assert_eq!(
        ids(&folder(&m.library, "users", "admin").items),
        ["delete", "deep", "theirs1"]
    );
}

#[test]
fn an_untouched_request_deleted_on_one_side_is_deleted() {
    let base = sample();
    let mut deleted = base.clone();
    deleted.delete(&id("list")).unwrap();
    assert_eq!(merge(&base, &deleted, &base).library, deleted);
    assert_eq!(merge(&base, &base, &deleted).library, deleted);
}

#[test]
fn a_request_deleted_on_one_side_but_edited_on_the_other_is_kept() {
    let base = sample();
    let mut deleted = base.clone();
    deleted.delete(&id("list")).unwrap();
    let changed = edited(&base, "list", "https://keep-me");
    for m in [
        merge(&base, &deleted, &changed),
        merge(&base, &changed, &deleted),
    ] {
        assert_eq!(url_of(&m.library, "list"), "https://keep-me");
        assert_eq!(top_ids(&m.library, "users"), ["list", "admin", "create"]);
        assert!(m.conflicts.is_empty());
    }
}

#[test]
fn a_deleted_folder_stays_to_hold_a_request_edited_on_the_other_side() {
    let base = sample();
    let mut theirs = base.clone();
    theirs.delete(&id("admin")).unwrap();
    let ours = edited(&base, "audit", "https://edited");
    let m = merge(&base, &ours, &theirs);
    assert_eq!(ids(&folder(&m.library, "users", "admin").items), ["deep"]);
    assert_eq!(url_of(&m.library, "audit"), "https://edited");
    assert!(m.library.request(&id("delete")).is_none());
}

#[test]
fn a_move_on_one_side_keeps_the_other_sides_edit() {
    let base = sample();
    let mut theirs = base.clone();
    theirs
        .move_item(&id("list"), &id("billing"), None, NOW)
        .unwrap();
    let ours = edited(&base, "list", "https://ours");
    let m = merge(&base, &ours, &theirs);
    assert_eq!(top_ids(&m.library, "billing"), ["invoices", "list"]);
    assert_eq!(top_ids(&m.library, "users"), ["admin", "create"]);
    assert_eq!(url_of(&m.library, "list"), "https://ours");
}

#[test]
fn when_both_sides_rearrange_ours_wins_and_nothing_is_lost() {
    let base = sample();
    let mut ours = base.clone();
    ours.move_item(&id("list"), &id("billing"), None, NOW)
        .unwrap();
    let mut theirs = base.clone();
    theirs
        .move_item(&id("create"), &id("users"), Some(&id("admin")), NOW)
        .unwrap();
    theirs
        .save_new_request(&id("billing"), None, id("t1"), "T", draft("GET", ""), NOW)
        .unwrap();
    let m = merge(&base, &ours, &theirs);
    // Their move is lost (documented); their new request is not.
    assert_eq!(top_ids(&m.library, "users"), ["admin", "create"]);
    assert_eq!(top_ids(&m.library, "billing"), ["invoices", "t1", "list"]);
    assert_eq!(m.library.request_count(), 6);
}

#[test]
fn a_rename_on_one_side_and_variables_on_the_other_both_apply() {
    let base = sample();
    let mut ours = base.clone();
    ours.rename(&id("users"), "People", NOW + 1).unwrap();
    let mut theirs = base.clone();
    let vars = vec![Variable::new("base", "https://x")];
    theirs
        .set_variables(&id("users"), vars.clone(), NOW + 2)
        .unwrap();
    let m = merge(&base, &ours, &theirs);
    let users = m.library.collection(&id("users")).unwrap();
    assert_eq!((users.name.as_str(), &users.variables), ("People", &vars));
    assert_eq!((users.revision, users.updated_ms), (1, NOW + 2));
    assert!(m.property_conflicts.is_empty());
}

#[test]
fn different_renames_of_a_collection_conflict_and_keep_ours() {
    let base = sample();
    let mut ours = base.clone();
    ours.rename(&id("users"), "People", NOW).unwrap();
    let mut theirs = base.clone();
    theirs.rename(&id("users"), "Accounts", NOW).unwrap();
    let mut m = merge(&base, &ours, &theirs);
    assert_eq!(m.library.collection(&id("users")).unwrap().name, "People");
    let conflict = m.property_conflicts[0].clone();
    assert_eq!(
        conflict.change,
        PropertyChange::Name {
            ours: "People".into(),
            theirs: "Accounts".into()
        }
    );
    resolve_property(&mut m.library, &conflict, Side::Theirs).unwrap();
    assert_eq!(m.library.collection(&id("users")).unwrap().name, "Accounts");
}

#[test]
fn different_variables_conflict_and_can_take_theirs() {
    let base = sample();
    let var = |v: &str| vec![Variable::new("k", v)];
    let mut ours = base.clone();
    ours.set_variables(&id("billing"), var("o"), NOW).unwrap();
    let mut theirs = base.clone();
    theirs.set_variables(&id("billing"), var("t"), NOW).unwrap();
    let mut m = merge(&base, &ours, &theirs);
    let conflict = m.property_conflicts[0].clone();
    assert_eq!(conflict.name, "Billing");
    resolve_property(&mut m.library, &conflict, Side::Theirs).unwrap();
    assert_eq!(
        m.library.collection(&id("billing")).unwrap().variables,
        var("t")
    );
}

#[test]
fn folder_renames_merge_and_conflict_like_collection_names() {
    let base = sample();
    let mut ours = base.clone();
    ours.rename(&id("admin"), "Admins", NOW).unwrap();
    let mut theirs = base.clone();
    theirs.rename(&id("deep"), "Deeper", NOW).unwrap();
    let m = merge(&base, &ours, &theirs);
    assert_eq!(folder(&m.library, "users", "admin").name, "Admins");
    assert_eq!(folder(&m.library, "users", "deep").name, "Deeper");

    theirs.rename(&id("admin"), "Staff", NOW).unwrap();
    let mut m = merge(&base, &ours, &theirs);
    assert_eq!(folder(&m.library, "users", "admin").name, "Admins");
    let conflict = m.property_conflicts[0].clone();
    assert_eq!(conflict.target, id("admin"));
    resolve_property(&mut m.library, &conflict, Side::Theirs).unwrap();
    assert_eq!(folder(&m.library, "users", "admin").name, "Staff");
}

#[test]
fn an_untouched_collection_deleted_on_one_side_is_deleted() {
    let base = sample();
    let mut deleted = base.clone();
    deleted.delete(&id("billing")).unwrap();
    assert_eq!(merge(&base, &base, &deleted).library, deleted);
    assert_eq!(merge(&base, &deleted, &base).library, deleted);
}

#[test]
fn a_deleted_collection_stays_if_the_other_side_changed_it() {
    let base = sample();
    let mut deleted = base.clone();
    deleted.delete(&id("billing")).unwrap();
    let edited_inside = edited(&base, "invoices", "https://kept");
    let m = merge(&base, &deleted, &edited_inside);
    assert_eq!(url_of(&m.library, "invoices"), "https://kept");
    let mut renamed = base.clone();
    renamed.rename(&id("billing"), "Money", NOW).unwrap();
    let m = merge(&base, &renamed, &deleted);
    assert_eq!(m.library.collection(&id("billing")).unwrap().name, "Money");
}

#[test]
fn collections_added_on_both_sides_are_all_kept_in_order() {
    let base = sample();
    let mut ours = base.clone();
    ours.create_collection(id("o"), "O", NOW).unwrap();
    let mut theirs = base.clone();
    theirs.create_collection(id("t"), "T", NOW).unwrap();
    let m = merge(&base, &ours, &theirs);
    let order: Vec<_> = m
        .library
        .collections
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(order, ["users", "billing", "t", "o"]);
}
