//! Context-provided stores and the actions that change them.

pub mod workspace;
