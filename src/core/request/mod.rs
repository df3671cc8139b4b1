//! What is sent: the request as the user drafts it, and the parts it is made of.

pub mod draft;
pub mod headers;
pub mod method;
pub mod multipart;
pub mod query;
pub mod url;
pub mod vars;
