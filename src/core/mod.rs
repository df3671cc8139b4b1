//! Pure logic: no browser types, tested natively with `cargo test`.

pub mod exchange;
pub mod headers;
pub mod json_pretty;
pub mod method;
pub mod request;
pub mod request_url;
pub mod response;
pub mod status;
