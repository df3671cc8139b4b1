//! The only code that touches browser APIs. Each function turns browser objects
//! and failures into `core` types.

pub mod announce;
pub mod clipboard;
pub mod clock;
pub mod companion;
pub mod files;
pub mod filter_worker;
pub mod http;
pub mod js_bytes;
pub mod location;
pub mod offline;
pub mod random;
pub mod storage;
pub mod styles;
pub mod theme;
pub mod timing;
pub mod url;

use wasm_bindgen::JsCast;

/// The message of a thrown JS error (Error or DOMException), for our typed errors.
pub(crate) fn js_error_message(error: &wasm_bindgen::JsValue) -> String {
    if let Some(e) = error.dyn_ref::<web_sys::DomException>() {
        return format!("{}: {}", e.name(), e.message());
    }
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_else(|| "the browser gave no reason".to_owned())
}
