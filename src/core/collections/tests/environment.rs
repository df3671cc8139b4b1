use super::support::*;
use crate::core::collections::{
    apply_import, export_backup, import_backup, load, merge, plan_import, serialize, ClashChoice,
    Deleted, Library, Loaded, ModelError, Variable,
};

fn secret(key: &str, value: &str) -> Variable {
    Variable {
        secret: true,
        ..Variable::new(key, value)
    }
}

/// `sample()` with environments "Staging" (active) and "Production".
fn with_environments() -> Library {
    let mut lib = sample();
    lib.create_environment(id("staging"), " Staging ").unwrap();
    lib.create_environment(id("prod"), "Production").unwrap();
    lib.set_environment_variables(&id("staging"), vec![Variable::new("base", "https://stg")])
        .unwrap();
    lib.choose_environment(Some(&id("staging"))).unwrap();
    lib
}

fn names(lib: &Library) -> Vec<&str> {
    lib.environments.iter().map(|e| e.name.as_str()).collect()
}

#[test]
fn environments_are_created_with_trimmed_names_that_are_unique_ignoring_case() {
    let mut lib = with_environments();
    assert_eq!(names(&lib), ["Staging", "Production"]);
    let before = lib.clone();
    assert_eq!(
        lib.create_environment(id("again"), "  staging")
            .unwrap_err(),
        ModelError::EnvironmentNameTaken("staging".into())
    );
    assert_eq!(
        lib.create_environment(id("blank"), " ").unwrap_err(),
        ModelError::EmptyName
    );
    assert_eq!(lib, before);
}

#[test]
fn environments_share_the_id_space_with_collections_and_requests() {
    let mut lib = with_environments();
    assert_eq!(
        lib.create_environment(id("users"), "Dev").unwrap_err(),
        ModelError::DuplicateId
    );
    assert_eq!(
        lib.create_collection(id("prod"), "X", NOW).unwrap_err(),
        ModelError::DuplicateId
    );
    assert!(lib.contains_id(&id("staging")));
}

#[test]
fn renaming_refuses_another_environments_name_but_not_its_own() {
    let mut lib = with_environments();
    lib.rename_environment(&id("staging"), "STAGING").unwrap();
    assert_eq!(names(&lib), ["STAGING", "Production"]);
    assert_eq!(
        lib.rename_environment(&id("prod"), "staging").unwrap_err(),
        ModelError::EnvironmentNameTaken("staging".into())
    );
    assert_eq!(
        lib.rename_environment(&id("nope"), "X").unwrap_err(),
        ModelError::NotFound("environment".into())
    );
}

#[test]
fn the_name_taken_message_names_it_and_says_what_to_do() {
    let message = ModelError::EnvironmentNameTaken("Staging".into()).to_string();
    assert!(message.contains("“Staging”"), "{message}");
    assert!(message.contains("Choose another name"), "{message}");
}

#[test]
fn choosing_an_environment_that_is_not_there_changes_nothing() {
    let mut lib = with_environments();
    assert_eq!(
        lib.choose_environment(Some(&id("users"))).unwrap_err(),
        ModelError::NotFound("environment".into())
    );
    assert_eq!(lib.active().map(|e| e.name.as_str()), Some("Staging"));
    lib.choose_environment(None).unwrap();
    assert_eq!(lib.active(), None);
}

#[test]
fn deleting_the_active_environment_leaves_none_active_and_undo_restores_both() {
    let mut lib = with_environments();
    let before = lib.clone();
    let deleted = lib.delete_environment(&id("staging")).unwrap();
    assert!(matches!(
        deleted,
        Deleted::Environment {
            was_active: true,
            ..
        }
    ));
    assert_eq!((deleted.name(), deleted.request_count()), ("Staging", 0));
    assert_eq!(names(&lib), ["Production"]);
    assert_eq!(lib.active_environment, None);
    lib.restore(deleted).unwrap();
    assert_eq!(lib, before);
}

#[test]
fn deleting_another_environment_keeps_the_active_one() {
    let mut lib = with_environments();
    lib.delete_environment(&id("prod")).unwrap();
    assert_eq!(lib.active_environment, Some(id("staging")));
    assert_eq!(
        lib.delete_environment(&id("prod")).unwrap_err(),
        ModelError::NotFound("environment".into())
    );
}

#[test]
fn undo_is_refused_when_the_name_was_taken_meanwhile() {
    let mut lib = with_environments();
    let deleted = lib.delete_environment(&id("prod")).unwrap();
    lib.create_environment(id("prod2"), "production").unwrap();
    let before = lib.clone();
    assert_eq!(
        lib.restore(deleted).unwrap_err(),
        ModelError::EnvironmentNameTaken("Production".into())
    );
    assert_eq!(lib, before);
}

#[test]
fn the_active_environment_wins_over_the_collection_and_serves_loose_requests() {
    let mut lib = with_environments();
    lib.set_variables(
        &id("users"),
        vec![
            Variable::new("base", "https://coll"),
            Variable::new("v", "1"),
        ],
        NOW,
    )
    .unwrap();
    let scope = lib.variable_scope(Some(&id("users")));
    assert_eq!(scope.collection.map(|(name, _)| name), Some("Users API"));
    assert_eq!(scope.environment.map(|(name, _)| name), Some("Staging"));
    assert_eq!(
        scope.variables(),
        [
            Variable::new("base", "https://stg"),
            Variable::new("v", "1")
        ]
    );
    let loose = lib.variable_scope(None);
    assert_eq!(loose.collection, None);
    assert_eq!(loose.variables(), [Variable::new("base", "https://stg")]);
    lib.choose_environment(None).unwrap();
    assert_eq!(lib.variable_scope(None).variables(), []);
}

#[test]
fn duplicate_environment_ids_are_repaired_and_the_active_one_stays_active() {
    let mut lib = with_environments();
    lib.environments[1].id = id("users");
    lib.environments.push(lib.environments[0].clone());
    lib.environments[2].name = "Copy".into();
    assert_eq!(lib.repair_duplicate_ids(), 2);
    let ids: Vec<&str> = lib.environments.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["staging", "users-2", "staging-2"]);
    assert_eq!(lib.active().map(|e| e.name.as_str()), Some("Staging"));
}

#[test]
fn an_active_environment_that_is_missing_is_dropped_on_repair() {
    let mut lib = with_environments();
    lib.active_environment = Some(id("gone"));
    lib.repair_duplicate_ids();
    assert_eq!(lib.active_environment, None);
}

#[test]
fn a_library_without_environments_is_stored_exactly_as_before() {
    let text = serialize(&sample(), NOW);
    assert!(!text.contains("environments"), "{text}");
    assert!(!text.contains("active_environment"), "{text}");
    assert!(!text.contains("secret"), "{text}");
}

#[test]
fn environments_secrets_and_the_active_choice_survive_storage() {
    let mut lib = with_environments();
    lib.set_environment_variables(&id("prod"), vec![secret("token", "s3cr3t")])
        .unwrap();
    lib.set_variables(&id("users"), vec![secret("key", "k3y")], NOW)
        .unwrap();
    // The stored text is also what the automatic backups copy, so they keep secrets.
    match load(Some(&serialize(&lib, NOW))) {
        Loaded::Current(loaded) => assert_eq!(loaded, lib),
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_exported_backup_leaves_secret_values_out_unless_asked() {
    let mut lib = with_environments();
    lib.set_environment_variables(&id("prod"), vec![secret("token", "s3cr3t")])
        .unwrap();
    lib.set_variables(&id("users"), vec![secret("key", "k3y")], NOW)
        .unwrap();
    let stripped = export_backup(&lib, NOW, false);
    assert!(
        !stripped.contains("s3cr3t") && !stripped.contains("k3y"),
        "{stripped}"
    );
    let back = import_backup(&stripped).unwrap();
    let prod = back.environment(&id("prod")).unwrap();
    assert_eq!(prod.variables, [secret("token", "")]);
    let users = back.collection(&id("users")).unwrap();
    assert_eq!(users.variables, [secret("key", "")]);
    assert_eq!(import_backup(&export_backup(&lib, NOW, true)).unwrap(), lib);
}

#[test]
fn merging_keeps_environments_added_or_changed_on_either_side() {
    let base = with_environments();
    let mut ours = base.clone();
    ours.create_environment(id("dev"), "Dev").unwrap();
    let mut theirs = base.clone();
    theirs
        .set_environment_variables(&id("prod"), vec![Variable::new("base", "https://prod")])
        .unwrap();
    theirs.create_environment(id("qa"), "QA").unwrap();
    let merged = merge(&base, &ours, &theirs).library;
    assert_eq!(names(&merged), ["Staging", "Production", "Dev", "QA"]);
    assert_eq!(
        merged.environment(&id("prod")).unwrap().variables,
        [Variable::new("base", "https://prod")]
    );
    assert_eq!(merged.active_environment, Some(id("staging")));
}

#[test]
fn merging_a_delete_on_one_side_drops_the_environment_and_its_active_choice() {
    let base = with_environments();
    let ours = base.clone();
    let mut theirs = base.clone();
    theirs.delete_environment(&id("staging")).unwrap();
    let merged = merge(&base, &ours, &theirs).library;
    assert_eq!(names(&merged), ["Production"]);
    assert_eq!(merged.active_environment, None);
}

#[test]
fn merging_a_delete_against_a_change_keeps_the_changed_environment() {
    let base = with_environments();
    let mut ours = base.clone();
    ours.rename_environment(&id("prod"), "Live").unwrap();
    let mut theirs = base.clone();
    theirs.delete_environment(&id("prod")).unwrap();
    theirs.choose_environment(None).unwrap();
    let merged = merge(&base, &ours, &theirs).library;
    assert_eq!(names(&merged), ["Staging", "Live"]);
    assert_eq!(merged.active_environment, None, "theirs changed the choice");
}

fn import_into(existing: &mut Library, incoming: Library, choice: ClashChoice) {
    let plan = plan_import(existing, incoming);
    let mut n = 0;
    apply_import(existing, plan, choice, &mut || {
        n += 1;
        id(&format!("fresh{n}"))
    });
}

#[test]
fn importing_a_backup_brings_its_environments_but_not_its_active_choice() {
    let mut lib = Library::default();
    import_into(&mut lib, with_environments(), ClashChoice::Skip);
    assert_eq!(names(&lib), ["Staging", "Production"]);
    assert_eq!(lib.active_environment, None);
    let before = lib.clone();
    import_into(&mut lib, with_environments(), ClashChoice::KeepBoth);
    assert_eq!(
        lib.environments, before.environments,
        "same ones: not doubled"
    );
}

#[test]
fn an_imported_environment_with_a_taken_name_is_renamed() {
    let mut lib = Library::default();
    lib.create_environment(id("mine"), "staging").unwrap();
    import_into(&mut lib, with_environments(), ClashChoice::Skip);
    assert_eq!(names(&lib), ["staging", "Staging (2)", "Production"]);
}

#[test]
fn a_changed_environment_with_the_same_id_follows_the_clash_choice() {
    let mut changed = with_environments();
    changed
        .set_environment_variables(&id("prod"), vec![Variable::new("base", "new")])
        .unwrap();
    let prod = |lib: &Library| lib.environment(&id("prod")).unwrap().variables.clone();

    let mut skipped = with_environments();
    import_into(&mut skipped, changed.clone(), ClashChoice::Skip);
    assert_eq!(prod(&skipped), []);

    let mut replaced = with_environments();
    import_into(&mut replaced, changed.clone(), ClashChoice::Replace);
    assert_eq!(prod(&replaced), [Variable::new("base", "new")]);
    assert_eq!(names(&replaced), ["Staging", "Production"]);

    let mut both = with_environments();
    import_into(&mut both, changed, ClashChoice::KeepBoth);
    assert_eq!(names(&both), ["Staging", "Production", "Production (2)"]);
    assert_eq!(prod(&both), []);
    let ids: Vec<&str> = both.environments.iter().map(|e| e.id.as_str()).collect();
    assert!(ids[2].starts_with("fresh"), "{ids:?}");
}
