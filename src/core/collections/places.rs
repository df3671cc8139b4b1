//! Where a request can be put: a collection's top level or one of its folders,
//! named by their path for pickers (`Admin › Users`).

use super::id::Id;
use super::model::{Item, Library};

/// One folder, and its path below the collection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FolderPlace {
    pub id: Id,
    pub path: String,
}

impl Library {
    /// Every folder of the collection, depth first, in the collection's order.
    pub fn folder_places(&self, collection: &Id) -> Vec<FolderPlace> {
        let mut out = Vec::new();
        if let Some(collection) = self.collection(collection) {
            walk(&collection.items, "", &mut out);
        }
        out
    }
}

fn walk(items: &[Item], parent: &str, out: &mut Vec<FolderPlace>) {
    for item in items {
        if let Item::Folder(folder) = item {
            let path = if parent.is_empty() {
                folder.name.clone()
            } else {
                format!("{parent} › {}", folder.name)
            };
            out.push(FolderPlace {
                id: folder.id.clone(),
                path: path.clone(),
            });
            walk(&folder.items, &path, out);
        }
    }
}
