//! The last sent requests, kept in localStorage beside the library.

use leptos::prelude::*;

use crate::browser::{clock, random, storage};
use crate::core::collections::{
    load_history, serialize_history, History, HistoryEntry, HistoryProblem, Id, HISTORY_KEY,
};
use crate::core::request::RequestDraft;
use crate::state::collections::{Collections, SaveMode};

#[derive(Clone, Copy)]
pub struct HistoryStore {
    pub history: RwSignal<History>,
    /// Why stored history could not be used as it was, for the panel to say.
    pub problem: RwSignal<Option<String>>,
    /// False for history written by a newer app, or unreadable bytes we could not back up.
    writable: StoredValue<bool>,
    /// Where a failed write is reported (history is saved from a timer, outside any component).
    collections: Option<Collections>,
}

impl HistoryStore {
    pub fn provide() -> Self {
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
        let store = HistoryStore {
            history: RwSignal::new(loaded.history),
            problem: RwSignal::new(loaded.problem.map(|p| p.to_string())),
            writable: StoredValue::new(writable),
            collections: use_context::<Collections>(),
        };
        provide_context(store);
        store
    }

    pub fn record(
        &self,
        request: RequestDraft,
        status: Option<u16>,
        outcome: String,
        elapsed_ms: u64,
    ) {
        let entry = HistoryEntry {
            id: Id::from_random(random::random_u64()),
            request,
            status,
            outcome,
            sent_ms: clock::now_ms(),
            elapsed_ms,
        };
        self.history.update(|h| h.push(entry));
        self.persist();
    }

    pub fn clear(&self) {
        self.history.update(History::clear);
        self.persist();
    }

    fn persist(&self) {
        if !self.writable.get_value() {
            return;
        }
        let text = self
            .history
            .with_untracked(|h| serialize_history(h, clock::now_ms()));
        if let Err(failure) = storage::write(HISTORY_KEY, &text) {
            // With saving off the user has been told already; say nothing twice.
            if let Some(collections) = self.collections {
                if !matches!(collections.mode.get_untracked(), SaveMode::Off(_)) {
                    collections.failure.set(Some(failure));
                }
            }
        }
    }
}
