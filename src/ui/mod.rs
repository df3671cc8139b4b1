//! Components, grouped by screen.

pub mod collections;
pub mod environments;
pub mod layout;
pub mod lazy;
pub mod reference;
pub mod request_editor;
pub mod response_viewer;
pub mod routes;
pub mod shortcuts;
pub mod theme_picker;
pub mod viewport;
pub mod workspace;
