//! The last sent requests, kept in localStorage beside the library.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::storage::StorageListener;
use crate::browser::{clock, random, storage};
use crate::core::collections::{
    load_history, pending_history_key, pending_history_prefix, serialize_history, BackupKind,
    History, HistoryEntry, HistoryProblem, Id, HISTORY_KEY, HISTORY_WITHOUT_CREDENTIALS_KEY,
    PLAIN_STORAGE_NOTICE_KEY,
};
use crate::core::exchange::Outcome;
use crate::core::request::draft::RequestDraft;
use crate::state::backups;
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
    /// Stored history as this tab last read or wrote it: the base for merging
    /// what another tab sent or removed since.
    base: StoredValue<History>,
    listener: StoredValue<Option<StorageListener>, LocalStorage>,
    /// Where a failed write is reported (history is saved from a timer, outside any component).
    collections: Collections,
    /// The user keeps credentials out of stored history (see [`History::without_credentials`]).
    without_credentials: RwSignal<bool>,
    /// The user has read that history and collections are stored as plain text.
    notice_seen: RwSignal<bool>,
}

fn stored_flag(key: &str) -> bool {
    storage::read(key).ok().flatten().is_some()
}

impl HistoryStore {
    pub fn provide(collections: Collections) -> Self {
        let store = HistoryStore {
            history: RwSignal::new(History::default()),
            problem: RwSignal::new(None),
            writable: StoredValue::new(None),
            pending_key: StoredValue::new(pending_history_key(random::random_u64())),
            base: StoredValue::new(History::default()),
            listener: StoredValue::new_local(None),
            collections,
            // Read now, not with history: it decides what may be written before then.
            without_credentials: RwSignal::new(stored_flag(HISTORY_WITHOUT_CREDENTIALS_KEY)),
            notice_seen: RwSignal::new(stored_flag(PLAIN_STORAGE_NOTICE_KEY)),
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
            Some(HistoryProblem::Corrupt { .. }) => raw.as_deref().is_none_or(back_up),
        };
        self.base.set_value(loaded.history.clone());
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
        if absorbed && writable && self.write_merged() {
            for (key, _) in pending {
                let _ = storage::remove(&key);
            }
        }
        let this = *self;
        let listener = storage::listen(HISTORY_KEY, move |raw| this.other_tab_wrote(raw));
        self.listener.set_value(listener);
    }

    /// Shows what another tab sent or removed, keeping what this tab did since.
    fn other_tab_wrote(&self, raw: Option<String>) {
        let loaded = load_history(raw.as_deref());
        if loaded.problem.is_some() {
            // This tab's next write deals with it (see `write_merged`).
            return;
        }
        let merged = self
            .history
            .with_untracked(|ours| History::merge(&self.base.get_value(), ours, &loaded.history));
        self.base.set_value(loaded.history);
        self.history.set(merged);
    }

    /// Writes history to its key after merging what another tab wrote since
    /// this one last looked: two tabs sending never erase each other's entries.
    /// Lives in the sidebar's chunk with the code that reads history.
    fn write_merged(&self) -> bool {
        let raw = storage::read(HISTORY_KEY).ok().flatten();
        let loaded = load_history(raw.as_deref());
        let theirs = match loaded.problem {
            None => loaded.history,
            Some(HistoryProblem::TooNew { .. }) => {
                self.writable.set_value(Some(false));
                self.problem.set(loaded.problem.map(|p| p.to_string()));
                return false;
            }
            Some(HistoryProblem::Corrupt { .. }) => {
                if !raw.as_deref().is_none_or(back_up) {
                    self.writable.set_value(Some(false));
                    return false;
                }
                History::default()
            }
        };
        let merged = self
            .history
            .with_untracked(|ours| History::merge(&self.base.get_value(), ours, &theirs));
        let stored = if self.without_credentials.get_untracked() {
            merged.without_credentials()
        } else {
            merged.clone()
        };
        let text = serialize_history(&stored, clock::now_ms());
        self.history.set(merged.clone());
        match storage::write(HISTORY_KEY, &text) {
            Ok(()) => {
                self.base.set_value(merged);
                true
            }
            Err(failure) => {
                self.collections.report_failure(failure);
                false
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

    pub fn without_credentials(&self) -> bool {
        self.without_credentials.get()
    }

    /// Keeps credentials out of stored history from now on (rewriting what is
    /// stored), or lets them be kept again for new writes.
    pub fn set_without_credentials(&self, on: bool) {
        let written = if on {
            storage::write(HISTORY_WITHOUT_CREDENTIALS_KEY, "on")
        } else {
            storage::remove(HISTORY_WITHOUT_CREDENTIALS_KEY)
        };
        if let Err(failure) = written {
            self.collections.report_failure(failure);
        }
        self.without_credentials.set(on);
        self.persist();
    }

    pub fn plain_storage_notice_seen(&self) -> bool {
        self.notice_seen.get()
    }

    pub fn dismiss_plain_storage_notice(&self) {
        if let Err(failure) = storage::write(PLAIN_STORAGE_NOTICE_KEY, "seen") {
            self.collections.report_failure(failure);
        }
        self.notice_seen.set(true);
    }

    pub fn clear(&self) {
        self.history.update(History::clear);
        self.persist();
    }

    /// Writes history where it belongs now.
    fn persist(&self) {
        match self.writable.get_value() {
            Some(true) => {
                let this = *self;
                // The chunk is already here: it is what read history in the first place.
                spawn_local(async move {
                    let _ = write_history(this).await;
                });
            }
            Some(false) => {}
            // Until history is read, entries wait in memory rather than be
            // written with their credentials under the pending key.
            None if self.without_credentials.get_untracked() => {}
            None => {
                let text = self
                    .history
                    .with_untracked(|h| serialize_history(h, clock::now_ms()));
                if let Err(failure) = storage::write(&self.pending_key.get_value(), &text) {
                    self.collections.report_failure(failure);
                }
            }
        }
    }
}

// Reading and merging stored history is not needed to send a request.
crate::ui::lazy::split_fn!(sidebar: fn write_history(store: HistoryStore) -> bool {
    store.write_merged()
});

/// Keeps unreadable history aside, once per distinct text however often the page loads.
fn back_up(raw: &str) -> bool {
    backups::back_up(BackupKind::History, raw).is_ok()
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
