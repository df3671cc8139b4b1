//! The theme on the page: the root element's `data-theme`, which the
//! stylesheet reads, and the choice kept in localStorage.

use crate::core::persistence::StorageFailure;
use crate::core::preferences::{Theme, THEME_KEY};

use super::storage;

/// The kept choice; when storage cannot be read, the system's theme.
pub fn stored() -> Theme {
    Theme::parse(storage::read(THEME_KEY).ok().flatten().as_deref())
}

pub fn remember(theme: Theme) -> Result<(), StorageFailure> {
    storage::write(THEME_KEY, theme.as_str())
}

/// Shows the page in `theme`. Without a document there is nothing to colour.
pub fn apply(theme: Theme) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    if let Some(root) = root {
        // Setting an attribute on the root element cannot fail for this name.
        let _ = root.set_attribute("data-theme", theme.as_str());
    }
}
