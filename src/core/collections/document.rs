//! The versioned document kept in localStorage, and loading it from any version.
//!
//! The stored text is `{"version": N, "saved_ms": …, "library": {…}}`. Loading
//! reads `version` first, on its own, so a document from a newer app is
//! recognised even when the rest of its shape changed.
//!
//! ## Adding a version (as version 2 was added)
//! 1. Write `fn v2_up(doc: Value) -> Result<Value, String>` taking a whole
//!    version-1 document to version 2 (the loop sets `"version"` itself).
//! 2. Append it to [`LIBRARY_MIGRATIONS`] and set [`CURRENT_VERSION`] to 2
//!    (a compile-time check keeps the two in step).
//! 3. Keep `tests/fixtures/library-v1.json` and its test; add a `library-v2.json`.
//!
//! ## What the caller does with each [`Loaded`]
//! - `Migrated`: copy the raw text to a backup key
//!   ([`super::backup_keys`]) before the first write, so
//!   an older app (or a support request) can still find it.
//! - `TooNew`: show the library read-only (if there is one) and never write the key.
//! - `Corrupt`: copy the raw text to a backup key, tell the user `reason`,
//!   start with an empty library, and leave the original key alone until the
//!   user saves something new.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::model::Library;
pub use super::versioned::Up;
pub(super) use super::versioned::{load_versioned, Schema, Versioned};
use crate::core::request::legacy::upgrade_request_v1;

pub const CURRENT_VERSION: u32 = 2;
/// The first version ever written; anything older is not ours.
pub const OLDEST_VERSION: u32 = 1;
pub const STORAGE_KEY: &str = "stringtools.api-client.library";

/// Version 2 typed request bodies: every stored request (in collections and
/// their folders, at any depth) has its body text turned into the typed
/// body that sends the same bytes (see `core::request::legacy`).
fn library_v2_up(mut doc: Value) -> Result<Value, String> {
    let collections = doc
        .get_mut("library")
        .and_then(|library| library.get_mut("collections"))
        .and_then(Value::as_array_mut);
    for collection in collections.into_iter().flatten() {
        upgrade_items(collection)?;
    }
    Ok(doc)
}

/// Upgrades the requests in `parent["items"]`, and in folders inside them.
fn upgrade_items(parent: &mut Value) -> Result<(), String> {
    let Some(items) = parent.get_mut("items").and_then(Value::as_array_mut) else {
        return Ok(());
    };
    for item in items {
        if let Some(request) = item.get_mut("request") {
            upgrade_request_v1(request)?;
        }
        upgrade_items(item)?;
    }
    Ok(())
}

/// `LIBRARY_MIGRATIONS[i]` upgrades version `OLDEST_VERSION + i` by one.
pub const LIBRARY_MIGRATIONS: &[Up] = &[library_v2_up];

const _: () = assert!(LIBRARY_MIGRATIONS.len() as u32 == CURRENT_VERSION - OLDEST_VERSION);

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredDocument {
    pub version: u32,
    pub saved_ms: u64,
    pub library: Library,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Loaded {
    /// Nothing stored yet.
    Empty,
    Current(Library),
    /// Upgraded from an older version; write it back (after a backup) when convenient.
    Migrated {
        library: Library,
        from: u32,
    },
    /// Written by a newer app: never write over it. `library` is a best-effort,
    /// read-only view, present when the document still reads as ours.
    TooNew {
        version: u32,
        library: Option<Library>,
    },
    /// Unreadable: back up the raw text, tell the user `reason`, start clean.
    Corrupt {
        reason: String,
    },
}

pub(super) const LIBRARY_SCHEMA: Schema = Schema {
    oldest: OLDEST_VERSION,
    current: CURRENT_VERSION,
    steps: LIBRARY_MIGRATIONS,
};

pub fn load(raw: Option<&str>) -> Loaded {
    match load_versioned::<StoredDocument>(raw, &LIBRARY_SCHEMA, "The saved collections") {
        Versioned::Empty => Loaded::Empty,
        Versioned::Current(doc) => Loaded::Current(repaired(doc.library)),
        Versioned::Migrated(doc, from) => Loaded::Migrated {
            library: repaired(doc.library),
            from,
        },
        Versioned::TooNew(version, doc) => Loaded::TooNew {
            version,
            library: doc.map(|d| repaired(d.library)),
        },
        Versioned::Corrupt(reason) => Loaded::Corrupt { reason },
    }
}

fn repaired(mut library: Library) -> Library {
    library.repair_duplicate_ids();
    library
}

/// Compact JSON of a [`StoredDocument`] at [`CURRENT_VERSION`].
pub fn serialize(library: &Library, now_ms: u64) -> String {
    to_json(&document(library, now_ms), false)
}

pub(super) fn document(library: &Library, now_ms: u64) -> StoredDocument {
    StoredDocument {
        version: CURRENT_VERSION,
        saved_ms: now_ms,
        library: library.clone(),
    }
}

/// Documents here are derived structs of strings, numbers, booleans and lists:
/// serde_json fails only on non-string map keys or failing custom `Serialize`
/// impls, and there are none, so the error arm cannot be reached.
pub(super) fn to_json(value: &impl Serialize, pretty: bool) -> String {
    let json = if pretty {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    };
    match json {
        Ok(text) => text,
        Err(e) => unreachable!("plain data always serializes: {e}"),
    }
}
