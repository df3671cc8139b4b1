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

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::model::Library;
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

/// Turns a whole document of version N-1 into version N.
pub type Up = fn(Value) -> Result<Value, String>;

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

/// What a versioned document schema needs to load: its versions and upgrade steps.
pub(super) struct Schema {
    pub oldest: u32,
    pub current: u32,
    pub steps: &'static [Up],
}

pub(super) const LIBRARY_SCHEMA: Schema = Schema {
    oldest: OLDEST_VERSION,
    current: CURRENT_VERSION,
    steps: LIBRARY_MIGRATIONS,
};

/// [`Loaded`], for any stored document type.
#[derive(Debug)]
pub(super) enum Versioned<D> {
    Empty,
    Current(D),
    Migrated(D, u32),
    TooNew(u32, Option<D>),
    Corrupt(String),
}

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

#[derive(Deserialize)]
struct VersionProbe {
    version: Option<Value>,
}

/// `what` starts each reason: "The saved collections", "The file"…
pub(super) fn load_versioned<D: DeserializeOwned>(
    raw: Option<&str>,
    schema: &Schema,
    what: &str,
) -> Versioned<D> {
    let Some(raw) = raw.filter(|r| !r.trim().is_empty()) else {
        return Versioned::Empty;
    };
    let version = match read_version(raw, schema) {
        Ok(version) => version,
        Err(problem) => return Versioned::Corrupt(unreadable(what, &problem)),
    };
    if version > schema.current {
        return Versioned::TooNew(version, serde_json::from_str(raw).ok());
    }
    let parsed = if version == schema.current {
        serde_json::from_str(raw).map(Versioned::Current)
    } else {
        match upgrade(raw, version, schema) {
            // Through text rather than `from_value`: that keeps a second deserializer
            // for every saved type out of the wasm.
            Ok(value) => serde_json::to_string(&value)
                .and_then(|text| serde_json::from_str(&text))
                .map(|d| Versioned::Migrated(d, version)),
            Err(problem) => {
                return Versioned::Corrupt(unreadable(
                    what,
                    &format!("it is from version {version} and could not be upgraded ({problem})"),
                ))
            }
        }
    };
    parsed.unwrap_or_else(|e| {
        Versioned::Corrupt(unreadable(
            what,
            &format!("the text does not have the shape this app expects ({e})"),
        ))
    })
}

fn unreadable(what: &str, problem: &str) -> String {
    format!("{what} could not be read: {problem}.")
}

fn read_version(raw: &str, schema: &Schema) -> Result<u32, String> {
    if !raw.trim_start().starts_with('{') {
        return Err("the text is not a JSON object, so this app did not write it".into());
    }
    let probe: VersionProbe =
        serde_json::from_str(raw).map_err(|e| format!("the text is not valid JSON ({e})"))?;
    let version = match probe.version {
        None | Some(Value::Null) => {
            return Err("the text has no version number, so this app did not write it".into())
        }
        Some(v) => v
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .ok_or_else(|| format!("its version ({v}) is not a valid version number"))?,
    };
    if version < schema.oldest {
        return Err(format!(
            "it says version {version}, which no release of this app ever wrote"
        ));
    }
    Ok(version)
}

fn upgrade(raw: &str, from: u32, schema: &Schema) -> Result<Value, String> {
    let mut doc: Value = serde_json::from_str(raw).map_err(|e| e.to_string())?;
    let first_step = (from - schema.oldest) as usize;
    for (offset, up) in schema.steps.iter().enumerate().skip(first_step) {
        let to = schema.oldest + offset as u32 + 1;
        doc = up(doc).map_err(|e| format!("step to version {to}: {e}"))?;
        doc.as_object_mut()
            .ok_or_else(|| format!("step to version {to} did not give an object"))?
            .insert("version".into(), to.into());
    }
    Ok(doc)
}
