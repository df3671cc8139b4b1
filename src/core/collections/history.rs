//! Requests as they were sent, newest first, kept in their own versioned document.
//!
//! History is less precious than collections, but is handled the same way:
//! unreadable text is reported (the caller backs it up) and replaced by an
//! empty history; text from a newer app is never written over.

use serde::{Deserialize, Serialize};
use std::fmt;

use super::document::{load_versioned, to_json, Schema, Up, Versioned};
use super::id::Id;
use super::share::shareable;
use crate::core::request::draft::RequestDraft;
use crate::core::request::legacy::upgrade_request_v1;

pub const HISTORY_LIMIT: usize = 100;
pub const HISTORY_KEY: &str = "stringtools.api-client.history";
pub const HISTORY_VERSION: u32 = 2;
/// Set (to "on") when the user chose to keep credentials out of stored history.
pub const HISTORY_WITHOUT_CREDENTIALS_KEY: &str =
    "stringtools.api-client.settings.history-without-credentials";
/// Set once the user has read that history and collections are stored as plain text.
pub const PLAIN_STORAGE_NOTICE_KEY: &str = "stringtools.api-client.settings.plain-storage-notice";

/// `HISTORY_MIGRATIONS[i]` upgrades version `1 + i` by one (see `document.rs`).
pub const HISTORY_MIGRATIONS: &[Up] = &[history_v2_up];

/// Version 2 typed request bodies (see `core::request::legacy`).
fn history_v2_up(mut doc: serde_json::Value) -> Result<serde_json::Value, String> {
    let entries = doc
        .get_mut("history")
        .and_then(|history| history.get_mut("entries"))
        .and_then(serde_json::Value::as_array_mut);
    for entry in entries.into_iter().flatten() {
        if let Some(request) = entry.get_mut("request") {
            upgrade_request_v1(request)?;
        }
    }
    Ok(doc)
}

const _: () = assert!(HISTORY_MIGRATIONS.len() as u32 == HISTORY_VERSION - 1);

const HISTORY_SCHEMA: Schema = Schema {
    oldest: 1,
    current: HISTORY_VERSION,
    steps: HISTORY_MIGRATIONS,
};

/// Where a page keeps what it sent before stored history was read (the reading
/// code comes in a chunk that may arrive late or not at all): one key per page
/// load, so two pages never write over each other's entries.
pub fn pending_history_key(page: u64) -> String {
    format!("{}{page:016x}", pending_history_prefix())
}

pub fn pending_history_prefix() -> String {
    format!("{HISTORY_KEY}.pending.")
}

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

    /// Adds entries recorded before history was read (this page's and other
    /// pages' pending ones), each once, all in order of sending, newest first,
    /// within [`HISTORY_LIMIT`].
    pub fn absorb(&mut self, entries: impl IntoIterator<Item = HistoryEntry>) {
        let mut all = std::mem::take(&mut self.entries);
        for entry in entries {
            if !all.iter().any(|e| e.id == entry.id) {
                all.push(entry);
            }
        }
        // Stable: entries sent in the same millisecond keep their order.
        all.sort_by_key(|e| std::cmp::Reverse(e.sent_ms));
        all.truncate(HISTORY_LIMIT);
        self.entries = all;
    }

    /// Three-way merge for two tabs writing one history: what either side
    /// sent since `base` (the history both last agreed on) is kept, and what
    /// either side removed from `base` (one entry, a clear, or the oldest past
    /// the limit) stays removed.
    pub fn merge(base: &History, ours: &History, theirs: &History) -> History {
        let has = |history: &History, id: &Id| history.entries.iter().any(|e| &e.id == id);
        let removed = |id: &Id| has(base, id) && !(has(ours, id) && has(theirs, id));
        let kept_theirs = theirs.entries.iter().filter(|e| !removed(&e.id)).cloned();
        let mut merged = History {
            entries: ours
                .entries
                .iter()
                .filter(|e| !removed(&e.id))
                .cloned()
                .collect(),
        };
        merged.absorb(kept_theirs);
        merged
    }

    /// This history as it is stored when the user keeps credentials out: each
    /// request as a share link without secrets carries it (see
    /// [`super::share::shareable`]), so reopening one asks for its token again.
    pub fn without_credentials(&self) -> History {
        let entries = self.entries.iter().map(|entry| HistoryEntry {
            request: shareable(&entry.request).0,
            ..entry.clone()
        });
        History {
            entries: entries.collect(),
        }
    }

    pub fn remove(&mut self, id: &Id) -> Option<HistoryEntry> {
        let index = self.entries.iter().position(|e| &e.id == id)?;
        Some(self.entries.remove(index))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredHistory {
    pub version: u32,
    pub saved_ms: u64,
    pub history: History,
}

/// What loading gives: always a history to show, and what went wrong, if anything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadedHistory {
    pub history: History,
    pub problem: Option<HistoryProblem>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HistoryProblem {
    /// Written by a newer app: `history` is a best-effort view; never write the key.
    TooNew { version: u32 },
    /// Unreadable: `history` is empty; back up the raw text before writing.
    Corrupt { reason: String },
}

impl fmt::Display for HistoryProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HistoryProblem::TooNew { version } => write!(
                f,
                "The saved history was written by a newer version of this app (format {version}). \
                 It is shown but not changed; reload to get the newest app."
            ),
            HistoryProblem::Corrupt { reason } => {
                write!(
                    f,
                    "{reason} It was kept in a backup and history starts empty."
                )
            }
        }
    }
}

pub fn load_history(raw: Option<&str>) -> LoadedHistory {
    let (history, problem) =
        match load_versioned::<StoredHistory>(raw, &HISTORY_SCHEMA, "The saved history") {
            Versioned::Empty => (History::default(), None),
            Versioned::Current(doc) | Versioned::Migrated(doc, _) => (doc.history, None),
            Versioned::TooNew(version, doc) => (
                doc.map(|d| d.history).unwrap_or_default(),
                Some(HistoryProblem::TooNew { version }),
            ),
            Versioned::Corrupt(reason) => {
                (History::default(), Some(HistoryProblem::Corrupt { reason }))
            }
        };
    LoadedHistory { history, problem }
}

/// Compact JSON of a [`StoredHistory`] at [`HISTORY_VERSION`].
pub fn serialize_history(history: &History, now_ms: u64) -> String {
    to_json(
        &StoredHistory {
            version: HISTORY_VERSION,
            saved_ms: now_ms,
            history: history.clone(),
        },
        false,
    )
}
