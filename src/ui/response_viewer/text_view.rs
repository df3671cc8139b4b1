//! Body text of any size: small texts as one block, large ones virtualized —
//! only the rows in view exist in the DOM, so a 50 MB body stays responsive.

use std::ops::Range;
use std::sync::Arc;

use leptos::prelude::*;

use crate::core::response::large::layout::LargeRows;
use crate::core::response::text_lines::LineIndex;
use crate::ui::viewport::scroll_window;

/// Fixed row height (px), matching `.virtual-text` line-height in the stylesheet.
const ROW_PX: usize = 20;
const ROW_HEIGHT: f64 = ROW_PX as f64;
/// Below this many rows a plain block is cheaper than the machinery.
const VIRTUALIZE_FROM: usize = 400;
/// Long lines (minified JSON) are shown as rows of at most this many bytes.
pub const MAX_ROW_BYTES: usize = 2000;
const OVERSCAN_ROWS: usize = 40;

/// Text in memory.
#[component]
pub fn TextView(text: Arc<String>) -> impl IntoView {
    let index = LineIndex::new(&text, MAX_ROW_BYTES);
    if index.len() < VIRTUALIZE_FROM {
        // Focusable, so a body taller than its box can be scrolled from the keyboard.
        return view! { <pre class="body-text" tabindex="0"><code>{text.to_string()}</code></pre> }
            .into_any();
    }
    let total = index.len();
    let read = move |range: Range<usize>| index.rows(&text, range).collect::<Vec<_>>().join("\n");
    view! { <VirtualRows total read=Arc::new(read) /> }.into_any()
}

/// Stored text (a very large body), read a screenful at a time.
#[component]
pub fn LargeTextView(rows: LargeRows) -> impl IntoView {
    let total = rows.len();
    let read = move |range: Range<usize>| rows.read(range);
    view! { <VirtualRows total read=Arc::new(read) /> }
}

type ReadRows = Arc<dyn Fn(Range<usize>) -> String + Send + Sync>;

/// A scrolling view of `total` rows that draws only those in view.
#[component]
fn VirtualRows(total: usize, read: ReadRows) -> impl IntoView {
    let (window, on_scroll) =
        scroll_window(RwSignal::new(0.0), ROW_HEIGHT, move || total, OVERSCAN_ROWS);
    let spacer_px = window.with_untracked(|w| w.spacer_px);
    let rows = move || read(window.with(|w| w.rows.clone()));
    view! {
        <div class="virtual-text" tabindex="0" on:scroll=on_scroll>
            <div class="virtual-spacer" style:height=format!("{}px", spacer_px as u64)>
                <pre class="virtual-rows" style:transform=move || format!("translateY({}px)", window.with(|w| w.offset_px as u64))>
                    <code>{rows}</code>
                </pre>
            </div>
        </div>
        <p class="note">{format!("{total} lines; only those in view are drawn.")}</p>
    }
}
