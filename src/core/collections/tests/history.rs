use super::support::*;
use crate::core::collections::{
    load_history, pending_history_key, pending_history_prefix, serialize_history, History,
    HistoryEntry, HistoryProblem, Id, HISTORY_KEY, HISTORY_LIMIT,
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
    let text = serialize_history(&h, NOW);
    assert!(text.starts_with(r#"{"version":2,"saved_ms":"#), "{text}");
    let loaded = load_history(Some(&text));
    assert_eq!(loaded.history, h);
    assert_eq!(loaded.problem, None);
}

#[test]
fn nothing_stored_is_an_empty_history() {
    for raw in [None, Some(""), Some("  ")] {
        let loaded = load_history(raw);
        assert_eq!((loaded.history, loaded.problem), (History::default(), None));
    }
}

#[test]
fn corrupt_history_starts_empty_and_says_why() {
    let loaded = load_history(Some("{oops"));
    assert!(loaded.history.entries.is_empty());
    let Some(HistoryProblem::Corrupt { reason }) = &loaded.problem else {
        panic!()
    };
    assert!(
        reason.starts_with("The saved history could not be read"),
        "{reason}"
    );
    assert!(loaded
        .problem
        .unwrap()
        .to_string()
        .contains("kept in a backup"));
}

#[test]
fn history_of_the_wrong_shape_is_corrupt() {
    let loaded = load_history(Some(
        r#"{"version":1,"saved_ms":0,"history":{"entries":[{}]}}"#,
    ));
    let Some(HistoryProblem::Corrupt { reason }) = loaded.problem else {
        panic!()
    };
    assert!(reason.contains("missing field"), "{reason}");
}

#[test]
fn newer_history_is_shown_but_flagged_too_new() {
    let text = serialize_history(&history(2), NOW).replacen("\"version\":2", "\"version\":4", 1);
    let loaded = load_history(Some(&text));
    assert_eq!(loaded.history, history(2));
    assert_eq!(loaded.problem, Some(HistoryProblem::TooNew { version: 4 }));
    assert!(loaded
        .problem
        .unwrap()
        .to_string()
        .contains("newer version"));
}

#[test]
fn absorbed_entries_fall_into_place_by_sending_time() {
    let mut stored = History::default();
    [1, 4].into_iter().for_each(|n| stored.push(entry(n)));
    stored.absorb([entry(5), entry(2), entry(3)]);
    let sent: Vec<u64> = stored.entries.iter().map(|e| e.sent_ms - NOW).collect();
    assert_eq!(sent, [5, 4, 3, 2, 1]);
}

#[test]
fn an_entry_absorbed_twice_is_kept_once() {
    let mut stored = history(2);
    stored.absorb([entry(1), entry(1), entry(2)]);
    let sent: Vec<u64> = stored.entries.iter().map(|e| e.sent_ms - NOW).collect();
    assert_eq!(sent, [2, 1, 0]);
}

#[test]
fn absorbing_keeps_only_the_newest_hundred() {
    let mut stored = history(90);
    stored.absorb((90..120).map(entry));
    assert_eq!(stored.entries.len(), HISTORY_LIMIT);
    assert_eq!(stored.entries[0], entry(119));
    assert_eq!(stored.entries[99], entry(20));
}

#[test]
fn pending_keys_are_one_per_page_under_one_prefix() {
    let (a, b) = (pending_history_key(1), pending_history_key(u64::MAX));
    assert_ne!(a, b);
    assert!(a.starts_with(&pending_history_prefix()) && b.starts_with(&pending_history_prefix()));
    // Not mistaken for the history itself or its backups.
    assert!(a.starts_with(&format!("{HISTORY_KEY}.pending.")));
}

fn ids(h: &History) -> Vec<u64> {
    h.entries.iter().map(|e| e.sent_ms - NOW).collect()
}

fn of(ns: &[u64]) -> History {
    let mut h = History::default();
    h.absorb(ns.iter().map(|n| entry(*n)));
    h
}

#[test]
fn merging_keeps_what_both_tabs_sent_since_they_last_agreed() {
    let merged = History::merge(&of(&[0, 1]), &of(&[0, 1, 3]), &of(&[0, 1, 2, 4]));
    assert_eq!(ids(&merged), [4, 3, 2, 1, 0]);
}

#[test]
fn an_entry_removed_by_either_tab_stays_removed() {
    let base = of(&[0, 1, 2]);
    assert_eq!(
        ids(&History::merge(&base, &of(&[0, 2]), &of(&[0, 1, 2, 5]))),
        [5, 2, 0]
    );
    assert_eq!(
        ids(&History::merge(&base, &of(&[0, 1, 2, 6]), &of(&[1, 2]))),
        [6, 2, 1]
    );
}

#[test]
fn a_clear_in_one_tab_keeps_only_what_the_other_sent_after() {
    let base = of(&[0, 1]);
    assert_eq!(
        ids(&History::merge(&base, &History::default(), &of(&[0, 1, 7]))),
        [7]
    );
    assert_eq!(
        ids(&History::merge(&base, &of(&[0, 1, 8]), &History::default())),
        [8]
    );
}

#[test]
fn merging_with_an_unchanged_side_gives_the_other_side() {
    let base = of(&[0, 1, 2]);
    let ours = of(&[1, 2, 3]);
    assert_eq!(History::merge(&base, &ours, &base), ours);
    assert_eq!(History::merge(&base, &base, &ours), ours);
}

#[test]
fn merging_stays_within_the_limit_keeping_the_newest() {
    let ours = of(&(0..HISTORY_LIMIT as u64).collect::<Vec<_>>());
    let theirs = of(&[1000, 1001]);
    let merged = History::merge(&History::default(), &ours, &theirs);
    assert_eq!(merged.entries.len(), HISTORY_LIMIT);
    assert_eq!(ids(&merged)[..3], [1001, 1000, 99]);
}

#[test]
fn without_credentials_leaves_out_secret_headers_auth_and_userinfo() {
    use crate::core::request::auth::Auth;
    use crate::core::request::headers::HeaderRow;
    let mut sent = entry(1);
    sent.request.url = "https://ann:pw@api.example.com/items".into();
    sent.request.headers = vec![
        HeaderRow::new("Authorization", "Bearer abc.def"),
        HeaderRow::new("Accept", "application/json"),
    ];
    sent.request.auth = Auth::Bearer {
        token: "tok-123".into(),
    };
    let mut full = History::default();
    full.push(sent.clone());
    let stored = full.without_credentials();
    let kept = &stored.entries[0];
    assert_eq!(kept.id, sent.id);
    assert_eq!(kept.sent_ms, sent.sent_ms);
    assert_eq!(kept.request.url, "https://api.example.com/items");
    let names: Vec<&str> = kept
        .request
        .headers
        .iter()
        .map(|h| h.name.as_str())
        .collect();
    assert_eq!(names, ["Accept"]);
    assert_eq!(
        kept.request.auth,
        Auth::Bearer {
            token: String::new()
        }
    );
    let text = serialize_history(&stored, NOW);
    for secret in ["abc.def", "tok-123", "pw@"] {
        assert!(!text.contains(secret), "{secret} reached storage");
    }
}

#[test]
fn without_credentials_keeps_requests_that_have_none_as_they_are() {
    let full = history(3);
    assert_eq!(full.without_credentials(), full);
}
