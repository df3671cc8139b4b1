//! How deep folders may nest, and measuring it.
//!
//! serde_json refuses to read JSON nested 128 levels or more, and every
//! folder adds two (its object and its `items` list) to the stored document,
//! on top of the document's own levels and those inside a request. A library
//! with folders some 60 deep would be written without complaint and then be
//! unreadable on the next load. [`MAX_FOLDER_DEPTH`] keeps every library well
//! inside what can be read back, so every change that adds depth is checked:
//! creating, moving and restoring folders, importing, and merging.

use std::fmt;

use super::id::Id;
use super::model::{Item, Library, ModelError};
use crate::core::json_value::{is_nested_too_deep, JSON_MAX_NESTING};

/// The most folders one inside another: a folder directly in a collection is
/// 1 deep. At this depth a stored library nests about 80 JSON levels.
pub const MAX_FOLDER_DEPTH: usize = 32;

/// How many folders deep `items` go: 0 without folders, 1 when no folder
/// holds another.
pub fn folder_depth(items: &[Item]) -> usize {
    items
        .iter()
        .map(|item| match item {
            Item::Folder(f) => 1 + folder_depth(&f.items),
            Item::Request(_) => 0,
        })
        .max()
        .unwrap_or(0)
}

/// The deepest folder nesting of any collection.
pub fn library_depth(library: &Library) -> usize {
    library
        .collections
        .iter()
        .map(|c| folder_depth(&c.items))
        .max()
        .unwrap_or(0)
}

/// How many folders deep the folder `id` sits in `items` (1: at the top).
pub fn depth_of(items: &[Item], id: &Id) -> Option<usize> {
    items.iter().find_map(|item| match item {
        Item::Folder(f) if &f.id == id => Some(1),
        Item::Folder(f) => depth_of(&f.items, id).map(|d| d + 1),
        Item::Request(_) => None,
    })
}

/// How many folders deep `item` reaches by itself: 0 for a request.
pub fn item_depth(item: &Item) -> usize {
    folder_depth(std::slice::from_ref(item))
}

/// Refuses a change that would nest folders `depth` deep, past the cap.
pub(super) fn fits(depth: usize) -> Result<(), ModelError> {
    if depth > MAX_FOLDER_DEPTH {
        Err(ModelError::TooDeep {
            limit: MAX_FOLDER_DEPTH,
            depth,
        })
    } else {
        Ok(())
    }
}

/// A file whose folders nest past [`MAX_FOLDER_DEPTH`], for the import errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileTooDeep {
    /// How deep its folders go; `None` when the file nests deeper than JSON
    /// can be read at all, so its folders could not be counted.
    pub depth: Option<usize>,
}

impl FileTooDeep {
    /// The error for `library`, if its folders nest past the cap.
    pub fn check(library: &Library) -> Result<(), FileTooDeep> {
        Self::check_depth(library_depth(library))
    }

    /// serde_json's refusal of text nested past what it reads, as this
    /// error; `None` for any other error.
    pub fn nested(error: &serde_json::Error) -> Option<FileTooDeep> {
        is_nested_too_deep(error).then_some(FileTooDeep { depth: None })
    }

    pub fn check_depth(depth: usize) -> Result<(), FileTooDeep> {
        if depth > MAX_FOLDER_DEPTH {
            Err(FileTooDeep { depth: Some(depth) })
        } else {
            Ok(())
        }
    }
}

impl fmt::Display for FileTooDeep {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.depth {
            Some(depth) => write!(
                f,
                "its folders are nested {depth} deep, and folders can be nested at most \
                 {MAX_FOLDER_DEPTH} deep"
            ),
            None => write!(
                f,
                "its data is nested more than {} levels deep, more than this app can read \
                 (folders can be nested at most {MAX_FOLDER_DEPTH} deep)",
                JSON_MAX_NESTING
            ),
        }
    }
}

impl std::error::Error for FileTooDeep {}

/// Lifts every folder that sits deeper than the cap out to the deepest level
/// allowed, right after the folder it was in there; each keeps its name and
/// requests, and its subfolders are lifted the same way. A merge uses this:
/// two tabs' changes that each fit can together nest deeper, and an
/// arrangement may be lost in a merge, never a folder or a request.
pub fn lift_too_deep(items: &mut Vec<Item>) {
    lift_below(items, 1);
}

/// `items` sit `depth` folders deep (1: the collection's own items).
fn lift_below(items: &mut Vec<Item>, depth: usize) {
    let mut index = 0;
    while index < items.len() {
        let mut lifted = Vec::new();
        if let Item::Folder(folder) = &mut items[index] {
            if depth == MAX_FOLDER_DEPTH {
                take_subfolders(&mut folder.items, &mut lifted);
            } else {
                lift_below(&mut folder.items, depth + 1);
            }
        }
        let count = lifted.len();
        items.splice(index + 1..index + 1, lifted);
        index += 1 + count;
    }
}

/// Moves every folder out of `items` (and out of those folders, flattened)
/// onto `out`, each in document order after the folder that held it.
fn take_subfolders(items: &mut Vec<Item>, out: &mut Vec<Item>) {
    let (folders, requests): (Vec<Item>, Vec<Item>) = std::mem::take(items)
        .into_iter()
        .partition(|item| matches!(item, Item::Folder(_)));
    *items = requests;
    for mut folder in folders {
        let mut inner = Vec::new();
        if let Item::Folder(f) = &mut folder {
            take_subfolders(&mut f.items, &mut inner);
        }
        out.push(folder);
        out.extend(inner);
    }
}
