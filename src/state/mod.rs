//! Context-provided stores and the actions that change them.

pub mod collections;
pub mod history;
pub mod workspace;
