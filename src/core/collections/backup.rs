//! Our own export format: the stored document, pretty-printed, so a backup file
//! goes through the same versions and migrations as localStorage.
//!
//! Importing never overwrites silently: [`plan_import`] lists the incoming
//! collections whose ids are already in the library, the UI asks, and
//! [`apply_import`] does what was chosen (for environments too). Ids inside imported collections that
//! clash with anything already in the library are given fresh ones, so every
//! id stays unique.

use std::collections::BTreeSet;
use std::fmt;

use super::depth::FileTooDeep;
use super::document::{
    document, load_versioned, to_json, StoredDocument, Versioned, LIBRARY_SCHEMA,
};
use super::id::Id;
use super::model::{for_each_item_id_mut, Collection, Environment, Library};
use super::versioned::load_versioned_tree;

/// The library as a backup file for the user to download. Unless
/// `include_secrets`, secret variables (of collections and environments) are
/// written with an empty value: a file leaves the browser and may be passed
/// on. The automatic backups kept in localStorage before a migration or after
/// a damaged read copy the stored text instead, so they keep every secret.
pub fn export_backup(library: &Library, now_ms: u64, include_secrets: bool) -> String {
    if include_secrets {
        return to_json(&document(library, now_ms), true);
    }
    let mut library = library.clone();
    for variables in library
        .collections
        .iter_mut()
        .map(|c| &mut c.variables)
        .chain(library.environments.iter_mut().map(|e| &mut e.variables))
    {
        for variable in variables.iter_mut() {
            *variable = variable.exported(false);
        }
    }
    to_json(&document(&library, now_ms), true)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    Empty,
    /// Not JSON, not ours, or damaged; the reason says which.
    Unreadable(String),
    TooNew {
        version: u32,
    },
    /// Its folders nest deeper than this app keeps them.
    TooDeep(FileTooDeep),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::Empty => f.write_str("The file is empty."),
            ImportError::Unreadable(reason) => write!(
                f,
                "{reason} Choose a backup exported from this app (a .json file)."
            ),
            ImportError::TooNew { version } => write!(
                f,
                "This backup was exported by a newer version of this app (format {version}), \
                 which this version cannot read safely. Reload the page to get the newest \
                 version, then import it again."
            ),
            ImportError::TooDeep(too_deep) => write!(
                f,
                "This backup cannot be imported: {too_deep}. Move its deepest folders up a \
                 level or more (in the app that has them), export it again, and import that."
            ),
        }
    }
}

impl std::error::Error for ImportError {}

/// Reads a backup of any version this app knows.
pub fn import_backup(text: &str) -> Result<Library, ImportError> {
    checked(load_versioned(Some(text), &LIBRARY_SCHEMA, FILE))
}

/// [`import_backup`] for a file already parsed (see `core::import`).
pub fn import_backup_tree(doc: serde_json::Value) -> Result<Library, ImportError> {
    checked(load_versioned_tree(doc, &LIBRARY_SCHEMA, FILE))
}

/// How a backup's reasons start: "The file could not be read: …".
const FILE: &str = "The file";

/// The library read, its duplicated ids repaired, unless its folders nest
/// past the cap: a library too deep to be read back once saved is refused
/// here rather than lost later.
fn checked(loaded: Versioned<StoredDocument>) -> Result<Library, ImportError> {
    let mut library = match loaded {
        Versioned::Empty => return Err(ImportError::Empty),
        Versioned::Current(doc) | Versioned::Migrated(doc, _) => doc.library,
        Versioned::TooNew(version, _) => return Err(ImportError::TooNew { version }),
        Versioned::Corrupt(reason) => return Err(ImportError::Unreadable(reason)),
    };
    FileTooDeep::check(&library).map_err(ImportError::TooDeep)?;
    library.repair_duplicate_ids();
    Ok(library)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportPlan {
    /// Every incoming collection, in the file's order.
    pub new_collections: Vec<Collection>,
    /// Every incoming environment. One whose id is already in the library
    /// follows the same [`ClashChoice`] as the collections; the active choice
    /// is not imported, so importing never changes what requests are sent with.
    pub new_environments: Vec<Environment>,
    /// Those of them whose id is already in the library, with their incoming name.
    pub clashes: Vec<(Id, String)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClashChoice {
    /// Add the incoming collection as a copy with fresh ids, next to the existing one.
    KeepBoth,
    /// The incoming collection takes the existing one's place.
    Replace,
    /// Leave the existing collection; drop the incoming one.
    Skip,
}

pub fn plan_import(existing: &Library, incoming: Library) -> ImportPlan {
    let clashes = incoming
        .collections
        .iter()
        .filter(|c| existing.collection(&c.id).is_some())
        .map(|c| (c.id.clone(), c.name.clone()))
        .collect();
    ImportPlan {
        new_collections: incoming.collections,
        new_environments: incoming.environments,
        clashes,
    }
}

/// Adds the planned collections at the end (a replacement takes the old one's place).
pub fn apply_import(
    existing: &mut Library,
    plan: ImportPlan,
    on_clash: ClashChoice,
    new_id: &mut dyn FnMut() -> Id,
) {
    for mut incoming in plan.new_collections {
        let clash = existing
            .collections
            .iter()
            .position(|c| c.id == incoming.id);
        let mut slot = None;
        if let Some(index) = clash {
            match on_clash {
                ClashChoice::Skip => continue,
                ClashChoice::Replace => {
                    existing.collections.remove(index);
                    slot = Some(index);
                }
                ClashChoice::KeepBoth => {
                    let mut taken = all_ids(existing);
                    incoming.id = fresh_id(&mut taken, new_id);
                    for_each_item_id_mut(&mut incoming.items, &mut |id| {
                        *id = fresh_id(&mut taken, new_id);
                    });
                }
            }
        }
        // Ids elsewhere in the library (a folder's, a request's) may clash too.
        let mut taken = all_ids(existing);
        if !taken.insert(incoming.id.clone()) {
            incoming.id = fresh_id(&mut taken, new_id);
        }
        for_each_item_id_mut(&mut incoming.items, &mut |id| {
            if !taken.insert(id.clone()) {
                *id = fresh_id(&mut taken, new_id);
            }
        });
        match slot {
            Some(index) => existing.collections.insert(index, incoming),
            None => existing.collections.push(incoming),
        }
    }
    for incoming in plan.new_environments {
        import_environment(existing, incoming, on_clash, new_id);
    }
}

/// Adds an incoming environment; one already there unchanged is left alone.
/// Its name is made unique (`Staging (2)`) if another environment has it.
fn import_environment(
    existing: &mut Library,
    mut incoming: Environment,
    on_clash: ClashChoice,
    new_id: &mut dyn FnMut() -> Id,
) {
    let same_id = existing
        .environments
        .iter()
        .position(|e| e.id == incoming.id);
    let mut slot = None;
    if let Some(index) = same_id {
        if existing.environments[index] == incoming {
            return;
        }
        match on_clash {
            ClashChoice::Skip => return,
            ClashChoice::Replace => {
                existing.environments.remove(index);
                slot = Some(index);
            }
            ClashChoice::KeepBoth => {}
        }
    }
    let mut taken = all_ids(existing);
    if !taken.insert(incoming.id.clone()) {
        incoming.id = fresh_id(&mut taken, new_id);
    }
    incoming.name = existing.free_environment_variant(&incoming.name);
    match slot {
        Some(index) => existing.environments.insert(index, incoming),
        None => existing.environments.push(incoming),
    }
}

fn all_ids(library: &Library) -> BTreeSet<Id> {
    let mut ids = BTreeSet::new();
    library.for_each_id(&mut |id| {
        ids.insert(id.clone());
    });
    ids
}

/// A new id not in `taken` (and now in it). A generator that keeps returning
/// taken ids (a broken one) falls back to a suffixed variant, so this ends.
fn fresh_id(taken: &mut BTreeSet<Id>, new_id: &mut dyn FnMut() -> Id) -> Id {
    let mut id = new_id();
    for _ in 0..8 {
        if !taken.contains(&id) {
            break;
        }
        id = new_id();
    }
    if taken.contains(&id) {
        id = super::model::unused_variant(&id, taken);
    }
    taken.insert(id.clone());
    id
}
