//! Saved requests: collections of folders and requests, kept in localStorage
//! as a versioned document, merged across tabs, exported and shared.
//!
//! Nothing here reads a clock or draws random numbers: callers pass the time
//! (milliseconds since the Unix epoch) and random `u64`s for new ids.
//!
//! - [`model`] the types and queries; [`edit`] the operations, with undo;
//! - [`depth`] how deep folders may nest;
//! - [`environment`] named sets of variables, one of them active;
//! - [`document`] the stored document, its versions and migrations;
//! - [`merge`] three-way merge when another tab saved;
//! - [`history`] sent requests; [`filter`] the sidebar filter;
//! - [`save`] saving the draft, new or over what it was opened from;
//! - [`share`] a request in a link; [`backup`] own-format export and import;
//! - [`backup_keys`] copies of stored text kept aside, listed and capped.

pub mod backup;
pub mod backup_keys;
pub mod depth;
pub mod document;
pub mod edit;
pub mod environment;
pub mod filter;
pub mod history;
pub mod id;
pub mod merge;
pub mod model;
pub mod places;
pub mod save;
pub mod share;
#[cfg(test)]
mod tests;
mod versioned;

pub use backup::{
    apply_import, export_backup, import_backup, import_backup_tree, plan_import, ClashChoice,
    ImportError, ImportPlan,
};
pub use backup_keys::{list_backups, over_cap, BackupKey, BackupKind, MAX_BACKUPS_PER_KIND};
pub use depth::{FileTooDeep, MAX_FOLDER_DEPTH};
pub use document::{load, serialize, Loaded, StoredDocument, CURRENT_VERSION, STORAGE_KEY};
pub use edit::Deleted;
pub use environment::Environment;
pub use filter::{filter, rows, CollectionMatch, RequestMatch, Row};
pub use history::{
    load_history, pending_history_key, pending_history_prefix, serialize_history, History,
    HistoryEntry, HistoryProblem, LoadedHistory, HISTORY_KEY, HISTORY_LIMIT,
    HISTORY_WITHOUT_CREDENTIALS_KEY, PLAIN_STORAGE_NOTICE_KEY,
};
pub use id::Id;
pub use merge::{
    merge, resolve, resolve_property, Conflict, Merged, PropertyChange, PropertyConflict, Side,
};
pub use model::{Collection, Folder, Item, Library, ModelError, SavedRequest, Variable};
pub use places::FolderPlace;
pub use save::{NewIds, OpenedRequest, SaveDraft, SaveError};
pub use share::{
    decode_share, encode_share, is_secret_name, share_fragment, share_payload, shareable, Removed,
    ShareError, ShareReport, Shared, Warning,
};
