//! What is sent: the request as the user drafts it, and the parts it is made of.

pub mod auth;
pub mod body;
pub mod draft;
pub mod header_names;
pub mod headers;
pub mod legacy;
pub mod method;
pub mod multipart;
pub mod query;
pub mod send;
pub mod url;
pub mod vars;
