//! The sidebar filter.
//!
//! The query is split on whitespace; a request is shown when every word
//! appears in its collection's name, one of its folders' names, its own name,
//! its method or its URL. So "users post" finds the POST requests of the
//! "Users" collection. Matching folds ASCII case only (Unicode case tables
//! would cost wasm size): "Straße" matches "straße" but not "STRASSE".
//! A collection whose name holds every word is shown with all its requests,
//! even when it has none; other collections only when a request matches.
//! Folders themselves are not listed: a matching folder shows its requests.

use super::id::Id;
use super::model::{Collection, Item, Library};

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CollectionMatch {
    pub id: Id,
    pub name: String,
    /// In the collection's order, folders flattened.
    pub requests: Vec<RequestMatch>,
    /// The collection's own name holds every word (always, for an empty query).
    pub collection_matched: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RequestMatch {
    pub id: Id,
    pub name: String,
    pub method: String,
    pub url: String,
    pub folder_path: Vec<String>,
}

/// One line of the sidebar list: a collection (`request: None`) or one of its
/// requests, by index into the matches (the list is drawn a screenful at a time).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub collection: usize,
    pub request: Option<usize>,
}

/// The matches as sidebar lines: each collection, then its requests.
pub fn rows(matches: &[CollectionMatch]) -> Vec<Row> {
    let mut rows =
        Vec::with_capacity(matches.len() + matches.iter().map(|m| m.requests.len()).sum::<usize>());
    for (collection, m) in matches.iter().enumerate() {
        rows.push(Row {
            collection,
            request: None,
        });
        rows.extend((0..m.requests.len()).map(|r| Row {
            collection,
            request: Some(r),
        }));
    }
    rows
}

pub fn filter(library: &Library, query: &str) -> Vec<CollectionMatch> {
    let words: Vec<String> = query
        .split_whitespace()
        .map(str::to_ascii_lowercase)
        .collect();
    library
        .collections
        .iter()
        .filter_map(|c| filter_collection(c, &words))
        .collect()
}

fn filter_collection(collection: &Collection, words: &[String]) -> Option<CollectionMatch> {
    // Bit i set: word i is already found in the collection or folder names above.
    let found = found_in(words, &collection.name, 0);
    let collection_matched = found == all(words);
    let mut requests = Vec::new();
    let mut path = Vec::new();
    collect(&collection.items, words, found, &mut path, &mut requests);
    (collection_matched || !requests.is_empty()).then(|| CollectionMatch {
        id: collection.id.clone(),
        name: collection.name.clone(),
        requests,
        collection_matched,
    })
}

fn collect<'a>(
    items: &'a [Item],
    words: &[String],
    found: u128,
    path: &mut Vec<&'a str>,
    out: &mut Vec<RequestMatch>,
) {
    for item in items {
        match item {
            Item::Folder(folder) => {
                path.push(&folder.name);
                let found = found_in(words, &folder.name, found);
                collect(&folder.items, words, found, path, out);
                path.pop();
            }
            Item::Request(saved) => {
                let draft = &saved.request;
                let found = [&saved.name, &draft.method, &draft.url]
                    .iter()
                    .fold(found, |found, text| found_in(words, text, found));
                if found == all(words) {
                    out.push(RequestMatch {
                        id: saved.id.clone(),
                        name: saved.name.clone(),
                        method: draft.method.clone(),
                        url: draft.url.clone(),
                        folder_path: path.iter().map(|&p| p.to_owned()).collect(),
                    });
                }
            }
        }
    }
}

/// Words beyond the 128th are ignored: nobody types that many.
const MAX_WORDS: usize = 128;

fn all(words: &[String]) -> u128 {
    match words.len().min(MAX_WORDS) {
        MAX_WORDS => u128::MAX,
        n => (1u128 << n) - 1,
    }
}

/// `found` plus the words that `text` contains.
fn found_in(words: &[String], text: &str, mut found: u128) -> u128 {
    for (i, word) in words.iter().take(MAX_WORDS).enumerate() {
        let bit = 1u128 << i;
        if found & bit == 0 && contains_ignore_ascii_case(text, word) {
            found |= bit;
        }
    }
    found
}

/// Whether `haystack` contains `needle_lower` (already ASCII-lowercased),
/// ignoring ASCII case. Byte-wise, which is safe for UTF-8: a valid needle can
/// only match at character boundaries.
pub fn contains_ignore_ascii_case(haystack: &str, needle_lower: &str) -> bool {
    let (hay, needle) = (haystack.as_bytes(), needle_lower.as_bytes());
    let Some((&first, rest)) = needle.split_first() else {
        return true;
    };
    let first_upper = first.to_ascii_uppercase();
    // Check the first byte alone before comparing the rest: most positions fail there.
    hay.windows(needle.len()).any(|window| {
        (window[0] == first || window[0] == first_upper) && window[1..].eq_ignore_ascii_case(rest)
    })
}
