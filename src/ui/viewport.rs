//! How tall a scrolling box can be, for lists drawn a screenful at a time.

use leptos::prelude::*;

/// Keeps `height` at the window's inner height, now and on every resize: the
/// boxes are sized in vh, so that is never less than their visible height, and
/// a tall window never shows a gap below the drawn rows (scrolling then
/// measures the box itself).
pub fn track_height(height: RwSignal<f64>) {
    let inner = || {
        web_sys::window()
            .and_then(|w| w.inner_height().ok())
            .and_then(|h| h.as_f64())
            .filter(|h| *h > 0.0)
    };
    if let Some(h) = inner() {
        height.set(h);
    }
    let resize = window_event_listener(leptos::ev::resize, move |_| {
        if let Some(h) = inner() {
            height.set(h);
        }
    });
    on_cleanup(move || resize.remove());
}
