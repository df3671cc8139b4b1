//! The visible height of a scrolling box, for lists drawn a screenful at a time.

use leptos::html::Div;
use leptos::prelude::*;

/// Keeps `height` at the box's visible height: measured once the box is in
/// the page and whenever the window is resized (the boxes are sized in vh),
/// so a tall window never shows a gap below the drawn rows.
pub fn track_height(node: NodeRef<Div>, height: RwSignal<f64>) {
    let measure = move || {
        if let Some(element) = node.get_untracked() {
            let measured = f64::from(element.client_height());
            if measured > 0.0 {
                height.set(measured);
            }
        }
    };
    Effect::new(move |_| {
        if node.get().is_some() {
            measure();
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
}
