//! Named sets of variables (`Staging`, `Production`…), one of which may be
//! active: its values fill `{{name}}` references in every request, winning
//! over those of the request's collection.
//!
//! Environments share the library's id space with collections, folders and
//! requests, and their names are unique ignoring case, since the user picks
//! one by name from a list.

use serde::{Deserialize, Serialize};

use super::edit::Deleted;
use super::id::Id;
use super::model::{clean_name, Library, ModelError, Variable};
use crate::core::request::vars::Scope;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Environment {
    pub id: Id,
    pub name: String,
    #[serde(default)]
    pub variables: Vec<Variable>,
}

impl Library {
    pub fn environment(&self, id: &Id) -> Option<&Environment> {
        self.environments.iter().find(|e| &e.id == id)
    }

    /// The environment whose variables are used now, if one is chosen.
    pub fn active(&self) -> Option<&Environment> {
        self.environment(self.active_environment.as_ref()?)
    }

    /// Where a request opened from `collection` (or from none) looks up its
    /// variables: that collection's and the active environment's.
    pub fn variable_scope(&self, collection: Option<&Id>) -> Scope<'_> {
        Scope {
            collection: collection
                .and_then(|id| self.collection(id))
                .map(|c| (c.name.as_str(), c.variables.as_slice())),
            environment: self
                .active()
                .map(|e| (e.name.as_str(), e.variables.as_slice())),
        }
    }

    /// Appends a new environment without variables.
    pub fn create_environment(&mut self, id: Id, name: &str) -> Result<&Environment, ModelError> {
        let name = self.free_environment_name(name, None)?;
        self.refuse_taken(&id)?;
        let index = self.environments.len();
        self.environments.push(Environment {
            id,
            name,
            variables: Vec::new(),
        });
        Ok(&self.environments[index])
    }

    pub fn rename_environment(&mut self, id: &Id, name: &str) -> Result<(), ModelError> {
        let name = self.free_environment_name(name, Some(id))?;
        self.environment_mut(id)?.name = name;
        Ok(())
    }

    /// Replaces an environment's variables (see `variables_from_rows`).
    pub fn set_environment_variables(
        &mut self,
        id: &Id,
        variables: Vec<Variable>,
    ) -> Result<(), ModelError> {
        self.environment_mut(id)?.variables = variables;
        Ok(())
    }

    /// Makes an environment active, or none (`None`).
    pub fn choose_environment(&mut self, id: Option<&Id>) -> Result<(), ModelError> {
        if let Some(id) = id {
            self.environment(id).ok_or_else(not_found)?;
        }
        self.active_environment = id.cloned();
        Ok(())
    }

    /// Removes an environment (if it was active, none is); keep the result
    /// to undo with [`Library::restore`].
    pub fn delete_environment(&mut self, id: &Id) -> Result<Deleted, ModelError> {
        let index = self
            .environments
            .iter()
            .position(|e| &e.id == id)
            .ok_or_else(not_found)?;
        let environment = self.environments.remove(index);
        let was_active = self.active_environment.as_ref() == Some(id);
        if was_active {
            self.active_environment = None;
        }
        Ok(Deleted::Environment {
            environment,
            index,
            was_active,
        })
    }

    /// Puts a deleted environment back; called by [`Library::restore`], which
    /// has checked its id. Refused if another one took its name meanwhile.
    pub(super) fn restore_environment(
        &mut self,
        environment: Environment,
        index: usize,
        was_active: bool,
    ) -> Result<(), ModelError> {
        self.free_environment_name(&environment.name, None)?;
        if was_active {
            self.active_environment = Some(environment.id.clone());
        }
        let index = index.min(self.environments.len());
        self.environments.insert(index, environment);
        Ok(())
    }

    /// `name` cleaned, if no environment other than `except` has it (ignoring case).
    fn free_environment_name(&self, name: &str, except: Option<&Id>) -> Result<String, ModelError> {
        let name = clean_name(name)?;
        let lower = name.to_lowercase();
        let clash = self
            .environments
            .iter()
            .any(|e| Some(&e.id) != except && e.name.to_lowercase() == lower);
        if clash {
            Err(ModelError::EnvironmentNameTaken(name))
        } else {
            Ok(name)
        }
    }

    /// `name`, or the first of `name (2)`, `name (3)`… that no environment
    /// has, for an imported environment whose name is taken.
    pub(super) fn free_environment_variant(&self, name: &str) -> String {
        let candidates =
            std::iter::once(name.to_owned()).chain((2..).map(|n| format!("{name} ({n})")));
        candidates
            .take(self.environments.len() + 2)
            .find(|candidate| self.free_environment_name(candidate, None).is_ok())
            // An empty or overlong name: kept as it came, as the file had it.
            .unwrap_or_else(|| name.to_owned())
    }

    fn environment_mut(&mut self, id: &Id) -> Result<&mut Environment, ModelError> {
        self.environments
            .iter_mut()
            .find(|e| &e.id == id)
            .ok_or_else(not_found)
    }
}

fn not_found() -> ModelError {
    ModelError::NotFound("environment".to_owned())
}
