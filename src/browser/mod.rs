//! The only code that touches browser APIs. Each function turns browser objects
//! and failures into `core` types.

pub mod clock;
pub mod http;
pub mod location;
pub mod storage;
pub mod url;
