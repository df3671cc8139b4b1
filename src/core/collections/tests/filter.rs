use super::support::*;
use crate::core::collections::filter::contains_ignore_ascii_case;
use crate::core::collections::{filter, CollectionMatch, Id, Library};

/// (collection id, request ids) for each match.
fn found(lib: &Library, query: &str) -> Vec<(String, Vec<String>)> {
    filter(lib, query)
        .into_iter()
        .map(|c: CollectionMatch| {
            let requests = c.requests.into_iter().map(|r| r.id.to_string()).collect();
            (c.id.to_string(), requests)
        })
        .collect()
}

fn pair(c: &str, rs: &[&str]) -> (String, Vec<String>) {
    (c.into(), rs.iter().map(|r| r.to_string()).collect())
}

#[test]
fn an_empty_query_shows_everything_in_order() {
    let all = vec![
        pair("users", &["list", "delete", "audit", "create"]),
        pair("billing", &["invoices"]),
    ];
    assert_eq!(found(&sample(), ""), all);
    assert_eq!(found(&sample(), "  \t"), all);
    assert!(filter(&sample(), "").iter().all(|c| c.collection_matched));
}

#[test]
fn request_names_match_ignoring_ascii_case() {
    assert_eq!(found(&sample(), "AUDIT"), vec![pair("users", &["audit"])]);
}

#[test]
fn methods_and_urls_match() {
    assert_eq!(found(&sample(), "post"), vec![pair("users", &["create"])]);
    assert_eq!(
        found(&sample(), "billing.example"),
        vec![pair("billing", &["invoices"])]
    );
}

#[test]
fn a_matching_folder_shows_its_requests_with_their_path() {
    let matches = filter(&sample(), "admin");
    assert_eq!(matches.len(), 1);
    assert!(!matches[0].collection_matched);
    let names: Vec<_> = matches[0]
        .requests
        .iter()
        .map(|r| r.name.as_str())
        .collect();
    assert_eq!(names, ["Delete user", "Audit log"]);
    assert_eq!(matches[0].requests[1].folder_path, ["Admin", "Deep"]);
    assert_eq!(matches[0].requests[1].method, "GET");
    assert_eq!(matches[0].requests[1].url, "https://api.example.com/audit");
}

#[test]
fn a_matching_collection_shows_all_its_requests() {
    let matches = filter(&sample(), "bill");
    assert_eq!(matches.len(), 1);
    assert!(matches[0].collection_matched);
    assert_eq!(matches[0].name, "Billing");
    assert_eq!(matches[0].requests.len(), 1);
}

#[test]
fn every_word_must_match_somewhere_in_the_requests_context() {
    assert_eq!(
        found(&sample(), "users get"),
        vec![pair("users", &["list", "audit"])]
    );
    assert_eq!(
        found(&sample(), "deep audit get"),
        vec![pair("users", &["audit"])]
    );
    assert!(found(&sample(), "billing post").is_empty());
}

#[test]
fn no_match_gives_nothing() {
    assert!(filter(&sample(), "zzz").is_empty());
}

#[test]
fn an_empty_collection_shows_only_when_its_name_matches() {
    let mut lib = sample();
    lib.create_collection(id("empty"), "Scratch pad", NOW)
        .unwrap();
    assert_eq!(found(&lib, "scratch"), vec![pair("empty", &[])]);
    assert_eq!(found(&lib, "").len(), 3);
    assert!(!found(&lib, "users").iter().any(|(c, _)| c == "empty"));
}

#[test]
fn only_ascii_letters_fold_case() {
    let mut lib = Library::default();
    lib.create_collection(id("c"), "Café Straße", NOW).unwrap();
    assert_eq!(found(&lib, "CAFé").len(), 1);
    assert_eq!(found(&lib, "STRAße").len(), 1);
    assert!(found(&lib, "CAFÉ").is_empty(), "É is not folded to é");
}

#[test]
fn the_contains_helper_handles_edges() {
    assert!(contains_ignore_ascii_case("abc", ""));
    assert!(contains_ignore_ascii_case("", ""));
    assert!(!contains_ignore_ascii_case("", "a"));
    assert!(!contains_ignore_ascii_case("ab", "abc"));
    assert!(contains_ignore_ascii_case("xxABCxx", "abc"));
    assert!(contains_ignore_ascii_case("日本語", "本"));
}

#[test]
fn a_thousand_requests_in_fifty_collections_filter_by_word() {
    let mut lib = Library::default();
    for c in 0..50u64 {
        let cid = Id::from_random(c);
        lib.create_collection(cid.clone(), &format!("Service {c}"), NOW)
            .unwrap();
        let fid = Id::from_random(10_000 + c);
        lib.create_folder(&cid, None, fid.clone(), "Nested")
            .unwrap();
        for r in 0..20u64 {
            let method = if r % 4 == 0 { "POST" } else { "GET" };
            let url = format!("https://svc{c}.example.com/items/{r}");
            let folder = (r % 2 == 0).then_some(&fid);
            lib.save_new_request(
                &cid,
                folder,
                Id::from_random(1_000_000 + c * 100 + r),
                &format!("Item {r}"),
                draft(method, &url),
                NOW,
            )
            .unwrap();
        }
    }
    assert_eq!(lib.request_count(), 1000);
    let total = |q: &str| -> usize { filter(&lib, q).iter().map(|c| c.requests.len()).sum() };
    assert_eq!(total(""), 1000);
    assert_eq!(total("post"), 250);
    assert_eq!(total("NESTED"), 500);
    assert_eq!(total("svc12."), 20);
    // "7" is in five collection names (7, 17…47) and in "Item 7" and "Item 17" everywhere else.
    assert_eq!(total("service 7"), 5 * 20 + 45 * 2);
    assert_eq!(total("svc3.example items/19"), 1);
    assert_eq!(total("nothing-like-this"), 0);
}

#[test]
fn sidebar_rows_are_each_collection_then_its_requests() {
    use crate::core::collections::{rows, Row};
    let row = |collection, request| Row {
        collection,
        request,
    };
    assert_eq!(
        rows(&filter(&sample(), "")),
        vec![
            row(0, None),
            row(0, Some(0)),
            row(0, Some(1)),
            row(0, Some(2)),
            row(0, Some(3)),
            row(1, None),
            row(1, Some(0)),
        ]
    );
    assert_eq!(
        rows(&filter(&sample(), "audit")),
        vec![row(0, None), row(0, Some(0))]
    );
    assert!(rows(&[]).is_empty());
}
