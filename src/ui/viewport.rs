//! Lists drawn a screenful at a time: which rows to draw for where the box
//! is scrolled, and how tall the box can be.

use leptos::prelude::*;

use crate::core::response::text_lines::{row_window, RowWindow};

/// The rows to draw for a box of `total()` rows of `row_px` each scrolled to
/// `scroll_top`, and the handler for the box's scroll events.
pub fn scroll_window(
    scroll_top: RwSignal<f64>,
    row_px: f64,
    total: impl Fn() -> usize + Send + Sync + 'static,
    overscan: usize,
) -> (Memo<RowWindow>, impl Fn(leptos::ev::Event) + Copy + 'static) {
    let viewport = RwSignal::new(800.0);
    track_height(viewport);
    let window =
        Memo::new(move |_| row_window(scroll_top.get(), viewport.get(), row_px, total(), overscan));
    let on_scroll = move |ev: leptos::ev::Event| {
        let element = event_target::<web_sys::Element>(&ev);
        scroll_top.set(f64::from(element.scroll_top()));
        viewport.set(f64::from(element.client_height()));
    };
    (window, on_scroll)
}

/// Keeps `height` at the window's inner height, now and on every resize: the
/// boxes are sized in vh, so that is never less than their visible height, and
/// a tall window never shows a gap below the drawn rows (scrolling then
/// measures the box itself).
fn track_height(height: RwSignal<f64>) {
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
