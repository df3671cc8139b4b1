//! The last sent requests, kept in localStorage beside the library.

use leptos::prelude::*;

use crate::browser::{clock, random, storage};
use crate::core::collections::{
    load_history, pending_history_key, pending_history_prefix, serialize_history, History,
    HistoryEntry, HistoryProblem, Id, HISTORY_KEY,
};
use crate::core::exchange::Outcome;
use crate::core::request::draft::RequestDraft;
use crate::state::collections::Collections;

#[derive(Clone, Copy)]
pub struct HistoryStore {
    history: RwSignal<History>,
    /// Why stored history could not be used as it was, for the panel to say.
    problem: RwSignal<Option<String>>,
    /// None until stored history has been read: until then what is sent is kept
    /// under this page's pending key. Then false for history written by a newer
    /// app, or unreadable bytes we could not back up.
    writable: StoredValue<Option<bool>>,
    /// This page load's pending key (see [`pending_history_key`]).
    pending_key: StoredValue<String>,
    /// Where a failed write is reported (history is saved from a timer, outside any component).
    collections: Collections,
}

impl HistoryStore {
    pub fn provide(collections: Collections) -> Self {
        let store = HistoryStore {
            history: RwSignal::new(History::default()),
            problem: RwSignal::new(None),
            writable: StoredValue::new(None),
            pending_key: StoredValue::new(pending_history_key(random::random_u64())),
            collections,
        };
        provide_context(store);
        store
    }

    /// Reads what was sent, newest first, tracked.
    pub fn with_history<R>(&self, read: impl FnOnce(&History) -> R) -> R {
        self.history.with(read)
    }

    /// Why stored history could not be used as it was.
    pub fn problem(&self) -> Option<String> {
        self.problem.get()
    }

    /// Reads stored history, once, with what any page sent before its history
    /// was read. Called by the sidebar's chunk, like [`Collections::start`].
    pub fn start(&self) {
        if self.writable.get_value().is_some() {
            return;
        }
        let raw = storage::read(HISTORY_KEY).ok().flatten();
        let loaded = load_history(raw.as_deref());
        let writable = match &loaded.problem {
            None => true,
            Some(HistoryProblem::TooNew { .. }) => false,
            // History matters less than collections, but its bytes are still kept aside.
            Some(HistoryProblem::Corrupt { .. }) => raw.as_deref().is_none_or(|raw| {
                storage::write(&format!("{HISTORY_KEY}.backup.{}", clock::now_ms()), raw).is_ok()
            }),
        };
        let pending = read_pending();
        let mut absorbed = !pending.is_empty();
        self.history.update(|h| {
            let sent_here = std::mem::replace(h, loaded.history);
            absorbed |= !sent_here.entries.is_empty();
            let elsewhere = pending.iter().flat_map(|(_, p)| p.entries.iter().cloned());
            h.absorb(sent_here.entries.into_iter().chain(elsewhere));
        });
        self.problem.set(loaded.problem.map(|p| p.to_string()));
        self.writable.set_value(Some(writable));
        // Only what was sent before the read is new: otherwise storage already holds it all.
        if absorbed && writable && self.persist() {
            for (key, _) in pending {
                let _ = storage::remove(&key);
            }
        }
    }

    pub fn record(&self, request: RequestDraft, outcome: Outcome) {
        let entry = HistoryEntry {
            id: Id::from_random(random::random_u64()),
            request,
            status: outcome.status,
            outcome: outcome.summary,
            sent_ms: clock::now_ms(),
            elapsed_ms: outcome.elapsed_ms,
        };
        self.history.update(|h| h.push(entry));
        self.persist();
    }

    pub fn clear(&self) {
        self.history.update(History::clear);
        self.persist();
    }

    /// Writes history where it belongs now; true when it was written.
    fn persist(&self) -> bool {
        let key = match self.writable.get_value() {
            Some(true) => HISTORY_KEY.to_owned(),
            Some(false) => return false,
            None => self.pending_key.get_value(),
        };
        let text = self
            .history
            .with_untracked(|h| serialize_history(h, clock::now_ms()));
        let Err(failure) = storage::write(&key, &text) else {
            return true;
        };
        self.collections.report_failure(failure);
        false
    }
}

/// Every page's pending history that can be read; unreadable ones stay where they are.
fn read_pending() -> Vec<(String, History)> {
    storage::keys_with_prefix(&pending_history_prefix())
        .into_iter()
        .filter_map(|key| {
            let raw = storage::read(&key).ok().flatten()?;
            let loaded = load_history(Some(&raw));
            loaded.problem.is_none().then_some((key, loaded.history))
        })
        .collect()
}
