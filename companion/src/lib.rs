//! The StringTools API Client companion: a small server on 127.0.0.1 that
//! sends the app's requests from this machine, so APIs that send no CORS
//! headers can be used from the browser, and every header of the response
//! (nothing hidden by CORS) comes back.
//!
//! `guard` decides who may use it, `forward` sends within bounds, `server`
//! speaks HTTP, `wire` is the JSON between app and companion.

pub mod forward;
pub mod guard;
pub mod server;
pub mod wire;
