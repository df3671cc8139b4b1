//! Postman's auth helpers, turned into the header or query parameter they send.
//!
//! Auth is resolved where it is defined (collection, folder or request), so an
//! unsupported kind is reported once there, and the result is handed down to
//! every request that inherits it.

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;

use super::enabled_header;
use super::place::{Notes, Place};
use super::schema::Auth;
use super::url::with_query_param;
use crate::core::request::draft::RequestDraft;
use crate::core::request::headers::HeaderRow;

/// What a request's auth adds to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthPlan {
    /// `noauth`, or a kind we cannot do (already reported).
    Nothing,
    Header {
        kind: &'static str,
        row: HeaderRow,
    },
    Query {
        key: String,
        value: String,
    },
}

/// The plan for an `auth` object; `None` when it defers to the parent
/// (`inherit`, or no type).
pub fn plan(auth: &Auth, at: &Place, notes: &mut Notes) -> Option<AuthPlan> {
    let param = |name: &str| auth.param(name).unwrap_or_default();
    let plan = match auth.kind.as_deref()? {
        "inherit" => return None,
        "noauth" => AuthPlan::Nothing,
        "basic" => {
            let (user, password) = (param("username"), param("password"));
            if user.contains("{{") || password.contains("{{") {
                notes.add(
                    at,
                    "auth (basic) uses variables: they were encoded as written, so they will \
                     not be filled in",
                );
            }
            let credentials = STANDARD.encode(format!("{user}:{password}"));
            AuthPlan::Header {
                kind: "basic",
                row: HeaderRow::new("Authorization", format!("Basic {credentials}")),
            }
        }
        "bearer" => AuthPlan::Header {
            kind: "bearer",
            row: HeaderRow::new("Authorization", format!("Bearer {}", param("token"))),
        },
        "apikey" => api_key(auth, at, notes),
        other => {
            notes.add(at, format!("auth ({other})"));
            AuthPlan::Nothing
        }
    };
    Some(plan)
}

fn api_key(auth: &Auth, at: &Place, notes: &mut Notes) -> AuthPlan {
    let key = auth.param("key").unwrap_or_default();
    let value = auth.param("value").unwrap_or_default();
    if key.trim().is_empty() {
        notes.add(at, "auth (apikey) without a key name");
        return AuthPlan::Nothing;
    }
    match auth.param("in").as_deref() {
        None | Some("header") => AuthPlan::Header {
            kind: "apikey",
            row: HeaderRow::new(key, value),
        },
        Some("query") => AuthPlan::Query { key, value },
        Some(other) => {
            notes.add(at, format!("auth (apikey) sent in “{other}”"));
            AuthPlan::Nothing
        }
    }
}

/// Adds the plan's header or query parameter to `draft`. A header the request
/// already sets itself wins, as in Postman, and the user is told.
pub fn apply(plan: &AuthPlan, draft: &mut RequestDraft, at: &Place, notes: &mut Notes) {
    match plan {
        AuthPlan::Nothing => {}
        AuthPlan::Header { kind, row } => {
            let name = row.name.trim();
            if enabled_header(&draft.headers, name).is_some() {
                notes.add(
                    at,
                    format!("auth ({kind}) not applied: the request sets its own {name} header"),
                );
            } else {
                draft.headers.push(row.clone());
            }
        }
        AuthPlan::Query { key, value } => draft.url = with_query_param(&draft.url, key, value),
    }
}
