//! The browser's Resource Timing record of a request, read once its body is in.

use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsValue;
use web_sys::Performance;

use crate::core::response::timing::{pick_newest, SentMark, TimingMarks, TimingRecord};

/// How often, and how long apart, to look again for a record the browser has
/// not filed yet: it may file it a moment after the body promise settles.
const LOOKUPS: u32 = 4;
const LOOKUP_PAUSE_MS: u32 = 10;

/// The record of the request `sent`, or of its `final_url` after redirects.
/// Records are cleared afterwards: this one has been read, older ones belong
/// to earlier sends, and the app's own files' records are not used, so the
/// buffer never fills and drops a later request's.
pub async fn record(sent: &SentMark, final_url: &str) -> TimingRecord {
    let Some(performance) = web_sys::window().and_then(|w| w.performance()) else {
        return TimingRecord::Unsupported;
    };
    let mut found = None;
    for attempt in 0..LOOKUPS {
        if attempt > 0 {
            TimeoutFuture::new(LOOKUP_PAUSE_MS).await;
        }
        found = newest(&performance, &[&sent.url, final_url], sent.at_ms);
        if found.is_some() {
            break;
        }
    }
    performance.clear_resource_timings();
    found.map_or(TimingRecord::NotFound, TimingRecord::Found)
}

fn newest(performance: &Performance, names: &[&str], sent_at: f64) -> Option<TimingMarks> {
    let entries: Vec<JsValue> = names
        .iter()
        .flat_map(|name| performance.get_entries_by_name_with_entry_type(name, "resource"))
        .collect();
    let index = pick_newest(entries.iter().map(|e| mark(e, "startTime")), sent_at)?;
    entries.get(index).map(marks)
}

fn marks(entry: &JsValue) -> TimingMarks {
    TimingMarks {
        start_time: mark(entry, "startTime"),
        domain_lookup_start: mark(entry, "domainLookupStart"),
        domain_lookup_end: mark(entry, "domainLookupEnd"),
        connect_start: mark(entry, "connectStart"),
        secure_connection_start: mark(entry, "secureConnectionStart"),
        connect_end: mark(entry, "connectEnd"),
        request_start: mark(entry, "requestStart"),
        response_start: mark(entry, "responseStart"),
        response_end: mark(entry, "responseEnd"),
    }
}

/// One mark of a PerformanceResourceTiming entry, read by name. Bindings for
/// its getters would each add to the app's first-load JavaScript, which binds
/// every browser function the chunks use; this is one binding for all nine.
/// A mark the browser does not give reads as 0, as a hidden one does.
fn mark(entry: &JsValue, name: &str) -> f64 {
    js_sys::Reflect::get(entry, &JsValue::from_str(name))
        .ok()
        .and_then(|value| value.as_f64())
        .unwrap_or(0.0)
}
