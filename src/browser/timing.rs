//! The browser's Resource Timing record of a request, read once its body is in.

use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use web_sys::{Performance, PerformanceResourceTiming};

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
    let entries: Vec<PerformanceResourceTiming> = names
        .iter()
        .flat_map(|name| {
            performance
                .get_entries_by_name_with_entry_type(name, "resource")
                .iter()
                .filter_map(|entry| entry.dyn_into::<PerformanceResourceTiming>().ok())
                .collect::<Vec<_>>()
        })
        .collect();
    let index = pick_newest(entries.iter().map(|e| e.start_time()), sent_at)?;
    entries.get(index).map(marks)
}

fn marks(entry: &PerformanceResourceTiming) -> TimingMarks {
    TimingMarks {
        start_time: entry.start_time(),
        domain_lookup_start: entry.domain_lookup_start(),
        domain_lookup_end: entry.domain_lookup_end(),
        connect_start: entry.connect_start(),
        secure_connection_start: entry.secure_connection_start(),
        connect_end: entry.connect_end(),
        request_start: entry.request_start(),
        response_start: entry.response_start(),
        response_end: entry.response_end(),
    }
}
