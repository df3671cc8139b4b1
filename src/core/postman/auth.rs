//! Postman's auth helpers, turned into the header or query parameter they send.
//!
//! Auth is resolved where it is defined (collection, folder or request), so an
//! unsupported kind is reported once there, and the result is handed down to
//! every request that inherits it.

use super::place::{Notes, Place};
use super::schema::Auth as PmAuth;
use crate::core::request::auth::{Auth, KeyPlace};
use crate::core::request::draft::RequestDraft;

/// What a request's auth adds to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthPlan {
    /// `noauth`, or a kind we cannot do (already reported).
    Nothing,
    Use(Auth),
}

/// The plan for an `auth` object; `None` when it defers to the parent
/// (`inherit`, or no type).
pub fn plan(auth: &PmAuth, at: &Place, notes: &mut Notes) -> Option<AuthPlan> {
    let param = |name: &str| auth.param(name).unwrap_or_default();
    let plan = match auth.kind.as_deref()? {
        "inherit" => return None,
        "noauth" => AuthPlan::Nothing,
        "basic" => AuthPlan::Use(Auth::Basic {
            username: param("username"),
            password: param("password"),
        }),
        "bearer" => AuthPlan::Use(Auth::Bearer {
            token: param("token"),
        }),
        "apikey" => api_key(auth, at, notes),
        other => {
            notes.add(at, format!("auth ({other})"));
            AuthPlan::Nothing
        }
    };
    Some(plan)
}

fn api_key(auth: &PmAuth, at: &Place, notes: &mut Notes) -> AuthPlan {
    let name = auth.param("key").unwrap_or_default();
    let value = auth.param("value").unwrap_or_default();
    if name.trim().is_empty() {
        notes.add(at, "auth (apikey) without a key name");
        return AuthPlan::Nothing;
    }
    let place = match auth.param("in").as_deref() {
        None | Some("header") => KeyPlace::Header,
        Some("query") => KeyPlace::Query,
        Some(other) => {
            notes.add(at, format!("auth (apikey) sent in “{other}”"));
            return AuthPlan::Nothing;
        }
    };
    AuthPlan::Use(Auth::ApiKey { name, value, place })
}

/// Gives `draft` the planned auth. A header or query parameter the request
/// already sets itself wins, as in Postman, and the user is told.
pub fn apply(plan: &AuthPlan, draft: &mut RequestDraft, at: &Place, notes: &mut Notes) {
    let AuthPlan::Use(auth) = plan else {
        return;
    };
    match auth.clash(&draft.headers, &draft.url) {
        Some(own) => notes.add(
            at,
            format!(
                "auth ({}) not applied: the request sets its own {}",
                postman_kind(auth),
                match own.strip_prefix('?') {
                    Some(param) => format!("query parameter {param}"),
                    None => format!("{own} header"),
                }
            ),
        ),
        None => draft.auth = auth.clone(),
    }
}

/// Postman's name for an auth type, as its files spell it.
pub fn postman_kind(auth: &Auth) -> &'static str {
    match auth {
        Auth::None => "noauth",
        Auth::Basic { .. } => "basic",
        Auth::Bearer { .. } => "bearer",
        Auth::ApiKey { .. } => "apikey",
    }
}
