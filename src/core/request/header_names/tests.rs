use super::*;
use crate::core::request::headers::{HeaderFate, HeaderRow};

#[test]
fn every_suggestion_is_a_header_the_browser_sends() {
    for name in COMMON {
        let fate = HeaderRow::new(*name, "x").check();
        assert!(matches!(fate, HeaderFate::Sent { .. }), "{name}: {fate:?}");
    }
}

#[test]
fn suggestions_are_distinct_ignoring_case() {
    let mut seen: Vec<String> = COMMON.iter().map(|n| n.to_ascii_lowercase()).collect();
    seen.sort();
    seen.dedup();
    assert_eq!(seen.len(), COMMON.len());
}

#[test]
fn a_prefix_finds_names_that_start_with_it_ignoring_case() {
    assert_eq!(suggest("acc"), vec!["Accept", "Accept-Language"]);
    assert_eq!(suggest("AUTH"), vec!["Authorization"]);
}

#[test]
fn a_later_word_is_found_after_the_prefixes() {
    assert_eq!(suggest("type"), vec!["Content-Type"]);
    let found = suggest("con");
    assert_eq!(
        &found[..4],
        [
            "Content-Type",
            "Content-Language",
            "Content-Encoding",
            "Content-Disposition"
        ]
    );
    assert_eq!(
        found[4], "Cache-Control",
        "a later word comes after every prefix match"
    );
}

#[test]
fn no_more_than_the_limit_is_offered() {
    assert_eq!(suggest("x").len(), LIMIT);
    assert_eq!(suggest("x")[0], "X-API-Key");
}

#[test]
fn nothing_is_offered_for_an_empty_box_a_complete_name_or_no_match() {
    assert!(suggest("").is_empty());
    assert!(suggest("   ").is_empty());
    assert!(suggest("content-type").is_empty());
    assert!(suggest("zzz").is_empty());
}

#[test]
fn surrounding_spaces_are_ignored() {
    assert_eq!(suggest("  if-m "), vec!["If-Match", "If-Modified-Since"]);
}
