//! Whole documents: Postman collections, our backups and stored documents
//! (with their migrations), share links, problem details and the import
//! entry point, each from arbitrary input and from mutated samples.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use proptest::prelude::*;

use super::mutate::{mutated, reshaped};
use super::{explained, fuzz, said};
use crate::core::collections::{
    decode_share, encode_share, import_backup, load, load_history, serialize, Id, Loaded,
};
use crate::core::import::read_import;
use crate::core::insight::problem::parse_problem;
use crate::core::postman::import_postman;
use crate::core::test_support::fixtures::{LIBRARY_V1, LIBRARY_V2, POSTMAN};
use crate::core::test_support::nested_collection;

const HISTORY_V1: &str = r#"{"version": 1, "saved_ms": 5, "history": {"entries": [
    {"id": "h1", "request": {"method": "POST", "url": "https://a.example/x",
     "headers": [{"name": "Content-Type", "value": "application/json", "enabled": true}],
     "body": "{\"a\": 1}", "follow_redirects": true},
     "status": 200, "outcome": "200 OK", "sent_ms": 1, "elapsed_ms": 2}]}}"#;
const SHARE_V1: &str = r#"{"v": 1, "name": "Old link", "request": {"method": "PUT",
    "url": "https://a.example/x?y=1", "headers": [{"name": "Content-Type",
    "value": "application/x-www-form-urlencoded", "enabled": true}], "body": "a=1&b=%20",
    "follow_redirects": false}}"#;
const PROBLEM: &str = r#"{"type": "https://example.com/probs/out-of-credit",
    "title": "You do not have enough credit.", "status": 403,
    "detail": "Your current balance is 30, but that costs 50.",
    "instance": "/account/12345/msgs/abc", "balance": 30, "accounts": ["/a/1", "/a/2"]}"#;

/// Any text, and every sample taken apart.
fn documents(samples: &[&str]) -> BoxedStrategy<String> {
    let mut all = vec![any::<String>().boxed(), bytes_as_text().boxed()];
    all.extend(samples.iter().map(|s| mutated(s).boxed()));
    all.extend(samples.iter().map(|s| reshaped(s).boxed()));
    proptest::strategy::Union::new(all).boxed()
}

/// Arbitrary bytes, read as the browser reads a file: invalid UTF-8 replaced.
fn bytes_as_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(any::<u8>(), 0..300)
        .prop_map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
}

fn ids() -> impl FnMut() -> Id {
    let mut next = 0;
    move || {
        next += 1;
        Id::from_random(next)
    }
}

pub(super) fn postman_samples() -> Vec<String> {
    let mut samples: Vec<String> = POSTMAN.iter().map(|s| (*s).to_owned()).collect();
    samples.push(crate::core::postman::export_postman(
        &nested_collection(3),
        true,
    ));
    samples
}

#[test]
fn postman_import_never_panics() {
    let samples = postman_samples();
    let samples: Vec<&str> = samples.iter().map(String::as_str).collect();
    fuzz("postman", 3072, documents(&samples), |text| {
        explained(&import_postman(&text, &mut ids(), 0))
    });
}

pub(super) fn library_samples() -> Vec<String> {
    let nested = crate::core::collections::Library {
        collections: vec![nested_collection(4)],
        ..Default::default()
    };
    vec![
        LIBRARY_V1.to_owned(),
        LIBRARY_V2.to_owned(),
        serialize(&nested, 0),
    ]
}

#[test]
fn backup_import_never_panics() {
    let samples = library_samples();
    let samples: Vec<&str> = samples.iter().map(String::as_str).collect();
    fuzz("backup", 2048, documents(&samples), |text| {
        explained(&import_backup(&text))
    });
}

/// What loads reads back the same once saved, and what does not says why.
#[test]
fn stored_library_loading_and_migration_never_panic() {
    let samples = library_samples();
    let samples: Vec<&str> = samples.iter().map(String::as_str).collect();
    fuzz(
        "stored-library",
        2048,
        documents(&samples),
        |text| match load(Some(&text)) {
            Loaded::Corrupt { reason } => said(reason),
            Loaded::Current(library) | Loaded::Migrated { library, .. } => {
                let again = load(Some(&serialize(&library, 0)));
                if again == Loaded::Current(library) {
                    Ok(())
                } else {
                    Err(format!("did not read back the same: {again:?}"))
                }
            }
            Loaded::Empty | Loaded::TooNew { .. } => Ok(()),
        },
    );
}

#[test]
fn stored_history_loading_and_migration_never_panic() {
    let current = crate::core::collections::serialize_history(&Default::default(), 0);
    fuzz(
        "stored-history",
        1536,
        documents(&[HISTORY_V1, &current]),
        |text| match load_history(Some(&text)).problem {
            Some(problem) => said(problem),
            None => Ok(()),
        },
    );
}

#[test]
fn import_entry_point_never_panics() {
    let mut samples = postman_samples();
    samples.extend(library_samples());
    let samples: Vec<&str> = samples.iter().map(String::as_str).collect();
    fuzz("import", 3072, documents(&samples), |text| {
        explained(&read_import(&text, &mut ids(), 0))
    });
}

/// A link's payload: any text, base64url of mutated payloads, and the same
/// with a character changed.
fn share_payloads() -> impl Strategy<Value = String> {
    let draft =
        nested_collection(0)
            .items
            .first()
            .map_or_else(Default::default, |item| match item {
                crate::core::collections::Item::Request(r) => r.request.clone(),
                crate::core::collections::Item::Folder(_) => Default::default(),
            });
    let current = encode_share(&draft, "Upload", true)
        .ok()
        .and_then(|shared| URL_SAFE_NO_PAD.decode(shared.payload).ok())
        .and_then(|json| String::from_utf8(json).ok())
        .unwrap_or_default();
    prop_oneof![
        any::<String>(),
        "[A-Za-z0-9_=-]{0,400}",
        prop_oneof![mutated(&current), mutated(SHARE_V1)]
            .prop_map(|json| URL_SAFE_NO_PAD.encode(json)),
    ]
}

#[test]
fn share_link_decoding_never_panics() {
    fuzz("share-link", 3072, share_payloads(), |payload| {
        explained(&decode_share(&payload))
    });
}

#[test]
fn problem_details_never_panic() {
    let bodies = prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..300),
        mutated(PROBLEM).prop_map(String::into_bytes),
    ];
    fuzz("problem-details", 3072, bodies, |body| {
        let parsed = parse_problem(&body);
        if let Ok(problem) = &parsed {
            problem.issues.iter().try_for_each(said)?;
        }
        explained(&parsed)
    });
}
