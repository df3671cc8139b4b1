//! Context-provided stores and the actions that change them. Each store is
//! given the stores it depends on when it is made, so `App` builds them in
//! the one order that compiles.

pub mod backups;
pub mod collections;
pub mod draft;
pub mod exchange;
pub mod history;
