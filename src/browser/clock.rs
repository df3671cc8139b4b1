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

/// The latest instant a JavaScript `Date` can hold: 100,000,000 days after the
/// epoch (ECMAScript, "Time Values and Time Range"). Past it `toISOString` throws,
/// and a thrown exception would stop the app, so saved data must never get there.
const MAX_DATE_MS: u64 = 8_640_000_000_000_000;

/// A saved timestamp as the user's locale writes date and time, and as ISO 8601
/// for a `<time datetime>` attribute; `None` for a time no `Date` can hold (the
/// timestamp comes from stored data, which another version or a person may have
/// written).
pub fn local_date_time(ms: u64) -> Option<(String, String)> {
    if ms > MAX_DATE_MS {
        return None;
    }
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    let label = date
        .to_locale_string("default", &js_sys::Object::new())
        .as_string()?;
    let iso = date.to_iso_string().as_string()?;
    Some((label, iso))
}
