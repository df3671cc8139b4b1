//! What a saved library holds: collections of folders and requests, and the
//! read-only questions asked of it. Changes live in [`super::edit`].

use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::fmt;

pub use super::environment::Environment;
use super::id::Id;
use crate::core::request::draft::RequestDraft;
pub use crate::core::request::vars::Variable;

/// Longest name, in characters, for a collection, folder or request.
pub const NAME_MAX_CHARS: usize = 200;

/// A request kept in a collection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedRequest {
    pub id: Id,
    pub name: String,
    pub request: RequestDraft,
    /// Goes up on every change to the name or the request.
    #[serde(default)]
    pub revision: u64,
    #[serde(default)]
    pub updated_ms: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Folder {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub items: Vec<Item>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
#[allow(
    clippy::large_enum_variant,
    reason = "most items are requests, so boxing them would cost an allocation each and save nothing"
)]
pub enum Item {
    Request(SavedRequest),
    Folder(Folder),
}

/// Reads the same `{"kind": …}` shape the derive writes, through one plain
/// struct: serde's derived tagged-enum reader buffers every item and costs
/// tens of kilobytes of wasm.
impl<'de> Deserialize<'de> for Item {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Item, D::Error> {
        #[derive(Deserialize)]
        #[serde(rename_all = "lowercase")]
        enum Kind {
            Request,
            Folder,
        }
        #[derive(Deserialize)]
        struct Repr {
            kind: Kind,
            id: Id,
            name: String,
            request: Option<RequestDraft>,
            #[serde(default)]
            revision: u64,
            #[serde(default)]
            updated_ms: u64,
            #[serde(default)]
            items: Vec<Item>,
        }
        let repr = Repr::deserialize(deserializer)?;
        match repr.kind {
            Kind::Request => {
                let request = repr
                    .request
                    .ok_or_else(|| serde::de::Error::missing_field("request"))?;
                Ok(Item::Request(SavedRequest {
                    id: repr.id,
                    name: repr.name,
                    request,
                    revision: repr.revision,
                    updated_ms: repr.updated_ms,
                }))
            }
            Kind::Folder => Ok(Item::Folder(Folder {
                id: repr.id,
                name: repr.name,
                items: repr.items,
            })),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Collection {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub items: Vec<Item>,
    #[serde(default)]
    pub variables: Vec<Variable>,
    /// Goes up when the collection's own name or variables change.
    #[serde(default)]
    pub revision: u64,
    /// Last change to the collection or anything in it, when the change carried a time.
    #[serde(default)]
    pub updated_ms: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Library {
    #[serde(default)]
    pub collections: Vec<Collection>,
    /// Added within version 2 (not yet released), hence left out when empty:
    /// a library without environments is written exactly as before.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub environments: Vec<Environment>,
    /// The environment whose variables fill in requests; `None`: no environment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active_environment: Option<Id>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ModelError {
    EmptyName,
    NameTooLong,
    /// What could not be found: "collection", "folder", "request"…
    NotFound(String),
    WouldNestInItself,
    DuplicateId,
    /// Collections sit only at the top level.
    CollectionCannotMove,
    /// Another environment has this name (compared ignoring case).
    EnvironmentNameTaken(String),
    /// Folders would nest `depth` deep, past `limit` ([`super::depth::MAX_FOLDER_DEPTH`]).
    TooDeep {
        limit: usize,
        depth: usize,
    },
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ModelError::EmptyName => f.write_str("Give it a name: the name cannot be empty."),
            ModelError::NameTooLong => write!(
                f,
                "That name is too long: keep it to {NAME_MAX_CHARS} characters."
            ),
            ModelError::NotFound(what) => write!(
                f,
                "That {what} could not be found. It may have been deleted, perhaps in another tab."
            ),
            ModelError::WouldNestInItself => {
                f.write_str("A folder cannot be moved into itself or into one of its own folders.")
            }
            ModelError::DuplicateId => {
                f.write_str("Something with the same id already exists, so nothing was changed.")
            }
            ModelError::CollectionCannotMove => {
                f.write_str("A collection cannot be put inside another collection or folder.")
            }
            ModelError::EnvironmentNameTaken(name) => write!(
                f,
                "There is already an environment called “{name}” (names are compared ignoring \
                 case). Choose another name, or rename that one first."
            ),
            ModelError::TooDeep { limit, depth } => write!(
                f,
                "Folders can be nested at most {limit} deep; this would make it {depth}."
            ),
        }
    }
}

impl std::error::Error for ModelError {}

/// Trimmed, non-empty and at most [`NAME_MAX_CHARS`] characters.
pub(super) fn clean_name(name: &str) -> Result<String, ModelError> {
    let name = name.trim();
    if name.is_empty() {
        Err(ModelError::EmptyName)
    } else if name.chars().count() > NAME_MAX_CHARS {
        Err(ModelError::NameTooLong)
    } else {
        Ok(name.to_owned())
    }
}

impl Item {
    pub fn id(&self) -> &Id {
        match self {
            Item::Request(r) => &r.id,
            Item::Folder(f) => &f.id,
        }
    }

    pub fn name(&self) -> &str {
        match self {
            Item::Request(r) => &r.name,
            Item::Folder(f) => &f.name,
        }
    }

    pub fn request_count(&self) -> usize {
        match self {
            Item::Request(_) => 1,
            Item::Folder(f) => count_requests(&f.items),
        }
    }
}

impl Library {
    pub fn collection(&self, id: &Id) -> Option<&Collection> {
        self.collections.iter().find(|c| &c.id == id)
    }

    /// The collection a person means by a typed name (surrounding spaces ignored).
    pub fn collection_named(&self, name: &str) -> Option<&Collection> {
        let name = name.trim();
        self.collections.iter().find(|c| c.name == name)
    }

    /// A request of one collection, at any depth of folders.
    pub fn find_request(&self, collection: &Id, request: &Id) -> Option<&SavedRequest> {
        find_request_in(&self.collection(collection)?.items, request)
    }

    /// A request in any collection.
    pub fn request(&self, request: &Id) -> Option<&SavedRequest> {
        self.collections
            .iter()
            .find_map(|c| find_request_in(&c.items, request))
    }

    pub fn request_count(&self) -> usize {
        self.collections
            .iter()
            .map(|c| count_requests(&c.items))
            .sum()
    }

    /// Whether any collection, folder, request or environment has this id.
    pub fn contains_id(&self, id: &Id) -> bool {
        let mut found = false;
        self.for_each_id(&mut |seen| found |= seen == id);
        found
    }

    pub(super) fn for_each_id(&self, f: &mut impl FnMut(&Id)) {
        for c in &self.collections {
            f(&c.id);
            for_each_item_id(&c.items, f);
        }
        for e in &self.environments {
            f(&e.id);
        }
    }

    /// Gives every duplicated id (a bug or a hand-edited file) a fresh `-2`, `-3`…
    /// suffix, keeping the first occurrence as it is; returns how many were changed.
    /// Deterministic, so loading the same text twice gives the same library.
    pub fn repair_duplicate_ids(&mut self) -> usize {
        let mut seen = BTreeSet::new();
        let mut repaired = 0;
        for c in &mut self.collections {
            c.id = claim(&c.id, &mut seen, &mut repaired);
            for_each_item_id_mut(&mut c.items, &mut |id| {
                *id = claim(id, &mut seen, &mut repaired);
            });
        }
        // The active environment is the first with its id, so it stays active.
        for e in &mut self.environments {
            e.id = claim(&e.id, &mut seen, &mut repaired);
        }
        if self.active().is_none() {
            self.active_environment = None;
        }
        repaired
    }
}

fn claim(id: &Id, seen: &mut BTreeSet<Id>, repaired: &mut usize) -> Id {
    let unique = if seen.contains(id) {
        *repaired += 1;
        unused_variant(id, seen)
    } else {
        id.clone()
    };
    seen.insert(unique.clone());
    unique
}

/// The first of `id-2`, `id-3`… not in `taken`.
pub(super) fn unused_variant(id: &Id, taken: &BTreeSet<Id>) -> Id {
    (2..)
        .map(|n| id.with_suffix(n))
        .find(|candidate| !taken.contains(candidate))
        .unwrap_or_else(|| id.clone()) // the range is endless; `taken` is finite
}

pub(super) fn count_requests(items: &[Item]) -> usize {
    items.iter().map(Item::request_count).sum()
}

pub(super) fn find_request_in<'a>(items: &'a [Item], id: &Id) -> Option<&'a SavedRequest> {
    items.iter().find_map(|item| match item {
        Item::Request(r) if &r.id == id => Some(r),
        Item::Request(_) => None,
        Item::Folder(f) => find_request_in(&f.items, id),
    })
}

pub(super) fn find_folder_in<'a>(items: &'a [Item], id: &Id) -> Option<&'a Folder> {
    items.iter().find_map(|item| match item {
        Item::Folder(f) if &f.id == id => Some(f),
        Item::Folder(f) => find_folder_in(&f.items, id),
        Item::Request(_) => None,
    })
}

pub(super) fn find_request_in_mut<'a>(
    items: &'a mut [Item],
    id: &Id,
) -> Option<&'a mut SavedRequest> {
    items.iter_mut().find_map(|item| match item {
        Item::Request(r) if &r.id == id => Some(r),
        Item::Request(_) => None,
        Item::Folder(f) => find_request_in_mut(&mut f.items, id),
    })
}

pub(super) fn find_folder_in_mut<'a>(items: &'a mut [Item], id: &Id) -> Option<&'a mut Folder> {
    for item in items {
        if let Item::Folder(f) = item {
            if &f.id == id {
                return Some(f);
            }
            if let Some(found) = find_folder_in_mut(&mut f.items, id) {
                return Some(found);
            }
        }
    }
    None
}

pub(super) fn for_each_item_id(items: &[Item], f: &mut impl FnMut(&Id)) {
    for item in items {
        f(item.id());
        if let Item::Folder(folder) = item {
            for_each_item_id(&folder.items, f);
        }
    }
}

pub(super) fn for_each_item_id_mut(items: &mut [Item], f: &mut impl FnMut(&mut Id)) {
    for item in items {
        match item {
            Item::Request(r) => f(&mut r.id),
            Item::Folder(folder) => {
                f(&mut folder.id);
                for_each_item_id_mut(&mut folder.items, f);
            }
        }
    }
}
