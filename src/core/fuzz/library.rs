//! What the app does next with whatever a file or storage held: edits, a
//! merge with another tab, the sidebar filter, exports and share links.
//! Values no edit would make (a revision of `u64::MAX`, an empty name, a
//! folder past the cap) arrive this way, so each operation is run on every
//! library that loads from a mutated sample.

use proptest::prelude::*;

use super::documents::library_samples;
use super::mutate::reshaped;
use super::{explained, fuzz, Checked};
use crate::core::collections::{
    decode_share, encode_share, filter, import_backup, load, merge, serialize, Id, Item, Library,
    Loaded,
};
use crate::core::postman::{export_postman, import_postman};
use crate::core::request::draft::RequestDraft;
use crate::core::request::vars::Variable;

/// Every collection, folder and request id, in document order.
fn ids(library: &Library) -> Vec<Id> {
    fn items(list: &[Item], out: &mut Vec<Id>) {
        for item in list {
            out.push(item.id().clone());
            if let Item::Folder(f) = item {
                items(&f.items, out);
            }
        }
    }
    let mut out = Vec::new();
    for c in &library.collections {
        out.push(c.id.clone());
        items(&c.items, &mut out);
    }
    out
}

/// One edit of each kind, on the items `pick` chooses; each error must say why.
fn edit(library: &mut Library, pick: usize) -> Checked {
    let all = ids(library);
    let Some(target) = all.get(pick % all.len().max(1)).cloned() else {
        return Ok(());
    };
    let other = all[(pick / 7) % all.len()].clone();
    let collection = library.collections[pick % library.collections.len()]
        .id
        .clone();
    let fresh = Id::from_random(pick as u64);
    explained(&library.rename(&target, "Renamed", 1))?;
    explained(&library.update_request(&target, RequestDraft::default(), 2))?;
    explained(&library.set_variables(&collection, vec![Variable::new("a", "1")], 3))?;
    explained(&library.duplicate_request(&target, fresh.clone(), 4))?;
    explained(&library.create_folder(&collection, Some(&other), Id::from_random(!0), "F"))?;
    explained(&library.move_item(&target, &collection, Some(&other), 5))?;
    explained(&library.move_item(&fresh, &collection, None, 6))?;
    if let Ok(deleted) = library.delete(&other) {
        explained(&library.restore(deleted))?;
    }
    Ok(())
}

/// The library, edited, merged with the unedited one as another tab's
/// change, saved and read back; filtered, exported and shared.
fn use_library(library: Library, pick: usize, query: &str) -> Checked {
    let mut ours = library.clone();
    edit(&mut ours, pick)?;
    let merged = merge(&library, &ours, &library).library;
    match load(Some(&serialize(&merged, 0))) {
        Loaded::Current(_) => {}
        other => return Err(format!("a merged library did not read back: {other:?}")),
    }
    filter(&merged, query);
    for collection in &merged.collections {
        let text = export_postman(collection, pick.is_multiple_of(2));
        explained(&import_postman(&text, &mut || Id::from_random(1), 0))?;
    }
    if let Some(request) = merged
        .collections
        .iter()
        .find_map(|c| first_request(&c.items))
    {
        if let Ok(shared) = encode_share(request, "Shared", false) {
            explained(&decode_share(&shared.payload))?;
        }
    }
    Ok(())
}

fn first_request(items: &[Item]) -> Option<&RequestDraft> {
    items.iter().find_map(|item| match item {
        Item::Request(r) => Some(&r.request),
        Item::Folder(f) => first_request(&f.items),
    })
}

#[test]
fn using_any_loaded_library_never_panics() {
    let samples = library_samples();
    let documents = proptest::strategy::Union::new(samples.iter().map(|s| reshaped(s)));
    fuzz(
        "library-use",
        1536,
        (documents, any::<usize>(), ".{0,12}"),
        |(text, pick, query)| match import_backup(&text) {
            Ok(library) => use_library(library, pick, &query),
            Err(_) => Ok(()),
        },
    );
}
