//! Three-way merge of two tabs' libraries, so neither tab's edits are lost.
//!
//! Use: each tab remembers `base`, the library it last read from or wrote to
//! storage. When a `storage` event brings `theirs`, call
//! `merge(&base, &ours, &theirs)`, show the result, set `base = theirs`, and
//! write the result back if it differs from `theirs`. Report `conflicts` and
//! `property_conflicts` to the user, then apply their choice with [`resolve`]
//! or [`resolve_property`].
//!
//! ## Rules, for each request (by id)
//! - changed on one side only: that side; on both, identically: either;
//! - changed on both sides differently: a [`Conflict`]; ours stays in the library;
//! - added on either side: kept;
//! - deleted on one side, unchanged on the other: deleted;
//! - deleted on one side, changed on the other: the changed one is kept.
//!
//! "Changed" compares whole values with the base, not just revision numbers:
//! two tabs can each take a revision from 4 to 5 with different edits. Two
//! sides with the same name and draft are treated as equal even if their
//! revisions differ (the newer revision is kept).
//!
//! Collection names and variables, and folder names, follow the same rules
//! (variables as one list); a clash there is a [`PropertyConflict`]. A
//! collection is deleted only if the other side left its name and variables
//! alone; a deleted folder or collection is kept, holding only what the other
//! side changed or added, when anything inside it survives.
//!
//! Environments follow the request rules, each as one value, except that a
//! clash keeps ours without a conflict; the active environment is taken from
//! the side that changed it (ours if both did).
//!
//! ## Arrangement (what sits where, and in what order) — simplified
//! The arrangement of the side that changed it (adds, deletes and moves all
//! count) is taken; if both changed it, ours is. Items kept from the other side
//! are then put back next to the item they followed there (or first), inside
//! the same folder if it is still present. Limitation: when both sides changed
//! the arrangement, their moves are lost (the item stays where ours has it,
//! with its merged content) — an arrangement is lost, never a request.
//!
//! Two sides that each keep within [`super::depth::MAX_FOLDER_DEPTH`] can nest deeper
//! together (one moves a folder down, the other adds folders inside it).
//! Folders past the cap are then lifted to the deepest level allowed
//! ([`lift_too_deep`]), so the merged library can always be read back.

mod environments;
mod sides;

use super::depth::lift_too_deep;
use super::id::Id;
use super::model::{
    find_folder_in_mut, find_request_in_mut, Library, ModelError, SavedRequest, Variable,
};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    pub library: Library,
    pub conflicts: Vec<Conflict>,
    pub property_conflicts: Vec<PropertyConflict>,
}

/// Both sides changed the same request differently; `library` holds `ours`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub request: Id,
    /// Our name for it, to show the user.
    pub name: String,
    pub ours: SavedRequest,
    pub theirs: SavedRequest,
}

/// Both sides changed the same collection or folder property differently; ours kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PropertyConflict {
    /// The collection or folder.
    pub target: Id,
    /// Our name for it, to show the user.
    pub name: String,
    pub change: PropertyChange,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PropertyChange {
    Name {
        ours: String,
        theirs: String,
    },
    Variables {
        ours: Vec<Variable>,
        theirs: Vec<Variable>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Ours,
    Theirs,
}

pub fn merge(base: &Library, ours: &Library, theirs: &Library) -> Merged {
    let mut merged = sides::merge(base, ours, theirs);
    for collection in &mut merged.library.collections {
        lift_too_deep(&mut collection.items);
    }
    environments::merge_environments(base, ours, theirs, &mut merged.library);
    merged
}

/// Settles a request conflict. `Ours` keeps the library as it is; `Theirs`
/// puts their version in place of ours, wherever the request now sits.
pub fn resolve(library: &mut Library, conflict: &Conflict, keep: Side) -> Result<(), ModelError> {
    let saved = library
        .collections
        .iter_mut()
        .find_map(|c| find_request_in_mut(&mut c.items, &conflict.request))
        .ok_or_else(|| ModelError::NotFound("request".into()))?;
    if keep == Side::Theirs {
        *saved = conflict.theirs.clone();
    }
    Ok(())
}

/// Settles a property conflict the same way as [`resolve`].
pub fn resolve_property(
    library: &mut Library,
    conflict: &PropertyConflict,
    keep: Side,
) -> Result<(), ModelError> {
    if let Some(c) = library
        .collections
        .iter_mut()
        .find(|c| c.id == conflict.target)
    {
        match (keep, &conflict.change) {
            (Side::Ours, _) => {}
            (Side::Theirs, PropertyChange::Name { theirs, .. }) => c.name.clone_from(theirs),
            (Side::Theirs, PropertyChange::Variables { theirs, .. }) => {
                c.variables.clone_from(theirs)
            }
        }
        return Ok(());
    }
    let folder = library
        .collections
        .iter_mut()
        .find_map(|c| find_folder_in_mut(&mut c.items, &conflict.target))
        .ok_or_else(|| ModelError::NotFound("collection or folder".into()))?;
    if let (Side::Theirs, PropertyChange::Name { theirs, .. }) = (keep, &conflict.change) {
        folder.name.clone_from(theirs);
    }
    Ok(())
}
