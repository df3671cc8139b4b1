//! Names longer than the app lets anyone type ([`NAME_MAX_CHARS`]) are cut
//! on import rather than refused: the file is still worth having, and the
//! user is told how many were shortened.

use crate::core::collections::model::NAME_MAX_CHARS;
use crate::core::collections::{Collection, Item, Library};

/// Shortens the names of the collections, their folders and requests, and
/// the environments; returns how many were shortened.
pub fn shorten_library(library: &mut Library) -> usize {
    let collections: usize = library.collections.iter_mut().map(shorten_collection).sum();
    let environments: usize = library
        .environments
        .iter_mut()
        .map(|e| usize::from(shorten(&mut e.name)))
        .sum();
    collections + environments
}

pub fn shorten_collection(collection: &mut Collection) -> usize {
    usize::from(shorten(&mut collection.name)) + shorten_items(&mut collection.items)
}

fn shorten_items(items: &mut [Item]) -> usize {
    items
        .iter_mut()
        .map(|item| match item {
            Item::Request(r) => usize::from(shorten(&mut r.name)),
            Item::Folder(f) => usize::from(shorten(&mut f.name)) + shorten_items(&mut f.items),
        })
        .sum()
}

/// Cuts `name` to [`NAME_MAX_CHARS`] characters; whether it had to.
fn shorten(name: &mut String) -> bool {
    match name.char_indices().nth(NAME_MAX_CHARS) {
        Some((end, _)) => {
            name.truncate(end);
            true
        }
        None => false,
    }
}

/// What to tell the user after an import that shortened `count` names.
pub fn shortened_note(count: usize) -> Option<String> {
    match count {
        0 => None,
        1 => Some(format!(
            "1 name was longer than {NAME_MAX_CHARS} characters and was shortened."
        )),
        n => Some(format!(
            "{n} names were longer than {NAME_MAX_CHARS} characters and were shortened."
        )),
    }
}
