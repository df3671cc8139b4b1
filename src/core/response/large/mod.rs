//! Bodies too large for this program's memory: kept in the browser's memory,
//! read a range at a time, and laid out a slice at a time.

pub mod bytes;
pub mod layout;
pub mod row_index;
