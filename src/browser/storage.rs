//! localStorage, with every failure turned into a `StorageFailure`, and the
//! `storage` event that tells us another tab changed a key.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{DomException, Storage, StorageEvent};

use crate::core::persistence::StorageFailure;

fn storage() -> Result<Storage, StorageFailure> {
    let window = web_sys::window().ok_or_else(|| unavailable("no window"))?;
    // Throws SecurityError when site data is blocked; None in some private modes.
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        Ok(None) => Err(unavailable("localStorage is not provided")),
        Err(error) => Err(unavailable(&super::js_error_message(&error))),
    }
}

fn unavailable(detail: &str) -> StorageFailure {
    StorageFailure::Unavailable {
        detail: detail.to_owned(),
    }
}

/// Whether saving can work at all: probed once at start with a throwaway key.
pub fn probe() -> Result<(), StorageFailure> {
    const PROBE: &str = "stringtools.api-client.probe";
    let storage = storage()?;
    storage
        .set_item(PROBE, "1")
        .map_err(|e| write_failure(&e, 1))?;
    let _ = storage.remove_item(PROBE);
    Ok(())
}

pub fn read(key: &str) -> Result<Option<String>, StorageFailure> {
    storage()?
        .get_item(key)
        .map_err(|e| StorageFailure::Unavailable {
            detail: super::js_error_message(&e),
        })
}

pub fn write(key: &str, value: &str) -> Result<(), StorageFailure> {
    storage()?
        .set_item(key, value)
        .map_err(|e| write_failure(&e, key.len() + value.len()))
}

/// The first key starting with `prefix` whose value is exactly `value`.
pub fn key_holding(prefix: &str, value: &str) -> Option<String> {
    let storage = storage().ok()?;
    keys_with_prefix(prefix)
        .into_iter()
        .find(|key| storage.get_item(key).ok().flatten().as_deref() == Some(value))
}

/// Every key starting with `prefix`; none when storage cannot be read.
pub fn keys_with_prefix(prefix: &str) -> Vec<String> {
    let Ok(storage) = storage() else {
        return Vec::new();
    };
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(prefix))
        .collect()
}

pub fn remove(key: &str) -> Result<(), StorageFailure> {
    storage()?
        .remove_item(key)
        .map_err(|e| StorageFailure::WriteFailed {
            detail: super::js_error_message(&e),
        })
}

fn write_failure(error: &wasm_bindgen::JsValue, bytes: usize) -> StorageFailure {
    let quota = error
        .dyn_ref::<DomException>()
        .is_some_and(|e| e.name() == "QuotaExceededError" || e.code() == 22);
    if quota {
        // localStorage counts UTF-16 code units: what the browser weighs is about twice the UTF-8 length.
        StorageFailure::QuotaExceeded { bytes }
    } else {
        StorageFailure::WriteFailed {
            detail: super::js_error_message(error),
        }
    }
}

/// Calls `on_change` with the new value whenever another tab changes `key`.
/// The listener lives as long as the returned guard.
pub struct StorageListener {
    closure: Closure<dyn Fn(StorageEvent)>,
}

impl Drop for StorageListener {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            let _ = window.remove_event_listener_with_callback(
                "storage",
                self.closure.as_ref().unchecked_ref(),
            );
        }
    }
}

pub fn listen(
    key: &'static str,
    on_change: impl Fn(Option<String>) + 'static,
) -> Option<StorageListener> {
    let closure = Closure::<dyn Fn(StorageEvent)>::new(move |event: StorageEvent| {
        // A null key means another tab cleared all storage.
        if event.key().is_none_or(|k| k == key) {
            on_change(event.new_value());
        }
    });
    let window = web_sys::window()?;
    window
        .add_event_listener_with_callback("storage", closure.as_ref().unchecked_ref())
        .ok()?;
    Some(StorageListener { closure })
}
