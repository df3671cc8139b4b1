//! StringTools API Client.
//!
//! `core` is pure Rust (tested natively); `browser` is the thin edge to web APIs;
//! `state` holds the context-provided stores; `ui` the components, by screen.

pub mod app;
pub mod browser;
pub mod core;
pub mod state;
pub mod ui;
