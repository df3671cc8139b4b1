use super::support::*;
use crate::core::collections::{
    load_history, serialize_history, History, HistoryEntry, Id, HISTORY_LIMIT,
};

fn entry(n: u64) -> HistoryEntry {
    HistoryEntry {
        id: Id::from_random(n),
        request: draft("GET", &format!("https://api.example.com/{n}")),
        status: Some(404),
        outcome: "404 Not Found".into(),
        sent_ms: NOW + n,
        elapsed_ms: 120,
    }
}

fn history(n: u64) -> History {
    let mut h = History::default();
    (0..n).for_each(|i| h.push(entry(i)));
    h
}

#[test]
fn the_newest_entry_comes_first() {
    let h = history(3);
    let sent: Vec<u64> = h.entries.iter().map(|e| e.sent_ms - NOW).collect();
    assert_eq!(sent, [2, 1, 0]);
}

#[test]
fn history_keeps_only_the_newest_hundred() {
    let h = history(105);
    assert_eq!(h.entries.len(), HISTORY_LIMIT);
    assert_eq!(h.entries[0], entry(104));
    assert_eq!(h.entries[99], entry(5));
}

#[test]
fn clear_and_remove_drop_entries() {
    let mut h = history(3);
    assert_eq!(h.remove(&Id::from_random(1)), Some(entry(1)));
    assert_eq!(h.remove(&Id::from_random(1)), None);
    assert_eq!(h.entries.len(), 2);
    h.clear();
    assert!(h.entries.is_empty());
}

#[test]
fn history_round_trips_through_storage() {
    let mut h = history(3);
    h.entries[1].status = None;
    h.entries[1].outcome = "Timed out".into();
    let text = serialize_history(&h);
    assert!(text.starts_with(r#"{"version":1,"history":"#), "{text}");
    assert_eq!(load_history(Some(&text)), Ok(h));
}

#[test]
fn nothing_stored_is_an_empty_history() {
    assert_eq!(load_history(None), Ok(History::default()));
    assert_eq!(load_history(Some("")), Ok(History::default()));
}

#[test]
fn corrupt_history_is_an_error_with_a_reason() {
    let reason = load_history(Some("{oops")).unwrap_err();
    assert!(
        reason.starts_with("The saved history could not be read"),
        "{reason}"
    );
    let reason = load_history(Some(r#"{"version":1,"history":{"entries":[{}]}}"#)).unwrap_err();
    assert!(reason.contains("missing field"), "{reason}");
}

#[test]
fn history_from_a_newer_app_is_an_error_saying_so() {
    let text = serialize_history(&history(2)).replacen("\"version\":1", "\"version\":4", 1);
    let reason = load_history(Some(&text)).unwrap_err();
    assert!(
        reason.contains("newer version of this app (format 4)"),
        "{reason}"
    );
}
