//! Wall-clock time. `SystemTime::now()` panics on wasm32-unknown-unknown, so the
//! browser's clock is read here and handed to `core` as a value.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

pub fn now() -> SystemTime {
    UNIX_EPOCH + Duration::from_millis(js_sys::Date::now().max(0.0) as u64)
}

/// Milliseconds since the Unix epoch, for timestamps in saved data.
pub fn now_ms() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}

/// Milliseconds on the page's monotonic clock, for measuring durations.
pub fn monotonic_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or_else(js_sys::Date::now, |p| p.now())
}

/// A saved timestamp as the user's locale writes date and time, and as ISO 8601
/// for a `<time datetime>` attribute.
pub fn local_date_time(ms: u64) -> (String, String) {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    let label = date
        .to_locale_string("default", &js_sys::Object::new())
        .as_string()
        .unwrap_or_default();
    let iso = date.to_iso_string().as_string().unwrap_or_default();
    (label, iso)
}
