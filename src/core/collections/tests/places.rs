use super::support::{id, sample};

#[test]
fn folders_are_listed_depth_first_with_their_paths() {
    let places = sample().folder_places(&id("users"));
    let listed: Vec<(&str, &str)> = places
        .iter()
        .map(|p| (p.id.as_str(), p.path.as_str()))
        .collect();
    assert_eq!(listed, vec![("admin", "Admin"), ("deep", "Admin › Deep")]);
}

#[test]
fn a_collection_without_folders_or_an_unknown_one_has_no_places() {
    assert!(sample().folder_places(&id("billing")).is_empty());
    assert!(sample().folder_places(&id("nothere")).is_empty());
}

#[test]
fn a_collection_is_found_by_its_typed_name() {
    let lib = sample();
    assert_eq!(
        lib.collection_named("  Billing ").map(|c| c.id.as_str()),
        Some("billing")
    );
    assert!(lib.collection_named("billing").is_none());
}
