//! What comes back: the received response, its body wherever it is kept, and
//! the ways a body is laid out for reading.

pub mod body;
pub mod body_format;
pub mod charset;
pub mod json_document;
pub mod json_pretty;
pub mod json_query;
pub mod json_stream;
pub mod json_tree;
pub mod large;
pub mod lens;
pub mod received;
pub mod text_lines;
pub mod timing;
