//! What can go wrong when saving to or reading from browser storage, in words
//! a person understands. The browser edge maps DOMExceptions onto these.

use std::fmt;

use crate::core::response::received::format_size;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageFailure {
    /// localStorage is switched off or blocked (private modes, site settings).
    Unavailable {
        detail: String,
    },
    /// The browser's storage quota for this site is full.
    QuotaExceeded {
        bytes: usize,
    },
    WriteFailed {
        detail: String,
    },
}

impl fmt::Display for StorageFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageFailure::Unavailable { detail } => write!(
                f,
                "Saving is off: this browser does not let the page use local storage ({detail}). \
                 Sending requests works as usual, but collections and history are not kept. \
                 Allow site data for this page, or leave private browsing, to save your work."
            ),
            StorageFailure::QuotaExceeded { bytes } => write!(
                f,
                "Not saved: the browser's storage for this site is full, and the data to save is {}. \
                 Your collections are still open here and the last saved copy is untouched. Export a \
                 backup, then make room: delete large requests, clear history, or delete old \
                 copies under “Backups kept in this browser” below the collections.",
                format_size(*bytes)
            ),
            StorageFailure::WriteFailed { detail } => write!(
                f,
                "Not saved: the browser refused to write to local storage ({detail}). The last saved \
                 copy is untouched; your changes are still open here."
            ),
        }
    }
}

impl std::error::Error for StorageFailure {}

#[cfg(test)]
mod tests;
