//! Saving the draft: over the saved request it was opened from, or as a new
//! request, creating its collection when the name given is new.

use super::{Id, Library, ModelError};
use crate::core::request::draft::RequestDraft;

/// The saved request a draft was opened from: saving updates it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenedRequest {
    pub collection: Id,
    pub request: Id,
    pub name: String,
    /// The saved revision the draft started from: saving over a newer one is a conflict.
    pub revision: u64,
}

/// What the save dialog asks for.
#[derive(Debug, Clone, PartialEq)]
pub struct SaveDraft {
    pub draft: RequestDraft,
    pub name: String,
    /// A collection's name; a name no collection has creates one.
    pub collection_name: String,
    /// The saved request to update; `None` saves a new one.
    pub over: Option<OpenedRequest>,
    /// A folder of the collection for a new request; `None` is its top level,
    /// and a folder of another collection is ignored.
    pub folder: Option<Id>,
    /// Save even though the request changed elsewhere since it was opened.
    pub overwrite: bool,
}

/// Ids for what a save may create; unused ones are simply dropped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewIds {
    pub collection: Id,
    pub request: Id,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// Another tab saved this request after the draft was opened.
    ChangedElsewhere,
    Refused(ModelError),
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SaveError::ChangedElsewhere => f.write_str(
                "This request was changed in another tab since you opened it. Saving now replaces \
                 that version with yours. Tick “Save as a new request” to keep both.",
            ),
            SaveError::Refused(error) => error.fmt(f),
        }
    }
}

impl From<ModelError> for SaveError {
    fn from(error: ModelError) -> Self {
        SaveError::Refused(error)
    }
}

impl Library {
    /// The collection the save dialog offers first: the opened request's, else
    /// the first one, else a new one.
    pub fn collection_to_save_in(&self, opened: Option<&OpenedRequest>) -> String {
        opened
            .and_then(|o| self.collection(&o.collection))
            .or_else(|| self.collections.first())
            .map_or_else(|| "My requests".to_owned(), |c| c.name.clone())
    }

    /// Saves the draft and says where it now lives. Changes nothing when refused.
    pub fn save_draft(
        &mut self,
        save: SaveDraft,
        ids: NewIds,
        now_ms: u64,
    ) -> Result<OpenedRequest, SaveError> {
        if let Some(opened) = &save.over {
            let current = self
                .find_request(&opened.collection, &opened.request)
                .map(|r| r.revision);
            if current.is_some_and(|revision| revision != opened.revision) && !save.overwrite {
                return Err(SaveError::ChangedElsewhere);
            }
        }
        let name = save.name.trim().to_owned();
        // Checked before anything is created, so a refused name leaves no empty collection.
        super::model::clean_name(&name)?;
        let collection = self.find_or_create(&save.collection_name, ids.collection, now_ms)?;
        let request = match save.over.filter(|o| o.collection == collection) {
            Some(existing) => {
                self.update_request(&existing.request, save.draft, now_ms)?;
                self.rename(&existing.request, &name, now_ms)?;
                existing.request
            }
            None => {
                let folder = save
                    .folder
                    .filter(|f| self.folder_places(&collection).iter().any(|p| &p.id == f));
                self.save_new_request(
                    &collection,
                    folder.as_ref(),
                    ids.request.clone(),
                    &name,
                    save.draft,
                    now_ms,
                )?;
                ids.request
            }
        };
        let revision = self
            .find_request(&collection, &request)
            .map_or(0, |r| r.revision);
        Ok(OpenedRequest {
            collection,
            request,
            name,
            revision,
        })
    }

    fn find_or_create(&mut self, name: &str, new_id: Id, now_ms: u64) -> Result<Id, ModelError> {
        if let Some(existing) = self.collection_named(name) {
            return Ok(existing.id.clone());
        }
        self.create_collection(new_id, name.trim(), now_ms)
            .map(|c| c.id.clone())
    }
}
