//! Pure logic: no browser types, tested natively with `cargo test`.
//!
//! Grouped by subject: what is sent ([`request`]), what comes back
//! ([`response`]), what a status means ([`status`]) and what a response says
//! about how the server used HTTP ([`insight`]); saved data ([`collections`])
//! and Postman's format ([`postman`]), read from a chosen file by [`import`]; cURL commands in ([`curl`]) and code
//! snippets out ([`snippets`]). The few modules at this level are
//! shared by several of them.

pub mod collections;
pub mod companion;
pub mod curl;
pub mod exchange;
#[cfg(test)]
mod fuzz;
pub mod import;
pub mod insight;
pub mod json_value;
pub mod media_type;
pub mod persistence;
pub mod postman;
pub mod preferences;
pub mod reference;
pub mod request;
pub mod response;
pub mod snippets;
pub mod status;
#[cfg(test)]
pub(crate) mod test_support;
pub mod token;
