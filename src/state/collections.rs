//! The saved library: collections in localStorage, kept safe across versions,
//! corruption, full quotas, blocked storage and other tabs.

use leptos::prelude::*;

use crate::browser::storage::{self, StorageListener};
use crate::browser::{clock, random};
use crate::core::collections::{
    load, merge, resolve, serialize, BackupKind, Conflict, Deleted, Id, Library, Loaded,
    ModelError, NewIds, OpenedRequest, SaveDraft, SaveError, Side, STORAGE_KEY,
};
use crate::core::persistence::StorageFailure;
use crate::state::backups;

/// Whether changes reach localStorage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveMode {
    /// Not read yet: the reading code comes in the sidebar's chunk (src/ui/layout.rs).
    /// Nothing is written meanwhile, so an empty library never replaces a stored one.
    Loading,
    Saving,
    /// Stored by a newer version of the app: shown, never written.
    ReadOnly {
        version: u32,
    },
    Off(StorageFailure),
}

/// Stored data that could not be read. Kept apart from passing notices so
/// the way to download it stays on screen until the user dismisses it.
#[derive(Debug, Clone, PartialEq)]
pub struct Recovered {
    pub reason: String,
    /// Where the bytes were copied; empty when they could not be copied and
    /// were left where they were.
    pub backup_key: String,
    pub raw: String,
}

/// Why a change to the library was not made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChangeError<E = ModelError> {
    /// The stored library has not been read yet (see [`SaveMode::Loading`]).
    Loading,
    /// The stored library is from a newer version of the app.
    ReadOnly { version: u32 },
    /// The change itself was refused; the library is as it was.
    Refused(E),
}

impl<E: std::fmt::Display> std::fmt::Display for ChangeError<E> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ChangeError::Loading => {
                f.write_str("Your saved collections are still loading; try again in a moment.")
            }
            ChangeError::ReadOnly { version } => write!(
                f,
                "These collections were saved by a newer version of the app (format {version}); they are \
                 read-only here so nothing of them is lost. Reload to get the newer version."
            ),
            ChangeError::Refused(error) => error.fmt(f),
        }
    }
}

/// What a link to a part of the library (a collection, a saved request) finds.
#[derive(Debug, Clone, PartialEq)]
pub enum Lookup<T> {
    /// The library has not been read yet.
    Loading,
    Found(T),
    Missing,
    /// The code that reads the library could not be downloaded, so it never will be read.
    Unavailable,
}

/// What the Undo button of the current notice puts back.
#[derive(Debug, Clone)]
enum Undoable {
    Deleted(Deleted),
    /// An import, undone by going back to the library before it, as long as
    /// nothing changed the library after it (here or in another tab).
    Import {
        before: Library,
        after: Library,
    },
}

/// The library changed after an import, so going back would lose that change.
const IMPORT_CHANGED_SINCE: &str = "The import can no longer be undone: the collections changed \
    after it (here or in another tab). Nothing was changed; delete what you do not want instead.";

/// A passing message; a newer one replaces it.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    Undo { message: String },
    Info(String),
}

#[derive(Clone, Copy)]
pub struct Collections {
    library: RwSignal<Library>,
    mode: RwSignal<SaveMode>,
    notice: RwSignal<Option<Notice>>,
    /// The last write that failed, until a write succeeds: never hidden by a notice.
    failure: RwSignal<Option<StorageFailure>>,
    recovered: RwSignal<Option<Recovered>>,
    conflicts: RwSignal<Vec<Conflict>>,
    /// The sidebar's chunk, which reads the library, failed to download.
    unavailable: RwSignal<bool>,
    /// What storage held when we last read or wrote it: the base for merging another tab's changes.
    base: StoredValue<Library>,
    /// The exact text we last wrote, to tell our own writes from another tab's.
    last_written: StoredValue<Option<String>>,
    undo: StoredValue<Option<Undoable>>,
    listener: StoredValue<Option<StorageListener>, LocalStorage>,
}

impl Collections {
    pub fn provide() -> Self {
        let this = Collections {
            library: RwSignal::new(Library::default()),
            mode: RwSignal::new(SaveMode::Loading),
            notice: RwSignal::new(None),
            failure: RwSignal::new(None),
            recovered: RwSignal::new(None),
            conflicts: RwSignal::new(Vec::new()),
            unavailable: RwSignal::new(false),
            base: StoredValue::new(Library::default()),
            last_written: StoredValue::new(None),
            undo: StoredValue::new(None),
            listener: StoredValue::new_local(None),
        };
        provide_context(this);
        this
    }

    /// Reads the library as last read or changed, tracked; change it with
    /// [`Collections::change`].
    pub fn with_library<R>(&self, read: impl FnOnce(&Library) -> R) -> R {
        self.library.with(read)
    }

    pub fn with_library_untracked<R>(&self, read: impl FnOnce(&Library) -> R) -> R {
        self.library.with_untracked(read)
    }

    pub fn mode(&self) -> SaveMode {
        self.mode.get()
    }

    pub fn notice(&self) -> Option<Notice> {
        self.notice.get()
    }

    pub fn failure(&self) -> Option<StorageFailure> {
        self.failure.get()
    }

    pub fn recovered(&self) -> Option<Recovered> {
        self.recovered.get()
    }

    pub fn conflicts(&self) -> Vec<Conflict> {
        self.conflicts.get()
    }

    /// Shows a passing message in place of the one shown.
    pub fn tell(&self, message: impl Into<String>) {
        self.notice.set(Some(Notice::Info(message.into())));
    }

    pub fn dismiss_notice(&self) {
        self.notice.set(None);
    }

    pub fn dismiss_failure(&self) {
        self.failure.set(None);
    }

    pub fn dismiss_recovered(&self) {
        self.recovered.set(None);
    }

    /// A write of data kept beside the library (history) failed. Said only while
    /// saving is on: with saving off the user has been told already.
    pub fn report_failure(&self, failure: StorageFailure) {
        if !matches!(self.mode.get_untracked(), SaveMode::Off(_)) {
            self.failure.set(Some(failure));
        }
    }

    /// Reads the stored library, once; later calls do nothing. Called by the
    /// sidebar's chunk, so the reading, migrating and merging code is not part
    /// of the first load.
    pub fn start(&self) {
        if self.mode.get_untracked() != SaveMode::Loading {
            return;
        }
        self.mode.set(SaveMode::Saving);
        match storage::probe() {
            Ok(()) => {}
            // A full quota still lets us read: show the library, and report each
            // write that fails with its real size (the probe's one byte would mislead).
            Err(StorageFailure::QuotaExceeded { .. }) => {}
            Err(failure) => return self.mode.set(SaveMode::Off(failure)),
        }
        match storage::read(STORAGE_KEY) {
            Ok(raw) => self.adopt_stored(raw),
            Err(failure) => self.mode.set(SaveMode::Off(failure)),
        }
        let this = *self;
        let listener = storage::listen(STORAGE_KEY, move |raw| this.other_tab_wrote(raw));
        self.listener.set_value(listener);
    }

    /// First load: decide what the stored text means and never destroy it.
    fn adopt_stored(&self, raw: Option<String>) {
        match load(raw.as_deref()) {
            Loaded::Empty => {}
            Loaded::Current(library) => self.set_clean(library, raw),
            Loaded::Migrated { library, from } => {
                self.set_clean(library, raw.clone());
                // Keep the old bytes before the first write in the new format;
                // without that copy, leave them alone and save nothing.
                if let Some(old) = &raw {
                    if let Err(failure) = self.back_up(old) {
                        return self.mode.set(SaveMode::Off(failure));
                    }
                }
                self.notice.set(Some(Notice::Info(format!(
                    "Your saved collections were upgraded from format version {from}; a copy of the old data was kept."
                ))));
                self.persist();
            }
            Loaded::TooNew { version, library } => {
                self.mode.set(SaveMode::ReadOnly { version });
                self.library.set(library.unwrap_or_default());
            }
            Loaded::Corrupt { reason } => self.recover_corrupt(reason, raw.unwrap_or_default()),
        }
    }

    fn recover_corrupt(&self, reason: String, raw: String) {
        let backup_key = match self.back_up(&raw) {
            Ok(key) => key,
            // Without a backup, the original must stay where it is: don't write at all.
            Err(failure) => {
                self.mode.set(SaveMode::Off(failure));
                String::new()
            }
        };
        self.recovered.set(Some(Recovered {
            reason,
            backup_key,
            raw,
        }));
    }

    /// Copies stored text aside under a backup key, once per distinct text.
    fn back_up(&self, raw: &str) -> Result<String, StorageFailure> {
        backups::back_up(BackupKind::Library, raw)
    }

    fn set_clean(&self, library: Library, raw: Option<String>) {
        self.base.set_value(library.clone());
        self.library.set(library);
        self.last_written.set_value(raw);
    }

    /// Another tab changed the library: merge its change into ours, never dropping an edit.
    fn other_tab_wrote(&self, raw: Option<String>) {
        if raw == self.last_written.get_value() || self.mode.get_untracked() != SaveMode::Saving {
            return;
        }
        let theirs = match load(raw.as_deref()) {
            Loaded::Current(library) | Loaded::Migrated { library, .. } => library,
            Loaded::Empty => Library::default(),
            Loaded::TooNew { version, .. } => return self.mode.set(SaveMode::ReadOnly { version }),
            // Our next write replaces it: keep a copy first, or stop writing.
            Loaded::Corrupt { reason } => {
                let raw = raw.unwrap_or_default();
                self.recover_corrupt(reason, raw.clone());
                self.last_written.set_value(Some(raw));
                return;
            }
        };
        let merged = merge(
            &self.base.get_value(),
            &self.library.get_untracked(),
            &theirs,
        );
        self.base.set_value(theirs);
        let raw_for_backup = raw.clone();
        self.last_written.set_value(raw);
        self.library.set(merged.library);
        if !merged.conflicts.is_empty() {
            // Our next write keeps this tab's side until the user chooses; the
            // other tab's document is copied aside so closing this tab loses nothing.
            if let Some(text) = raw_for_backup {
                if let Err(failure) = self.back_up(&text) {
                    self.failure.set(Some(failure));
                }
            }
            self.conflicts.update(|c| c.extend(merged.conflicts));
        }
        if !merged.property_conflicts.is_empty() {
            let names: Vec<String> = merged
                .property_conflicts
                .iter()
                .map(|c| format!("“{}”", c.name))
                .collect();
            self.notice.set(Some(Notice::Info(format!(
                "{} also changed in another tab (renamed or new variables); this tab's version was kept. \
                 Reload to see the other tab's version instead.",
                names.join(", ")
            ))));
        }
    }

    /// Writes the library, first merging anything another tab wrote since we last looked.
    fn persist(&self) {
        if self.mode.get_untracked() != SaveMode::Saving {
            return;
        }
        if let Ok(raw) = storage::read(STORAGE_KEY) {
            if raw != self.last_written.get_value() {
                self.other_tab_wrote(raw);
            }
        }
        // Reading what another tab wrote may have just stopped saving (a newer
        // version's document, or damaged data we could not back up).
        if self.mode.get_untracked() != SaveMode::Saving {
            return;
        }
        let library = self.library.get_untracked();
        let text = serialize(&library, clock::now_ms());
        match storage::write(STORAGE_KEY, &text) {
            Ok(()) => {
                self.base.set_value(library);
                self.last_written.set_value(Some(text));
                if self.failure.with_untracked(Option::is_some) {
                    self.failure.set(None);
                }
            }
            Err(failure) => self.failure.set(Some(failure)),
        }
    }

    /// Applies a change to the library and saves it; a refused change changes nothing.
    pub fn change<T, E>(
        &self,
        edit: impl FnOnce(&mut Library) -> Result<T, E>,
    ) -> Result<T, ChangeError<E>> {
        match self.mode.get_untracked() {
            SaveMode::Loading => return Err(ChangeError::Loading),
            SaveMode::ReadOnly { version } => return Err(ChangeError::ReadOnly { version }),
            SaveMode::Saving | SaveMode::Off(_) => {}
        }
        let mut library = self.library.get_untracked();
        let value = edit(&mut library).map_err(ChangeError::Refused)?;
        self.library.set(library);
        self.persist();
        // Saving may have found a newer version's document from another tab.
        if let SaveMode::ReadOnly { version } = self.mode.get_untracked() {
            return Err(ChangeError::ReadOnly { version });
        }
        Ok(value)
    }

    /// Saves the draft (see [`Library::save_draft`]) and says where it now lives.
    pub fn save_draft(&self, save: SaveDraft) -> Result<OpenedRequest, ChangeError<SaveError>> {
        let ids = NewIds {
            collection: self.new_id(),
            request: self.new_id(),
        };
        self.change(|lib| lib.save_draft(save, ids, clock::now_ms()))
    }

    pub fn new_id(&self) -> Id {
        Id::from_random(random::random_u64())
    }

    pub fn delete(&self, target: &Id, what: &str) -> Result<(), ChangeError> {
        let deleted = self.change(|lib| lib.delete(target))?;
        self.undo.set_value(Some(Undoable::Deleted(deleted)));
        self.notice.set(Some(Notice::Undo {
            message: format!("Deleted {what}."),
        }));
        Ok(())
    }

    /// Deletes an environment, with the same undo as other deletions.
    pub fn delete_environment(&self, id: &Id, name: &str) -> Result<(), ChangeError> {
        let deleted = self.change(|lib| lib.delete_environment(id))?;
        self.undo.set_value(Some(Undoable::Deleted(deleted)));
        self.notice.set(Some(Notice::Undo {
            message: format!("Deleted environment “{name}”."),
        }));
        Ok(())
    }

    /// Applies an import and says `done`, with an Undo that goes back to the
    /// library as it was (an import may have replaced collections).
    pub fn import(&self, apply: impl FnOnce(&mut Library), done: String) {
        let before = self.library.get_untracked();
        let result = self.change(|lib| {
            apply(lib);
            Ok::<_, std::convert::Infallible>(())
        });
        match result {
            Ok(()) => {
                let after = self.library.get_untracked();
                self.undo
                    .set_value(Some(Undoable::Import { before, after }));
                self.notice.set(Some(Notice::Undo { message: done }));
            }
            Err(error) => self.tell(error.to_string()),
        }
    }

    pub fn undo(&self) {
        let Some(undoable) = self.undo.get_value() else {
            return;
        };
        self.undo.set_value(None);
        let result = match undoable {
            Undoable::Deleted(deleted) => self
                .change(|lib| lib.restore(deleted))
                .map_err(|e| e.to_string()),
            Undoable::Import { before, after } => self
                .change(|lib| {
                    if *lib != after {
                        return Err(IMPORT_CHANGED_SINCE);
                    }
                    *lib = before;
                    Ok(())
                })
                .map_err(|e| e.to_string()),
        };
        self.notice.set(result.err().map(Notice::Info));
    }

    pub fn resolve_conflict(&self, conflict: &Conflict, keep: Side) {
        let result = self.change(|lib| resolve(lib, conflict, keep));
        self.conflicts
            .update(|c| c.retain(|x| x.request != conflict.request));
        if let Err(error) = result {
            self.notice.set(Some(Notice::Info(error.to_string())));
        }
    }

    /// False until the stored library has been read.
    pub fn loaded(&self) -> bool {
        self.mode.with(|m| *m != SaveMode::Loading)
    }

    /// Called when the chunk that would read the library failed to download;
    /// links into the library then stop waiting for it.
    pub fn set_unavailable(&self, unavailable: bool) {
        if self.unavailable.get_untracked() != unavailable {
            self.unavailable.set(unavailable);
        }
    }

    /// Looks something up for a link, tracking whether the library is read yet;
    /// `find` chooses whether later changes to the library are tracked too.
    pub fn look_up<T>(&self, find: impl FnOnce() -> Option<T>) -> Lookup<T> {
        if !self.loaded() {
            return if self.unavailable.get() {
                Lookup::Unavailable
            } else {
                Lookup::Loading
            };
        }
        find().map_or(Lookup::Missing, Lookup::Found)
    }
}
