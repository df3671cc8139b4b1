//! The handle between the request and the response when they sit side by side:
//! dragged with a pointer or moved with the arrow keys, and kept for next time.
//! It sits at the editor's right edge (style/main.css), so it comes with the
//! editor's chunk and the workspace itself has no code for it.

use leptos::ev::{KeyboardEvent, PointerEvent};
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::browser::storage;
use crate::core::preferences::{SplitKey, SplitRatio, SPLIT_KEY};

#[component]
pub fn SplitHandle() -> impl IntoView {
    let handle = NodeRef::<Div>::new();
    let split = RwSignal::new(SplitRatio::parse(
        storage::read(SPLIT_KEY).ok().flatten().as_deref(),
    ));
    let dragging = StoredValue::new(false);
    // The workspace grid takes its column sizes from two properties on itself,
    // so the first load carries no code for a split it may never show.
    Effect::new(move |_| {
        let ratio = split.get();
        if let Some(workspace) = workspace() {
            set_tracks(&workspace, ratio);
        }
    });
    let keep = move || {
        // Not kept (storage off or full): the split still applies to this visit,
        // and the storage notices already say why nothing can be kept.
        let _ = storage::write(SPLIT_KEY, &split.get_untracked().percent().to_string());
    };
    let on_key = move |ev: KeyboardEvent| {
        let key = match ev.key().as_str() {
            "ArrowLeft" => SplitKey::Narrower,
            "ArrowRight" => SplitKey::Wider,
            "Home" => SplitKey::Narrowest,
            "End" => SplitKey::Widest,
            _ => return,
        };
        ev.prevent_default();
        split.update(|s| *s = s.step(key));
        keep();
    };
    let on_down = move |ev: PointerEvent| {
        if let Some(el) = handle.get_untracked() {
            // Captured, so the drag goes on when the pointer outruns the handle.
            let _ = el.set_pointer_capture(ev.pointer_id());
            dragging.set_value(true);
            ev.prevent_default();
        }
    };
    let on_move = move |ev: PointerEvent| {
        if !dragging.get_value() {
            return;
        }
        if let Some(rect) = workspace().map(|w| w.get_bounding_client_rect()) {
            if let Some(ratio) =
                SplitRatio::at_pointer(f64::from(ev.client_x()), rect.left(), rect.width())
            {
                split.set(ratio);
            }
        }
    };
    let on_up = move |_: PointerEvent| {
        if dragging.get_value() {
            dragging.set_value(false);
            keep();
        }
    };
    let reset = move |_| {
        split.set(SplitRatio::default());
        keep();
    };
    view! {
        <div
            node_ref=handle
            class="split-handle"
            role="separator"
            tabindex="0"
            aria-label="Resize request and response"
            aria-orientation="vertical"
            aria-valuemin=SplitRatio::MIN
            aria-valuemax=SplitRatio::MAX
            aria-valuenow=move || split.get().percent()
            aria-valuetext=move || {
                let p = split.get().percent();
                format!("Request {p}%, response {}%", 100 - p)
            }
            title="Drag, or use the arrow keys, to resize. Double-click to share the width evenly."
            on:keydown=on_key
            on:pointerdown=on_down
            on:pointermove=on_move
            on:pointerup=on_up
            on:pointercancel=on_up
            on:dblclick=reset
        ></div>
    }
}

/// The grid the handle resizes. Looked up in the document rather than from the
/// handle, which is not yet in the page when its first effect runs.
fn workspace() -> Option<web_sys::Element> {
    web_sys::window()?
        .document()?
        .query_selector(".workspace")
        .ok()
        .flatten()
}

fn set_tracks(workspace: &web_sys::Element, ratio: SplitRatio) {
    let Some(workspace) = workspace.dyn_ref::<web_sys::HtmlElement>() else {
        return;
    };
    let (editor, response) = ratio.tracks();
    let style = workspace.style();
    // Custom properties always accept a value; there is nothing to recover from.
    let _ = style.set_property("--editor-track", &editor);
    let _ = style.set_property("--response-track", &response);
}
