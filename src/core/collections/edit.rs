//! Changing a library: create, save, rename, duplicate, move, delete and undo.
//! Environments have their own operations, in [`super::environment`].
//!
//! Every operation checks everything first and changes nothing when it fails.
//! Collections, folders and requests share one id space: an id is refused
//! ([`ModelError::DuplicateId`]) if anything in the library already has it.

use super::depth::{depth_of, fits, folder_depth, item_depth};
use super::environment::Environment;
use super::id::Id;
use super::model::{
    clean_name, count_requests, find_folder_in, find_folder_in_mut, find_request_in_mut,
    for_each_item_id, Collection, Folder, Item, Library, ModelError, SavedRequest, Variable,
    NAME_MAX_CHARS,
};
use crate::core::request::draft::RequestDraft;

/// What [`Library::delete`] removed and where it was: hand it to
/// [`Library::restore`] to undo.
#[derive(Debug, Clone, PartialEq, Eq)]
#[allow(
    clippy::large_enum_variant,
    reason = "one at a time is kept, for undo; its size does not matter"
)]
pub enum Deleted {
    Collection {
        collection: Collection,
        index: usize,
    },
    Item {
        item: Item,
        collection: Id,
        /// `None`: the collection's top level.
        folder: Option<Id>,
        index: usize,
    },
    Environment {
        environment: Environment,
        index: usize,
        /// Restoring makes it active again.
        was_active: bool,
    },
}

impl Deleted {
    pub fn name(&self) -> &str {
        match self {
            Deleted::Collection { collection, .. } => &collection.name,
            Deleted::Item { item, .. } => item.name(),
            Deleted::Environment { environment, .. } => &environment.name,
        }
    }

    /// How many requests went with it, for "Deleted “Users” (12 requests). Undo".
    pub fn request_count(&self) -> usize {
        match self {
            Deleted::Collection { collection, .. } => count_requests(&collection.items),
            Deleted::Item { item, .. } => item.request_count(),
            Deleted::Environment { .. } => 0,
        }
    }
}

/// Where an item sits: collection index, parent folder (`None`: top level), index there.
struct Spot {
    collection: usize,
    folder: Option<Id>,
    index: usize,
}

impl Library {
    /// Appends a new, empty collection. Duplicate names are allowed.
    pub fn create_collection(
        &mut self,
        id: Id,
        name: &str,
        now_ms: u64,
    ) -> Result<&Collection, ModelError> {
        let name = clean_name(name)?;
        self.refuse_taken(&id)?;
        let index = self.collections.len();
        self.collections.push(Collection {
            id,
            name,
            items: Vec::new(),
            variables: Vec::new(),
            revision: 0,
            updated_ms: now_ms,
        });
        Ok(&self.collections[index])
    }

    /// Appends an empty folder to a collection or to one of its folders.
    pub fn create_folder(
        &mut self,
        collection: &Id,
        parent_folder: Option<&Id>,
        id: Id,
        name: &str,
    ) -> Result<(), ModelError> {
        let name = clean_name(name)?;
        self.refuse_taken(&id)?;
        fits(self.depth_at(collection, parent_folder)? + 1)?;
        self.container(collection, parent_folder, None)?
            .push(Item::Folder(Folder {
                id,
                name,
                items: Vec::new(),
            }));
        Ok(())
    }

    /// Appends a request to a collection or to one of its folders.
    pub fn save_new_request(
        &mut self,
        collection: &Id,
        folder: Option<&Id>,
        id: Id,
        name: &str,
        request: RequestDraft,
        now_ms: u64,
    ) -> Result<(), ModelError> {
        let name = clean_name(name)?;
        self.refuse_taken(&id)?;
        self.container(collection, folder, Some(now_ms))?
            .push(Item::Request(SavedRequest {
                id,
                name,
                request,
                revision: 0,
                updated_ms: now_ms,
            }));
        Ok(())
    }

    /// Replaces a saved request's draft. Saving an unchanged draft changes nothing,
    /// so the revision only moves for real edits.
    pub fn update_request(
        &mut self,
        request: &Id,
        draft: RequestDraft,
        now_ms: u64,
    ) -> Result<(), ModelError> {
        let collection = self
            .spot(request)
            .ok_or_else(not_found("request"))?
            .collection;
        let c = &mut self.collections[collection];
        let saved = find_request_in_mut(&mut c.items, request).ok_or_else(not_found("request"))?;
        if saved.request != draft {
            saved.request = draft;
            bump(&mut saved.revision);
            saved.updated_ms = now_ms;
            c.updated_ms = now_ms;
        }
        Ok(())
    }

    /// Renames a collection, folder or request.
    pub fn rename(&mut self, target: &Id, name: &str, now_ms: u64) -> Result<(), ModelError> {
        let name = clean_name(name)?;
        if let Some(c) = self.collections.iter_mut().find(|c| &c.id == target) {
            if c.name != name {
                c.name = name;
                bump(&mut c.revision);
                c.updated_ms = now_ms;
            }
            return Ok(());
        }
        let spot = self.spot(target).ok_or_else(not_found("item"))?;
        let c = &mut self.collections[spot.collection];
        if let Some(r) = find_request_in_mut(&mut c.items, target) {
            if r.name != name {
                r.name = name;
                bump(&mut r.revision);
                r.updated_ms = now_ms;
                c.updated_ms = now_ms;
            }
        } else if let Some(f) = find_folder_in_mut(&mut c.items, target) {
            if f.name != name {
                f.name = name;
                c.updated_ms = now_ms;
            }
        }
        Ok(())
    }

    /// Replaces a collection's variables; the revision moves only if they differ.
    pub fn set_variables(
        &mut self,
        collection: &Id,
        variables: Vec<Variable>,
        now_ms: u64,
    ) -> Result<(), ModelError> {
        let c = self
            .collections
            .iter_mut()
            .find(|c| &c.id == collection)
            .ok_or_else(not_found("collection"))?;
        if c.variables != variables {
            c.variables = variables;
            bump(&mut c.revision);
            c.updated_ms = now_ms;
        }
        Ok(())
    }

    /// Copies a request as “Copy of …”, right after the original.
    pub fn duplicate_request(
        &mut self,
        request: &Id,
        new_id: Id,
        now_ms: u64,
    ) -> Result<(), ModelError> {
        self.refuse_taken(&new_id)?;
        let spot = self.spot(request).ok_or_else(not_found("request"))?;
        let items = self.items_at(&spot, Some(now_ms))?;
        let Some(Item::Request(original)) = items.get(spot.index) else {
            return Err(ModelError::NotFound("request".into()));
        };
        let copy = SavedRequest {
            id: new_id,
            name: format!("Copy of {}", original.name)
                .chars()
                .take(NAME_MAX_CHARS)
                .collect(),
            request: original.request.clone(),
            revision: 0,
            updated_ms: now_ms,
        };
        items.insert(spot.index + 1, Item::Request(copy));
        Ok(())
    }

    /// Moves a request or folder to the end of a collection or folder.
    pub fn move_item(
        &mut self,
        item: &Id,
        to_collection: &Id,
        to_folder: Option<&Id>,
        now_ms: u64,
    ) -> Result<(), ModelError> {
        if self.collection(item).is_some() {
            return Err(ModelError::CollectionCannotMove);
        }
        let from = self.spot(item).ok_or_else(not_found("item"))?;
        self.check_move(item, &from, to_collection, to_folder)?;
        let moved = self.items_at(&from, Some(now_ms))?.remove(from.index);
        // The destination is neither the moved item nor inside it, so it is still there.
        self.container(to_collection, to_folder, Some(now_ms))?
            .push(moved);
        Ok(())
    }

    /// Refuses to move `item` (a folder, when `from` holds one) into itself,
    /// into a folder inside it, or so deep its folders would pass the cap.
    fn check_move(
        &self,
        item: &Id,
        from: &Spot,
        to_collection: &Id,
        to_folder: Option<&Id>,
    ) -> Result<(), ModelError> {
        let destination = self
            .collection(to_collection)
            .ok_or_else(not_found("collection"))?;
        let moving = find_folder_in(&self.collections[from.collection].items, item);
        if let Some(folder) = to_folder {
            if folder == item {
                return Err(ModelError::WouldNestInItself);
            }
            find_folder_in(&destination.items, folder).ok_or_else(not_found("folder"))?;
            if moving.is_some_and(|m| find_folder_in(&m.items, folder).is_some()) {
                return Err(ModelError::WouldNestInItself);
            }
        }
        match moving {
            // A request adds no depth, wherever it goes.
            None => Ok(()),
            Some(m) => fits(self.depth_at(to_collection, to_folder)? + 1 + folder_depth(&m.items)),
        }
    }

    /// Removes a collection, folder or request; keep the result to undo.
    pub fn delete(&mut self, target: &Id) -> Result<Deleted, ModelError> {
        if let Some(index) = self.collections.iter().position(|c| &c.id == target) {
            let collection = self.collections.remove(index);
            return Ok(Deleted::Collection { collection, index });
        }
        let spot = self.spot(target).ok_or_else(not_found("item"))?;
        let collection = self.collections[spot.collection].id.clone();
        let item = self.items_at(&spot, None)?.remove(spot.index);
        Ok(Deleted::Item {
            item,
            collection,
            folder: spot.folder,
            index: spot.index,
        })
    }

    /// Undoes a delete: back in the same collection and folder, at the same position
    /// (or the end, if fewer items remain). If its folder has since been deleted, it
    /// comes back at the top of its collection rather than not at all.
    pub fn restore(&mut self, deleted: Deleted) -> Result<(), ModelError> {
        let mut clash = false;
        match &deleted {
            Deleted::Collection { collection, .. } => {
                clash |= self.contains_id(&collection.id);
                for_each_item_id(&collection.items, &mut |id| clash |= self.contains_id(id));
            }
            Deleted::Item { item, .. } => {
                for_each_item_id(std::slice::from_ref(item), &mut |id| {
                    clash |= self.contains_id(id)
                });
            }
            Deleted::Environment { environment, .. } => {
                clash |= self.contains_id(&environment.id);
            }
        }
        if clash {
            return Err(ModelError::DuplicateId);
        }
        match deleted {
            Deleted::Collection { collection, index } => {
                let index = index.min(self.collections.len());
                self.collections.insert(index, collection);
            }
            Deleted::Environment {
                environment,
                index,
                was_active,
            } => self.restore_environment(environment, index, was_active)?,
            Deleted::Item {
                item,
                collection,
                folder,
                index,
            } => self.restore_item(item, &collection, folder, index)?,
        }
        Ok(())
    }

    /// Puts an item back at `index` in `folder` (at the end of the collection
    /// if that folder has gone), unless its folders would then nest too deep:
    /// its folder may have been moved deeper since.
    fn restore_item(
        &mut self,
        item: Item,
        collection: &Id,
        folder: Option<Id>,
        index: usize,
    ) -> Result<(), ModelError> {
        let c = self
            .collections
            .iter()
            .find(|c| &c.id == collection)
            .ok_or_else(not_found("collection"))?;
        let gone = folder
            .as_ref()
            .is_some_and(|f| find_folder_in(&c.items, f).is_none());
        // A folder that has gone is replaced by the end of the collection's top level.
        let (folder, index) = if gone {
            (None, usize::MAX)
        } else {
            (folder, index)
        };
        let height = item_depth(&item);
        if height > 0 {
            fits(self.depth_at(collection, folder.as_ref())? + height)?;
        }
        let items = self.container(collection, folder.as_ref(), None)?;
        items.insert(index.min(items.len()), item);
        Ok(())
    }

    pub(super) fn refuse_taken(&self, id: &Id) -> Result<(), ModelError> {
        if self.contains_id(id) {
            Err(ModelError::DuplicateId)
        } else {
            Ok(())
        }
    }

    /// How many folders deep `folder` sits in `collection`; 0 for its top level.
    fn depth_at(&self, collection: &Id, folder: Option<&Id>) -> Result<usize, ModelError> {
        let c = self
            .collection(collection)
            .ok_or_else(not_found("collection"))?;
        match folder {
            None => Ok(0),
            Some(folder) => depth_of(&c.items, folder).ok_or_else(not_found("folder")),
        }
    }

    fn spot(&self, id: &Id) -> Option<Spot> {
        self.collections
            .iter()
            .enumerate()
            .find_map(|(collection, c)| {
                let (folder, index) = spot_in(&c.items, None, id)?;
                Some(Spot {
                    collection,
                    folder,
                    index,
                })
            })
    }

    fn items_at(&mut self, spot: &Spot, now_ms: Option<u64>) -> Result<&mut Vec<Item>, ModelError> {
        let id = self
            .collections
            .get(spot.collection)
            .ok_or_else(not_found("collection"))?
            .id
            .clone();
        self.container(&id, spot.folder.as_ref(), now_ms)
    }

    /// The item list of a collection or of a folder in it; marks the collection
    /// changed at `now_ms` once both are known to exist.
    fn container(
        &mut self,
        collection: &Id,
        folder: Option<&Id>,
        now_ms: Option<u64>,
    ) -> Result<&mut Vec<Item>, ModelError> {
        let c = self
            .collections
            .iter_mut()
            .find(|c| &c.id == collection)
            .ok_or_else(not_found("collection"))?;
        if let Some(folder) = folder {
            find_folder_in(&c.items, folder).ok_or_else(not_found("folder"))?;
        }
        if let Some(now) = now_ms {
            c.updated_ms = now;
        }
        match folder {
            None => Ok(&mut c.items),
            Some(folder) => find_folder_in_mut(&mut c.items, folder)
                .map(|f| &mut f.items)
                .ok_or_else(not_found("folder")),
        }
    }
}

fn spot_in(items: &[Item], parent: Option<&Id>, id: &Id) -> Option<(Option<Id>, usize)> {
    items.iter().enumerate().find_map(|(index, item)| {
        if item.id() == id {
            return Some((parent.cloned(), index));
        }
        match item {
            Item::Folder(f) => spot_in(&f.items, Some(&f.id), id),
            Item::Request(_) => None,
        }
    })
}

/// One revision on. A stored or imported library may hold any number, even
/// the largest, and adding one to that would panic (or wrap round to 0 in a
/// release build, making an old revision look new).
fn bump(revision: &mut u64) {
    *revision = revision.saturating_add(1);
}

fn not_found(what: &'static str) -> impl Fn() -> ModelError {
    move || ModelError::NotFound(what.to_owned())
}
