//! Requests as they were sent, newest first, kept in their own versioned document.
//!
//! History is less precious than collections, but its text is never thrown
//! away either: anything [`load_history`] cannot use is reported, so the
//! caller can back it up before starting an empty history.

use serde::{Deserialize, Serialize};

use super::document::{load_versioned, to_json, Schema, Up, Versioned};
use super::id::Id;
use crate::core::request::RequestDraft;

pub const HISTORY_LIMIT: usize = 100;
pub const HISTORY_KEY: &str = "stringtools.api-client.history";
pub const HISTORY_VERSION: u32 = 1;
/// `HISTORY_MIGRATIONS[i]` upgrades version `1 + i` by one (see `document.rs`).
pub const HISTORY_MIGRATIONS: &[Up] = &[];

const _: () = assert!(HISTORY_MIGRATIONS.len() as u32 == HISTORY_VERSION - 1);

const HISTORY_SCHEMA: Schema = Schema {
    oldest: 1,
    current: HISTORY_VERSION,
    steps: HISTORY_MIGRATIONS,
};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryEntry {
    pub id: Id,
    pub request: RequestDraft,
    /// The status code, when a response arrived.
    pub status: Option<u16>,
    /// "404 Not Found", "Timed out"…
    pub outcome: String,
    pub sent_ms: u64,
    pub elapsed_ms: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct History {
    /// Newest first.
    pub entries: Vec<HistoryEntry>,
}

impl History {
    /// Adds the newest entry, dropping the oldest beyond [`HISTORY_LIMIT`].
    pub fn push(&mut self, entry: HistoryEntry) {
        self.entries.insert(0, entry);
        self.entries.truncate(HISTORY_LIMIT);
    }

    pub fn clear(&mut self) {
        self.entries.clear();
    }

    pub fn remove(&mut self, id: &Id) -> Option<HistoryEntry> {
        let index = self.entries.iter().position(|e| &e.id == id)?;
        Some(self.entries.remove(index))
    }
}

/// No save time: history needs none, and core reads no clock.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredHistory {
    pub version: u32,
    pub history: History,
}

/// Nothing stored gives an empty history. `Err` carries a reason to tell the
/// user; the caller backs up the raw text and starts with an empty history.
/// History from a newer app is an `Err` too: it cannot be kept up to date
/// without rewriting it in the older format, so it is backed up instead.
pub fn load_history(raw: Option<&str>) -> Result<History, String> {
    match load_versioned::<StoredHistory>(raw, &HISTORY_SCHEMA, "The saved history") {
        Versioned::Empty => Ok(History::default()),
        Versioned::Current(doc) | Versioned::Migrated(doc, _) => Ok(doc.history),
        Versioned::TooNew(version, _) => Err(format!(
            "The saved history was written by a newer version of this app (format {version}), \
             which this version cannot keep up to date."
        )),
        Versioned::Corrupt(reason) => Err(reason),
    }
}

/// Compact JSON of a [`StoredHistory`] at [`HISTORY_VERSION`].
pub fn serialize_history(history: &History) -> String {
    to_json(
        &StoredHistory {
            version: HISTORY_VERSION,
            history: history.clone(),
        },
        false,
    )
}
