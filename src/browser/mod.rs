//! The only code that touches browser APIs. Each function turns browser objects
//! and failures into `core` types.

pub mod clipboard;
pub mod clock;
pub mod files;
pub mod http;
pub mod location;
pub mod random;
pub mod storage;
pub mod url;
