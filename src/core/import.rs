//! Reading a file the user chose to import: a backup of ours or a Postman
//! collection. The text is parsed once; what it is is decided on that tree,
//! which is then read as the one or the other.
//!
//! Before anything is read, the file's size is checked against
//! [`MAX_IMPORT_BYTES`]: parsing keeps the text and its tree in memory
//! together, several times the file's size, and a tab that runs out of
//! memory loses everything unsaved.

mod names;
#[cfg(test)]
mod tests;

use std::fmt;

use crate::core::collections::Library;
use crate::core::collections::{import_backup_tree, FileTooDeep, Id, ImportError as BackupError};
use crate::core::json_value::Json;
use crate::core::postman::{import_postman_tree, is_postman, PostmanError, PostmanImport};

pub use names::shortened_note;

/// Largest file that can be imported: far more than any real collection.
pub const MAX_IMPORT_BYTES: u64 = 10 * 1024 * 1024;

/// Why a file could not be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`MAX_IMPORT_BYTES`]; holds the file's size.
    TooLarge {
        bytes: u64,
    },
    Empty,
    /// Not JSON; holds the parser's message.
    NotJson(String),
    /// Nested deeper than JSON can be read at all.
    TooDeep(FileTooDeep),
    Postman(PostmanError),
    Backup(BackupError),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge { bytes } => write!(
                f,
                "The file is {}; files of up to {} can be imported.",
                megabytes(*bytes),
                megabytes(MAX_IMPORT_BYTES)
            ),
            ImportError::Empty => f.write_str("The file is empty."),
            ImportError::NotJson(reason) => write!(
                f,
                "The file is not JSON, so it is neither a backup from this app nor a Postman \
                 collection ({reason}). Choose a .json file exported from this app or from \
                 Postman."
            ),
            ImportError::TooDeep(too_deep) => {
                write!(f, "The file cannot be imported: {too_deep}.")
            }
            ImportError::Postman(e) => e.fmt(f),
            ImportError::Backup(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for ImportError {}

impl From<PostmanError> for ImportError {
    fn from(e: PostmanError) -> ImportError {
        ImportError::Postman(e)
    }
}

impl From<BackupError> for ImportError {
    fn from(e: BackupError) -> ImportError {
        ImportError::Backup(e)
    }
}

/// `10 MB`, `12.4 MB`: a size in mebibytes, as file managers show it.
fn megabytes(bytes: u64) -> String {
    let tenths = (bytes.saturating_mul(10)).div_ceil(1024 * 1024);
    match tenths % 10 {
        0 => format!("{} MB", tenths / 10),
        rest => format!("{}.{rest} MB", tenths / 10),
    }
}

/// Refuses a file larger than [`MAX_IMPORT_BYTES`], before its text is read.
pub fn check_import_size(bytes: u64) -> Result<(), ImportError> {
    if bytes > MAX_IMPORT_BYTES {
        Err(ImportError::TooLarge { bytes })
    } else {
        Ok(())
    }
}

/// What a file held.
#[derive(Debug, Clone, PartialEq)]
pub enum Contents {
    /// One collection, and what it could not take over.
    Postman(PostmanImport),
    /// Every collection and environment of a backup, to be planned with
    /// `collections::plan_import`.
    Backup(Library),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub contents: Contents,
    /// How many names were longer than a name may be, and were shortened
    /// (see [`shortened_note`]).
    pub shortened_names: usize,
}

/// Reads a backup or a Postman collection. `new_id` is called for each
/// collection, folder and request of a Postman collection (a backup keeps
/// its ids). Names too long to be typed are cut rather than refused.
pub fn read_import(
    text: &str,
    new_id: &mut dyn FnMut() -> Id,
    now_ms: u64,
) -> Result<Imported, ImportError> {
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let json = Json::parse(text.as_bytes()).map_err(|e| {
        FileTooDeep::nested(&e)
            .map_or_else(|| ImportError::NotJson(e.to_string()), ImportError::TooDeep)
    })?;
    let (contents, shortened_names) = if is_postman(&json) {
        let mut import = import_postman_tree(&json, new_id, now_ms)?;
        let shortened = names::shorten_collection(&mut import.collection);
        (Contents::Postman(import), shortened)
    } else {
        let mut library = import_backup_tree(json.into_value())?;
        let shortened = names::shorten_library(&mut library);
        (Contents::Backup(library), shortened)
    };
    Ok(Imported {
        contents,
        shortened_names,
    })
}
