//! Postman collections (format v2.1, and v2.0) in and out.
//!
//! An import never drops anything silently: whatever the collection holds
//! that a [`Collection`] cannot represent (scripts, OAuth, form-data files,
//! saved responses…) is listed in [`PostmanImport::unsupported`], each line
//! saying where it was. An export writes only what a collection holds, so
//! importing it again gives the same collection back (with new ids).

mod auth;
mod body;
mod export;
mod import;
mod place;
mod read;
mod schema;
#[cfg(test)]
mod tests;
mod url;

use std::fmt;

use crate::core::collections::{Collection, FileTooDeep};
use crate::core::json_value::Json;
use crate::core::request::headers::HeaderRow;

pub use export::export_postman;
pub use import::{import_postman, import_postman_tree};
pub use schema::SCHEMA_V2_1;

/// A collection read from a Postman file, and what it could not take over.
#[derive(Debug, Clone, PartialEq)]
pub struct PostmanImport {
    pub collection: Collection,
    /// One line per thing left out, saying where: `request “Login” › pre-request script`.
    pub unsupported: Vec<String>,
}

/// Why a file could not be imported at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PostmanError {
    /// The text is not JSON; holds the parser's message.
    NotJson(String),
    /// JSON, but without the `info` object and `item` list of a collection.
    NotACollection,
    /// A collection in a format other than v2.x: `"Collection v1"` or the schema address.
    UnsupportedSchema(String),
    /// A v2 collection with a part in the wrong shape; holds what was wrong.
    Malformed(String),
    /// Its folders nest deeper than a collection here may.
    TooDeep(FileTooDeep),
}

impl fmt::Display for PostmanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PostmanError::NotJson(reason) => write!(
                f,
                "This file is not JSON, so it cannot be a Postman collection ({reason})."
            ),
            PostmanError::NotACollection => write!(
                f,
                "This JSON is not a Postman collection: a collection has an “info” object and an \
                 “item” list. (Postman environment and globals files are not collections.)"
            ),
            PostmanError::UnsupportedSchema(schema) => write!(
                f,
                "This collection is in the format “{schema}”, which cannot be imported. In Postman, \
                 export it again as “Collection v2.1”."
            ),
            PostmanError::Malformed(reason) => write!(
                f,
                "This looks like a Postman collection, but part of it is not in the Collection \
                 v2.1 format: {reason}."
            ),
            PostmanError::TooDeep(too_deep) => write!(
                f,
                "This collection cannot be imported: {too_deep}. In Postman, move its deepest \
                 folders up a level or more, then export it again."
            ),
        }
    }
}

impl std::error::Error for PostmanError {}

/// Whether a file is meant as a Postman collection rather than one of our
/// backups (which hold a `library`): its top level has a collection's `info`
/// or `item` (v2) or `requests` (v1, refused with its own message later).
/// Decided on the structure, so a backup whose saved requests merely mention
/// Postman goes to the backup importer.
pub fn looks_like_postman(text: &str) -> bool {
    Json::parse(text.as_bytes()).is_ok_and(|doc| is_postman(&doc))
}

/// [`looks_like_postman`], for a file already parsed.
pub fn is_postman(doc: &Json) -> bool {
    doc.member("library").is_none()
        && ["info", "item", "requests"]
            .iter()
            .any(|name| doc.member(name).is_some())
}

/// The first switched-on row named `name` (case-insensitively): the one that decides.
fn enabled_header<'a>(headers: &'a [HeaderRow], name: &str) -> Option<&'a HeaderRow> {
    headers.iter().find(|row| decides(row, name))
}

fn decides(row: &HeaderRow, name: &str) -> bool {
    row.enabled && row.name.trim().eq_ignore_ascii_case(name)
}
