//! Loading a versioned document of any kind (library, history): reading its
//! version, upgrading it step by step, and saying why when it cannot be read.
//!
//! Stored text is read straight into its type ([`load_versioned`]); an
//! imported file, already parsed once to find out what it is, is read from
//! that tree ([`load_versioned_tree`]) rather than parsed a second time.

use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::Value;

use crate::core::json_value::{is_nested_too_deep, JSON_MAX_NESTING};

/// Turns a whole document of version N-1 into version N.
pub type Up = fn(Value) -> Result<Value, String>;

/// What a versioned document schema needs to load: its versions and upgrade steps.
pub(super) struct Schema {
    pub oldest: u32,
    pub current: u32,
    pub steps: &'static [Up],
}

/// What loading found, for any stored document type (see `document::Loaded`).
#[derive(Debug)]
pub(super) enum Versioned<D> {
    Empty,
    Current(D),
    Migrated(D, u32),
    TooNew(u32, Option<D>),
    Corrupt(String),
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
        let upgraded = serde_json::from_str(raw)
            .map_err(|e| json_problem(&e))
            .and_then(|doc| upgrade(doc, version, schema));
        match upgraded {
            // Through text rather than `from_value`: that keeps a second deserializer
            // for every saved type out of the wasm chunk that reads storage.
            Ok(value) => serde_json::to_string(&value)
                .and_then(|text| serde_json::from_str(&text))
                .map(|d| Versioned::Migrated(d, version)),
            Err(problem) => return Versioned::Corrupt(not_upgraded(what, version, &problem)),
        }
    };
    parsed.unwrap_or_else(|e| Versioned::Corrupt(wrong_shape(what, &e)))
}

/// [`load_versioned`] for a document already parsed into a tree.
pub(super) fn load_versioned_tree<D: DeserializeOwned>(
    doc: Value,
    schema: &Schema,
    what: &str,
) -> Versioned<D> {
    let version = match tree_version(&doc, schema) {
        Ok(version) => version,
        Err(problem) => return Versioned::Corrupt(unreadable(what, &problem)),
    };
    if version > schema.current {
        return Versioned::TooNew(version, serde_json::from_value(doc).ok());
    }
    let doc = if version == schema.current {
        doc
    } else {
        match upgrade(doc, version, schema) {
            Ok(doc) => doc,
            Err(problem) => return Versioned::Corrupt(not_upgraded(what, version, &problem)),
        }
    };
    match serde_json::from_value(doc) {
        Ok(d) if version == schema.current => Versioned::Current(d),
        Ok(d) => Versioned::Migrated(d, version),
        Err(e) => Versioned::Corrupt(wrong_shape(what, &e)),
    }
}

fn unreadable(what: &str, problem: &str) -> String {
    format!("{what} could not be read: {problem}.")
}

fn not_upgraded(what: &str, version: u32, problem: &str) -> String {
    unreadable(
        what,
        &format!("it is from version {version} and could not be upgraded ({problem})"),
    )
}

fn wrong_shape(what: &str, e: &serde_json::Error) -> String {
    if is_nested_too_deep(e) {
        return unreadable(what, &json_problem(e));
    }
    unreadable(
        what,
        &format!("the text does not have the shape this app expects ({e})"),
    )
}

/// serde_json's error, except that nesting past its limit is said plainly:
/// such text may well be valid JSON.
fn json_problem(e: &serde_json::Error) -> String {
    if is_nested_too_deep(e) {
        format!(
            "it is nested more than {JSON_MAX_NESTING} levels deep (at line {}, column {}), \
             more than this app can read",
            e.line(),
            e.column()
        )
    } else {
        format!("the text is not valid JSON ({e})")
    }
}

fn read_version(raw: &str, schema: &Schema) -> Result<u32, String> {
    if !raw.trim_start().starts_with('{') {
        return Err(NOT_AN_OBJECT.into());
    }
    let probe: VersionProbe = serde_json::from_str(raw).map_err(|e| json_problem(&e))?;
    check_version(probe.version.as_ref(), schema)
}

fn tree_version(doc: &Value, schema: &Schema) -> Result<u32, String> {
    let doc = doc.as_object().ok_or(NOT_AN_OBJECT)?;
    check_version(doc.get("version"), schema)
}

const NOT_AN_OBJECT: &str = "the text is not a JSON object, so this app did not write it";

fn check_version(version: Option<&Value>, schema: &Schema) -> Result<u32, String> {
    let version = match version {
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

fn upgrade(mut doc: Value, from: u32, schema: &Schema) -> Result<Value, String> {
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
