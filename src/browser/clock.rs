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
