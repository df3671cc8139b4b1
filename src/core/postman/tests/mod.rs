//! Import and export against hand-written Postman files, the error cases,
//! and the export → import round trip.

mod compat;
mod depth;
mod errors;
mod export;
mod fixtures;
mod formdata;
mod secrets;
mod shapes;

use super::*;
use crate::core::collections::{Folder, Id, Item, SavedRequest};
use crate::core::request::draft::RequestDraft;
use crate::core::request::headers::HeaderRow;

const NOW: u64 = 1_700_000_000_000;

/// Ids 1, 2, 3… in the order the importer asks for them.
fn import(text: &str) -> Result<PostmanImport, PostmanError> {
    let mut next = 0;
    import_postman(
        text,
        &mut || {
            next += 1;
            id(next)
        },
        NOW,
    )
}

fn imported(text: &str) -> PostmanImport {
    match import(text) {
        Ok(imported) => imported,
        Err(error) => panic!("should import: {error}"),
    }
}

fn id(n: u64) -> Id {
    Id::from_random(n)
}

fn folder(n: u64, name: &str, items: Vec<Item>) -> Item {
    Item::Folder(Folder {
        id: id(n),
        name: name.into(),
        items,
    })
}

fn request(n: u64, name: &str, request: RequestDraft) -> Item {
    Item::Request(SavedRequest {
        id: id(n),
        name: name.into(),
        request,
        revision: 1,
        updated_ms: NOW,
    })
}

fn draft(method: &str, url: &str, headers: &[(&str, &str)], body: &str) -> RequestDraft {
    RequestDraft {
        method: method.into(),
        url: url.into(),
        headers: headers
            .iter()
            .map(|(n, v)| HeaderRow::new(*n, *v))
            .collect(),
        body: body.into(),
        auth: Default::default(),
        follow_redirects: true,
        params: Vec::new(),
    }
}

fn get(url: &str) -> RequestDraft {
    draft("GET", url, &[], "")
}

fn switched_off(name: &str, value: &str) -> HeaderRow {
    HeaderRow {
        enabled: false,
        ..HeaderRow::new(name, value)
    }
}

/// The one request of a single-request collection.
fn only_request(imported: &PostmanImport) -> &RequestDraft {
    match &imported.collection.items[..] {
        [Item::Request(saved)] => &saved.request,
        other => panic!("expected one request, got {other:?}"),
    }
}

/// A v2.1 collection around the given items (JSON text).
fn collection_with(items: &str) -> String {
    format!(r#"{{"info": {{"name": "C", "schema": "{SCHEMA_V2_1}"}}, "item": [{items}]}}"#)
}
