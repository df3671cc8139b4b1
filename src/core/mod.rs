//! Pure logic: no browser types, tested natively with `cargo test`.

pub mod body;
pub mod body_format;
pub mod collections;
pub mod exchange;
pub mod headers;
pub mod insight;
pub mod json_pretty;
pub mod json_stream;
pub mod json_value;
pub mod media_type;
pub mod method;
pub mod multipart;
pub mod persistence;
pub mod postman;
pub mod problem;
pub mod request;
pub mod request_url;
pub mod response;
pub mod retry_after;
pub mod row_index;
pub mod status;
pub mod stored_bytes;
pub mod stored_layout;
#[cfg(test)]
pub(crate) mod test_support;
pub mod text_lines;
pub mod vars;
