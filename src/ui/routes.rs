//! Every address inside the app: the base path it is served under, the links
//! to each page, and the parameters the router reads from them. Pages link
//! through these builders, so a route is spelled in one place.

use leptos::Params;
use leptos_router::params::Params;

use crate::core::collections::Id;

/// The public URL the app is served under (Trunk.toml's `public_url`, without
/// its trailing slash): the router's base.
pub const BASE: &str = "/api-client";

/// A page of the app, as a path below [`BASE`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppPath(String);

impl AppPath {
    /// The request workspace.
    pub fn workspace() -> AppPath {
        AppPath("/".to_owned())
    }

    /// The status-code table.
    pub fn reference() -> AppPath {
        AppPath("/reference".to_owned())
    }

    /// One status code's page.
    pub fn status(code: u16) -> AppPath {
        AppPath(format!("/reference/{code}"))
    }

    /// A saved collection's page.
    pub fn collection(collection: &Id) -> AppPath {
        AppPath(format!("/collections/{collection}"))
    }

    /// A saved request, opened in the editor.
    pub fn saved_request(collection: &Id, request: &Id) -> AppPath {
        AppPath(format!("/collections/{collection}/requests/{request}"))
    }

    /// What the router navigates to: it adds the base itself.
    pub fn path(&self) -> &str {
        &self.0
    }

    /// What a link points at: the base, then the path.
    pub fn href(&self) -> String {
        format!("{BASE}{}", self.0)
    }
}

/// A link that opens `param` (a shared request) in the workspace of the app
/// served at `origin`.
pub fn share_href(origin: &str, param: &str) -> String {
    format!("{origin}{BASE}/?share={param}")
}

/// `/collections/:cid`: an id that is not well formed reads as `None`.
#[derive(Params, Debug, Clone, PartialEq)]
pub struct CollectionParams {
    pub cid: Option<Id>,
}

/// `/collections/:cid/requests/:rid`.
#[derive(Params, Debug, Clone, PartialEq)]
pub struct SavedRequestParams {
    pub cid: Option<Id>,
    pub rid: Option<Id>,
}

/// `/reference/:code`: kept as text, so the page can say why it is not a code.
#[derive(Params, Debug, Clone, PartialEq)]
pub struct StatusParams {
    pub code: Option<String>,
}

#[cfg(test)]
mod tests;
