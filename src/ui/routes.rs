//! Every address inside the app: the base path it is served under, the links
//! to each page, and the parameters the router reads from them. Pages link
//! through these builders, so a route is spelled in one place.

use leptos::Params;
use leptos_router::params::{Params, ParamsMap};

use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS};

use crate::core::collections::{share_fragment, Id};

/// What must be escaped in a query value: everything a URL parser would
/// read as structure (space, `#`, `&`, `+`, `=`), and quotes and angle brackets.
const QUERY_VALUE: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'&')
    .add(b'+')
    .add(b'<')
    .add(b'=')
    .add(b'>')
    .add(b'`');

/// The public URL the app is served under (Trunk.toml's `public_url`, without
/// its trailing slash), as a macro so fixed links are built at compile time.
macro_rules! base {
    () => {
        "/api-client"
    };
}

/// The router's base.
pub const BASE: &str = base!();

/// The request workspace.
pub const WORKSPACE_HREF: &str = concat!(base!(), "/");

/// Where environments are managed.
pub const ENVIRONMENTS_HREF: &str = concat!(base!(), "/environments");

/// The status-code table.
pub const REFERENCE_HREF: &str = concat!(base!(), "/reference");

/// What every comparison's address starts with.
pub const COMPARISONS_PREFIX: &str = concat!(base!(), "/reference/compare/");

/// The path below the reference table that `pathname` (as the router reports
/// it, base included) shows: "404", "compare/401-403", "problem-details".
pub fn reference_subpath(pathname: &str) -> Option<&str> {
    pathname.strip_prefix(REFERENCE_HREF)?.strip_prefix('/')
}

/// The Problem Details (RFC 9457) explainer.
pub const PROBLEM_DETAILS_HREF: &str = concat!(base!(), "/reference/problem-details");

/// A page of the app whose address depends on what it shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppPath(String);

impl AppPath {
    /// One status code's page.
    pub fn status(code: u16) -> AppPath {
        AppPath(format!("{BASE}/reference/{code}"))
    }

    /// The side-by-side comparison of `codes` (`/reference/compare/401-403`).
    pub fn comparison(codes: &[u16]) -> AppPath {
        AppPath(format!(
            "{BASE}/reference/compare/{}",
            crate::core::reference::compare::slug(codes)
        ))
    }

    /// The reference table filtered by text and, optionally, by class (its slug).
    pub fn reference_filtered(query: &str, class: Option<&str>) -> AppPath {
        let mut pairs = Vec::new();
        if !query.is_empty() {
            pairs.push(format!("q={}", utf8_percent_encode(query, QUERY_VALUE)));
        }
        if let Some(class) = class {
            pairs.push(format!("class={}", utf8_percent_encode(class, QUERY_VALUE)));
        }
        if pairs.is_empty() {
            AppPath(REFERENCE_HREF.to_owned())
        } else {
            AppPath(format!("{REFERENCE_HREF}?{}", pairs.join("&")))
        }
    }

    /// A saved collection's page.
    pub fn collection(collection: &Id) -> AppPath {
        AppPath(format!("{BASE}/collections/{collection}"))
    }

    /// A saved request, opened in the editor.
    pub fn saved_request(collection: &Id, request: &Id) -> AppPath {
        AppPath(format!(
            "{BASE}/collections/{collection}/requests/{request}"
        ))
    }

    /// What the router navigates to: it adds the base itself.
    pub fn path(&self) -> &str {
        &self.0[BASE.len()..]
    }

    /// What a link points at: the base, then the path.
    pub fn href(self) -> String {
        self.0
    }
}

/// A link that opens `payload` (a shared request) in the workspace of the app
/// served at `origin`. The payload rides in the fragment, which browsers do
/// not send, so it stays out of the host's logs.
pub fn share_href(origin: &str, payload: &str) -> String {
    format!("{origin}{WORKSPACE_HREF}{}", share_fragment(payload))
}

/// The ids in a saved request's address (`/collections/:cid/requests/:rid`),
/// if both are well formed. That page is part of the first load, where
/// `use_params` and its error type would cost about 5 kB of gzipped wasm, so
/// it reads the router's map; the pages in chunks derive [`Params`].
pub fn saved_request_ids(params: &ParamsMap) -> Option<(Id, Id)> {
    both_ids(params.get_str("cid"), params.get_str("rid"))
}

fn both_ids(collection: Option<&str>, request: Option<&str>) -> Option<(Id, Id)> {
    Some((Id::parse(collection?)?, Id::parse(request?)?))
}

/// `/collections/:cid`: an id that is not well formed reads as `None`.
#[derive(Params, Debug, Clone, PartialEq)]
pub struct CollectionParams {
    pub cid: Option<Id>,
}

#[cfg(test)]
mod tests;
